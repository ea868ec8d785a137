package org.agendum.search;

import org.agendum.model.Attachment;

/** The searchable text of a supplied attachment; empty when it has none or is not a PDF. */
@FunctionalInterface
public interface AttachmentText {

    AttachmentText NONE = a -> "";

    String textOf(Attachment attachment);
}
