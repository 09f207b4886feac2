/**
 * The aggregate root {@link org.accountability.framework.AccountabilityFramework} and the questions
 * it answers: typed, lazy entity queries that print as tables, evidence navigation ({@link
 * org.accountability.framework.Evidence}), targets against observations ({@link
 * org.accountability.framework.TargetAttainment}) and the accountability assessment ({@link
 * org.accountability.framework.Assessment}) with its cited Markdown explanation, as of any day, and
 * its history ({@link org.accountability.framework.Timeline}).
 *
 * <p>Apart from {@code equals}, no parameter accepts null: every public constructor and method,
 * every query filter included, rejects a null argument at once with a {@link
 * java.lang.NullPointerException} whose message names the parameter.
 *
 * <pre>{@code
 * AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
 * Assessment a = ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA);
 * a.verdict();                                 // ADMINISTRATIVE_OR_POLITICAL_ONLY
 * System.out.println(a.explain());
 * System.out.println(ice.personnelActions().against(Role.SENIOR_OFFICIAL));
 * }</pre>
 */
@NullMarked
package org.accountability.framework;

import org.jspecify.annotations.NullMarked;
