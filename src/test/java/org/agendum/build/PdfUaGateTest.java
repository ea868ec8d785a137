package org.agendum.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.agendum.pdf.VeraPdf;
import org.agendum.testing.SeedSite;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The PDF accessibility gate: every PDF the seed site publishes (paper and minutes PDFs,
 * plans, agenda packs) is validated by veraPDF against PDF/UA-1 and claims it in its
 * metadata. Failures are reported by rule, each with the files that break it. The seed has
 * no supplied PDFs, so there is no exception to allow; docs/accessibility.md says how packs
 * with supplied PDFs are made and why they make no claim.
 *
 * <p>veraPDF needs about a second for ten pages, so to keep {@code mvn verify} short the
 * default run checks every PDF of up to {@link #DEFAULT_MAX_PAGES} pages: all but the 254-page
 * 8 March 2018 pack and the two longest plans, which are made by the same templates and
 * pack code as the smaller ones it checks. {@code -Dagendum.pdfGate=all} checks every PDF
 * (all 38 passed on 2026-11-23; docs/reliability.md).
 */
class PdfUaGateTest {

    static final int DEFAULT_MAX_PAGES = 60;
    static final boolean ALL = "all".equals(System.getProperty("agendum.pdfGate"));

    @Test
    void everyPdfOfTheSeedSitePassesPdfUa1() throws Exception {
        Path site = SeedSite.withPdfs();
        long t0 = System.nanoTime();
        List<Path> all;
        try (Stream<Path> s = Files.walk(site)) {
            all = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        List<Path> pdfs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path pdf : all) {
            int pages = pages(pdf);
            if (ALL || pages <= DEFAULT_MAX_PAGES) {
                pdfs.add(pdf);
            } else {
                skipped.add(site.relativize(pdf) + " (" + pages + " pages)");
            }
        }
        // veraPDF takes about a second a file, more for a pack: use every core.
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<Checked>> results = new ArrayList<>();
        try {
            for (Path pdf : pdfs) {
                results.add(pool.submit(() -> check(site, pdf)));
            }
            Map<String, TreeSet<String>> filesByRule = new TreeMap<>();
            List<String> unclaimed = new ArrayList<>();
            int pages = 0;
            for (Future<Checked> f : results) {
                Checked c = f.get();
                pages += c.pages();
                c.failures().forEach(rule -> filesByRule.computeIfAbsent(rule, k -> new TreeSet<>()).add(c.file()));
                if (!c.claimsUa()) {
                    unclaimed.add(c.file());
                }
            }
            List<String> report = new ArrayList<>();
            filesByRule.forEach((rule, files) -> report.add(rule + "\n      in " + String.join("\n      in ", files)));
            System.out.println("GATE pdf-ua: " + pdfs.size() + " of " + all.size() + " PDFs, " + pages + " pages, "
                    + filesByRule.size() + " rules failed, " + (System.nanoTime() - t0) / 1_000_000 + " ms"
                    + (skipped.isEmpty() ? "" : "; not checked without -Dagendum.pdfGate=all: " + skipped));
            assertThat(pdfs).hasSizeGreaterThan(30);
            assertThat(report).as("PDF/UA-1 rules failed (veraPDF clause-test: message)").isEmpty();
            assertThat(unclaimed).as("PDFs that do not claim PDF/UA-1 (pdfuaid) in their XMP").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    private static int pages(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    record Checked(String file, List<String> failures, boolean claimsUa, int pages) {}

    private static Checked check(Path site, Path pdf) throws Exception {
        byte[] bytes = Files.readAllBytes(pdf);
        boolean claims;
        int pages;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            var metadata = doc.getDocumentCatalog().getMetadata();
            claims = metadata != null && new String(metadata.toByteArray(), StandardCharsets.UTF_8).contains("pdfuaid:part");
            pages = doc.getNumberOfPages();
        }
        return new Checked(site.relativize(pdf).toString(), VeraPdf.uaFailures(bytes), claims, pages);
    }
}
