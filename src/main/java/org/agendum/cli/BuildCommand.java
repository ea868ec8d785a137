package org.agendum.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.agendum.build.BuildFailure;
import org.agendum.build.BuildRequest;
import org.agendum.build.BuildResult;
import org.agendum.build.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agendum build}: the whole pipeline, publishing to the output folder (see {@link org.agendum.build.SiteBuilder}). */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the website from content/ into site/ (only the files that changed are replaced, each atomically; a build into an empty folder is swapped in whole).")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--templates", paramLabel = "DIR", description = "theme folder (default: templates)")
    Path templates = Path.of("templates");

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: site)")
    Path out = Path.of("site");

    @Option(names = "--now", paramLabel = "INSTANT",
            description = "the build's clock, ISO 8601 (e.g. 2018-03-01T09:00:00Z); default: the system clock")
    String now;

    @Option(names = "--no-pdf", description = "skip PDF agenda packs and paper PDFs")
    boolean noPdf;

    @Option(names = "--no-incremental",
            description = "rebuild everything, ignoring the build cache (which is then filled again)")
    boolean noIncremental;

    @Option(names = "--timings", description = "print each stage's wall time to stderr")
    boolean timings;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Instant clock;
        try {
            clock = now == null ? Instant.now() : Instant.parse(now);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--now must be an ISO 8601 instant such as 2018-03-01T09:00:00Z, found '" + now + "'");
        }
        BuildRequest request = new BuildRequest(common.contentPath(), common.content, templates, out, clock, !noPdf)
                .withCache(!noIncremental);
        try {
            long t0 = System.nanoTime();
            BuildResult result = new SiteBuilder().build(request);
            long total = (System.nanoTime() - t0) / 1_000_000; // wall time: some stages overlap
            if (!result.published()) {
                DiagnosticsPrinter.print(result.load(), err);
                err.println("build: not published; " + out + " is unchanged");
                return ExitCodes.CONTENT_ERRORS;
            }
            if (!result.load().diagnostics().isEmpty()) {
                DiagnosticsPrinter.print(result.load(), err);
            }
            if (timings) {
                result.stages().forEach(t -> err.printf("build: %-28s %6d ms%n", t.stage(), t.millis()));
            }
            err.println("build: " + result.files() + " files in " + out + " (" + total + " ms)");
            return ExitCodes.OK;
        } catch (BuildFailure e) {
            err.println("build: " + e.stage() + " failed: " + e.getMessage() + "; " + out + " is unchanged");
            return ExitCodes.CONTENT_ERRORS;
        }
    }
}
