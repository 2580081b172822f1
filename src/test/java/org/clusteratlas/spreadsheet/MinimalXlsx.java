package org.clusteratlas.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds the smallest XLSX package around a worksheet's XML, written as the test wants it. */
final class MinimalXlsx {

  /** Writes the worksheet's XML, in a stream: it may be larger than memory should hold. */
  interface SheetXml {
    void write(Writer out) throws IOException;
  }

  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private MinimalXlsx() {}

  static Path write(Path file, String sheetXml) throws IOException {
    return write(file, out -> out.write(sheetXml));
  }

  static Path write(Path file, SheetXml sheet) throws IOException {
    return write(
        file, sheet, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
  }

  /** With the workbook part declared as {@code workbookType}, e.g. a binary workbook's. */
  static Path write(Path file, SheetXml sheet, String workbookType) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(raw)) {
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\""
              + workbookType
              + "\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              + "</Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
              + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
              + "</Relationships>");
      entry(
          zip,
          "xl/workbook.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<workbook xmlns=\""
              + MAIN
              + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
              + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
              + "</Relationships>");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      sheet.write(text);
      text.flush();
      zip.closeEntry();
    }
    return file;
  }

  /** A worksheet whose sheet data is {@code rows}. */
  static String worksheet(String rows) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
        + MAIN
        + "\"><sheetData>"
        + rows
        + "</sheetData></worksheet>";
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
