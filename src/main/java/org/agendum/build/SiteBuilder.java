package org.agendum.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.agendum.build.incremental.Hashes;
import org.agendum.build.incremental.ManifestMemo;
import org.agendum.build.incremental.PrinterFingerprint;
import org.agendum.content.ContentChanges;
import org.agendum.content.ContentLoader;
import org.agendum.content.FileMemo;
import org.agendum.content.LoadResult;
import org.agendum.content.markdown.MarkdownMemo;
import org.agendum.content.markdown.MarkdownProcessor;
import org.agendum.model.AgendaPacks;
import org.agendum.model.Attachment;
import org.agendum.model.Diagnostic;
import org.agendum.model.KeptFiles;
import org.agendum.model.Publication;
import org.agendum.model.PublishedSite;
import org.agendum.model.RenderedFile;
import org.agendum.pdf.PdfCache;
import org.agendum.pdf.PdfOutput;
import org.agendum.pdf.PdfStage;
import org.agendum.render.SiteRenderer;
import org.agendum.render.TemplateProblem;
import org.agendum.render.Urls;
import org.agendum.search.PdfAttachmentText;
import org.agendum.search.SearchIndexStage;

/**
 * The pipeline, top to bottom: load → validate → decide publication → PDFs → HTML → index → publish.
 * {@link #check} is the same pipeline stopped after validation.
 */
public final class SiteBuilder {

    private final MarkdownProcessor markdown;
    /** The last build's Markdown results, for the next build by this builder ({@code serve --watch}). */
    private MarkdownMemo lastMarkdown;
    /** The last build's web renderer (its templates parsed) and the digest of the web theme it was made from. */
    private SiteRenderer renderer;
    private String rendererTheme;
    private String code;

    /** A builder for {@code serve --watch} ({@link #forPreview}). */
    private final boolean preview;
    /** The last build's loaded files, for the next build by this builder. */
    private FileMemo lastFiles;
    /** The manifest this builder last wrote, for its next build if the file is still that. */
    private final ManifestMemo manifests = new ManifestMemo();

    private SiteBuilder(MarkdownProcessor markdown, boolean preview) {
        this.markdown = markdown;
        this.preview = preview;
    }

    public SiteBuilder(MarkdownProcessor markdown) {
        this(markdown, false);
    }

    public SiteBuilder() {
        this(new MarkdownProcessor());
    }

    /**
     * A builder for {@code serve --watch}: many builds of one content folder, each awaited by
     * a clerk's open page. It keeps what each file loaded into, so a rebuild parses only the
     * files that changed (which holds every file's text in memory between builds); and an
     * incremental rebuild renders and publishes the pages, and calls its {@code onPublished},
     * before it makes the search index, which follows some tens of milliseconds later (on a
     * 5,000-paper site, about a second) in its own folder. One-off builds make both at once
     * and publish them together.
     */
    public static SiteBuilder forPreview() {
        return new SiteBuilder(new MarkdownProcessor(), true);
    }

    /**
     * Load and validate only. Markdown is parsed and checked but not rendered to HTML, which
     * nothing here would read.
     */
    public LoadResult check(BuildRequest request) {
        return new ContentLoader(new MarkdownProcessor(false))
                .load(request.content(), request.contentShownAs(), request.now());
    }

    /**
     * Runs every stage. Content errors stop the build before anything is written, and the
     * previous output stays as it was; so does any failure in a later stage, up to and
     * including writing the new files (a full build swaps its staged site in; an incremental
     * one renames its changed files into place once all are written). Not for use by two
     * threads at once.
     */
    public BuildResult build(BuildRequest request) throws BuildFailure {
        return build(request, () -> {});
    }

    /**
     * As {@link #build(BuildRequest)}, calling {@code onPublished} as soon as the new files
     * are live, before the build cache is written for the next build: {@code serve --watch}
     * reloads the clerk's pages then, not after the cache.
     */
    public BuildResult build(BuildRequest request, Runnable onPublished) throws BuildFailure {
        return build(request, ContentChanges.UNKNOWN, onPublished);
    }

