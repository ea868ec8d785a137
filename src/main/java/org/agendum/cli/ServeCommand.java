package org.agendum.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.agendum.render.SearchPage;
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
        if (!Files.isDirectory(site)) {
            err.println("serve: " + site + " is not a folder; run agendum build first");
            return ExitCodes.CONTENT_ERRORS;
        }
        SearchPage page = null;
        if (Files.isRegularFile(templates.resolve("search-results.ftlh"))) {
            try {
                page = new SearchPage(templates);
            } catch (IOException e) {
                err.println("serve: cannot read " + templates + " (" + e.getMessage()
                        + "); search needs JavaScript until it can");
            }
        }
        SiteServer server;
        try {
            server = new SiteServer(site, host, port, page, err, cache);
        } catch (IOException e) {
            err.println("serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return ExitCodes.CONTENT_ERRORS;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            err.println("serve: stopping");
            err.flush();
            server.close();
            stopped.countDown();
        }, "agendum-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        server.start();
        var a = server.address();
        err.println("serve: " + site + " at http://" + a.getHostString() + ":" + a.getPort() + "/ (Ctrl-C stops)");
        err.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
