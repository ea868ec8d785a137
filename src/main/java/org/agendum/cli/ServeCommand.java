package org.agendum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.agendum.render.SearchPage;
import org.agendum.serve.LivePreview;
import org.agendum.serve.SiteServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agendum serve}: the built site, {@code /api/search} and search without JavaScript. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the built site with its search API; stop with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--site", paramLabel = "DIR", description = "the built site (default: site)")
    Path site = Path.of("site");

    @Option(names = "--port", paramLabel = "N", description = "port (default: 8080; 0 picks a free one)")
    int port = 8080;

    @Option(names = "--host", paramLabel = "H", description = "address to listen on (default: 127.0.0.1)")
    String host = "127.0.0.1";

    @Option(names = "--templates", paramLabel = "DIR",
            description = "theme folder, for search results without JavaScript (default: templates)")
    Path templates = Path.of("templates");

    @Option(names = "--cache", paramLabel = "N",
            description = "recent search results to keep, emptied when the index changes (default: 1024; 0: none)")
    int cache = SiteServer.DEFAULT_CACHE;

    @Option(names = "--watch",
            description = "build from --content first, rebuild on every change to the content or the theme, "
                    + "and reload open pages (problems are shown over the last good page)")
    boolean watch;

    @Option(names = "--content", paramLabel = "DIR", description = "content folder, with --watch (default: content)")
    String content = "content";

    @Option(names = "--now", paramLabel = "INSTANT",
            description = "with --watch: the builds' clock, ISO 8601; default: the system clock at each build")
    String now;

    @Option(names = "--no-pdf", description = "with --watch: skip PDFs (faster previews)")
    boolean noPdf;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535");
        }
        if (cache < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cache must be 0 or more");
        }
        if (watch) {
            return watch(err);
        }
        if (!Files.isDirectory(site)) {
            err.println("serve: " + site + " is not a folder; run agendum build first");
            return ExitCodes.CONTENT_ERRORS;
        }
        SiteServer server;
        try {
            server = new SiteServer(site, host, port, searchPage(err), err, cache);
        } catch (IOException e) {
            err.println("serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return ExitCodes.CONTENT_ERRORS;
        }
        server.start();
        var a = server.address();
        err.println("serve: " + site + " at http://" + a.getHostString() + ":" + a.getPort() + "/ (Ctrl-C stops)");
        err.flush();
        awaitShutdown(server::close, err);
        return ExitCodes.OK;
    }

    private Integer watch(PrintWriter err) throws InterruptedException {
        Supplier<Instant> clock;
        try {
            Instant fixed = now == null ? null : Instant.parse(now);
            clock = fixed == null ? Instant::now : () -> fixed;
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--now must be an ISO 8601 instant such as 2018-03-01T09:00:00Z, found '" + now + "'");
        }
        LivePreview preview = new LivePreview(new LivePreview.Settings(Path.of(content), content, templates, site,
                !noPdf, clock), err);
        try {
            preview.start(host, port, searchPage(err), cache);
        } catch (IOException e) {
            err.println("serve: cannot watch " + content + " or listen on " + host + ":" + port + ": " + e.getMessage());
            return ExitCodes.CONTENT_ERRORS;
        }
        var a = preview.address();
        err.println("serve: watching " + content + " and " + templates + "; " + site + " at http://"
                + a.getHostString() + ":" + a.getPort() + "/ (Ctrl-C stops)");
        err.flush();
        awaitShutdown(() -> {
            try {
                preview.close();
            } catch (IOException ignored) {
                // stopping anyway
            }
        }, err);
        return ExitCodes.OK;
    }

    private SearchPage searchPage(PrintWriter err) {
        SearchPage page = null;
        if (Files.isRegularFile(templates.resolve("search-results.ftlh"))) {
            try {
                page = new SearchPage(templates);
            } catch (IOException e) {
                err.println("serve: cannot read " + templates + " (" + e.getMessage()
                        + "); search needs JavaScript until it can");
            }
        }
        return page;
    }

    private static void awaitShutdown(Runnable close, PrintWriter err) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            err.println("serve: stopping");
            err.flush();
            close.run();
            stopped.countDown();
        }, "agendum-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
    }
}
