package org.agendum.build.incremental;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The salt for cached PDFs: what decides a PDF's bytes besides the document itself. That is
 * the print theme folder (CSS, fonts, images, templates) and the printer's code: Agendum's own
 * classes (hashed) and every library on the class path (by name and size; their names carry
 * their versions).
 */
public final class PrinterFingerprint {

    private PrinterFingerprint() {}

    /** The salt for {@code themeDir}'s print theme and the running code ({@link #code}). */
    public static String of(Path themeDir, String code) throws IOException {
        List<String> parts = new ArrayList<>();
        parts.add("agendum-pdf-cache-v1");
        for (Map.Entry<String, String> f : Hashes.ofTree(themeDir.resolve("print")).entrySet()) {
            parts.add("theme:" + f.getKey() + "=" + f.getValue());
        }
        parts.add(code);
        return Hashes.of(String.join("\n", parts));
    }

    /**
     * Agendum's own classes (hashed), every library on the class path (by name and size;
     * their names carry their versions) and the JVM: what any cached result of our code
     * depends on besides its input.
     */
    public static String code() throws IOException {
        List<String> parts = new ArrayList<>();
        parts.add("code:" + ownCode());
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isRegularFile(p)) {
                parts.add("lib:" + p.getFileName() + "=" + Files.size(p));
            }
        }
        parts.add("java:" + Runtime.version());
        return Hashes.of(String.join("\n", parts));
    }

    /** The digest of the jar or classes folder Agendum runs from. */
    private static String ownCode() throws IOException {
        Path location;
        try {
            location = Path.of(PrinterFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return "unknown";
        }
        if (Files.isRegularFile(location)) {
            return Hashes.ofFile(location);
        }
        return Hashes.of(Hashes.ofTree(location).toString());
    }
}
