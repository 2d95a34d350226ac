package io.github.accountgovernance.rules.planning;

import static io.github.accountgovernance.rules.internal.Markdown.escape;
import static java.util.Objects.requireNonNull;

import io.github.accountgovernance.core.model.Account;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The forms a {@link ConsolidationPlan} is written in for people: {@link #TEXT} for a terminal, and a schedule for
 * the communications team as {@link #MARKDOWN} or {@link #CSV}. Schedules list the closures in the order the work
 * falls due: by final-message date, then closure date, then the most followed first.
 *
 * <p>Every format is deterministic (the same plan gives the same text) and ends lines with {@code \n}, except CSV,
 * which follows RFC 4180 ({@code \r\n}, fields quoted when they hold a comma, quote or line break) and starts with a
 * byte-order mark so that spreadsheet programs read it as UTF-8.
 *
 * <pre>{@code
 * ConsolidationPlan plan = ClosurePlanner.of(PolicyPacks.npcc2021()).plan(estate);
 * Path file = Path.of("schedule.md");
 * Files.writeString(file, ScheduleFormat.forFile(file).orElseThrow().render(plan));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public enum ScheduleFormat {

  /**
   * Text for a terminal: a summary line, the counts by ground, a line per closure (account, followers,
   * successors, dates, why), then the accounts that cannot be placed and the choices left open.
   */
  TEXT(ScheduleFormat::text),

  /**
   * A Markdown schedule: a summary, a table (account, followers, successors, final message date, closure date,
   * archive by, keep registered until, why), each drafted final message and dormant bio in a block to copy, then
   * the accounts that cannot be placed and the choices left open.
   */
  MARKDOWN(ScheduleFormat::markdown),

  /**
   * A CSV schedule, one row per account the pack requires to close: account, followers, successors, message date,
   * closure date, archive by, keep registered until, rule, status ({@code planned} or {@code cannot be placed}),
   * why, final message, bio once closed. Dates are written {@code yyyy-mm-dd}; an account that cannot be placed
   * has no successors or dates, and says why.
   */
  CSV(ScheduleFormat::csv);

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

  private static final Comparator<PlannedClosure> DUE =
      Comparator.comparing(PlannedClosure::finalMessageOn)
          .thenComparing(PlannedClosure::closureDate)
          .thenComparing(Comparator.comparingLong((PlannedClosure c) -> c.account().followers()).reversed())
          .thenComparing(c -> c.account().handle().display())
          .thenComparing(c -> c.account().id());

  private final Function<ConsolidationPlan, String> renderer;

  ScheduleFormat(Function<ConsolidationPlan, String> renderer) {
    this.renderer = renderer;
  }

  /**
   * Renders the plan.
   *
   * @param plan the plan
   * @return the text
   * @throws NullPointerException if {@code plan} is null
   */
  public String render(ConsolidationPlan plan) {
    return renderer.apply(requireNonNull(plan, "plan"));
  }

  /**
   * Returns the schedule format a file's name asks for: {@code .md} or {@code .markdown} for {@link #MARKDOWN},
   * {@code .csv} for {@link #CSV}, {@code .txt} for {@link #TEXT}, in any case.
   *
   * @param file the file
   * @return the format, or empty for any other ending
   * @throws NullPointerException if {@code file} is null
   */
  public static Optional<ScheduleFormat> forFile(Path file) {
    Path name = requireNonNull(file, "file").getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
      return Optional.of(MARKDOWN);
    }
    if (lower.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (lower.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------------------------------------ words

  /**
   * "Closure plan for North Yorkshire Police under npcc2021 as of Mon 1 Mar 2021 (deadline Wed 31 Mar 2021): 136
   * accounts to close, 0 that cannot be placed, 1 choice left to people".
   */
  static String summary(ConsolidationPlan plan) {
    return "Closure plan for " + plan.forceName() + " under " + plan.packId() + " as of " + DATE.format(plan.today())
        + " (deadline " + DATE.format(plan.deadline()) + "): " + count(plan.closures().size(), "account", "accounts")
        + " to close, " + plan.unplaced().size() + " that cannot be placed, "
        + count(plan.undecided().size(), "choice", "choices") + " left to people";
  }

  private static String grounds(ConsolidationPlan plan) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<ClosureGround, Integer> entry : plan.countsByGround().entrySet()) {
      parts.add(entry.getValue() + " " + entry.getKey().label() + " (" + entry.getKey().ruleId() + ")");
    }
    return parts.isEmpty() ? "nothing to close" : String.join(", ", parts);
  }

  private static List<PlannedClosure> due(ConsolidationPlan plan) {
    List<PlannedClosure> closures = new ArrayList<>(plan.closures());
    closures.sort(DUE);
    return closures;
  }

  private static String handles(List<Account> accounts) {
    List<String> handles = new ArrayList<>();
    for (Account account : accounts) {
      handles.add(account.handle().display());
    }
    return String.join(", ", handles);
  }

  private static String followers(long followers) {
    return String.format(Locale.ROOT, "%,d", followers);
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  // ------------------------------------------------------------------------------------------------ TEXT

  private static String text(ConsolidationPlan plan) {
    StringBuilder out = new StringBuilder();
    out.append(summary(plan)).append('\n');
    out.append("By ground: ").append(grounds(plan)).append('\n');
    if (!plan.closures().isEmpty()) {
      out.append("\nClosures, in the order they fall due:\n");
      for (PlannedClosure closure : due(plan)) {
        out.append("  ").append(closure.account().handle().display())
            .append(" (").append(followers(closure.account().followers())).append(" followers) -> ")
            .append(handles(closure.successors()))
            .append(": final message ").append(DATE.format(closure.finalMessageOn()))
            .append(", closes ").append(DATE.format(closure.closureDate()))
            .append("; ").append(closure.reason()).append('\n');
        for (String note : closure.notes()) {
          out.append("    note: ").append(note).append('\n');
        }
      }
    }
    if (!plan.unplaced().isEmpty()) {
      out.append("\nCannot be placed:\n");
      for (UnplacedAccount unplaced : plan.unplaced()) {
        out.append("  ").append(unplaced.account().handle().display()).append(": ").append(unplaced.problem())
            .append("; it must close as ").append(unplaced.reason()).append('\n');
      }
    }
    if (!plan.undecided().isEmpty()) {
      out.append("\nLeft to people:\n");
      for (Undecided question : plan.undecided()) {
        out.append("  ").append(question.ruleId()).append(": ").append(question.message()).append(": ")
            .append(handles(question.accounts())).append('\n');
      }
    }
    return out.toString();
  }

  // ------------------------------------------------------------------------------------------------ MARKDOWN

  private static String markdown(ConsolidationPlan plan) {
    StringBuilder out = new StringBuilder();
    out.append("# Closure schedule: ").append(escape(plan.forceName())).append("\n\n");
    out.append(escape(summary(plan))).append(".\n\n");
    out.append("By ground: ").append(escape(grounds(plan))).append(".\n");
    List<PlannedClosure> due = due(plan);
    if (!due.isEmpty()) {
      out.append("\n| Account | Followers | Successors | Final message | Closes | Archive by | Keep registered until"
          + " | Why |\n");
      out.append("|---|--:|---|---|---|---|---|---|\n");
      for (PlannedClosure closure : due) {
        out.append("| ").append(escape(closure.account().handle().display()))
            .append(" | ").append(followers(closure.account().followers()))
            .append(" | ").append(escape(handles(closure.successors())))
            .append(" | ").append(DATE.format(closure.finalMessageOn()))
            .append(" | ").append(DATE.format(closure.closureDate()))
            .append(" | ").append(DATE.format(closure.archiveBy()))
            .append(" | ").append(DATE.format(closure.keepRegisteredUntil()))
            .append(" | ").append(escape(closure.ground().label() + " (" + closure.ground().ruleId() + ")"))
            .append(" |\n");
      }
      out.append("\n## Final messages\n");
      for (PlannedClosure closure : due) {
        out.append("\n### ").append(escape(closure.account().handle().display())).append(": ")
            .append(DATE.format(closure.finalMessageOn())).append("\n\n");
        out.append(escape(closure.reason())).append(".\n\n");
        for (String note : closure.notes()) {
          out.append("*Note:* ").append(escape(note)).append(".\n\n");
        }
        out.append(block(closure.finalMessage()));
        out.append("\nBio once closed on ").append(DATE.format(closure.closureDate())).append(":\n\n");
        out.append(block(closure.dormantBio()));
      }
    }
    if (!plan.unplaced().isEmpty()) {
      out.append("\n## Cannot be placed\n\n");
      out.append("| Account | Followers | Why it must close | Why no closure can be planned |\n");
      out.append("|---|--:|---|---|\n");
      for (UnplacedAccount unplaced : plan.unplaced()) {
        out.append("| ").append(escape(unplaced.account().handle().display()))
            .append(" | ").append(followers(unplaced.account().followers()))
            .append(" | ").append(escape(unplaced.reason()))
            .append(" | ").append(escape(unplaced.problem()))
            .append(" |\n");
      }
    }
    if (!plan.undecided().isEmpty()) {
      out.append("\n## Left to people\n\n");
      for (Undecided question : plan.undecided()) {
        out.append("- **").append(question.ruleId()).append("**: ").append(escape(question.message()))
            .append(": ").append(escape(handles(question.accounts()))).append('\n');
      }
    }
    return out.toString();
  }

  /** Text to copy as it is: a fenced block whose fence no run of backticks inside can close. */
  private static String block(String text) {
    String fence = "```";
    while (text.contains(fence)) {
      fence += "`";
    }
    return fence + "text\n" + text.replace("\r\n", "\n").replace('\r', '\n') + "\n" + fence + "\n";
  }

  // ------------------------------------------------------------------------------------------------ CSV

  private static String csv(ConsolidationPlan plan) {
    StringBuilder out = new StringBuilder("\uFEFF");
    row(
        out,
        "account", "followers", "successors", "message date", "closure date", "archive by", "keep registered until",
        "rule", "status", "why", "final message", "bio once closed");
    for (PlannedClosure closure : due(plan)) {
      List<String> successors = new ArrayList<>();
      closure.successors().forEach(successor -> successors.add(successor.handle().display()));
      List<String> why = new ArrayList<>();
      why.add(closure.reason());
      why.addAll(closure.notes());
      row(
          out,
          closure.account().handle().display(),
          String.valueOf(closure.account().followers()),
          String.join(" ", successors),
          iso(closure.finalMessageOn()),
          iso(closure.closureDate()),
          iso(closure.archiveBy()),
          iso(closure.keepRegisteredUntil()),
          closure.ground().ruleId(),
          "planned",
          String.join("; ", why),
          closure.finalMessage(),
          closure.dormantBio());
    }
    for (UnplacedAccount unplaced : plan.unplaced()) {
      row(
          out,
          unplaced.account().handle().display(),
          String.valueOf(unplaced.account().followers()),
          "", "", "", "", "",
          unplaced.ground().ruleId(),
          "cannot be placed",
          unplaced.reason() + "; " + unplaced.problem(),
          "", "");
    }
    return out.toString();
  }

  private static String iso(LocalDate date) {
    return date.toString();
  }

  private static void row(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      String field = fields[i];
      if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
          || field.indexOf('\r') >= 0) {
        out.append('"').append(field.replace("\"", "\"\"")).append('"');
      } else {
        out.append(field);
      }
    }
    out.append("\r\n");
  }
}
