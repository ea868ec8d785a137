package org.agendum.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A plain static file server, as a council's web host would be: files only, no search API,
 * no headers beyond a content type. For the browser test of search without a server.
 */
final class PlainStaticServer implements AutoCloseable {

    private final HttpServer server;

    PlainStaticServer(Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", ex -> {
            try (ex) {
                String path = ex.getRequestURI().getPath();
                Path file = base.resolve(path.substring(1)).normalize();
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
                if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
                ex.getResponseHeaders().set("Content-Type", ContentTypes.of(file.getFileName().toString()));
                byte[] bytes = Files.readAllBytes(file);
                ex.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
