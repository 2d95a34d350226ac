package io.github.accountgovernance.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's Immutables style: generated implementations are package-private and hidden behind static
 * factories and builders on the abstract types, so users see only {@code Account.builder()} and never
 * {@code ImmutableAccount}.
 *
 * <p>SOURCE retention, so nothing of Immutables is needed on a user's class path at run time. The generated
 * classes carry no annotations found on the class path ({@code allowedClasspathAnnotations} lists only
 * {@code @Override}): no {@code @Generated} whose missing class a consumer's compiler would warn about, so a
 * consumer compiles against the library with nothing of Immutables, on the class path or the module path.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = true,
    allowedClasspathAnnotations = {Override.class})
public @interface GovernanceStyle {}
