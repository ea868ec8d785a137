package org.agendum.content;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.model.Cost;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Plan costs. A number counts as pounds; so does a string that starts with a pound amount
 * ({@code "£38,996"}, {@code "£65,000 (approx costs for all 250 schools)"}); {@code TBC},
 * {@code N/A} and other text count as nothing.
 */
final class Costs {

    private static final Pattern LEADING_POUNDS =
            Pattern.compile("£\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d{1,2})?(?![\\d,.]*\\d)(?!\\s*[kKmM]\\b).*", Pattern.DOTALL);

    private Costs() {}

    static Cost read(FileContext ctx, Node n, String key) {
        BigDecimal number = YamlMap.scalarNumber(n);
        if (number != null) {
            return new Cost(format(number), number);
        }
        String text = YamlMap.text(ctx, n, key);
        if (text == null) {
            return null;
        }
        return new Cost(text, amountIn(text));
    }

    /** The pounds a cost text counts for, or null. */
    static BigDecimal amountIn(String text) {
        Matcher m = LEADING_POUNDS.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        return new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
    }

    static String format(BigDecimal amount) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.UK);
        f.setMaximumFractionDigits(amount.scale() > 0 ? 2 : 0);
        f.setMinimumFractionDigits(amount.scale() > 0 ? 2 : 0);
        return f.format(amount);
    }
}
