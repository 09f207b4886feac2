package org.accountability.framework;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.accountability.model.Citation;
import org.accountability.model.Conduct;
import org.accountability.model.Directive;
import org.accountability.model.Fact;
import org.accountability.model.LegalRoute;
import org.accountability.model.LiabilityType;
import org.accountability.model.OversightAction;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Role;

/**
 * How the answer for a role and conduct changed over time: each date on which a pathway's status or
 * the verdict changed, from what to what, and the facts and sources that changed it. It replays
 * {@link AccountabilityFramework#assess(Role, Conduct, LocalDate)} on every date the framework's
 * sources and facts give (a source's publication, a fact's known or valid date, a step in an
 * outcome, a restriction in law).
 *
 * <pre>{@code
 * Timeline t = ice.timeline(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA);
 * t.changes().get(0).day();
 * System.out.println(t);   // a table
 * }</pre>
 */
public final class Timeline {
  /**
   * One change of the answer.
   *
   * @param day the first day on which the new answer holds
   * @param liability the liability whose status changed; empty for the verdict
   * @param from the status or verdict before
   * @param to the status or verdict from that day
   * @param facts ids of the facts that changed it
   * @param citations ids of the sources first shown that day behind the change
   */
  public record Change(
      LocalDate day,
      Optional<LiabilityType> liability,
      String from,
      String to,
      ImmutableList<String> facts,
      ImmutableList<String> citations) {
    /** Checks that no component is null and copies the lists. */
    public Change {
      requireNonNull(day, "day");
      requireNonNull(liability, "liability");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      facts = ImmutableList.copyOf(requireNonNull(facts, "facts"));
      citations = ImmutableList.copyOf(requireNonNull(citations, "citations"));
    }

    /**
     * What changed: the liability's name, or {@code verdict}.
     *
     * @return the subject of the change
     */
    public String subject() {
      return liability.map(l -> l.name().toLowerCase(Locale.ROOT)).orElse("verdict");
    }
  }

  private final Role role;
  private final Conduct conduct;
  private final Assessment initial;
  private final ImmutableList<Change> changes;

  private Timeline(Role role, Conduct conduct, Assessment initial, ImmutableList<Change> changes) {
    this.role = role;
    this.conduct = conduct;
    this.initial = initial;
    this.changes = changes;
  }

  static Timeline of(AccountabilityFramework f, Role role, Conduct conduct) {
    List<LocalDate> days = candidateDays(f);
    LocalDate before = days.isEmpty() ? LocalDate.of(1900, 1, 1) : days.get(0).minusDays(1);
    Assessment initial = f.assess(role, conduct, before);
    Assessment previous = initial;
    List<Change> changes = new ArrayList<>();
    for (LocalDate day : days) {
      Assessment now = f.assess(role, conduct, day);
      List<String> newCitations = new ArrayList<>();
      for (LiabilityType liability : LiabilityType.values()) {
        Assessment.Pathway was = previous.pathway(liability);
        Assessment.Pathway is = now.pathway(liability);
        if (was.status() != is.status()) {
          ImmutableList<String> facts = changed(was.trace().evidence(), is.trace().evidence());
          ImmutableList<String> cited = newlyShown(previous, was, now, is);
          if (cited.isEmpty()) {
            cited = now.time().shown(citationsOf(f, facts));
          }
          newCitations.addAll(cited);
          changes.add(
              new Change(
                  day,
                  Optional.of(liability),
                  was.status().name(),
                  is.status().name(),
                  facts,
                  cited));
        }
      }
      if (previous.verdict() != now.verdict()) {
        changes.add(
            new Change(
                day,
                Optional.empty(),
                previous.verdict().name(),
                now.verdict().name(),
                changed(previous.verdictTrace().evidence(), now.verdictTrace().evidence()),
                ImmutableList.copyOf(new LinkedHashSet<>(newCitations))));
      }
      previous = now;
    }
    return new Timeline(role, conduct, initial, ImmutableList.copyOf(changes));
  }

