package org.agendum.content.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.agendum.model.Markdown;

/**
 * Parses, checks and renders Markdown. Built once and shared: flexmark's parser and renderer
 * are immutable and thread-safe, and building them is the expensive part.
 */
public final class MarkdownProcessor implements MarkdownReader {

    /** Markdown longer than this is refused rather than parsed (a 2 MB report is already huge). */
    public static final int MAX_LENGTH = 4 * 1024 * 1024;
    private static final Pattern TRAILING_ATTRIBUTES = Pattern.compile("\\s*\\{[^{}]*}\\s*$");

    /** By what a text can hold: [with autolinks][with attribute blocks]; see {@link #parserFor}. */
    private final Parser[][] parsers = new Parser[2][2];
    private final boolean everyExtension;
    /** For texts with attribute blocks, which it renders without Agendum's own markers. */
    private final HtmlRenderer renderer;
    /** For texts without a brace, which can hold no attribute block: nothing to look for per tag. */
    private final HtmlRenderer rendererWithoutAttributes;
    private final boolean render;

    public MarkdownProcessor() {
        this(true);
    }

    /**
     * @param render false for checking only: everything is parsed and checked, and the
     *               results carry no HTML, plain text or headings ({@code agendum check}
     *               shows none of them, and making them is half of the Markdown work)
     */
    public MarkdownProcessor(boolean render) {
        this(render, false);
    }

