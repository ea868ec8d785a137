/**
 * Machine-readable outputs: the Atom feed and sitemap (JDK StAX), the iCalendar files
 * (ical4j), the Open Civic Data JSON (Jackson) and robots.txt. Each is written through a
 * library that does the format's escaping, in a fixed order, so the bytes are deterministic.
 *
 * <p>Depends on model and the render core only.
 */
package org.agendum.render.feed;
