package org.accountability.framework;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value computed on first use, at most once, and safely published to every thread: the value is
 * written to a volatile field inside a lock, and what it refers to must not change after it is
 * computed. Frameworks hold their query and assessment indexes this way, so that building a
 * framework does not pay for indexes no question uses.
 *
 * @param <T> the value's type
 */
final class Lazy<T> {
  private @Nullable Supplier<T> compute;
  private volatile @Nullable T value;

  Lazy(Supplier<T> compute) {
    this.compute = requireNonNull(compute, "compute");
  }

  T get() {
    T v = value;
    if (v != null) {
      return v;
    }
    synchronized (this) {
      v = value;
      if (v == null) {
        Supplier<T> c = requireNonNull(compute, "compute");
        v = requireNonNull(c.get(), "a lazy value computed null");
        value = v;
        compute = null;
      }
      return v;
    }
  }
}
