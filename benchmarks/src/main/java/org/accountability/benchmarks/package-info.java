/**
 * Benchmarks of the accountability library, each measured against its reference in the same run.
 */
@NullMarked
package org.accountability.benchmarks;

import org.jspecify.annotations.NullMarked;
