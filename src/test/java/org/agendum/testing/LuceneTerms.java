package org.agendum.testing;

import java.io.IOException;
import java.util.function.BiConsumer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Every term of every field of every segment of an index, deleted documents' included: what
 * the index files hold, not only what a search can find. For the leak tests.
 */
public final class LuceneTerms {

    private LuceneTerms() {}

    /** Calls {@code each} with (field, term) for every term in {@code reader}. */
    public static void forEach(IndexReader reader, BiConsumer<String, String> each) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            for (FieldInfo fi : leaf.reader().getFieldInfos()) {
                Terms terms = leaf.reader().terms(fi.name);
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    each.accept(fi.name, t.utf8ToString());
                }
            }
        }
    }
}
