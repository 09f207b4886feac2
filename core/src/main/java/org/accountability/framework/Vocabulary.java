package org.accountability.framework;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
   * One term an entity names, at an attribute path; the path is a list's name and, when {@code
   * index} is not negative, the index in it, joined only when a problem is reported.
   */
  private record Use(Entity entity, List<String> attribute, int index, Object term) {
    List<String> path() {
      if (index < 0) {
        return attribute;
      }
      List<String> at = new ArrayList<>(attribute);
      at.add(Integer.toString(index));
      return at;
    }
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
    Set<Role> usedRoles = new LinkedHashSet<>();
    Set<Conduct> usedConducts = new LinkedHashSet<>(unlawful);
    List<Use> uses = new ArrayList<>();
    for (Entity e : all) {
      uses.clear();
      uses(e, uses);
      for (Use u : uses) {
        if (u.term() instanceof Role r) {
          usedRoles.add(r);
          undeclared(u, roles.containsKey(r.id()) || r.isStandard(), "role", problems);
        } else if (u.term() instanceof Conduct c) {
          usedConducts.add(c);
          undeclared(u, conducts.containsKey(c.id()) || c.isStandard(), "conduct", problems);
        }
      }
    }
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

  private static void undeclared(Use u, boolean known, String kind, List<Problem> problems) {
    if (!known) {
      problems.add(
          Problem.inEntity(
              Code.DANGLING_REFERENCE,
              u.entity().entityKind().typeName(),
              u.entity().id(),
              u.path(),
              "names "
                  + kind
                  + " "
                  + u.term()
                  + ", which the framework does not declare; declare it with add"
                  + (kind.equals("role") ? "Roles" : "Conducts")));
    }
  }

  /** Every role and conduct an entity names, with where. */
  private static void uses(Entity e, List<Use> out) {
    if (e instanceof Directive d) {
      actor(d, "issuer", d.issuer(), out);
      actor(d, "addressee", d.addressee(), out);
      list(d, List.of("conducts"), d.conducts(), out);
    } else if (e instanceof PersonnelAction a) {
      out.add(new Use(a, List.of("subjectRole"), -1, a.subjectRole()));
      a.conduct().ifPresent(c -> out.add(new Use(a, List.of("conduct"), -1, c)));
      a.actor().ifPresent(x -> actor(a, "actor", x, out));
    } else if (e instanceof OversightAction a) {
      list(a, List.of("roles"), a.roles(), out);
      list(a, List.of("conducts"), a.conducts(), out);
    } else if (e instanceof LegalRoute r) {
      list(r, List.of("roles"), r.roles(), out);
      list(r, List.of("conducts"), r.conducts(), out);
      list(r, List.of("claimants"), r.claimants(), out);
      list(r, List.of("protects"), r.protects(), out);
      for (int i = 0; i < r.preconditions().size(); i++) {
        LegalRoute.Precondition p = r.preconditions().get(i);
        list(r, List.of("preconditions", Integer.toString(i), "roles"), p.roles(), out);
        list(r, List.of("preconditions", Integer.toString(i), "conducts"), p.conducts(), out);
      }
      for (int i = 0; i < r.hurdles().size(); i++) {
        list(r, List.of("hurdles", Integer.toString(i), "roles"), r.hurdles().get(i).roles(), out);
      }
      r.substitution().ifPresent(s -> list(r, List.of("substitution", "roles"), s.roles(), out));
    } else if (e instanceof Claim c) {
      list(c, List.of("conducts"), c.conducts(), out);
      list(c, List.of("roles"), c.roles(), out);
    }
  }

  private static void actor(Entity e, String attribute, Actor actor, List<Use> out) {
    Optional<Role> role = actor.role();
    role.ifPresent(r -> out.add(new Use(e, List.of(attribute, "role"), -1, r)));
  }

  private static void list(Entity e, List<String> attribute, List<?> terms, List<Use> out) {
    for (int i = 0; i < terms.size(); i++) {
      out.add(new Use(e, attribute, i, terms.get(i)));
    }
  }

  /** The unlawful conducts in vocabulary order. */
  ImmutableSet<Conduct> ordered(Set<Conduct> unlawful) {
    return conducts.stream().filter(unlawful::contains).collect(ImmutableSet.toImmutableSet());
  }
}
