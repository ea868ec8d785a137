package org.agendum.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.agendum.build.incremental.BuildManifest;
import org.agendum.build.incremental.CacheFolder;
import org.agendum.build.incremental.DiskPdfCache;
import org.agendum.build.incremental.FileStamp;
import org.agendum.build.incremental.InputDigests;
import org.agendum.build.incremental.ManifestMemo;
import org.agendum.build.incremental.PrinterFingerprint;
import org.agendum.content.markdown.MarkdownMemo;
import org.agendum.content.markdown.MarkdownMemoFiles;
import org.agendum.content.markdown.MarkdownReader;
import org.agendum.model.KeptFiles;
import org.agendum.pdf.PdfCache;

/**
 * The build cache folder ({@link BuildRequest#cache}): {@code manifest.bin}, {@code pdf/}
 * and {@code markdown/} (what every Markdown value of the content became, see
 * {@link MarkdownMemo} and {@link MarkdownMemoFiles}).
 * Kept beside the output rather than in it, so nothing here can be served: the manifest
 * digests unpublished inputs too. The PDFs in it are exactly those of the site last published.
 *
 * <p>Crash safety: the manifest is deleted before the output folder changes and written again
 * after, so a build that dies in between leaves no manifest and the next build is a full one. The
 * PDF entries and the Markdown memo are addressed by content (and the memo by the code that
 * made it), so they are right whatever happened.
 */
final class BuildCache implements AutoCloseable {

    private static final String MARKDOWN = "markdown";
    private static final String MANIFEST = "manifest.bin";

    private final BuildRequest request;
    private final Path dir;
    /** The last manifest, read and parsed on its own thread while the content loads. */
    private final CompletableFuture<BuildManifest> previous;
    private final PdfCache pdfs;
    /** {@link PrinterFingerprint#code}: what cached results depend on besides their input. */
    private final String code;

    /** Held for the whole build: one build at a time per output folder. */
    private final FileLock lock;
    private final ManifestMemo manifests;
    /** See {@link #markdownFiles()}. */
    private MarkdownMemoFiles markdownFiles;

    /** What {@link #prepare} did, for {@link #remember}: the memo's new shards, the inputs' digests. */
    private MarkdownMemoFiles.Pending preparedMarkdown;
    private InputDigests.Result preparedInputs;

    private BuildCache(BuildRequest request, Path dir, CompletableFuture<BuildManifest> previous, PdfCache pdfs,
            String code, FileLock lock, ManifestMemo manifests) {
        this.manifests = manifests;
        this.lock = lock;
        this.request = request;
        this.dir = dir;
        this.previous = previous;
        this.pdfs = pdfs;
        this.code = code;
    }

    /** @param code the running code's digest ({@link PrinterFingerprint#code}) */
    static BuildCache open(BuildRequest request, String code) throws BuildFailure {
        return open(request, code, new ManifestMemo());
    }

