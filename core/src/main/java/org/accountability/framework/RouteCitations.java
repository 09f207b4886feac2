package org.accountability.framework;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.accountability.model.LegalRoute;

/** Every citation a legal route rests on, in one place for the answer and its indexes. */
final class RouteCitations {
  private RouteCitations() {}

  static ImmutableList<String> of(LegalRoute r) {
    Set<String> ids = new LinkedHashSet<>(r.citations());
    ids.addAll(r.restrictedBy());
    r.preconditions().forEach(p -> ids.addAll(p.citations()));
    r.hurdles().forEach(h -> ids.addAll(h.citations()));
    r.substitution().ifPresent(x -> ids.addAll(x.citations()));
    r.appeal().ifPresent(x -> ids.addAll(x.citations()));
    return ImmutableList.copyOf(ids);
  }
}
