package org.accountability.testing;

import java.util.ArrayList;
import java.util.List;
import org.accountability.model.Entity;

/** The ids of entities, in order: what most tests compare answers by. */
public final class Ids {
  private Ids() {}

  /**
   * The ids of the entities, in their order.
   *
   * @param entities the entities: a list, a query or any other iterable
   * @return their ids
   */
  public static List<String> ids(Iterable<? extends Entity> entities) {
    List<String> out = new ArrayList<>();
    entities.forEach(e -> out.add(e.id()));
    return out;
  }
}
