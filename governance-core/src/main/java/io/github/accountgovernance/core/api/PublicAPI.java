package io.github.accountgovernance.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks what the library offers its users and how they may use it. On a package it says how every public type of
 * the package may be used unless the type says otherwise; on a type it says how that type may be used.
 *
 * <ul>
 *   <li>{@link Usage#ACCESS}: call it, and nothing else. Its instances come from the library (static factories,
 *       builders, evaluation); do not extend or implement it, even where the language would let you. Almost
 *       everything is used this way: {@code PolicyPack}, {@code Evaluation}, {@code Report}, {@code Criterion},
 *       the estate model.
 *   <li>{@link Usage#INHERITANCE}: implement or extend it, usually with a lambda: a whole-estate check
 *       ({@code Rule.Check}), a judgement with reasons ({@code Criterion.Judge}). Its accessible members may of
 *       course also be called.
 * </ul>
 *
 * <p>Anything public that carries no mark, itself or through its package (the {@code internal} packages, which
 * the module exports to the library's own modules only), is not for users and may change in any release.
 * Architecture tests check that every public type of an exported package is marked.
 *
 * <pre>{@code
 * @PublicAPI(usage = PublicAPI.Usage.ACCESS)
 * package io.github.accountgovernance.rules;
 * }</pre>
 *
 * <p>Kept in class files for tools (ArchUnit reads it) but not at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface PublicAPI {

  /**
   * Says how the marked type, or every public type of the marked package, may be used.
   *
   * @return the intended use
   */
  Usage usage();

  /** How users may use a part of the public API. */
  enum Usage {
    /** Call it only: instances come from the library; do not extend or implement it. */
    ACCESS,
    /** Implement or extend it (usually with a lambda); its accessible members may also be called. */
    INHERITANCE
  }
}
