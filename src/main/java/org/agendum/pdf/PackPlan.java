package org.agendum.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendum.model.PageRange;

/**
 * Where everything sits in an agenda pack, worked out from page counts alone: the front
 * sheet, then each item's documents in order, every document starting on an odd (right-hand)
 * page after a blank page when needed. An item's range runs from its first document's first
 * page to its last document's last page, so blank pages between its own documents count and
 * the blank page after it does not — as councils print it.
 *
 * @param starts for each item, each document's first pack page (1-based)
 * @param blankBefore for each item, whether each document is preceded by a blank page
 */
record PackPlan(int frontPages, List<List<Integer>> starts, List<List<Boolean>> blankBefore,
        Map<String, PageRange> ranges, int pageCount) {

    /** An item and the page counts of its documents, in pack order. */
    record Item(String number, List<Integer> documentPages) {
        Item {
            documentPages = List.copyOf(documentPages);
        }
    }

    static PackPlan of(int frontPages, List<Item> items) {
        if (frontPages < 1) {
            throw new IllegalArgumentException("a front sheet has at least one page");
        }
        int used = frontPages;
        List<List<Integer>> starts = new ArrayList<>();
        List<List<Boolean>> blanks = new ArrayList<>();
        Map<String, PageRange> ranges = new LinkedHashMap<>();
        for (Item item : items) {
            List<Integer> itemStarts = new ArrayList<>();
            List<Boolean> itemBlanks = new ArrayList<>();
            for (int pages : item.documentPages()) {
                if (pages < 1) {
                    throw new IllegalArgumentException("item " + item.number() + " has a document with no pages");
                }
                boolean blank = (used + 1) % 2 == 0;
                if (blank) {
                    used++;
                }
                itemStarts.add(used + 1);
                itemBlanks.add(blank);
                used += pages;
            }
            if (!itemStarts.isEmpty()) {
                ranges.put(item.number(), new PageRange(itemStarts.get(0), used));
            }
            starts.add(List.copyOf(itemStarts));
            blanks.add(List.copyOf(itemBlanks));
        }
        return new PackPlan(frontPages, List.copyOf(starts), List.copyOf(blanks), ranges, used);
    }

    /** The front sheet's labels: item number → "Pages 25 - 40". */
    Map<String, String> labels() {
        Map<String, String> out = new LinkedHashMap<>();
        ranges.forEach((k, v) -> out.put(k, v.label()));
        return out;
    }
}
