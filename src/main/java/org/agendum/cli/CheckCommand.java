package org.agendum.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.agendum.build.BuildRequest;
import org.agendum.build.SiteBuilder;
import org.agendum.content.LoadResult;
import org.agendum.model.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agendum check}: load and validate everything, print every problem, exit 1 on errors. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check content/ against the content model and print every problem as path:line:col.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--strict", description = "treat warnings as errors")
    boolean strict;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        BuildRequest request = new BuildRequest(common.contentPath(), common.content, Path.of("templates"),
                Path.of("site"), Instant.now(), false);
        LoadResult result = new SiteBuilder().check(request);
        DiagnosticsPrinter.print(result, spec.commandLine().getOut());
        boolean failed = result.hasErrors()
                || (strict && result.diagnostics().stream().anyMatch(d -> d.severity() == Severity.WARNING));
        return failed ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
    }
}
