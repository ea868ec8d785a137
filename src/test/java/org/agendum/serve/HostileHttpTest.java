package org.agendum.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.render.SearchPage;
import org.agendum.search.SearchFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile HTTP against {@code agendum serve}, byte for byte over a socket so no client library
 * tidies the request first: encoded and overlong-UTF-8 traversal, oversized request lines,
 * headers and query strings, malformed and smuggling requests, a client that sends its
 * request a byte at a time, and a crowd of clients that start a request and stall. Each gets a
 * 4xx, or is cut off, or (the slow but honest client) its answer; after each the server still
 * answers a normal request, and nothing outside the site is ever sent.
 *
 * <p>The stalled clients are dropped after {@code sun.net.httpserver.maxReqTime} seconds:
 * {@link SiteServer#REQUEST_SECONDS} in production, set lower for the test JVM in pom.xml so
 * this test need not wait ten seconds.
 */
class HostileHttpTest {

    /** Stalled clients at once: eight times the worker pool the server had before it was made to withstand them. */
    static final int STALLED = 32;

    private static SiteServer server;
    private static int port;
    private static final StringWriter LOG = new StringWriter();

    @BeforeAll
    static void start() throws IOException {
        server = new SiteServer(SearchFixture.site(), "127.0.0.1", 0, new SearchPage(Path.of("templates")),
                new PrintWriter(LOG));
        server.start();
        port = server.address().getPort();
    }

    @AfterAll
    static void stop() {
        server.close();
        assertThat(LOG.toString()).doesNotContain("internal error");
    }

    /** What came back for {@code request}: the status line's code and the whole reply, or -1 if cut off. */
    record Reply(int status, String text) {}

    static Reply send(byte[] request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (SocketException e) {
                return new Reply(-1, ""); // the server stopped reading and closed: refused
            }
            return read(s.getInputStream());
        }
    }

    /** Reads one reply: up to its end (Content-Length), or until the server closes or resets. */
    static Reply read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        long end = Long.MAX_VALUE;
        try {
            int c;
            int last4 = 0;
            while (all.size() < end && (c = in.read()) != -1) {
                all.write(c);
                last4 = (last4 << 8) | c;
                if (end == Long.MAX_VALUE && last4 == 0x0d0a0d0a) { // the blank line after the headers
                    Matcher length = CONTENT_LENGTH.matcher(all.toString(StandardCharsets.ISO_8859_1));
                    end = length.find() ? all.size() + Long.parseLong(length.group(1)) : Long.MAX_VALUE - 1;
                }
            }
        } catch (SocketException e) {
            // reset by the server: what arrived before it is the reply
        }
        String text = all.toString(StandardCharsets.ISO_8859_1);
        if (!text.startsWith("HTTP/1.1 ")) {
            return new Reply(-1, text);
        }
        return new Reply(Integer.parseInt(text.substring(9, 12)), text);
    }

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length: *(\\d+)\r$");

    static byte[] get(String target) {
        return ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static void assertStillServing() throws IOException {
        assertThat(send(get("/")).status()).as("a normal request afterwards").isEqualTo(200);
    }

    /**
     * Refused with a 4xx (or 501 for a transfer coding the server does not implement), or cut
     * off without an answer; never a page, never an error of ours. Nothing from /etc/passwd,
     * a git config or a Lucene file (its codec header) may come back.
     */
    static void assertRefused(Reply r, String what) {
        if (r.status() != -1) {
            assertThat(r.status()).as(what).satisfiesAnyOf(s -> assertThat(s).isBetween(400, 499),
                    s -> assertThat(s).isEqualTo(501));
        }
        assertThat(r.text()).as(what).doesNotContain("root:x:", "repositoryformatversion", "\u003f\u00d7\u006c\u0017");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", // overlong UTF-8 "."
        "/%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd", // overlong "." and "/"
        "/%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/passwd", // three-byte overlong "."
        "/..%c0%af..%c0%af..%c0%afetc/passwd",
        "/..%c1%9c..%c1%9cetc/passwd", // overlong "\"
        "/..%5c..%5c..%5cetc%5cpasswd",
        "/%2e%2e%5c%2e%2e%5cetc%5cpasswd",
        "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/.%2e/.%2e/.%2e/etc/passwd",
        "/%252e%252e%252f%252e%252e%252fetc/passwd", // double encoding
        "/search/..;/..;/etc/passwd",
        "/%u002e%u002e/etc/passwd", // IIS-style %u
        "/%ef%bc%8e%ef%bc%8e/etc/passwd", // fullwidth full stops
        "/_search/%6cucene/segments_1",
        "/_search/lucene%2fsegments_1",
        "/_search//lucene/segments_1",
        "/%2egit/config",
        "/index.html%00.pdf",
        "/index.html%0d%0aSet-Cookie:%20x=1",
        "/meetings/%ff%fe/",
    })
    void encodedTraversalIsRefused(String target) throws IOException {
        Reply r = send(get(target));
        assertRefused(r, target);
        assertThat(r.text()).doesNotContain("Set-Cookie: x=1");
        assertStillServing();
    }

    @Test
    void oversizedRequestLineIsRefused() throws IOException {
        assertRefused(send(get("/" + "a".repeat(200_000))), "200 KB path");
        assertRefused(send(get("/api/search?q=" + "a".repeat(200_000))), "200 KB query string");
        assertRefused(send(get("/search/?q=" + "x%20".repeat(3_000))), "12 KB search");
        assertStillServing();
    }

    @Test
    void oversizedHeadersAreRefused() throws IOException {
        String big = "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(1_000_000) + "\r\n\r\n";
        assertRefused(send(big.getBytes(StandardCharsets.ISO_8859_1)), "a 1 MB header");
        StringBuilder many = new StringBuilder("GET / HTTP/1.1\r\nHost: localhost\r\n");
        for (int i = 0; i < 10_000; i++) {
            many.append("X-H").append(i).append(": a\r\n");
        }
        assertRefused(send(many.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1)), "10,000 headers");
        assertStillServing();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GARBAGE\r\n\r\n",
        "GET\r\n\r\n",
        "GET /\r\n\r\n",
        "GET / HTTP/1.1\r\nBad Header: x\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
        "GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n",
        "POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\nq=",
        "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003", // a TLS client hello
    })
    void malformedRequestsAreRefused(String request) throws IOException {
        assertRefused(send(request.getBytes(StandardCharsets.ISO_8859_1)), request.strip());
        assertStillServing();
    }

    /** A slow but honest client gets its answer: headers trickle in a byte every 10 ms. */
    @Test
    void aClientSendingItsRequestByteByByteIsAnswered() throws Exception {
        byte[] request = get("/search/?q=zebra");
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.setTcpNoDelay(true);
            OutputStream out = s.getOutputStream();
            for (byte b : request) {
                out.write(b);
                out.flush();
                Thread.sleep(10);
            }
            Reply r = read(s.getInputStream());
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.text()).contains("Zebra");
        }
    }

    /**
     * Far more clients than the old worker pool start a request and stall (slowloris). The
     * server keeps answering everyone else, then drops the stalled connections.
     */
    @Test
    void stalledClientsDoNotStopTheServerAndAreDropped() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < STALLED; i++) {
                Socket s = new Socket("127.0.0.1", port);
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: local".getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            for (int i = 0; i < 20; i++) {
                assertThat(send(get(i % 2 == 0 ? "/" : "/api/search?q=zebra")).status()).isEqualTo(200);
            }
            long limit = Long.getLong("sun.net.httpserver.maxReqTime", SiteServer.REQUEST_SECONDS);
            for (Socket s : stalled) {
                s.setSoTimeout((int) (limit + 5) * 1000);
                try {
                    assertThat(s.getInputStream().read()).as("the stalled connection is closed").isEqualTo(-1);
                } catch (SocketException e) {
                    // reset: closed as well
                } catch (SocketTimeoutException e) {
                    throw new AssertionError("a stalled client was still connected after " + (limit + 5) + " s", e);
                }
            }
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
        assertStillServing();
    }
}
