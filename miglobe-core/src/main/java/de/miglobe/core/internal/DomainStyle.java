package de.miglobe.core.internal;

import de.miglobe.core.InvalidValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables house style of the library, applied per package in {@code package-info.java}.
 *
 * <p>Generated implementations are package-private: users see only the abstract type and its
 * {@code builder()}. Missing or {@code null} attributes fail with {@link InvalidValueException},
 * the library's own exception; collection attributes take singular adders ({@code addLanguage});
 * redacted attributes print as {@code ***}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    jdkOnly = true,
    redactedMask = "***",
    throwForInvalidImmutableState = InvalidValueException.class,
    throwForNullPointer = InvalidValueException.class)
public @interface DomainStyle {}
