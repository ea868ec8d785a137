package org.agendum.build.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The edits a clerk makes to the pdf-pack fixture, each a small change to real files. */
final class FixtureEdits {

    private static final String MEETING = "meetings/2018/2018-03-08-test-committee/";

    private final Path content;
    private final Path theme;

    FixtureEdits(Path content, Path theme) {
        this.content = content;
        this.theme = theme;
    }

    /** One named edit. */
    record Edit(String name, Step step) {
        void apply() throws IOException {
            step.run();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Step {
        void run() throws IOException;
    }

    List<Edit> all() {
        return List.of(
                new Edit("edit a paper", () -> append(content.resolve(MEETING + "03-rates.md"),
                        "\n\nA late paragraph added by the clerk.\n")),
                // two long paragraphs: whichever comes second edits a body long enough to be
                // digested by what it was made from, not by its text (MarkdownOrigins)
                new Edit("add a long paragraph to a paper", () -> append(content.resolve(MEETING + "03-rates.md"),
                        "\n\n" + "The clerk adds a long explanation of the rates. ".repeat(25) + "\n")),
                new Edit("add another long paragraph to it", () -> append(content.resolve(MEETING + "03-rates.md"),
                        "\n\n" + "And a second one about the precepts. ".repeat(30) + "\n")),
                new Edit("add a paper", this::addPaper),
                new Edit("delete a paper", this::deletePaper),
                new Edit("change a committee", () -> replace(content.resolve("committees/test-committee.yaml"),
                        "Mrs B Member", "Mrs B Newmember")),
                new Edit("move a meeting to another room (its calendars change)", () -> replace(
                        content.resolve(MEETING + "meeting.yaml"), "venue: Council Chamber, Town Hall",
                        "venue: Committee Room 2, Town Hall")),
                new Edit("change the site's publisher", () -> replace(content.resolve("site.yaml"),
                        "publisher: Test County Council", "publisher: Test Unitary Council")),
                new Edit("add a standing page (linked from every page's footer)", this::addStandingPage),
                new Edit("change a web template", () -> replace(theme.resolve("paper.ftlh"),
                        "</", "<!-- edited -->\n</")),
                new Edit("change the print stylesheet", () -> append(theme.resolve("print/print.css"),
                        "\nh1 { letter-spacing: 0.01em; }\n")));
    }

    private void addPaper() throws IOException {
        Files.writeString(content.resolve(MEETING + "07-late-report.md"), """
                ---
                title: A late report
                background_documents: []
                ---
                This report arrived late. LATEMARKER
                """);
        append(content.resolve(MEETING + "meeting.yaml"), """
                  - number: "7"
                    title: A late item
                    papers:
                      - 07-late-report.md
                """);
    }

    private void addStandingPage() throws IOException {
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(content.resolve("pages/about.md"), """
                ---
                title: About these papers
                ---
                Every paper the council publishes, in one place.
                """);
    }

    private void deletePaper() throws IOException {
        Files.delete(content.resolve(MEETING + "03-appendix-rates-table.md"));
        replace(content.resolve(MEETING + "meeting.yaml"), "      - 03-appendix-rates-table.md\n", "");
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    /** Replaces the first occurrence only; fails loudly if the fixture changed under the test. */
    private static void replace(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        int i = s.indexOf(from);
        if (i < 0) {
            throw new IllegalStateException(file + " no longer contains " + from);
        }
        Files.writeString(file, s.substring(0, i) + to + s.substring(i + from.length()));
    }
}
