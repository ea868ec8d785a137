package org.agendum.content.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The small safe list of raw HTML a clerk may write inside Markdown, and the link schemes
 * a link may use. Everything else is a content error: never silently dropped or passed on.
 */
final class SafeHtml {

    static final Set<String> TAGS = Set.of(
            "abbr", "b", "br", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark",
            "q", "s", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "a",
            "p", "div", "blockquote", "hr", "pre", "ul", "ol", "li", "dl", "dt", "dd",
            "details", "summary", "figure", "figcaption",
            "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col");

    static final Set<String> ATTRIBUTES = Set.of(
            "title", "lang", "dir", "class", "id", "colspan", "rowspan", "scope", "headers",
            "datetime", "cite", "abbr", "href", "start", "reversed", "open", "span");

    private static final Pattern TAG = Pattern.compile("<\\s*(/?)\\s*([A-Za-z][A-Za-z0-9-]*)([^>]*)>");
    private static final Pattern ATTR = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?");
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");

    private SafeHtml() {}

    /** Problems in a raw HTML fragment, each with its offset in the fragment. */
    static void check(String html, IssueSink sink) {
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String tag = m.group(2).toLowerCase(Locale.ROOT);
            boolean closing = !m.group(1).isEmpty();
            if (!TAGS.contains(tag) && closing) {
                continue; // the opening tag has been reported already
            }
            if (!TAGS.contains(tag)) {
                sink.issue(m.start(), "raw HTML <" + tag + "> is not allowed in content"
                        + (Set.of("script", "style", "iframe", "object", "embed").contains(tag)
                                ? " (active content is never published)"
                                : "; use Markdown instead"));
                continue;
            }
            if (closing) {
                continue;
            }
            Matcher a = ATTR.matcher(m.group(3));
            while (a.find()) {
                String name = a.group(1).toLowerCase(Locale.ROOT);
                String value = a.group(2) == null ? "" : unquote(a.group(2));
                int at = m.start(3) + a.start();
                if (name.startsWith("on")) {
                    sink.issue(at, "event handler attribute `" + name + "` is not allowed in content");
                } else if (!ATTRIBUTES.contains(name)) {
                    sink.issue(at, "HTML attribute `" + name + "` is not allowed in content");
                } else if (name.equals("href") || name.equals("cite")) {
                    String problem = linkProblem(value);
                    if (problem != null) {
                        sink.issue(at, problem);
                    }
                }
            }
        }
    }

    private static String unquote(String v) {
        return (v.startsWith("\"") || v.startsWith("'")) ? v.substring(1, v.length() - 1) : v;
    }

    /** Null when a link target is safe; otherwise what is wrong with it. */
    static String linkProblem(String rawUrl) {
        String url = Parser.unescapeEntities(rawUrl, true);
        StringBuilder compact = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != 0x7f) {
                compact.append(c);
            }
        }
        String u = compact.toString().toLowerCase(Locale.ROOT);
        int colon = u.indexOf(':');
        int slash = u.indexOf('/');
        int query = u.indexOf('?');
        int hash = u.indexOf('#');
        boolean hasScheme = colon > 0 && (slash < 0 || colon < slash) && (query < 0 || colon < query)
                && (hash < 0 || colon < hash);
        if (!hasScheme) {
            return null;
        }
        String scheme = u.substring(0, colon);
        if (SCHEMES.contains(scheme)) {
            return null;
        }
        return "link to `" + scheme + ":` is not allowed (only http, https, mailto and tel links)";
    }

    /** Receives a problem at an offset of the checked fragment. */
    interface IssueSink {
        void issue(int offset, String message);
    }
}
