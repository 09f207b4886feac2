package org.accountability.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A way in which conduct can lead to liability: a criminal statute, a damages action, an
 * injunction, an employment action, congressional oversight. What it covers, against whom, where it
 * is decided, on what standard, who can start it, on what legal basis, and whether it is open or
 * restricted in law.
 *
 * <p>Routes are the data the assessment rules read: a route against {@link Defendant#INDIVIDUAL}s
 * in a role, for a conduct, makes that liability {@code AVAILABLE} (or {@code RESTRICTED}) for the
 * role; a route against the agency or the United States is listed as an institutional route.
 *
 * <pre>{@code
 * LegalRoute section242 = LegalRoute.builder()
 *     .id("criminal-civil-rights-prosecution")
 *     .name("Prosecution for deprivation of rights under color of law")
 *     .liability(LiabilityType.CRIMINAL)
 *     .addConducts(Conduct.RACIAL_PROFILING, Conduct.UNLAWFUL_SEIZURE, Conduct.EXCESSIVE_FORCE)
 *     .addDefendants(Defendant.INDIVIDUAL)
 *     .addRoles(Role.LINE_AGENT, Role.FIELD_OFFICE_MANAGER, Role.SENIOR_OFFICIAL)
 *     .forum("Federal criminal court")
 *     .standardOfProof("beyond a reasonable doubt")
 *     .initiatedBy("the Justice Department")
 *     .addCitations("usc-18-242")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class LegalRoute implements Fact {
  /** Whether a route can be used as the law stands. */
  public enum Availability {
    /** It can be used. */
    OPEN,
    /** The law narrows it so far that it rarely if ever succeeds. */
    RESTRICTED
  }

  LegalRoute() {}

  @Override
  public final EntityKind entityKind() {
    return EntityKind.LEGAL_ROUTE;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableLegalRoute.Builder builder() {
    return ImmutableLegalRoute.builder();
  }

  /**
   * Its name, such as {@code Federal Tort Claims Act claim}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The liability it leads to.
   *
   * @return the liability type
   */
  public abstract LiabilityType liability();

  /**
   * The conduct it covers.
   *
   * @return at least one conduct
   */
  public abstract List<Conduct> conducts();

  /**
   * Who answers.
   *
   * @return at least one defendant
   */
  public abstract List<Defendant> defendants();

  /**
   * The roles of the individuals it reaches; not empty exactly when {@link #defendants()} includes
   * {@link Defendant#INDIVIDUAL}.
   *
   * @return the roles
   */
  public abstract List<Role> roles();

  /**
   * Where it is decided.
   *
   * @return the forum
   */
  public abstract String forum();

  /**
   * The standard of proof, where the sources state it.
   *
   * @return the standard of proof
   */
  public abstract Optional<String> standardOfProof();

  /**
   * Who can start it.
   *
   * @return who initiates it
   */
  public abstract String initiatedBy();

  /**
   * Whether it is open or restricted.
   *
   * @return the availability, {@link Availability#OPEN} unless set
   */
  @Value.Default
  public Availability availability() {
    return Availability.OPEN;
  }

  /**
   * Why it is restricted; required when restricted.
   *
   * @return the restriction
   */
  public abstract Optional<String> restriction();

  /**
   * Since when it is restricted, where known; before that date it counts as open.
   *
   * @return the date the restriction began
   */
  public abstract Optional<PartialDate> restrictedSince();

  /**
   * The citations of the restriction; required when restricted.
   *
   * @return citation ids
   */
  public abstract List<String> restrictedBy();

  /**
   * The oversight bodies that enforce it, where the framework has them.
   *
   * @return oversight body ids
   */
  public abstract List<String> enforcedBy();

  /**
   * The legal basis and the sources describing the route.
   *
   * @return citation ids
   */
  @Override
  public abstract List<String> citations();

  /**
   * Whether the route reaches individuals in the role personally for the conduct.
   *
   * @param role the role
   * @param conduct the conduct
   * @return true if it does
   */
  public boolean reachesIndividual(Role role, Conduct conduct) {
    return defendants().contains(Defendant.INDIVIDUAL)
        && roles().contains(role)
        && conducts().contains(conduct);
  }

  /**
   * Whether the route reaches the agency or the United States for the conduct.
   *
   * @param conduct the conduct
   * @return true if it does
   */
  public boolean reachesInstitution(Conduct conduct) {
    return (defendants().contains(Defendant.AGENCY)
            || defendants().contains(Defendant.UNITED_STATES))
        && conducts().contains(conduct);
  }

  /**
   * The availability on a day: a restriction counts only from {@link #restrictedSince()} (when
   * known, and certainly begun by that day).
   *
   * @param day the day
   * @return the availability on that day
   */
  public Availability availabilityOn(LocalDate day) {
    if (availability() == Availability.RESTRICTED
        && restrictedSince().isPresent()
        && !restrictedSince().get().certainlyOnOrBefore(day)) {
      return Availability.OPEN;
    }
    return availability();
  }

  @Override
  public String label() {
    return name();
  }

  @Value.Check
  void check() {
    EntityChecks checks = new EntityChecks("LegalRoute", id());
    checks.id(id());
    checks.text("name", name());
    checks.required("liability", liability());
    checks.distinct("conducts", conducts());
    checks.check(!conducts().isEmpty(), "conducts", "must name at least one conduct");
    Parties.check(checks, defendants(), roles());
    checks.text("forum", forum());
    checks.optionalText("standardOfProof", standardOfProof());
    checks.text("initiatedBy", initiatedBy());
    checks.required("availability", availability());
    checks.optionalText("restriction", restriction());
    checks.references("restrictedBy", restrictedBy());
    checks.references("enforcedBy", enforcedBy());
    checks.references("citations", citations());
    boolean restricted = availability() == Availability.RESTRICTED;
    if (restricted) {
      checks.check(restriction().isPresent(), "restriction", "is required when RESTRICTED");
      checks.check(!restrictedBy().isEmpty(), "restrictedBy", "must cite the restriction");
    } else {
      checks.check(
          restriction().isEmpty() && restrictedBy().isEmpty() && restrictedSince().isEmpty(),
          "availability",
          "is OPEN, so restriction, restrictedBy and restrictedSince must be empty");
    }
    checks.throwIfAny();
  }
}
