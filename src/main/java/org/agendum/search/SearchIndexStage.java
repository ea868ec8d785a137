package org.agendum.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.agendum.model.KeptFiles;
import org.agendum.model.PublishedSite;
import org.agendum.model.RenderedFile;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * The index stage of the build: published site → search documents → the Lucene index
 * (for {@code agendum serve} and {@code agendum search}) and the static index (for plain
 * static hosting), both as files for the build's one atomic publish. Nothing is written to
 * disk here.
 */
public final class SearchIndexStage {

    private SearchIndexStage() {}

    /** Whether a site path is one of this stage's files: all sit under {@code _search/}. */
    public static boolean holds(String path) {
        return path.startsWith("_search/");
    }

    /** What the stage made, and how much of the previous index it could keep. */
    public record Output(List<RenderedFile> files, int documents, LuceneIndexWriter.Stats stats) {
        public Output {
            files = List.copyOf(files);
        }
    }

    /**
     * @param previousSite the output folder of the last build, whose Lucene index is updated
     *                     by path rather than rebuilt (null or missing: build from scratch)
     * @param kept         the static fragments that need not be made again ({@link StaticIndexWriter})
     */
    public static Output run(PublishedSite site, AttachmentText attachments, Path previousSite, KeptFiles kept)
            throws IOException {
        List<SearchDoc> docs = SearchDocuments.of(site, attachments);
        String baseUrl = site.site().baseUrl();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            copyPrevious(previousSite, dir);
            LuceneIndexWriter.Written written = LuceneIndexWriter.written(dir, docs, baseUrl);
            List<RenderedFile> files = new ArrayList<>(export(dir, SearchService.LUCENE_DIR + "/"));
            try (DirectoryReader index = DirectoryReader.open(dir)) {
                files.addAll(StaticIndexWriter.write(docs, index, baseUrl, kept, written.digests()));
            }
            return new Output(files, docs.size(), written.stats());
        }
    }

    private static void copyPrevious(Path previousSite, ByteBuffersDirectory into) {
        if (previousSite == null) {
            return;
        }
        Path old = previousSite.resolve(SearchService.LUCENE_DIR);
        if (!Files.isDirectory(old)) {
            return;
        }
        try (Directory from = FSDirectory.open(old)) {
            if (!DirectoryReader.indexExists(from)) {
                return;
            }
            for (String name : from.listAll()) {
                into.copyFrom(from, name, name, IOContext.DEFAULT);
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable old index is only a lost shortcut: start again from nothing.
            try {
                for (String name : into.listAll()) {
                    into.deleteFile(name);
                }
            } catch (IOException ignored) {
                // an in-memory directory cannot fail to delete
            }
        }
    }

    static List<RenderedFile> export(Directory dir, String prefix) throws IOException {
        String[] names = dir.listAll();
        Arrays.sort(names);
        List<RenderedFile> out = new ArrayList<>();
        for (String name : names) {
            if (name.equals("write.lock")) {
                continue;
            }
            try (IndexInput in = dir.openInput(name, IOContext.READONCE)) {
                byte[] bytes = new byte[Math.toIntExact(in.length())];
                in.readBytes(bytes, 0, bytes.length);
                out.add(new RenderedFile(prefix + name, bytes));
            }
        }
        return out;
    }
}
