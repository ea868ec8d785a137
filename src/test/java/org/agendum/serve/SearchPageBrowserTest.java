package org.agendum.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.agendum.render.SearchPage;
import org.agendum.search.Analysis;
import org.agendum.search.SearchFixture;
import org.agendum.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in headless Chromium (Debian's chromium and chromium-driver), against
 * {@code agendum serve} and against the static index on a plain file server. The browser is
 * shared with the other browser tests ({@link Browser}), which also says what happens when it
 * is not installed.
 */
class SearchPageBrowserTest {

    private static WebDriver browser;
    private static SiteServer serve;
    private static PlainStaticServer plain;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.shared();
        Path site = SearchFixture.site();
        serve = new SiteServer(site, "127.0.0.1", 0, new SearchPage(Path.of("templates")),
                new PrintWriter(new StringWriter()));
        serve.start();
        plain = new PlainStaticServer(site);
    }

    @AfterAll
    static void stop() {
        if (serve != null) {
            serve.close();
        }
        if (plain != null) {
            plain.close();
        }
    }

    private static void awaitResults() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "true".equals(
                ((JavascriptExecutor) d).executeScript("return document.documentElement.dataset.searchDone")));
    }

    private static void typeAndSubmit(String baseUrl, String query) {
        browser.get(baseUrl + "/search/");
        awaitResults();
        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys(query, Keys.ENTER); // the keyboard alone
        awaitResults();
    }

    private static String source() {
        return browser.findElement(By.cssSelector("#search-results .results")).getAttribute("data-source");
    }

    private static List<String> titles() {
        return browser.findElements(By.cssSelector("#search-results .hits h3 a")).stream().map(WebElement::getText).toList();
    }

    /** The announced result count: the script's live region, or the server's status line. */
    private static String status() {
        String script = browser.findElement(By.id("search-status")).getText();
        if (!script.isEmpty()) {
            return script;
        }
        return browser.findElement(By.cssSelector("#search-results .results [role=status]")).getText();
    }

    @Test
    void againstServeTheScriptUsesTheApiAndFacetLinksNarrow() {
        typeAndSubmit(base(serve), "zebra");
        assertThat(source()).isEqualTo("api");
        assertThat(titles()).first().asString().contains("Zebra crossings near schools");
        assertThat(browser.findElements(By.cssSelector("#search-results .snippet mark"))).isNotEmpty();
        assertThat(status()).matches("\\d+ results? for “zebra”.*");
        assertThat(browser.getCurrentUrl()).endsWith("/search/?q=zebra");

        browser.findElement(By.linkText("item (1)")).click();
        awaitResults();
        assertThat(browser.getCurrentUrl()).contains("type=item");
        // Following a link is a plain page load: the server answers it, as it does without JavaScript.
        assertThat(source()).isEqualTo("server");
        assertThat(browser.findElements(By.cssSelector("#search-results .hits li"))).hasSize(1);
    }

    @Test
    void onPlainStaticHostingTheScriptSearchesTheStaticIndex() {
        typeAndSubmit(plain.base(), SearchFixture.PDF_ONLY_WORD);
        assertThat(source()).isEqualTo("static");
        assertThat(titles()).containsExactly("Appendix A – traffic survey");
        assertThat(browser.findElement(By.cssSelector("#search-results .snippet mark")).getText())
                .isEqualTo(SearchFixture.PDF_ONLY_WORD);
        assertThat(status()).isEqualTo("1 result for “" + SearchFixture.PDF_ONLY_WORD + "”.");
        browser.findElement(By.cssSelector("#search-results .hits h3 a")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/meetings/2019/2019-05-10-other-committee/01-appendix-survey.pdf");
    }

    @Test
    void staticFiltersFacetsAndPagingMatchTheServer() {
        browser.get(plain.base() + "/search/?q=year%3A2018");
        awaitResults();
        assertThat(source()).isEqualTo("static");
        String staticStatus = status();
        List<String> staticYears = browser.findElements(By.cssSelector(".facets li a")).stream()
                .map(WebElement::getText).filter(t -> t.matches("\\d{4} \\(\\d+\\)")).toList();
        assertThat(staticYears).hasSize(1).first().asString().startsWith("2018 (");
        browser.findElement(By.linkText("Next page")).click();
        awaitResults();
        assertThat(browser.findElement(By.cssSelector(".hits")).getAttribute("start")).isEqualTo("11");

        browser.get(base(serve) + "/search/?q=year%3A2018");
        awaitResults();
        assertThat(status()).isEqualTo(staticStatus); // same count both ways

        browser.get(plain.base() + "/search/?q=&committee=other-committee");
        awaitResults();
        assertThat(browser.findElements(By.cssSelector(".hits .meta"))).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getText()).contains("Other"));
    }

    @Test
    void noCanaryInTheBrowserEitherWay() {
        for (String canary : SearchFixture.CANARIES) {
            for (String base : List.of(plain.base(), base(serve))) {
                browser.get(base + "/search/?q=" + canary);
                awaitResults();
                assertThat(status()).as(base + " " + canary).startsWith("No results");
            }
        }
    }

    @Test
    void aRefusedQuerySaysWhy() {
        typeAndSubmit(plain.base(), "*ing");
        assertThat(status()).contains("cannot start with");
        typeAndSubmit(base(serve), "*ing");
        assertThat(status()).contains("cannot start with");
    }

    @Test
    void theScriptAnalysesWordsExactlyAsLucene() {
        browser.get(plain.base() + "/search/");
        awaitResults();
        String text = "Meetings agreed disabled hopping relational conditional generalization electricity "
                + "adoption Children's council’s don't e.g. U.K. 18/00004 £38,996 3.5 foster-care naïve "
                + "résumé 2018-19 www.kent.gov.uk user@example.com The rates AND charges of the SACRE's "
                + "annual report; sensational controlling happiness hopeful";
        Object js = ((JavascriptExecutor) browser).executeScript("return window.agendumAnalyze(arguments[0]);", text);
        assertThat(js).isEqualTo(Analysis.terms(Analysis.english(), text));
    }

    @Test
    void aTypicalTwoWordQueryFetchesLittle() {
        typeAndSubmit(plain.base(), "zebra crossings");
        Number bytes = (Number) ((JavascriptExecutor) browser).executeScript("return window.agendumSearchStats.bytes;");
        assertThat(bytes.longValue()).isPositive().isLessThan(100 * 1024);
    }

    private static String base(SiteServer s) {
        return "http://127.0.0.1:" + s.address().getPort();
    }
}
