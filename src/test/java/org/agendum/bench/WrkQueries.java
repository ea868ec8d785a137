package org.agendum.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prints a wrk Lua script whose requests cycle through two-word /api/search queries drawn
 * from the synthetic corpus's vocabulary, with every tenth filtered by committee or year.
 */
public final class WrkQueries {

    private WrkQueries() {}

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
        List<String> words = SyntheticCorpus.sampleWords(seed + 7, 2000);
        StringBuilder lua = new StringBuilder("paths = {\n");
        for (int i = 0; i + 1 < words.size(); i += 2) {
            String q = URLEncoder.encode(words.get(i) + " " + words.get(i + 1), StandardCharsets.UTF_8);
            String extra = i % 20 == 0 ? "&committee=committee-" + (i / 20 % 12) : i % 20 == 10 ? "&from=2012-01-01&to=2012-12-31" : "";
            lua.append("  \"/api/search?q=").append(q).append(extra).append("\",\n");
        }
        lua.append("}\ncounter = 0\n")
                .append("request = function()\n  counter = counter + 1\n")
                .append("  return wrk.format(\"GET\", paths[(counter % #paths) + 1])\nend\n");
        System.out.print(lua);
    }
}
