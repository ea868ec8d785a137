package org.agendum.build.incremental;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.agendum.search.SearchService;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;

/** What a site's Lucene index holds, independent of segment layout: its live documents' stored fields, sorted. */
final class LuceneContents {

    private LuceneContents() {}

    static TreeSet<String> of(Path site) throws IOException {
        TreeSet<String> docs = new TreeSet<>();
        try (FSDirectory dir = FSDirectory.open(site.resolve(SearchService.LUCENE_DIR));
                DirectoryReader reader = DirectoryReader.open(dir)) {
            StoredFields stored = reader.storedFields();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live != null && !live.get(i)) {
                    continue;
                }
                Document d = stored.document(i);
                List<String> fields = new ArrayList<>();
                for (IndexableField f : d.getFields()) {
                    fields.add(f.name() + "=" + f.stringValue());
                }
                fields.sort(null);
                docs.add(String.join("\n", fields));
            }
        }
        return docs;
    }
}
