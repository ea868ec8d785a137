package org.agendum.search;

import java.time.LocalDate;

/**
 * One searchable unit, made from the published model only: a paper or one section of a
 * long paper, minutes, a decision, plan, meeting, agenda item, supplied attachment or page.
 *
 * @param path          site-relative URL, the document's key (a section adds {@code #anchor})
 * @param title         shown as the result's title; boosted in ranking
 * @param body          plain text that is searched and from which snippets are cut
 * @param type          the kind of result
 * @param committee     committee slug, or null for decisions, plans and pages
 * @param committeeName committee display name, or null
 * @param date          meeting date, decision date or plan start; null for pages
 * @param decision      decision number {@code NN/NNNNN}, or null
 * @param keyDecision   whether it is (about) a key decision
 */
public record SearchDoc(
        String path,
        String title,
        String body,
        DocType type,
        String committee,
        String committeeName,
        LocalDate date,
        String decision,
        boolean keyDecision) {}
