/**
 * Bundled case studies, built in Java from cited public reporting and law.
 *
 * <pre>{@code
 * AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
 * }</pre>
 */
@NullMarked
package org.accountability.casestudy;

import org.jspecify.annotations.NullMarked;
