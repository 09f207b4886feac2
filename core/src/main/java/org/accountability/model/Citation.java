package org.accountability.model;

import static org.accountability.model.EntityChecks.checked;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A source: a news report, a court document, a statute, a case, a press release, a dashboard or a
 * secondary analysis. Every fact in the model cites sources by their {@link #id()}.
 *
 * <p>Only {@link #publisher()} and {@link #kind()} are required besides the id: many sources have
 * no title, date or URL, and the model keeps them empty rather than inventing one. {@link #host()}
 * names the site that carried a story when it is not the publisher (an Associated Press story on a
 * local site).
 *
 * <pre>{@code
 * Citation wapo = Citation.builder()
 *     .id("wapo-2025-01-26")
 *     .title("Trump officials issue quotas to ICE officers to ramp up arrests")
 *     .publisher("Washington Post")
 *     .date(PartialDate.parse("2025-01-26"))
 *     .url("https://www.washingtonpost.com/immigration/2025/01/26/ice-arrests-raids-trump-quota/")
 *     .kind(Citation.Kind.NEWS_REPORT)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract sealed class Citation implements Entity permits ImmutableCitation {
  /** What kind of source a citation is. */
  public enum Kind {
    /** A news story. Secondary. */
    NEWS_REPORT(false),
    /** An opinion, order or filing of a court. Primary. */
    COURT_DOCUMENT(true),
    /** A section of a code of law. Primary. */
    STATUTE(true),
    /** A decided case, cited as authority. Primary. */
    CASE(true),
    /** A statement published by the body it speaks for. Primary. */
    PRESS_RELEASE(true),
    /** A published collection of data or incidents. Primary. */
    DASHBOARD(true),
    /**
     * A document a government body publishes about its own workings: a vacancy announcement, a
     * guide, a manual. Primary.
     */
    GOVERNMENT_DOCUMENT(true),
    /** An analysis, summary or tracker written from other sources. Secondary. */
    SECONDARY_ANALYSIS(false);

    private final boolean primary;

    Kind(boolean primary) {
      this.primary = primary;
    }

    /**
     * Whether sources of this kind are primary unless a citation says otherwise.
     *
     * @return true for primary kinds
     */
    public boolean isPrimaryByDefault() {
      return primary;
    }
  }

  Citation() {}

  @Override
  public final EntityKind entityKind() {
    return EntityKind.CITATION;
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
   * Builds {@code Citation} values: set the attributes, then call {@link #build()}. {@code
   * from(..)} starts from an existing value, to build a changed copy.
   *
   * <p>{@code build()} checks the whole value and reports every problem at once in one {@link
   * ValidationException}: a required attribute left unset (or set to {@code null}), a {@code null}
   * element, a blank text, an invalid id. A setter of an optional attribute refuses {@code null} at
   * once with a {@code ValidationException} naming the attribute, and so does every method given a
   * {@code null} {@code Optional}, {@code Iterable} or array; to clear an optional attribute, pass
   * {@code Optional.empty()}. A builder is not thread-safe: use it in one thread, for one value.
   *
   * <p>A changed copy of {@code wapo} from the {@link Citation} example:
   *
   * <pre>{@code
   * Citation undated = Citation.builder()
   *     .from(wapo)
   *     .date(Optional.empty())
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    // Immutables' builder does the work; it stays package-private, and its final methods cannot
    // check their arguments, so this class is the documented API in front of it.
    private final ImmutableCitation.Builder generated = new ImmutableCitation.Builder();

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
    public Builder from(Citation instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the {@link Citation#id() id}, a required attribute: {@link #build()} reports it if it is
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
     * Sets the optional {@link Citation#title() title}. To clear it, pass {@code Optional.empty()}
     * to {@link #title(Optional)}.
     *
     * @param title the value
     * @return this builder
     * @throws ValidationException if {@code title} is {@code null}
     */
    public Builder title(String title) {
      generated.title(title);
      return this;
    }

    /**
     * Sets the optional {@link Citation#title() title}, or clears it with {@code Optional.empty()}.
     *
     * @param title the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code title} is {@code null} (not empty)
     */
    public Builder title(Optional<String> title) {
      generated.title(checked(title, "title"));
      return this;
    }

    /**
     * Sets the {@link Citation#publisher() publisher}, a required attribute: {@link #build()}
     * reports it if it is left unset or set to {@code null}.
     *
     * @param publisher the value
     * @return this builder
     */
    public Builder publisher(@Nullable String publisher) {
      generated.publisher(publisher);
      return this;
    }

    /**
     * Sets the optional {@link Citation#host() host}. To clear it, pass {@code Optional.empty()} to
     * {@link #host(Optional)}.
     *
     * @param host the value
     * @return this builder
     * @throws ValidationException if {@code host} is {@code null}
     */
    public Builder host(String host) {
      generated.host(host);
      return this;
    }

    /**
     * Sets the optional {@link Citation#host() host}, or clears it with {@code Optional.empty()}.
     *
     * @param host the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code host} is {@code null} (not empty)
     */
    public Builder host(Optional<String> host) {
      generated.host(checked(host, "host"));
      return this;
    }

    /**
     * Sets the optional {@link Citation#date() date}. To clear it, pass {@code Optional.empty()} to
     * {@link #date(Optional)}.
     *
     * @param date the value
     * @return this builder
     * @throws ValidationException if {@code date} is {@code null}
     */
    public Builder date(PartialDate date) {
      generated.date(date);
      return this;
    }

    /**
     * Sets the optional {@link Citation#date() date}, or clears it with {@code Optional.empty()}.
     *
     * @param date the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code date} is {@code null} (not empty)
     */
    public Builder date(Optional<? extends PartialDate> date) {
      generated.date(checked(date, "date"));
      return this;
    }

    /**
     * Sets the optional {@link Citation#url() url}. To clear it, pass {@code Optional.empty()} to
     * {@link #url(Optional)}.
     *
     * @param url the value
     * @return this builder
     * @throws ValidationException if {@code url} is {@code null}
     */
    public Builder url(String url) {
      generated.url(url);
      return this;
    }

    /**
     * Sets the optional {@link Citation#url() url}, or clears it with {@code Optional.empty()}.
     *
     * @param url the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code url} is {@code null} (not empty)
     */
    public Builder url(Optional<String> url) {
      generated.url(checked(url, "url"));
      return this;
    }

    /**
     * Sets the {@link Citation#kind() kind}, a required attribute: {@link #build()} reports it if
     * it is left unset or set to {@code null}.
     *
     * @param kind the value
     * @return this builder
     */
    public Builder kind(@Nullable Kind kind) {
      generated.kind(kind);
      return this;
    }

    /**
     * Sets whether the source is {@link Citation#isPrimary() primary}; left unset, its kind
     * decides.
     *
     * @param primary the value
     * @return this builder
     */
    public Builder primary(boolean primary) {
      generated.primary(primary);
      return this;
    }

    /**
     * Sets the optional {@link Citation#legalReference() legalReference}. To clear it, pass {@code
     * Optional.empty()} to {@link #legalReference(Optional)}.
     *
     * @param legalReference the value
     * @return this builder
     * @throws ValidationException if {@code legalReference} is {@code null}
     */
    public Builder legalReference(LegalReference legalReference) {
      generated.legalReference(legalReference);
      return this;
    }

    /**
     * Sets the optional {@link Citation#legalReference() legalReference}, or clears it with {@code
     * Optional.empty()}.
     *
     * @param legalReference the value, or {@code Optional.empty()}
     * @return this builder
     * @throws ValidationException if {@code legalReference} is {@code null} (not empty)
     */
    public Builder legalReference(Optional<? extends LegalReference> legalReference) {
      generated.legalReference(checked(legalReference, "legalReference"));
      return this;
    }

    /**
     * Sets whether the source is {@link Citation#isFictional() fictional}; left unset, it is not.
     *
     * @param fictional the value
     * @return this builder
     */
    public Builder fictional(boolean fictional) {
      generated.fictional(fictional);
      return this;
    }

    /**
     * Builds the {@code Citation}, checking the whole value.
     *
     * @return the value
     * @throws ValidationException listing every problem of the value: a required attribute unset or
     *     {@code null}, a {@code null} element, a blank text, an invalid value
     */
    public Citation build() {
      return generated.build();
    }
  }

  /** The key other entities cite this source by, such as {@code wapo-2025-01-26}. */
  @Override
  public abstract String id();

  /**
   * The title, when the source has one.
   *
   * @return the title
   */
  public abstract Optional<String> title();

  /**
   * Who published it, such as {@code Associated Press} or {@code United States Code}.
   *
   * @return the publisher
   */
  public abstract String publisher();

  /**
   * The site that carried it when that is not the publisher, such as {@code GV Wire} for an AP
   * story.
   *
   * @return the host
   */
  public abstract Optional<String> host();

  /**
   * When it was published, to the precision known; approximate where the date is uncertain.
   *
   * @return the date
   */
  public abstract Optional<PartialDate> date();

  /**
   * Where to read it: an absolute http or https URL, when known.
   *
   * @return the URL
   */
  public abstract Optional<String> url();

  /**
   * What kind of source it is.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Whether it is a primary source; by default as its {@link #kind()} says.
   *
   * @return true for a primary source
   */
  @Value.Default
  public boolean isPrimary() {
    Kind kind = kind();
    return kind != null && kind.isPrimaryByDefault();
  }

  /**
   * The legal citation of a statute or case, such as {@code 18 U.S.C. § 242}.
   *
   * @return the legal reference
   */
  public abstract Optional<LegalReference> legalReference();

  /**
   * Whether the source is made up, for examples and tests. The bundled case study has none.
   *
   * @return true for a fictional source
   */
  @Value.Default
  public boolean isFictional() {
    return false;
  }

  /**
   * One line for a reference list: title (or, without one, the publisher's name alone), publisher,
   * host, date, URL.
   *
   * <p>For example {@code "ICE chief reassigned amid frustrations over mass deportation effort".
   * Associated Press, via GV Wire, 21 February 2025. https://gvwire.com/...}
   *
   * @return the reference line
   */
  public String referenceLine() {
    StringBuilder out = new StringBuilder();
    title().ifPresent(t -> out.append('"').append(t).append("\". "));
    out.append(publisher());
    legalReference()
        .filter(l -> title().map(t -> !t.contains(l.toString())).orElse(true))
        .ifPresent(l -> out.append(", ").append(l));
    host().ifPresent(h -> out.append(", via ").append(h));
    date().ifPresent(d -> out.append(", ").append(d.toReadableString()));
    out.append('.');
    url().ifPresent(u -> out.append(' ').append(u));
    if (isFictional()) {
      out.append(" (fictional)");
    }
    return out.toString();
  }

  @Value.Check
  void check() {
    EntityChecks checks = new EntityChecks("Citation", id());
    checks.id(id());
    checks.optionalText("title", title());
    checks.text("publisher", publisher());
    checks.optionalText("host", host());
    checks.required("kind", kind());
    Optional<String> url = url();
    if (url.isPresent() && !isPlainWebUrl(url.get())) {
      checkUrl(checks, url.get());
    }
    checks.throwIfAny();
  }

  /**
   * Whether a URL is of the plainest form of an absolute http or https URL with a host, which
   * {@link URI} certainly parses as one: {@code http://} or {@code https://}, a host name of labels
   * of ASCII letters, digits and inner hyphens separated by dots, its last label starting with a
   * letter (so that it is not an IPv4 address), then nothing or a path of ASCII letters, digits and
   * {@code / - . _ ~}. Any other URL, valid or not, is parsed by {@link #checkUrl(EntityChecks,
   * String)}; this saves parsing nearly every URL of a framework.
   */
  static boolean isPlainWebUrl(String url) {
    int i;
    if (url.startsWith("https://")) {
      i = 8;
    } else if (url.startsWith("http://")) {
      i = 7;
    } else {
      return false;
    }
    int n = url.length();
    int lastLabel;
    while (true) {
      int label = i;
      while (i < n && (isAsciiLetterOrDigit(url.charAt(i)) || url.charAt(i) == '-')) {
        i++;
      }
      if (i == label || url.charAt(label) == '-' || url.charAt(i - 1) == '-') {
        return false;
      }
      lastLabel = label;
      if (i < n && url.charAt(i) == '.') {
        i++;
      } else {
        break;
      }
    }
    if (!isAsciiLetter(url.charAt(lastLabel))) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (url.charAt(i) != '/') {
      return false;
    }
    for (; i < n; i++) {
      char c = url.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '/' && c != '-' && c != '.' && c != '_' && c != '~') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  private static void checkUrl(EntityChecks checks, String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      checks.check(
          uri.isAbsolute()
              && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
              && uri.getHost() != null,
          Problem.Code.INVALID_VALUE,
          "url",
          Problem.quote(url) + " is not an absolute http or https URL");
    } catch (URISyntaxException e) {
      checks.add(
          Problem.Code.INVALID_VALUE,
          "url",
          Problem.quote(url) + " is not a URL: " + e.getReason());
    }
  }
}
