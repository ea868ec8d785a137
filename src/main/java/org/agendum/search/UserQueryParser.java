package org.agendum.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the query syntax a person expects: words (all must match), "quoted phrases",
 * {@code -exclude}, {@code committee:}, {@code type:}, {@code from:}, {@code to:} and
 * {@code year:} filters, decision numbers like 18/00004, and {@code word*} prefixes.
 * Anything hostile (too long, too many parts, leading wildcards, control characters) is a
 * {@link BadQueryException} with a message fit to show.
 */
final class UserQueryParser {

    static final int MAX_LENGTH = 200;
    static final int MAX_PARTS = 12;
    static final int MIN_PREFIX = 3;

    private static final Pattern DECISION = Pattern.compile("\\d{2}/\\d{5}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,80}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]|[\\p{Cf}]");

    private final List<UserQuery.Part> must = new ArrayList<>();
    private final List<UserQuery.Part> mustNot = new ArrayList<>();
    private String committee;
    private String type;
    private LocalDate from;
    private LocalDate to;

    private UserQueryParser() {}

    static UserQuery parse(String raw) throws BadQueryException {
        String q = raw == null ? "" : raw;
        if (q.length() > MAX_LENGTH) {
            throw new BadQueryException("the search is too long: at most " + MAX_LENGTH + " characters");
        }
        if (CONTROL.matcher(q).find()) {
            throw new BadQueryException("the search contains control characters");
        }
        UserQueryParser p = new UserQueryParser();
        p.read(q);
        if (p.must.size() + p.mustNot.size() > MAX_PARTS) {
            throw new BadQueryException("too many words: at most " + MAX_PARTS);
        }
        return new UserQuery(p.must, p.mustNot, p.committee, p.type, p.from, p.to);
    }

    private void read(String q) throws BadQueryException {
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negate = c == '-' && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1));
            if (negate) {
                i++;
            }
            if (q.charAt(i) == '"') {
                int end = q.indexOf('"', i + 1);
                String phrase = end < 0 ? q.substring(i + 1) : q.substring(i + 1, end);
                i = end < 0 ? n : end + 1;
                if (!phrase.isBlank()) {
                    (negate ? mustNot : must).add(new UserQuery.Phrase(phrase.strip()));
                }
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(q.charAt(end))) {
                end++;
            }
            String token = q.substring(i, end);
            i = end;
            int colon = token.indexOf(':');
            if (colon > 0 && !negate && filter(token.substring(0, colon).toLowerCase(Locale.ROOT),
                    token.substring(colon + 1))) {
                continue;
            }
            (negate ? mustNot : must).add(part(token));
        }
    }

    private static UserQuery.Part part(String token) throws BadQueryException {
        if (DECISION.matcher(token).matches()) {
            return new UserQuery.DecisionNumber(token);
        }
        int star = token.indexOf('*');
        int question = token.indexOf('?');
        if (star == 0 || question == 0) {
            throw new BadQueryException("a word cannot start with * or ?: type at least "
                    + MIN_PREFIX + " letters before *");
        }
        if (question > 0 && question < token.length() - 1 || (star >= 0 && star < token.length() - 1)) {
            throw new BadQueryException("* is only allowed at the end of a word, as in educat*");
        }
        if (star > 0) {
            String prefix = token.substring(0, star).toLowerCase(Locale.ROOT);
            if (prefix.codePointCount(0, prefix.length()) < MIN_PREFIX) {
                throw new BadQueryException("type at least " + MIN_PREFIX + " letters before *");
            }
            return new UserQuery.Prefix(prefix);
        }
        // A trailing ? is punctuation ("what about schools?"), not a wildcard.
        return new UserQuery.Word(question > 0 ? token.substring(0, question) : token);
    }

    /** Applies {@code key:value} when key is a filter; false means "not a filter, search for it". */
    private boolean filter(String key, String value) throws BadQueryException {
        switch (key) {
            case "committee" -> committee = slug(key, value);
            case "type" -> {
                if (DocType.byId(value.toLowerCase(Locale.ROOT)) == null) {
                    throw new BadQueryException("unknown type '" + value + "'; use one of " + typeNames());
                }
                type = value.toLowerCase(Locale.ROOT);
            }
            case "from" -> from = date(key, value);
            case "to" -> to = date(key, value);
            case "year" -> {
                if (!value.matches("\\d{4}")) {
                    throw new BadQueryException("year: needs four digits, as in year:2018");
                }
                from = LocalDate.of(Integer.parseInt(value), 1, 1);
                to = LocalDate.of(Integer.parseInt(value), 12, 31);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    static String slug(String key, String value) throws BadQueryException {
        String v = value.toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(v).matches()) {
            throw new BadQueryException(key + ": needs a committee name as in its address, e.g. "
                    + "committee:cype-cabinet-committee");
        }
        return v;
    }

    static LocalDate date(String key, String value) throws BadQueryException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadQueryException(key + ": needs a date as YYYY-MM-DD, found '" + value + "'");
        }
    }

    static String typeNames() {
        List<String> names = new ArrayList<>();
        for (DocType t : DocType.values()) {
            names.add(t.id());
        }
        return String.join(", ", names);
    }
}
