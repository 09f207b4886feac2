package org.accountability.benchmarks;

import org.accountability.casestudy.CaseStudies;
import org.accountability.model.Conduct;
import org.accountability.model.Role;

/** Loads the ICE case study and prints one answer: the start-up cost of a first answer. */
public final class AnswerOnce {
  private AnswerOnce() {}

  /**
   * Prints the verdict for field office managers who miss a quota.
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.out.println(
        CaseStudies.iceDeportationQuotas()
            .assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA)
            .verdict());
  }
}
