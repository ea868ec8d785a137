package org.agendum.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.agendum.content.markdown.MarkdownMemo;
import org.agendum.content.markdown.MarkdownProcessor;
import org.agendum.content.markdown.MarkdownReader;
import org.agendum.model.Attachment;
import org.agendum.model.Committee;
import org.agendum.model.ContentModel;
import org.agendum.model.Decision;
import org.agendum.model.Meeting;
import org.agendum.model.Page;
import org.agendum.model.Paper;
import org.agendum.model.Plan;
import org.agendum.model.SiteInfo;
import org.agendum.model.SourcePosition;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The front door of the content stage: reads a content folder into a {@link ContentModel},
 * checks every rule of the content model, and returns all problems together.
 */
public final class ContentLoader {

    /** Top-level folders of the built site; a standing page of the same name would clash. */
    static final java.util.Set<String> RESERVED_PAGE_SLUGS = java.util.Set.of("meetings", "committees", "decisions",
            "plans", "search", "data", "assets", "_search", "api", "feed", "calendar", "sitemap", "robots", "404",
            "index");

    private final MarkdownReader markdown;
    /** With {@link #files}: the Markdown memo the remembered files' values are kept in. */
    private final MarkdownMemo markdownMemo;
    /** Files loaded by the last build in this process, or null to load every file. */
    private final FileMemo files;
    /** What changed since that build, if a watcher knows. */
    private final ContentChanges changes;

    public ContentLoader(MarkdownReader markdown) {
        this.markdown = markdown;
        this.markdownMemo = null;
        this.files = null;
        this.changes = ContentChanges.UNKNOWN;
    }

    /** A loader that loads again only the files that are not as {@code files} remembers them. */
    public ContentLoader(MarkdownMemo markdown, FileMemo files) {
        this(markdown, files, ContentChanges.UNKNOWN);
    }

    /**
     * As {@link #ContentLoader(MarkdownMemo, FileMemo)}, trusting {@code changes} for the
     * files nobody touched: the folder is not listed again, nor their bytes read.
     */
    public ContentLoader(MarkdownMemo markdown, FileMemo files, ContentChanges changes) {
        this.markdown = markdown;
        this.markdownMemo = markdown;
        this.files = files;
        this.changes = changes;
    }

    public ContentLoader() {
        this(new MarkdownProcessor());
    }

    /**
     * @param contentDir the content folder
     * @param shownAs    how to name it in diagnostics (e.g. {@code content}, or as given)
     */
    public LoadResult load(Path contentDir, String shownAs) {
        return load(contentDir, shownAs, Instant.now());
    }