    /** As {@link #open(BuildRequest, String)}, reading and writing the manifest through {@code manifests}. */
    static BuildCache open(BuildRequest request, String code, ManifestMemo manifests) throws BuildFailure {
        if (request.cache() == null) {
            return new BuildCache(request, null, CompletableFuture.completedFuture(BuildManifest.EMPTY), PdfCache.NONE,
                    "", null, manifests);
        }
        Path dir = request.cache();
        FileLock lock = lock(dir, request.out());
        try {
            Files.deleteIfExists(dir.resolve("manifest.json")); // the JSON manifest of format 4 and before
            Files.deleteIfExists(dir.resolve("markdown.bin")); // the memo in one file, before its shards
            if (!request.incremental()) {
                Files.deleteIfExists(dir.resolve(MANIFEST));
                CacheFolder.empty(dir.resolve(MARKDOWN));
                CacheFolder.empty(dir.resolve("pdf"));
            }
            // 0.2-0.3 s for 17,500 outputs, which nothing needs before rendering
            CompletableFuture<BuildManifest> previous = CompletableFuture.supplyAsync(
                    () -> manifests.read(dir.resolve(MANIFEST)), BuildCache::onItsOwnThread);
            PdfCache pdfs = request.pdf()
                    ? new DiskPdfCache(dir.resolve("pdf"), PrinterFingerprint.of(request.templates(), code))
                    : PdfCache.NONE;
            return new BuildCache(request, dir, previous, pdfs, code, lock, manifests);
        } catch (IOException e) {
            release(lock);
            throw new BuildFailure("cache", "cannot read the build cache " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    /**
     * Locks {@code <cache>/lock} for this build. An incremental build updates the output
     * folder file by file, and two builds doing that at once (a {@code serve --watch} and a
     * {@code build} in another terminal) would leave files of both and a manifest of one;
     * so the second is refused at once, before it reads or writes anything.
     */
    private static FileLock lock(Path dir, Path out) throws BuildFailure {
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another build in this very process
            }
            if (lock == null) {
                channel.close();
                throw new BuildFailure("cache", "another build is writing " + out + " (its build cache " + dir
                        + " is locked); run this one when it has finished", null);
            }
            return lock;
        } catch (IOException e) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException ignored) {
                // the lock was not taken; nothing else to undo
            }
            throw new BuildFailure("cache", "cannot lock the build cache " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void release(FileLock lock) {
        if (lock == null) {
            return;
        }
        try {
            lock.channel().close(); // releases the lock
        } catch (IOException ignored) {
            // the operating system releases it when the process ends anyway
        }
    }

    /** Whether this build holds the lock on its output folder (it has a build cache). */
    boolean locked() {
        return lock != null;
    }

    private static void onItsOwnThread(Runnable task) {
        Thread t = new Thread(task, "agendum-manifest");
        t.setDaemon(true);
        t.start();
    }

    /** Ends the build: the next one may start. */
    @Override
    public void close() {
        discardPrepared(); // still here: the build did not get to remember it
        previous(); // a build that failed early still waits: the next one reads through the same ManifestMemo
        release(lock);
    }

    /**
     * What to read Markdown with: {@code carried} (the last build's memo in this process, as
     * {@code serve --watch} keeps it) if there is one, else the memo on disk, of which only
     * values made by this very code count, else an empty one. A memo that cannot be read
     * only costs time.
     */
    MarkdownMemo markdown(MarkdownMemo carried, MarkdownReader processor) {
        if (carried != null && (dir == null || request.incremental())) {
            return carried;
        }
        if (dir == null || !request.incremental()) {
            return new MarkdownMemo(processor);
        }
        return markdownFiles().memo(processor);
    }

    /** The memo folder, listed once per build: it is this build's alone while the lock is held. */
    private MarkdownMemoFiles markdownFiles() {
        if (markdownFiles == null) {
            markdownFiles = MarkdownMemoFiles.open(dir.resolve(MARKDOWN), code);
        }
        return markdownFiles;
    }

    /** The memo as the next build should read it: the shards that changed, written beside their places. */
    private MarkdownMemoFiles.Pending writeMarkdown(MarkdownMemo markdown, Set<String> publicMarkdown)
            throws IOException {
        return markdownFiles().write(markdown, publicMarkdown);
    }

    private Map<String, Path> inputRoots() {
        Map<String, Path> roots = new TreeMap<>();
        roots.put("content/", request.content());
        roots.put("templates/", request.templates());
        return roots;
    }

    /**
     * Does early the part of {@link #remember} that needs nothing from publishing: writes the
     * Markdown memo's changed shards beside their places and digests the inputs. A build's main
     * thread waits for the search index after rendering (a second on a one-paper rebuild of
     * 5,000 papers), and this is half a second of work. Nothing takes effect until {@link #remember}; a build
     * that fails before it leaves the memo as it was ({@link #close} deletes the new one).
     */
    void prepare(MarkdownMemo markdown, Set<String> publicMarkdown) {
        if (dir == null) {
            return;
        }
        try {
            preparedMarkdown = writeMarkdown(markdown, publicMarkdown);
            preparedInputs = InputDigests.of(inputRoots(), previous());
        } catch (IOException e) {
            discardPrepared(); // remember does it all again, and says nothing either if it fails
        }
    }

    private void discardPrepared() {
        preparedInputs = null;
        if (preparedMarkdown != null) {
            preparedMarkdown.discard();
            preparedMarkdown = null;
        }
    }

    BuildManifest previous() {
        return previous.join(); // reading never throws: an unreadable manifest is an empty one
    }

    /** The code's digest and {@code webTheme}'s: what pages and search fragments depend on besides their own input. */
    String renderSalt(String webTheme) {
        return code + "+" + webTheme;
    }

    /**
     * The live pages that need not be rendered again: rendered by this code and theme
     * ({@code salt}) from input with the same digest, and whose file nobody has touched since.
     */
    KeptFiles kept(String salt) {
        BuildManifest previous = previous();
        if (previous.madeFrom().isEmpty() || !previous.renderSalt().equals(salt)) {
            return KeptFiles.NONE;
        }
        Path out = request.out().toAbsolutePath().normalize();
        return (path, digest) -> {
            if (!digest.equals(previous.madeFrom().get(path)) || !previous.outputs().containsKey(path)) {
                return false;
            }
            try {
                String stamp = FileStamp.of(out.resolve(path));
                return stamp != null && stamp.equals(previous.written().get(path));
            } catch (IOException e) {
                return false; // rendered again, which is always right
            }
        };
    }

    PdfCache pdfs() {
        return pdfs;
    }

    /**
     * Before the output folder changes (the swap of a full build, the first write of an
     * incremental one): from here until {@link #remember}, the live site and manifest may disagree.
     */
    void forget() throws IOException {
        if (dir != null) {
            Files.deleteIfExists(dir.resolve(MANIFEST));
        }
    }

    /**
     * After the swap: records what is now live, keeps only the PDFs it contains, and the
     * Markdown this build read of what it published ({@code publicMarkdown}: nothing
     * unpublished is written here).
     */
    void remember(SitePublisher.Published published, String renderSalt, MarkdownMemo markdown,
            Set<String> publicMarkdown) {
        if (dir == null) {
            return;
        }
        try {
            MarkdownMemoFiles.Pending memo = preparedMarkdown != null ? preparedMarkdown
                    : writeMarkdown(markdown, publicMarkdown);
            preparedMarkdown = null;
            memo.commit();
            InputDigests.Result inputs = preparedInputs != null ? preparedInputs
                    : InputDigests.of(inputRoots(), previous());
            manifests.write(new BuildManifest(BuildManifest.FORMAT, request.now().toString(), inputs.digests(),
                    inputs.stamps(), published.outputs(), published.madeFrom(), renderSalt, published.written()),
                    dir.resolve(MANIFEST));
            if (pdfs instanceof DiskPdfCache disk) {
                disk.commit();
            } else {
                // a build without PDFs may have unpublished a paper: its cached PDF goes too
                CacheFolder.empty(dir.resolve("pdf"));
            }
        } catch (IOException e) {
            // the site is published; only the next build's speed is at stake, and with no
            // manifest and no PDFs the next build is a full one
            try {
                forget();
                CacheFolder.empty(dir.resolve("pdf"));
            } catch (IOException ignored) {
                // nothing more can be done; content-addressed PDF entries are still correct
            }
        }
    }
}
