package org.accountability.framework;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.LegalRoute;
import org.accountability.model.LiabilityType;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Role;
import org.jspecify.annotations.Nullable;

/**
 * The entities an assessment can use, grouped once per framework by the role, the conduct and the
 * liability that make them matter, so that {@code assess(role, conduct)} reads only the entities
 * that bear on its answer. Every group holds positions in the framework's list of the entity's
 * kind, in ascending order, so that each answer keeps the framework's order; the tests that decide
 * the answer are still made on each entity found (this index only leaves out entities that cannot
 * pass them).
 */
final class AssessIndex {
  /** What a group holds. */
  enum Group {
    /** Decided sanctions against a role for a conduct: (role, conduct). */
    DECIDED_SANCTIONS,
    /** The other personnel actions against a role for a conduct: (role, conduct). */
    OTHER_ACTIONS,
    /** Oversight actions of a liability about a conduct against individuals in a role. */
    PROCEEDINGS_AGAINST_INDIVIDUALS,
    /** Oversight actions of a liability about a conduct against an institution. */
    PROCEEDINGS_AGAINST_INSTITUTIONS,
    /** Routes of a liability for a conduct that reach individuals in a role. */
    ROUTES_TO_INDIVIDUALS,
    /** Routes of a liability for a conduct that reach an institution. */
    ROUTES_TO_INSTITUTIONS,
    /** Routes, other than proposed ones, protecting a role for a conduct. */
    PROTECTIONS,
    /** Civil routes for a conduct whose defendant answers in place of a role. */
    SUBSTITUTES,
    /** Claims about a conduct that name no role. */
    CLAIMS_OF_ANY_ROLE,
    /** Claims about a conduct that name a role. */
    CLAIMS_OF_ROLE,
    /** Directives bearing on a conduct. */
    DIRECTIVES,
    /** Directives bearing on a conduct addressed to a role: (conduct, role). */
    DIRECTIVES_TO_ROLE
  }

  /**
   * A group and up to three values that select within it; unused values are the empty string. Its
   * equality is written out rather than left to the record's generated methods, whose first use
   * links method handles: the first answer of a new JVM would spend tens of milliseconds on it.
   */
  private record Key(Group group, Object a, Object b, Object c) {
    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Key k
          && group == k.group
          && a.equals(k.a)
          && b.equals(k.b)
          && c.equals(k.c);
    }