    /** @param everyExtension parse every text with every extension (the reference {@link #parserFor} is tested against) */
    MarkdownProcessor(boolean render, boolean everyExtension) {
        this.render = render;
        this.everyExtension = everyExtension;
        for (int autolinks = 0; autolinks < 2; autolinks++) {
            for (int attributes = 0; attributes < 2; attributes++) {
                parsers[autolinks][attributes] = Parser.builder(options(autolinks == 1, attributes == 1)).build();
            }
        }
        // {minute=… item=…} are Agendum's own markers, read into the model; they are not HTML.
        this.renderer = HtmlRenderer.builder(options(true, true))
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return (node, part, attributes) -> {
                            attributes.remove("minute");
                            attributes.remove("item");
                        };
                    }
                })
                .build();
        this.rendererWithoutAttributes = HtmlRenderer.builder(options(true, false)).build();
    }

    private static MutableDataSet options(boolean autolinks, boolean attributes) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(
                List.of(new QuickText(), TablesExtension.create(), new ScrollingTables(), StrikethroughExtension.create()));
        if (autolinks) {
            extensions.add(AutolinkExtension.create());
        }
        if (attributes) {
            extensions.add(AttributesExtension.create());
        }
        options.set(Parser.EXTENSIONS, extensions);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true);
        options.set(HtmlRenderer.SUPPRESS_INLINE_HTML_COMMENTS, true);
        // No re-formatting pass over the rendered lines: a third of the renderer's time, and
        // the same HTML for everything we render (the golden pages and the seed site did
        // not change by a byte when this was switched on).
        options.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        return options;
    }

    /**
     * A parser with only the extensions that can find something in {@code source}, the same
     * document either way: the autolink extension scans every text node with regular
     * expressions and cost about two thirds of parsing, and can only find something where a
     * URL or address could be; the attributes extension compiles its patterns for every
     * document and can only find a block where there is a brace.
     */
    private Parser parserFor(String source) {
        boolean autolinks = everyExtension || source.contains("://") || source.contains("www.")
                || source.indexOf('@') >= 0;
        return parsers[autolinks ? 1 : 0][usesAttributes(source) ? 1 : 0];
    }

    /** Whether {@code source} can hold an attribute block ({@code {#id .class minute=…}}). */
    private boolean usesAttributes(String source) {
        return everyExtension || source.indexOf('{') >= 0;
    }

    /** The result of one Markdown value: the model value, minute headings and problems. */
    public record Result(Markdown markdown, List<MinuteHeading> minutes, List<MarkdownIssue> issues) {}

    @Override
    public Result process(String source, boolean minutesAllowed) {
        if (source == null || source.isBlank()) {
            return new Result(Markdown.EMPTY, List.of(), List.of());
        }
        List<MarkdownIssue> issues = new ArrayList<>();
        if (source.length() > MAX_LENGTH) {
            issues.add(new MarkdownIssue(1, 1, "Markdown text is longer than " + MAX_LENGTH
                    + " characters; split it into several papers"));
            return new Result(Markdown.EMPTY, List.of(), issues);
        }
        LineIndex lines = new LineIndex(source);
        Document doc = parserFor(source).parse(source);
        List<MinuteHeading> minutes = new ArrayList<>();
        check(doc, lines, minutesAllowed, minutes, issues);

        if (!render) {
            return new Result(new Markdown(source, "", "", List.of()), List.copyOf(minutes), List.copyOf(issues));
        }
        List<Markdown.Heading> headings = assignHeadingIds(doc, lines, minutes);
        String html = (usesAttributes(source) ? renderer : rendererWithoutAttributes).render(doc);
        String text = PlainText.of(doc);
        return new Result(new Markdown(source, html, text, headings), List.copyOf(minutes), List.copyOf(issues));
    }

    private void check(Document doc, LineIndex lines, boolean minutesAllowed,
            List<MinuteHeading> minutes, List<MarkdownIssue> issues) {
        for (Node node : doc.getDescendants()) {
            if (node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment) {
                continue; // comments are for clerks; the renderer suppresses them
            }
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                int base = node.getStartOffset();
                SafeHtml.check(node.getChars().toString(), (offset, message) ->
                        issues.add(lines.issue(base + offset, message)));
            } else if (node instanceof Link l) {
                checkUrl(l.getUrl().toString(), node, lines, issues);
            } else if (node instanceof Image i) {
                checkUrl(i.getUrl().toString(), node, lines, issues);
            } else if (node instanceof AutoLink a) {
                checkUrl(a.getUrl().toString(), node, lines, issues);
            } else if (node instanceof Reference r) {
                checkUrl(r.getUrl().toString(), node, lines, issues);
            } else if (node instanceof ImageRef || node instanceof MailLink) {
                continue;
            } else if (node instanceof AttributesNode attrs) {
                checkAttributes(attrs, lines, minutesAllowed, minutes, issues);
            }
        }
    }

    private static void checkUrl(String url, Node node, LineIndex lines, List<MarkdownIssue> issues) {
        String problem = SafeHtml.linkProblem(url);
        if (problem != null) {
            issues.add(lines.issue(node.getStartOffset(), problem));
        }
    }

    private void checkAttributes(AttributesNode attrs, LineIndex lines, boolean minutesAllowed,
            List<MinuteHeading> minutes, List<MarkdownIssue> issues) {
        String minute = null;
        String item = null;
        for (Node child : attrs.getChildren()) {
            if (!(child instanceof AttributeNode a)) {
                continue;
            }
            String name = a.getName().toString().toLowerCase(Locale.ROOT);
            if (a.isId() || a.isClass() || name.equals("id") || name.equals("class")) {
                continue;
            }
            if (name.equals("minute")) {
                minute = a.getValue().toString();
            } else if (name.equals("item")) {
                item = a.getValue().toString();
            } else {
                issues.add(lines.issue(a.getStartOffset(), "attribute `" + name
                        + "` is not allowed in an attribute block (only #id, .class, and minute/item on minutes headings)"));
            }
        }
        if (minute == null && item == null) {
            return;
        }
        Node parent = attrs.getParent();
        boolean onHeading2 = parent instanceof Heading h && h.getLevel() == 2;
        int at = attrs.getStartOffset();
        if (!minutesAllowed) {
            issues.add(lines.issue(at, "{minute=… item=…} headings belong in minutes (type: minutes)"));
        } else if (!onHeading2) {
            issues.add(lines.issue(at, "{minute=… item=…} must be on a level-2 heading (## Title {minute=66 item=2})"));
        } else if (minute == null || minute.isBlank() || item == null || item.isBlank()) {
            issues.add(lines.issue(at, "a minute heading needs both minute= and item=, e.g. {minute=66 item=2}"));
        } else {
            Heading h = (Heading) parent;
            String title = TRAILING_ATTRIBUTES.matcher(h.getText().toString()).replaceAll("").trim();
            int[] lc = lines.lineColumn(h.getStartOffset());
            minutes.add(new MinuteHeading(minute.trim(), item.trim(), title, anchorFor(minute.trim()), lc[0], lc[1]));
        }
    }

    private static String anchorFor(String minute) {
        return "minute-" + minute.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** Ids for every heading: minute headings get {@code minute-N}, others a slug, no clashes. */
    private static List<Markdown.Heading> assignHeadingIds(Document doc, LineIndex lines, List<MinuteHeading> minutes) {
        Map<Integer, String> minuteAnchorByLine = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (MinuteHeading m : minutes) {
            minuteAnchorByLine.put(m.line(), m.anchor());
            used.add(m.anchor());
        }
        List<Markdown.Heading> headings = new ArrayList<>();
        for (Node node : doc.getDescendants()) {
            if (!(node instanceof Heading h)) {
                continue;
            }
            String text = TRAILING_ATTRIBUTES.matcher(
                    new TextCollectingVisitor().collectAndGetText(h)).replaceAll("").trim();
            // A minute heading's line, found the way check() found it. (Flexmark's own line
            // number counts from the start of the text at every call: a tenth of parsing and
            // rendering 5,000 papers, for bodies that mostly have no minutes at all.)
            String id = minuteAnchorByLine.isEmpty() ? null
                    : minuteAnchorByLine.get(lines.lineColumn(h.getStartOffset())[0]);
            if (id == null && h.isExplicitAnchorRefId() && h.getAnchorRefId() != null) {
                id = h.getAnchorRefId();
            } else if (id == null) {
                String base = HeaderIdGenerator.generateId(text, " -_", false, true);
                if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
                    base = "section-" + (base.isEmpty() ? "x" : base);
                }
                id = base;
                for (int n = 1; used.contains(id); n++) {
                    id = base + "-" + n;
                }
            }
            used.add(id);
            h.setAnchorRefId(id);
            h.setExplicitAnchorRefId(true);
            headings.add(new Markdown.Heading(h.getLevel(), text, id));
        }
        return headings;
    }
}
