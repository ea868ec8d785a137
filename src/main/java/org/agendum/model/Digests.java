package org.agendum.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Fresh message digests, cloned from one instance of each algorithm instead of looked up
 * among the security providers each time: a build takes tens of thousands (every Markdown
 * value, search document and page view), and the lookup cost a tenth of digesting the kept
 * pages of a rebuild. Every stage hashes, so this sits with the model they all share.
 */
public final class Digests {

    private static final MessageDigest SHA256 = named("SHA-256");
    private static final MessageDigest MD5 = named("MD5");

    private Digests() {}

    public static MessageDigest sha256() {
        return fresh(SHA256);
    }

    /** For change detection only, where no one gains by a collision (see its callers). */
    public static MessageDigest md5() {
        return fresh(MD5);
    }

    private static MessageDigest named(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every JVM", e);
        }
    }

    /** The prototypes are never updated, only cloned. */
    private static MessageDigest fresh(MessageDigest prototype) {
        try {
            return (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's " + prototype.getAlgorithm() + " can be cloned", e);
        }
    }
}