    @Override
    public int hashCode() {
      return ((group.hashCode() * 31 + a.hashCode()) * 31 + b.hashCode()) * 31 + c.hashCode();
    }
  }

  private static final int[] NONE = new int[0];

  private final Map<Key, int[]> groups;
  private final Map<String, Integer> bodyPositions;

  AssessIndex(
      List<Directive> directives,
      List<PersonnelAction> personnelActions,
      List<OversightAction> oversightActions,
      List<OversightBody> oversightBodies,
      List<LegalRoute> routes,
      List<Claim> claims) {
    Map<Key, Positions> g = new HashMap<>();
    for (int i = 0; i < personnelActions.size(); i++) {
      PersonnelAction a = personnelActions.get(i);
      if (a.conduct().isPresent()) {
        Group group = a.isDecidedSanction() ? Group.DECIDED_SANCTIONS : Group.OTHER_ACTIONS;
        add(g, new Key(group, a.subjectRole(), a.conduct().get(), ""), i);
      }
    }
    for (int i = 0; i < oversightActions.size(); i++) {
      OversightAction a = oversightActions.get(i);
      boolean individual = a.defendants().contains(Defendant.INDIVIDUAL);
      boolean institution = a.isAgainstInstitution();
      for (Conduct c : a.conducts()) {
        if (individual) {
          for (Role r : a.roles()) {
            add(g, new Key(Group.PROCEEDINGS_AGAINST_INDIVIDUALS, a.liability(), c, r), i);
          }
        }
        if (institution) {
          add(g, new Key(Group.PROCEEDINGS_AGAINST_INSTITUTIONS, a.liability(), c, ""), i);
        }
      }
    }
    for (int i = 0; i < routes.size(); i++) {
      LegalRoute r = routes.get(i);
      boolean individual = r.defendants().contains(Defendant.INDIVIDUAL);
      boolean institution = r.defendants().stream().anyMatch(Defendant::isInstitution);
      for (Conduct c : r.conducts()) {
        if (individual) {
          for (Role role : r.roles()) {
            add(g, new Key(Group.ROUTES_TO_INDIVIDUALS, r.liability(), c, role), i);
          }
        }
        if (institution) {
          add(g, new Key(Group.ROUTES_TO_INSTITUTIONS, r.liability(), c, ""), i);
        }
        if (r.liability() == LiabilityType.CIVIL && r.substitution().isPresent()) {
          for (Role role : r.substitution().get().roles()) {
            add(g, new Key(Group.SUBSTITUTES, role, c, ""), i);
          }
        }
      }
      if (r.availability() != LegalRoute.Availability.PROPOSED) {
        for (Role role : r.claimants()) {
          for (Conduct c : r.protects()) {
            add(g, new Key(Group.PROTECTIONS, role, c, ""), i);
          }
        }
      }
    }
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      for (Conduct c : claim.conducts()) {
        if (claim.roles().isEmpty()) {
          add(g, new Key(Group.CLAIMS_OF_ANY_ROLE, c, "", ""), i);
        }
        for (Role role : claim.roles()) {
          add(g, new Key(Group.CLAIMS_OF_ROLE, c, role, ""), i);
        }
      }
    }
    for (int i = 0; i < directives.size(); i++) {
      Directive d = directives.get(i);
      for (Conduct c : d.conducts()) {
        add(g, new Key(Group.DIRECTIVES, c, "", ""), i);
        if (d.addressee().role().isPresent()) {
          add(g, new Key(Group.DIRECTIVES_TO_ROLE, c, d.addressee().role().get(), ""), i);
        }
      }
    }
    Map<Key, int[]> frozen = new HashMap<>(g.size() * 2);
    g.forEach((k, v) -> frozen.put(k, v.toArray()));
    this.groups = frozen;
    Map<String, Integer> bodies = new HashMap<>(oversightBodies.size() * 2);
    for (int i = 0; i < oversightBodies.size(); i++) {
      bodies.putIfAbsent(oversightBodies.get(i).id(), i);
    }
    this.bodyPositions = bodies;
  }

  /** The entities of a group, in the order of the source list. */
  <T> List<T> get(List<T> source, Group group, Object a, Object b, Object c) {
    return view(source, positions(group, a, b, c));
  }

  /** The claims about the conduct that name the role or, when {@code anyRole}, no role. */
  List<Claim> claims(List<Claim> source, Conduct conduct, Role role, boolean anyRole) {
    int[] named = positions(Group.CLAIMS_OF_ROLE, conduct, role, "");
    if (!anyRole) {
      return view(source, named);
    }
    return view(source, merge(positions(Group.CLAIMS_OF_ANY_ROLE, conduct, "", ""), named));
  }

  /** The position of the body in the framework's list of bodies. */
  int bodyPosition(OversightBody body) {
    Integer p = bodyPositions.get(body.id());
    return p == null ? Integer.MAX_VALUE : p;
  }

  private int[] positions(Group group, Object a, Object b, Object c) {
    int[] p = groups.get(new Key(group, a, b, c));
    return p == null ? NONE : p;
  }

  private static int[] merge(int[] x, int[] y) {
    int[] out = new int[x.length + y.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < x.length || j < y.length) {
      int next;
      if (j == y.length || (i < x.length && x[i] < y[j])) {
        next = x[i++];
      } else if (i == x.length || y[j] < x[i]) {
        next = y[j++];
      } else {
        next = x[i++];
        j++;
      }
      out[n++] = next;
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  private static <T> List<T> view(List<T> source, int[] positions) {
    return new PositionList<>(source, positions);
  }

  private static void add(Map<Key, Positions> groups, Key key, int position) {
    groups.computeIfAbsent(key, k -> new Positions()).add(position);
  }

  /** The entities of a source at some positions, as an unmodifiable list. */
  private static final class PositionList<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> source;
    private final int[] positions;

    PositionList(List<T> source, int[] positions) {
      this.source = source;
      this.positions = positions;
    }

    @Override
    public T get(int index) {
      return source.get(positions[index]);
    }

    @Override
    public int size() {
      return positions.length;
    }
  }

  /**
   * A growing, ascending list of positions; the same position added twice in a row is kept once.
   */
  static final class Positions {
    private int[] items = new int[4];
    private int size;

    void add(int position) {
      if (size > 0 && items[size - 1] == position) {
        return;
      }
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = position;
    }

    int[] toArray() {
      return Arrays.copyOf(items, size);
    }
  }
}
