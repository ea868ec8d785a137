package org.agendum.content.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Renders every table inside a focusable, labelled region that scrolls sideways, so a wide
 * table never makes a whole page scroll on a phone (WCAG 1.4.10 reflow) and a keyboard user
 * can still scroll it (2.1.1). Done while rendering the Markdown, where the table is a node:
 * wrapping it afterwards meant parsing every page's HTML again (1.5 s of a 5,000-paper
 * build). The print stage unwraps it: on paper it means nothing.
 *
 * <p>Listed after the tables extension: flexmark lets a later renderer take a node first and
 * hand it on ({@code delegateRender}) to the earlier one, which writes the table itself.
 */
final class ScrollingTables implements HtmlRenderer.HtmlRendererExtension {

    /** The wrapper's class; the theme's CSS and the print stage know it by this name. */
    static final String CLASS = "table-scroll";

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Wrapper());
    }

    private static final class Wrapper implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(TableBlock.class, (node, context, html) -> {
                html.attr("class", CLASS).attr("role", "region").attr("aria-label", "Scrollable table")
                        .attr("tabindex", "0").withAttr().tag("div");
                context.delegateRender();
                html.tag("/div");
            }));
        }
    }
}
