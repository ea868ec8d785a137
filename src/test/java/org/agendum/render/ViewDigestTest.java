package org.agendum.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.agendum.content.ContentLoader;
import org.agendum.model.AgendaPacks;
import org.agendum.model.Markdown;
import org.agendum.model.Publication;
import org.agendum.model.RenderedFile;
import org.junit.jupiter.api.Test;

class ViewDigestTest {

    record Item(String title, List<String> lines, boolean open) {}

    private static final org.agendum.model.PublishedSite SITE = Fixtures.published("web-basic", Fixtures.NOW);

    record Page(Item item, Map<String, Object> extra, LocalDate date) {}

    private static String digest(Object view) {
        Map<String, Object> model = new HashMap<>();
        model.put("view", view);
        return ViewDigest.of("page.ftlh", model).orElseThrow();
    }

    @Property
    void differentViewsHaveDifferentDigests(@ForAll String a, @ForAll String b, @ForAll String c, @ForAll boolean open) {
        // the same texts split differently between fields must not collide ("ab","c" vs "a","bc")
        Item one = new Item(a + b, List.of(c), open);
        Item two = new Item(a, List.of(b + c), open);
        boolean same = (a + b).equals(a) && c.equals(b + c);
        assertThat(digest(one).equals(digest(two))).isEqualTo(same);
        assertThat(digest(one)).isEqualTo(digest(new Item(a + b, new ArrayList<>(List.of(c)), open)));
        assertThat(digest(one)).isNotEqualTo(digest(new Item(a + b, List.of(c), !open)));
    }

