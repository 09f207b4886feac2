package org.accountability.framework;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Fact;
import org.accountability.model.LegalRoute;
import org.accountability.model.OversightAction;
import org.accountability.model.PartialDate;

/**
 * What could be known on a day: the two time axes of the model. Valid time is when a thing happened
 * or took effect; known time is when it could first be known, by default the earliest date among
 * its sources.
 *
 * <p>As of a day, a source is shown when it was certainly published by then; a statute or case
 * without a date is law in force throughout and always shown; any other undated source cannot be
 * placed in time and is left out. A fact counts when it was known by then ({@link
 * Fact#knownSince()}, or a shown dated source) and possibly happened by then. Without a day,
 * everything counts.
 */
final class AsOf {
  private final AccountabilityFramework f;
  private final Optional<LocalDate> day;

  private AsOf(AccountabilityFramework f, Optional<LocalDate> day) {
    this.f = f;
    this.day = day;
  }

  static AsOf of(AccountabilityFramework f, Optional<LocalDate> day) {
    return new AsOf(f, day);
  }

  Optional<LocalDate> day() {
    return day;
  }

  /** Whether a citation can be shown: certainly published by the day, or undated law. */
  boolean shows(String citationId) {
    if (day.isEmpty()) {
      return true;
    }
    Optional<Citation> c = f.citation(citationId);
    if (c.isEmpty()) {
      return false;
    }
    return c.get().date().isPresent()
        ? c.get().date().get().certainlyOnOrBefore(day.get())
        : isLaw(c.get());
  }

  /** The citations of a list that can be shown, in order. */
  ImmutableList<String> shown(List<String> citationIds) {
    return day.isEmpty()
        ? ImmutableList.copyOf(citationIds)
        : citationIds.stream().filter(this::shows).collect(ImmutableList.toImmutableList());
  }

  /** Whether a fact could be known by the day. */
  boolean knows(Fact fact) {
    if (day.isEmpty()) {
      return true;
    }
    if (fact.knownSince().isPresent()) {
      return fact.knownSince().get().certainlyOnOrBefore(day.get());
    }
    return fact.citations().stream().anyMatch(this::shows);
  }

  /** Whether something with this valid time possibly happened by the day (undated: it may have). */
  boolean happened(Optional<PartialDate> validTime) {
    return day.isEmpty() || validTime.map(d -> d.possiblyOnOrBefore(day.get())).orElse(true);
  }

  /** Whether a fact counts as of the day: known by then and possibly happened by then. */
  boolean counts(Fact fact, Optional<PartialDate> validTime) {
    return knows(fact) && happened(validTime);
  }

  /**
   * A precondition's status as the sources shown by the day have it: established or contradicted
   * only once a source saying so is shown.
   */
  LegalRoute.Precondition.Status status(LegalRoute.Precondition p) {
    if (p.status() != LegalRoute.Precondition.Status.NOT_ESTABLISHED
        && p.citations().stream().noneMatch(this::shows)) {
      return LegalRoute.Precondition.Status.NOT_ESTABLISHED;
    }
    return p.status();
  }

  /** A route's availability on the day: a restriction counts once it began and is shown. */
  LegalRoute.Availability availability(LegalRoute r) {
    if (day.isEmpty()) {
      return r.availability();
    }
    if (r.availability() == LegalRoute.Availability.RESTRICTED
        && r.restrictedBy().stream().noneMatch(this::shows)) {
      return LegalRoute.Availability.OPEN;
    }
    return r.availabilityOn(day.get());
  }

  /** The outcome of an action as it stood on the day: its last step shown by then. */
  Optional<OversightAction.OutcomeStep> outcome(OversightAction a) {
    Optional<OversightAction.OutcomeStep> last = Optional.empty();
    for (OversightAction.OutcomeStep step : a.outcomes()) {
      if (happened(step.date()) && step.citations().stream().anyMatch(this::shows)) {
        last = Optional.of(step);
      }
    }
    return last;
  }

  /**
   * A claim's evidence status as the sources shown by the day have it: a contested claim reads as
   * reported until a contradicting or two-sided source is shown.
   */
  Claim.EvidenceStatus status(Claim c) {
    if (c.status() == Claim.EvidenceStatus.CONTESTED
        && c.citations(Claim.Stance.CONTRADICTS).stream().noneMatch(this::shows)
        && c.citations(Claim.Stance.REPORTS_BOTH).stream().noneMatch(this::shows)) {
      return Claim.EvidenceStatus.REPORTED;
    }
    return c.status();
  }

  private static boolean isLaw(Citation c) {
    return c.kind() == Citation.Kind.STATUTE || c.kind() == Citation.Kind.CASE;
  }
}
