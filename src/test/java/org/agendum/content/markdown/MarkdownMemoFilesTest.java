package org.agendum.content.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memo on disk as shards: a rebuild writes only the shards whose values changed, reads
 * back exactly the values last written, and anything it cannot trust (another code's files,
 * a damaged file, a build that stopped before committing) costs time, never a wrong value.
 */
class MarkdownMemoFilesTest {

    private static final MarkdownProcessor PROCESSOR = new MarkdownProcessor();
    private static final MarkdownReader NEVER = (s, m) -> {
        throw new AssertionError("should have been remembered: " + s);
    };

    @TempDir
    Path dir;

    /** 200 papers' bodies: enough to fill most of the 64 shards. */
    private static List<String> bodies() {
        return IntStream.range(0, 200).mapToObj(i -> "# Paper " + i + "\n\nThe report of paper " + i + ".\n").toList();
    }

    private static MarkdownMemo read(MarkdownMemo memo, List<String> sources) {
        sources.forEach(s -> memo.process(s, false));
        return memo;
    }

    private Map<String, FileTime> files() throws IOException {
        Map<String, FileTime> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.toList()) {
                out.put(f.getFileName().toString(), Files.getLastModifiedTime(f));
            }
        }
        return out;
    }

    @Test
    void oneChangedValueRewritesOnlyTheShardsItLeftAndEntered() throws IOException {
        List<String> before = bodies();
        MarkdownMemoFiles.open(dir, "code").write(read(new MarkdownMemo(PROCESSOR), before), Set.copyOf(before)).commit();
        Map<String, FileTime> first = files();
        assertThat(first.size()).isGreaterThan(50).isLessThanOrEqualTo(MarkdownMemoFiles.SHARDS);
        for (Path f : first.keySet().stream().map(dir::resolve).toList()) { // so a rewrite would show
            Files.setLastModifiedTime(f, FileTime.fromMillis(0));
        }

        List<String> after = new java.util.ArrayList<>(before);
        after.set(7, before.get(7) + "\nAmended.\n");
        MarkdownMemoFiles files = MarkdownMemoFiles.open(dir, "code");
        MarkdownMemo memo = read(files.memo(PROCESSOR), after);
        assertThat(memo.misses()).isEqualTo(1);
        MarkdownMemoFiles.Pending pending = files.write(memo, Set.copyOf(after));
        assertThat(pending.written()).isBetween(1, 2);
        pending.commit();

        Map<String, FileTime> second = files();
        Set<String> rewritten = new HashSet<>(second.keySet());
        rewritten.removeAll(first.keySet());
        assertThat(rewritten).hasSize(pending.written());
        second.forEach((name, time) -> {
            if (!rewritten.contains(name)) {
                assertThat(time).as(name + " untouched").isEqualTo(FileTime.fromMillis(0));
            }
        });
        MarkdownMemo again = read(MarkdownMemoFiles.open(dir, "code").memo(NEVER), after);
        assertThat(again.hits()).isEqualTo(after.size());
        MarkdownMemo old = MarkdownMemoFiles.open(dir, "code").memo(PROCESSOR);
        old.process(before.get(7), false);
        assertThat(old.misses()).as("the replaced value is gone").isEqualTo(1);
    }

    @Test
    void anUncommittedWriteLeavesTheFolderAsItWasAndItsStraysGoWithTheNextCommit() throws IOException {
        List<String> bodies = bodies();
        MarkdownMemoFiles.open(dir, "code").write(read(new MarkdownMemo(PROCESSOR), bodies), Set.copyOf(bodies)).commit();
        Map<String, FileTime> before = files();

        List<String> others = bodies.stream().map(b -> b + "Other.\n").toList();
        MarkdownMemoFiles.Pending stopped = MarkdownMemoFiles.open(dir, "code")
                .write(read(new MarkdownMemo(PROCESSOR), others), Set.copyOf(others));
        assertThat(stopped.written()).isGreaterThan(0);
        read(MarkdownMemoFiles.open(dir, "code").memo(NEVER), bodies); // the temporary files are not read
        stopped.discard();
        assertThat(files()).isEqualTo(before);

        // a build that died without even discarding leaves temporary files: the next commit removes them
        MarkdownMemoFiles.open(dir, "code").write(read(new MarkdownMemo(PROCESSOR), others), Set.copyOf(others));
        MarkdownMemoFiles.open(dir, "code").write(read(new MarkdownMemo(PROCESSOR), bodies), Set.copyOf(bodies)).commit();
        assertThat(files().keySet()).isEqualTo(before.keySet());
    }

    @Test
    void filesOfOtherCodeOrDamagedOnesAreMadeAgainAndReplaced() throws IOException {
        List<String> bodies = bodies();
        MarkdownMemoFiles.open(dir, "old code").write(read(new MarkdownMemo(PROCESSOR), bodies), Set.copyOf(bodies))
                .commit();
        MarkdownMemo other = read(MarkdownMemoFiles.open(dir, "new code").memo(PROCESSOR), bodies);
        assertThat(other.hits()).isZero();

        MarkdownMemoFiles.open(dir, "new code").write(other, Set.copyOf(bodies)).commit();
        List<Path> written;
        try (Stream<Path> list = Files.list(dir)) {
            written = list.sorted().toList();
        }
        Path damaged = written.get(0);
        byte[] bytes = Files.readAllBytes(damaged);
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        MarkdownMemo memo = read(MarkdownMemoFiles.open(dir, "new code").memo(PROCESSOR), bodies);
        assertThat(memo.misses()).as("the damaged shard's values only").isPositive().isLessThan(bodies.size() / 10);
        assertThat(memo.hits() + memo.misses()).isEqualTo(bodies.size());
        for (String b : bodies) {
            assertThat(memo.process(b, false)).isEqualTo(PROCESSOR.process(b, false));
        }
    }
}
