package io.github.accountgovernance.sources.ical;

import io.github.accountgovernance.core.files.LocatedNode;
import io.github.accountgovernance.core.files.Problems;
import io.github.accountgovernance.core.problem.Suggestions;
import io.github.accountgovernance.core.sources.SourceFormat;
import io.github.accountgovernance.core.sources.SourceRequest;
import io.github.accountgovernance.core.sources.SourceTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a rota or a leave calendar from an iCalendar file (RFC 5545, {@code .ics}), as calendar programs export
 * them: each event, and each occurrence of a recurring one, becomes a rota entry (for {@code rota}) or an absence
 * (for {@code absences}) of each person it names.
 *
 * <p><b>Times.</b> A time with {@code Z} is UTC; one with {@code TZID} is wall-clock time in that zone, named as
 * in the IANA database ({@code Europe/London}) or as Windows and Outlook name it ({@code GMT Standard Time}); a
 * time with neither is floating and read in the force's zone. An all-day event ({@code VALUE=DATE}) is whole days
 * in the force's zone, its {@code DTEND} excluded as RFC 5545 says. {@code VTIMEZONE} blocks are read for their
 * {@code TZID} only: the zone's rules come from Java's time-zone database.
 *
 * <p><b>Recurrence.</b> {@code RRULE} with {@code FREQ=DAILY} or {@code WEEKLY}, {@code INTERVAL}, {@code BYDAY},
 * {@code UNTIL} and {@code COUNT}; {@code EXDATE} removes occurrences; an event with {@code RECURRENCE-ID} replaces
 * (or, with {@code STATUS:CANCELLED}, cancels) the occurrence it names. Occurrences keep their wall-clock start
 * and end in the event's zone across clock changes, as calendar programs show them, so a rota of Saturday
 * 22:00-08:00 shifts covers exactly what the weekly pattern {@code "Sat 22:00-08:00"} does. A rule without
 * {@code UNTIL} or {@code COUNT} is expanded up to the source's {@code until} date, and is a problem without one;
 * the occurrences of the whole file are bounded by the part's limit on entries.
 *
 * <p><b>Mapping</b> (options beside the file in the estate's {@code sources:} section):
 *
 * <pre>{@code
 * rota:
 *   file: rota.ics
 *   contributor: attendee      # attendee (default), organizer, summary, categories, location or description
 *   account: categories        # categories (default), summary, location or description
 *   people:                    # the value found -> contributor id; without it, the value is the id
 *     alex.example@northyorkshire.police.uk: c1402
 *   accounts:                  # the value found -> account id; without it, the value is the id
 *     NYP York: york-x
 *   until: 2021-12-31          # how far a rule without an end is expanded
 * absences:
 *   file: leave.ics
 *   contributor: attendee
 *   reason: categories         # categories (default), summary, or a reason such as annual-leave
 * }</pre>
 *
 * <p>Attendee and organizer e-mail addresses are compared without {@code mailto:} and case. Problems are located
 * at the line of the event ({@code rota.ics:212:1: event UID 8f2…: no contributor with e-mail …}).
 *
 * <p>Thread-safe and stateless; found through {@link java.util.ServiceLoader}.
 */
public final class ICalendarFormat implements SourceFormat {

  private static final List<String> OPTIONS =
      List.of("file", "contributor", "account", "people", "accounts", "until", "reason");
  private static final List<String> PLACES =
      List.of("attendee", "organizer", "summary", "categories", "location", "description");
  private static final List<String> ACCOUNT_PLACES = List.of("categories", "summary", "location", "description");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);

  /** Zone names that Windows and Outlook write, for the zones a UK force (and its neighbours) meet. */
  private static final Map<String, String> WINDOWS_ZONES = Map.ofEntries(
      Map.entry("GMT Standard Time", "Europe/London"),
      Map.entry("Greenwich Standard Time", "Atlantic/Reykjavik"),
      Map.entry("UTC", "UTC"),
      Map.entry("Coordinated Universal Time", "UTC"),
      Map.entry("W. Europe Standard Time", "Europe/Berlin"),
      Map.entry("Romance Standard Time", "Europe/Paris"),
      Map.entry("Central Europe Standard Time", "Europe/Budapest"),
      Map.entry("Central European Standard Time", "Europe/Warsaw"),
      Map.entry("E. Europe Standard Time", "Europe/Chisinau"),
      Map.entry("GTB Standard Time", "Europe/Bucharest"),
      Map.entry("FLE Standard Time", "Europe/Kiev"),
      Map.entry("Eastern Standard Time", "America/New_York"),
      Map.entry("Central Standard Time", "America/Chicago"),
      Map.entry("Mountain Standard Time", "America/Denver"),
      Map.entry("Pacific Standard Time", "America/Los_Angeles"),
      Map.entry("AUS Eastern Standard Time", "Australia/Sydney"),
      Map.entry("India Standard Time", "Asia/Kolkata"));

  /** Creates the format; the estate reader finds it through {@link java.util.ServiceLoader}. */
  public ICalendarFormat() {}

  @Override
  public String name() {
    return "iCalendar (.ics), for rota and absences";
  }

  @Override
  public boolean reads(Path file, String part) {
    return SourceFormat.hasExtension(file, ".ics")
        && (part.equals("rota") || part.equals("absences"));
  }

  @Override
  public SourceTable read(SourceRequest request) throws IOException {
    Problems problems = request.problems();
    Mapping mapping = Mapping.of(request);
    String text = new String(request.readFile(), StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<Event> events = Events.parse(text, request);
    return new SourceTable(List.of(), new Expansion(request, mapping, events).rows());
  }

  /** The options of the source: where the person, the account and the reason are, and how far to expand. */
  record Mapping(
      String contributor, String account, Map<String, String> people, Map<String, String> accounts,
      LocalDate until, String reason) {

    static Mapping of(SourceRequest request) {
      String contributor = "attendee";
      String account = "categories";
      Map<String, String> people = null;
      Map<String, String> accounts = null;
      LocalDate until = null;
      String reason = "categories";
      LocatedNode options = request.options().orElse(null);
      Problems problems = request.problems();
      String at = "sources." + request.part();
      for (Map.Entry<String, LocatedNode> option : options == null ? List.<Map.Entry<String, LocatedNode>>of()
          : options.fields().entrySet()) {
        String name = option.getKey();
        LocatedNode value = option.getValue();
        switch (name) {
          case "file":
            break;
          case "contributor":
            contributor = choice(value, PLACES, at + "." + name, problems, contributor);
            break;
          case "account":
            account = choice(value, ACCOUNT_PLACES, at + "." + name, problems, account);
            break;
          case "reason":
            reason = value.isText() ? value.text().trim() : reason;
            break;
          case "people":
            people = table(value, at + "." + name, problems, true);
            break;
          case "accounts":
            accounts = table(value, at + "." + name, problems, false);
            break;
          case "until":
            try {
              until = LocalDate.parse(value.text().trim());
            } catch (DateTimeParseException e) {
              problems.add(at + "." + name, "expected a date such as 2021-12-31, but got " + value.describe(),
                  value);
            }
            break;
          default:
            problems.add(at + "." + name, "unknown option \"" + name + "\" of an iCalendar source"
                + Suggestions.didYouMean(name, OPTIONS) + "; its options are " + String.join(", ", OPTIONS),
                value.keyLine(), value.keyColumn());
        }
      }
      if (request.part().equals("absences") && options != null && options.fields().containsKey("account")) {
        LocatedNode value = options.fields().get("account");
        problems.add(at + ".account", "absences belong to people, not accounts; leave \"account\" out",
            value.keyLine(), value.keyColumn());
      }
      return new Mapping(contributor, account, people, accounts, until, reason);
    }

    private static String choice(LocatedNode value, List<String> allowed, String path, Problems problems,
        String otherwise) {
      String text = value.isText() ? value.text().trim() : "";
      if (allowed.contains(text)) {
        return text;
      }
      problems.add(path, "expected one of " + String.join(", ", allowed) + ", but got " + value.describe()
          + Suggestions.didYouMean(text, allowed), value);
      return otherwise;
    }

    private static Map<String, String> table(LocatedNode value, String path, Problems problems, boolean email) {
      Map<String, String> table = new HashMap<>();
      if (value.kind() != LocatedNode.Kind.MAPPING) {
        problems.add(path, "expected a mapping of the values in the calendar to ids, such as"
            + " alex.example@northyorkshire.police.uk: c1402, but got " + value.describe(), value);
        return table;
      }
      value.fields().forEach((key, id) -> {
        if (!id.isScalar()) {
          problems.add(path + "." + key, "expected an id, but got " + id.describe(), id);
        } else {
          table.put(email ? key.trim().toLowerCase(Locale.ROOT) : key.trim(), id.text().trim());
        }
      });
      return table;
    }
  }

  /** One property of an event: its name, parameters and value, and the line it starts on. */
  record Property(String name, Map<String, String> parameters, String value, int line) {}

  /** One VEVENT, with its properties by name in file order. */
  record Event(int line, Map<String, List<Property>> properties) {

    Property first(String name) {
      List<Property> found = properties.get(name);
      return found == null ? null : found.get(0);
    }

    List<Property> all(String name) {
      return properties.getOrDefault(name, List.of());
    }

    String uid() {
      Property uid = first("UID");
      return uid == null ? "" : uid.value();
    }

    String label() {
      String uid = uid();
      if (uid.isEmpty()) {
        return "event";
      }
      return "event UID " + (uid.length() > 12 ? uid.substring(0, 12) + "…" : uid);
    }
  }

  /** The content lines of the file, unfolded, into events. */
  static final class Events {

    private Events() {}

    static List<Event> parse(String text, SourceRequest request) {
      Problems problems = request.problems();
      List<Event> events = new ArrayList<>();
      List<String> stack = new ArrayList<>();
      Map<String, List<Property>> current = null;
      int eventLine = 0;
      String[] raw = text.split("\r\n|\n|\r", -1);
      int i = 0;
      boolean calendar = false;
      while (i < raw.length) {
        int line = i + 1;
        StringBuilder logical = new StringBuilder(raw[i]);
        i++;
        while (i < raw.length && !raw[i].isEmpty() && (raw[i].charAt(0) == ' ' || raw[i].charAt(0) == '\t')) {
          logical.append(raw[i], 1, raw[i].length());
          i++;
          if (logical.length() > request.maxStringLength()) {
            throw problems.fatal(request.part(), String.format(Locale.ROOT, "a content line longer than %,d"
                + " characters, the limit for untrusted files%s",
                request.maxStringLength(), request.advice("maxStringLength")), line, 1);
          }
        }
        String content = logical.toString();
        if (content.isBlank()) {
          continue;
        }
        Property property = property(content, line);
        if (property == null) {
          problems.add(request.part(), "not an iCalendar content line (NAME:value): \"" + shorten(content) + "\"",
              line, 1);
          continue;
        }
        if (property.name().equals("BEGIN")) {
          String component = property.value().toUpperCase(Locale.ROOT);
          if (stack.isEmpty() && !component.equals("VCALENDAR")) {
            throw problems.fatal(request.part(), "an iCalendar file starts with BEGIN:VCALENDAR, but this one"
                + " has BEGIN:" + property.value(), line, 1);
          }
          calendar = true;
          stack.add(component);
          if (component.equals("VEVENT") && stack.size() == 2) {
            current = new LinkedHashMap<>();
            eventLine = line;
          }
          continue;
        }
        if (property.name().equals("END")) {
          String component = property.value().toUpperCase(Locale.ROOT);
          if (stack.isEmpty() || !stack.get(stack.size() - 1).equals(component)) {
            throw problems.fatal(request.part(), "END:" + property.value() + " closes "
                + (stack.isEmpty() ? "nothing" : "BEGIN:" + stack.get(stack.size() - 1)), line, 1);
          }
          stack.remove(stack.size() - 1);
          if (component.equals("VEVENT") && stack.size() == 1 && current != null) {
            events.add(new Event(eventLine, current));
            current = null;
          }
          continue;
        }
        if (current != null && stack.size() == 2) {
          current.computeIfAbsent(property.name(), n -> new ArrayList<>()).add(property);
        }
      }
      if (!calendar) {
        throw problems.fatal(request.part(), "the file is empty; an iCalendar file starts with BEGIN:VCALENDAR",
            1, 1);
      }
      if (!stack.isEmpty()) {
        throw problems.fatal(request.part(), "the file ends inside BEGIN:" + stack.get(stack.size() - 1)
            + " (it was cut short?); it needs END:" + stack.get(stack.size() - 1), raw.length, 1);
      }
      return events;
    }

    /** Splits {@code NAME;PARAM=value;PARAM="quoted":value}; null if there is no colon outside quotes. */
    static Property property(String content, int line) {
      int colon = -1;
      boolean quoted = false;
      for (int k = 0; k < content.length(); k++) {
        char c = content.charAt(k);
        if (c == '"') {
          quoted = !quoted;
        } else if (c == ':' && !quoted) {
          colon = k;
          break;
        }
      }
      if (colon <= 0) {
        return null;
      }
      String head = content.substring(0, colon);
      String value = content.substring(colon + 1);
      List<String> parts = new ArrayList<>();
      StringBuilder part = new StringBuilder();
      quoted = false;
      for (int k = 0; k < head.length(); k++) {
        char c = head.charAt(k);
        if (c == '"') {
          quoted = !quoted;
        } else if (c == ';' && !quoted) {
          parts.add(part.toString());
          part.setLength(0);
          continue;
        }
        part.append(c);
      }
      parts.add(part.toString());
      Map<String, String> parameters = new HashMap<>();
      for (int k = 1; k < parts.size(); k++) {
        String p = parts.get(k);
        int eq = p.indexOf('=');
        if (eq > 0) {
          String v = p.substring(eq + 1);
          if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
          }
          parameters.put(p.substring(0, eq).toUpperCase(Locale.ROOT), v);
        }
      }
      return new Property(parts.get(0).toUpperCase(Locale.ROOT), parameters, value, line);
    }

    private static String shorten(String text) {
      return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
  }

  /** A time as the event gives it: a date (all day), or a wall-clock time in a zone (floating: the force's). */
  record When(LocalDateTime local, ZoneId zone, boolean allDay) {

    Instant instant() {
      return local.atZone(zone).toInstant();
    }
  }

  /** Expands the events into rows, in file order, within the limits. */
  static final class Expansion {

    private final SourceRequest request;
    private final Mapping mapping;
    private final List<Event> events;
    private final Problems problems;
    private final List<SourceTable.Row> rows = new ArrayList<>();

    Expansion(SourceRequest request, Mapping mapping, List<Event> events) {
      this.request = request;
      this.mapping = mapping;
      this.events = events;
      this.problems = request.problems();
    }

    List<SourceTable.Row> rows() {
      Map<String, Map<LocalDateTime, Event>> overrides = new HashMap<>();
      for (Event event : events) {
        Property id = event.first("RECURRENCE-ID");
        if (id != null) {
          When when = when(event, id);
          if (when != null) {
            overrides.computeIfAbsent(event.uid(), u -> new HashMap<>()).put(when.local(), event);
          }
        }
      }
      for (Event event : events) {
        if (event.first("RECURRENCE-ID") != null) {
          continue;
        }
        if ("CANCELLED".equalsIgnoreCase(value(event, "STATUS"))) {
          continue;
        }
        Property start = event.first("DTSTART");
        if (start == null) {
          problems.add(event.label(), "the event has no DTSTART", event.line(), 1);
          continue;
        }
        When from = when(event, start);
        if (from == null) {
          continue;
        }
        Duration length = length(event, from);
        if (length == null) {
          continue;
        }
        List<LocalDateTime> starts = occurrences(event, from);
        Map<LocalDateTime, Event> replaced = overrides.getOrDefault(event.uid(), Map.of());
        for (LocalDateTime occurrence : starts) {
          Event override = replaced.get(occurrence);
          if (override != null) {
            if (!"CANCELLED".equalsIgnoreCase(value(override, "STATUS"))) {
              occurrence(override, null, null);
            }
            continue;
          }
          occurrence(event, new When(occurrence, from.zone(), from.allDay()), length);
        }
      }
      return rows;
    }

    /** Adds the rows of one occurrence: one per person the event names. */
    private void occurrence(Event event, When start, Duration length) {
      if (start == null) {
        Property s = event.first("DTSTART");
        if (s == null) {
          problems.add(event.label(), "the event has no DTSTART", event.line(), 1);
          return;
        }
        start = when(event, s);
        if (start == null) {
          return;
        }
        length = length(event, start);
        if (length == null) {
          return;
        }
      }
      LocalDateTime endLocal = start.local().plus(length);
      List<String> people = people(event);
      if (people == null) {
        return;
      }
      if (people.isEmpty()) {
        problems.add(event.label(), "the event names no person (the source reads the " + mapping.contributor()
            + "); add one, or say where the person is with contributor: in the source", event.line(), 1);
        return;
      }
      String account = null;
      if (request.part().equals("rota")) {
        account = account(event);
        if (account == null) {
          return;
        }
      }
      for (String person : people) {
        if (rows.size() >= request.maxRows()) {
          throw problems.fatal(event.label(), String.format(Locale.ROOT, "the calendar expands to more than %,d"
              + " %s, the limit for untrusted files%s; otherwise check the recurring events' UNTIL and COUNT",
              request.maxRows(), request.part().equals("rota") ? "rota entries" : "absences",
              request.advice(request.rowLimit())), event.line(), 1);
        }
        Map<String, SourceTable.Cell> cells = new LinkedHashMap<>();
        cells.put("contributor", cell(person, event));
        if (account != null) {
          cells.put("account", cell(account, event));
        }
        if (start.allDay() && request.part().equals("absences")) {
          cells.put("from", cell(start.local().toLocalDate().toString(), event));
          cells.put("to", cell(endLocal.toLocalDate().minusDays(1).toString(), event));
        } else {
          ZoneId zone = start.allDay() ? request.zone() : start.zone();
          Instant from = start.local().atZone(zone).toInstant();
          Instant to = endLocal.atZone(zone).toInstant();
          if (!from.isBefore(to)) {
            // A spring-forward gap squeezed the occurrence to nothing, as it does a weekly pattern's.
            continue;
          }
          cells.put("from", cell(from.toString(), event));
          cells.put("to", cell(to.toString(), event));
        }
        if (request.part().equals("absences")) {
          String reason = reason(event);
          if (reason != null) {
            cells.put("reason", cell(reason, event));
          }
        }
        rows.add(new SourceTable.Row(event.line(), 1, event.label(), cells));
      }
    }

    private static SourceTable.Cell cell(String text, Event event) {
      return new SourceTable.Cell(text, event.line(), 1);
    }

    private String reason(Event event) {
      if (mapping.reason().equals("categories") || mapping.reason().equals("summary")) {
        String found = mapping.reason().equals("categories") ? firstCategory(event) : value(event, "SUMMARY");
        return found == null ? null : found.trim().toLowerCase(Locale.ROOT).replace(' ', '-');
      }
      return mapping.reason();
    }

    /** The contributor ids the event names; null if it names people the mapping does not know (reported). */
    private List<String> people(Event event) {
      List<String> found = new ArrayList<>();
      boolean unknown = false;
      switch (mapping.contributor()) {
        case "attendee":
        case "organizer":
          for (Property p : event.all(mapping.contributor().toUpperCase(Locale.ROOT))) {
            String email = p.value().replaceFirst("(?i)^mailto:", "").trim().toLowerCase(Locale.ROOT);
            if (mapping.people() != null) {
              String id = mapping.people().get(email);
              if (id == null) {
                problems.add(event.label(), "no contributor with e-mail " + email + Suggestions.didYouMean(email,
                    mapping.people().keySet()) + "; add it under people: in the source", p.line(), 1);
                unknown = true;
                continue;
              }
              found.add(id);
            } else {
              found.add(email);
            }
          }
          break;
        default:
          String text = mapping.contributor().equals("categories")
              ? firstCategory(event) : value(event, mapping.contributor().toUpperCase(Locale.ROOT));
          if (text != null && !text.isBlank()) {
            String key = text.trim();
            if (mapping.people() != null) {
              String id = mapping.people().get(key.toLowerCase(Locale.ROOT));
              if (id == null) {
                problems.add(event.label(), "no contributor for \"" + key + "\"" + Suggestions.didYouMean(
                    key.toLowerCase(Locale.ROOT), mapping.people().keySet()) + "; add it under people: in the"
                    + " source", event.line(), 1);
                unknown = true;
                break;
              }
              found.add(id);
            } else {
              found.add(key);
            }
          }
      }
      return unknown && found.isEmpty() ? null : found;
    }

    private String account(Event event) {
      String text = mapping.account().equals("categories")
          ? firstCategory(event) : value(event, mapping.account().toUpperCase(Locale.ROOT));
      if (text == null || text.isBlank()) {
        problems.add(event.label(), "the event names no account (the source reads the " + mapping.account()
            + "); add one, or say where the account is with account: in the source", event.line(), 1);
        return null;
      }
      String key = text.trim();
      if (mapping.accounts() == null) {
        return key;
      }
      String id = mapping.accounts().get(key);
      if (id == null) {
        problems.add(event.label(), "no account for \"" + key + "\"" + Suggestions.didYouMean(key,
            mapping.accounts().keySet()) + "; add it under accounts: in the source", event.line(), 1);
      }
      return id;
    }

    private static String firstCategory(Event event) {
      String categories = value(event, "CATEGORIES");
      if (categories == null) {
        return null;
      }
      int comma = categories.indexOf(',');
      return unescape(comma < 0 ? categories : categories.substring(0, comma));
    }

    private static String value(Event event, String name) {
      Property p = event.first(name);
      return p == null ? null : unescape(p.value());
    }

    private static String unescape(String text) {
      return text.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";")
          .replace("\\\\", "\\");
    }

    /** The event's length in wall-clock time: DTEND minus DTSTART, or DURATION, or a day (all day) or nothing. */
    private Duration length(Event event, When from) {
      Property end = event.first("DTEND");
      Property duration = event.first("DURATION");
      if (end != null) {
        When to = when(event, end);
        if (to == null) {
          return null;
        }
        LocalDateTime endLocal = from.zone().equals(to.zone()) || to.allDay()
            ? to.local() : to.local().atZone(to.zone()).withZoneSameInstant(from.zone()).toLocalDateTime();
        Duration length = Duration.between(from.local(), endLocal);
        if (length.isNegative() || length.isZero()) {
          problems.add(event.label(), "DTEND " + end.value() + " is not after DTSTART", end.line(), 1);
          return null;
        }
        return length;
      }
      if (duration != null) {
        String text = duration.value().trim();
        try {
          Duration length = text.matches("P\\d+W")
              ? Duration.ofDays(7 * Long.parseLong(text.substring(1, text.length() - 1)))
              : Duration.parse(text);
          if (length.isNegative() || length.isZero()) {
            problems.add(event.label(), "DURATION " + text + " is not positive", duration.line(), 1);
            return null;
          }
          return length;
        } catch (DateTimeParseException | NumberFormatException e) {
          problems.add(event.label(), "expected a DURATION such as PT8H or P1D, but got \"" + text + "\"",
              duration.line(), 1);
          return null;
        }
      }
      if (from.allDay()) {
        return Duration.ofDays(1);
      }
      problems.add(event.label(), "the event has neither DTEND nor DURATION, so it covers no time", event.line(), 1);
      return null;
    }


    /** Parses a DTSTART, DTEND, RECURRENCE-ID or EXDATE value. */
    private When when(Event event, Property property) {
      return when(event, property, property.value().trim());
    }

    private When when(Event event, Property property, String text) {
      boolean date = "DATE".equalsIgnoreCase(property.parameters().get("VALUE")) || text.length() == 8;
      try {
        if (date) {
          return new When(LocalDate.parse(text, DATE).atStartOfDay(), request.zone(), true);
        }
        if (text.endsWith("Z")) {
          return new When(LocalDateTime.parse(text.substring(0, text.length() - 1), DATE_TIME), ZoneOffset.UTC,
              false);
        }
        ZoneId zone = request.zone();
        String tzid = property.parameters().get("TZID");
        if (tzid != null) {
          zone = zone(tzid);
          if (zone == null) {
            problems.add(event.label(), "unknown time zone \"" + tzid + "\" in " + property.name() + "; name an"
                + " IANA zone such as Europe/London, or a Windows zone such as GMT Standard Time",
                property.line(), 1);
            return null;
          }
        }
        return new When(LocalDateTime.parse(text, DATE_TIME), zone, false);
      } catch (DateTimeParseException e) {
        problems.add(event.label(), "expected a date-time such as 20210403T220000 (with Z for UTC) or a date such"
            + " as 20210403 in " + property.name() + ", but got \"" + text + "\"", property.line(), 1);
        return null;
      }
    }

    static ZoneId zone(String tzid) {
      String name = tzid.trim();
      if (name.startsWith("/")) {
        name = name.substring(1);
      }
      String windows = WINDOWS_ZONES.get(name);
      if (windows != null) {
        return ZoneId.of(windows);
      }
      if (name.contains("Dublin, Edinburgh, Lisbon, London")) {
        return ZoneId.of("Europe/London");
      }
      try {
        return ZoneId.of(name);
      } catch (RuntimeException e) {
        return null;
      }
    }

    /** The local start of every occurrence of an event, its EXDATEs removed, within the limits. */
    private List<LocalDateTime> occurrences(Event event, When from) {
      Property rule = event.first("RRULE");
      TreeSet<LocalDateTime> excluded = new TreeSet<>();
      for (Property ex : event.all("EXDATE")) {
        for (String part : ex.value().split(",")) {
          When when = when(event, ex, part.trim());
          if (when != null) {
            excluded.add(when.zone().equals(from.zone()) || when.allDay() ? when.local()
                : when.local().atZone(when.zone()).withZoneSameInstant(from.zone()).toLocalDateTime());
          }
        }
      }
      List<LocalDateTime> starts = new ArrayList<>();
      if (rule == null) {
        starts.add(from.local());
      } else {
        expand(event, rule, from, starts);
      }
      starts.removeIf(excluded::contains);
      return starts;
    }

    private void expand(Event event, Property rule, When from, List<LocalDateTime> starts) {
      Map<String, String> parts = new HashMap<>();
      for (String part : rule.value().split(";")) {
        int eq = part.indexOf('=');
        if (eq > 0) {
          parts.put(part.substring(0, eq).trim().toUpperCase(Locale.ROOT), part.substring(eq + 1).trim());
        }
      }
      String freq = parts.getOrDefault("FREQ", "");
      if (!freq.equals("DAILY") && !freq.equals("WEEKLY")) {
        problems.add(event.label(), "RRULE FREQ=" + freq + " is not read; a rota or leave calendar repeats DAILY"
            + " or WEEKLY", rule.line(), 1);
        return;
      }
      int interval;
      Integer count = null;
      LocalDateTime until = null;
      List<DayOfWeek> days = new ArrayList<>();
      try {
        interval = Integer.parseInt(parts.getOrDefault("INTERVAL", "1"));
        if (parts.containsKey("COUNT")) {
          count = Integer.parseInt(parts.get("COUNT"));
        }
        if (parts.containsKey("UNTIL")) {
          When end = when(event, rule, parts.get("UNTIL"));
          if (end == null) {
            return;
          }
          until = end.allDay() ? end.local().plusDays(1).minusNanos(1)
              : end.local().atZone(end.zone()).withZoneSameInstant(from.zone()).toLocalDateTime();
        }
        if (parts.containsKey("BYDAY")) {
          for (String day : parts.get("BYDAY").split(",")) {
            days.add(day(day.trim()));
          }
        }
      } catch (IllegalArgumentException e) {
        problems.add(event.label(), "cannot read RRULE " + rule.value() + ": " + e.getMessage(), rule.line(), 1);
        return;
      }
      if (interval < 1) {
        problems.add(event.label(), "RRULE INTERVAL must be 1 or more", rule.line(), 1);
        return;
      }
      if (count == null && until == null) {
        if (mapping.until() == null) {
          problems.add(event.label(), "RRULE " + rule.value() + " repeats without end (no UNTIL or COUNT); give"
              + " it an end, or give the source until: a date to expand it up to", rule.line(), 1);
          return;
        }
        until = mapping.until().plusDays(1).atStartOfDay().minusNanos(1);
      }
      if (freq.equals("WEEKLY") && days.isEmpty()) {
        days.add(from.local().getDayOfWeek());
      }
      int limit = request.maxRows();
      LocalDateTime start = from.local();
      // Refused before expanding when the rule alone has more occurrences than the part may have entries, so that
      // a rule repeating daily until 9999 costs nothing.
      long most = count != null ? count
          : freq.equals("DAILY")
              ? ChronoUnit.DAYS.between(start.toLocalDate(), until.toLocalDate()) / interval + 1
              : (ChronoUnit.DAYS.between(start.toLocalDate(), until.toLocalDate()) / 7 / interval + 1) * days.size();
      // The count is exact for COUNT and for DAILY on every day; otherwise a week at each end may hold fewer.
      long surely = count != null || (freq.equals("DAILY") && days.isEmpty()) ? most : most - 2L * days.size();
      if (surely > limit) {
        throw tooMany(event, rule);
      }
      int made = 0;
      if (freq.equals("DAILY")) {
        for (LocalDateTime t = start; ; t = t.plusDays(interval)) {
          if ((until != null && t.isAfter(until)) || (count != null && made >= count)) {
            break;
          }
          if (days.isEmpty() || days.contains(t.getDayOfWeek())) {
            starts.add(t);
            made++;
          }
          if (starts.size() > limit) {
            throw tooMany(event, rule);
          }
        }
      } else {
        LocalDateTime week = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<DayOfWeek> ordered = new ArrayList<>(new TreeSet<>(days));
        outer:
        for (; ; week = week.plusWeeks(interval)) {
          for (DayOfWeek day : ordered) {
            LocalDateTime t = week.plusDays(day.getValue() - 1L);
            if (t.isBefore(start)) {
              continue;
            }
            if ((until != null && t.isAfter(until)) || (count != null && made >= count)) {
              break outer;
            }
            starts.add(t);
            made++;
            if (starts.size() > limit) {
              throw tooMany(event, rule);
            }
          }
          if (ChronoUnit.WEEKS.between(start, week) > 52L * 400) {
            break;
          }
        }
      }
    }

    private RuntimeException tooMany(Event event, Property rule) {
      return problems.fatal(event.label(), String.format(Locale.ROOT, "RRULE %s expands to more than %,d"
          + " occurrences, the limit for untrusted files%s; otherwise give it an earlier UNTIL or a smaller COUNT",
          rule.value(), request.maxRows(), request.advice(request.rowLimit())), rule.line(), 1);
    }

    private static DayOfWeek day(String code) {
      String two = code.length() > 2 ? code.substring(code.length() - 2) : code;
      switch (two.toUpperCase(Locale.ROOT)) {
        case "MO": return DayOfWeek.MONDAY;
        case "TU": return DayOfWeek.TUESDAY;
        case "WE": return DayOfWeek.WEDNESDAY;
        case "TH": return DayOfWeek.THURSDAY;
        case "FR": return DayOfWeek.FRIDAY;
        case "SA": return DayOfWeek.SATURDAY;
        case "SU": return DayOfWeek.SUNDAY;
        default: throw new IllegalArgumentException("unknown day \"" + code + "\" in BYDAY");
      }
    }
  }
}
