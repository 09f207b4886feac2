package org.accountability.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Directive;
import org.accountability.model.Entity;
import org.accountability.model.EntityKind;
import org.accountability.model.Fact;
import org.accountability.model.LegalRoute;
import org.accountability.model.OversightAction;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Problem;
import org.accountability.model.Problem.Code;
import org.accountability.model.ValidationException;
import org.jspecify.annotations.Nullable;

/** The cross-entity rules of a framework, collecting every problem before throwing. */
final class FrameworkValidation {
  private final List<Problem> problems = new ArrayList<>();

  /** Problems of dates, found while resolving references and reported after them. */
  private final List<Problem> datesOutOfOrder = new ArrayList<>();

  void header(@Nullable String title, @Nullable String agency, @Nullable String question) {
    requireText("title", title);
    requireText("agency", agency);
    if (question != null && question.isBlank()) {
      problems.add(
          Problem.inEntity(
              Code.BLANK, "AccountabilityFramework", "", "question", "must not be blank"));
    }
  }

  private void requireText(String attribute, @Nullable String value) {
    if (value == null) {
      problems.add(
          Problem.inEntity(
              Code.MISSING, "AccountabilityFramework", "", attribute, "is required but missing"));
    } else if (value.isBlank()) {
      problems.add(
          Problem.inEntity(
              Code.BLANK, "AccountabilityFramework", "", attribute, "must not be blank"));
    }
  }

  Map<String, Entity> uniqueIds(List<Entity> all) {
    Map<String, Entity> byId = new HashMap<>(Math.max(16, all.size() * 4 / 3 + 1));
    for (Entity e : all) {
      Entity first = byId.putIfAbsent(e.id(), e);
      if (first != null) {
        add(
            Code.DUPLICATE_ID,
            e,
            path("id"),
            "duplicates the id of "
                + first.entityKind().typeName()
                + " "
                + Problem.quote(first.id())
                + "; ids must be unique across the framework");
      }
    }
    return byId;
  }

