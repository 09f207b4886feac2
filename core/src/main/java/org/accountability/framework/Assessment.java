package org.accountability.framework;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Directive;
import org.accountability.model.Fact;
import org.accountability.model.LegalRoute;
import org.accountability.model.LiabilityType;
import org.accountability.model.OversightBody;
import org.accountability.model.Role;

/**
 * The answer to "can a person in this role be held accountable for this conduct, by what
 * mechanism, on what evidence?": one {@link Pathway} per {@link LiabilityType}, a {@link Verdict},
 * the directives and claims involved, and a cited Markdown {@link #explain() explanation}.
 *
 * <p>Every status and the verdict come from rules over the framework's data, and each carries the
 * {@link Trace} of the rule that set it. Change the data and the answer changes with it.
 *
 * <pre>{@code
 * Assessment a = ice.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA);
 * a.verdict();                                        // LIMITED
 * a.pathway(LiabilityType.ADMINISTRATIVE).status();   // DOCUMENTED
 * a.pathway(LiabilityType.ADMINISTRATIVE).trace();    // why
 * System.out.println(a.explain());                    // Markdown with numbered references
 * }</pre>
 */
public final class Assessment {
  /**
   * Why a status or verdict is what it is: the rule that fired, in words, and the ids of the
   * entities it rested on.
   *
   * @param rule the rule's name, such as {@code documented-instance}
   * @param reason the reason, as a sentence
   * @param evidence ids of the entities the rule rested on (empty for an absence)
   */
  public record Trace(String rule, String reason, ImmutableList<String> evidence) {
    /** Checks that no component is null. */
    public Trace {
      requireNonNull(rule, "rule");
      requireNonNull(reason, "reason");
      evidence = ImmutableList.copyOf(evidence);
    }

    @Override
    public String toString() {
      return rule + ": " + reason;
    }
  }

  /**
   * One liability for the individual: its status and everything behind it.
   *
   * @param liability the liability type
   * @param status the status for the individual in the role
   * @param routes the routes that reach the individual for the conduct
   * @param institutionalRoutes the routes the same conduct opens against the agency or the United
   *     States
   * @param documented the decided sanctions and proceedings against individuals in the role for
   *     the conduct
   * @param institutionalProceedings the proceedings against the agency or the United States for
   *     the conduct
   * @param notCounted actions against the role for the conduct that do not document
   *     accountability (threats, incentives, withdrawn schemes)
   * @param enforcingBodies the bodies that enforce the routes or brought the proceedings
   * @param trace the rule that set the status
   */
  public record Pathway(
      LiabilityType liability,
      PathwayStatus status,
      ImmutableList<LegalRoute> routes,
      ImmutableList<LegalRoute> institutionalRoutes,
      ImmutableList<Fact> documented,
      ImmutableList<Fact> institutionalProceedings,
      ImmutableList<Fact> notCounted,
      ImmutableList<OversightBody> enforcingBodies,
      Trace trace) {
    /** Checks that no component is null and copies the lists. */
    public Pathway {
      requireNonNull(liability, "liability");
      requireNonNull(status, "status");
      routes = ImmutableList.copyOf(routes);
      institutionalRoutes = ImmutableList.copyOf(institutionalRoutes);
      documented = ImmutableList.copyOf(documented);
      institutionalProceedings = ImmutableList.copyOf(institutionalProceedings);
      notCounted = ImmutableList.copyOf(notCounted);
      enforcingBodies = ImmutableList.copyOf(enforcingBodies);
      requireNonNull(trace, "trace");
    }

    /**
     * Where the routes that reach the individual are decided.
     *
     * @return the forums, without repeats
     */
    public ImmutableSet<String> forums() {
      return routes.stream().map(LegalRoute::forum).collect(ImmutableSet.toImmutableSet());
    }

    /**
     * The standards of proof of those routes, where the sources state them.
     *
     * @return the standards, without repeats
     */
    public ImmutableSet<String> standardsOfProof() {
      return routes.stream()
          .flatMap(r -> r.standardOfProof().stream())
          .collect(ImmutableSet.toImmutableSet());
    }

    /**
     * The ids of every citation behind the pathway: routes (and their restrictions), documented
     * instances, institutional routes and proceedings.
     *
     * @return citation ids, in first-use order
     */
    public ImmutableList<String> citations() {
      Set<String> ids = new LinkedHashSet<>();
      for (LegalRoute r : routes) {
        ids.addAll(r.citations());
        ids.addAll(r.restrictedBy());
      }
      documented.forEach(f -> ids.addAll(f.citations()));
      for (LegalRoute r : institutionalRoutes) {
        ids.addAll(r.citations());
      }
      institutionalProceedings.forEach(f -> ids.addAll(f.citations()));
      return ImmutableList.copyOf(ids);
    }
  }

