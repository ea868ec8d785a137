package org.agendum.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Publishes a build: everything is written to a fresh sibling folder, then swapped into
 * place with renames, so readers (and a failed build) never see a half-written site.
 */
public final class AtomicPublisher {

    private final Path out;

    public AtomicPublisher(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /**
     * A new, empty staging folder beside the output folder (same file system, so rename
     * works). With {@code sole} (this build holds the build cache's lock, so no other build
     * writes this output folder), staging and old-site folders left beside it by a build that
     * was killed, or whose old site could not be deleted, go first.
     */
    public Path newStaging(boolean sole) throws IOException {
        Path parent = out.getParent();
        Files.createDirectories(parent);
        if (sole) {
            clearLeftovers();
        }
        return Files.createTempDirectory(parent, hidden("staging"));
    }

    /**
     * Deletes the staging and old-site folders that a killed build, or an old site that could
     * not be deleted, left beside the output folder. Only for a build that holds the build
     * cache's lock: another build's staging folder may be in use.
     */
    void clearLeftovers() throws IOException {
        String staging = hidden("staging");
        String old = hidden("old");
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(out.getParent(),
                p -> p.getFileName().toString().startsWith(staging) || p.getFileName().toString().startsWith(old))) {
            for (Path leftover : siblings) {
                deleteTree(leftover);
            }
        }
    }

    /** The name prefix of this output folder's hidden siblings of one kind: {@code .site.staging-}. */
    private String hidden(String kind) {
        return "." + out.getFileName() + "." + kind + "-";
    }

    /**
     * Replaces the output folder with {@code staging}. Returns the old site, moved aside to a
     * hidden sibling folder, for {@link #deleteOld} (null if there was none).
     */
    public Path swap(Path staging) throws IOException {
        Path old = null;
        if (Files.exists(out)) {
            old = Files.createTempDirectory(out.getParent(), hidden("old"));
            Files.delete(old);
            move(out, old);
        }
        try {
            move(staging, out);
        } catch (IOException e) {
            if (old != null) {
                move(old, out); // put the previous site back
            }
            throw e;
        }
        return old;
    }

    /**
     * Deletes a replaced site. Failing to is not the build's failure, as the new site is live:
     * a leftover hidden folder costs only disk space, and the next full build removes it
     * ({@link #newStaging}). (Deleting it on a thread of its own while the build cache was
     * written was measured slower on the benchmark volume: the two compete for the disk.)
     */
    public static void deleteOld(Path old) {
        if (old == null) {
            return;
        }
        try {
            deleteTree(old);
        } catch (IOException | RuntimeException e) {
            // see above: left for the next full build
        }
    }

    /** Removes a staging folder after a failed build. */
    public void discard(Path staging) {
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // a leftover hidden staging folder is harmless and is ignored by the next build
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Deletes a replaced site or a failed staging folder. Files go from four threads at once:
     * the time is the file system's (freeing blocks, discards), not CPU, and on the benchmark
     * machine four deleters took 13,000 files in two thirds of the time one did.
     */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                dirs.add(dir); // children before parents
                return FileVisitResult.CONTINUE;
            }
        });
        ForkJoinPool deleters = new ForkJoinPool(DELETERS);
        try {
            deleters.submit(() -> files.parallelStream().forEach(AtomicPublisher::deleteFile)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while deleting " + root, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause()
                    : new IOException("cannot delete " + root + ": " + e.getCause(), e.getCause());
        } finally {
            deleters.shutdown();
        }
        for (Path dir : dirs) {
            Files.delete(dir);
        }
    }

    private static final int DELETERS = 4;

    private static void deleteFile(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
