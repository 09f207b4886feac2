package org.accountability.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.framework.TargetAttainment;
import org.accountability.model.PersonnelAction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Two operations measured at two sizes to show how they grow: {@code attainment()} (every numerical
 * directive against every observation) and {@code Builder.remove(id)} (one entity out of a builder
 * holding the whole framework, then added back so that every call sees the same size), with the
 * same removal from the plain records' lists beside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@SuppressWarnings("NullAway.Init")
public class Growth {
  /** Entities in the framework. */
  @Param({"10000", "100000"})
  public int size;

  private AccountabilityFramework framework;
  private AccountabilityFramework.Builder builder;
  private PersonnelAction removed;
  private List<List<? extends Object>> plainLists;
  private Plain.PersonnelAction plainRemoved;

  /** Generates the framework and picks a personnel action in its middle. */
  @Setup
  public void setUp() {
    Fixture f = Fixture.of(size);
    framework = f.framework;
    builder = framework.toBuilder();
    List<PersonnelAction> actions = framework.personnelActions().list();
    removed = actions.get(actions.size() / 2);
    Plain.Document d = f.document;
    plainRemoved = d.personnelActions().get(d.personnelActions().size() / 2);
    plainLists =
        List.of(
            new ArrayList<>(d.citations()),
            new ArrayList<>(d.directives()),
            new ArrayList<>(d.personnelActions()),
            new ArrayList<>(d.oversightBodies()),
            new ArrayList<>(d.routes()),
            new ArrayList<>(d.claims()),
            new ArrayList<>(d.observations()));
  }

  /**
   * The library: {@code attainment()}.
   *
   * @return one entry per numerical directive
   */
  @Benchmark
  public List<TargetAttainment> libraryAttainment() {
    return framework.attainment();
  }

  /**
   * The library: {@code Builder.remove(id)}, then the entity added back.
   *
   * @return the builder
   */
  @Benchmark
  public AccountabilityFramework.Builder libraryRemove() {
    return builder.remove(removed.id()).addPersonnelActions(removed);
  }

  /**
   * The reference: the entity with the id removed from every plain list, then added back.
   *
   * @return whether it was found
   */
  @Benchmark
  public boolean plainRemove() {
    String id = plainRemoved.id();
    boolean found = false;
    for (List<? extends Object> list : plainLists) {
      found |= list.removeIf(e -> id.equals(idOf(e)));
    }
    @SuppressWarnings("unchecked")
    List<Object> actions = (List<Object>) plainLists.get(2);
    actions.add(plainRemoved);
    return found;
  }

  private static String idOf(Object e) {
    if (e instanceof Plain.Citation c) {
      return c.id();
    } else if (e instanceof Plain.Directive d) {
      return d.id();
    } else if (e instanceof Plain.PersonnelAction a) {
      return a.id();
    } else if (e instanceof Plain.OversightBody b) {
      return b.id();
    } else if (e instanceof Plain.Route r) {
      return r.id();
    } else if (e instanceof Plain.Claim c) {
      return c.id();
    } else if (e instanceof Plain.Observation o) {
      return o.id();
    }
    throw new IllegalArgumentException("not an entity: " + e);
  }
}
