package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.agendum.search.SearchFixture;
import org.junit.jupiter.api.Test;

/** {@code agendum search}: the line format on stdout, counts on stderr, exit codes. */
class SearchCommandTest {

    private static CliRunner.Run search(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "search";
        all[1] = "--site";
        all[2] = SearchFixture.site().toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRunner.run(all);
    }

    @Test
    void printsUrlTitleAndSnippetSeparatedByTabsAndCountsOnStderr() {
        CliRunner.Run run = search(SearchFixture.PDF_ONLY_WORD);
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("https://democracy.test.example/meetings/2019/2019-05-10-other-committee/"
                + "01-appendix-survey.pdf\tAppendix A – traffic survey\t"
                + "Traffic survey results. The xylophonist crossed at the junction.\n");
        assertThat(run.err()).isEqualTo("search: 1 hit\n");
    }

    @Test
    void everyLineHasExactlyThreeFieldsBestFirst() {
        CliRunner.Run run = search("zebra", "crossings");
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        String[] lines = run.out().split("\n");
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(3));
        assertThat(lines[0]).contains("Zebra crossings near schools");
    }

    @Test
    void filtersNarrow() {
        CliRunner.Run all = search("--from", "2000-01-01", "");
        CliRunner.Run other = search("--committee", "other-committee", "--type", "item", "");
        CliRunner.Run dated = search("--from", "2019-01-01", "--to", "2019-12-31", "");
        assertThat(other.out().split("\n").length).isLessThan(all.out().split("\n").length);
        assertThat(other.out()).contains("#item-").doesNotContain("test-committee");
        assertThat(dated.out()).doesNotContain("2018-");
    }

    @Test
    void noHitsIsNoLinesAndExitZero() {
        for (String canary : SearchFixture.CANARIES) {
            CliRunner.Run run = search(canary);
            assertThat(run.exit()).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("search: 0 hits\n");
        }
    }

    @Test
    void aRefusedQueryIsAUsageErrorWithItsReason() {
        CliRunner.Run run = search("*ing");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("search: a word cannot start with *");
        assertThat(search("--from", "last week", "x").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aSiteWithoutAnIndexSaysToBuild(@org.junit.jupiter.api.io.TempDir Path empty) {
        CliRunner.Run run = CliRunner.run("search", "--site", empty.toString(), "x");
        assertThat(run.exit()).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(run.err()).contains("run agendum build first").doesNotContain("\tat ");
    }
}
