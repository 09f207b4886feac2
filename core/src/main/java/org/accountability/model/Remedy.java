package org.accountability.model;

/**
 * What a legal route or a proceeding yields for the party who brings it: damages, back pay, an
 * injunction, a court monitor, a record cleared, a notice. A route lists what it can yield; an
 * {@link OversightAction.OutcomeStep} lists what one proceeding did yield.
 *
 * <pre>{@code
 * route.remedies().contains(Remedy.DAMAGES);   // false for a grievance under an anti-quota law
 * Remedy.BACK_PAY.readableName();              // "back pay"
 * }</pre>
 */
public enum Remedy {
  /** Money for the harm suffered. */
  DAMAGES("damages"),
  /** Wages and benefits lost, paid back. */
  BACK_PAY("back pay"),
  /** The former post, schedule or standing restored and the penalty undone. */
  RESTORATION("restoration to the former position, the penalty undone"),
  /** An adverse evaluation or record thrown out. */
  RECORD_CLEARED("a record cleared"),
  /** A court order to do or stop doing something. */
  INJUNCTION("an injunction"),
  /** A monitor appointed by a court to oversee compliance. */
  COURT_MONITOR("a court-appointed monitor"),
  /** A notice to staff or the public, such as that quotas are banned. */
  NOTICE("a notice"),
  /** A sanction in the litigation itself, such as an adverse-inference instruction. */
  EVIDENTIARY_SANCTION("an evidentiary sanction"),
  /** Discipline of the person who answers, by the employer. */
  DISCIPLINE("discipline"),
  /** A criminal penalty: a fine or prison. */
  PUNISHMENT("a criminal penalty");

  private final String readableName;

  Remedy(String readableName) {
    this.readableName = readableName;
  }

  /**
   * The remedy in words, for sentences.
   *
   * @return the readable name
   */
  public String readableName() {
    return readableName;
  }
}
