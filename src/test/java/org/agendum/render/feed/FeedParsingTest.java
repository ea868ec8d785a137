package org.agendum.render.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.agendum.model.AgendaPacks;
import org.agendum.model.PackLayout;
import org.agendum.model.PageRange;
import org.agendum.render.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The feeds and data files read back with parsers that did not write them: the JDK's DOM
 * parser for Atom and the sitemap, ical4j's parser and validator for the calendars, and a
 * JSON tree for the open data. Each is checked for what a consumer relies on.
 */
class FeedParsingTest {

    private static final String BASE = "https://papers.testshire.example/";
    private static Map<String, byte[]> site;

    @BeforeAll
    static void render() {
        site = Fixtures.render("web-basic");
    }

    private static String text(String path) {
        return new String(site.get(path), StandardCharsets.UTF_8);
    }

    private static Document xml(String path) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(site.get(path)));
    }

    @Test
    void atomFeedListsPublishedPapersAndDecisionsNewestFirstWithPermanentIds() throws Exception {
        Document doc = xml("feed.xml");
        Element feed = doc.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(feed.getLocalName()).isEqualTo("feed");
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> ids = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            ids.add(child(e, "id"));
            updated.add(child(e, "updated"));
            Element link = (Element) e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0);
            assertThat(link.getAttribute("href")).isEqualTo(child(e, "id"));
        }
        assertThat(ids).containsExactlyInAnyOrder(
                BASE + "meetings/2026/2026-01-15-cabinet/02-budget/",
                BASE + "meetings/2026/2026-01-15-cabinet/minutes/",
                BASE + "meetings/2026/2026-03-05-cabinet/02-roads-strategy/",
                BASE + "meetings/2026/2026-03-05-cabinet/02-appendix-a-map/",
                BASE + "decisions/26-00001/",
                BASE + "decisions/26-00002/");
        assertThat(updated).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(child(feed, "updated")).isEqualTo(updated.get(0));
        assertThat(updated).allSatisfy(u -> assertThat(java.time.Instant.parse(u)).isBeforeOrEqualTo(Fixtures.NOW));
    }

    @Test
    void sitemapListsEveryPageOnceAndNothingElse() throws Exception {
        NodeList locs = xml("sitemap.xml").getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        List<String> pages = site.keySet().stream().filter(p -> p.endsWith("index.html"))
                .map(p -> BASE + p.substring(0, p.length() - "index.html".length())).toList();
        assertThat(urls).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(pages);
        assertThat(text("robots.txt")).contains("Sitemap: " + BASE + "sitemap.xml");
    }

    @Test
    void calendarsParseValidateAndCarryTimezoneStableUidsAndCancellations() throws Exception {
        Calendar all = new CalendarBuilder().build(new StringReader(text("calendar.ics")));
        all.validate();
        assertThat(all.getComponents(Component.VTIMEZONE)).hasSize(1);
        List<VEvent> events = all.getComponents(Component.VEVENT);
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue()).containsExactly(
                "2026-01-15-cabinet@papers.testshire.example",
                "2026-02-10-scrutiny-panel@papers.testshire.example",
                "2026-03-05-cabinet@papers.testshire.example",
                "2026-03-26-scrutiny-panel@papers.testshire.example");
        VEvent cancelled = events.get(1);
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
        VEvent march = events.get(2);
        assertThat(march.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(march.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/London");
        assertThat(march.getDateTimeStart().getValue()).isEqualTo("20260305T103000");
        assertThat(march.getLocation().getValue()).isEqualTo("Council Chamber, County Hall, Testford");
        assertThat(text("calendar.ics")).contains("\r\n").doesNotContain("\n\n");

        Calendar cabinet = new CalendarBuilder().build(new StringReader(text("committees/cabinet/calendar.ics")));
        cabinet.validate();
        assertThat(cabinet.<VEvent>getComponents(Component.VEVENT))
                .extracting(e -> e.getUid().orElseThrow().getValue())
                .containsExactly("2026-01-15-cabinet@papers.testshire.example", "2026-03-05-cabinet@papers.testshire.example");
        Calendar one = new CalendarBuilder().build(new StringReader(text("meetings/2026/2026-03-05-cabinet/meeting.ics")));
        one.validate();
        assertThat(one.<VEvent>getComponents(Component.VEVENT)).singleElement()
                .satisfies(e -> assertThat(e.getUid().orElseThrow().getValue()).isEqualTo("2026-03-05-cabinet@papers.testshire.example"));
        // every calendar (a committee's may have no events): the zone once, before any event,
        // and every content line folded to at most 75 octets
        List<String> calendars = site.keySet().stream().filter(p -> p.endsWith(".ics")).toList();
        assertThat(calendars).hasSizeGreaterThan(5);
        for (String path : calendars) {
            String ics = text(path);
            Calendar c = new CalendarBuilder().build(new StringReader(ics));
            c.validate();
            assertThat(c.getComponents(Component.VTIMEZONE)).as(path).hasSize(1);
            assertThat(c.getComponents()).as(path).first().isInstanceOf(net.fortuna.ical4j.model.component.VTimeZone.class);
            assertThat(ics.split("\r\n")).as(path)
                    .allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        }
    }

    @Test
    void openDataFollowsTheOpenCivicDataEventShape() throws Exception {
        JsonNode root = new ObjectMapper().readTree(site.get("data/meetings.json"));
        JsonNode meetings = root.get("meetings");
        assertThat(meetings).hasSize(4);
        JsonNode march = meetings.get(2);
        assertThat(march.get("name").asText()).isEqualTo("Cabinet");
        assertThat(march.get("start_time").asText()).isEqualTo("2026-03-05T10:30Z");
        assertThat(march.get("timezone").asText()).isEqualTo("Europe/London");
        assertThat(march.get("status").asText()).isEqualTo("confirmed");
        assertThat(march.get("location").get("name").asText()).isEqualTo("Council Chamber, County Hall, Testford");
        JsonNode agenda = march.get("agenda");
        assertThat(agenda).hasSize(3);
        assertThat(agenda.get(1).get("order").asText()).isEqualTo("2");
        assertThat(agenda.get(1).get("description").asText()).isEqualTo("Roads & <Bridges> strategy");
        assertThat(agenda.get(2).get("notes").get(0).asText())
                .isEqualTo("Exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972");
        List<String> urls = new ArrayList<>();
        march.get("documents").forEach(d -> d.get("links").forEach(l -> {
            urls.add(l.get("url").asText());
            assertThat(l.get("media_type").asText()).isIn("text/html", "application/pdf");
        }));
        assertThat(urls).contains(BASE + "meetings/2026/2026-03-05-cabinet/02-roads-strategy/",
                BASE + "meetings/2026/2026-03-05-cabinet/02-appendix-b-costings.pdf");
        assertThat(urls).noneMatch(u -> u.endsWith("agenda-pack.pdf") || u.endsWith("02-roads-strategy.pdf"));
        assertThat(meetings.get(1).get("status").asText()).isEqualTo("cancelled");
        assertThat(meetings.get(3).get("agenda")).isEmpty();
        assertThat(meetings.get(0).get("status").asText()).isEqualTo("passed");
    }

    @Test
    void openDataLinksPdfsOnlyWhenThePacksExist() throws Exception {
        AgendaPacks packs = new AgendaPacks(Map.of("2026-03-05-cabinet",
                new PackLayout("2026-03-05-cabinet", 10, 1000, Map.of("2", new PageRange(3, 10)))));
        Map<String, byte[]> withPdf = Fixtures.render("web-basic", Fixtures.NOW, packs);
        String json = new String(withPdf.get("data/meetings.json"), StandardCharsets.UTF_8);
        JsonNode march = new ObjectMapper().readTree(json).get("meetings").get(2);
        List<String> urls = new ArrayList<>();
        march.get("documents").forEach(d -> d.get("links").forEach(l -> urls.add(l.get("url").asText())));
        assertThat(urls).contains(BASE + "meetings/2026/2026-03-05-cabinet/agenda-pack.pdf",
                BASE + "meetings/2026/2026-03-05-cabinet/02-roads-strategy.pdf");
    }

    /**
     * A calendar is stamped with the build's day, not its second: two builds hours apart on
     * the same day give the same calendars (so rebuilds and deploys keep them), the next day's
     * build stamps them anew.
     */
    @Test
    void calendarsAreStampedWithTheBuildsDay() {
        java.time.Instant morning = java.time.Instant.parse("2026-03-01T00:00:05Z"); // Fixtures.NOW is 09:00 that day
        java.time.Instant nextDay = java.time.Instant.parse("2026-03-02T00:00:00Z");
        Map<String, byte[]> early = Fixtures.render("web-basic", morning, AgendaPacks.NONE);
        Map<String, byte[]> later = Fixtures.render("web-basic", Fixtures.NOW, AgendaPacks.NONE);
        Map<String, byte[]> tomorrow = Fixtures.render("web-basic", nextDay, AgendaPacks.NONE);
        List<String> calendars = later.keySet().stream().filter(p -> p.endsWith(".ics")).toList();
        assertThat(calendars).hasSizeGreaterThan(2);
        for (String path : calendars) {
            assertThat(early.get(path)).as(path).isEqualTo(later.get(path));
            String text = new String(tomorrow.get(path), StandardCharsets.UTF_8);
            if (text.contains("BEGIN:VEVENT")) {
                assertThat(text).as(path).contains("DTSTAMP:20260302T000000Z");
            }
        }
    }

    private static String child(Element e, String name) {
        NodeList list = e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name);
        return list.item(0).getTextContent();
    }
}
