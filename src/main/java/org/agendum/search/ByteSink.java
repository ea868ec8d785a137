package org.agendum.search;

import java.util.Arrays;

/**
 * A growable byte array for the static index's binary files. ByteArrayOutputStream would do,
 * but its every write is synchronized, and the term chunks are written a byte at a time
 * (varints): that lock was the largest single cost of writing the static index.
 */
final class ByteSink {

    private byte[] bytes = new byte[256];
    private int size;

    int size() {
        return size;
    }

    void write(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = (byte) b;
    }

    void write(byte[] b) {
        if (size + b.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + b.length));
        }
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    /** An unsigned LEB128 varint: seven bits per byte, low bits first, high bit set on all but the last. */
    void varint(long v) {
        if (v < 0) {
            throw new IllegalArgumentException("varints are unsigned: " + v);
        }
        while (v >= 0x80) {
            write((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        write((int) v);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}
