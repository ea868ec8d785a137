package org.agendum.build;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a live site folder holds, as site paths ({@code meetings/index.html}), for a full build
 * that brings it up to date in place: its files (links included, never followed) and its
 * folders, deepest first.
 */
final class LiveTree {

    private final Path root;
    private final Set<String> files;
    private final List<String> folders;

    private LiveTree(Path root, Set<String> files, List<String> folders) {
        this.root = root;
        this.files = files;
        this.folders = folders;
    }

    static LiveTree of(Path root) throws IOException {
        Path top = root.toAbsolutePath().normalize();
        Set<String> files = new HashSet<>();
        List<String> folders = new ArrayList<>();
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(sitePath(top, file));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                if (!dir.equals(top)) {
                    folders.add(sitePath(top, dir)); // after its contents: deepest first
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new LiveTree(top, files, folders);
    }

    private static String sitePath(Path top, Path p) {
        return top.relativize(p).toString().replace('\\', '/');
    }

    /**
     * Whether every output can be renamed into its place: none where a folder is, and none
     * below a file (a page that became a folder of pages, or the reverse). If not, the build
     * is staged instead.
     */
    boolean accepts(Collection<String> outputs) {
        Set<String> folderSet = new HashSet<>(folders);
        for (String path : outputs) {
            if (folderSet.contains(path)) {
                return false;
            }
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                if (files.contains(path.substring(0, slash))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Deletes every file that is not in {@code keep}, then every folder that leaves empty. */
    void deleteAllBut(Set<String> keep) throws IOException {
        for (String f : files) {
            if (!keep.contains(f)) {
                Files.deleteIfExists(root.resolve(f));
            }
        }
        for (String d : folders) {
            try {
                Files.deleteIfExists(root.resolve(d));
            } catch (DirectoryNotEmptyException e) {
                // holds outputs of this build
            }
        }
    }
}
