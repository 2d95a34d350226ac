package io.github.accountgovernance.rules.naming;

import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.Handle;
import io.github.accountgovernance.core.model.Platform;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The handles a post mentions, found the way the platform finds them (CLO-3 asks a final message to mention
 * every successor).
 *
 * <p>A mention is the platform's {@linkplain Platform#mentionPrefix() mention prefix} ({@code @} on most
 * platforms) followed by the longest run of characters the platform allows in handles
 * ({@link Platform#isHandleCharacter(int)}), and only counts when the prefix does not follow a letter, digit,
 * underscore or another {@code @}: so {@code alex@example.com} mentions nobody. Dots ending the run are
 * punctuation, not part of the handle. The run must then be a handle the platform accepts
 * ({@link Platform#accepts(String)}), so on X a run of 16 or more characters mentions nobody.
 *
 * <p>Where a platform has no mention prefix (LinkedIn and Nextdoor pages, which a post names by their address),
 * a mention is any such run that does not continue a longer one: {@code linkedin.com/company/nyp-york} mentions
 * the page {@code nyp-york}.
 *
 * <ul>
 *   <li>X: 1 to 15 of {@code [A-Za-z0-9_]}; {@code "Follow @NYP_York."} mentions {@code NYP_York};
 *   <li>Instagram and Threads: up to 30 of {@code [A-Za-z0-9._]}, no leading or doubled dot;
 *   <li>Facebook: at least 5 of {@code [A-Za-z0-9.]};
 *   <li>TikTok, YouTube, Bluesky: their own characters ({@code @nyorkspolice.bsky.social});
 *   <li>declared platforms: letters, digits, {@code _}, {@code -}, {@code .} and the characters they ignore.
 * </ul>
 *
 * <pre>{@code
 * Mentions.in(Platform.X, "You'll still find us at @NYP_York. Follow @NYorksPolice, mail alex@example.com");
 * // [@NYP_York, @NYorksPolice]
 * Mentions.mentions("... follow @nyorkspolice.", Handle.of(Platform.X, "NYorksPolice"));  // true
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Mentions {

  private Mentions() {}

  /**
   * Returns the handles the text mentions on the platform, in order of first mention; a handle mentioned again
   * (under the platform's equivalence) counts once.
   *
   * @param platform the platform the text is posted on
   * @param text the post
   * @return the mentioned handles, as first written
   * @throws NullPointerException if an argument is null
   */
  public static Set<Handle> in(Platform platform, String text) {
    requireNonNull(platform, "platform");
    requireNonNull(text, "text");
    Set<Handle> mentioned = new LinkedHashSet<>();
    String prefix = platform.mentionPrefix();
    int i = 0;
    while (i < text.length()) {
      int start;
      if (prefix.isEmpty()) {
        if (!platform.isHandleCharacter(text.charAt(i)) || (i > 0 && platform.isHandleCharacter(text.charAt(i - 1)))) {
          i++;
          continue;
        }
        start = i;
      } else {
        if (!text.startsWith(prefix, i) || (i > 0 && preventsMention(text.codePointBefore(i)))) {
          i++;
          continue;
        }
        start = i + prefix.length();
      }
      int end = start;
      while (end < text.length() && platform.isHandleCharacter(text.charAt(end))) {
        end++;
      }
      int handleEnd = end;
      // A dot ending the run is the sentence's full stop, not part of the handle.
      while (handleEnd > start && text.charAt(handleEnd - 1) == '.') {
        handleEnd--;
      }
      String run = text.substring(start, handleEnd);
      if (!run.isEmpty() && platform.accepts(run)) {
        mentioned.add(Handle.of(platform, run));
      }
      // end is past i: past the prefix, or (with no prefix) past the handle character at i.
      i = end;
    }
    return Collections.unmodifiableSet(mentioned);
  }

  /**
   * Tells whether the text, posted on the handle's platform, mentions the handle under that platform's
   * equivalence.
   *
   * @param text the post
   * @param handle the handle looked for
   * @return true if the text mentions it
   * @throws NullPointerException if an argument is null
   */
  public static boolean mentions(String text, Handle handle) {
    requireNonNull(handle, "handle");
    return in(handle.platform(), requireNonNull(text, "text")).contains(handle);
  }

  private static boolean preventsMention(int before) {
    return Character.isLetterOrDigit(before) || before == '_' || before == '@';
  }
}
