package io.github.accountgovernance.core.model;

import io.github.accountgovernance.core.time.SupportedTime;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A handle seen on a platform that is not the force's own: a possible lookalike or impersonator of an official
 * account, recorded so that NAM-4 can compare it with the official handles.
 *
 * <pre>{@code
 * ObservedHandle seen = ObservedHandle.of(Handle.of(Platform.X, "NYorksPol1ce"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
// Immutables' annotations stay in the class file, but consumers need no Immutables: see module-info.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class ObservedHandle implements Comparable<ObservedHandle> {

  private static final Comparator<ObservedHandle> ORDER =
      Comparator.comparing(ObservedHandle::handle)
          .thenComparing(o -> o.handle().value())
          .thenComparing(o -> o.observedOn().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(o -> o.note().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

  ObservedHandle() {}

  /**
   * Returns the handle that was seen.
   *
   * @return the handle
   */
  public abstract Handle handle();

  /**
   * Returns when it was seen.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> observedOn();

  /**
   * Returns a note on where or how it was seen.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns an observation with no date or note.
   *
   * @param handle the handle seen
   * @return the observation
   * @throws NullPointerException if {@code handle} is null
   */
  public static ObservedHandle of(Handle handle) {
    return builder().handle(handle).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe, and {@code build()} copies its state
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ObservedHandle}; {@code build()} throws {@link IllegalStateException} if the handle is unset. */
  public static final class Builder extends ImmutableObservedHandle.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    observedOn().ifPresent(date -> SupportedTime.requireDate("date " + handle() + " was observed", date));
  }

  /** Orders observations by handle, then date and note. */
  @Override
  public int compareTo(ObservedHandle other) {
    return ORDER.compare(this, other);
  }
}
