package org.agendum.content;

import java.util.regex.Pattern;

/** The shapes of names the content model fixes: slugs, decision numbers, meeting ids. */
final class Ids {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern DECISION = Pattern.compile("\\d{2}/\\d{5}");
    static final Pattern MEETING_ID = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-([a-z0-9]+(-[a-z0-9]+)*)");
    /** A supplied file or paper name: no folders, no leading dot, a sensible extension. */
    static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.[A-Za-z0-9]{1,8}");

    private Ids() {}

    static boolean isSlug(String s) {
        return s != null && SLUG.matcher(s).matches();
    }

    static String slugHint(String s) {
        String fixed = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return fixed.isEmpty() ? "" : " (e.g. `" + fixed + "`)";
    }
}
