package org.agendum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * A synthetic council for benchmarks: N meetings × M papers with realistic report bodies
 * (headings, numbered paragraphs, a table), deterministic by seed, written both as Agendum
 * content and as the equivalent Hugo site (one page per paper, one list page per meeting),
 * so both tools do the same work in the same run.
 *
 * <p>Usage: {@code CorpusGenerator <out-dir> [meetings=1000] [papers=5] [seed=1]} writes
 * {@code <out-dir>/agendum/content} and {@code <out-dir>/hugo}.
 */
public final class CorpusGenerator {

    private static final String[] COMMITTEES = {"cabinet", "planning-committee", "scrutiny-committee",
        "health-overview-scrutiny", "children-cabinet-committee", "environment-cabinet-committee",
        "licensing-committee", "pension-fund-committee", "audit-committee", "corporate-parenting-panel"};
    private static final String[] WORDS = ("council committee report budget school children services funding"
            + " placement review strategy consultation proposal decision member officer county district transport"
            + " planning education health social care housing highways waste library contract procurement"
            + " performance target outcome pressure demand capital revenue grant savings equality impact"
            + " assessment recommendation approve endorse note delegate authority director cabinet scrutiny").split(" ");

    private final Random random;
    private final Path agendum;
    private final Path hugo;

    CorpusGenerator(long seed, Path out) {
        this.random = new Random(seed);
        this.agendum = out.resolve("agendum/content");
        this.hugo = out.resolve("hugo");
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int meetings = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int papers = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        new CorpusGenerator(seed, out).write(meetings, papers);
        System.err.println("corpus: " + meetings + " meetings × " + papers + " papers in " + out);
    }

    void write(int meetings, int papers) throws IOException {
        writeSite();
        LocalDate date = LocalDate.of(2015, 1, 5);
        for (int i = 0; i < meetings; i++) {
            String committee = COMMITTEES[i % COMMITTEES.length];
            date = date.plusDays(i % COMMITTEES.length == 0 ? 7 : 0);
            writeMeeting(committee, date, papers);
        }
    }

    private void writeSite() throws IOException {
        write(agendum.resolve("site.yaml"), """
                title: Benchmark Council — committee papers
                publisher: Benchmark Council
                base_url: https://democracy.bench.example/
                contact:
                  name: Democratic Services
                """);
        for (String c : COMMITTEES) {
            write(agendum.resolve("committees/" + c + ".yaml"), "name: " + title(c) + "\nkind: other\n");
        }
        write(hugo.resolve("hugo.toml"), """
                baseURL = "https://democracy.bench.example/"
                title = "Benchmark Council — committee papers"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
                [markup.goldmark.renderer]
                unsafe = false
                """);
        write(hugo.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
                <body><main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        write(hugo.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.by }}</p>{{ .Content }}{{ end }}
                """);
        write(hugo.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>{{ end }}
                """);
        write(hugo.resolve("content/_index.md"), "---\ntitle: Meetings\n---\n");
    }

    private void writeMeeting(String committee, LocalDate date, int papers) throws IOException {
        String id = date + "-" + committee;
        Path folder = agendum.resolve("meetings/" + date.getYear() + "/" + id);
        StringBuilder yaml = new StringBuilder();
        yaml.append("committee: ").append(committee).append("\ndate: ").append(date)
                .append("\ntime: \"10:00\"\nvenue: Council Chamber, County Hall\nitems:\n");
        write(hugo.resolve("content/" + id + "/_index.md"),
                "---\ntitle: \"" + title(committee) + " " + date + "\"\ndate: " + date + "\n---\n");
        for (int p = 1; p <= papers; p++) {
            String slug = String.format("%02d-%s", p, slug(3));
            String title = sentence(6);
            yaml.append("  - number: \"").append(p).append("\"\n    title: \"").append(title).append("\"\n")
                    .append("    papers: [").append(slug).append(".md]\n");
            String body = body();
            write(folder.resolve(slug + ".md"), "---\ntitle: \"" + title + "\"\nby:\n  - A Director, Corporate Director\n"
                    + "summary: " + sentence(20) + "\nbackground_documents: []\n---\n" + body);
            write(hugo.resolve("content/" + id + "/" + slug + ".md"), "---\ntitle: \"" + title + "\"\ndate: " + date
                    + "\nby: A Director, Corporate Director\n---\n" + body);
        }
        write(folder.resolve("meeting.yaml"), yaml.toString());
    }

    private String body() {
        StringBuilder b = new StringBuilder();
        for (int s = 1; s <= 4; s++) {
            b.append("## ").append(s).append(". ").append(title(slug(2))).append("\n\n");
            for (int p = 1; p <= 3; p++) {
                b.append(s).append('.').append(p).append(' ').append(sentence(40 + random.nextInt(40))).append("\n\n");
            }
            if (s == 2) {
                b.append("| Service | 2017-18 £000 | 2018-19 £000 | Change |\n|---|---|---|---|\n");
                for (int r = 0; r < 8; r++) {
                    int a = 1000 + random.nextInt(9000);
                    int c = a + random.nextInt(800) - 300;
                    b.append("| ").append(title(slug(2))).append(" | ").append(a).append(" | ").append(c)
                            .append(" | ").append(c - a).append(" |\n");
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private String sentence(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i + 1 < words ? " " : ".");
        }
        return s.toString();
    }

    private String slug(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : "-").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private static String title(String slug) {
        String t = slug.replace('-', ' ');
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
