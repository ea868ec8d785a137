package org.agendum.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.agendum.model.Digests;
import org.agendum.model.RenderedFile;

/**
 * The theme's static files ({@code <theme>/assets/}), published under names carrying a hash
 * of their bytes ({@code assets/site.3f9a0c12d4.css}) so they can be cached for ever: a
 * changed stylesheet gets a new name. Templates look names up by the file's own name,
 * {@code ${root}${assets["site.css"]}}.
 */
public final class ThemeAssets {

    private final Map<String, String> urls;
    private final List<RenderedFile> files;

    private ThemeAssets(Map<String, String> urls, List<RenderedFile> files) {
        this.urls = urls;
        this.files = files;
    }

    public static ThemeAssets load(Path themeDir) throws IOException {
        Path dir = themeDir.resolve("assets");
        Map<String, String> urls = new TreeMap<>();
        List<RenderedFile> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new ThemeAssets(Map.of(), List.of());
        }
        List<Path> paths;
        try (Stream<Path> s = Files.list(dir)) {
            paths = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : paths) {
            String name = p.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(p);
            String url = "assets/" + fingerprinted(name, bytes);
            urls.put(name, url);
            files.add(new RenderedFile(url, bytes));
        }
        return new ThemeAssets(Map.copyOf(urls), List.copyOf(files));
    }

    /** {@code site.css} → {@code site.<first 10 hex digits of SHA-256>.css}. */
    static String fingerprinted(String name, byte[] bytes) {
        String hash = HexFormat.of().formatHex(Digests.sha256().digest(bytes)).substring(0, 10);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + "." + hash : name.substring(0, dot) + "." + hash + name.substring(dot);
    }

    /** File name → published path, for templates. */
    public Map<String, String> urls() {
        return new TreeMap<>(urls);
    }

    public List<RenderedFile> files() {
        return files;
    }
}
