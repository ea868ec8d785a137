package org.agendum.pdf;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The print fonts, read once per build from {@code <theme>/print/fonts/} and handed to every
 * renderer from memory. We bundle DejaVu Sans (Bitstream Vera licence, see the LICENSE file
 * beside it) so a build never depends on what fonts a machine has.
 *
 * <p>In PDF/A and PDF/UA mode a font-family that resolves to nothing silently drops its text
 * (stack-notes trap 5), so the same faces are also registered under the CSS generic family
 * names: whatever family a paper's HTML asks for, it lands on an embedded font.
 */
public final class PrintFonts {

    /** The family the print stylesheet names. */
    public static final String FAMILY = "DejaVu Sans";

    private static final List<String> ALIASES = List.of(FAMILY, "sans-serif", "serif", "monospace",
            "Arial", "Helvetica", "Times New Roman", "Courier New");

    private final List<Face> faces;

    private PrintFonts(List<Face> faces) {
        this.faces = List.copyOf(faces);
    }

    /** Reads the four faces from {@code dir}; a missing file is an error naming it. */
    public static PrintFonts load(Path dir) throws IOException {
        return new PrintFonts(List.of(
                face(dir, "DejaVuSans.ttf", 400, FontStyle.NORMAL),
                face(dir, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
                face(dir, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
                face(dir, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC)));
    }

    private static Face face(Path dir, String file, int weight, FontStyle style) throws IOException {
        Path p = dir.resolve(file);
        if (!Files.isRegularFile(p)) {
            throw new IOException("print font missing: " + p);
        }
        return new Face(file, FontTables.withoutLayoutTables(Files.readAllBytes(p)), weight, style);
    }

    /** Registers every face under every alias; fonts are subset when embedded. */
    void register(PdfRendererBuilder builder) {
        for (String family : ALIASES) {
            for (Face f : faces) {
                builder.useFont(new FontBytes(f), family, f.weight(), f.style(), true);
            }
        }
    }

    /** The regular face's bytes, for text PDFBox draws itself (page stamps, blank pages). */
    byte[] regular() {
        return faces.get(0).bytes();
    }

    /** The bold face's bytes. */
    byte[] bold() {
        return faces.get(1).bytes();
    }

    private record Face(String file, byte[] bytes, int weight, FontStyle style) {}

    /** Supplies a face from memory; the cache key lets the shared metrics cache skip re-parsing it. */
    private record FontBytes(Face face) implements FSSupplier<InputStream> {
        @Override
        public InputStream supply() {
            return new ByteArrayInputStream(face.bytes());
        }

        @Override
        public String cacheKey() {
            return "agendum-print-font:" + face.file();
        }
    }
}
