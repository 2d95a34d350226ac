package io.github.accountgovernance.rules.naming;

import com.ibm.icu.text.SpoofChecker;
import io.github.accountgovernance.core.model.Handle;

/** TR39 confusable skeletons from ICU4J, computed by one shared checker. */
final class Confusables {

  // Built once: loading the confusables data is the expensive part. ICU documents the checking methods of a
  // built SpoofChecker as safe to call concurrently, so one instance serves every thread.
  private static final SpoofChecker CHECKER =
      new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();

  // The skeleton of each ASCII character alone, where it is ASCII again; null where it is not. TR39's skeleton
  // is NFD(each character of NFD(text) mapped), and NFD leaves ASCII as it is: so the skeleton of an ASCII text
  // whose characters all map to ASCII is their skeletons one after another, without asking ICU.
  private static final String[] ASCII_SKELETONS = asciiSkeletons();

  private Confusables() {}

  /** The TR39 skeleton of the text, as ICU computes it. */
  static String skeleton(String text) {
    String ascii = asciiSkeleton(text);
    return ascii != null ? ascii : CHECKER.getSkeleton(text);
  }

  /** The skeleton as ICU computes it, for tests to compare the shortcut with. */
  static String skeletonByIcu(String text) {
    return CHECKER.getSkeleton(text);
  }

  /**
   * The skeleton of the handle as written, folded under its platform's equivalence. Skeleton first, because
   * folding case first would hide look-alikes that depend on case ({@code I} for {@code l}); fold after, because
   * the skeleton maps some characters to capitals ({@code 0} to {@code O}) that the platform would not
   * distinguish from small letters.
   */
  static String skeletonKey(Handle handle) {
    String skeleton = skeleton(handle.value());
    // A handle that is its own skeleton folds to its own key, which the handle already holds.
    return skeleton.equals(handle.value())
        ? handle.equivalenceKey()
        : handle.platform().equivalenceKey(skeleton);
  }

  /** The skeleton from the ASCII table, or null if the text has a character the table does not map. */
  private static String asciiSkeleton(String text) {
    int length = text.length();
    boolean unchanged = true;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= ASCII_SKELETONS.length || ASCII_SKELETONS[c] == null) {
        return null;
      }
      String mapped = ASCII_SKELETONS[c];
      unchanged &= mapped.length() == 1 && mapped.charAt(0) == c;
    }
    if (unchanged) {
      return text;
    }
    StringBuilder skeleton = new StringBuilder(length + 4);
    for (int i = 0; i < length; i++) {
      skeleton.append(ASCII_SKELETONS[text.charAt(i)]);
    }
    return skeleton.toString();
  }

  private static String[] asciiSkeletons() {
    String[] skeletons = new String[128];
    for (char c = 0; c < 128; c++) {
      String skeleton = CHECKER.getSkeleton(String.valueOf(c));
      if (skeleton.chars().allMatch(m -> m < 128)) {
        skeletons[c] = skeleton;
      }
    }
    return skeletons;
  }
}
