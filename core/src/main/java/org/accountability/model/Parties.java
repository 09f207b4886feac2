package org.accountability.model;

import java.util.List;

/** The one rule tying defendants to roles, shared by legal routes and oversight actions. */
final class Parties {
  private Parties() {}

  static void check(EntityChecks checks, List<Defendant> defendants, List<Role> roles) {
    checks.distinct("defendants", defendants);
    checks.distinct("roles", roles);
    checks.check(
        !defendants.isEmpty(),
        Problem.Code.MISSING,
        "defendants",
        "must name at least one defendant");
    boolean individual = defendants.contains(Defendant.INDIVIDUAL);
    if (individual) {
      checks.check(
          !roles.isEmpty(),
          Problem.Code.MISSING,
          "roles",
          "must name the roles of the individuals when defendants include INDIVIDUAL");
    } else {
      checks.check(
          roles.isEmpty(),
          Problem.Code.INCONSISTENT,
          "roles",
          "must be empty unless defendants include INDIVIDUAL");
    }
  }
}
