package org.agendum.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendum.render.SearchPage;
import org.agendum.search.SearchFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code agendum serve} against the search fixture: the API, the files, and everything hostile. */
class SiteServerTest {

    private static SiteServer server;
    private static String base;
    private static final StringWriter LOG = new StringWriter();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        server = new SiteServer(SearchFixture.site(), "127.0.0.1", 0, new SearchPage(Path.of("templates")),
                new PrintWriter(LOG));
        server.start();
        base = "http://127.0.0.1:" + server.address().getPort();
    }

    @AfterAll
    static void stop() {
        long t0 = System.nanoTime();
        server.close();
        // Graceful, not slow: with nothing in flight, shutdown does not wait out the drain time.
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(SiteServer.DRAIN_SECONDS * 1000L + 1000);
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode api(String q) throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        return new ObjectMapper().readTree(r.body());
    }

    /** The status line of a request sent byte for byte, so nothing normalises the path first. */
    static int raw(String requestLine) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.address().getPort())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                line.write(c);
            }
            String status = line.toString(StandardCharsets.ISO_8859_1);
            return status.isEmpty() ? -1 : Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void apiAnswersWithTheDocumentedShapeAndMarkedSnippets() throws Exception {
        JsonNode r = api(SearchFixture.PDF_ONLY_WORD);
        assertThat(r.get("query").asText()).isEqualTo(SearchFixture.PDF_ONLY_WORD);
        assertThat(r.get("total").asLong()).isEqualTo(1);
        assertThat(r.get("page").asInt()).isEqualTo(1);
        JsonNode hit = r.get("results").get(0);
        for (String field : new String[] {"url", "title", "type", "committee", "date", "snippet"}) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        assertThat(hit.get("snippet").asText()).contains("<mark>" + SearchFixture.PDF_ONLY_WORD + "</mark>");
        assertThat(r.get("facets").has("committee")).isTrue();
        assertThat(r.get("facets").get("type").get(0).get("value").asText()).isEqualTo("attachment");
    }

    @Test
    void snippetsAreEscaped() throws Exception {
        JsonNode r = api("crossings");
        for (JsonNode hit : r.get("results")) {
            String s = hit.get("snippet").asText().replace("<mark>", "").replace("</mark>", "");
            assertThat(s).doesNotContain("<", ">");
        }
    }

    @Test
    void noCanaryThroughTheApi() throws Exception {
        for (String canary : SearchFixture.CANARIES) {
            assertThat(api(canary).get("total").asLong()).as(canary).isZero();
        }
    }

    @Test
    void filtersNarrowThroughTheApi() throws Exception {
        JsonNode all = new ObjectMapper().readTree(get("/api/search?from=2000-01-01").body());
        JsonNode other = new ObjectMapper().readTree(get("/api/search?committee=other-committee").body());
        JsonNode year = new ObjectMapper().readTree(get("/api/search?from=2019-01-01&to=2019-12-31&type=item").body());
        assertThat(other.get("total").asLong()).isPositive().isLessThan(all.get("total").asLong());
        other.get("results").forEach(h -> assertThat(h.get("committee").asText()).isEqualTo("other-committee"));
        assertThat(year.get("total").asLong()).isPositive();
        year.get("results").forEach(h -> {
            assertThat(h.get("date").asText()).startsWith("2019-");
            assertThat(h.get("type").asText()).isEqualTo("item");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=*ing", "q=%3F%3F%3Fx", "q=" + "x%20", "q=a&page=0", "q=a&page=-1", "q=a&page=abc",
        "q=a&page=101", "q=a&from=yesterday", "q=a&to=2018-02-30", "q=a&type=spaceship", "q=a&committee=..%2F..",
        "q=%00", "q=%E2%80%8B", "q=a&from=2019-01-01&to=2018-01-01"})
    void hostileQueriesAre400WithAMessage(String query) throws Exception {
        String q = query.equals("q=x%20") ? "q=" + "x%20".repeat(120) : query;
        HttpResponse<String> r = get("/api/search?" + q);
        assertThat(r.statusCode()).as(q).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(r.body()).get("error").asText()).isNotBlank();
        assertThat(get("/api/search?q=zebra").statusCode()).isEqualTo(200);
    }

    @Test
    void aBadlyEscapedQueryIs400() throws Exception {
        assertThat(raw("GET /api/search?q=%ZZ HTTP/1.1")).isEqualTo(400);
        assertThat(raw("GET /search/?q=%ZZ HTTP/1.1")).isEqualTo(400);
    }

    @Test
    void aHugeQueryStringIs400() throws Exception {
        assertThat(get("/api/search?q=" + "a".repeat(5000)).statusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /../../etc/passwd HTTP/1.1", "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1",
        "GET /search/..%2f..%2f..%2fetc/passwd HTTP/1.1", "GET /%2e%2e%5c%2e%2e%5cetc%5cpasswd HTTP/1.1",
        "GET /index.html%00.pdf HTTP/1.1", "GET /.git/config HTTP/1.1", "GET /_search/lucene/segments_1 HTTP/1.1",
        "GET //etc/passwd HTTP/1.1", "GET /..%252f..%252fetc/passwd HTTP/1.1", "GET http://evil.example/../../etc/passwd HTTP/1.1",
        "GET /a/./b HTTP/1.1", "GET * HTTP/1.1"})
    void hostilePathsAre4xxAndTheServerStaysUp(String requestLine) throws Exception {
        int status = raw(requestLine);
        assertThat(status).as(requestLine).isBetween(400, 499);
        assertThat(raw("GET / HTTP/1.1")).isEqualTo(200);
    }

    @Test
    void aSymlinkOutOfTheSiteIsNotFollowed() throws Exception {
        Path link = SearchFixture.site().resolve("escape.txt");
        Path outside = Files.createTempFile("agendum-outside-", ".txt");
        Files.writeString(outside, "secret");
        try {
            Files.createSymbolicLink(link, outside);
            assertThat(raw("GET /escape.txt HTTP/1.1")).isBetween(400, 404);
        } finally {
            Files.deleteIfExists(link);
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void onlyGetAndHead() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void filesComeWithTypesValidatorsAndSecurityHeaders() throws Exception {
        HttpResponse<String> page = get("/search/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/search/"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);

        Path pdfFile = SearchFixture.site().resolve("served-test.pdf");
        Files.write(pdfFile, new byte[] {'%', 'P', 'D', 'F'});
        try {
            HttpResponse<String> pdf = get("/served-test.pdf");
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(pdf.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
        } finally {
            Files.delete(pdfFile);
        }
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"\\.\\./(assets/search[^\"]*\\.js)\"")
                .matcher(page.body());
        assertThat(script.find()).as("the page loads search.js").isTrue();
        assertThat(get("/" + script.group(1)).headers().firstValue("Content-Type"))
                .hasValue("text/javascript; charset=utf-8");
        assertThat(get("/_search/static/meta.json").headers().firstValue("Content-Type")).hasValue("application/json");

        HttpResponse<String> folder = get("/search");
        assertThat(folder.statusCode()).isEqualTo(301);
        assertThat(folder.headers().firstValue("Location")).hasValue("/search/");
        assertThat(get("/no/such/page/").statusCode()).isEqualTo(404);
        assertThat(get("/api/other").statusCode()).isEqualTo(404);
    }

    @Test
    void theSearchFormWorksWithoutJavaScript() throws Exception {
        HttpResponse<String> r = get("/search/?q=zebra&committee=other-committee");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("data-source=\"server\"").contains("<mark>Zebra</mark>")
                .contains("href=\"../meetings/2019/2019-05-10-other-committee/01-zebra/\"")
                .contains("Remove filters").doesNotContain(SearchPage.RESULTS_MARKER);
        HttpResponse<String> bad = get("/search/?q=*x");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("role=\"alert\"");
        HttpResponse<String> canary = get("/search/?q=canarydraft");
        assertThat(canary.body()).contains("No results");
    }

    @Test
    void nothingWasLoggedAsAnInternalError() {
        assertThat(LOG.toString()).doesNotContain("internal error");
    }
}
