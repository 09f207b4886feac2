package org.accountability.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model. Mandatory-attribute and null checks are left to each
 * type's own {@code @Value.Check} so that a builder reports every problem of an entity at once
 * (missing attributes, null elements and invalid values together) through {@link
 * ValidationException}, never a bare {@code NullPointerException} or {@code IllegalStateException}.
 * Collections are JDK collections ({@code jdkOnly}) because Guava's builders reject a null element
 * with a {@code NullPointerException} before any check could report it; the built collections are
 * unmodifiable copies.
 *
 * <p>The generated classes are package-private ({@code visibility}, {@code builderVisibility}):
 * each entity type declares a public nested {@code Builder} that hands every call on to a private
 * instance of the generated builder, so users name only documented types, and {@code build()}
 * returns the entity type ({@code overshadowImplementation}). The public builder delegates rather
 * than extends because the generated methods are final and dereference a {@code null} {@code
 * Optional}, {@code Iterable} or array without a check; the public builder refuses one first with a
 * {@code ValidationException}. So that Immutables neither expects the nested {@code Builder} to
 * extend its builder nor makes its builder extend the nested one, {@code typeInnerBuilder} names a
 * class no entity declares; {@code builder = "new"} leaves out the generated static {@code
 * builder()}, which would clash with each entity's own. No {@code with*} copy methods are
 * generated: a changed copy is built with {@code builder().from(value)}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    init = "*",
    strictBuilder = false,
    validationMethod = Value.Style.ValidationMethod.NONE,
    throwForInvalidImmutableState = ValidationException.class,
    throwForNullPointer = ValidationException.class,
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    typeInnerBuilder = "NoInnerBuilder",
    builder = "new",
    optionalAcceptNullable = false,
    defaults = @Value.Immutable(copy = false, prehash = false),
    jacksonIntegration = false,
    forceJacksonPropertyNames = false,
    allowedClasspathAnnotations = {Override.class})
@interface ModelStyle {}