    /**
     * As {@link #load(Path, String)}, with the clock that decides which statutory checks
     * apply (a key decision needs its record once its meeting has been held).
     */
    public LoadResult load(Path contentDir, String shownAs, Instant now) {
        Diagnostics diagnostics = new Diagnostics();
        Path root = contentDir.toAbsolutePath().normalize();
        Display display = Display.forRoot(root, shownAs);
        if (!Files.isDirectory(root)) {
            diagnostics.error(SourcePosition.file(display.prefix()), "content folder not found");
            return finish(null, diagnostics);
        }
        List<Path> files = this.files == null ? null : this.files.listingAfter(root, changes);
        if (files == null) {
            try {
                files = ContentTree.list(root, display, diagnostics);
            } catch (IOException e) {
                diagnostics.error(SourcePosition.file(display.prefix()), "cannot list the content folder: " + e);
                return finish(null, diagnostics);
            }
        }
        if (this.files != null && diagnostics.isEmpty()) {
            this.files.listed(files); // a listing with a problem is walked again, so it is reported again
        }
        Reader reader = new Reader(root, display, diagnostics);

        SiteInfo site = null;
        Path siteFile = root.resolve("site.yaml");
        if (files.contains(Path.of("site.yaml"))) {
            site = reader.yaml(siteFile, SiteLoader.DEFAULT_ZONE, SiteInfo.class, c -> SiteLoader.load(c.ctx, c.root)).orElse(null);
        } else {
            diagnostics.error(display.of(siteFile), "site.yaml is missing: every content folder starts with one"
                    + " (title, publisher, base_url, contact)");
        }
        ZoneId zone = site == null ? SiteLoader.DEFAULT_ZONE : site.timezone();

        // Files are read and parsed in parallel (both cores busy); every list is sorted
        // afterwards, so the model and the diagnostics do not depend on thread timing.
        List<Committee> committees = Collections.synchronizedList(new ArrayList<>());
        List<Meeting> meetings = Collections.synchronizedList(new ArrayList<>());
        List<Paper> papers = Collections.synchronizedList(new ArrayList<>());
        List<Attachment> attachments = Collections.synchronizedList(new ArrayList<>());
        List<Decision> decisions = Collections.synchronizedList(new ArrayList<>());
        List<Plan> plans = Collections.synchronizedList(new ArrayList<>());
        List<Page> pages = Collections.synchronizedList(new ArrayList<>());
        Presence present = new Presence();

        files.parallelStream().forEach(rel -> {
            Path file = root.resolve(rel);
            String[] parts = rel.toString().replace('\\', '/').split("/");
            String name = parts[parts.length - 1];
            String top = parts[0];
            if (parts.length == 1 && name.equals("site.yaml")) {
                return;
            }
            switch (parts.length == 1 ? "" : top) {
                case "committees" -> {
                    if (parts.length == 2 && name.endsWith(".yaml")) {
                        String slug = stem(name);
                        present.committees.add(slug);
                        if (checkSlug(diagnostics, display, file, slug)) {
                            reader.yaml(file, zone, Committee.class, c -> CommitteeLoader.load(c.ctx, c.root, slug))
                                    .ifPresent(committees::add);
                        }
                    } else {
                        unexpected(diagnostics, display, file, "committees/ holds <committee-slug>.yaml files");
                    }
                }
                case "meetings" -> meetingFile(present, reader, diagnostics, display, file, parts, zone, meetings, papers,
                        attachments);
                case "decisions" -> {
                    if (parts.length == 2 && name.endsWith(".md") && stem(name).matches("\\d{2}-\\d{5}")) {
                        present.decisions.add(stem(name).replace('-', '/'));
                        reader.markdownFile(file, zone, Decision.class, c -> DecisionLoader.load(c.ctx, c.root, c.fm, stem(name)))
                                .ifPresent(decisions::add);
                    } else {
                        unexpected(diagnostics, display, file,
                                "decisions/ holds <yy>-<nnnnn>.md files, e.g. 18-00004.md for decision 18/00004");
                    }
                }
                case "plans" -> {
                    if (parts.length == 2 && name.endsWith(".md") && checkSlug(diagnostics, display, file, stem(name))) {
                        reader.markdownFile(file, zone, Plan.class, c -> PlanLoader.load(c.ctx, c.root, c.fm, stem(name)))
                                .ifPresent(plans::add);
                    } else if (!(parts.length == 2 && name.endsWith(".md"))) {
                        unexpected(diagnostics, display, file, "plans/ holds <plan-slug>.md files");
                    }
                }
                case "pages" -> {
                    if (parts.length == 2 && RESERVED_PAGE_SLUGS.contains(stem(name))) {
                        diagnostics.error(display.of(file).atLine(1, 1), "a page cannot be called `" + stem(name)
                                + "`: the site already uses /" + stem(name) + "/; choose another file name");
                    } else if (parts.length == 2 && name.endsWith(".md") && checkSlug(diagnostics, display, file, stem(name))) {
                        reader.markdownFile(file, zone, Page.class, c -> PageLoader.load(c.ctx, c.root, c.fm, stem(name)))
                                .ifPresent(pages::add);
                    } else if (!(parts.length == 2 && name.endsWith(".md"))) {
                        unexpected(diagnostics, display, file, "pages/ holds <page-slug>.md files");
                    }
                }
                default -> unexpected(diagnostics, display, file,
                        "the content folder holds site.yaml, committees/, meetings/, decisions/, plans/ and pages/");
            }
        });
        committees.sort(Comparator.comparing(Committee::slug));
        meetings.sort(Comparator.comparing(Meeting::date).thenComparing(Meeting::id));
        papers.sort(Comparator.comparing(Paper::meetingId).thenComparing(Paper::slug));
        attachments.sort(Comparator.comparing(Attachment::meetingId).thenComparing(Attachment::fileName));
        decisions.sort(Comparator.comparing(Decision::number));
        plans.sort(Comparator.comparing(Plan::slug));
        pages.sort(Comparator.comparing(Page::slug));

        ContentModel model = site == null ? null
                : new ContentModel(site, committees, meetings, papers, attachments, decisions, plans, pages);
        if (model != null) {
            new CrossChecks(model, present, diagnostics, now).run();
        }
        return finish(model, diagnostics);
    }

