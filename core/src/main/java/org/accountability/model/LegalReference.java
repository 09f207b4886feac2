package org.accountability.model;

import static java.util.Objects.requireNonNull;

/**
 * The structured legal citation of a statute or a case: volume, reporter or code, and section or
 * first page.
 *
 * <pre>{@code
 * LegalReference.statute("18", "U.S.C.", "242").toString();   // "18 U.S.C. § 242"
 * LegalReference.reported("596", "U.S.", "482").toString();   // "596 U.S. 482"
 * }</pre>
 *
 * @param volume the title of a code or the volume of a reporter, such as {@code 18} or {@code 596}
 * @param reporter the code or reporter, such as {@code U.S.C.} or {@code U.S.}
 * @param locator the section of a code or the first page of a case, such as {@code 242} or {@code
 *     482}
 * @param section whether {@code locator} is a section (printed with {@code §}) rather than a page
 */
public record LegalReference(String volume, String reporter, String locator, boolean section) {
  /**
   * Validates the components.
   *
   * @throws ValidationException listing every problem
   */
  public LegalReference {
    EntityChecks checks = new EntityChecks("LegalReference", null);
    checks.text("volume", volume);
    checks.text("reporter", reporter);
    checks.text("locator", locator);
    checks.throwIfAny();
  }

  /**
   * A section of a code, such as 18 U.S.C. § 242.
   *
   * @param title the title of the code
   * @param code the code
   * @param section the section
   * @return the reference
   */
  public static LegalReference statute(String title, String code, String section) {
    requireNonNull(title, "title");
    requireNonNull(code, "code");
    requireNonNull(section, "section");
    return new LegalReference(title, code, section, true);
  }

  /**
   * A reported case, such as 596 U.S. 482.
   *
   * @param volume the volume
   * @param reporter the reporter
   * @param page the first page
   * @return the reference
   */
  public static LegalReference reported(String volume, String reporter, String page) {
    requireNonNull(volume, "volume");
    requireNonNull(reporter, "reporter");
    requireNonNull(page, "page");
    return new LegalReference(volume, reporter, page, false);
  }

  /**
   * The conventional form: {@code 18 U.S.C. § 242} or {@code 596 U.S. 482}.
   *
   * @return the citation text
   */
  @Override
  public String toString() {
    return volume + " " + reporter + (section ? " § " : " ") + locator;
  }
}
