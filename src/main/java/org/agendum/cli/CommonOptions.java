package org.agendum.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The content folder option shared by check and build. */
final class CommonOptions {

    @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: content)")
    String content = "content";

    Path contentPath() {
        return Path.of(content);
    }
}
