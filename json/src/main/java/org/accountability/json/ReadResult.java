package org.accountability.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.accountability.model.Problem;

/**
 * A value read in lenient mode, with a warning for every property that was ignored.
 *
 * <pre>{@code
 * ReadResult<AccountabilityFramework> result =
 *     AccountabilityJson.builder().lenient(true).build().readWithWarnings(path);
 * result.warnings().forEach(System.err::println);   // "/claims/2/note: unknown property ..."
 * AccountabilityFramework framework = result.value();
 * }</pre>
 *
 * @param value the value read
 * @param warnings one problem per ignored property, located by JSON Pointer; empty in strict mode
 * @param <T> the type of value
 */
public record ReadResult<T>(T value, List<Problem> warnings) {
  /** Checks that no component is null and copies the warnings. */
  public ReadResult {
    requireNonNull(value, "value");
    warnings = ImmutableList.copyOf(warnings);
  }
}
