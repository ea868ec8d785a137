package org.agendum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.agendum.build.BuildRequest;
import org.agendum.build.BuildResult;
import org.agendum.build.SiteBuilder;
import org.agendum.search.Analysis;
import org.agendum.search.SearchRequest;
import org.agendum.search.SearchResults;
import org.agendum.search.SearchService;
import org.agendum.search.StaticIndexWriter;

/**
 * The search benchmark: generate the synthetic corpus, build it, and measure the index
 * (build time, size per paper), in-process query latency, and what the static index costs
 * a browser per query. Prints Markdown for docs/performance.md. Run by bench/search.sh;
 * never part of the test run.
 *
 * <p>Arguments: work folder, number of papers (10000), seed (42).
 */
public final class SearchBenchmark {

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "/tmp/agendum-bench");
        int papers = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Path content = work.resolve("content");
        if (!Files.exists(content.resolve("site.yaml"))) {
            long t = System.nanoTime();
            SyntheticCorpus.write(work, papers, seed);
            System.err.printf("generated %d papers in %d ms%n", papers, (System.nanoTime() - t) / 1_000_000);
        }
        Path site = work.resolve("site");
        deleteTree(site);
        BuildResult r = new SiteBuilder().build(new BuildRequest(content, "content", Path.of("templates"), site,
                Instant.parse("2026-11-23T12:00:00Z"), false));
        if (!r.published()) {
            throw new IllegalStateException("corpus did not build: " + r.load().diagnostics().subList(0,
                    Math.min(5, r.load().diagnostics().size())));
        }
        long luceneBytes = size(site.resolve(SearchService.LUCENE_DIR));
        long staticBytes = size(site.resolve(StaticIndexWriter.DIR));
        System.out.println("## Index (" + papers + " papers, seed " + seed + ")\n");
        System.out.println("| stage | ms |\n|---|---|");
        r.stages().forEach(s -> System.out.println("| " + s.stage() + " | " + s.millis() + " |"));
        System.out.printf(Locale.ROOT, "%n| | bytes | per paper |%n|---|---|---|%n| Lucene index | %,d | %,d |%n"
                + "| static index (all files) | %,d | %,d |%n%n", luceneBytes, luceneBytes / papers, staticBytes,
                staticBytes / papers);

        List<String> words = SyntheticCorpus.sampleWords(seed, 3000);
        try (SearchService search = new SearchService(site)) {
            List<String> one = new ArrayList<>();
            List<String> two = new ArrayList<>();
            List<String> phrase = new ArrayList<>();
            for (int i = 0; i + 1 < words.size(); i += 3) {
                one.add(words.get(i));
                two.add(words.get(i) + " " + words.get(i + 1));
            }
            phrase.addAll(phrases(search, two));
            // Warm up the JIT and the page cache, then measure.
            for (int round = 0; round < 2; round++) {
                for (String q : two) {
                    search.search(SearchRequest.of(q));
                }
            }
            System.out.println("## In-process query latency (one thread, warmed up, includes facets and snippets)\n");
            System.out.println("| query | n | p50 ms | p99 ms | mean hits |\n|---|---|---|---|---|");
            latency(search, "one word", one);
            latency(search, "two words", two);
            latency(search, "\"phrase\"", phrase);
            System.out.println();
            staticCost(site, two, search);
        }
    }

    /** Two-word phrases that occur: the first two words of a hit's snippet for each query. */
    private static List<String> phrases(SearchService search, List<String> queries) throws Exception {
        List<String> out = new ArrayList<>();
        for (String q : queries) {
            SearchResults r = search.search(SearchRequest.of(q.split(" ")[0]));
            if (!r.hits().isEmpty()) {
                String[] w = r.hits().get(0).title().toLowerCase(Locale.ROOT).split("\\s+");
                if (w.length >= 2) {
                    out.add("\"" + w[0] + " " + w[1] + "\"");
                }
            }
            if (out.size() >= 1000) {
                break;
            }
        }
        return out;
    }

    private static void latency(SearchService search, String label, List<String> queries) throws Exception {
        long[] nanos = new long[queries.size()];
        long hits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            SearchResults r = search.search(SearchRequest.of(queries.get(i)));
            nanos[i] = System.nanoTime() - t;
            hits += r.total();
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %d |%n", label, nanos.length,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, hits / Math.max(1, nanos.length));
    }

    /**
     * Bytes the search page downloads for a two-word query on static hosting, as search.js
     * fetches them: meta.json, docs.bin, the chunk of each term, and the fragment bundles
     * (one per page) of the first ten results. Which ten: the server's ranking of the same
     * query (the static ranking follows it closely); the mean bundle × 10 is shown as well,
     * the bound if all ten came from different pages.
     */
    private static void staticCost(Path site, List<String> queries, SearchService search) throws Exception {
        Path dir = site.resolve(StaticIndexWriter.DIR);
        long meta = Files.size(dir.resolve("meta.json"));
        long docs = Files.size(dir.resolve("docs.bin"));
        List<String> starts = new ArrayList<>();
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        mapper.readTree(dir.resolve("meta.json").toFile()).get("chunks").forEach(n -> starts.add(n.asText()));
        java.util.Map<String, Path> bundleOf = new java.util.HashMap<>();
        long bundleBytes = 0;
        int bundles = 0;
        try (Stream<Path> s = Files.list(dir.resolve("d"))) {
            for (Path p : s.toList()) {
                for (var f : mapper.readTree(p.toFile())) {
                    bundleOf.put(f.get("p").asText(), p);
                }
                bundleBytes += Files.size(p);
                bundles++;
            }
        }
        long tenBound = 10 * bundleBytes / Math.max(1, bundles);
        long[] totals = new long[queries.size()];
        long[] fragments = new long[queries.size()];
        long chunkMax = 0;
        for (int i = 0; i < queries.size(); i++) {
            long bytes = meta + docs;
            java.util.Set<Integer> chunks = new java.util.TreeSet<>();
            for (String term : Analysis.terms(Analysis.english(), queries.get(i))) {
                int c = chunkFor(starts, term);
                if (c >= 0) {
                    chunks.add(c);
                }
            }
            for (int c : chunks) {
                long size = Files.size(dir.resolve("t/" + c + ".bin"));
                chunkMax = Math.max(chunkMax, size);
                bytes += size;
            }
            java.util.Set<Path> fetched = new java.util.HashSet<>();
            for (SearchResults.Hit h : search.search(SearchRequest.of(queries.get(i))).hits()) {
                Path b = bundleOf.get(h.path());
                if (b != null && fetched.add(b)) {
                    fragments[i] += Files.size(b);
                }
            }
            totals[i] = bytes + fragments[i];
        }
        Arrays.sort(totals);
        Arrays.sort(fragments);
        System.out.println("## Static index: bytes fetched per two-word query (uncompressed)\n");
        System.out.printf(Locale.ROOT, "| | bytes |%n|---|---|%n| meta.json | %,d |%n| docs.bin | %,d |%n"
                + "| fragment bundles of the first ten results, p50 | %,d |%n"
                + "| fragment bundles of the first ten results, p95 | %,d |%n"
                + "| (bound: mean bundle × 10, %,d bundles) | %,d |%n| largest term chunk | %,d |%n| chunks | %,d |%n"
                + "| **total per query, p50** | **%,d** |%n| **total per query, p95** | **%,d** |%n"
                + "| total per query, max | %,d |%n%n", meta, docs, fragments[fragments.length / 2],
                fragments[(int) (fragments.length * 0.95)], bundles, tenBound, chunkMax, starts.size(),
                totals[totals.length / 2], totals[(int) (totals.length * 0.95)], totals[totals.length - 1]);
    }

    private static int chunkFor(List<String> starts, String term) {
        int lo = 0;
        int hi = starts.size() - 1;
        int ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts.get(mid).compareTo(term) <= 0) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
