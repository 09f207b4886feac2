/**
 * Test fixtures shared by the tests of core and json: the null-argument checks over every public
 * class of a package, the scan that finds those classes, and small helpers. The sources live in
 * {@code core/src/testFixtures/java}; each module compiles them with its tests.
 */
@NullMarked
package org.accountability.testing;

import org.jspecify.annotations.NullMarked;
