package org.agendum.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.agendum.model.Contact;
import org.agendum.model.Licence;
import org.agendum.model.SiteInfo;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code site.yaml}. */
final class SiteLoader {

    static final Set<String> KEYS = Set.of("title", "publisher", "base_url", "language", "timezone",
            "contact", "licence");
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

    private SiteLoader() {}

    static SiteInfo load(FileContext ctx, Node root) {
        YamlMap m = YamlMap.of(ctx, root, KEYS, "site.yaml");
        if (m == null) {
            return null;
        }
        String title = m.text("title", true);
        String publisher = m.text("publisher", true);
        String baseUrl = baseUrl(ctx, m);
        String language = language(ctx, m);
        ZoneId zone = zone(ctx, m);
        Contact contact = null;
        if (m.require("contact")) {
            contact = People.contact(ctx, m.raw("contact"));
        }
        Licence licence = null;
        if (m.has("licence")) {
            YamlMap l = YamlMap.of(ctx, m.raw("licence"), Set.of("text", "url"), "licence");
            if (l != null) {
                String url = l.text("url", false);
                checkUrl(ctx, l, "url", url);
                licence = new Licence(l.text("text", true), url);
                l.finish();
            }
        }
        m.finish();
        if (title == null || publisher == null || baseUrl == null || contact == null) {
            return null;
        }
        return new SiteInfo(title, publisher, baseUrl, language, zone, contact, licence);
    }

    private static String baseUrl(FileContext ctx, YamlMap m) {
        String v = m.text("base_url", true);
        if (v == null) {
            return null;
        }
        if (!checkUrl(ctx, m, "base_url", v)) {
            return null;
        }
        return v.endsWith("/") ? v : v + "/";
    }

    /** Absolute http(s) URL check; reports and returns false when it is not one. */
    static boolean checkUrl(FileContext ctx, YamlMap m, String key, String v) {
        if (v == null) {
            return true;
        }
        try {
            URI u = new URI(v);
            if (u.isAbsolute() && List.of("http", "https").contains(u.getScheme().toLowerCase(Locale.ROOT))
                    && u.getHost() != null) {
                return true;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        ctx.error(m.valuePos(key), "`" + key + "` must be an absolute http(s) URL such as"
                + " https://democracy.example.gov.uk/, found `" + v + "`");
        return false;
    }

    private static String language(FileContext ctx, YamlMap m) {
        String v = m.text("language", false);
        if (v == null) {
            return "en-GB";
        }
        try {
            return new Locale.Builder().setLanguageTag(v).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            ctx.error(m.valuePos("language"), "`language` must be a BCP 47 tag such as en-GB or cy-GB, found `" + v + "`");
            return "en-GB";
        }
    }

    private static ZoneId zone(FileContext ctx, YamlMap m) {
        String v = m.text("timezone", false);
        if (v == null) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            ctx.error(m.valuePos("timezone"), "`timezone` must be an IANA zone such as Europe/London, found `" + v + "`"
                    + Suggest.didYouMean(v, ZoneId.getAvailableZoneIds()));
            return DEFAULT_ZONE;
        }
    }
}
