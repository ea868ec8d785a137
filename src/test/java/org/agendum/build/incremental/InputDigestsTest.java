package org.agendum.build.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDigestsTest {

    @TempDir
    Path dir;

    @Test
    void aFileWhoseStampIsUnchangedKeepsItsRecordedDigestAndAnyOtherIsHashed() throws Exception {
        Path old = dir.resolve("old.md");
        Path edited = dir.resolve("edited.md");
        Files.writeString(old, "unchanged");
        Files.writeString(edited, "before");
        Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");
        Files.setLastModifiedTime(old, FileTime.from(longAgo));
        Files.setLastModifiedTime(edited, FileTime.from(longAgo));

        InputDigests.Result first = InputDigests.of(Map.of("content/", dir), BuildManifest.EMPTY);
        assertThat(first.digests()).containsEntry("content/old.md", Hashes.of("unchanged"));
        assertThat(first.stamps()).containsKeys("content/old.md", "content/edited.md");

        // a recorded digest that is not the file's: only reusing the record can give it back
        Map<String, String> recorded = new java.util.TreeMap<>(first.digests());
        recorded.put("content/old.md", "recorded");
        BuildManifest previous = new BuildManifest(BuildManifest.FORMAT, "", recorded, first.stamps(), Map.of(), Map.of(), "", Map.of());
        Files.writeString(edited, "after, and longer");
        Files.setLastModifiedTime(edited, FileTime.from(longAgo.plusSeconds(60)));

        InputDigests.Result second = InputDigests.of(Map.of("content/", dir), previous);
        assertThat(second.digests()).containsEntry("content/old.md", "recorded")
                .containsEntry("content/edited.md", Hashes.of("after, and longer"));
    }

    @Test
    void aFileModifiedJustNowIsNotStampedSoItIsHashedNextTimeToo() throws Exception {
        Path fresh = dir.resolve("fresh.md");
        Files.writeString(fresh, "text");
        InputDigests.Result r = InputDigests.of(Map.of("content/", dir), BuildManifest.EMPTY);
        assertThat(r.digests()).containsEntry("content/fresh.md", Hashes.of("text"));
        assertThat(r.stamps()).doesNotContainKey("content/fresh.md");
    }
}
