package org.agendum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * An unexpected failure is a bug, but a clerk must never see a stack trace: print one
 * line with the cause and where the full trace was written, and exit 70.
 */
final class CrashReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        String where = writeTrace(ex);
        cmd.getErr().println("agendum: internal error: " + oneLine(ex)
                + (where == null ? "" : " (full trace in " + where + ")"));
        cmd.getErr().flush();
        return ExitCodes.INTERNAL;
    }

    static String oneLine(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage() == null ? "" : ": " + root.getMessage().replaceAll("\\s+", " ");
        return root.getClass().getSimpleName() + msg;
    }

    private static String writeTrace(Throwable ex) {
        try {
            Path file = Files.createTempFile("agendum-crash-", ".log");
            StringWriter sw = new StringWriter();
            ex.printStackTrace(new PrintWriter(sw));
            Files.writeString(file, sw.toString(), StandardCharsets.UTF_8);
            return file.toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
