/**
 * The model's value types: {@link org.accountability.model.Directive}, {@link
 * org.accountability.model.PersonnelAction}, {@link org.accountability.model.OversightBody}, {@link
 * org.accountability.model.LegalRoute}, {@link org.accountability.model.Claim}, {@link
 * org.accountability.model.Observation} and {@link org.accountability.model.Citation}, with the
 * closed vocabularies ({@link org.accountability.model.Role}, {@link
 * org.accountability.model.Conduct}, {@link org.accountability.model.LiabilityType}) they use.
 *
 * <p>Every type is immutable, thread-safe and null-free: absent values are {@link
 * java.util.Optional}, collections are Guava immutable collections. Entities are built with
 * builders that report every problem of an entity at once through {@link
 * org.accountability.model.ValidationException}; entities refer to one another by id, and an {@code
 * AccountabilityFramework} checks those references as a whole.
 *
 * <p>Apart from {@code equals}, no parameter accepts null. The hand-written methods and factories
 * reject a null argument at once with a {@link java.lang.NullPointerException} whose message names
 * the parameter. The builders, and the constructors of the nested value records such as {@link
 * org.accountability.model.Actor}, are where values are validated: they report a null like any
 * other invalid value, as a {@link org.accountability.model.Problem} of the {@link
 * org.accountability.model.ValidationException} that names the attribute, so that every problem of
 * a value is listed at once.
 *
 * <pre>{@code
 * Citation source = Citation.builder()
 *     .id("example-2030-01-05")
 *     .title("City sets ticket quota")
 *     .publisher("Example Gazette")
 *     .kind(Citation.Kind.NEWS_REPORT)
 *     .fictional(true)
 *     .build();
 * }</pre>
 */
@NullMarked
package org.accountability.model;

import org.jspecify.annotations.NullMarked;
