package org.agendum.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendum.content.ContentLoader;
import org.agendum.content.LoadResult;
import org.agendum.model.AgendaPacks;
import org.agendum.model.Publication;
import org.agendum.model.PublishedSite;
import org.agendum.model.RenderedFile;

/** The fixture sites under src/test/resources/sites/ and the real theme, for render tests. */
public final class Fixtures {

    /** The clock the web-basic fixture is written against: a Sunday between its meetings. */
    public static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    public static final Path THEME = Path.of("templates");

    private Fixtures() {}

    public static Path content(String site) {
        return Path.of("src/test/resources/sites", site, "content");
    }

    public static PublishedSite published(String site, Instant now) {
        LoadResult load = new ContentLoader().load(content(site), "content");
        assertThat(load.diagnostics()).as("fixture %s must load cleanly", site)
                .allSatisfy(d -> assertThat(d.severity().label()).isEqualTo("warning"));
        assertThat(load.hasErrors()).isFalse();
        return Publication.decide(load.model(), now);
    }

    /** Renders a fixture with the real theme: path → bytes, in path order. */
    public static Map<String, byte[]> render(String site, Instant now, AgendaPacks packs) {
        try {
            List<RenderedFile> files = new SiteRenderer(THEME).render(published(site, now), packs);
            Map<String, byte[]> out = new LinkedHashMap<>();
            files.forEach(f -> out.put(f.path(), f.bytes()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateProblem e) {
            throw new AssertionError(e.templatePosition() + ": " + e.getMessage() + " (" + e.contentPosition() + ")", e);
        }
    }

    public static Map<String, byte[]> render(String site) {
        return render(site, NOW, AgendaPacks.NONE);
    }
}
