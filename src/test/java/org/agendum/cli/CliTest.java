package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and streams of the commands, as other tools rely on them. */
class CliTest {

    @TempDir
    Path tmp;

    @Test
    void unknownOptionIsAUsageError() {
        CliRunner.Run run = CliRunner.run("check", "--no-such-option");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--no-such-option");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(CliRunner.run().exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void badNowIsAUsageError() {
        Path content = Fixtures.minimalWith(null, tmp.resolve("in"));
        CliRunner.Run run = CliRunner.run("build", "--content", content.toString(), "--now", "yesterday",
                "--out", tmp.resolve("out").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--now must be an ISO 8601 instant");
    }

    @Test
    void buildWithContentErrorsLeavesThePreviousSiteIntact() throws IOException {
        Path content = Fixtures.minimalWith(null, tmp.resolve("in"));
        Path out = tmp.resolve("site");
        CliRunner.Run first = CliRunner.run("build", "--content", content.toString(), "--out", out.toString(),
                "--templates", "templates", "--now", "2026-01-01T00:00:00Z", "--no-pdf");
        assertThat(first.exit()).as(first.err()).isEqualTo(ExitCodes.OK);
        byte[] before = Files.readAllBytes(out.resolve("index.html"));

        Files.writeString(content.resolve("committees/test-committee.yaml"), "nmae: broken\n");
        CliRunner.Run second = CliRunner.run("build", "--content", content.toString(), "--out", out.toString(),
                "--templates", "templates", "--now", "2026-01-01T00:00:00Z", "--no-pdf");
        assertThat(second.exit()).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(second.err()).contains("committees/test-committee.yaml:1:1: error: unknown key `nmae`")
                .contains("is unchanged").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(out.resolve("index.html"))).isEqualTo(before);
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).doesNotContain(".site.staging");
        }
    }

    @Test
    void unexpectedFailureIsOneLineWithTheTraceFile() throws IOException {
        CommandLine cmd = new CommandLine(new Main());
        java.io.StringWriter err = new java.io.StringWriter();
        cmd.setErr(new java.io.PrintWriter(err));
        int code = new CrashReporter().handleExecutionException(
                new IllegalStateException("boom", new java.io.IOException("disk on fire")), cmd, null);
        assertThat(code).isEqualTo(ExitCodes.INTERNAL);
        String line = err.toString().strip();
        assertThat(line).startsWith("agendum: internal error: IOException: disk on fire (full trace in ")
                .doesNotContain("\n").doesNotContain("\tat ");
        // the trace is where the line says, and the test leaves no crash file behind
        Path trace = Path.of(line.substring(line.indexOf("full trace in ") + "full trace in ".length(), line.lastIndexOf(')')));
        try {
            assertThat(Files.readString(trace)).contains("IllegalStateException: boom").contains("disk on fire");
        } finally {
            Files.deleteIfExists(trace);
        }
    }

    @Test
    void symbolicLinksAreRefusedNotFollowed() throws IOException {
        Path content = Fixtures.minimalWith(null, tmp.resolve("in"));
        Path secret = Files.writeString(tmp.resolve("secret.md"), "---\ntitle: Secret\n---\nCanary.\n");
        Files.createSymbolicLink(content.resolve("meetings/2018/2018-03-08-test-committee/04-linked.md"), secret);
        String transcript = CheckFixturesTest.transcript(content, "check");
        assertThat(transcript).isEqualTo(
                "content/meetings/2018/2018-03-08-test-committee/04-linked.md:1:1: error: symbolic links are not"
                        + " allowed in the content folder (they can point outside it); copy the file in instead\n"
                        + "1 error, 0 warnings\nexit: 1\n");
    }

    @Test
    void aLinkedFolderIsRefusedNotFollowed() throws IOException {
        Path content = Fixtures.minimalWith(null, tmp.resolve("in"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("meeting.yaml"), "committee: secret\n");
        Files.createSymbolicLink(content.resolve("meetings/2018/2018-03-09-linked"), elsewhere);
        String transcript = CheckFixturesTest.transcript(content, "check");
        assertThat(transcript).isEqualTo(
                "content/meetings/2018/2018-03-09-linked:1:1: error: symbolic links are not"
                        + " allowed in the content folder (they can point outside it); copy the file in instead\n"
                        + "1 error, 0 warnings\nexit: 1\n");
    }

    @Test
    void hugeLinesAreReadAndHugeFilesRefusedWithADiagnostic() throws IOException {
        Path content = Fixtures.minimalWith(null, tmp.resolve("in"));
        String meeting = "meetings/2018/2018-03-08-test-committee/";
        Files.writeString(content.resolve(meeting + "03-rates.md"),
                "---\ntitle: Rates\n---\n" + "word ".repeat(600_000) + "\n");
        assertThat(CliRunner.run("check", "--content", content.toString()).exit()).isEqualTo(ExitCodes.OK);

        Files.writeString(content.resolve(meeting + "03-rates.md"),
                "---\ntitle: Rates\n---\n" + "line\n".repeat(2_000_000));
        String transcript = CheckFixturesTest.transcript(content, "check");
        assertThat(transcript).startsWith("content/" + meeting + "03-rates.md:1:1: error: file is 10000021 bytes;"
                + " text files must be under 8388608 bytes (split it into several papers)\n");
    }
}
