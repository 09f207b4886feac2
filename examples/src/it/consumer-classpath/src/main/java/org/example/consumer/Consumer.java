package org.example.consumer;

import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.framework.Verdict;
import org.accountability.json.AccountabilityJson;
import org.accountability.model.Conduct;
import org.accountability.model.Role;

/** What a user's code does with the library: load the case study, query it, assess it, save it. */
public final class Consumer {
  private Consumer() {}

  /** The bundled ICE case study. */
  public static AccountabilityFramework caseStudy() {
    return CaseStudies.iceDeportationQuotas();
  }

  /** How many personnel actions were taken against senior officials. */
  public static long actionsAgainstSeniorOfficials(AccountabilityFramework framework) {
    return framework.personnelActions().against(Role.SENIOR_OFFICIAL).count();
  }

  /** Whether a line agent can be held accountable for missing the quota. */
  public static Verdict lineAgentMissingTheQuota(AccountabilityFramework framework) {
    return framework.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).verdict();
  }

  /** The framework written as a JSON document. */
  public static String toJson(AccountabilityFramework framework) {
    return AccountabilityJson.create().write(framework);
  }

  /** A framework read from a JSON document. */
  public static AccountabilityFramework fromJson(String json) {
    return AccountabilityJson.create().read(json);
  }

  /**
   * Prints the answers.
   *
   * @param args none
   */
  public static void main(String[] args) {
    AccountabilityFramework ice = caseStudy();
    System.out.println(ice);
    System.out.println("actions against senior officials: " + actionsAgainstSeniorOfficials(ice));
    System.out.println("line agent x missed quota: " + lineAgentMissingTheQuota(ice));
  }
}
