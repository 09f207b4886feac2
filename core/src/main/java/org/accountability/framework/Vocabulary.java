package org.accountability.framework;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accountability.model.Actor;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Directive;
import org.accountability.model.Entity;
import org.accountability.model.LegalRoute;
import org.accountability.model.OversightAction;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Problem;
import org.accountability.model.Problem.Code;
import org.accountability.model.Role;
import org.jspecify.annotations.Nullable;

/**
 * A framework's open vocabularies: the roles and conducts it declares, then every standard one its
 * entities name or it declares unlawful. An entity may name a standard term without declaring it; a
 * term of the framework's own must be declared.
 */
final class Vocabulary {
  final ImmutableList<Role> roles;
  final ImmutableList<Conduct> conducts;

  private Vocabulary(ImmutableList<Role> roles, ImmutableList<Conduct> conducts) {
    this.roles = roles;
    this.conducts = conducts;
  }

  /**
   * Builds the vocabulary and adds a problem for each term declared twice and each term of the
   * framework's own that an entity names without its being declared.
   */
  static Vocabulary of(
      List<Role> declaredRoles,
      List<Conduct> declaredConducts,
      Set<Conduct> unlawful,
      List<Entity> all,
      List<Problem> problems) {
    Map<String, Role> roles = declared(declaredRoles, "roles", problems);
    Map<String, Conduct> conducts = declared(declaredConducts, "conducts", problems);
    Terms terms = new Terms(roles, conducts, unlawful, problems);
    for (Entity e : all) {
      terms.of(e);
    }
    Set<Role> usedRoles = terms.usedRoles;
    Set<Conduct> usedConducts = terms.usedConducts;
    for (Conduct c : unlawful) {
      if (!c.isStandard() && !conducts.containsKey(c.id())) {
        problems.add(
            Problem.inEntity(
                Code.DANGLING_REFERENCE,
                "AccountabilityFramework",
                "",
                "unlawfulConducts",
                "names conduct "
                    + c
                    + ", which the framework does not declare; declare it with"
                    + " addConducts"));
      }
    }
    ImmutableList.Builder<Role> r = ImmutableList.<Role>builder().addAll(roles.values());
    Role.standardRoles().stream()
        .filter(x -> usedRoles.contains(x) && !roles.containsKey(x.id()))
        .forEach(r::add);
    ImmutableList.Builder<Conduct> c = ImmutableList.<Conduct>builder().addAll(conducts.values());
    Conduct.standardConducts().stream()
        .filter(x -> usedConducts.contains(x) && !conducts.containsKey(x.id()))
        .forEach(c::add);
    return new Vocabulary(r.build(), c.build());
  }

  private static <T> Map<String, T> declared(
      List<T> terms, String attribute, List<Problem> problems) {
    Map<String, T> byId = new LinkedHashMap<>();
    for (int i = 0; i < terms.size(); i++) {
      T term = terms.get(i);
      if (byId.putIfAbsent(term.toString(), term) != null) {
        problems.add(
            Problem.inEntity(
                Code.REPEATED,
                "AccountabilityFramework",
                "",
                List.of(attribute, Integer.toString(i)),
                "declares " + term + " twice; declare each term once"));
      }
    }
    return byId;
  }

  /**
   * Goes through the roles and conducts every entity names, noting the standard ones used and
   * adding a problem for each of the framework's own that is not declared. The attribute path of a
   * term, and the problem's message, are built only for a problem: nearly every term is known.
   */
  private static final class Terms {
    private final Map<String, Role> roles;
    private final Map<String, Conduct> conducts;
    private final List<Problem> problems;

    /** The standard roles named, the only ones the vocabulary looks up here. */
    final Set<Role> usedRoles = new HashSet<>();

    /** The standard conducts named or declared unlawful. */
    final Set<Conduct> usedConducts;

    Terms(
        Map<String, Role> roles,
        Map<String, Conduct> conducts,
        Set<Conduct> unlawful,
        List<Problem> problems) {
      this.roles = roles;
      this.conducts = conducts;
      this.problems = problems;
      this.usedConducts = new HashSet<>(unlawful);
    }

