package io.github.accountgovernance.rules;

import io.github.accountgovernance.rules.authoring.Parameter;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * A violation that a waiver covers: listed and counted in the report, but not failing it.
 *
 * <p>Orders by violation. Immutable and thread-safe.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class WaivedViolation implements Comparable<WaivedViolation> {

  private static final Comparator<WaivedViolation> ORDER =
      Comparator.comparing(WaivedViolation::violation).thenComparing(WaivedViolation::waiver);

  WaivedViolation() {}

  /**
   * Returns the violation.
   *
   * @return the violation
   */
  @Value.Parameter
  public abstract Violation violation();

  /**
   * Returns the waiver that covers it.
   *
   * @return the waiver
   */
  @Value.Parameter
  public abstract Waiver waiver();

  /**
   * Returns a waived violation.
   *
   * @param violation the violation
   * @param waiver the waiver that covers it
   * @return the waived violation
   * @throws NullPointerException if an argument is null
   */
  public static WaivedViolation of(Violation violation, Waiver waiver) {
    return ImmutableWaivedViolation.of(violation, waiver);
  }

  @Override
  public int compareTo(WaivedViolation other) {
    return ORDER.compare(this, other);
  }
}
