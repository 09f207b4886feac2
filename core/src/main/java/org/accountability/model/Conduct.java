package org.accountability.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a person in a {@link Role} did or failed to do, that may lead to liability or that the law
 * protects: one term of a framework's open vocabulary of conducts.
 *
 * <p>The standard conducts are ready-made constants; a framework may declare its own with {@link
 * #of(String, String, String)} and {@code AccountabilityFramework.Builder.addConducts}. Whether a
 * conduct is unlawful is not a property of the conduct but of the framework's jurisdiction (see
 * {@code AccountabilityFramework.isUnlawful(Conduct)}): penalizing an officer for a missed quota is
 * the same conduct in two frameworks, lawful in one and unlawful in the other. Two conducts are
 * equal when their ids are.
 *
 * <pre>{@code
 * Conduct.MISSED_QUOTA.readableName();     // "missed quota"
 * ice.isUnlawful(Conduct.EXCESSIVE_FORCE); // true in the ICE case study
 * Conduct summons = Conduct.of("ISSUING_BASELESS_SUMMONS", "issuing a baseless summons",
 *     "issuing a summons without probable cause, to meet a number");
 * }</pre>
 */
public final class Conduct extends Term {
  /** Falling short of a numerical target (arrests, removals, tickets) set by the agency. */
  public static final Conduct MISSED_QUOTA =
      standard("MISSED_QUOTA", "falling short of a numerical target set by the agency");

  /** Stopping or arresting people because of race, ethnicity, accent or similar traits. */
  public static final Conduct RACIAL_PROFILING =
      standard(
          "RACIAL_PROFILING",
          "stopping or arresting people because of race, ethnicity, accent or similar traits");

  /** A stop, arrest or detention without the legal grounds it needs. */
  public static final Conduct UNLAWFUL_SEIZURE =
      standard(
          "UNLAWFUL_SEIZURE", "a stop, arrest or detention without the legal grounds it needs");

  /** Force beyond what the situation allows in law. */
  public static final Conduct EXCESSIVE_FORCE =
      standard("EXCESSIVE_FORCE", "force beyond what the situation allows in law");

  /** Setting a number of arrests, stops, tickets or removals to be met within a period. */
  public static final Conduct IMPOSING_QUOTA =
      standard(
          "IMPOSING_QUOTA",
          "setting a number of arrests, stops, tickets or removals to be met within a period");

  /**
   * Penalizing or threatening a subordinate for missing a number: a transfer, a shift change, an
   * adverse evaluation, discipline, denied overtime or promotion.
   */
  public static final Conduct PENALIZING_MISSED_QUOTA =
      standard(
          "PENALIZING_MISSED_QUOTA",
          "penalizing or threatening a subordinate for missing a number (a transfer, a shift"
              + " change, an adverse evaluation, discipline, denied overtime or promotion)");

  /** Retaliating against an officer who refuses, reports or exposes a quota. */
  public static final Conduct RETALIATING_AGAINST_WHISTLEBLOWER =
      standard(
          "RETALIATING_AGAINST_WHISTLEBLOWER",
          "retaliating against an officer who refuses, reports or exposes a quota");

  private static final ImmutableList<Conduct> STANDARD =
      ImmutableList.of(
          MISSED_QUOTA,
          RACIAL_PROFILING,
          UNLAWFUL_SEIZURE,
          EXCESSIVE_FORCE,
          IMPOSING_QUOTA,
          PENALIZING_MISSED_QUOTA,
          RETALIATING_AGAINST_WHISTLEBLOWER);

  private Conduct(String id, String readableName, String description) {
    super(id, readableName, description);
  }

  private static Conduct standard(String id, String description) {
    return new Conduct(id, Term.words(id), description);
  }

  /**
   * A conduct of a framework's own vocabulary.
   *
   * @param id upper-case letters, digits and {@code _}, such as {@code ISSUING_BASELESS_SUMMONS}
   * @param readableName the conduct in lower-case words, for sentences
   * @param description what the conduct covers
   * @return the conduct
   * @throws ValidationException if the id is malformed or a text is blank
   */
  public static Conduct of(String id, String readableName, String description) {
    requireNonNull(id, "id");
    requireNonNull(readableName, "readableName");
    requireNonNull(description, "description");
    Term.check("Conduct", id, readableName, description);
    return new Conduct(id, readableName, description);
  }

  /**
   * The ready-made conducts.
   *
   * @return the standard conducts
   */
  public static ImmutableList<Conduct> standardConducts() {
    return STANDARD;
  }

  /**
   * The standard conduct with this id.
   *
   * <pre>{@code
   * Conduct.standard("MISSED_QUOTA");   // Optional[MISSED_QUOTA]
   * }</pre>
   *
   * @param id the id
   * @return the conduct, or empty if no standard conduct has the id
   */
  public static Optional<Conduct> standard(String id) {
    requireNonNull(id, "id");
    for (Conduct c : STANDARD) {
      if (c.id().equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The standard conduct with this id, as an enum's {@code valueOf} would give it.
   *
   * <pre>{@code
   * Conduct.valueOf("MISSED_QUOTA");   // Conduct.MISSED_QUOTA
   * }</pre>
   *
   * @param id the id
   * @return the standard conduct
   * @throws IllegalArgumentException if no standard conduct has the id
   */
  public static Conduct valueOf(String id) {
    return standard(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no standard conduct has the id " + Problem.quote(id)));
  }

  /**
   * Whether this is one of the {@link #standardConducts() standard conducts}.
   *
   * @return true for a ready-made conduct's id
   */
  public boolean isStandard() {
    return standard(id()).isPresent();
  }

  /**
   * Equal when the ids are equal.
   *
   * @param o another object
   * @return true for a conduct with the same id
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Conduct c && c.id().equals(id());
  }

  @Override
  public int hashCode() {
    return id().hashCode();
  }
}