    private static LoadResult finish(ContentModel model, Diagnostics diagnostics) {
        return new LoadResult(diagnostics.hasErrors() ? null : model, diagnostics.sorted(), diagnostics.dropped());
    }

    private void meetingFile(Presence present, Reader reader, Diagnostics diagnostics, Display display, Path file, String[] parts,
            ZoneId zone, List<Meeting> meetings, List<Paper> papers, List<Attachment> attachments) {
        if (parts.length != 4 || !parts[1].matches("\\d{4}")) {
            unexpected(diagnostics, display, file, "meetings/ holds <yyyy>/<yyyy-mm-dd>-<committee-slug>/ folders");
            return;
        }
        String year = parts[1];
        String id = parts[2];
        String name = parts[3];
        present.meetingFiles.add(id + "/" + name);
        if (name.equals("meeting.yaml")) {
            present.meetings.add(id);
            reader.yaml(file, zone, Meeting.class, c -> MeetingLoader.load(c.ctx, c.root, id, year)).ifPresent(meetings::add);
        } else if (name.endsWith(".md")) {
            if (checkSlug(diagnostics, display, file, stem(name))) {
                reader.markdownFile(file, zone, Paper.class, c -> PaperLoader.load(c.ctx, c.root, c.fm, id, stem(name)))
                        .ifPresent(papers::add);
            }
        } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            unexpected(diagnostics, display, file, "a meeting folder has one meeting.yaml");
        } else if (!Ids.FILE_NAME.matcher(name).matches()) {
            unexpected(diagnostics, display, file,
                    "supplied file names use letters, digits, `.`, `-` and `_`, with an extension");
        } else {
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                diagnostics.error(display.of(file), "cannot read: " + e.getClass().getSimpleName());
                return;
            }
            attachments.add(new Attachment(id, name, size, MediaTypes.of(name), display.of(file).atLine(1, 1)));
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static boolean checkSlug(Diagnostics d, Display display, Path file, String slug) {
        if (Ids.isSlug(slug)) {
            return true;
        }
        d.error(display.of(file).atLine(1, 1), "`" + slug + "` is not a valid slug: use lower-case a-z, 0-9 and"
                + " single hyphens" + Ids.slugHint(slug));
        return false;
    }

    private static void unexpected(Diagnostics d, Display display, Path file, String hint) {
        d.error(display.of(file).atLine(1, 1), "unexpected file: " + hint);
    }

    /** Reads files into parsed YAML roots with their contexts. */
    private final class Reader {
        private final Path root;
        private final Display display;
        private final Diagnostics diagnostics;

        Reader(Path root, Display display, Diagnostics diagnostics) {
            this.root = root;
            this.display = display;
            this.diagnostics = diagnostics;
        }

        record Parsed(FileContext ctx, Node root, FrontMatter fm) {}

