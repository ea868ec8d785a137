package org.agendum.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code agendum}: the entry point; picks the subcommand and maps failures to exit codes. */
@Command(name = "agendum", mixinStandardHelpOptions = true, version = "agendum 0.1.0",
        description = "Publishes committee papers from content/ as a static website.",
        subcommands = {CheckCommand.class, BuildCommand.class, SearchCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams; returns the exit code (used by tests too). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        cmd.setExecutionExceptionHandler(new CrashReporter());
        cmd.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("agendum: " + ex.getMessage());
            c.getErr().println("Try 'agendum " + (c == cmd ? "" : c.getCommandName() + " ") + "--help'.");
            c.getErr().flush();
            return ExitCodes.USAGE;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, build, serve or search");
    }
}
