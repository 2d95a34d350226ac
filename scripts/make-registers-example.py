#!/usr/bin/env python3
"""Writes the north-yorkshire-2021-after example as CSV registers and iCalendar calendars beside an estate file.

Usage: scripts/make-registers-example.py  (from the repository root). The output is committed; the test
RegistersExampleTest checks that its reports equal the YAML estate's with --no-locations.
"""
import datetime
import os
import yaml

ESTATES = "governance-examples/src/main/resources/io/github/accountgovernance/examples/estates"
SOURCE = os.path.join(ESTATES, "north-yorkshire-2021-after.yaml")
OUT = os.path.join(ESTATES, "north-yorkshire-2021-after-registers")

COLUMNS = {
    "accounts": ["id", "platform", "handle", "displayName", "tier", "status", "district", "function", "owningTeam",
                 "followers", "monitoredHours", "outOfHoursText", "bio", "justification", "openedOn", "closedOn",
                 "deletedOn"],
    "contributors": ["id", "kind", "name", "collarNumber", "district", "team", "status", "leftOn"],
    "grants": ["contributor", "account", "role"],
    "closurePlans": ["account", "successors", "finalMessage", "finalMessageOn", "closureDate", "archivedOn"],
}
FILES = {"accounts": "accounts.csv", "contributors": "people.csv", "grants": "access.csv",
         "closurePlans": "closure-plans.csv"}
DAYS = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}


def cell(value):
    if isinstance(value, list):
        value = "; ".join(value)
    text = str(value)
    if any(c in text for c in ',;"\n\r') or text != text.strip():
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv(part, entries):
    with open(os.path.join(OUT, FILES[part]), "w", encoding="utf-8", newline="") as out:
        out.write(",".join(COLUMNS[part]) + "\r\n")
        for entry in entries:
            out.write(",".join(cell(entry.get(c, "")) for c in COLUMNS[part]) + "\r\n")


def ics_time(text):
    return text.replace("-", "").replace(":", "")


def fold(line):
    out = []
    while len(line.encode("utf-8")) > 75:
        out.append(line[:74])
        line = " " + line[74:]
    out.append(line)
    return "\r\n".join(out)


def write_rota(rota):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//account-governance//registers example//EN",
             "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "END:VTIMEZONE"]
    for n, slot in enumerate(rota):
        lines += ["BEGIN:VEVENT", "UID:rota-%04d@north-yorkshire.example" % (n + 1),
                  "SUMMARY:" + slot["contributor"], "CATEGORIES:" + slot["account"]]
        if "weekly" in slot:
            day, hours = slot["weekly"].split(" ")
            start, end = hours.split("-")
            valid_from = datetime.date.fromisoformat(slot["validFrom"])
            first = valid_from + datetime.timedelta(days=(DAYS[day] - valid_from.weekday()) % 7)
            last_day = first + datetime.timedelta(days=1) if end <= start else first
            lines += ["DTSTART;TZID=GMT Standard Time:%sT%s00" % (first.strftime("%Y%m%d"), start.replace(":", "")),
                      "DTEND;TZID=GMT Standard Time:%sT%s00" % (last_day.strftime("%Y%m%d"), end.replace(":", ""))]
            rule = "RRULE:FREQ=WEEKLY;BYDAY=" + day[:2].upper()
            if "validUntil" in slot:
                until = datetime.date.fromisoformat(slot["validUntil"]) - datetime.timedelta(days=1)
                rule += ";UNTIL=" + until.strftime("%Y%m%d")
            lines.append(rule)
        else:
            lines += ["DTSTART:" + ics_time(slot["from"]), "DTEND:" + ics_time(slot["to"])]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    with open(os.path.join(OUT, "rota.ics"), "w", encoding="utf-8", newline="") as out:
        out.write("\r\n".join(fold(l) for l in lines) + "\r\n")


def write_leave(absences):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//account-governance//registers example//EN"]
    for n, absence in enumerate(absences):
        lines += ["BEGIN:VEVENT", "UID:leave-%04d@north-yorkshire.example" % (n + 1),
                  "SUMMARY:" + absence["contributor"], "CATEGORIES:" + absence["reason"],
                  "DTSTART:" + ics_time(absence["from"]), "DTEND:" + ics_time(absence["to"]), "END:VEVENT"]
    lines.append("END:VCALENDAR")
    with open(os.path.join(OUT, "leave.ics"), "w", encoding="utf-8", newline="") as out:
        out.write("\r\n".join(lines) + "\r\n")


def main():
    with open(SOURCE, encoding="utf-8") as f:
        text = f.read()
    estate = yaml.load(text, Loader=yaml.BaseLoader)
    os.makedirs(OUT, exist_ok=True)
    for part in COLUMNS:
        write_csv(part, estate.get(part, []))
    write_rota(estate["rota"])
    write_leave(estate["absences"])
    top = text[text.index("schema:"):text.index("\naccounts:")]
    posts = text[text.index("\nposts:"):text.index("\n# Handles seen")]
    with open(os.path.join(OUT, "estate.yaml"), "w", encoding="utf-8") as out:
        out.write("""# North Yorkshire Police's X estate after the consolidation of spring 2021, as of 6 April 2021, kept as a force
# keeps it: an account register, a people list and an access list as CSV files, closure plans as CSV, and the
# monitoring rota and leave as iCalendar calendars (the rota as recurring weekly events). The same estate as
# north-yorkshire-2021-after.yaml, whose reports it gives with --no-locations.
#
# Every PERSON (names, collar numbers, rota, absences, posts) is FICTIONAL. Written by
# scripts/make-registers-example.py; the format is described in docs/estate-format.md (sources).
""")
        out.write(top.rstrip() + "\n\n")
        out.write("""sources:
  accounts: accounts.csv
  contributors: people.csv
  grants: access.csv
  closurePlans: closure-plans.csv
  rota: {file: rota.ics, contributor: summary, account: categories}
  absences: {file: leave.ics, contributor: summary, reason: categories}
""")
        out.write(posts + "\n")


main()