        <T> Optional<T> yaml(Path file, ZoneId zone, Class<T> type, Function<Parsed, T> load) {
            return load(file, zone, false, type, load);
        }

        <T> Optional<T> markdownFile(Path file, ZoneId zone, Class<T> type, Function<Parsed, T> load) {
            return load(file, zone, true, type, load);
        }

        /**
         * Reads {@code file} and loads it into its record, or recalls the record from the
         * {@link FileMemo} if the file is as it was; problems go to the load's diagnostics.
         */
        private <T> Optional<T> load(Path file, ZoneId zone, boolean frontMatter, Class<T> type,
                Function<Parsed, T> load) {
            String name = display.name(file);
            if (files != null && !changes.mayHaveChanged(file)) {
                T untouched = files.recallUntouched(name, zone, type, markdownMemo);
                if (untouched != null) {
                    return Optional.of(untouched); // no watcher saw it change: not even read
                }
            }
            byte[] bytes = TextFiles.bytes(file, name, diagnostics);
            if (bytes == null) {
                return Optional.empty();
            }
            T known = files == null ? null : files.recall(name, bytes, zone, type, markdownMemo);
            if (known != null) {
                return Optional.of(known); // the same bytes: not even decoded again
            }
            SourceFile source = TextFiles.decode(file, name, bytes, diagnostics);
            if (source == null) {
                return Optional.empty();
            }
            if (files == null) {
                return parse(source, zone, frontMatter, diagnostics, markdown).map(load);
            }
            Diagnostics own = new Diagnostics();
            MarkdownMemo.Recording recording = markdownMemo.recording();
            Optional<T> loaded = parse(source, zone, frontMatter, own, recording).map(load);
            if (loaded.isPresent() && own.isEmpty()) {
                files.remember(name, bytes, zone, loaded.get(), recording.uses());
            }
            diagnostics.addAll(own);
            return loaded;
        }

        private Optional<Parsed> parse(SourceFile source, ZoneId zone, boolean frontMatter, Diagnostics diagnostics,
                MarkdownReader markdown) {
            if (!frontMatter) {
                FileContext ctx = new FileContext(source, 0, diagnostics, markdown, zone);
                Optional<Node> node = safeParse(source, source.text(), 0, diagnostics);
                if (node.isEmpty() && !source.text().isBlank()) {
                    return Optional.empty();
                }
                return Optional.of(new Parsed(ctx, node.orElse(null), null));
            }
            FrontMatter fm = FrontMatter.split(source, diagnostics);
            if (fm == null) {
                return Optional.empty();
            }
            FileContext ctx = new FileContext(source, fm.yamlLineOffset(), diagnostics, markdown, zone);
            Optional<Node> node = safeParse(source, fm.yaml(), fm.yamlLineOffset(), diagnostics);
            if (node.isEmpty() && !fm.yaml().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new Parsed(ctx, node.orElse(null), fm));
        }

        private static Optional<Node> safeParse(SourceFile source, String text, int offset, Diagnostics diagnostics) {
            try {
                return YamlParser.parse(source, text, offset, diagnostics);
            } catch (StackOverflowError e) {
                diagnostics.error(source.at(offset + 1, 1), "YAML is nested too deeply to read");
                return Optional.empty();
            }
        }
    }

    /** Lower-case extension → media type for the supplied files councils publish. */
    static final class MediaTypes {
        private MediaTypes() {}

        static String of(String name) {
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return switch (ext) {
                case "pdf" -> "application/pdf";
                case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
                case "doc" -> "application/msword";
                case "xls" -> "application/vnd.ms-excel";
                case "odt" -> "application/vnd.oasis.opendocument.text";
                case "ods" -> "application/vnd.oasis.opendocument.spreadsheet";
                case "csv" -> "text/csv";
                case "txt" -> "text/plain";
                case "png" -> "image/png";
                case "jpg", "jpeg" -> "image/jpeg";
                default -> "application/octet-stream";
            };
        }
    }
}
