package org.agendum.build.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/** A file's size and modification time (to the nanosecond) as one string: "has anyone touched it since". */
public final class FileStamp {

    private FileStamp() {}

    /** The stamp of {@code file}, or null if it is not a regular file. */
    public static String of(Path file) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.isRegularFile() ? a.size() + ":" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) : null;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** The modification time in a stamp, in nanoseconds since the epoch. */
    static long modified(String stamp) {
        return Long.parseLong(stamp.substring(stamp.indexOf(':') + 1));
    }
}
