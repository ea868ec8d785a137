package org.agendum.model;

import java.time.ZoneId;

/** The publisher, from {@code site.yaml}. {@code baseUrl} always ends with a slash. */
public record SiteInfo(
        String title,
        String publisher,
        String baseUrl,
        String language,
        ZoneId timezone,
        Contact contact,
        Licence licence) {}
