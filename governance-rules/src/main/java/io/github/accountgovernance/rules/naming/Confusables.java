package io.github.accountgovernance.rules.naming;

import com.ibm.icu.text.SpoofChecker;
import io.github.accountgovernance.core.model.Handle;

/** TR39 confusable skeletons from ICU4J, computed by one shared checker. */
final class Confusables {

  // Built once: loading the confusables data is the expensive part. ICU documents the checking methods of a
  // built SpoofChecker as safe to call concurrently, so one instance serves every thread.
  private static final SpoofChecker CHECKER =
      new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();

  private Confusables() {}

  /** The TR39 skeleton of the text, as ICU computes it. */
  static String skeleton(String text) {
    return CHECKER.getSkeleton(text);
  }

  /**
   * The skeleton of the handle as written, folded under its platform's equivalence. Skeleton first, because
   * folding case first would hide look-alikes that depend on case ({@code I} for {@code l}); fold after, because
   * the skeleton maps some characters to capitals ({@code 0} to {@code O}) that the platform would not
   * distinguish from small letters.
   */
  static String skeletonKey(Handle handle) {
    return handle.platform().equivalenceKey(skeleton(handle.value()));
  }
}
