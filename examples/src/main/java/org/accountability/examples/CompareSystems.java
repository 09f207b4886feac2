package org.accountability.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.Comparison;

/**
 * Prints the two bundled case studies side by side: a table of every role and conduct both hold,
 * with each framework's statuses and verdict, then where they differ and why, cited. Federal agents
 * and city police answer through different law: damages against an ICE officer are restricted
 * (Bivens after Egbert), while § 1983 reaches an NYPD officer personally, with qualified immunity
 * as its hurdle; the United States answers in tort in place of its officers, the City for its own
 * policy or custom; and penalizing a missed quota is unlawful in New York only.
 *
 * <p>Run it from the repository root:
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile -Pcompare
 * }</pre>
 */
public final class CompareSystems {
  private CompareSystems() {}

  /**
   * The comparison of the ICE and NYPD case studies.
   *
   * @return the comparison, ICE on the left
   */
  public static Comparison iceAndNypd() {
    return Comparison.of(CaseStudies.iceDeportationQuotas(), CaseStudies.nypdQuotas());
  }

  /**
   * Prints the table, then the cited differences.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Comparison c = iceAndNypd();
    out.println(c);
    out.println();
    out.print(c.explain());
  }

  /**
   * Prints the comparison to standard output.
   *
   * @param args none
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }
}
