package io.github.accountgovernance.core.model;

import io.github.accountgovernance.core.time.TimeWindow;
import java.util.Comparator;
import io.github.accountgovernance.core.time.SupportedTime;
import org.immutables.value.Value;

/**
 * A time when a contributor cannot monitor: leave, sickness, training. Rota slots that overlap an absence do
 * not count as cover for that part.
 *
 * <pre>{@code
 * Absence leave = Absence.of("c-1402", TimeWindow.of(start, Duration.ofDays(14)), AbsenceReason.LEAVE);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class Absence implements Comparable<Absence> {

  private static final Comparator<Absence> ORDER =
      Comparator.comparing(Absence::contributor)
          .thenComparing(Absence::window)
          .thenComparing(Absence::reason);

  Absence() {}

  /**
   * Returns the id of the absent contributor.
   *
   * @return the contributor id
   */
  @Value.Parameter
  public abstract String contributor();

  /**
   * Returns when the contributor is absent.
   *
   * @return the window
   */
  @Value.Parameter
  public abstract TimeWindow window();

  /**
   * Returns why the contributor is absent.
   *
   * @return the reason
   */
  @Value.Parameter
  public abstract AbsenceReason reason();

  /**
   * Returns an absence.
   *
   * @param contributor the contributor's id
   * @param window when they are absent
   * @param reason why
   * @return the absence
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the window reaches outside the supported years ({@link SupportedTime})
   */
  public static Absence of(String contributor, TimeWindow window, AbsenceReason reason) {
    return ImmutableAbsence.of(contributor, window, reason);
  }

  @Value.Check
  void check() {
    // The words of the message are made only for a window out of range: a national estate has millions.
    if (!SupportedTime.contains(window())) {
      SupportedTime.requireWindow("absence of " + contributor(), window());
    }
  }

  /** Orders absences by contributor, window, then reason. */
  @Override
  public int compareTo(Absence other) {
    return ORDER.compare(this, other);
  }
}
