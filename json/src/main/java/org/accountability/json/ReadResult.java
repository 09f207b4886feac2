package org.accountability.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.accountability.model.Problem;

/**
 * A value read, with a warning for everything the reader ignored or assumed: each property ignored
 * in lenient mode, and, for a document of format 1.0, each assumption its conversion to the current
 * model made (see {@link AccountabilityJson}). A current document read strictly has no warnings.
 *
 * <pre>{@code
 * ReadResult<AccountabilityFramework> result =
 *     AccountabilityJson.builder().lenient(true).build().readWithWarnings(path);
 * result.warnings().forEach(System.err::println);   // "/claims/2/note: unknown property ..."
 * AccountabilityFramework framework = result.value();
 * }</pre>
 *
 * @param value the value read
 * @param warnings the warnings, each located by JSON Pointer (and line and column when read from
 *     text), in document order; an assumption's message starts with {@code read as format 1.0:}
 * @param <T> the type of value
 */
public record ReadResult<T>(T value, List<Problem> warnings) {
  /** Checks that no component is null and copies the warnings. */
  public ReadResult {
    requireNonNull(value, "value");
    warnings = ImmutableList.copyOf(requireNonNull(warnings, "warnings"));
  }
}
