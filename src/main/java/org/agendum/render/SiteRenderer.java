package org.agendum.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agendum.model.AgendaPacks;
import org.agendum.model.RenderedFile;
import org.agendum.model.Paper;
import org.agendum.model.PublicMeeting;
import org.agendum.model.PublishedSite;

/**
 * Renders the website from a {@link PublishedSite}. Each page gets a small map of view
 * values; templates decide how they look.
 */
public final class SiteRenderer {

    private final TemplateEngine engine;

    public SiteRenderer(Path themeDir) throws IOException {
        this.engine = new TemplateEngine(themeDir);
    }

    public List<RenderedFile> render(PublishedSite site, AgendaPacks packs) throws TemplateProblem {
        List<RenderedFile> files = new ArrayList<>();
        files.add(page("index.html", "index.ftlh", site, Map.of("meetings", site.meetings()), "content/site.yaml"));
        for (PublicMeeting m : site.meetings()) {
            files.add(page(Urls.file(Urls.meeting(m.meeting())), "meeting.ftlh", site, Map.of("m", m),
                    m.meeting().source().path()));
        }
        for (Paper p : site.papers()) {
            files.add(page(Urls.file(Urls.paper(p)), "paper.ftlh", site,
                    Map.of("paper", p, "m", site.meetingOf(p)), p.source().path()));
        }
        return files;
    }

    private RenderedFile page(String path, String template, PublishedSite site, Map<String, Object> values,
            String source) throws TemplateProblem {
        Map<String, Object> model = new HashMap<>(values);
        model.put("site", site.site());
        model.put("root", relativeRoot(path));
        return new RenderedFile(path, engine.render(template, model, source));
    }

    /** "../../" back to the site root from a file at {@code path}, so the site works from any folder. */
    static String relativeRoot(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
