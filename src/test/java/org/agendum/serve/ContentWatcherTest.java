package org.agendum.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.agendum.content.ContentChanges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change made while the callback runs is reported to it, and the callback runs again for
 * it, told which paths changed: each run exactly the ones since the last run started.
 */
class ContentWatcherTest {

    @Test
    void aChangeDuringTheCallbackIsSeenAndRunsItAgain(@TempDir Path dir) throws Exception {
        AtomicReference<ContentWatcher> watcher = new AtomicReference<>();
        AtomicInteger calls = new AtomicInteger();
        List<Boolean> changedSince = new CopyOnWriteArrayList<>();
        List<ContentChanges> told = new CopyOnWriteArrayList<>();
        CountDownLatch twice = new CountDownLatch(2);
        Consumer<ContentChanges> callback = changes -> {
            told.add(changes);
            if (calls.incrementAndGet() == 1) { // a second save lands while the first is being built
                try {
                    Files.writeString(dir.resolve("second.md"), "written during the build");
                    Thread.sleep(300);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            changedSince.add(watcher.get().changedSince());
            twice.countDown();
        };
        try (ContentWatcher w = new ContentWatcher(List.of(dir), callback)) {
            watcher.set(w);
            w.start();
            Files.writeString(dir.resolve("first.md"), "saved");
            assertThat(twice.await(20, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(300); // and no third run: nothing changed after the second
            assertThat(changedSince).containsExactly(true, false);
            assertThat(calls.get()).isEqualTo(2);
            Path first = dir.resolve("first.md");
            Path second = dir.resolve("second.md");
            assertThat(told).allMatch(ContentChanges::known);
            assertThat(told.get(0).mayHaveChanged(first)).isTrue();
            assertThat(told.get(0).mayHaveChanged(dir.resolve("untouched.md"))).isFalse();
            assertThat(told.get(1).mayHaveChanged(second)).isTrue();
            assertThat(told.get(1).mayHaveChanged(first)).as("told once, to the run after the save").isFalse();
        }
    }
}
