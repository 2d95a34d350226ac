package io.github.accountgovernance.rules.planning;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.AccountTier;
import io.github.accountgovernance.core.model.District;
import io.github.accountgovernance.core.model.Force;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a planned closure: the final message and the dormant bio. Each is drafted long and plain first,
 * then shorter until it fits the platform's limits; every successor is mentioned as {@code @handle}, which is how
 * X, Instagram and Facebook find a mention.
 */
final class FinalMessages {

  /** The longest final message drafted: an X post, so that the same text can be posted on any platform. */
  static final int MAX_LENGTH = 280;

  /** The longest dormant bio drafted: an X bio. */
  static final int MAX_BIO_LENGTH = 160;

  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
  private static final String SIGNPOST = "Please do not report crime here: call 101, or 999 in an emergency.";
  private static final String SHORT_SIGNPOST = "Do not report crime here: call 101, or 999 in an emergency.";

  private FinalMessages() {}

  /**
   * "This account closes on Wednesday 31 March 2021. Thank you for following us. For news and appeals in York,
   * follow @NYP_York; for the whole force, follow @NYorksPolice. Please do not report crime here: …".
   */
  static String finalMessage(Force force, List<Account> successors, LocalDate closure) {
    List<String> directions = new ArrayList<>();
    for (Account successor : successors) {
      directions.add(direction(force, successor));
    }
    String directed = String.join("; ", directions);
    String handles = handles(successors);
    return firstThatFits(
        MAX_LENGTH,
        "This account closes on " + LONG.format(closure) + ". Thank you for following us. "
            + Character.toUpperCase(directed.charAt(0)) + directed.substring(1) + ". " + SIGNPOST,
        "This account closes on " + SHORT.format(closure) + ". Follow " + handles + ". " + SHORT_SIGNPOST,
        "This account closes on " + SHORT.format(closure) + ". Follow " + handles + ".",
        "Closing " + SHORT.format(closure) + ": " + mentions(successors, " "));
  }

  /** "Closed on 31 Mar 2021 and not monitored. Follow @NYP_York and @NYorksPolice. Do not report crime …". */
  static String dormantBio(List<Account> successors, LocalDate closure, List<String> requiredPhrases) {
    String handles = handles(successors);
    String missing = seeAlso(SHORT_SIGNPOST, requiredPhrases);
    return firstThatFits(
        MAX_BIO_LENGTH,
        "Closed on " + SHORT.format(closure) + " and not monitored. Follow " + handles + ". " + SHORT_SIGNPOST
            + missing,
        "Closed " + SHORT.format(closure) + ", not monitored. Follow " + mentions(successors, " ")
            + ". Call 101, or 999 in an emergency." + seeAlso("Call 101, or 999 in an emergency.", requiredPhrases));
  }

  private static String direction(Force force, Account successor) {
    String mention = "@" + successor.handle().value();
    if (successor.tier() == AccountTier.FORCE_WIDE) {
      return "for the whole force, follow " + mention;
    }
    if (successor.district().isPresent()) {
      String name = force.district(successor.district().get()).map(District::name).orElse(successor.district().get());
      return "for news and appeals in " + name + ", follow " + mention;
    }
    return "follow " + mention;
  }

  /** "@A", "@A and @B", "@A, @B and @C". */
  private static String handles(List<Account> successors) {
    List<String> mentions = new ArrayList<>();
    for (Account successor : successors) {
      mentions.add("@" + successor.handle().value());
    }
    if (mentions.size() == 1) {
      return mentions.get(0);
    }
    return String.join(", ", mentions.subList(0, mentions.size() - 1)) + " and " + mentions.get(mentions.size() - 1);
  }

  private static String mentions(List<Account> successors, String separator) {
    List<String> mentions = new ArrayList<>();
    for (Account successor : successors) {
      mentions.add("@" + successor.handle().value());
    }
    return String.join(separator, mentions);
  }

  /** " See also: online, 0800 555 111." for the required phrases the text does not already hold. */
  private static String seeAlso(String text, List<String> requiredPhrases) {
    List<String> missing = new ArrayList<>();
    for (String phrase : requiredPhrases) {
      String wanted = phrase.strip();
      if (!wanted.isEmpty() && !containsPhrase(text, wanted)) {
        missing.add(wanted);
      }
    }
    return missing.isEmpty() ? "" : " See also: " + String.join(", ", missing) + ".";
  }

  /** As CLO-5 finds a phrase: whole words or numbers, ignoring case. */
  static boolean containsPhrase(String text, String phrase) {
    String before = Character.isLetterOrDigit(phrase.codePointAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
    String after = Character.isLetterOrDigit(phrase.codePointBefore(phrase.length())) ? "(?![\\p{L}\\p{N}])" : "";
    return Pattern.compile(before + Pattern.quote(phrase) + after, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(text)
        .find();
  }

  private static String firstThatFits(int limit, String... drafts) {
    for (String draft : drafts) {
      if (draft.codePointCount(0, draft.length()) <= limit) {
        return draft;
      }
    }
    return drafts[drafts.length - 1];
  }
}
