package org.accountability.json;

import java.util.Map;
import org.accountability.model.Conduct;
import org.accountability.model.Role;

/**
 * The roles and conducts a format 2.0 header declares, by id: those of a framework document, or
 * those of a JSON Lines stream's {@code FRAMEWORK} header, which the lines after it are read
 * against.
 *
 * @param roles the declared roles, by id
 * @param conducts the declared conducts, by id
 * @param inDocument whether a framework document declares them, rather than a JSON Lines header
 */
record Declarations(Map<String, Role> roles, Map<String, Conduct> conducts, boolean inDocument) {
  Declarations {
    roles = Map.copyOf(roles);
    conducts = Map.copyOf(conducts);
  }
}
