package org.agendum.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops OpenType layout tables (GSUB, GPOS, GDEF) from a TrueType font in memory, once per
 * build. PDFBox 3 runs every text run through the font's GSUB rules, compiling regular
 * expressions each time — most of the layout time for long papers — and its Latin GSUB
 * support only turns "fi" and "ff" into ligature glyphs, whose text then extracts as U+FB01
 * and U+FB00, so "filmed" cannot be searched for or read aloud reliably. Without the tables
 * every character maps to its own glyph.
 */
final class FontTables {

    private static final Set<String> DROPPED = Set.of("GSUB", "GPOS", "GDEF");

    private FontTables() {}

    static byte[] withoutLayoutTables(byte[] ttf) {
        ByteBuffer in = ByteBuffer.wrap(ttf);
        int version = in.getInt(0);
        int numTables = Short.toUnsignedInt(in.getShort(4));
        List<int[]> kept = new ArrayList<>(); // tag, checksum, offset, length
        for (int i = 0; i < numTables; i++) {
            int rec = 12 + 16 * i;
            int tag = in.getInt(rec);
            if (!DROPPED.contains(tagName(tag))) {
                kept.add(new int[] {tag, in.getInt(rec + 4), in.getInt(rec + 8), in.getInt(rec + 12)});
            }
        }
        if (kept.size() == numTables) {
            return ttf;
        }
        int n = kept.size();
        int headerSize = 12 + 16 * n;
        int size = headerSize;
        for (int[] t : kept) {
            size += pad(t[3]);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(n);
        out.putInt(version);
        out.putShort((short) n);
        out.putShort((short) (power * 16));
        out.putShort((short) Integer.numberOfTrailingZeros(power));
        out.putShort((short) (n * 16 - power * 16));
        int offset = headerSize;
        for (int[] t : kept) { // table records stay sorted by tag, as the format requires
            out.putInt(t[0]).putInt(t[1]).putInt(offset).putInt(t[3]);
            offset += pad(t[3]);
        }
        for (int[] t : kept) {
            out.put(ttf, t[2], t[3]);
            out.position(out.position() + pad(t[3]) - t[3]);
        }
        return out.array();
    }

    private static int pad(int length) {
        return (length + 3) & ~3;
    }

    private static String tagName(int tag) {
        byte[] b = ByteBuffer.allocate(4).putInt(tag).array();
        return new String(b, StandardCharsets.US_ASCII);
    }
}