  /** Every date on which something in the framework may begin to count, in order. */
  private static List<LocalDate> candidateDays(AccountabilityFramework f) {
    Set<LocalDate> days = new TreeSet<>();
    for (Citation c : f.citations()) {
      c.date().ifPresent(d -> days.add(d.latest()));
    }
    List<Fact> facts = new ArrayList<>();
    facts.addAll(f.directives().list());
    facts.addAll(f.personnelActions().list());
    facts.addAll(f.oversightActions().list());
    facts.addAll(f.routes().list());
    facts.addAll(f.claims().list());
    for (Fact x : facts) {
      x.knownSince().ifPresent(d -> days.add(d.latest()));
      valid(x).ifPresent(d -> days.add(d.earliest()));
      if (x instanceof OversightAction a) {
        a.outcomes().forEach(s -> s.date().ifPresent(d -> days.add(d.earliest())));
      }
      if (x instanceof LegalRoute r) {
        r.restrictedSince().ifPresent(d -> days.add(d.latest()));
      }
    }
    return List.copyOf(days);
  }

  private static Optional<PartialDate> valid(Fact x) {
    if (x instanceof Directive d) {
      return d.effective();
    } else if (x instanceof PersonnelAction a) {
      return a.date();
    } else if (x instanceof OversightAction a) {
      return a.date();
    }
    return Optional.empty();
  }

  /** The citations behind facts: a route's every citation, another fact's own. */
  private static List<String> citationsOf(AccountabilityFramework f, List<String> factIds) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : factIds) {
      f.entity(id)
          .ifPresent(
              e -> {
                if (e instanceof LegalRoute r) {
                  ids.addAll(RouteCitations.of(r));
                } else if (e instanceof Fact x) {
                  ids.addAll(x.citations());
                }
              });
    }
    return List.copyOf(ids);
  }

  private static ImmutableList<String> changed(List<String> before, List<String> after) {
    List<String> added = new ArrayList<>(after);
    added.removeAll(before);
    return ImmutableList.copyOf(added.isEmpty() ? after : added);
  }

  private static ImmutableList<String> newlyShown(
      Assessment previous, Assessment.Pathway was, Assessment now, Assessment.Pathway is) {
    Set<String> ids = new LinkedHashSet<>(now.time().shown(is.citations()));
    ids.removeAll(previous.time().shown(was.citations()));
    return ImmutableList.copyOf(ids);
  }

  /**
   * The role.
   *
   * @return the role
   */
  public Role role() {
    return role;
  }

  /**
   * The conduct.
   *
   * @return the conduct
   */
  public Conduct conduct() {
    return conduct;
  }

  /**
   * The answer before the earliest date the framework gives.
   *
   * @return the initial assessment
   */
  public Assessment initial() {
    return initial;
  }

  /**
   * Every change, in date order (the liabilities in {@link LiabilityType} order, then the verdict).
   *
   * @return the changes
   */
  public ImmutableList<Change> changes() {
    return changes;
  }

  /**
   * The changes on or before a day.
   *
   * @param day the day
   * @return the changes up to that day
   */
  public ImmutableList<Change> until(LocalDate day) {
    requireNonNull(day, "day");
    return changes.stream()
        .filter(c -> !c.day().isAfter(day))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A table: the answer before the first date, then one row per change.
   *
   * @return the table
   */
  @Override
  public String toString() {
    StringBuilder out =
        new StringBuilder()
            .append(role)
            .append(" x ")
            .append(conduct)
            .append(", at first (as of ")
            .append(initial.asOf().map(LocalDate::toString).orElse(""))
            .append(", before the framework's earliest date): ")
            .append(statuses(initial))
            .append('\n');
    out.append(
        TextTable.render(
            List.of(
                TextTable.<Change>column("day", c -> c.day().toString()),
                TextTable.column("what", Change::subject),
                TextTable.column("from", Change::from),
                TextTable.column("to", Change::to),
                TextTable.column("facts", c -> String.join(", ", c.facts())),
                TextTable.column("sources", c -> String.join(", ", c.citations()))),
            changes,
            "changes"));
    return out.toString();
  }

  static String statuses(Assessment a) {
    StringBuilder out = new StringBuilder();
    for (Assessment.Pathway p : a.pathways()) {
      out.append(p.liability()).append('=').append(p.status()).append(", ");
    }
    return out.append("verdict ").append(a.verdict()).toString();
  }
}
