#!/usr/bin/env python3
"""Writes the north-yorkshire-2021-after-workbook example from the CSV registers example: one .xlsx workbook with a
sheet per register (accounts, people, access, closure-plans), the rota and leave calendars copied as they are, and an
estate.yaml whose sources: section names the sheets.

The workbook is written by hand with zipfile (no spreadsheet library), as a spreadsheet program would save it:
shared strings for text, numbers for cells of digits (followers, collar numbers), and the dates of the *On columns as
serial numbers of the 1900 date system with a date format (yyyy-mm-dd), so that the reader's number and date paths
are what the example exercises. Run from the repository's root; the output is byte-for-byte reproducible.
"""
import csv
import datetime
import pathlib
import re
import shutil
import zipfile
from xml.sax.saxutils import escape

ROOT = pathlib.Path("governance-examples/src/main/resources/io/github/accountgovernance/examples/estates")
SOURCE = ROOT / "north-yorkshire-2021-after-registers"
TARGET = ROOT / "north-yorkshire-2021-after-workbook"
SHEETS = [("accounts", "accounts.csv"), ("people", "people.csv"), ("access", "access.csv"),
          ("closure-plans", "closure-plans.csv")]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DIGITS = re.compile(r"^[0-9]{1,15}$")
STAMP = (2026, 11, 21, 0, 0, 0)


def column(n):
    letters = ""
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def serial(text):
    day = datetime.date.fromisoformat(text)
    return (day - datetime.date(1899, 12, 30)).days


def main():
    strings, index = [], {}

    def shared(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    sheets = []
    for name, file in SHEETS:
        with open(SOURCE / file, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        header = rows[0]
        out = []
        for r, row in enumerate(rows, start=1):
            cells = []
            for c, value in enumerate(row, start=1):
                if value == "":
                    continue
                ref = f"{column(c)}{r}"
                if r > 1 and header[c - 1].endswith("On") and DATE.match(value):
                    cells.append(f'<c r="{ref}" s="1"><v>{serial(value)}</v></c>')
                elif r > 1 and DIGITS.match(value) and not value.startswith("0"):
                    cells.append(f'<c r="{ref}"><v>{value}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>')
            out.append(f'<row r="{r}">{"".join(cells)}</row>')
        sheets.append((name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                       '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                       f'<sheetData>{"".join(out)}</sheetData></worksheet>'))

    main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sheet.main+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.'
                  'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, len(sheets) + 1))
        + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel_ns}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<workbook xmlns="{main_ns}" xmlns:r="{rel_ns}"><sheets>'
        + "".join(f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"/>' for i, (n, _) in enumerate(sheets, 1))
        + '</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(f'<Relationship Id="rId{i}" Type="{rel_ns}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                  for i in range(1, len(sheets) + 1))
        + f'<Relationship Id="rId{len(sheets) + 1}" Type="{rel_ns}/sharedStrings" Target="sharedStrings.xml"/>'
        f'<Relationship Id="rId{len(sheets) + 2}" Type="{rel_ns}/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<styleSheet xmlns="{main_ns}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>'
        '</numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/>'
        '</borders><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>'
        '</styleSheet>',
    }
    for i, (_, xml) in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{i}.xml"] = xml
    parts["xl/sharedStrings.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                     f'<sst xmlns="{main_ns}" count="{len(strings)}" uniqueCount="{len(strings)}">'
                                     + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
                                     + '</sst>')

    TARGET.mkdir(exist_ok=True)
    with zipfile.ZipFile(TARGET / "registers.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    for calendar in ("rota.ics", "leave.ics"):
        shutil.copyfile(SOURCE / calendar, TARGET / calendar)

    estate = (SOURCE / "estate.yaml").read_text(encoding="utf-8")
    estate = estate.replace(
        "# keeps it: an account register, a people list and an access list as CSV files, closure plans as CSV, and the\n"
        "# monitoring rota and leave as iCalendar calendars (the rota as recurring weekly events).",
        "# keeps it: one workbook (registers.xlsx) with a sheet each for the accounts, the people, the access list and\n"
        "# the closure plans, and the monitoring rota and leave as iCalendar calendars (the rota as recurring weekly\n"
        "# events).")
    estate = estate.replace("scripts/make-registers-example.py", "scripts/make-workbook-example.py (from the CSV example)")
    estate = estate.replace(
        "  accounts: accounts.csv\n  contributors: people.csv\n  grants: access.csv\n"
        "  closurePlans: closure-plans.csv\n",
        "  accounts: {file: registers.xlsx, sheet: accounts}\n  contributors: {file: registers.xlsx, sheet: people}\n"
        "  grants: {file: registers.xlsx, sheet: access}\n"
        "  closurePlans: {file: registers.xlsx, sheet: closure-plans}\n")
    assert "registers.xlsx, sheet: closure-plans" in estate and "make-workbook-example" in estate
    (TARGET / "estate.yaml").write_text(estate, encoding="utf-8")


if __name__ == "__main__":
    main()