  void references(List<Entity> all, Map<String, Entity> byId) {
    for (Entity e : all) {
      if (e instanceof Fact fact) {
        boolean uncited;
        if (fact instanceof Claim claim) {
          List<Claim.Source> sources = claim.sources();
          for (int i = 0; i < sources.size(); i++) {
            ref(
                claim,
                sources.get(i).citation(),
                EntityKind.CITATION,
                byId,
                "sources",
                i,
                "citation");
          }
          uncited = sources.isEmpty() && claim.status() != Claim.EvidenceStatus.ABSENCE_OF_EVIDENCE;
        } else {
          List<String> citations = fact.citations();
          refs(fact, citations, EntityKind.CITATION, byId, "citations");
          uncited = citations.isEmpty();
        }
        if (uncited) {
          add(
              Code.UNCITED,
              e,
              path("citations"),
              "is uncited: every fact must cite at least one source");
        }
      }
      if (e instanceof Directive d) {
        List<Directive.Denial> denials = d.denials();
        for (int i = 0; i < denials.size(); i++) {
          ref(d, denials.get(i).citation(), EntityKind.CITATION, byId, "denials", i, "citation");
        }
        Optional<Directive.Supersession> supersedes = d.supersedes();
        if (supersedes.isPresent()) {
          Entity earlier =
              ref(
                  d,
                  supersedes.get().directive(),
                  EntityKind.DIRECTIVE,
                  byId,
                  "supersedes",
                  -1,
                  null);
          if (earlier instanceof Directive directive) {
            supersedesEarlier(d, directive);
          }
        }
      } else if (e instanceof PersonnelAction a) {
        enforces(a, byId);
      } else if (e instanceof OversightAction a) {
        Optional<String> route = a.route();
        if (route.isPresent()) {
          ref(a, route.get(), EntityKind.LEGAL_ROUTE, byId, "route", -1, null);
        }
        List<OversightAction.OutcomeStep> outcomes = a.outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
          refs(
              a,
              outcomes.get(i).citations(),
              EntityKind.CITATION,
              byId,
              "outcomes",
              i,
              "citations");
        }
      } else if (e instanceof LegalRoute r) {
        refs(r, r.restrictedBy(), EntityKind.CITATION, byId, "restrictedBy");
        List<LegalRoute.Precondition> preconditions = r.preconditions();
        for (int i = 0; i < preconditions.size(); i++) {
          refs(
              r,
              preconditions.get(i).citations(),
              EntityKind.CITATION,
              byId,
              "preconditions",
              i,
              "citations");
        }
        List<LegalRoute.Hurdle> hurdles = r.hurdles();
        for (int i = 0; i < hurdles.size(); i++) {
          refs(r, hurdles.get(i).citations(), EntityKind.CITATION, byId, "hurdles", i, "citations");
        }
        Optional<LegalRoute.Substitution> substitution = r.substitution();
        if (substitution.isPresent()) {
          refs(
              r,
              substitution.get().citations(),
              EntityKind.CITATION,
              byId,
              "substitution",
              -1,
              "citations");
        }
        Optional<LegalRoute.Appeal> appeal = r.appeal();
        if (appeal.isPresent()) {
          refs(r, appeal.get().citations(), EntityKind.CITATION, byId, "appeal", -1, "citations");
        }
        refs(r, r.enforcedBy(), EntityKind.OVERSIGHT_BODY, byId, "enforcedBy");
      } else if (e instanceof Claim c) {
        for (int i = 0; i < c.about().size(); i++) {
          String id = c.about().get(i);
          Entity target = byId.get(id);
          if (target == null) {
            problems.add(
                problem(
                        Code.DANGLING_REFERENCE,
                        c,
                        path("about", i),
                        "refers to " + Problem.quote(id) + ", which is not in the framework")
                    .withReference(id));
          } else if (target instanceof Citation) {
            problems.add(
                problem(
                        Code.WRONG_KIND,
                        c,
                        path("about", i),
                        "refers to Citation "
                            + Problem.quote(id)
                            + "; a claim's sources belong in 'sources'")
                    .withReference(id));
          }
        }
      }
    }
  }

  /** Checks a list of references at {@code attribute}; a wrong one's path ends with its index. */
  private void refs(
      Entity from, List<String> ids, EntityKind kind, Map<String, Entity> byId, String attribute) {
    refs(from, ids, kind, byId, attribute, -1, null);
  }

  /**
   * Checks a list of references at {@code first}, then {@code index} unless it is negative, then
   * {@code last} unless it is null; a wrong reference's path ends with its index in the list.
   */
  private void refs(
      Entity from,
      List<String> ids,
      EntityKind kind,
      Map<String, Entity> byId,
      String first,
      int index,
      @Nullable String last) {
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      Entity target = byId.get(id);
      if (target == null || target.entityKind() != kind) {
        List<String> where = pathOf(first, index, last);
        where.add(Integer.toString(i));
        wrong(from, id, target, kind, where);
      }
    }
  }

  /**
   * Checks a single reference at the path of {@code first}, {@code index} and {@code last}, and
   * returns the entity it names, if any.
   */
  private @Nullable Entity ref(
      Entity from,
      String id,
      EntityKind kind,
      Map<String, Entity> byId,
      String first,
      int index,
      @Nullable String last) {
    Entity target = byId.get(id);
    if (target == null || target.entityKind() != kind) {
      wrong(from, id, target, kind, pathOf(first, index, last));
    }
    return target;
  }

  /**
   * Reports a reference that dangles or names an entity of another kind; the attribute path and the
   * message are built only here, since nearly all references are right.
   */
  private void wrong(
      Entity from, String id, @Nullable Entity target, EntityKind kind, List<String> where) {
    if (target == null) {
      problems.add(
          problem(
                  Code.DANGLING_REFERENCE,
                  from,
                  where,
                  "refers to "
                      + kind.typeName()
                      + " "
                      + Problem.quote(id)
                      + ", which is not in the framework")
              .withReference(id, kind));
    } else {
      problems.add(
          problem(
                  Code.WRONG_KIND,
                  from,
                  where,
                  "refers to "
                      + Problem.quote(id)
                      + ", which is "
                      + withArticle(target.entityKind().typeName())
                      + ", not "
                      + withArticle(kind.typeName()))
              .withReference(id, kind));
    }
  }

  /** The path of {@code first}, then {@code index} unless negative, then {@code last} if any. */
  private static List<String> pathOf(String first, int index, @Nullable String last) {
    List<String> out = new ArrayList<>(4);
    out.add(first);
    if (index >= 0) {
      out.add(Integer.toString(index));
    }
    if (last != null) {
      out.add(last);
    }
    return out;
  }

  /**
   * Adds the problems of dates out of order with a directive superseded or enforced, found by
   * {@link #references} as it resolved those references, after all the problems of references.
   */
  void dates() {
    problems.addAll(datesOutOfOrder);
  }

  /** A directive that takes effect before the directive it supersedes. */
  private void supersedesEarlier(Directive d, Directive directive) {
    Optional<PartialDate> effective = d.effective();
    Optional<PartialDate> earlierStart = directive.effective();
    if (effective.isPresent()
        && earlierStart.isPresent()
        && effective.get().certainlyBefore(earlierStart.get())) {
      datesOutOfOrder.add(
          problem(
                  Code.OUT_OF_ORDER,
                  d,
                  path("effective"),
                  "takes effect ("
                      + effective.get()
                      + ") before the directive it supersedes, "
                      + Problem.quote(directive.id())
                      + " ("
                      + earlierStart.get()
                      + ")")
              .withReference(directive.id(), EntityKind.DIRECTIVE));
    }
  }

  /** A personnel action's references to the directives it enforces, and its date against them. */
  private void enforces(PersonnelAction a, Map<String, Entity> byId) {
    List<String> ids = a.enforces();
    Optional<PartialDate> date = a.date();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      Entity target = byId.get(id);
      if (target == null || target.entityKind() != EntityKind.DIRECTIVE) {
        List<String> where = pathOf("enforces", -1, null);
        where.add(Integer.toString(i));
        wrong(a, id, target, EntityKind.DIRECTIVE, where);
      }
      if (date.isPresent() && target instanceof Directive directive) {
        Optional<PartialDate> start = directive.effective();
        if (start.isPresent() && date.get().certainlyBefore(start.get())) {
          datesOutOfOrder.add(
              problem(
                      Code.OUT_OF_ORDER,
                      a,
                      path("date"),
                      "is dated ("
                          + date.get()
                          + ") before the directive it enforces, "
                          + Problem.quote(id)
                          + ", took effect ("
                          + start.get()
                          + ")")
                  .withReference(id, EntityKind.DIRECTIVE));
        }
      }
    }
  }

  /**
   * Reports each cycle of supersession once, on the directive where following the directives in
   * order first meets it, naming its ids in order (a directive superseding itself is the model's
   * own check).
   */
  void cycles(List<Directive> directives, Map<String, Entity> byId) {
    Map<String, Boolean> finished = new HashMap<>();
    for (Directive start : directives) {
      if (start.supersedes().isEmpty() || finished.containsKey(start.id())) {
        // A directive that supersedes none starts no chain; one that reaches it ends there.
        continue;
      }
      List<Directive> chain = new ArrayList<>();
      Map<String, Integer> onChain = new LinkedHashMap<>();
      @Nullable Directive d = start;
      while (d != null && !finished.containsKey(d.id())) {
        Integer seen = onChain.get(d.id());
        if (seen != null) {
          if (chain.size() - seen > 1) {
            List<Directive> cycle = chain.subList(seen, chain.size());
            StringBuilder ids = new StringBuilder();
            for (Directive member : cycle) {
              ids.append(Problem.quote(member.id())).append(" -> ");
            }
            ids.append(Problem.quote(d.id()));
            Directive first = cycle.get(0);
            String next = cycle.get(1).id();
            problems.add(
                problem(
                        Code.INCONSISTENT,
                        first,
                        path("supersedes"),
                        "supersedes in a cycle: " + ids)
                    .withReference(next, EntityKind.DIRECTIVE));
          }
          break;
        }
        onChain.put(d.id(), chain.size());
        chain.add(d);
        Optional<Directive.Supersession> supersedes = d.supersedes();
        d =
            supersedes.isPresent()
                    && byId.get(supersedes.get().directive()) instanceof Directive earlier
                ? earlier
                : null;
      }
      for (Directive member : chain) {
        finished.put(member.id(), Boolean.TRUE);
      }
    }
  }

  private static String withArticle(String typeName) {
    return ("AEIOU".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName;
  }

  private void add(Code code, Entity e, List<String> attribute, String message) {
    problems.add(problem(code, e, attribute, message));
  }

  private static Problem problem(Code code, Entity e, List<String> attribute, String message) {
    return Problem.inEntity(code, e.entityKind().typeName(), e.id(), attribute, message);
  }

  /** An attribute path: names, and list indexes given as numbers. */
  private static List<String> path(Object... steps) {
    List<String> out = new ArrayList<>(steps.length);
    for (Object step : steps) {
      out.add(step.toString());
    }
    return out;
  }

  /** The vocabularies, their problems added to this validation's. */
  Vocabulary vocabulary(
      List<org.accountability.model.Role> roles,
      List<org.accountability.model.Conduct> conducts,
      java.util.Set<org.accountability.model.Conduct> unlawful,
      List<Entity> all) {
    return Vocabulary.of(roles, conducts, unlawful, all, problems);
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }
}
