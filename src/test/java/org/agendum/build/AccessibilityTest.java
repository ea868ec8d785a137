package org.agendum.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.agendum.render.SearchPage;
import org.agendum.serve.SiteServer;
import org.agendum.testing.Browser;
import org.agendum.testing.SeedSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The accessibility gate (WCAG 2.2 AA, as the Public Sector Bodies Accessibility Regulations
 * require): one page of every page type of the built seed site, served by {@code agendum
 * serve} and laid out in headless Chromium at a desktop and a phone width, is checked with
 * axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules after its scripts have run. Zero
 * violations; axe's "needs review" results are printed for a person to look at. At the
 * phone width nothing may scroll sideways (reflow, WCAG 1.4.10), except inside a table's
 * own scrolling region.
 *
 * <p>axe-core comes from npm ({@code .ci/run}: {@code npm install --prefix .ci axe-core@4.14.1});
 * without it, or without chromium, the test fails and says how to install them.
 */
class AccessibilityTest {

    static final Path AXE = Path.of(System.getProperty("agendum.axe", ".ci/node_modules/axe-core/axe.min.js"));
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final int PHONE_WIDTH = 375;

    /** One page per template (the key), the query string included where the page needs one. */
    static final Map<String, String> PAGES = pages();

    private static Map<String, String> pages() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("index", "/");
        p.put("meetings", "/meetings/");
        p.put("meeting", "/meetings/2018/2018-03-08-cype-cabinet-committee/");
        p.put("paper", "/meetings/2018/2018-03-08-cype-cabinet-committee/07-rates-and-charges-2018-19/");
        p.put("minutes", "/meetings/2018/2018-01-18-cype-cabinet-committee/minutes/");
        p.put("committees", "/committees/");
        p.put("committee", "/committees/cype-cabinet-committee/");
        p.put("decisions", "/decisions/");
        p.put("decision", "/decisions/18-00004/");
        p.put("forward-plan", "/decisions/forward-plan/");
        p.put("plans", "/plans/");
        p.put("plan", "/plans/pershore-action-plan-2008-09/");
        p.put("page", "/accessibility-statement/");
        p.put("search", "/search/");
        p.put("search-results", "/search/?q=adoption");
        p.put("404", "/404.html");
        return p;
    }

    private static ChromeDriver browser;
    private static SiteServer server;
    private static String base;
    private static String axeSource;
    private static Path notFoundPage;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> RULES_RUN = new ArrayList<>();
    private static final AtomicInteger FALLBACK_CHECKED = new AtomicInteger();
    /** axe-core's reasons for "cannot tell" that {@code contrast-fallback.js} may settle. */
    private static final Set<String> OVERLAPPED = Set.of("bgOverlap", "elmPartiallyObscuring");
    private static final String CONTRAST_FALLBACK = resource("/accessibility/contrast-fallback.js");

    @BeforeAll
    static void start(@TempDir Path tmp) throws Exception {
        Browser.require(AXE, false, "npm install --prefix .ci axe-core@4.14.1");
        axeSource = Files.readString(AXE);
        browser = Browser.shared();
        Path site = SeedSite.withPdfs();
        server = new SiteServer(site, "127.0.0.1", 0, new SearchPage(Path.of("templates")),
                new PrintWriter(new StringWriter()));
        server.start();
        base = "http://127.0.0.1:" + server.address().getPort();
        // The 404 page links absolutely to the public base URL (a server shows it at any depth);
        // point those links at the local server so it is checked with its styles.
        String baseUrl = "https://democracy.example.org.uk/";
        String notFound = Files.readString(site.resolve("404.html"));
        assertThat(notFound).contains(baseUrl + "assets/");
        notFoundPage = tmp.resolve("404.html");
        Files.writeString(notFoundPage, notFound.replace(baseUrl, base + "/"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (browser != null) {
            Browser.resetViewport(browser);
        }
        System.out.println("GATE axe: " + PAGES.size() + " page types at " + Browser.DESKTOP_WIDTH + " and " + PHONE_WIDTH
                + " px, " + new TreeSet<>(RULES_RUN).size() + " axe-core rules " + new TreeSet<>(RULES_RUN)
                + ", " + FALLBACK_CHECKED + " elements' contrast judged by contrast-fallback.js");
    }

    private static String resource(String name) {
        try (var in = AccessibilityTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Arguments> pagesAndWidths() {
        return PAGES.keySet().stream().flatMap(page -> Stream.of(
                Arguments.of(page, Browser.DESKTOP_WIDTH), Arguments.of(page, PHONE_WIDTH)));
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("pagesAndWidths")
    void noWcagViolations(String template, int width) throws Exception {
        open(template, width);
        JsonNode results = runAxe("{runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations', 'incomplete']}");
        for (String kind : List.of("passes", "violations", "incomplete", "inapplicable")) {
            results.path(kind).forEach(r -> RULES_RUN.add(r.path("id").asText()));
        }
        List<String> violations = new ArrayList<>();
        results.path("violations").forEach(r -> violations.add(describe(r)));
        List<JsonNode> review = new ArrayList<>();
        results.path("incomplete").forEach(review::add);
        if (review.removeIf(r -> r.path("id").asText().equals("color-contrast"))) {
            // axe cannot see through the tables' scroll-shadow gradients, so it could not judge
            // their text: judge it again over the plain white the shadows sit on when at rest.
            violations.addAll(contrastWithoutScrollShadows());
        }
        review.forEach(r -> System.out.println("axe needs review: " + template + " @" + width + "px: " + describe(r)));
        assertThat(violations).as("axe-core violations on %s at %dpx", PAGES.get(template), width).isEmpty();

        if (width == PHONE_WIDTH) {
            Object overflow = browser.executeScript(
                    "var w = document.documentElement.clientWidth, out = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) {"
                    + "  var r = e.getBoundingClientRect();"
                    + "  if (r.width > 0 && r.right > w + 1 && !e.closest('.table-scroll')) {"
                    + "    out.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' right=' + Math.round(r.right)); }"
                    + "});"
                    + "return document.documentElement.scrollWidth > w ? out.slice(0, 10) : [];");
            assertThat((List<?>) overflow).as("content wider than %dpx on %s (WCAG 1.4.10 reflow)", width,
                    PAGES.get(template)).isEmpty();
        }
    }

    /** Every page template has a page in {@link #PAGES}, so a new page type cannot escape the gate. */
    @Test
    void everyPageTemplateIsChecked() throws Exception {
        List<String> templates;
        try (Stream<Path> s = Files.list(Path.of("templates"))) {
            templates = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ftlh"))
                    .map(n -> n.substring(0, n.length() - ".ftlh".length()))
                    .filter(n -> !n.equals("layout") && !n.equals("components")).sorted().toList();
        }
        assertThat(PAGES.keySet()).containsExactlyInAnyOrderElementsOf(templates);
    }

    private static void open(String template, int width) {
        Browser.viewport(browser, width, width == PHONE_WIDTH ? 812 : Browser.DESKTOP_HEIGHT, width == PHONE_WIDTH);
        String path = PAGES.get(template);
        browser.get(template.equals("404") ? notFoundPage.toUri().toString() : base + path);
        if (path.startsWith("/search/")) {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "true".equals(
                    browser.executeScript("return document.documentElement.dataset.searchDone")));
        }
        Number inner = (Number) browser.executeScript("return window.innerWidth;");
        assertThat(inner.intValue()).as("the layout width").isEqualTo(width);
        assertThat(browser.getTitle()).as("page %s loaded", path).isNotBlank();
    }

    /** Runs axe-core (injected once per page load) with {@code options}, a JavaScript object literal. */
    private static JsonNode runAxe(String options) throws Exception {
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object';"))) {
            browser.executeScript(axeSource);
        }
        Object json = browser.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "axe.run(document, " + options + ")"
                + ".then(function (r) { done(JSON.stringify(r)); })"
                + ".catch(function (e) { done(JSON.stringify({error: String(e)})); });", TAGS);
        JsonNode results = JSON.readTree((String) json);
        assertThat(results.path("error").asText("")).as("axe-core ran").isEmpty();
        return results;
    }

    /**
     * The colour-contrast rule alone, with the tables' scroll regions painted the plain white
     * their cover gradients show at rest. (Scrolled, a shadow at most 14px wide darkens the
     * edge a table's text is sliding out under; that edge is being clipped anyway.) Text axe
     * still cannot judge because a later table row's transparent box reaches over it (a
     * heading spanning rows) is judged by {@code contrast-fallback.js}. Returns the failures.
     */
    private static List<String> contrastWithoutScrollShadows() throws Exception {
        // Inline styles through the CSSOM: the server's Content-Security-Policy refuses a <style>.
        browser.executeScript("document.querySelectorAll('.table-scroll').forEach(function (e) {"
                + " e.style.setProperty('background', '#fff', 'important'); });");
        try {
            JsonNode contrast = runAxe("{runOnly: {type: 'rule', values: ['color-contrast']},"
                    + " resultTypes: ['violations', 'incomplete']}");
            List<String> failures = new ArrayList<>();
            contrast.path("violations").forEach(r -> failures.add(describe(r)));
            List<String> overlapped = new ArrayList<>();
            for (JsonNode rule : contrast.path("incomplete")) {
                for (JsonNode node : rule.path("nodes")) {
                    String why = node.path("any").path(0).path("data").path("messageKey").asText();
                    if (node.path("target").size() == 1 && OVERLAPPED.contains(why)) {
                        overlapped.add(node.path("target").get(0).asText());
                    } else {
                        failures.add("contrast not decidable (" + why + "): " + node.path("target") + ": "
                                + node.path("html").asText());
                    }
                }
            }
            if (!overlapped.isEmpty()) {
                List<?> verdicts = (List<?>) browser.executeScript(CONTRAST_FALLBACK, overlapped);
                verdicts.stream().map(String::valueOf).filter(v -> !v.isEmpty())
                        .forEach(v -> failures.add("color-contrast (fallback): " + v));
                FALLBACK_CHECKED.addAndGet(overlapped.size());
            }
            return failures;
        } finally {
            browser.executeScript("document.querySelectorAll('.table-scroll').forEach(function (e) {"
                    + " e.style.removeProperty('background'); });");
        }
    }

    /** "rule (impact): help", then each node's selector and html and why, so a failure names what to fix. */
    private static String describe(JsonNode rule) {
        StringBuilder sb = new StringBuilder(rule.path("id").asText()).append(" (")
                .append(rule.path("impact").asText()).append("): ").append(rule.path("help").asText());
        for (JsonNode node : rule.path("nodes")) {
            sb.append("\n    ").append(node.path("target")).append(": ").append(node.path("html").asText());
            String summary = node.path("failureSummary").asText("");
            if (!summary.isEmpty()) {
                sb.append("\n      ").append(summary.replace("\n", "\n      "));
            }
            for (JsonNode check : node.path("any")) {
                for (JsonNode related : check.path("relatedNodes")) {
                    sb.append("\n      related: ").append(related.path("target")).append(": ")
                            .append(related.path("html").asText());
                }
            }
        }
        return sb.toString();
    }
}
