package org.agendum.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads content text files strictly: UTF-8 only, no NUL bytes, a size limit. */
final class TextFiles {

    /** No real agenda, report or plan comes near this; a bigger file is a mistake or an attack. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private TextFiles() {}

    /** The decoded file, or null after reporting why it cannot be read. */
    static SourceFile read(Path path, String display, Diagnostics diagnostics) {
        byte[] bytes = bytes(path, display, diagnostics);
        return bytes == null ? null : decode(path, display, bytes, diagnostics);
    }

    /** The file's bytes, or null after reporting why it cannot be read (too large, unreadable). */
    static byte[] bytes(Path path, String display, Diagnostics diagnostics) {
        SourceFile whole = new SourceFile(path, display, "");
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                diagnostics.error(whole.whole(), "file is " + size + " bytes; text files must be under "
                        + MAX_BYTES + " bytes (split it into several papers)");
                return null;
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            diagnostics.error(whole.whole(), "cannot read file: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
            return null;
        }
    }

    /** {@code bytes} of the file at {@code path} as its text, or null after reporting why they are not text. */
    static SourceFile decode(Path path, String display, byte[] bytes, Diagnostics diagnostics) {
        int start = byteOrderMark(bytes) ? 3 : 0;
        // Nearly every file is well-formed UTF-8 with neither NUL nor CR. For those, one scan
        // for the two bytes and the JDK's own decoder (which copies ASCII and Latin-1 text
        // straight into a compact string) do what the strict decoder below does in four
        // passes: 5 % of a one-paper rebuild's CPU on 5,000 papers. That decoder puts U+FFFD
        // for every malformed sequence, so a text without one had none; a text with one goes
        // the strict way, which says where the fault is or accepts a U+FFFD the file holds.
        if (!holdsNulOrCarriageReturn(bytes, start)) {
            String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return new SourceFile(path, display, text);
            }
        }
        return decodeStrictly(path, display, bytes, diagnostics);
    }

    private static boolean byteOrderMark(byte[] bytes) {
        // a UTF-8 byte-order mark is harmless; editors on Windows add it
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    /** In UTF-8 these two bytes are only ever those characters, never part of another. */
    private static boolean holdsNulOrCarriageReturn(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0 || b == '\r') {
                return true;
            }
        }
        return false;
    }

    /** {@link #decode} with a decoder that stops at the first malformed byte, to say where it is. */
    static SourceFile decodeStrictly(Path path, String display, byte[] bytes, Diagnostics diagnostics) {
        SourceFile whole = new SourceFile(path, display, "");
        int start = byteOrderMark(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int[] lc = lineColumnOfByte(bytes, bad);
            diagnostics.error(whole.at(lc[0], lc[1]), "file is not valid UTF-8 (byte 0x"
                    + String.format("%02X", bytes[bad] & 0xff) + "); save it as UTF-8");
            return null;
        }
        try {
            CoderResult flush = decoder.flush(out);
            if (flush.isError()) {
                flush.throwException();
            }
        } catch (CharacterCodingException e) {
            diagnostics.error(whole.whole(), "file is not valid UTF-8; save it as UTF-8");
            return null;
        }
        out.flip();
        String text = out.toString();
        if (text.indexOf('\r') >= 0) { // replace() copies even when there is nothing to replace; slowly for non-Latin-1 text
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int[] lc = lineColumnOfChar(text, nul);
            diagnostics.error(whole.at(lc[0], lc[1]), "file contains a NUL byte; it is not a text file");
            return null;
        }
        return new SourceFile(path, display, text);
    }

    private static int[] lineColumnOfByte(byte[] bytes, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return new int[] {line, col};
    }

    static int[] lineColumnOfChar(String text, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }
}
