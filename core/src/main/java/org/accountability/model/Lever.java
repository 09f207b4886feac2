package org.accountability.model;

/**
 * The means an oversight body has to constrain an agency or its people.
 *
 * <pre>{@code
 * body.levers().contains(Lever.INVESTIGATION);
 * }</pre>
 */
public enum Lever {
  /** A court order restraining or directing the agency, including a consent decree. */
  INJUNCTION,
  /** Criminal prosecution of an individual. */
  PROSECUTION,
  /** An inquiry or probe. */
  INVESTIGATION,
  /** Referring conduct to another body (an inspector general) for investigation. */
  REFERRAL,
  /** A published record of incidents or figures. */
  DASHBOARD,
  /** A formal written demand that the agency change a practice. */
  DEMAND,
  /** Refusing to help enforcement: sanctuary policies, limits on cooperation. */
  NON_COOPERATION,
  /** Bringing or joining a lawsuit. */
  LITIGATION,
  /** Campaigning or reporting to move public opinion. */
  PUBLIC_CAMPAIGN,
  /** Passing, vetoing or opposing a law. */
  LEGISLATION,
  /** A grievance or arbitration under a collective bargaining agreement or a labor law. */
  GRIEVANCE,
  /** Overseeing compliance with a court's order, as its monitor. */
  MONITORING,
  /** Discipline of the agency's own people: charges, transfers, command discipline. */
  DISCIPLINE
}