    /**
     * Long texts (bodies) go in as their own digest, remembered or not: the same result either
     * way, a one-character change to a body still changes it, and a remembered digest is
     * never given to a different text of the same length.
     */
    @Property(tries = 200)
    void longTextsDigestTheSameRememberedOrNot(@ForAll("bodies") String body, @ForAll("bodies") String other) {
        TextDigests memo = TextDigests.remembering();
        Map<String, Object> one = Map.of("view", new Item(body, List.of(other), true));
        Map<String, Object> two = Map.of("view", new Item(other, List.of(body), true));
        String plain = ViewDigest.of("page.ftlh", one).orElseThrow();
        assertThat(ViewDigest.of("page.ftlh", one, memo)).contains(plain);
        memo = memo.next(SITE); // a site whose Markdown knows no origin: texts are hashed and remembered
        assertThat(ViewDigest.of("page.ftlh", one, memo)).contains(plain);
        assertThat(ViewDigest.of("page.ftlh", two, memo)).isEqualTo(ViewDigest.of("page.ftlh", two));
        String edited = body.substring(0, body.length() - 1) + (body.endsWith("x") ? "y" : "x");
        assertThat(ViewDigest.of("page.ftlh", Map.of("view", new Item(edited, List.of(other), true)), memo))
                .get().isNotEqualTo(plain);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> bodies() {
        return net.jqwik.api.Arbitraries.strings().withChars("ab x\n£").ofMinLength(TextDigests.LONG - 2)
                .ofMaxLength(TextDigests.LONG + 40);
    }

    @Test
    void everyKindOfValueCounts() {
        Page base = new Page(new Item("Budget", List.of("a", "b"), true), Map.of("n", 1), LocalDate.of(2026, 3, 1));
        String d = digest(base);
        assertThat(digest(new Page(new Item("Budget", List.of("b", "a"), true), Map.of("n", 1), base.date())))
                .as("order of a list").isNotEqualTo(d);
        assertThat(digest(new Page(base.item(), Map.of("n", 2), base.date()))).as("a map value").isNotEqualTo(d);
        assertThat(digest(new Page(base.item(), Map.of("m", 1), base.date()))).as("a map key").isNotEqualTo(d);
        assertThat(digest(new Page(base.item(), base.extra(), base.date().plusDays(1)))).as("a date").isNotEqualTo(d);
        assertThat(digest(new Page(base.item(), Map.of("n", 1L), base.date()))).as("a number's type").isNotEqualTo(d);
        assertThat(digest(new Page(null, base.extra(), base.date()))).as("null").isNotEqualTo(d);
        assertThat(digest(new Page(base.item(), Map.of("n", Optional.empty()), base.date())))
                .isNotEqualTo(digest(new Page(base.item(), Map.of("n", Optional.of("")), base.date())));
        assertThat(ViewDigest.of("other.ftlh", Map.of("view", base))).as("the template")
                .isNotEqualTo(ViewDigest.of("page.ftlh", Map.of("view", base)));
    }

    /** Maps and sets without an order of their own digest the same whatever their iteration order; ordered ones do not. */
    @Test
    void unorderedMapsAndSetsDigestTheSameInEveryJvmOrderedOnesByTheirOrder() {
        Map<String, Object> one = new HashMap<>();
        Map<String, Object> two = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        for (String k : List.of("b", "a", "c", "assets/site.css", "assets/search.js")) {
            one.put(k, k.length());
            two.put(k, k.length());
        }
        assertThat(digest(new Page(null, Map.copyOf(one), null))).isEqualTo(digest(new Page(null, one, null)));
        assertThat(digest(new Page(null, two, null))).as("a sorted map keeps its own order")
                .isNotEqualTo(digest(new Page(null, new java.util.TreeMap<>(one), null)));
        Map<String, Object> linked = new java.util.LinkedHashMap<>();
        linked.put("a", 1);
        linked.put("b", 2);
        Map<String, Object> relinked = new java.util.LinkedHashMap<>();
        relinked.put("b", 2);
        relinked.put("a", 1);
        assertThat(digest(new Page(null, linked, null))).isNotEqualTo(digest(new Page(null, relinked, null)));
        assertThat(digest(java.util.Set.of("x", "y", "z"))).isEqualTo(digest(new java.util.HashSet<>(List.of("z", "y", "x"))));
    }

    /**
     * A Markdown value read through the memo is digested by its origin (the memo's key), which
     * fixes its html, text and headings under the same code; one of unknown origin by its texts.
     */
    @Test
    void markdownIsDigestedByItsOriginWhenItKnowsIt() {
        Markdown read = new Markdown("# A", "<h1 id=\"a\">A</h1>", "A", List.of(new Markdown.Heading(1, "A", "a")), "k1");
        Markdown readAgain = new Markdown(read.source(), read.html(), read.text(), read.headings(), "k1");
        Markdown otherSource = new Markdown(read.source(), read.html(), read.text(), read.headings(), "k2");
        Markdown unknown = new Markdown(read.source(), read.html(), read.text(), read.headings());
        Markdown unknownEdited = new Markdown(read.source(), "<h1 id=\"a\">B</h1>", read.text(), read.headings());
        assertThat(digest(readAgain)).isEqualTo(digest(read));
        assertThat(digest(otherSource)).isNotEqualTo(digest(read));
        assertThat(digest(unknown)).isNotEqualTo(digest(read)).isNotEqualTo(digest(unknownEdited));
        assertThat(unknown).as("the origin is not part of the value").isEqualTo(read);
    }

    @Test
    void aValueItCannotWalkMakesThePageUncacheable() {
        assertThat(ViewDigest.of("page.ftlh", Map.of("view", new Page(null, Map.of("x", new StringBuilder[0]), null))))
                .isEmpty();
        assertThat(ViewDigest.of("page.ftlh", Map.of("view", new Object()))).isEmpty();
    }

    /** A page that stops being cacheable is only slower; this keeps the real theme's pages all cacheable. */
    @Test
    void everyPageOfTheFixtureSitesHasADigestAndIsKeptWhenAskedTo() throws Exception {
        for (String fixture : List.of("web-basic", "seeds in content/")) {
            var site = fixture.startsWith("seeds")
                    ? Publication.decide(new ContentLoader().load(Path.of("content"), "content").model(), Fixtures.NOW)
                    : Fixtures.published(fixture, Fixtures.NOW);
            SiteRenderer renderer = new SiteRenderer(Fixtures.THEME);
            List<RenderedFile> rendered = renderer.render(site, AgendaPacks.NONE);
            List<RenderedFile> pages = rendered.stream().filter(f -> f.path().endsWith(".html")).toList();
            assertThat(pages).as(fixture).isNotEmpty().allSatisfy(f -> assertThat(f.madeFrom()).as(f.path()).isNotNull());

            Map<String, String> digests = new HashMap<>();
            pages.forEach(f -> digests.put(f.path(), f.madeFrom()));
            List<RenderedFile> again = renderer.render(site, AgendaPacks.NONE, (path, digest) -> digest.equals(digests.get(path)));
            assertThat(again).filteredOn(f -> f.path().endsWith(".html")).as(fixture).allSatisfy(f -> assertThat(f.isKept()).isTrue());
            assertThat(again).filteredOn(f -> !f.path().endsWith(".html")).allSatisfy(f -> assertThat(f.bytes()).isNotNull());
        }
    }
}
