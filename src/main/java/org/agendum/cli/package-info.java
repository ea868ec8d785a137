/**
 * The command line (picocli): one class per command, named exit codes. The only package
 * that prints or exits; everything it does goes through {@code build} (or {@code serve}).
 */
package org.agendum.cli;