  private final AccountabilityFramework framework;
  private final Role role;
  private final Conduct conduct;
  private final Optional<LocalDate> asOf;
  private final ImmutableMap<LiabilityType, Pathway> pathways;
  private final Verdict verdict;
  private final Trace verdictTrace;
  private final ImmutableList<Directive> directives;
  private final ImmutableList<Claim> claims;

  Assessment(
      AccountabilityFramework framework,
      Role role,
      Conduct conduct,
      Optional<LocalDate> asOf,
      ImmutableMap<LiabilityType, Pathway> pathways,
      Verdict verdict,
      Trace verdictTrace,
      ImmutableList<Directive> directives,
      ImmutableList<Claim> claims) {
    this.framework = framework;
    this.role = role;
    this.conduct = conduct;
    this.asOf = asOf;
    this.pathways = pathways;
    this.verdict = verdict;
    this.verdictTrace = verdictTrace;
    this.directives = directives;
    this.claims = claims;
  }

  /**
   * The role assessed.
   *
   * @return the role
   */
  public Role role() {
    return role;
  }

  /**
   * The conduct assessed.
   *
   * @return the conduct
   */
  public Conduct conduct() {
    return conduct;
  }

  /**
   * The day the assessment is as of, when one was given.
   *
   * @return the day
   */
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  /**
   * The pathway of one liability.
   *
   * @param liability the liability type
   * @return the pathway
   */
  public Pathway pathway(LiabilityType liability) {
    return requireNonNull(pathways.get(requireNonNull(liability, "liability")));
  }

  /**
   * Every pathway, in {@link LiabilityType} order.
   *
   * @return four pathways
   */
  public ImmutableList<Pathway> pathways() {
    return pathways.values().asList();
  }

  /**
   * The short answer.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * The rule that set the verdict.
   *
   * @return the trace
   */
  public Trace verdictTrace() {
    return verdictTrace;
  }

  /**
   * The numerical directives the conduct is measured against, for {@link Conduct#MISSED_QUOTA}:
   * those addressed to the role or above it and known by {@link #asOf()}; empty for other conduct.
   *
   * @return the directives
   */
  public ImmutableList<Directive> directives() {
    return directives;
  }

  /**
   * The claims about any entity the assessment uses, with every stance kept.
   *
   * @return the claims
   */
  public ImmutableList<Claim> claims() {
    return claims;
  }

  /**
   * The framework assessed.
   *
   * @return the framework
   */
  public AccountabilityFramework framework() {
    return framework;
  }

  /**
   * The cited answer in Markdown: the verdict, one section per liability with the rule that set
   * its status, the routes, forums, standards of proof, enforcing bodies and documented instances,
   * the institutional routes, the claims involved with any contradicting source beside them, and a
   * numbered reference list (title, publisher, date, URL). Every factual line carries a numbered
   * reference; a status that rests on the absence of any route says so instead.
   *
   * @return the Markdown text
   */
  public String explain() {
    return MarkdownAnswer.render(this);
  }

  /**
   * One line: role and conduct, each liability's status, and the verdict.
   *
   * @return for example {@code LINE_AGENT x MISSED_QUOTA: CRIMINAL=NOT_AVAILABLE, ... -> LIMITED}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder().append(role).append(" x ").append(conduct);
    asOf.ifPresent(d -> out.append(" as of ").append(d));
    out.append(": ");
    String sep = "";
    for (Pathway p : pathways.values()) {
      out.append(sep).append(p.liability()).append('=').append(p.status());
      sep = ", ";
    }
    return out.append(" -> ").append(verdict).toString();
  }
}
