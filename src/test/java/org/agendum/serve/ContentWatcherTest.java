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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change made while the callback runs is reported to it, and the callback runs again for it. */
class ContentWatcherTest {

    @Test
    void aChangeDuringTheCallbackIsSeenAndRunsItAgain(@TempDir Path dir) throws Exception {
        AtomicReference<ContentWatcher> watcher = new AtomicReference<>();
        AtomicInteger calls = new AtomicInteger();
        List<Boolean> changedSince = new CopyOnWriteArrayList<>();
        CountDownLatch twice = new CountDownLatch(2);
        Runnable callback = () -> {
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
        }
    }
}
