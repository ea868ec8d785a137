package org.agendum.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.agendum.model.AgendaPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme mistake names the template position and the content file the page came from. */
class TemplateErrorTest {

    @Test
    void aMissingValueNamesTemplateLineAndContentFile(@TempDir Path tmp) throws Exception {
        Path theme = copyTheme(tmp);
        Files.writeString(theme.resolve("decision.ftlh"),
                "<#import \"layout.ftlh\" as layout>\n<@layout.page>\n<h1>${decision.nope}</h1>\n</@layout.page>\n");
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class,
                () -> new SiteRenderer(theme).render(Fixtures.published("web-basic", Fixtures.NOW), AgendaPacks.NONE));
        assertThat(p.templatePosition()).isEqualTo("decision.ftlh:3:7");
        assertThat(p.contentPosition()).isEqualTo("content/decisions/26-00001.md");
        assertThat(p.getMessage()).contains("decision.nope");
    }

    @Test
    void aSyntaxErrorNamesItsPosition(@TempDir Path tmp) throws Exception {
        Path theme = copyTheme(tmp);
        Files.writeString(theme.resolve("plans.ftlh"), "<#list plans as p>\n${p.title\n</#list>\n");
        TemplateProblem p = catchThrowableOfType(TemplateProblem.class,
                () -> new SiteRenderer(theme).render(Fixtures.published("web-basic", Fixtures.NOW), AgendaPacks.NONE));
        assertThat(p.templatePosition()).startsWith("plans.ftlh:");
        assertThat(p.getMessage()).startsWith("template syntax:");
    }

    static Path copyTheme(Path tmp) throws Exception {
        Path to = tmp.resolve("theme");
        try (Stream<Path> s = Files.walk(Fixtures.THEME)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(Fixtures.THEME.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
