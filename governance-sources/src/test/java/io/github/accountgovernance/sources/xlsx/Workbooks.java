package io.github.accountgovernance.sources.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .xlsx workbooks for the tests by hand with java.util.zip: text as shared strings, numbers, booleans, and
 * dates as serial numbers with a date format (1900 or 1904 date system), and lets a test replace any entry with
 * its own bytes (a zip bomb, a DOCTYPE).
 */
final class Workbooks {

  private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
  private final Map<String, byte[]> replaced = new LinkedHashMap<>();
  private boolean date1904;

  /** A cell that holds a formula's error, such as {@code #N/A}. */
  record ErrorCell(String code) {}

  static Workbooks workbook() {
    return new Workbooks();
  }

  Workbooks sheet(String name, List<List<Object>> rows) {
    sheets.put(name, rows);
    return this;
  }

  Workbooks date1904() {
    date1904 = true;
    return this;
  }

  /** Replaces (or adds) an entry, such as xl/worksheets/sheet1.xml, with these bytes. */
  Workbooks entry(String name, byte[] bytes) {
    replaced.put(name, bytes);
    return this;
  }

  static String column(int n) {
    StringBuilder letters = new StringBuilder();
    for (int c = n; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  byte[] bytes() {
    List<String> strings = new ArrayList<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    Map<String, String> parts = new LinkedHashMap<>();
    String ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + ns
        + "\" xmlns:r=\"" + rel + "\">" + (date1904 ? "<workbookPr date1904=\"1\"/>" : "") + "<sheets>");
    StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
        + "http://schemas.openxmlformats.org/package/2006/relationships\">");
    int number = 0;
    for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
      number++;
      workbook.append("<sheet name=\"").append(escape(sheet.getKey())).append("\" sheetId=\"").append(number)
          .append("\" r:id=\"rId").append(number).append("\"/>");
      rels.append("<Relationship Id=\"rId").append(number).append("\" Type=\"").append(rel)
          .append("/worksheet\" Target=\"worksheets/sheet").append(number).append(".xml\"/>");
      StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + ns
          + "\"><sheetData>");
      int r = 0;
      for (List<Object> row : sheet.getValue()) {
        r++;
        xml.append("<row r=\"").append(r).append("\">");
        int c = 0;
        for (Object value : row) {
          c++;
          if (value == null) {
            continue;
          }
          String ref = column(c) + r;
          if (value instanceof String text) {
            Integer at = index.get(text);
            if (at == null) {
              at = strings.size();
              strings.add(text);
              index.put(text, at);
            }
            xml.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(at).append("</v></c>");
          } else if (value instanceof ErrorCell error) {
            xml.append("<c r=\"").append(ref).append("\" t=\"e\"><v>").append(escape(error.code()))
                .append("</v></c>");
          } else if (value instanceof Boolean b) {
            xml.append("<c r=\"").append(ref).append("\" t=\"b\"><v>").append(b ? 1 : 0).append("</v></c>");
          } else if (value instanceof LocalDate date) {
            long serial = date1904 ? ChronoUnit.DAYS.between(LocalDate.of(1904, 1, 1), date)
                : ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date);
            xml.append("<c r=\"").append(ref).append("\" s=\"1\"><v>").append(serial).append("</v></c>");
          } else {
            xml.append("<c r=\"").append(ref).append("\"><v>").append(value).append("</v></c>");
          }
        }
        xml.append("</row>");
      }
      xml.append("</sheetData></worksheet>");
      parts.put("xl/worksheets/sheet" + number + ".xml", xml.toString());
    }
    workbook.append("</sheets></workbook>");
    rels.append("<Relationship Id=\"rIdS\" Type=\"").append(rel).append("/sharedStrings\" Target=\"sharedStrings.xml\"/>")
        .append("</Relationships>");
    parts.put("xl/workbook.xml", workbook.toString());
    parts.put("xl/_rels/workbook.xml.rels", rels.toString());
    parts.put("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + ns + "\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"d/m/yyyy\"/></numFmts>"
        + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>");
    StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + ns + "\">");
    strings.forEach(s -> sst.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>"));
    parts.put("xl/sharedStrings.xml", sst.append("</sst>").toString());
    Map<String, byte[]> entries = new LinkedHashMap<>();
    parts.forEach((name, text) -> entries.put(name, text.getBytes(StandardCharsets.UTF_8)));
    entries.putAll(replaced);
    return zip(entries);
  }

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
