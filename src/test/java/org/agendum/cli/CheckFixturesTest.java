package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.agendum.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every invalid fixture (the minimal site with one kind of breakage laid over it) gives
 * exactly the diagnostics in its expected.txt, compared whole, and the exit code it names.
 */
class CheckFixturesTest {

    static Stream<String> invalidCases() throws IOException {
        try (Stream<Path> s = Files.list(Fixtures.INVALID)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void invalidSiteGivesItsExpectedDiagnostics(String name, @TempDir Path tmp) {
        Path content = Fixtures.minimalWith(name, tmp);
        String actual = transcript(content, "check");
        String expected = Fixtures.golden(Fixtures.INVALID.resolve(name).resolve("expected.txt"), actual);
        assertThat(actual).isEqualTo(expected);
        assertThat(actual).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void minimalSitePassesStrictCheck(@TempDir Path tmp) {
        Path content = Fixtures.minimalWith(null, tmp);
        CliRunner.Run run = CliRunner.run("check", "--strict", "--content", content.toString());
        assertThat(run.out()).startsWith("0 errors, 0 warnings;");
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void warningsFailOnlyWithStrict(@TempDir Path tmp) {
        Path content = Fixtures.minimalWith("clear-days", tmp);
        assertThat(CliRunner.run("check", "--content", content.toString()).exit()).isEqualTo(ExitCodes.OK);
        assertThat(CliRunner.run("check", "--strict", "--content", content.toString()).exit())
                .isEqualTo(ExitCodes.CONTENT_ERRORS);
    }

    /** The check output with the temporary folder shown as "content", plus the exit code. */
    static String transcript(Path content, String command) {
        CliRunner.Run run = CliRunner.run(command, "--content", content.toString());
        return run.out().replace(content.toString(), "content") + "exit: " + run.exit() + "\n";
    }
}
