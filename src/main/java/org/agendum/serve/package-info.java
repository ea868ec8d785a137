/**
 * HTTP: serves a built site and the search API; no build logic of its own (watch mode asks
 * {@code build} to rebuild).
 */
package org.agendum.serve;
