package org.accountability.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something an {@link OversightBody} did with one of its levers: an injunction, a probe, a
 * referral, a dashboard; against whom, about what conduct, under which liability, and with what
 * outcome.
 *
 * <p>An action against {@link Defendant#INDIVIDUAL}s in a role documents that liability for that
 * role and conduct; an action against the agency or the United States is an institutional route.
 *
 * <pre>{@code
 * OversightAction probe = OversightAction.builder()
 *     .id("oct-2025-detention-probe")
 *     .lever(Lever.INVESTIGATION)
 *     .summary("Probe of detentions of US citizens and use of force")
 *     .date(PartialDate.parse("~2025-10-20"))
 *     .liability(LiabilityType.POLITICAL)
 *     .addDefendants(Defendant.AGENCY, Defendant.INDIVIDUAL)
 *     .addRoles(Role.SENIOR_OFFICIAL)
 *     .addConducts(Conduct.UNLAWFUL_SEIZURE, Conduct.EXCESSIVE_FORCE)
 *     .outcome(OversightAction.Outcome.NO_OUTCOME_REPORTED)
 *     .addCitations("blumenthal-2025-10")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class OversightAction implements Fact {
  /** What came of an action. */
  public enum Outcome {
    /** The order, finding or relief sought was granted or upheld. */
    GRANTED,
    /** Granted, then stayed or suspended by a higher authority. */
    STAYED,
    /** Refused. */
    DENIED,
    /** Done (a dashboard published, a referral sent); nothing further to decide. */
    COMPLETED,
    /** Under way. */
    PENDING,
    /** The sources report no outcome. */
    NO_OUTCOME_REPORTED
  }

  OversightAction() {}

  @Override
  public final EntityKind entityKind() {
    return EntityKind.OVERSIGHT_ACTION;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutableOversightAction.Builder builder() {
    return ImmutableOversightAction.builder();
  }

  /**
   * The lever used; it must be one of its body's levers.
   *
   * @return the lever
   */
  public abstract Lever lever();

  /**
   * What was done, in a sentence.
   *
   * @return the summary
   */
  public abstract String summary();

  /**
   * When, where known.
   *
   * @return the date
   */
  public abstract Optional<PartialDate> date();

  /**
   * The liability it pursues.
   *
   * @return the liability type
   */
  public abstract LiabilityType liability();

  /**
   * Whom it is directed against.
   *
   * @return at least one defendant
   */
  public abstract List<Defendant> defendants();

  /**
   * The roles of the individuals it is directed against; not empty exactly when {@link
   * #defendants()} includes {@link Defendant#INDIVIDUAL}.
   *
   * @return the roles
   */
  public abstract List<Role> roles();

  /**
   * The conduct it is about; empty when it is about none of the model's conducts (access to
   * detention facilities, say).
   *
   * @return the conducts
   */
  public abstract List<Conduct> conducts();

  /**
   * The legal route it used, when it used one in the framework.
   *
   * @return the route id
   */
  public abstract Optional<String> route();

  /**
   * What came of it.
   *
   * @return the outcome
   */
  public abstract Outcome outcome();

  /**
   * The outcome in a sentence, such as who stayed an order and when.
   *
   * @return the outcome detail
   */
  public abstract Optional<String> outcomeDetail();

  @Override
  public abstract List<String> citations();

  /**
   * Whether it was directed against individuals in the role personally.
   *
   * @param role the role
   * @return true if {@link Defendant#INDIVIDUAL} and the role are both named
   */
  public boolean isAgainstIndividual(Role role) {
    return defendants().contains(Defendant.INDIVIDUAL) && roles().contains(role);
  }

  /**
   * Whether it was directed against the agency or the United States.
   *
   * @return true if institutional
   */
  public boolean isAgainstInstitution() {
    return defendants().contains(Defendant.AGENCY)
        || defendants().contains(Defendant.UNITED_STATES);
  }

  @Override
  public String label() {
    return summary();
  }

  @Value.Check
  void check() {
    EntityChecks checks = new EntityChecks("OversightAction", id());
    checks.id(id());
    checks.required("lever", lever());
    checks.text("summary", summary());
    checks.required("liability", liability());
    checks.required("outcome", outcome());
    checks.optionalText("outcomeDetail", outcomeDetail());
    checks.references("citations", citations());
    route().ifPresent(r -> checks.reference("route", r));
    checks.distinct("conducts", conducts());
    Parties.check(checks, defendants(), roles());
    checks.throwIfAny();
  }
}
