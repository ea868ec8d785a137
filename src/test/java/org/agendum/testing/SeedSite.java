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
 * The shipped content/ built once per test JVM (HTML only), for the whole-site quality
 * gates: links, HTML conformance. A fixed clock keeps it deterministic.
 */
public final class SeedSite {

    public static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static Path built;

    private SeedSite() {}

    public static synchronized Path htmlOnly() {
        if (built == null) {
            try {
                Path out = Files.createTempDirectory("agendum-seed-site-").resolve("site");
                BuildResult r = new SiteBuilder().build(new BuildRequest(Path.of("content"), "content",
                        Path.of("templates"), out, NOW, false));
                if (!r.published()) {
                    throw new AssertionError("seed site did not build: " + r.load().diagnostics());
                }
                built = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (BuildFailure e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return built;
    }
}
