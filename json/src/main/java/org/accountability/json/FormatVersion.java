package org.accountability.json;

import java.util.List;
import java.util.Set;
import org.accountability.model.Citation;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.LegalRoute;
import org.accountability.model.Lever;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Role;
import org.jspecify.annotations.Nullable;

/**
 * The versions of the document format this library reads: the one it writes, and 1.0, which it
 * reads by converting. Each major version is read in its own dialect: the properties and enum
 * constants that version had, and in 1.0 the closed lists of roles and conducts it had before they
 * became open vocabularies.
 */
enum FormatVersion {
  /** The first release of the format, read by conversion. */
  V1_0(1, 0),
  /** The version this library writes. */
  V2_0(2, 0);

  /** The version the writer writes; the same as {@link AccountabilityJson#FORMAT_VERSION}. */
  static final FormatVersion CURRENT = V2_0;

  /**
   * What format 1.0 meant without saying: a conduct was unlawful exactly when the model said so,
   * and the model said so of these.
   */
  static final List<Conduct> UNLAWFUL_IN_1_0 =
      List.of(Conduct.RACIAL_PROFILING, Conduct.UNLAWFUL_SEIZURE, Conduct.EXCESSIVE_FORCE);

  /** The roles of format 1.0, a closed list: its schema's enum, all of them standard roles now. */
  static final List<Role> ROLES_1_0 =
      List.of(Role.LINE_AGENT, Role.FIELD_OFFICE_MANAGER, Role.SENIOR_OFFICIAL, Role.ADJUDICATOR);

  /** The conducts of format 1.0, a closed list: its schema's enum, all of them standard now. */
  static final List<Conduct> CONDUCTS_1_0 =
      List.of(
          Conduct.MISSED_QUOTA,
          Conduct.RACIAL_PROFILING,
          Conduct.UNLAWFUL_SEIZURE,
          Conduct.EXCESSIVE_FORCE);

  /** Enum constants that 2.0 added; a 1.0 document cannot use them. */
  private static final Set<Enum<?>> ADDED_IN_2_0 =
      Set.of(
          PersonnelAction.Status.REPORTED,
          Citation.Kind.GOVERNMENT_DOCUMENT,
          Defendant.MUNICIPALITY,
          Defendant.EMPLOYER,
          LegalRoute.Availability.PROPOSED,
          OversightAction.Outcome.SETTLED,
          OversightAction.Outcome.SETTLED_WITHOUT_ADMISSION,
          OversightAction.Outcome.DISMISSED,
          OversightAction.Outcome.PARTLY_DISMISSED,
          OversightAction.Outcome.REINSTATED_ON_APPEAL,
          OversightAction.Outcome.APPROVED,
          OversightAction.Outcome.ENACTED,
          OversightAction.Outcome.VETOED,
          PersonnelAction.Kind.DISCIPLINE,
          PersonnelAction.Kind.ADVERSE_EVALUATION,
          PersonnelAction.Kind.SCHEDULE_CHANGE,
          PersonnelAction.Kind.BENEFIT_DENIED,
          Directive.Kind.UNSTATED_TARGET,
          Lever.LEGISLATION,
          Lever.GRIEVANCE,
          Lever.MONITORING,
          Lever.DISCIPLINE,
          OversightBody.Kind.UNION,
          OversightBody.Kind.ARBITRATOR,
          OversightBody.Kind.COURT_MONITOR,
          OversightBody.Kind.AGENCY);

  final int major;
  final int minor;

  FormatVersion(int major, int minor) {
    this.major = major;
    this.minor = minor;
  }

  /** The version of a major number, or null when this library reads no version of it. */
  static @Nullable FormatVersion ofMajor(long major) {
    for (FormatVersion v : values()) {
      if (v.major == major) {
        return v;
      }
    }
    return null;
  }

  /** The versions this library reads, for messages: {@code 1.0 and 2.0}. */
  static String readable() {
    StringBuilder out = new StringBuilder();
    FormatVersion[] all = values();
    for (int i = 0; i < all.length; i++) {
      out.append(i == 0 ? "" : i == all.length - 1 ? " and " : ", ").append(all[i]);
    }
    return out.toString();
  }

  /** Whether a document of this version may use an enum constant. */
  boolean has(Enum<?> constant) {
    return this != V1_0 || !ADDED_IN_2_0.contains(constant);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