    /**
     * As {@link #build(BuildRequest, Runnable)}, told by a file watcher what changed since this
     * builder's last build: a preview builder then neither lists the content folder again
     * nor reads the files it remembers and nobody touched (on 5,000 papers, half of loading).
     */
    public BuildResult build(BuildRequest request, ContentChanges changes, Runnable onPublished) throws BuildFailure {
        long t0 = System.nanoTime();
        String webTheme = webTheme(request.templates()); // a missing theme is said at once, not after loading
        try (BuildCache cache = BuildCache.open(request, request.cache() == null ? "" : code(), manifests)) {
            return build(request, changes, cache, webTheme, t0, onPublished);
        }
    }

    /**
     * The digest of the running code ({@link PrinterFingerprint#code}), worked out once per
     * builder: it reads Agendum's own jar, and the classes a JVM runs do not change under it.
     */
    private String code() throws BuildFailure {
        if (code == null) {
            try {
                code = PrinterFingerprint.code();
            } catch (IOException e) {
                throw new BuildFailure("cache", "cannot read Agendum's own code to key the build cache: " + e.getMessage(), e);
            }
        }
        return code;
    }

    private BuildResult build(BuildRequest request, ContentChanges changes, BuildCache cache, String webTheme, long t0,
            Runnable onPublished) throws BuildFailure {
        List<BuildResult.StageTime> times = new ArrayList<>();
        MarkdownMemo memo = cache.markdown(lastMarkdown, markdown);
        FileMemo loaded = !preview ? null
                : lastFiles != null && request.incremental() ? lastFiles : new FileMemo();
        LoadResult load = (loaded == null ? new ContentLoader(memo)
                : new ContentLoader(memo, loaded, loaded == lastFiles ? changes : ContentChanges.UNKNOWN))
                .load(request.content(), request.contentShownAs(), request.now());
        // results are pure functions of their input: good whatever happens next
        lastMarkdown = memo.next();
        lastFiles = loaded == null ? null : loaded.next();
        times.add(new BuildResult.StageTime("load and validate (" + (loaded == null ? "" : loaded.hits() + " files unchanged; ")
                + "Markdown: " + memo.misses() + " processed, " + memo.hits() + " remembered)", elapsed(t0)));
        if (load.hasErrors()) {
            return new BuildResult(load, false, 0, times);
        }

        long t1 = System.nanoTime();
        PublishedSite site = Publication.decide(load.model(), request.now());
        times.add(new BuildResult.StageTime("decide publication", elapsed(t1)));

        List<RenderedFile> files = new ArrayList<>();
        AgendaPacks packs = AgendaPacks.NONE;
        if (request.pdf()) {
            long tp = System.nanoTime();
            PdfOutput pdf = pdfStage(request, site, cache.pdfs());
            times.add(new BuildResult.StageTime("pdf", elapsed(tp)));
            if (!pdf.diagnostics().isEmpty()) {
                // content problems found while making PDFs join the loader's, reported together
                List<Diagnostic> all = new ArrayList<>(load.diagnostics());
                all.addAll(pdf.diagnostics());
                all.sort(Comparator.naturalOrder());
                load = new LoadResult(load.model(), all, load.dropped());
                if (load.hasErrors()) {
                    return new BuildResult(load, false, 0, times);
                }
            }
            files.addAll(pdf.files());
            packs = pdf.packs();
        }

        // Pages and search fragments made from the same input as their live files are kept.
        String renderSalt = cache.renderSalt(webTheme);
        KeptFiles keep = cache.kept(renderSalt);
        SitePublisher publisher = new SitePublisher(request.out(), cache.previous(), cache.locked());
        // The index and the HTML pages read the same published model and nothing of each
        // other: the index (the larger, single-threaded part) runs on its own thread meanwhile;
        // except that serve --watch publishes the pages first and indexes after (forPreview),
        // so that the pages have both cores to themselves.
        boolean inPlace = request.incremental() && publisher.canPublishInPlace();
        boolean pagesFirst = preview && inPlace;
        IndexTask index = new IndexTask(site, request, keep);
        if (!pagesFirst) {
            index.start();
        }
        long t2 = System.nanoTime();
        SiteRenderer web;
        SiteRenderer.Pages pagesOnly = null;
        List<RenderedFile> made;
        try {
            web = renderer(request.templates(), webTheme);
            if (pagesFirst) {
                pagesOnly = web.pages(site, packs, keep);
                made = pagesOnly.files();
            } else {
                made = web.render(site, packs, keep);
            }
        } catch (TemplateProblem e) {
            index.abandon();
            throw renderFailure(e);
        } catch (IOException e) {
            index.abandon();
            throw new BuildFailure("render", "cannot read templates in " + request.templates() + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            index.abandon();
            throw e;
        }
        files.addAll(made);
        // a preview renders its calendars later, with the feeds
        times.add(new BuildResult.StageTime("render " + counts(made, pagesFirst ? "pages" : "pages and calendars"),
                elapsed(t2)));

        Map<String, Path> copies = attachments(request.content(), site);
        SitePublisher.Published published;
        Set<String> publicMarkdown;
        if (pagesFirst) { // what the cache may keep is worked out once the clerk's pages are live
            published = publishPagesFirst(publisher, files, copies, web, pagesOnly, index, cache, onPublished, times);
            publicMarkdown = PublishedMarkdown.of(site);
        } else {
            publicMarkdown = PublishedMarkdown.of(site);
            published = publishTogether(inPlace, publisher, files, copies, index, cache, memo, publicMarkdown,
                    onPublished, times);
        }
        long t5 = System.nanoTime();
        cache.remember(published, renderSalt, memo, publicMarkdown);
        times.add(new BuildResult.StageTime("build cache", elapsed(t5)));
        return new BuildResult(load, true, files.size() + site.attachments().size(), times);
    }

    /** "(3 pages rendered, 6017 kept)": of {@code files}, those made from a view digest, rendered or kept. */
    private static String counts(List<RenderedFile> files, String what) {
        long kept = files.stream().filter(RenderedFile::isKept).count();
        long rendered = files.stream().filter(f -> f.madeFrom() != null && !f.isKept()).count();
        return "(" + rendered + " " + what + " rendered, " + kept + " kept)";
    }

    private static BuildFailure renderFailure(TemplateProblem e) {
        return new BuildFailure("render", e.templatePosition() + ": " + e.getMessage()
                + " (while rendering " + e.contentPosition() + ")", e);
    }

    /**
     * {@code serve --watch}: the clerk's pages go live, and reload, before the feeds and the
     * search index are made (together 40 % of a 5,000-paper site's render, and the larger part
     * of a rebuild); then the index is made on its own thread while the feeds are rendered,
     * and both are published, by then a tree the same as a one-off build's. Their files join
     * {@code files}.
     */
    private static SitePublisher.Published publishPagesFirst(SitePublisher publisher, List<RenderedFile> files,
            Map<String, Path> copies, SiteRenderer web, SiteRenderer.Pages pages, IndexTask index, BuildCache cache,
            Runnable onPublished, List<BuildResult.StageTime> times) throws BuildFailure {
        long t3 = System.nanoTime();
        Predicate<String> pageScope = path -> !SearchIndexStage.holds(path) && !SiteRenderer.isFeed(path);
        SitePublisher.Published first = publisher.publishInPlace(files, copies, cache::forget, pageScope);
        onPublished.run();
        times.add(new BuildResult.StageTime("publish pages", elapsed(t3)));
        index.start();
        long tf = System.nanoTime();
        List<RenderedFile> rest;
        try {
            rest = new ArrayList<>(web.feeds(pages));
        } catch (TemplateProblem e) {
            index.abandon();
            throw renderFailure(e);
        } catch (RuntimeException | Error e) {
            index.abandon();
            throw e;
        }
        times.add(new BuildResult.StageTime("render feeds " + counts(rest, "calendars"), elapsed(tf)));
        rest.addAll(index.join());
        times.add(new BuildResult.StageTime("index", index.millis()));
        long t4 = System.nanoTime();
        // the rest of the last site: its feeds and index, but nothing the pages just published
        SitePublisher.Published all = first.and(publisher.publishInPlace(rest, Map.of(), () -> {},
                pageScope.negate().and(path -> !first.outputs().containsKey(path))));
        files.addAll(rest);
        times.add(new BuildResult.StageTime("publish feeds and index", elapsed(t4)));
        return all;
    }

    /**
     * Every other build: while the index (the longer branch) finishes, the build cache's part
     * is prepared; then the pages and the index are published together, by the manifest (an
     * incremental build onto the live site it describes) or as a full build
     * ({@link SitePublisher#publish}: in place over a live site, else staged).
     */
    private static SitePublisher.Published publishTogether(boolean inPlace, SitePublisher publisher,
            List<RenderedFile> files, Map<String, Path> copies, IndexTask index, BuildCache cache, MarkdownMemo memo,
            Set<String> publicMarkdown, Runnable onPublished, List<BuildResult.StageTime> times) throws BuildFailure {
        cache.prepare(memo, publicMarkdown);
        files.addAll(index.join());
        times.add(new BuildResult.StageTime("index (alongside render)", index.millis()));
        long t4 = System.nanoTime();
        SitePublisher.Published published = inPlace
                ? publisher.publishInPlace(files, copies, cache::forget)
                : publisher.publish(files, copies, cache::forget);
        onPublished.run();
        times.add(new BuildResult.StageTime("publish", elapsed(t4)));
        return published;
    }

    /** The search index stage on its own thread; {@link #join} gives its files or its failure. */
    private static final class IndexTask {
        private final Thread thread;
        private volatile List<RenderedFile> files;
        private volatile Throwable failure;
        private volatile long millis;

        IndexTask(PublishedSite site, BuildRequest request, KeptFiles kept) {
            this.thread = new Thread(() -> {
                long t = System.nanoTime();
                try {
                    // Index what was published, from the model; the previous index is updated by URL.
                    files = SearchIndexStage.run(site, new PdfAttachmentText(request.content()),
                            previousSiteForIndex(request), kept).files();
                } catch (IOException | RuntimeException | Error e) {
                    failure = e;
                }
                millis = elapsed(t);
            }, "agendum-index");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        /** The render failed: the index is not wanted, but must not outlive the build's reads. */
        void abandon() {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        List<RenderedFile> join() throws BuildFailure {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BuildFailure("index", "interrupted", e);
            }
            if (failure instanceof IOException e) {
                throw new BuildFailure("index", "cannot build the search index: " + e.getMessage(), e);
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return files;
        }

        long millis() {
            return millis;
        }
    }

    /**
     * The web renderer for {@code templates}: the last build's if the web theme (everything
     * but {@code print/}) has not changed by a byte, so {@code serve --watch} does not parse
     * every template again for each save (half of a small site's render time); else a new one.
     */
    private SiteRenderer renderer(Path templates, String theme) throws IOException {
        if (renderer == null || !theme.equals(rendererTheme)) {
            renderer = new SiteRenderer(templates);
            rendererTheme = theme;
        }
        return renderer;
    }

    /** The digest of the web theme: everything in {@code templates} but {@code print/}. */
    private static String webTheme(Path templates) throws BuildFailure {
        if (!Files.isDirectory(templates)) {
            throw new BuildFailure("render", "cannot read templates in " + templates + ": there is no such folder"
                    + " (give the theme folder with --templates)", null);
        }
        try {
            Path print = templates.resolve("print");
            return Hashes.of(Hashes.ofTree(templates, f -> !f.startsWith(print)).toString());
        } catch (IOException e) {
            throw new BuildFailure("render", "cannot read templates in " + templates + ": " + e.getMessage(), e);
        }
    }

    /** A forced full build ({@code --no-incremental}) indexes from scratch too. */
    private static Path previousSiteForIndex(BuildRequest request) {
        return request.cache() != null && !request.incremental() ? null : request.out();
    }

    /** PDFs come before the HTML pages: the meeting pages show where each item sits in the pack. */
    private static PdfOutput pdfStage(BuildRequest request, PublishedSite site, PdfCache cache) throws BuildFailure {
        try {
            return new PdfStage(request.templates(), cache).run(site, request.content());
        } catch (TemplateProblem e) {
            throw new BuildFailure("pdf", e.templatePosition() + ": " + e.getMessage()
                    + " (while printing " + e.contentPosition() + ")", e);
        } catch (IOException e) {
            throw new BuildFailure("pdf", "cannot read the print templates or fonts in "
                    + request.templates().resolve("print") + ": " + e.getMessage(), e);
        }
    }

    /** Public supplied files: their source in the content folder → their permanent URL. */
    private static Map<String, Path> attachments(Path content, PublishedSite site) {
        Map<String, Path> copies = new TreeMap<>();
        for (Attachment a : site.attachments()) {
            Path source = content.resolve("meetings").resolve(a.meetingId().substring(0, 4))
                    .resolve(a.meetingId()).resolve(a.fileName());
            copies.put(Urls.attachment(a.meetingId(), a.fileName()), source);
        }
        return copies;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
