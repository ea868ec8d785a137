package org.agendum.content.markdown;

/**
 * How the content stage turns one Markdown value into its checked, rendered result:
 * {@link MarkdownProcessor} does the work, {@link MarkdownMemo} remembers it between builds.
 * Implementations are safe to call from several threads at once.
 */
@FunctionalInterface
public interface MarkdownReader {

    /**
     * Checks and renders {@code source}. {@code minutesAllowed} says whether
     * {@code {minute=… item=…}} headings are expected (minutes papers only).
     */
    MarkdownProcessor.Result process(String source, boolean minutesAllowed);
}
