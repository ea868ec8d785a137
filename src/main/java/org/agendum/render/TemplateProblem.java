package org.agendum.render;

/**
 * A template failed while rendering a page: carries the template's position and the
 * content file the page was built from, so both can be shown to whoever must fix it.
 */
public final class TemplateProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final String templatePosition;
    private final String contentPosition;

    public TemplateProblem(String templatePosition, String contentPosition, String message, Throwable cause) {
        super(message, cause);
        this.templatePosition = templatePosition;
        this.contentPosition = contentPosition;
    }

    public String templatePosition() {
        return templatePosition;
    }

    public String contentPosition() {
        return contentPosition;
    }
}
