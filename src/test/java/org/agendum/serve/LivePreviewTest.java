package org.agendum.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.agendum.render.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --watch} on a temporary copy of the web-basic fixture: an edit is rebuilt and
 * served, a content error reaches the page as the overlay's payload while the last good site
 * is still served, and the published files never carry the live script.
 */
class LivePreviewTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEETING = "meetings/2026/2026-01-15-cabinet/";
    private static final String PAGE = "/" + MEETING + "02-budget/";

    @TempDir
    Path dir;

    private LivePreview preview;
    private String base;

    @AfterEach
    void stop() throws Exception {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void anEditIsRebuiltAndAnErrorBecomesTheOverlayWhileTheLastGoodSiteIsServed() throws Exception {
        Path content = dir.resolve("content");
        org.agendum.testing.Fixtures.copyTree(Fixtures.content("web-basic"), content);
        Path site = dir.resolve("site");
        StringWriter log = new StringWriter();
        preview = new LivePreview(new LivePreview.Settings(content, "content", Fixtures.THEME, site, false,
                () -> Fixtures.NOW), new PrintWriter(log, true));
        preview.start("127.0.0.1", 0, null, 0);
        base = "http://127.0.0.1:" + preview.address().getPort();

        JsonNode first = state(-1);
        assertThat(first.get("errors")).isEmpty();
        long v = first.get("version").asLong();
        String page = get(PAGE).body();
        assertThat(page).contains("<script src=\"/_live/live.js\" defer></script></head>");
        assertThat(get("/_live/live.js").body()).contains("/_live?since=");

        Path paper = content.resolve(MEETING + "02-budget.md");
        Files.writeString(paper, Files.readString(paper) + "\nA sentence the clerk just wrote: LIVEMARKER.\n");
        JsonNode rebuilt = stateAfter(v, false); // answers when the rebuild is done
        assertThat(rebuilt.get("errors")).as(log.toString()).isEmpty();
        assertThat(rebuilt.get("version").asLong()).isGreaterThan(v);
        assertThat(get(PAGE).body()).contains("LIVEMARKER");

        Path meeting = content.resolve(MEETING + "meeting.yaml");
        Files.writeString(meeting, Files.readString(meeting).replace("date: 2026-01-15", "date: 2026-01-32"));
        JsonNode broken = stateAfter(rebuilt.get("version").asLong(), true);
        assertThat(broken.get("errors")).isNotEmpty();
        assertThat(broken.get("errors").get(0).asText())
                .matches("content/meetings/2026/2026-01-15-cabinet/meeting\\.yaml:\\d+:\\d+: error: .*");
        assertThat(get(PAGE).body()).contains("LIVEMARKER"); // still the last good build

        // what was published is the public site: no live script in any file
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("_live");
            }
        }
    }

    /**
     * A build that fails while the files change again under it (a save caught half way) says
     * nothing, neither in the log nor as an overlay, and leaves the next build to speak; one
     * that fails on files that stayed put reports its problems.
     */
    @Test
    void aFailedBuildOvertakenByChangesSaysNothing() throws Exception {
        Path content = dir.resolve("content");
        org.agendum.testing.Fixtures.copyTree(Fixtures.content("web-basic"), content);
        StringWriter log = new StringWriter();
        java.util.concurrent.atomic.AtomicBoolean changedAgain = new java.util.concurrent.atomic.AtomicBoolean(true);
        preview = new LivePreview(new LivePreview.Settings(content, "content", Fixtures.THEME, dir.resolve("site"), false,
                () -> Fixtures.NOW), new PrintWriter(log, true), changedAgain::get);
        preview.rebuild();
        assertThat(log.toString()).contains("serve: rebuilt in");
        Object published = preview.pagesAreTold().get("version");

        Path meeting = content.resolve(MEETING + "meeting.yaml");
        Files.writeString(meeting, Files.readString(meeting).replace("date: 2026-01-15", "date: 2026-01-32"));
        int before = log.toString().length();
        preview.rebuild();
        String overtaken = log.toString().substring(before);
        assertThat(overtaken).isEqualTo("serve: content changed during the build; building again" + System.lineSeparator());
        assertThat(preview.pagesAreTold()).containsEntry("version", published).containsEntry("errors", List.of());

        changedAgain.set(false);
        preview.rebuild();
        String reported = log.toString().substring(before + overtaken.length());
        assertThat(reported).contains("content/meetings/2026/2026-01-15-cabinet/meeting.yaml:")
                .contains("serve: not published; still serving the last good site");
        assertThat((List<?>) preview.pagesAreTold().get("errors")).isNotEmpty();
    }

    /**
     * The first state past {@code since} with (or without) errors. One save can be seen as two
     * changes by the watcher (truncate, then write), so a build may come between; a few
     * long polls cover that without any sleeping.
     */
    private JsonNode stateAfter(long since, boolean withErrors) throws Exception {
        JsonNode s = state(since);
        for (int i = 0; i < 3 && s.get("errors").isEmpty() == withErrors; i++) {
            s = state(s.get("version").asLong());
        }
        return s;
    }

    private JsonNode state(long since) throws Exception {
        return JSON.readTree(get("/_live?since=" + since).body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r;
    }
}
