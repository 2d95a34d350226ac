package io.github.accountgovernance.rules.planning;

import io.github.accountgovernance.core.model.Account;
import io.github.accountgovernance.core.model.ClosurePlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The {@link ClosurePlanner}'s proposal for closing one account: why it closes, its successors, the day the
 * final message goes out and the day the account closes, the drafted final message, the archive step, how long
 * the handle stays registered and dormant, and the bio it carries meanwhile.
 *
 * <p>For an officer's account in York under {@code npcc2021}, planned on 1 March 2021:
 *
 * <pre>{@code
 * PlannedClosure closure = plan.closureFor("pc-1402-x").orElseThrow();
 * closure.successors();        // [@NYP_York, @NYorksPolice]
 * closure.finalMessageOn();    // 2021-03-10
 * closure.closureDate();       // 2021-03-31
 * closure.finalMessage();
 * // "This account closes on Wednesday 31 March 2021. Thank you for following us. For news and appeals in York,
 * //  follow @NYP_York; for the whole force, follow @NYorksPolice. Please do not report crime here: call 101, or
 * //  999 in an emergency."
 * closure.toClosurePlan();     // what the overlay file records
 * }</pre>
 *
 * <p>Planned closures order by account id. Immutable and thread-safe.
 */
@SuppressWarnings("exports")
@Value.Immutable
public abstract class PlannedClosure implements Comparable<PlannedClosure> {

  PlannedClosure() {}

  /**
   * Returns the account to close, as the estate has it.
   *
   * @return the account
   */
  public abstract Account account();

  /**
   * Returns the rule that requires the closure.
   *
   * @return the ground
   */
  public abstract ClosureGround ground();

  /**
   * Returns why the account closes, in a sentence, such as "an individual-officer account, which npcc2021 does
   * not allow (CLO-1)".
   *
   * @return the reason
   */
  public abstract String reason();

  /**
   * Returns the accounts its followers are pointed to: the district's account first when there is one, then the
   * force-wide account. Each is active, on the account's platform, not closing, and covers the account's district
   * or is force-wide.
   *
   * @return the successors, at least one
   */
  public abstract List<Account> successors();

  /**
   * Returns the day the final message is published: inside the pack's notice window before closure, and never
   * before the day the plan was made.
   *
   * @return the publication date
   */
  public abstract LocalDate finalMessageOn();

  /**
   * Returns the day the account closes: the pack's deadline, or, when the deadline leaves too little notice, the
   * earliest day that gives the pack's least notice (see {@link #notes()}).
   *
   * @return the closure date
   */
  public abstract LocalDate closureDate();

  /**
   * Returns the drafted final message: plain English, at most {@value FinalMessages#MAX_LENGTH} characters (X's
   * limit, so the same text can be posted on any platform), mentioning every successor as the platform finds
   * mentions (CLO-3).
   *
   * @return the message
   */
  public abstract String finalMessage();

  /**
   * Returns the day by which the account's content is archived (CLO-6): the closure date, after the final
   * message, so that the archive holds it.
   *
   * @return the archive date
   */
  public abstract LocalDate archiveBy();

  /**
   * Returns the last day of the dormant retention period (CLO-5): the closure date plus the pack's
   * {@code retainDays}. Until then the handle stays registered so that nobody else can take it.
   *
   * @return the first day on which the handle may be deleted
   */
  public abstract LocalDate keepRegisteredUntil();

  /**
   * Returns the bio the account carries once closed, pointing to its successors and to the pack's required
   * phrases (CLO-5), at most {@value FinalMessages#MAX_BIO_LENGTH} characters.
   *
   * @return the dormant bio
   */
  public abstract String dormantBio();

  /**
   * Returns what people should know about this closure, such as a deadline that had already passed.
   *
   * @return the notes, usually none
   */
  public abstract List<String> notes();

  /**
   * Returns the closure plan the estate records for this closure: the successors' ids, the final message and its
   * date, the closure date and the archive date (a planned date until it happens).
   *
   * @return the closure plan
   */
  public final ClosurePlan toClosurePlan() {
    List<String> ids = new ArrayList<>();
    for (Account successor : successors()) {
      ids.add(successor.id());
    }
    return ClosurePlan.builder()
        .account(account().id())
        .successors(ids)
        .finalMessage(finalMessage())
        .finalMessageOn(finalMessageOn())
        .closureDate(closureDate())
        .archivedOn(archiveBy())
        .build();
  }

  /** Orders planned closures by account id. */
  @Override
  public int compareTo(PlannedClosure other) {
    return account().id().compareTo(other.account().id());
  }

  @Value.Check
  void check() {
    if (successors().isEmpty()) {
      throw new IllegalArgumentException("a planned closure of " + account().id() + " names at least one successor");
    }
    if (finalMessageOn().isAfter(closureDate()) || archiveBy().isAfter(closureDate())) {
      throw new IllegalArgumentException(
          "the closure of " + account().id() + " on " + closureDate() + " comes before its final message ("
              + finalMessageOn() + ") or archive (" + archiveBy() + ")");
    }
  }
}
