package org.agendum.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers every handler shares: headers on every response, parameters, plain replies. */
final class Http {

    /** Scripts and styles from the site only; no plugins, no framing, forms post home. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final int MAX_QUERY_STRING = 2048;

    private Http() {}

    /** Headers every response carries, whatever it is. */
    static void common(HttpExchange ex) {
        Headers h = ex.getResponseHeaders();
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "same-origin");
        h.set("X-Frame-Options", "DENY");
    }

    /** Headers of a response a browser renders as a document. */
    static void document(HttpExchange ex) {
        ex.getResponseHeaders().set("Content-Security-Policy", CSP);
    }

    static boolean isHead(HttpExchange ex) {
        return ex.getRequestMethod().equals("HEAD");
    }

    /** Sends {@code body} (or only its headers for HEAD) and closes the exchange. */
    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        Headers h = ex.getResponseHeaders();
        if (contentType != null) {
            h.set("Content-Type", contentType);
        }
        if (isHead(ex) || status == 304 || status == 204) {
            if (status != 304 && status != 204) {
                h.set("Content-Length", String.valueOf(body.length));
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static void text(HttpExchange ex, int status, String message) throws IOException {
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        document(ex);
        send(ex, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The query string's parameters, first value of each. Throws {@link IllegalArgumentException}
     * for one that is too long or badly escaped (the caller answers 400).
     */
    static Map<String, String> params(HttpExchange ex) {
        String raw = ex.getRequestURI().getRawQuery();
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        if (raw.length() > MAX_QUERY_STRING) {
            throw new IllegalArgumentException("the query string is too long");
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return out;
    }
}
