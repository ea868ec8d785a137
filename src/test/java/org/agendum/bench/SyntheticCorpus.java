package org.agendum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic content folder for benchmarks: committees, meetings of ten papers each,
 * bodies drawn from a Zipf-distributed vocabulary of council words and made-up ones, a
 * third of papers long enough to be split into sections. The same seed gives the same
 * folder, byte for byte. Not a test: run through bench/search.sh.
 */
public final class SyntheticCorpus {

    static final String[] COUNCIL_WORDS = ("school transport budget children education adoption foster care social "
            + "services council committee cabinet member report decision key consultation strategy plan annual review "
            + "performance scorecard rates charges payments allowance contract procurement framework provider market "
            + "commissioning expansion admission number pupils places grammar academy trust governors teachers staff "
            + "funding grant revenue capital spending savings pressure risk equality impact assessment legal financial "
            + "implications recommendation endorse approve agree delegate director officer head service team partnership "
            + "health wellbeing mental safeguarding vulnerable learners attainment progress outcomes inspection ofsted "
            + "highways roads traffic crossing pedestrian cycling bus route parking library museum heritage culture "
            + "housing planning development land disposal property asset depot waste recycling environment climate "
            + "carbon energy flooding drainage community parish district county borough town village rural urban youth "
            + "employment skills apprenticeship training college university adult learning disability autism special "
            + "needs transition placement residential home family support early help prevention intervention domestic "
            + "abuse exploitation missing leaving care leavers corporate parenting panel scrutiny select minutes agenda "
            + "item apologies substitutes declarations interests motion resolved carried unanimously").split(" ");

    private final SplittableRandom random;
    private final String[] vocabulary;
    private final double[] cumulative;

    SyntheticCorpus(long seed, int madeUpWords) {
        this.random = new SplittableRandom(seed);
        List<String> words = new ArrayList<>(List.of(COUNCIL_WORDS));
        SplittableRandom names = new SplittableRandom(seed ^ 0x5DEECE66DL);
        String consonants = "bcdfghjklmnprstvw";
        String vowels = "aeiou";
        for (int i = 0; i < madeUpWords; i++) {
            StringBuilder w = new StringBuilder();
            int syllables = 2 + names.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                w.append(consonants.charAt(names.nextInt(consonants.length())))
                        .append(vowels.charAt(names.nextInt(vowels.length())));
            }
            words.add(w.toString());
        }
        vocabulary = words.toArray(String[]::new);
        cumulative = new double[vocabulary.length];
        double sum = 0;
        for (int i = 0; i < vocabulary.length; i++) {
            sum += 1.0 / Math.pow(i + 1, 1.05);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    String word() {
        double u = random.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return vocabulary[lo];
    }

    String sentence() {
        int n = 8 + random.nextInt(14);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = word();
            sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i + 1 < n ? " " : ".");
        }
        return sb.toString();
    }

    String paragraph() {
        int n = 2 + random.nextInt(5);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? " " : "").append(sentence());
        }
        return sb.toString();
    }

    /** Writes the corpus; returns the content folder. */
    public static Path write(Path dir, int papers, long seed) throws IOException {
        SyntheticCorpus c = new SyntheticCorpus(seed, 6000);
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("committees"));
        Files.writeString(content.resolve("site.yaml"), """
                title: Synthetic Council — committee papers
                publisher: Synthetic Council
                base_url: https://democracy.synthetic.example/
                contact:
                  name: Democratic Services
                  email: democratic.services@synthetic.example
                """);
        int committees = 12;
        for (int k = 0; k < committees; k++) {
            Files.writeString(content.resolve("committees/committee-" + k + ".yaml"),
                    "name: Committee " + k + " on " + c.word() + " and " + c.word() + "\nkind: cabinet-committee\n");
        }
        int perMeeting = 10;
        LocalDate day = LocalDate.of(2010, 1, 4);
        for (int m = 0; m * perMeeting < papers; m++) {
            String committee = "committee-" + (m % committees);
            day = day.plusDays(1 + c.random.nextInt(3));
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            String id = day + "-" + committee;
            Path folder = content.resolve("meetings/" + day.getYear() + "/" + id);
            if (Files.exists(folder)) {
                day = day.plusDays(1);
                m--;
                continue;
            }
            Files.createDirectories(folder);
            StringBuilder yaml = new StringBuilder("committee: " + committee + "\ndate: " + day
                    + "\ntime: \"10:00\"\nvenue: Council Chamber, County Hall\nitems:\n");
            for (int p = 0; p < perMeeting && m * perMeeting + p < papers; p++) {
                String slug = String.format("%02d-%s-%s", p + 1, c.word(), c.word());
                String title = c.sentence().replace(".", "");
                yaml.append("  - number: \"").append(p + 1).append("\"\n    title: ").append(title)
                        .append("\n    papers:\n      - ").append(slug).append(".md\n");
                StringBuilder body = new StringBuilder("---\ntitle: ").append(title)
                        .append("\nsummary: ").append(c.sentence()).append("\n---\n");
                boolean longPaper = c.random.nextInt(3) == 0;
                int sections = longPaper ? 6 + c.random.nextInt(6) : 2;
                for (int s = 0; s < sections; s++) {
                    body.append("\n## ").append(s + 1).append(". ").append(c.word()).append(' ').append(c.word()).append("\n\n");
                    int paras = longPaper ? 2 + c.random.nextInt(3) : 1 + c.random.nextInt(2);
                    for (int q = 0; q < paras; q++) {
                        body.append(c.paragraph()).append("\n\n");
                    }
                }
                Files.writeString(folder.resolve(slug + ".md"), body.toString());
            }
            Files.writeString(folder.resolve("meeting.yaml"), yaml.toString());
        }
        return content;
    }

    /** Query words: uniform over the 2,000 most frequent words, so common and rarer words both occur. */
    static List<String> sampleWords(long seed, int n) {
        SyntheticCorpus q = new SyntheticCorpus(seed, 6000);
        SplittableRandom pick = new SplittableRandom(seed + 1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(q.vocabulary[pick.nextInt(2000)]);
        }
        return out;
    }
}
