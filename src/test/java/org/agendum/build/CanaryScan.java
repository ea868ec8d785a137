package org.agendum.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agendum.search.SearchRequest;
import org.agendum.search.SearchService;
import org.agendum.testing.LuceneTerms;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Finds canary words (anything starting "canar", lower-cased) in a built site, everywhere a
 * reader could meet them: file and folder names; every file's raw bytes (calendars also
 * unfolded); the text of every PDF (extracted, also with line breaks closed up) and every
 * string, name and decoded stream in its object graph (metadata, outline, link targets); the
 * Lucene index's terms and stored values; and what the search service answers for each
 * planted word. Stemmed forms count: the prefix survives the analyser. Returns each word
 * found with the places it was found.
 */
final class CanaryScan {

    static final Pattern WORD = Pattern.compile("canar[a-z0-9]*");

    private final Path site;
    private final Map<String, SortedSet<String>> found = new TreeMap<>();

    private CanaryScan(Path site) {
        this.site = site;
    }

    /**
     * @param planted  the canary words of the content, each also asked of the search service
     * @param rawIndex whether to scan the Lucene files' raw bytes too (their compression
     *                 shares prefixes between terms, so they show fragments, not whole words)
     */
    static Map<String, SortedSet<String>> scan(Path site, Set<String> planted, boolean rawIndex) throws IOException {
        CanaryScan s = new CanaryScan(site);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.sorted().toList();
        }
        for (Path p : files) {
            String rel = site.relativize(p).toString();
            s.words(rel.toLowerCase(Locale.ROOT), "name " + rel);
            if (!Files.isRegularFile(p)) {
                continue;
            }
            boolean lucene = rel.startsWith(SearchService.LUCENE_DIR + "/");
            if (!lucene || rawIndex) {
                String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                s.words(bytes, "bytes " + rel);
                if (rel.endsWith(".ics")) { // iCalendar folds long lines, possibly inside a word
                    s.words(bytes.replace("\r\n ", "").replace("\r\n\t", ""), "bytes " + rel);
                }
            }
            if (rel.endsWith(".pdf")) {
                s.pdf(p, rel);
            }
        }
        s.lucene(site.resolve(SearchService.LUCENE_DIR));
        try (SearchService search = new SearchService(site)) {
            for (String word : planted) {
                // the word, the phrase, and a prefix that also matches its stem
                List<String> queries = word.length() < 9 ? List.of(word, "\"" + word + "\"")
                        : List.of(word, "\"" + word + "\"", word.substring(0, word.length() - 2) + "*");
                for (String q : queries) {
                    if (search.search(SearchRequest.of(q)).total() > 0) {
                        s.add(word, "search " + q);
                    }
                }
            }
        } catch (Exception e) {
            throw new IOException("search failed: " + e, e);
        }
        return s.found;
    }

    /** The canary words of a content folder: its text files and the text of its PDFs. */
    static Set<String> planted(Path content) throws IOException {
        CanaryScan s = new CanaryScan(content);
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = content.relativize(p).toString();
                if (rel.endsWith(".pdf")) {
                    s.pdf(p, rel);
                } else {
                    s.words(Files.readString(p).toLowerCase(Locale.ROOT), rel);
                }
            }
        }
        return new TreeSet<>(s.found.keySet());
    }

    private void pdf(Path file, String rel) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(doc).toLowerCase(Locale.ROOT);
            words(text, "pdf text " + rel);
            words(text.replaceAll("\\s+", ""), "pdf text " + rel);
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                COSObject object = doc.getDocument().getObjectFromPool(key);
                walk(object.getObject(), seen, "pdf objects " + rel);
            }
            walk(doc.getDocument().getTrailer(), seen, "pdf objects " + rel);
        }
    }

    private void walk(COSBase base, Set<COSBase> seen, String where) throws IOException {
        if (base == null || !seen.add(base)) {
            return;
        }
        if (base instanceof COSObject o) {
            walk(o.getObject(), seen, where);
        } else if (base instanceof COSString s) {
            words(s.getString().toLowerCase(Locale.ROOT), where);
        } else if (base instanceof COSName n) {
            words(n.getName().toLowerCase(Locale.ROOT), where);
        } else if (base instanceof COSArray a) {
            for (COSBase item : a) {
                walk(item, seen, where);
            }
        } else if (base instanceof COSDictionary d) {
            for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
                walk(e.getKey(), seen, where);
                walk(e.getValue(), seen, where);
            }
            if (d instanceof COSStream stream) {
                byte[] bytes;
                try (InputStream in = stream.createInputStream()) {
                    bytes = in.readAllBytes();
                } catch (IOException e) {
                    try (InputStream in = stream.createRawInputStream()) { // a filter we cannot decode
                        bytes = in.readAllBytes();
                    }
                }
                words(new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT), where);
            }
        }
    }

    private void lucene(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            LuceneTerms.forEach(reader, (field, term) -> words(term.toLowerCase(Locale.ROOT), "lucene term " + field));
            for (LeafReaderContext leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    for (IndexableField f : stored.document(doc)) {
                        if (f.stringValue() != null) {
                            words(f.stringValue().toLowerCase(Locale.ROOT), "lucene stored " + f.name());
                        }
                    }
                }
            }
        }
    }

    private void words(String text, String where) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            add(m.group(), where);
        }
    }

    private void add(String word, String where) {
        found.computeIfAbsent(word, k -> new TreeSet<>()).add(where);
    }
}
