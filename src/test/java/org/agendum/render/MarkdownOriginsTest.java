package org.agendum.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agendum.content.ContentLoader;
import org.agendum.content.markdown.MarkdownMemo;
import org.agendum.content.markdown.MarkdownProcessor;
import org.agendum.model.Markdown;
import org.agendum.model.Publication;
import org.agendum.model.PublishedSite;
import org.junit.jupiter.api.Test;

class MarkdownOriginsTest {

    /** The seed site loaded through the Markdown memo, so its values know their origin. */
    private static PublishedSite seeds() {
        MarkdownMemo memo = new MarkdownMemo(new MarkdownProcessor());
        return Publication.decide(new ContentLoader(memo).load(Path.of("content"), "content").model(), Fixtures.NOW);
    }

    @Test
    void theTypePrunedWalkFindsEveryLongTextOfEveryMarkdownValue() {
        PublishedSite site = seeds();
        Set<String> expected = Collections.newSetFromMap(new IdentityHashMap<>());
        everyMarkdown(site, Collections.newSetFromMap(new IdentityHashMap<>()), m -> {
            for (String text : List.of(m.source(), m.html(), m.text())) {
                if (m.madeFrom() != null && text.length() >= TextDigests.LONG) {
                    expected.add(text);
                }
            }
        });
        assertThat(expected).as("the seeds have long papers").hasSizeGreaterThan(20);

        Set<String> found = Collections.newSetFromMap(new IdentityHashMap<>());
        found.addAll(MarkdownOrigins.of(site, MarkdownOrigins.Found.NONE).byText().keySet());
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void valuesMetAgainKeepTheirDigests() {
        PublishedSite site = seeds();
        MarkdownOrigins.Found first = MarkdownOrigins.of(site, MarkdownOrigins.Found.NONE);
        MarkdownOrigins.Found again = MarkdownOrigins.of(site, first);
        assertThat(again.byText()).hasSameSizeAs(first.byText());
        first.byText().forEach((text, digest) -> assertThat(again.byText().get(text)).isSameAs(digest));
        // and a fresh walk of a fresh load gives equal digests for equal origins
        MarkdownOrigins.Found fresh = MarkdownOrigins.of(seeds(), MarkdownOrigins.Found.NONE);
        Set<String> firstDigests = new HashSet<>();
        first.byText().values().forEach(d -> firstDigests.add(java.util.HexFormat.of().formatHex(d)));
        Set<String> freshDigests = new HashSet<>();
        fresh.byText().values().forEach(d -> freshDigests.add(java.util.HexFormat.of().formatHex(d)));
        assertThat(freshDigests).isEqualTo(firstDigests);
    }

    record Plain(String title, List<String> lines, java.time.LocalDate day, int n) {}

    record Holding(Optional<Markdown> summary) {}

    record Nested(Map<String, List<Holding>> byName) {}

    record Loop(List<Loop> children, String name) {}

    record Parent(Markdown body, List<Child> children, String name) {}

    record Child(Parent inner) {}

    @Test
    void onlyComponentsThatCanHoldMarkdownAreWalked() throws Exception {
        assertThat(mayHold(Plain.class)).isFalse();
        assertThat(mayHold(Loop.class)).isFalse();
        assertThat(mayHold(Holding.class)).isTrue();
        assertThat(mayHold(Nested.class)).isTrue();
        assertThat(MarkdownOrigins.mayHold(Object.class, new HashSet<>())).as("unknown: walked").isTrue();
        assertThat(MarkdownOrigins.mayHold(Collection.class, new HashSet<>())).as("raw: walked").isTrue();
        assertThat(MarkdownOrigins.bearing(Parent.class)).as("children reach Markdown through a Parent").hasSize(2);
        assertThat(MarkdownOrigins.bearing(Plain.class)).isEmpty();
    }

    private static boolean mayHold(Class<?> record) {
        return MarkdownOrigins.mayHold(record, new HashSet<>());
    }

    /** Every Markdown value reachable from {@code v} through records, collections, maps and optionals. */
    private static void everyMarkdown(Object v, Set<Object> seen, java.util.function.Consumer<Markdown> found) {
        if (v instanceof Markdown m) {
            found.accept(m);
        } else if (v instanceof Record r) {
            if (!seen.add(r)) {
                return;
            }
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    c.getAccessor().setAccessible(true);
                    everyMarkdown(c.getAccessor().invoke(r), seen, found);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        } else if (v instanceof Collection<?> c) {
            c.forEach(e -> everyMarkdown(e, seen, found));
        } else if (v instanceof Map<?, ?> m) {
            m.values().forEach(e -> everyMarkdown(e, seen, found));
        } else if (v instanceof Optional<?> o) {
            o.ifPresent(e -> everyMarkdown(e, seen, found));
        }
    }
}
