package org.agendum.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agendum.testing.SeedSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every internal link and anchor in the built seed site resolves: no dangling links, which
 * is also how an unpublished paper is kept from leaving a trace.
 */
class SiteLinksTest {

    @Test
    void everyInternalLinkAndAnchorResolves() throws IOException {
        Path site = SeedSite.withPdfs();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Map<Path, Set<String>> ids = new HashMap<>();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select("a[href], link[href], script[src], img[src], form[action]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action");
                if (ref.isEmpty() || ref.matches("(?i)^(https?|mailto|tel):.*") || ref.startsWith("//")) {
                    continue;
                }
                checked++;
                String problem = resolve(site, page, ref, ids);
                if (problem != null) {
                    broken.add(site.relativize(page) + ": " + ref + " → " + problem);
                }
            }
        }
        System.out.println("GATE links: " + checked + " internal links and anchors in " + pages.size() + " pages, "
                + broken.size() + " broken");
        assertThat(pages).isNotEmpty();
        assertThat(checked).isPositive();
        assertThat(broken).isEmpty();
    }

    private static String resolve(Path site, Path page, String ref, Map<Path, Set<String>> ids) throws IOException {
        String path = ref;
        String fragment = null;
        int hash = ref.indexOf('#');
        if (hash >= 0) {
            fragment = ref.substring(hash + 1);
            path = ref.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path target = path.isEmpty() ? page
                : page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(site)) {
            return "outside the site";
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
            Set<String> known = ids.get(target);
            if (known == null) {
                known = Jsoup.parse(target.toFile(), "UTF-8").select("[id]").stream().map(x -> x.id())
                        .collect(Collectors.toSet());
                ids.put(target, known);
            }
            if (!known.contains(URLDecoder.decode(fragment, StandardCharsets.UTF_8))) {
                return "no element with id " + fragment;
            }
        }
        return null;
    }
}
