package org.accountability.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model. Mandatory-attribute checks are left to each type's own
 * {@code @Value.Check} so that a builder reports every problem of an entity at once (missing and
 * invalid values together) through {@link ValidationException}, never a bare
 * {@code NullPointerException} or {@code IllegalStateException}.
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
    jdkOnly = false,
    optionalAcceptNullable = false,
    defaults = @Value.Immutable(copy = true, prehash = false),
    jacksonIntegration = false,
    forceJacksonPropertyNames = false,
    allowedClasspathAnnotations = {Override.class})
@interface ModelStyle {}
