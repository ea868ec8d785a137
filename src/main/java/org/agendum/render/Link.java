package org.agendum.render;

/**
 * A link as templates print it: {@code href} is relative to the site root (templates put
 * {@code root} in front), {@code text} is plain text and is escaped by the template.
 */
public record Link(String href, String text) {

    /** A link to the page at permanent URL {@code url} (as {@link Urls} gives it). */
    public static Link to(String url, String text) {
        return new Link(Urls.href(url), text);
    }
}
