package org.agendum.model;

import java.util.List;

/**
 * An agenda item as the public may see it. For an exempt item {@code item} keeps only its
 * number, title and exemption, {@code documents} is empty and {@code decision} is null.
 */
public record PublicItem(Item item, List<PublicDocument> documents, Decision decision) {

    public PublicItem {
        documents = List.copyOf(documents);
    }
}
