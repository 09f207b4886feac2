/**
 * Test fixtures shared by the tests of core and json, in one place:
 *
 * <ul>
 *   <li>{@link org.accountability.testing.Problems}: the one way tests assert on the problems of a
 *       {@link org.accountability.model.ValidationException}, each compared exactly (code, whole
 *       location, reference, message), with a failure that lists expected and actual problems;
 *   <li>{@link org.accountability.testing.FictionalFrameworks}: the fictional frameworks (Example
 *       City, Example Town) and the entities they are made of, built anew on every call;
 *   <li>{@link org.accountability.testing.NullCheckSupport} and {@link
 *       org.accountability.testing.PublicClassSupport}: the null-argument checks over every public
 *       class of a package, and the scan that finds those classes;
 *   <li>{@link org.accountability.testing.Ids} and {@link org.accountability.testing.Answers}:
 *       small helpers that read ids and caveats.
 * </ul>
 *
 * <p>The sources live in {@code core/src/testFixtures/java}; each module compiles them with its
 * tests, and nothing of them is published.
 */
@NullMarked
package org.accountability.testing;

import org.jspecify.annotations.NullMarked;
