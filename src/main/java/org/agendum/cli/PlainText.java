package org.agendum.cli;

/** Turns a search snippet (escaped HTML with {@code <mark>}) back into plain text for a terminal. */
final class PlainText {

    private PlainText() {}

    static String ofSnippet(String html) {
        return html.replace("<mark>", "").replace("</mark>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#x27;", "'").replace("&#39;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    }
}