    /** Every role and conduct an entity names, with where. */
    void of(Entity e) {
      if (e instanceof Directive d) {
        actor(d, "issuer", d.issuer());
        actor(d, "addressee", d.addressee());
        list(d, d.conducts(), "conducts", -1, null);
      } else if (e instanceof PersonnelAction a) {
        term(a, a.subjectRole(), "subjectRole", -1, null, -1);
        Optional<Conduct> conduct = a.conduct();
        if (conduct.isPresent()) {
          term(a, conduct.get(), "conduct", -1, null, -1);
        }
        Optional<Actor> actor = a.actor();
        if (actor.isPresent()) {
          actor(a, "actor", actor.get());
        }
      } else if (e instanceof OversightAction a) {
        list(a, a.roles(), "roles", -1, null);
        list(a, a.conducts(), "conducts", -1, null);
      } else if (e instanceof LegalRoute r) {
        list(r, r.roles(), "roles", -1, null);
        list(r, r.conducts(), "conducts", -1, null);
        list(r, r.claimants(), "claimants", -1, null);
        list(r, r.protects(), "protects", -1, null);
        List<LegalRoute.Precondition> preconditions = r.preconditions();
        for (int i = 0; i < preconditions.size(); i++) {
          LegalRoute.Precondition p = preconditions.get(i);
          list(r, p.roles(), "preconditions", i, "roles");
          list(r, p.conducts(), "preconditions", i, "conducts");
        }
        List<LegalRoute.Hurdle> hurdles = r.hurdles();
        for (int i = 0; i < hurdles.size(); i++) {
          list(r, hurdles.get(i).roles(), "hurdles", i, "roles");
        }
        Optional<LegalRoute.Substitution> substitution = r.substitution();
        if (substitution.isPresent()) {
          list(r, substitution.get().roles(), "substitution", -1, "roles");
        }
      } else if (e instanceof Claim c) {
        list(c, c.conducts(), "conducts", -1, null);
        list(c, c.roles(), "roles", -1, null);
      }
    }

    private void actor(Entity e, String attribute, Actor actor) {
      Optional<Role> role = actor.role();
      if (role.isPresent()) {
        term(e, role.get(), attribute, -1, "role", -1);
      }
    }

    private void list(
        Entity e, List<?> terms, String first, int firstIndex, @Nullable String second) {
      for (int i = 0; i < terms.size(); i++) {
        term(e, terms.get(i), first, firstIndex, second, i);
      }
    }

    /**
     * One term, named at the path of {@code first}, then {@code firstIndex} unless negative, then
     * {@code second} unless null, then {@code index} unless negative.
     */
    private void term(
        Entity e, Object term, String first, int firstIndex, @Nullable String second, int index) {
      if (term instanceof Role r) {
        if (!roles.containsKey(r.id())) {
          if (r.isStandard()) {
            usedRoles.add(r);
          } else {
            undeclared(e, r, "role", first, firstIndex, second, index);
          }
        }
      } else if (term instanceof Conduct c) {
        if (!conducts.containsKey(c.id())) {
          if (c.isStandard()) {
            usedConducts.add(c);
          } else {
            undeclared(e, c, "conduct", first, firstIndex, second, index);
          }
        }
      }
    }

    private void undeclared(
        Entity e,
        Object term,
        String kind,
        String first,
        int firstIndex,
        @Nullable String second,
        int index) {
      List<String> path = new ArrayList<>(4);
      path.add(first);
      if (firstIndex >= 0) {
        path.add(Integer.toString(firstIndex));
      }
      if (second != null) {
        path.add(second);
      }
      if (index >= 0) {
        path.add(Integer.toString(index));
      }
      problems.add(
          Problem.inEntity(
              Code.DANGLING_REFERENCE,
              e.entityKind().typeName(),
              e.id(),
              path,
              "names "
                  + kind
                  + " "
                  + term
                  + ", which the framework does not declare; declare it with add"
                  + (kind.equals("role") ? "Roles" : "Conducts")));
    }
  }

  /** The unlawful conducts in vocabulary order. */
  ImmutableSet<Conduct> ordered(Set<Conduct> unlawful) {
    return conducts.stream().filter(unlawful::contains).collect(ImmutableSet.toImmutableSet());
  }
}
