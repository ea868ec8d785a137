package org.agendum.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Fixture sites for tests: the valid base site, overlays of invalid cases, golden files. */
public final class Fixtures {

    public static final Path RESOURCES = Path.of("src/test/resources");
    public static final Path MINIMAL = RESOURCES.resolve("sites/minimal");
    public static final Path INVALID = RESOURCES.resolve("sites-invalid");
    /** Run the tests with -Dagendum.updateGolden=true to rewrite golden files after a reviewed change. */
    public static final boolean UPDATE_GOLDEN = Boolean.getBoolean("agendum.updateGolden");

    private Fixtures() {}

    /** Copies {@code from} into {@code to}, replacing files that exist. */
    public static void copyTree(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The minimal site with an invalid case's files laid over it, in {@code dir}; returns its content folder. */
    public static Path minimalWith(String invalidCase, Path dir) {
        copyTree(MINIMAL, dir);
        if (invalidCase != null) {
            copyTree(INVALID.resolve(invalidCase), dir);
        }
        return dir.resolve("content");
    }

    /** Compares {@code actual} with the golden file, or rewrites it when updating. */
    public static String golden(Path file, String actual) {
        try {
            if (UPDATE_GOLDEN || !Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual);
                if (!UPDATE_GOLDEN) {
                    throw new AssertionError("golden file " + file + " was missing and has been written; review it");
                }
            }
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
