package org.agendum.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * XHTML → tagged PDF/A-2a + PDF/UA-1 with openhtmltopdf. One instance per build, shared by
 * every thread: it holds the fonts, the colour profile and the font-metrics cache, and
 * builds a fresh (single-use) openhtmltopdf renderer per document.
 */
public final class PrintRenderer {

    private final PrintFonts fonts;
    private final byte[] srgb;
    private final String baseUri;
    private final FSCacheEx<String, FSCacheValue> metrics = new MetricsCache();

    public PrintRenderer(PrintFonts fonts, Path printDir) {
        this.fonts = fonts;
        this.srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        this.baseUri = printDir.toUri().toString();
        // openhtmltopdf logs every CSS quirk through java.util.logging; the build reports problems itself
        XRLog.setLoggingEnabled(false);
    }

    public PrintFonts fonts() {
        return fonts;
    }

    /** Renders {@code html} and returns the open document, for callers that assemble packs. */
    public PDDocument renderDocument(String html) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
        builder.useColorProfile(srgb);
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        builder.withProducer(PdfMetadata.PRODUCER);
        // no network, no files outside the theme: papers are self-contained
        builder.useExternalResourceAccessControl((uri, type) -> uri.startsWith(baseUri),
                com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        fonts.register(builder);
        builder.withW3cDocument(PrintDom.prepare(html), baseUri);
        PdfBoxRenderer renderer = builder.buildPdfRenderer();
        try {
            renderer.layout();
            return renderer.createPDFKeepOpen();
        } catch (RuntimeException e) {
            renderer.close();
            throw new IOException("cannot lay out the document: " + e.getMessage(), e);
        }
    }

    /** Renders {@code html} to finished, deterministic PDF bytes. */
    public byte[] render(String html, DocumentInfo info) throws IOException {
        try (PDDocument doc = renderDocument(html)) {
            return save(doc, info, PdfMetadata.seed(java.util.List.of(html, info.toString())));
        }
    }

    /** Writes {@code doc}'s metadata and saves it. */
    static byte[] save(PDDocument doc, DocumentInfo info, byte[] idSeed) throws IOException {
        PdfMetadata.apply(doc, info, idSeed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        doc.save(out);
        return out.toByteArray();
    }

    /** Thread-safe, build-lifetime cache of parsed font metrics (openhtmltopdf asks for one). */
    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final ConcurrentMap<String, FSCacheValue> map = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            map.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return map.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return map.get(key);
        }
    }
}
