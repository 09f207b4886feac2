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
 * The answer to "can a person in this role be held accountable for this conduct, by what mechanism,
 * on what evidence?": one {@link Pathway} per {@link LiabilityType}, a {@link Verdict}, the
 * directives and claims involved, and a cited Markdown {@link #explain() explanation}.
 *
 * <p>Every status and the verdict come from rules over the framework's data, and each carries the
 * {@link Trace} of the rule that set it. Change the data and the answer changes with it.
 *
 * <pre>{@code
 * Assessment a = ice.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA);
 * a.verdict();                                        // ADMINISTRATIVE_OR_POLITICAL_ONLY
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
      evidence = ImmutableList.copyOf(requireNonNull(evidence, "evidence"));
    }

    @Override
    public String toString() {
      return rule + ": " + reason;
    }
  }

  /**
   * A sentence of the answer with the sources it rests on: a caveat, say.
   *
   * @param text the sentence
   * @param citations ids of the citations behind it (empty for a statement about the answer itself)
   */
  public record Note(String text, ImmutableList<String> citations) {
    /** Checks that no component is null and copies the list. */
    public Note {
      requireNonNull(text, "text");
      citations = ImmutableList.copyOf(requireNonNull(citations, "citations"));
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * One liability for individuals in the role: its status and everything behind it.
   *
   * @param liability the liability type
   * @param status the status for individuals in the role
   * @param routes the routes that reach individuals in the role for the conduct, known by the day
   * @param routeStatuses each such route's own status for the role: {@code IN_LAW}, {@code
   *     CONDITIONAL} or {@code RESTRICTED}, keyed by route id; a route one of whose preconditions
   *     the sources contradict is {@code NONE}
   * @param institutionalRoutes the routes the same conduct opens against the agency or the United
   *     States
   * @param documented the decided consequences and proceedings against individuals in the role for
   *     the conduct
   * @param institutionalProceedings the proceedings against the agency or the United States for the
   *     conduct
   * @param notCounted actions against the role for the conduct that do not document accountability
   *     (threats, incentives, withdrawn schemes, inferred links)
   * @param enforcingBodies the bodies that can use the routes or brought the proceedings
   * @param trace the rule that set the status
   */
  public record Pathway(
      LiabilityType liability,
      PathwayStatus status,
      ImmutableList<LegalRoute> routes,
      ImmutableMap<String, PathwayStatus> routeStatuses,
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
      routes = ImmutableList.copyOf(requireNonNull(routes, "routes"));
      routeStatuses = ImmutableMap.copyOf(requireNonNull(routeStatuses, "routeStatuses"));
      institutionalRoutes =
          ImmutableList.copyOf(requireNonNull(institutionalRoutes, "institutionalRoutes"));
      documented = ImmutableList.copyOf(requireNonNull(documented, "documented"));
      institutionalProceedings =
          ImmutableList.copyOf(
              requireNonNull(institutionalProceedings, "institutionalProceedings"));
      notCounted = ImmutableList.copyOf(requireNonNull(notCounted, "notCounted"));
      enforcingBodies = ImmutableList.copyOf(requireNonNull(enforcingBodies, "enforcingBodies"));
      requireNonNull(trace, "trace");
    }

    /**
     * A route's own status for the role.
     *
     * @param route a route of {@link #routes()}
     * @return its status, {@link PathwayStatus#NONE} for a route not in {@link #routes()}
     */
    public PathwayStatus statusOf(LegalRoute route) {
      requireNonNull(route, "route");
      return routeStatuses.getOrDefault(route.id(), PathwayStatus.NONE);
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
     * The ids of every citation behind the pathway: routes (their restrictions, preconditions,
     * hurdles, substitutions and appeals), documented instances, institutional routes and
     * proceedings. An answer as of a day holds only the citations shown by then.
     *
     * @return citation ids, in first-use order
     */
    public ImmutableList<String> citations() {
      Set<String> ids = new LinkedHashSet<>();
      for (LegalRoute r : routes) {
        ids.addAll(RouteCitations.of(r));
      }
      documented.forEach(f -> ids.addAll(f.citations()));
      for (LegalRoute r : institutionalRoutes) {
        ids.addAll(RouteCitations.of(r));
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
  private final ImmutableList<LegalRoute> protections;
  private final ImmutableList<Note> caveats;
  private final AsOf time;

  Assessment(
      AccountabilityFramework framework,
      Role role,
      Conduct conduct,
      AsOf time,
      ImmutableMap<LiabilityType, Pathway> pathways,
      Verdict verdict,
      Trace verdictTrace,
      ImmutableList<Directive> directives,
      ImmutableList<Claim> claims,
      ImmutableList<LegalRoute> protections,
      ImmutableList<Note> caveats) {
    this.framework = framework;
    this.role = role;
    this.conduct = conduct;
    this.asOf = time.day();
    this.time = time;
    this.pathways = pathways;
    this.verdict = verdict;
    this.verdictTrace = verdictTrace;
    this.directives = directives;
    this.claims = claims;
    this.protections = protections;
    this.caveats = caveats;
  }

  AsOf time() {
    return time;
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
   * The directives that bear on the conduct (its targets, for a missed target), known by {@link
   * #asOf()}: those addressed to the role, or, when none is, those addressed to other roles; empty
   * for a role the framework does not cover.
   *
   * @return the directives
   */
  public ImmutableList<Directive> directives() {
    return directives;
  }

  /**
   * The claims that speak to the role and conduct, and those about any entity the assessment uses,
   * with every stance kept.
   *
   * @return the claims
   */
  public ImmutableList<Claim> claims() {
    return claims;
  }

  /**
   * The routes that protect individuals in the role for the conduct: they may bring them against a
   * consequence for it, which the framework's law forbids. An officer penalized for missing a quota
   * where a law bans such penalties grieves under it; empty where nothing protects the conduct.
   *
   * <pre>{@code
   * nypd.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).protections();   // the grievance route
   * }</pre>
   *
   * @return the protecting routes
   */
  public ImmutableList<LegalRoute> protections() {
    return protections;
  }

  /**
   * The standing caveats that open the answer, generated from the data: routes in law are not
   * predictions; which criminal and civil routes have no documented use; where damages against the
   * individual are foreclosed and who answers instead; whether the framework covers the role.
   *
   * @return the caveats, each with its citations
   */
  public ImmutableList<Note> caveats() {
    return caveats;
  }

  /**
   * Whether the framework covers the role: some legal route reaches it personally.
   *
   * @return true if covered
   */
  public boolean coversRole() {
    return framework.coveredRoles().contains(role);
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
   * The cited answer in Markdown: the standing caveats, the verdict, one section per liability with
   * the rule that set its status, the routes with their preconditions, hurdles, substitutions and
   * appeals, the documented instances with their own status, the institutional routes, the claims
   * involved with any contradicting source beside them, and a numbered reference list (title,
   * publisher, date, URL). Every factual line carries a numbered reference; a status that rests on
   * the absence of any route says so instead; an inference is marked as one.
   *
   * @return the Markdown text
   */
  public String explain() {
    return MarkdownAnswer.render(this, Optional.empty());
  }

  /**
   * The cited answer in Markdown, as {@link #explain()}, with a section on how the answer changed
   * over time: each date a status or the verdict changed, up to {@link #asOf()} when given.
   *
   * <pre>{@code
   * System.out.println(ice.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA)
   *     .explainWithTimeline());
   * }</pre>
   *
   * @return the Markdown text
   */
  public String explainWithTimeline() {
    return MarkdownAnswer.render(this, Optional.of(framework.timeline(role, conduct)));
  }

  /**
   * One line: role and conduct, each liability's status, and the verdict.
   *
   * @return for example {@code LINE_AGENT x MISSED_QUOTA: CRIMINAL=NONE, ... ->
   *     ADMINISTRATIVE_OR_POLITICAL_ONLY}
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
