package org.agendum.render;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.RenderedFile;

/**
 * Renders one page per item on every core. A page depends only on the published model and
 * its own item (the model and the lookups are read-only, FreeMarker templates are safe to
 * share), so the pages are the same whatever thread makes them; they come back in the
 * items' order, and if several fail, the first failing item in that order is reported, so
 * the error does not depend on thread timing either.
 */
public final class ParallelPages {

    private ParallelPages() {}

    /** Renders one item's page (or pages). */
    @FunctionalInterface
    public interface Renderer<T> {
        List<RenderedFile> render(T item) throws TemplateProblem;
    }

    public static <T> List<RenderedFile> render(List<T> items, Renderer<T> renderer) throws TemplateProblem {
        List<Object> outcomes = items.parallelStream().map(item -> {
            try {
                return (Object) renderer.render(item);
            } catch (TemplateProblem e) {
                return e;
            }
        }).toList();
        List<RenderedFile> files = new ArrayList<>();
        for (Object outcome : outcomes) {
            if (outcome instanceof TemplateProblem e) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            List<RenderedFile> pages = (List<RenderedFile>) outcome;
            files.addAll(pages);
        }
        return files;
    }
}
