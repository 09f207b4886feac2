package org.accountability.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Numbers in answers ({@code 1,200-1,500 arrests per day}) are formatted without {@code
 * DecimalFormat}, but exactly as it formats them: the same text for every value, on every JDK.
 */
class NumbersTest {
  private static final DecimalFormat FORMAT =
      new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

  @Test
  void edgesAreFormattedAsDecimalFormatFormatsThem() {
    for (double value :
        new double[] {
          0,
          -0.0,
          0.5,
          0.125,
          0.135,
          2.675,
          1.005,
          0.005,
          0.015,
          0.025,
          0.1 + 0.2,
          1_200.5,
          999.995,
          999_999.995,
          1e-7,
          -0.001,
          -1_200.5,
          123_456_789.125,
          1e15 - 0.25,
          1e15,
          1e20,
          Double.parseDouble("1.2345678901234567e25"), // digits a double does not hold
          Double.parseDouble("9007199254740993"),
          Double.MAX_VALUE,
          Double.MIN_VALUE,
          -Double.MIN_VALUE,
          Double.NaN,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY
        }) {
      assertEquals(FORMAT.format(value), Numbers.format(value), Double.toString(value));
    }
  }

  @Test
  void valuesOfEveryKindAreFormattedAsDecimalFormatFormatsThem() {
    SplittableRandom random = new SplittableRandom(20261202);
    List<String> differing = new ArrayList<>();
    for (int i = 0; i < 300_000; i++) {
      double value =
          switch (i % 6) {
            case 0 -> random.nextDouble() * 1000; // rates and ratios
            case 1 -> Math.round(random.nextDouble() * 1e6) / 1000.0; // three decimals: rounded
            case 2 -> (random.nextInt(200_000) + 0.5) / 100.0; // ties at the third decimal
            case 3 -> random.nextInt(100_000) / 8.0 * (random.nextBoolean() ? 1 : -1);
            case 4 -> Double.longBitsToDouble(random.nextLong()); // any double at all
            default -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 10);
          };
      String expected = FORMAT.format(value);
      String actual = Numbers.format(value);
      if (!expected.equals(actual)) {
        differing.add(value + ": " + expected + " but " + actual);
      }
    }
    assertEquals(List.of(), differing);
  }
}
