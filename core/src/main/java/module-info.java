/**
 * The accountability model: who can be held accountable for quota-driven law enforcement, by what
 * mechanism, on what evidence.
 *
 * <ul>
 *   <li>{@link org.accountability.model}: the immutable, validated, cited model types;
 *   <li>{@link org.accountability.framework}: the aggregate root, its queries and the assessment
 *       rules;
 *   <li>{@link org.accountability.casestudy}: the bundled ICE case study.
 * </ul>
 */
module org.accountability.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value;

  exports org.accountability.model;
  exports org.accountability.framework;
  exports org.accountability.casestudy;
}
