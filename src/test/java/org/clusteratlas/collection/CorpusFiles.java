package org.clusteratlas.collection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusteratlas.spreadsheet.Column;
import org.clusteratlas.spreadsheet.XlsxTableWriter;

/**
 * The bad-file corpus under {@code src/test/resources/imports/corpus}: its manifest ({@code
 * corpus.tsv}, one line per file: the outcome and the problem the import must name), and the
 * generator of its binary files (workbooks, and CSV files in encodings other than plain UTF-8),
 * which are committed as generated. The UTF-8 CSV files are written by hand.
 *
 * <p>{@link #main} regenerates the binary files (the corpus's README says how to run it); {@code
 * CorpusFilesTest} checks that the committed files are what this class makes.
 */
final class CorpusFiles {

  /** Where the corpus is on the class path. */
  static final String RESOURCES = "imports/corpus/";

  /** Where the corpus is in the source tree, from the project's directory. */
  static final Path SOURCES = Path.of("src/test/resources/imports/corpus");

  /** The password of the password-protected workbook. */
  static final String PASSWORD = "corpus";

  /** Zip entries carry this time, so that a workbook's bytes do not depend on when it was made. */
  private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2025, 8, 1, 9, 0);

  private static final java.util.regex.Pattern CREATED =
      java.util.regex.Pattern.compile("<dcterms:created[^>]*>[^<]*</dcterms:created>");

  static final String FIRM = ImportFixture.FIRM;
  static final String NAME = ImportFixture.FIRM_NAME;

  /** The template's columns the corpus uses (a file may have a subset of the indicators). */
  static final List<String> TEMPLATE =
      List.of(
          "统一社会信用代码",
          "企业名称",
          "年份",
          "月份",
          "营业收入（万元）",
          "营业收入上年同期（万元）",
          "利润总额（万元）",
          "利润总额上年同期（万元）",
          "工业总产值（万元）",
          "工业总产值上年同期（万元）",
          "出口交货值（万元）",
          "出口交货值上年同期（万元）",
          "情况说明");

  /**
   * A July 2025 row of the fixture firm that passes every check: year-to-date values above June's,
   * growth within bounds, 上年同期 as reported for July 2024.
   */
  static final List<Object> JULY =
      List.of(FIRM, NAME, 2025, 7, 7000, 6500, 350, 300, 7700, 7000, 700, 600, "");

  private CorpusFiles() {}

  /** One line of the manifest. */
  record Entry(
      String file,
      ImportStatus status,
      int row,
      String column,
      String rule,
      String setup,
      String why) {

    /** Whether the import must name a problem (a good file names none, or an explained one). */
    boolean namesAProblem() {
      return !rule.isEmpty();
    }

    @Override
    public String toString() {
      return file;
    }
  }

  /** The manifest's lines, in order. */
  static List<Entry> manifest() {
    List<Entry> entries = new ArrayList<>();
    String[] lines = new String(resource("corpus.tsv"), StandardCharsets.UTF_8).split("\r?\n");
    List<String> header = List.of(lines[0].split("\t", -1));
    if (!header.equals(List.of("file", "status", "row", "column", "rule", "setup", "why"))) {
      throw new IllegalStateException("unexpected manifest header: " + header);
    }
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] f = lines[i].split("\t", -1);
      if (f.length != header.size()) {
        throw new IllegalStateException("manifest line " + (i + 1) + " has " + f.length + " cells");
      }
      entries.add(
          new Entry(f[0], ImportStatus.of(f[1]), Integer.parseInt(f[2]), f[3], f[4], f[5], f[6]));
    }
    return entries;
  }

  /** A file of the corpus as committed, from the class path. */
  static byte[] resource(String name) {
    try (InputStream in =
        CorpusFiles.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no corpus file " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the binary files of the corpus into the directory given, else into {@link #SOURCES}. */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : SOURCES;
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> file : generated().entrySet()) {
      Files.write(dir.resolve(file.getKey()), file.getValue());
    }
  }

  /** The binary files, by name, as this generator makes them. */
  static Map<String, byte[]> generated() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    // text in encodings a clerk's Excel or WPS may save in
    files.put("good.template-utf8-bom.csv", text(csv(JULY), StandardCharsets.UTF_8, true));
    files.put("good.template-gbk.csv", text(csv(JULY), Charset.forName("GBK"), false));
    // Excel's "Unicode text": UTF-16LE with a byte-order mark, separated by tabs
    files.put("good.template-utf16le-bom.csv", text(tsv(JULY), StandardCharsets.UTF_16LE, true));
    files.put("good.template-utf16-no-bom.csv", text(csv(JULY), StandardCharsets.UTF_16LE, false));
    files.put(
        "file.encoding-unknown.csv",
        text(
            "credit_code,year,month,indicator,value,same_period_last_year,unit,explanation\r\n"
                + FIRM
                + ",2025,7,revenue,7000,6500,,Café Müller opened a second shop\r\n",
            Charset.forName("windows-1252"),
            false));
    // workbooks
    byte[] template = templateWorkbook();
    files.put("good.template.xlsx", template);
    files.put("cell.formula.xlsx", formulaWorkbook());
    files.put("credit-code.excel-exponent.xlsx", numericCodeWorkbook());
    files.put("file.xls-unsupported.xls", excel97Workbook());
    files.put("file.xlsx-corrupt.xlsx", truncatedWorkbook());
    files.put("file.zip-bomb.xlsx", zipBomb());
    files.put("file.xlsb-unsupported.xlsb", binaryWorkbook());
    files.put("file.xlsx-encrypted.xlsx", encrypted(template));
    return files;
  }

  // --- text
  // ----------------------------------------------------------------------------------------

  private static String csv(List<Object> row) {
    return String.join(",", TEMPLATE) + "\r\n" + join(row, ",") + "\r\n";
  }

  private static String tsv(List<Object> row) {
    return String.join("\t", TEMPLATE) + "\r\n" + join(row, "\t") + "\r\n";
  }

  private static String join(List<Object> row, String separator) {
    return String.join(separator, row.stream().map(String::valueOf).toList());
  }

  private static byte[] text(String text, Charset charset, boolean byteOrderMark) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (byteOrderMark) {
      out.writeBytes(
          charset.equals(StandardCharsets.UTF_8)
              ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
              : new byte[] {(byte) 0xFF, (byte) 0xFE});
    }
    out.writeBytes(text.getBytes(charset));
    return out.toByteArray();
  }

  // --- workbooks
  // -----------------------------------------------------------------------------------

  /** The template as the platform hands it out, filled in: sheet 数据, then an instructions sheet. */
  private static byte[] templateWorkbook() {
    List<Column> columns = new ArrayList<>();
    for (String header : TEMPLATE) {
      boolean text = header.equals("统一社会信用代码") || header.equals("企业名称") || header.equals("情况说明");
      columns.add(text ? Column.text(header) : Column.number(header));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxTableWriter writer = XlsxTableWriter.to(out)) {
      writer.sheet("数据", columns);
      writer.row(
          JULY.stream()
              .map(v -> v instanceof Integer i ? BigDecimal.valueOf(i) : v)
              .map(v -> "".equals(v) ? null : v)
              .toArray());
      writer.sheet("填表说明", List.of(Column.text("说明")));
      writer.row("金额单位为万元，年份月份填数字，统一社会信用代码为 18 位文本。");
    }
    return out.toByteArray();
  }

  /** A workbook made with POI's user model: numbers as doubles, strings shared. */
  private static byte[] poiWorkbook(Workbook workbook, List<Object> row, int formulaColumn) {
    try (workbook) {
      Sheet sheet = workbook.createSheet("数据");
      Row header = sheet.createRow(0);
      for (int i = 0; i < TEMPLATE.size(); i++) {
        header.createCell(i).setCellValue(TEMPLATE.get(i));
      }
      Row data = sheet.createRow(1);
      for (int i = 0; i < row.size(); i++) {
        Object v = row.get(i);
        if ("".equals(v)) {
          continue;
        }
        Cell cell = data.createCell(i);
        if (i == formulaColumn) {
          cell.setCellFormula(String.valueOf(v));
          workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        } else if (v instanceof Number n) {
          cell.setCellValue(n.doubleValue());
        } else {
          cell.setCellValue(String.valueOf(v));
        }
      }
      if (workbook instanceof XSSFWorkbook xssf) {
        xssf.getProperties()
            .getCoreProperties()
            .setCreated(
                java.util.Optional.of(
                    java.util.Date.from(ZIP_TIME.toInstant(java.time.ZoneOffset.UTC))));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 营业收入 as a formula, June's 6000 plus July's 1000, with the value Excel saved with it. */
  private static byte[] formulaWorkbook() {
    List<Object> row = new ArrayList<>(JULY);
    row.set(4, "6000+1000");
    return poiWorkbook(new XSSFWorkbook(), row, 4);
  }

  /** The credit code typed into a number cell: Excel keeps 9.1360681E+17 of it. */
  private static byte[] numericCodeWorkbook() {
    List<Object> row = new ArrayList<>(JULY);
    row.set(0, 913606810000000000d);
    return poiWorkbook(new XSSFWorkbook(), row, -1);
  }

  /** The good row in an Excel 97-2003 workbook. */
  private static byte[] excel97Workbook() {
    return poiWorkbook(new HSSFWorkbook(), JULY, -1);
  }

  /** A workbook cut off in the middle of its zip, as an interrupted download leaves it. */
  private static byte[] truncatedWorkbook() {
    byte[] whole = minimalWorkbook(sheetXml(rowsXml(JULY)), "", false);
    return Arrays.copyOf(whole, whole.length / 2);
  }

  /**
   * A workbook whose worksheet is mostly blanks: about 2 MB inflated from a few kilobytes, a ratio
   * far below the 1% a real worksheet has.
   */
  private static byte[] zipBomb() {
    String blanks = " ".repeat(2 << 20);
    String sheet = sheetXml(blanks + rowsXml(JULY));
    return minimalWorkbook(sheet, "", true);
  }

  /** A package declaring an Excel binary workbook (.xlsb). */
  private static byte[] binaryWorkbook() {
    return minimalWorkbook(
        sheetXml(rowsXml(JULY)), "application/vnd.ms-excel.sheet.binary.macroEnabled.main", true);
  }

  /** The good template protected by {@link #PASSWORD}: Excel keeps it inside an OLE2 file. */
  private static byte[] encrypted(byte[] workbook) {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
      encryptor.confirmPassword(PASSWORD);
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(workbook);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      fs.writeFilesystem(bytes);
      return bytes.toByteArray();
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The workbook inside a password-protected file. */
  static byte[] decrypted(byte[] file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
      Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
      if (!decryptor.verifyPassword(PASSWORD)) {
        throw new IllegalStateException("the password does not open the workbook");
      }
      try (InputStream in = decryptor.getDataStream(fs)) {
        return in.readAllBytes();
      }
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sheetXml(String sheetData) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet"
        + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + sheetData
        + "</sheetData></worksheet>";
  }

  /** The template's header and {@code row} as worksheet rows, text as inline strings. */
  private static String rowsXml(List<Object> row) {
    return rowXml(1, new ArrayList<>(TEMPLATE)) + rowXml(2, row);
  }

  private static String rowXml(int r, List<?> values) {
    StringBuilder b = new StringBuilder("<row r=\"").append(r).append("\">");
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      String ref = (char) ('A' + i) + Integer.toString(r);
      if (v instanceof Number) {
        b.append("<c r=\"").append(ref).append("\"><v>").append(v).append("</v></c>");
      } else if (!"".equals(v)) {
        b.append("<c r=\"")
            .append(ref)
            .append("\" t=\"inlineStr\"><is><t>")
            .append(v)
            .append("</t></is></c>");
      }
    }
    return b.append("</row>").toString();
  }

  /**
   * The smallest package around one worksheet, entries at a fixed time; deflated or stored. {@code
   * workbookType} empty is an ordinary workbook's.
   */
  private static byte[] minimalWorkbook(String sheet, String workbookType, boolean deflate) {
    String type =
        workbookType.isEmpty()
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
            : workbookType;
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
            + " Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
            + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
            + " PartName=\"/xl/workbook.xml\" ContentType=\""
            + type
            + "\"/><Override PartName=\"/xl/worksheets/sheet1.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
    parts.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
            + " Id=\"rId1\""
            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
            + " Target=\"xl/workbook.xml\"/></Relationships>");
    parts.put(
        "xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet"
            + " name=\"数据\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.put(
        "xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
            + " Id=\"rId1\""
            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
            + " Target=\"worksheets/sheet1.xml\"/></Relationships>");
    parts.put("xl/worksheets/sheet1.xml", sheet);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      for (Map.Entry<String, String> part : parts.entrySet()) {
        byte[] content = part.getValue().getBytes(StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(part.getKey());
        entry.setTimeLocal(ZIP_TIME);
        if (!deflate) {
          CRC32 crc = new CRC32();
          crc.update(content);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(content.length);
          entry.setCompressedSize(content.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * A zip's entries and their inflated contents, by name: what two workbooks are compared by, as
   * the compressed bytes may differ between zlib versions and carry the time they were made.
   */
  static Map<String, String> zipContents(byte[] zip) {
    Map<String, String> entries = new TreeMap<>();
    try {
      // the central directory, not the local headers: POI's sizes are only in the former
      Path file = Files.createTempFile("corpus-", ".zip");
      try {
        Files.write(file, zip);
        try (ZipFile in = new ZipFile(file.toFile())) {
          for (ZipEntry entry : java.util.Collections.list(in.entries())) {
            try (InputStream content = in.getInputStream(entry)) {
              String text = new String(content.readAllBytes(), StandardCharsets.UTF_8);
              // the one part that says when the workbook was made
              entries.put(entry.getName(), CREATED.matcher(text).replaceAll(""));
            }
          }
        }
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
