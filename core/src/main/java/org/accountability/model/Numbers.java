package org.accountability.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats the model's numbers the same way everywhere: grouped thousands, no needless decimals. */
final class Numbers {
  private Numbers() {}

  /**
   * The value as {@code new DecimalFormat("#,##0.##",
   * DecimalFormatSymbols.getInstance(Locale.ROOT))} formats it ({@code 1,200.5}, {@code 0.33}),
   * without loading {@code java.text}'s locale data, which costs a new JVM some 20 ms before its
   * first answer: the digits of the shortest decimal that reads back as the value (those of {@link
   * Double#toString(double)}), rounded to two places half to even by the value's exact binary
   * expansion, as {@code DecimalFormat} rounds. Values of a thousand million million and more,
   * where JDK 19's new {@code Double.toString} and {@code DecimalFormat} can pick different digits,
   * and values that are not finite, are formatted by {@code DecimalFormat} itself.
   */
  static String format(double value) {
    if (!(Math.abs(value) < 1e15)) {
      return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
          .format(value);
    }
    BigDecimal shortest = BigDecimal.valueOf(Math.abs(value));
    BigDecimal rounded =
        shortest.scale() > 2
            ? new BigDecimal(Math.abs(value)).setScale(2, RoundingMode.HALF_EVEN)
            : shortest;
    String plain = rounded.stripTrailingZeros().toPlainString();
    int point = plain.indexOf('.');
    int integerDigits = point < 0 ? plain.length() : point;
    StringBuilder out = new StringBuilder(plain.length() + integerDigits / 3 + 1);
    // DecimalFormat signs a negative value and negative zero, even when it rounds to 0 ("-0").
    if (Double.doubleToRawLongBits(value) < 0) {
      out.append('-');
    }
    for (int i = 0; i < integerDigits; i++) {
      if (i > 0 && (integerDigits - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    return out.append(plain, integerDigits, plain.length()).toString();
  }
}
