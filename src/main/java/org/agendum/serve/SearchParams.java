package org.agendum.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.agendum.search.BadQueryException;
import org.agendum.search.SearchRequest;

/** The search parameters of a request (the API's and the page's are the same), read strictly. */
record SearchParams(String q, String committee, String type, String from, String to, int page) {

    static final int MAX_PAGE = 100;

    static SearchParams of(Map<String, String> p) throws BadQueryException {
        String page = p.getOrDefault("page", "");
        int n = 1;
        if (!page.isEmpty()) {
            if (!page.matches("\\d{1,3}")) {
                throw new BadQueryException("page must be a number from 1 to " + MAX_PAGE);
            }
            n = Integer.parseInt(page);
            if (n < 1 || n > MAX_PAGE) {
                throw new BadQueryException("page must be a number from 1 to " + MAX_PAGE);
            }
        }
        return new SearchParams(p.getOrDefault("q", ""), blank(p.get("committee")), blank(p.get("type")),
                blank(p.get("from")), blank(p.get("to")), n);
    }

    boolean any() {
        return !q.isBlank() || committee != null || type != null || from != null || to != null;
    }

    SearchRequest request() throws BadQueryException {
        return new SearchRequest(q, committee, type, date("from", from), date("to", to), page,
                SearchRequest.DEFAULT_PAGE_SIZE);
    }

    /** A link to these parameters with {@code changes} applied (null removes one). */
    String href(Map<String, String> changes) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("q", q.isEmpty() ? null : q);
        m.put("committee", committee);
        m.put("type", type);
        m.put("from", from);
        m.put("to", to);
        m.put("page", page == 1 ? null : String.valueOf(page));
        m.putAll(changes);
        StringBuilder sb = new StringBuilder("?");
        m.forEach((k, v) -> {
            if (v != null && !v.isEmpty() && !(k.equals("page") && v.equals("1"))) {
                sb.append(sb.length() > 1 ? "&" : "").append(k).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return sb.toString();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(String key, String value) throws BadQueryException {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadQueryException(key + " must be a date as YYYY-MM-DD");
        }
    }
}
