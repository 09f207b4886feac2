package org.accountability.model;

import static java.util.Objects.requireNonNull;
import static org.accountability.model.EntityChecks.checked;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A statement of the explainer a framework encodes, with the stance of each source on it and the
 * state of its evidence.
 *
 * <p>Counter-evidence is kept: a source that contradicts the claim (an official denial) stays in
 * {@link #sources()} beside those that support it. A part of the claim that no source confirms or
 * refutes is recorded in {@link #absenceOfEvidence()}, as an absence of evidence, never as proof.
 *
 * <pre>{@code
 * Claim c1 = Claim.builder()
 *     .id("C1")
 *     .statement("Senior officials set numerical arrest targets ...")
 *     .status(Claim.EvidenceStatus.REPORTED)
 *     .addSources(Claim.Source.supports("wapo-2025-01-26"))
 *     .addSources(Claim.Source.contradicts("tnr-2025-08-04"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract sealed class Claim implements Fact permits ImmutableClaim {
  /** A source's position on a claim. */
  public enum Stance {
    /** The source supports the claim. */
    SUPPORTS,
    /** The source contradicts or undercuts the claim. */
    CONTRADICTS,
    /** The source reports both sides. */
    REPORTS_BOTH
  }

  /** How well the evidence settles a claim. */
  public enum EvidenceStatus {
    /** Sources report it; any contradicting source is an exception kept beside it. */
    REPORTED,
    /** Sources disagree on it. */
    CONTESTED,
    /** Nothing found confirms or refutes it. */
    ABSENCE_OF_EVIDENCE
  }

  /**
   * One source's stance on a claim.
   *
   * @param citation the citation id
   * @param stance its stance
   */
  public record Source(String citation, Stance stance) {
    /**
     * Validates the components.
     *
     * @throws ValidationException listing every problem
     */
    public Source {
      EntityChecks checks = new EntityChecks("Claim.Source", null);
      checks.reference("citation", citation);
      checks.required("stance", stance);
      checks.throwIfAny();
    }

    /**
     * A supporting source.
     *
     * @param citation the citation id
     * @return the source
     */
    public static Source supports(String citation) {
      requireNonNull(citation, "citation");
      return new Source(citation, Stance.SUPPORTS);
    }

    /**
     * A contradicting source.
     *
     * @param citation the citation id
     * @return the source
     */
    public static Source contradicts(String citation) {
      requireNonNull(citation, "citation");
      return new Source(citation, Stance.CONTRADICTS);
    }

    /**
     * A source reporting both sides.
     *
     * @param citation the citation id
     * @return the source
     */
    public static Source reportsBoth(String citation) {
      requireNonNull(citation, "citation");
      return new Source(citation, Stance.REPORTS_BOTH);
    }
  }

  Claim() {}

  @Override
  public final EntityKind entityKind() {
    return EntityKind.CLAIM;
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Claim} values: set the attributes, then call {@link #build()}. {@code from(..)}
   * starts from an existing value, to build a changed copy.
   *
   * <p>{@code build()} checks the whole value and reports every problem at once in one {@link
   * ValidationException}: a required attribute left unset (or set to {@code null}), a {@code null}
   * element, a blank text, an invalid id. A setter of an optional attribute refuses {@code null} at
   * once with a {@code ValidationException} naming the attribute, and so does every method given a
   * {@code null} {@code Optional}, {@code Iterable} or array; to clear an optional attribute, pass
   * {@code Optional.empty()}. A builder is not thread-safe: use it in one thread, for one value.
   *
   * <p>A changed copy of {@code c1} from the {@link Claim} example:
   *
   * <pre>{@code
   * Claim supportedOnly = Claim.builder()
   *     .from(c1)
   *     .sources(List.of(Claim.Source.supports("wapo-2025-01-26")))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    // Immutables' builder does the work; it stays package-private, and its final methods cannot
    // check their arguments, so this class is the documented API in front of it.
    private final ImmutableClaim.Builder generated = new ImmutableClaim.Builder();

    Builder() {}

    /**
     * Sets the attribute every {@link Entity} has, its {@link Entity#id() id}, from {@code
     * instance}, an entity of any type.
     *
     * @param instance the value to copy from
     * @return this builder
     * @throws ValidationException if {@code instance} is {@code null}
     */
    public Builder from(Entity instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets every attribute of {@code instance} on this builder, to build a changed copy of it.
     * Elements of list attributes are added to those already set; an optional attribute that is
     * empty in {@code instance} leaves this builder's value as it is.
     *
     * @param instance the value to copy from
     * @return this builder
     * @throws ValidationException if {@code instance} is {@code null}
     */
    public Builder from(Claim instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the attributes a {@code Claim} shares with every {@link Fact}, its {@link Fact#id() id}
     * and {@link Fact#knownSince() knownSince}, from {@code instance}, a fact of any type.
     *
     * @param instance the value to copy from
     * @return this builder
     * @throws ValidationException if {@code instance} is {@code null}
     */
    public Builder from(Fact instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the {@link Claim#id() id}, a required attribute: {@link #build()} reports it if it is
     * left unset or set to {@code null}.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      generated.id(id);
      return this;
    }

    /**
     * Sets the optional {@link Claim#knownSince() knownSince}. To clear it, pass {@code
     * Optional.empty()} to {@link #knownSince(Optional)}.
     *
     * @param knownSince the value
     * @return this builder
     * @throws ValidationException if {@code knownSince} is {@code null}
     */
    public Builder knownSince(PartialDate knownSince) {
      generated.knownSince(knownSince);
      return this;
    }

    /**
     * Sets the optional {@link Claim#knownSince() knownSince}, or clears it with {@code
     * Optional.empty()}.
     *
     * @param knownSince the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code knownSince} is {@code null} (not empty)
     */
    public Builder knownSince(Optional<? extends PartialDate> knownSince) {
      generated.knownSince(checked(knownSince, "knownSince"));
      return this;
    }

    /**
     * Sets the {@link Claim#statement() statement}, a required attribute: {@link #build()} reports
     * it if it is left unset or set to {@code null}.
     *
     * @param statement the value
     * @return this builder
     */
    public Builder statement(@Nullable String statement) {
      generated.statement(statement);
      return this;
    }

    /**
     * Adds one element to {@link Claim#sources() sources}. A {@code null} element is reported by
     * {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addSources(@Nullable Source element) {
      generated.addSources(element);
      return this;
    }

    /**
     * Adds elements to {@link Claim#sources() sources}, in order. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addSources(@Nullable Source... elements) {
      generated.addSources(checked(elements, "sources"));
      return this;
    }

    /**
     * Replaces the elements of {@link Claim#sources() sources} with those of {@code elements}, in
     * order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder sources(Iterable<? extends @Nullable Source> elements) {
      generated.sources(checked(elements, "sources"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link Claim#sources() sources}, in order. A {@code
     * null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllSources(Iterable<? extends @Nullable Source> elements) {
      generated.addAllSources(checked(elements, "sources"));
      return this;
    }

    /**
     * Sets the {@link Claim#status() status}, a required attribute: {@link #build()} reports it if
     * it is left unset or set to {@code null}.
     *
     * @param status the value
     * @return this builder
     */
    public Builder status(@Nullable EvidenceStatus status) {
      generated.status(status);
      return this;
    }

    /**
     * Sets the optional {@link Claim#absenceOfEvidence() absenceOfEvidence}. To clear it, pass
     * {@code Optional.empty()} to {@link #absenceOfEvidence(Optional)}.
     *
     * @param absenceOfEvidence the value
     * @return this builder
     * @throws ValidationException if {@code absenceOfEvidence} is {@code null}
     */
    public Builder absenceOfEvidence(String absenceOfEvidence) {
      generated.absenceOfEvidence(absenceOfEvidence);
      return this;
    }

    /**
     * Sets the optional {@link Claim#absenceOfEvidence() absenceOfEvidence}, or clears it with
     * {@code Optional.empty()}.
     *
     * @param absenceOfEvidence the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code absenceOfEvidence} is {@code null} (not empty)
     */
    public Builder absenceOfEvidence(Optional<String> absenceOfEvidence) {
      generated.absenceOfEvidence(checked(absenceOfEvidence, "absenceOfEvidence"));
      return this;
    }

    /**
     * Adds one element to {@link Claim#about() about}. A {@code null} element is reported by {@link
     * #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addAbout(@Nullable String element) {
      generated.addAbout(element);
      return this;
    }

    /**
     * Adds elements to {@link Claim#about() about}, in order. A {@code null} element is reported by
     * {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addAbout(@Nullable String... elements) {
      generated.addAbout(checked(elements, "about"));
      return this;
    }

    /**
     * Replaces the elements of {@link Claim#about() about} with those of {@code elements}, in
     * order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder about(Iterable<@Nullable String> elements) {
      generated.about(checked(elements, "about"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link Claim#about() about}, in order. A {@code
     * null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllAbout(Iterable<@Nullable String> elements) {
      generated.addAllAbout(checked(elements, "about"));
      return this;
    }

    /**
     * Adds one element to {@link Claim#conducts() conducts}. A {@code null} element is reported by
     * {@link #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addConducts(@Nullable Conduct element) {
      generated.addConducts(element);
      return this;
    }

    /**
     * Adds elements to {@link Claim#conducts() conducts}, in order. A {@code null} element is
     * reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addConducts(@Nullable Conduct... elements) {
      generated.addConducts(checked(elements, "conducts"));
      return this;
    }

    /**
     * Replaces the elements of {@link Claim#conducts() conducts} with those of {@code elements}, in
     * order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder conducts(Iterable<? extends @Nullable Conduct> elements) {
      generated.conducts(checked(elements, "conducts"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link Claim#conducts() conducts}, in order. A
     * {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllConducts(Iterable<? extends @Nullable Conduct> elements) {
      generated.addAllConducts(checked(elements, "conducts"));
      return this;
    }

    /**
     * Adds one element to {@link Claim#roles() roles}. A {@code null} element is reported by {@link
     * #build()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addRoles(@Nullable Role element) {
      generated.addRoles(element);
      return this;
    }

    /**
     * Adds elements to {@link Claim#roles() roles}, in order. A {@code null} element is reported by
     * {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if the array {@code elements} is {@code null}
     */
    public Builder addRoles(@Nullable Role... elements) {
      generated.addRoles(checked(elements, "roles"));
      return this;
    }

    /**
     * Replaces the elements of {@link Claim#roles() roles} with those of {@code elements}, in
     * order. A {@code null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}; the elements set before are
     *     then kept
     */
    public Builder roles(Iterable<? extends @Nullable Role> elements) {
      generated.roles(checked(elements, "roles"));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link Claim#roles() roles}, in order. A {@code
     * null} element is reported by {@link #build()}.
     *
     * @param elements the elements
     * @return this builder
     * @throws ValidationException if {@code elements} is {@code null}
     */
    public Builder addAllRoles(Iterable<? extends @Nullable Role> elements) {
      generated.addAllRoles(checked(elements, "roles"));
      return this;
    }

    /**
     * Builds the {@code Claim}, checking the whole value.
     *
     * @return the value
     * @throws ValidationException listing every problem of the value: a required attribute unset or
     *     {@code null}, a {@code null} element, a blank text, an invalid value
     */
    public Claim build() {
      return generated.build();
    }
  }

  /**
   * What the claim says.
   *
   * @return the statement
   */
  public abstract String statement();

  /**
   * Each source's stance, in the order given; a citation appears at most once.
   *
   * @return the sources
   */
  public abstract List<Source> sources();

  /**
   * How well the evidence settles the claim.
   *
   * @return the evidence status
   */
  public abstract EvidenceStatus status();

  /**
   * The part of the claim that nothing found confirms or refutes, when there is one.
   *
   * @return the unevidenced part
   */
  public abstract Optional<String> absenceOfEvidence();

  /**
   * The entities the claim is about (directives, actions, routes, bodies), so that an answer that
   * uses one of them can show the claim, and any source contradicting it, beside it.
   *
   * @return entity ids
   */
  public abstract List<String> about();

  /**
   * The conducts the claim speaks to, so that every answer about one of them shows it (a claim that
   * no cause of action lies for missing a target belongs in every missed-target answer).
   *
   * @return the conducts
   */
  public abstract List<Conduct> conducts();

  /**
   * The roles the claim speaks to; empty when it speaks to every role.
   *
   * @return the roles
   */
  public abstract List<Role> roles();

  /**
   * Whether the claim speaks to a role and a conduct.
   *
   * @param role the role
   * @param conduct the conduct
   * @return true if its conducts include the conduct and its roles are empty or include the role
   */
  public boolean speaksTo(Role role, Conduct conduct) {
    requireNonNull(role, "role");
    requireNonNull(conduct, "conduct");
    return conducts().contains(conduct) && (roles().isEmpty() || roles().contains(role));
  }

  /**
   * The ids of all sources, whatever their stance.
   *
   * @return citation ids
   */
  @Override
  public ImmutableList<String> citations() {
    List<Source> sources = sources();
    ImmutableList.Builder<String> out = ImmutableList.builderWithExpectedSize(sources.size());
    for (Source s : sources) {
      out.add(s.citation());
    }
    return out.build();
  }

  /**
   * The ids of the sources with the given stance.
   *
   * @param stance the stance
   * @return citation ids
   */
  public ImmutableList<String> citations(Stance stance) {
    requireNonNull(stance, "stance");
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (Source s : sources()) {
      if (s != null && s.stance() == stance) {
        out.add(s.citation());
      }
    }
    return out.build();
  }

  @Override
  public String label() {
    return id() + ": " + statement();
  }

  @Value.Check
  void check() {
    EntityChecks checks = new EntityChecks("Claim", id());
    checks.id(id());
    checks.text("statement", statement());
    checks.required("status", status());
    checks.optionalText("absenceOfEvidence", absenceOfEvidence());
    checks.references("about", about());
    checks.distinct("conducts", conducts());
    checks.distinct("roles", roles());
    checks.noNulls("sources", sources());
    // One pass over the sources: a repeated citation is found against the earlier sources (a
    // claim has few), and the stances present are noted for the status rules below.
    List<Source> sources = sources();
    boolean supports = false;
    boolean contradictsOrBoth = false;
    for (int i = 0; i < sources.size(); i++) {
      Source source = sources.get(i);
      if (source == null) {
        continue;
      }
      String citation = source.citation();
      if (source.stance() == Stance.SUPPORTS) {
        supports = true;
      } else if (source.stance() == Stance.CONTRADICTS || source.stance() == Stance.REPORTS_BOTH) {
        contradictsOrBoth = true;
      }
      for (int j = 0; j < i; j++) {
        Source earlier = sources.get(j);
        if (earlier != null && earlier.citation().equals(citation)) {
          checks.add(
              Problem.Code.REPEATED,
              EntityChecks.path("sources", i),
              "cites " + Problem.quote(citation) + " more than once; give each source one stance");
          break;
        }
      }
    }
    if (status() != null) {
      switch (status()) {
        case CONTESTED -> {
          checks.check(
              contradictsOrBoth,
              Problem.Code.INCONSISTENT,
              "status",
              "is CONTESTED, so at least one source must contradict it or report both sides");
          checks.check(
              supports,
              Problem.Code.INCONSISTENT,
              "status",
              "is CONTESTED, so at least one source must support it");
        }
        case ABSENCE_OF_EVIDENCE ->
            checks.check(
                !supports,
                Problem.Code.INCONSISTENT,
                "status",
                "is ABSENCE_OF_EVIDENCE, so no source may support it");
        default ->
            checks.check(
                supports,
                Problem.Code.INCONSISTENT,
                "status",
                "is REPORTED, so at least one source must support it");
      }
    }
    checks.throwIfAny();
  }
}
