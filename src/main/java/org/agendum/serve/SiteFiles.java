package org.agendum.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The built site's files. A request path becomes a file only if, after decoding and
 * normalising, it names a regular file under the site root whose real path (symbolic links
 * followed) is still under the root; hidden files and the Lucene index are never served.
 */
final class SiteFiles {

    private final Path root;
    private final Path realRoot;
    private final Path privateIndex;

    SiteFiles(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
        this.privateIndex = this.root.resolve("_search/lucene");
    }

    /** What a request path resolves to. */
    sealed interface Resolved {}

    record Found(Path file, String name) implements Resolved {}

    /** A folder asked for without its trailing slash: redirect so relative links work. */
    record AddSlash(String location) implements Resolved {}

    record NotFound() implements Resolved {}

    record Refused(String why) implements Resolved {}

    Resolved resolve(URI uri) throws IOException {
        String raw = uri.getRawPath();
        if (raw == null || !raw.startsWith("/")) {
            return new Refused("the path must start with /");
        }
        String path;
        try {
            path = uri.getPath(); // percent-decoded, so %2e%2e is seen as ..
        } catch (IllegalArgumentException e) {
            return new Refused("bad percent-encoding");
        }
        if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
            return new Refused("forbidden character in path");
        }
        String rel = path.substring(1);
        for (String segment : rel.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".") || (segment.startsWith(".") && !segment.isEmpty())) {
                return new Refused("path segments may not be . or .. or start with a dot");
            }
        }
        Path target = root.resolve(rel).normalize();
        if (!target.startsWith(root)) {
            return new Refused("outside the site");
        }
        // Checked on the normalised path, so that //, encoded slashes and the like cannot reach it.
        if (target.startsWith(privateIndex)) {
            return new NotFound(); // the server's own index; browsers use _search/static/
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) || rel.isEmpty()) {
            if (!rel.isEmpty() && !rel.endsWith("/")) {
                return new AddSlash(raw + "/");
            }
            target = target.resolve("index.html");
        }
        Optional<Path> real = realFile(target);
        if (real.isEmpty()) {
            return new NotFound();
        }
        if (!real.get().startsWith(realRoot)) {
            return new Refused("outside the site");
        }
        if (real.get().startsWith(realRoot.resolve("_search/lucene"))) {
            return new NotFound();
        }
        return new Found(real.get(), target.getFileName().toString());
    }

    private static Optional<Path> realFile(Path p) throws IOException {
        try {
            Path real = p.toRealPath();
            return Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Sends a file with its type, validators and caching rules; answers 304 when unchanged. */
    static void send(HttpExchange ex, Found f) throws IOException {
        BasicFileAttributes a = Files.readAttributes(f.file(), BasicFileAttributes.class);
        String etag = "\"" + Long.toHexString(a.size()) + "-" + Long.toHexString(a.lastModifiedTime().toMillis()) + "\"";
        String type = ContentTypes.of(f.name());
        var h = ex.getResponseHeaders();
        h.set("ETag", etag);
        // Pages and the search index change with every build: revalidate (cheap with the ETag).
        // Everything else (PDFs, attachments, scripts) may be kept for an hour.
        boolean revalidate = ContentTypes.isHtml(f.name()) || type.equals("application/json")
                || f.name().endsWith(".bin") || f.name().endsWith(".js");
        h.set("Cache-Control", revalidate ? "no-cache" : "public, max-age=3600");
        if (ContentTypes.isHtml(f.name())) {
            Http.document(ex);
        }
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        if (inm != null && (inm.equals(etag) || inm.equals("W/" + etag) || inm.trim().equals("*"))) {
            Http.send(ex, 304, null, new byte[0]);
            return;
        }
        h.set("Content-Type", type);
        if (Http.isHead(ex)) {
            h.set("Content-Length", String.valueOf(a.size()));
            ex.sendResponseHeaders(200, -1);
            ex.close();
            return;
        }
        ex.sendResponseHeaders(200, a.size() == 0 ? -1 : a.size());
        try (InputStream in = Files.newInputStream(f.file()); OutputStream out = ex.getResponseBody()) {
            in.transferTo(out);
        }
    }

    Path root() {
        return root;
    }
}
