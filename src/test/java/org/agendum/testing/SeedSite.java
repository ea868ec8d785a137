package org.agendum.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.agendum.build.BuildFailure;
import org.agendum.build.BuildRequest;
import org.agendum.build.BuildResult;
import org.agendum.build.SiteBuilder;

/**
 * The shipped content/ built once per test JVM, for the whole-site quality gates: links,
 * HTML conformance, accessibility, PDF/UA. A fixed clock keeps it deterministic. The full
 * build (with its PDFs) is the one the gates check, so they see what is published; making
 * the PDFs costs about half a minute, paid once.
 */
public final class SeedSite {

    public static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static Path withPdfs;

    private SeedSite() {}

    /** The seed site with every page, feed, index and PDF. */
    public static synchronized Path withPdfs() {
        if (withPdfs == null) {
            withPdfs = build(true);
        }
        return withPdfs;
    }

    private static Path build(boolean pdf) {
        try {
            Path out = Files.createTempDirectory("agendum-seed-site-").resolve("site");
            BuildResult r = new SiteBuilder().build(new BuildRequest(Path.of("content"), "content",
                    Path.of("templates"), out, NOW, pdf));
            if (!r.published()) {
                throw new AssertionError("seed site did not build: " + r.load().diagnostics());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BuildFailure e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
