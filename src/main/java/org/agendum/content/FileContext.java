package org.agendum.content;

import java.time.ZoneId;
import org.agendum.content.markdown.MarkdownReader;
import org.agendum.model.SourcePosition;

/**
 * What a loader needs while reading one file: the file, how many lines precede the YAML
 * (front matter), where to report, the Markdown reader and the site's timezone.
 */
record FileContext(SourceFile file, int lineOffset, Diagnostics diagnostics, MarkdownReader markdown,
        ZoneId zone) {

    void error(SourcePosition at, String message) {
        diagnostics.error(at, message);
    }

    void warning(SourcePosition at, String message) {
        diagnostics.warning(at, message);
    }
}
