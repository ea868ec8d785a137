package org.agendum.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The files under the content folder, never following links: a symbolic link could point
 * anywhere on the build machine, so it is reported and skipped, never read.
 */
final class ContentTree {

    static final int MAX_FILES = 200_000;
    /** How deep the walk goes: a file further down is never listed. */
    static final int MAX_DEPTH = 16;

    private ContentTree() {}

    /** Regular files, relative to {@code root}, sorted; problems reported. */
    static List<Path> list(Path root, Display display, Diagnostics diagnostics) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH,
                new FileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String name = file.getFileName().toString();
                        if (name.startsWith(".")) {
                            return FileVisitResult.CONTINUE;
                        }
                        // not following links, the walk read attrs without following them
                        // (lstat): a second look per file was one more system call for each
                        if (attrs.isSymbolicLink()) {
                            diagnostics.error(display.of(file).atLine(1, 1), "symbolic links are not allowed in"
                                    + " the content folder (they can point outside it); copy the file in instead");
                        } else if (attrs.isDirectory() && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                            diagnostics.error(display.of(file).atLine(1, 1), "not a regular file or folder");
                        } else if (attrs.isRegularFile()) {
                            if (files.size() >= MAX_FILES) {
                                diagnostics.error(display.of(root).atLine(1, 1), "more than " + MAX_FILES
                                        + " files in the content folder");
                                return FileVisitResult.TERMINATE;
                            }
                            files.add(root.relativize(file));
                        } else if (attrs.isOther()) {
                            diagnostics.error(display.of(file).atLine(1, 1), "not a regular file");
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) {
                        diagnostics.error(display.of(file).atLine(1, 1), "cannot read: "
                                + exc.getClass().getSimpleName());
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                        return FileVisitResult.CONTINUE;
                    }
                });
        Collections.sort(files);
        return files;
    }

    /** Whether the walk skips {@code rel}: it or a folder on its way starts with a dot. */
    static boolean hidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
