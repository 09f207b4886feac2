/**
 * Runnable examples of the accountability library, each a class with a {@code main} method whose
 * logic is also callable with arguments and an output stream (and so tested).
 *
 * <ul>
 *   <li>{@link org.accountability.examples.AskTheQuestion}: the cited answer to the case study's
 *       question;
 *   <li>{@link org.accountability.examples.ExploreEvidence}: which sources back which facts, the
 *       contested claims and the facts resting on one source;
 *   <li>{@link org.accountability.examples.TargetsAgainstReality}: targets against observed
 *       arrests, as a table and an SVG chart;
 *   <li>{@link org.accountability.examples.AccountabilityMap}: the framework as a Mermaid and a
 *       Graphviz graph;
 *   <li>{@link org.accountability.examples.BuildYourOwn}: a fictional framework built, validated,
 *       assessed and saved;
 *   <li>{@link org.accountability.examples.CompareSystems}: the ICE and NYPD case studies side by
 *       side.
 * </ul>
 *
 * <p>Another, {@code DataOut} (JSON Lines queried with SQL in DuckDB), is in the module {@code
 * examples-duckdb}, so that only it downloads DuckDB.
 *
 * <p>Run one from the repository root with {@code ./mvnw -q -pl examples -am compile -PID}, where
 * {@code ID} is {@code ask}, {@code evidence}, {@code targets}, {@code map}, {@code build} or
 * {@code compare}. Files are written under {@code examples/target/} unless a path is given with
 * {@code -Dexec.args=...}.
 */
@NullMarked
package org.accountability.examples;

import org.jspecify.annotations.NullMarked;
