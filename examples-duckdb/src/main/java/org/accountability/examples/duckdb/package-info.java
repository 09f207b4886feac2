/**
 * The example that exports a case study as JSON Lines and queries it with SQL in DuckDB, in
 * process: {@link org.accountability.examples.duckdb.DataOut}. It is a module of its own so that
 * only this example downloads DuckDB; run it from the repository root with {@code ./mvnw -q -pl
 * examples-duckdb -am compile -Pdata}.
 */
@NullMarked
package org.accountability.examples.duckdb;

import org.jspecify.annotations.NullMarked;
