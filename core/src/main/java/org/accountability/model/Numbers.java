package org.accountability.model;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats the model's numbers the same way everywhere: grouped thousands, no needless decimals. */
final class Numbers {
  private Numbers() {}

  static String format(double value) {
    DecimalFormat format =
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(value);
  }
}
