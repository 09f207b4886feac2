/**
 * Bundled case studies, built in Java from cited public reporting and law. No parameter accepts
 * null: a null argument is rejected at once with a {@link java.lang.NullPointerException} whose
 * message names the parameter.
 *
 * <pre>{@code
 * AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
 * }</pre>
 */
@NullMarked
package org.accountability.casestudy;

import org.jspecify.annotations.NullMarked;
