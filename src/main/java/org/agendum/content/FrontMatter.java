package org.agendum.content;

/**
 * A Markdown file split into its front matter (YAML between {@code ---} lines) and body.
 *
 * @param yaml           the front matter text
 * @param yamlLineOffset lines before the YAML starts (the opening {@code ---})
 * @param body           the Markdown after the closing {@code ---}
 * @param bodyLineOffset lines before the body starts
 */
record FrontMatter(String yaml, int yamlLineOffset, String body, int bodyLineOffset) {

    /** Splits {@code file}, or reports and returns null. */
    static FrontMatter split(SourceFile file, Diagnostics diagnostics) {
        String text = file.text();
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            diagnostics.error(file.at(1, 1), "a paper must start with a line `---`, then its front matter"
                    + " (title: …), then a closing `---` line — did you forget the opening `---`?");
            return null;
        }
        int pos = 4;
        int line = 2;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String current = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (current.stripTrailing().equals("---")) {
                String yaml = text.substring(4, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatter(yaml, 1, body, line);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        diagnostics.error(file.at(1, 1), "front matter is not closed: add a line `---` after the last"
                + " front-matter key and before the text of the paper");
        return null;
    }
}
