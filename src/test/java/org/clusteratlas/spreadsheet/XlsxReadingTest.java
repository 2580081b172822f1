package org.clusteratlas.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReadingTest {

  @TempDir Path dir;

  @AfterEach
  void restorePoisJvmWideZipLimits() {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(0xFFFF_FFFFL);
  }

  private static List<SheetRow> rows(TableReader reader) {
    List<SheetRow> rows = new ArrayList<>();
    for (SheetRow row = reader.next(); row != null; row = reader.next()) {
      rows.add(row);
    }
    return rows;
  }

  private static void assertRefused(Path file, SheetLimits limits, String rule) {
    assertThatThrownBy(() -> SpreadsheetFiles.open(file, "上报.xlsx", limits).close())
        .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(rule));
  }

  /** A notes sheet first, then the data sheet "数据" as an enterprise would fill it in. */
  private Path reportWorkbook(XSSFWorkbookType type) throws IOException {
    Path file = dir.resolve("report." + type.getExtension());
    try (XSSFWorkbook workbook = new XSSFWorkbook(type)) {
      workbook.createSheet("填报说明").createRow(0).createCell(0).setCellValue("请填写第二个工作表");
      XSSFSheet data = workbook.createSheet("数据");
      Row header = data.createRow(0);
      String[] names = {"统一社会信用代码", " 企业名称 ", "营业收入", "两倍", "备注"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      Row first = data.createRow(1);
      first.createCell(0).setCellValue("91360100705512345X");
      first.createCell(1).setCellValue("江西铜业");
      first.createCell(2).setCellValue(1234.5);
      Cell formula = first.createCell(3);
      formula.setCellFormula("C2*2");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
      Row gap = data.createRow(2); // B and D left out
      gap.createCell(0).setCellValue(913601007055123456d);
      gap.createCell(2).setCellValue(-5);
      gap.createCell(4).setCellValue("有空格");
      Row blank = data.createRow(3);
      blank.createCell(0).setCellValue("");
      blank.createCell(1).setCellValue("  ");
      Row flags = data.createRow(4);
      flags.createCell(0).setCellValue(true);
      flags.createCell(1).setCellErrorValue(FormulaError.DIV0.getCode());
      data.createRow(6).createCell(2).setCellValue(7);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }

  @Test
  void a_header_below_blank_rows_is_found_and_its_row_number_is_the_one_excel_shows()
      throws IOException {
    Path file =
        MinimalXlsx.write(
            dir.resolve("low.xlsx"),
            MinimalXlsx.worksheet(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t> </t></is></c></row>"
                    + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>名称</t></is></c></row>"
                    + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>甲</t></is></c></row>"));
    try (TableReader reader = SpreadsheetFiles.open(file, "low.xlsx", SheetLimits.defaults())) {
      assertThat(reader.header()).containsExactly("名称");
      assertThat(reader.headerRow()).isEqualTo(3);
      assertThat(reader.next().number()).isEqualTo(4);
    }
  }

  @Test
  void the_preferred_sheet_is_read_with_excels_row_numbers_raw_numbers_and_formula_flags()
      throws IOException {
    Path file = reportWorkbook(XSSFWorkbookType.XLSX);
    try (TableReader reader = SpreadsheetFiles.open(file, "上报.xlsx", SheetLimits.defaults())) {
      assertThat(reader.format()).isEqualTo("xlsx");
      assertThat(reader.sheetName()).isEqualTo("数据");
      assertThat(reader.notices()).isEmpty();
      assertThat(reader.header()).containsExactly("统一社会信用代码", "企业名称", "营业收入", "两倍", "备注");
      assertThat(reader.headerRow()).isEqualTo(1);

      SheetRow first = reader.next();
      assertThat(first.number()).isEqualTo(2);
      // the cached value as POI saved it, not formatted as Excel would show it
      assertThat(first.cells()).containsExactly("91360100705512345X", "江西铜业", "1234.5", "2469.0");
      assertThat(first.isFormula(3)).isTrue();
      assertThat(first.isFormula(2)).isFalse();

      SheetRow gap = reader.next();
      assertThat(gap.number()).isEqualTo(3);
      // POI writes a double as Java prints it; the reader gives those digits unchanged
      assertThat(gap.cells()).containsExactly("9.1360100705512346E17", "", "-5.0", "", "有空格");
      assertThat(DecimalText.isExcelExponent(gap.cell(0))).isTrue();
      assertThat(gap.formulas().isEmpty()).isTrue();

      SheetRow flags = reader.next();
      assertThat(flags.number()).as("the blank row 4 is skipped").isEqualTo(5);
      assertThat(flags.cells()).containsExactly("TRUE", "#DIV/0!");

      SheetRow last = reader.next();
      assertThat(last.number()).isEqualTo(7);
      assertThat(last.cells()).containsExactly("", "", "7.0");

      assertThat(reader.next()).isNull();
      assertThat(reader.bytesRead()).isPositive().isEqualTo(reader.totalBytes());
    }
  }

  @Test
  void without_the_preferred_sheet_the_first_is_read_and_the_uploader_told() throws IOException {
    Path file = reportWorkbook(XSSFWorkbookType.XLSX);
    try (TableReader reader =
        SpreadsheetFiles.open(
            file, "上报.xlsx", SheetLimits.defaults().withPreferredSheet("Sheet9"))) {
      assertThat(reader.sheetName()).isEqualTo("填报说明");
      assertThat(reader.header()).containsExactly("请填写第二个工作表");
      assertThat(reader.notices())
          .extracting(SheetNotice::id)
          .containsExactly("file.sheet-substituted");
      assertThat(reader.notices().get(0).message(Locale.ENGLISH))
          .isEqualTo(
              "The workbook \"上报.xlsx\" has no sheet named \"Sheet9\"; its first sheet \"填报说明\""
                  + " was read");
    }
  }

  @Test
  void a_macro_enabled_workbook_is_read_and_its_macros_noted_as_not_run() throws IOException {
    Path file = reportWorkbook(XSSFWorkbookType.XLSM);
    try (TableReader reader = SpreadsheetFiles.open(file, "上报.xlsm", SheetLimits.defaults())) {
      assertThat(reader.notices()).extracting(SheetNotice::id).contains("file.macros-ignored");
      assertThat(reader.notices().get(0).message(Locale.SIMPLIFIED_CHINESE))
          .contains("上报.xlsm")
          .contains("宏未运行");
      assertThat(reader.next().number()).isEqualTo(2);
    }
  }

  @Test
  void external_links_are_noted_and_never_opened() throws IOException {
    Path file = reportWorkbook(XSSFWorkbookType.XLSX);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ_WRITE)) {
      PackagePart link =
          pkg.createPart(
              PackagingURIHelper.createPartName("/xl/externalLinks/externalLink1.xml"),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml");
      try (OutputStream out = link.getOutputStream()) {
        out.write(
            ("<externalLink xmlns=\"" + MinimalXlsx.MAIN + "\"><externalBook/></externalLink>")
                .getBytes(StandardCharsets.UTF_8));
      }
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
    try (TableReader reader = SpreadsheetFiles.open(file, "上报.xlsx", SheetLimits.defaults())) {
      assertThat(reader.notices())
          .extracting(SheetNotice::id)
          .containsExactly("file.external-links-ignored");
      assertThat(reader.next().cell(3)).isEqualTo("2469.0");
    }
  }

  @Test
  void inline_strings_cells_without_references_and_rich_text_are_read_as_written()
      throws IOException {
    Path file =
        MinimalXlsx.write(
            dir.resolve("a.xlsx"),
            MinimalXlsx.worksheet(
                "<row r=\"1\"><c t=\"inlineStr\"><is><t>名称</t></is></c>"
                    + "<c t=\"inlineStr\"><is><t>金额</t></is></c></row>"
                    + "<row><c t=\"inlineStr\"><is><r><t>江西</t></r><r><rPr><b/></rPr>"
                    + "<t xml:space=\"preserve\">铜业 </t></r><rPh><t>ジャン</t></rPh></is></c>"
                    + "<c t=\"str\"><f>\"1\"&amp;\"2\"</f><v>12</v></c>"
                    + "<c t=\"e\"><v>#N/A</v></c><c r=\"F2\" t=\"d\"><v>2025-12-31</v></c></row>"
                    + "<row r=\"9\"><c r=\"B9\"><f t=\"shared\" si=\"0\"/><v>1.5</v></c></row>"));
    try (TableReader reader = SpreadsheetFiles.open(file, "a.xlsx", SheetLimits.defaults())) {
      assertThat(reader.sheetName()).isEqualTo("Sheet1");
      assertThat(reader.header()).containsExactly("名称", "金额");
      SheetRow second = reader.next();
      assertThat(second.number()).isEqualTo(2);
      assertThat(second.cells()).containsExactly("江西铜业 ", "12", "#N/A", "", "", "2025-12-31");
      assertThat(second.isFormula(1)).isTrue();
      SheetRow ninth = reader.next();
      assertThat(ninth.number()).isEqualTo(9);
      assertThat(ninth.cells()).containsExactly("", "1.5");
      assertThat(ninth.isFormula(1)).as("a shared formula's cell").isTrue();
    }
  }

  @Test
  void a_document_type_declaration_with_entities_is_not_expanded() throws IOException {
    Path file =
        MinimalXlsx.write(
            dir.resolve("a.xlsx"),
            "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">"
                + "]><worksheet xmlns=\""
                + MinimalXlsx.MAIN
                + "\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                + "</sheetData></worksheet>");
    assertRefused(file, SheetLimits.defaults(), "file.xlsx-corrupt");
  }

  @Test
  void a_worksheet_that_inflates_by_a_bombs_ratio_is_refused_as_a_zip_bomb() throws IOException {
    // about 20 MB of blanks that deflate to some 20 KB: a ratio near 0.001, below 0.01
    String blanks = " ".repeat(1 << 16);
    Path file =
        MinimalXlsx.write(
            dir.resolve("bomb.xlsx"),
            out -> {
              out.write(
                  MinimalXlsx.worksheet(
                          "<row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c></row>")
                      .replace("</sheetData></worksheet>", ""));
              for (int i = 0; i < 320; i++) {
                out.write(blanks);
              }
              out.write("<row r=\"2\"><c><v>1</v></c></row></sheetData></worksheet>");
            });
    assertThat(Files.size(file)).isLessThan(200_000);
    try (TableReader reader = SpreadsheetFiles.open(file, "bomb.xlsx", SheetLimits.defaults())) {
      assertThatThrownBy(reader::next)
          .isInstanceOfSatisfying(
              RuleViolation.class,
              e -> {
                assertThat(e.rule()).isEqualTo("file.zip-bomb");
                assertThat(e.message(Locale.ENGLISH)).contains("bomb.xlsx").contains("zip bomb");
              });
      assertThat(reader.bytesRead()).isLessThan(1 << 20);
    }
  }

  @Test
  void a_workbook_inflating_past_the_byte_limit_is_refused_as_a_zip_bomb() throws IOException {
    StringBuilder rows = new StringBuilder();
    for (int r = 1; r <= 5_000; r++) {
      rows.append("<row r=\"").append(r).append("\"><c><v>").append(r).append("</v></c></row>");
    }
    Path file = MinimalXlsx.write(dir.resolve("a.xlsx"), MinimalXlsx.worksheet(rows.toString()));
    SheetLimits tight =
        SheetLimits.defaults().withMinInflateRatio(0).withMaxUncompressedBytes(50_000);
    assertThatThrownBy(
            () -> {
              try (TableReader reader = SpreadsheetFiles.open(file, "a.xlsx", tight)) {
                rows(reader);
              }
            })
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("file.zip-bomb"));
    try (TableReader reader = SpreadsheetFiles.open(file, "a.xlsx", SheetLimits.defaults())) {
      assertThat(rows(reader)).hasSize(4_999);
    }
  }

  @Test
  void the_byte_limit_counts_the_shared_strings_and_the_worksheet_together() throws IOException {
    Path file = dir.resolve("strings.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("数据");
      for (int r = 0; r < 2_000; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("江西某某有限公司" + r);
        row.createCell(1).setCellValue(r);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    long strings;
    long worksheet;
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      strings = zip.getEntry("xl/sharedStrings.xml").getSize();
      worksheet = zip.getEntry("xl/worksheets/sheet1.xml").getSize();
    }
    // each part alone passes POI's check of a single entry; both together exceed the limit
    SheetLimits limits =
        SheetLimits.defaults()
            .withMinInflateRatio(0)
            .withMaxUncompressedBytes(Math.max(strings, worksheet) + 1_000);
    assertThat(strings + worksheet).isGreaterThan(limits.maxUncompressedBytes());
    assertThatThrownBy(
            () -> {
              try (TableReader reader = SpreadsheetFiles.open(file, "strings.xlsx", limits)) {
                rows(reader);
              }
            })
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("file.zip-bomb"));
    SheetLimits enough = limits.withMaxUncompressedBytes(strings + worksheet + 1_000);
    try (TableReader reader = SpreadsheetFiles.open(file, "strings.xlsx", enough)) {
      List<SheetRow> rows = rows(reader);
      assertThat(rows).hasSize(1_999);
      assertThat(rows.get(1_998).cells()).containsExactly("江西某某有限公司1999", "1999.0");
    }
  }

  @Test
  void a_rows_formula_flags_cannot_be_changed_through_the_copy_it_hands_out() throws IOException {
    try (TableReader reader =
        SpreadsheetFiles.open(
            reportWorkbook(XSSFWorkbookType.XLSX), "上报.xlsx", SheetLimits.defaults())) {
      SheetRow row = reader.next();
      row.formulas().clear();
      assertThat(row.isFormula(3)).isTrue();
    }
  }

  @Test
  void too_many_rows_in_a_workbook_are_refused_when_reached() throws IOException {
    Path file = reportWorkbook(XSSFWorkbookType.XLSX);
    try (TableReader reader =
        SpreadsheetFiles.open(file, "上报.xlsx", SheetLimits.defaults().withMaxRows(2))) {
      reader.next();
      reader.next();
      assertThatThrownBy(reader::next)
          .isInstanceOfSatisfying(
              RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("file.too-many-rows"));
    }
  }

  @Test
  void a_damaged_zip_is_refused_as_a_corrupt_workbook() throws IOException {
    byte[] bytes = new byte[4096];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31 + 7);
    }
    bytes[0] = 'P';
    bytes[1] = 'K';
    bytes[2] = 3;
    bytes[3] = 4;
    assertRefused(
        Files.write(dir.resolve("a.xlsx"), bytes), SheetLimits.defaults(), "file.xlsx-corrupt");
  }

  @Test
  void a_workbook_cut_short_is_refused_as_corrupt() throws IOException {
    byte[] whole = Files.readAllBytes(reportWorkbook(XSSFWorkbookType.XLSX));
    byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
    assertRefused(
        Files.write(dir.resolve("half.xlsx"), half), SheetLimits.defaults(), "file.xlsx-corrupt");
  }

  @Test
  void a_zip_that_is_no_workbook_is_refused_as_corrupt() throws IOException {
    Path file = dir.resolve("a.zip");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertRefused(file, SheetLimits.defaults(), "file.xlsx-corrupt");
  }

  @Test
  void a_password_protected_workbook_is_refused_asking_for_the_password_to_be_removed()
      throws Exception {
    Path plain = reportWorkbook(XSSFWorkbookType.XLSX);
    Path encrypted = dir.resolve("locked.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        Files.copy(plain, out);
      }
      try (OutputStream out = Files.newOutputStream(encrypted)) {
        fs.writeFilesystem(out);
      }
    }
    assertRefused(encrypted, SheetLimits.defaults(), "file.xlsx-encrypted");
  }

  @Test
  void a_binary_workbook_is_refused_asking_for_xlsx() throws IOException {
    Path file =
        MinimalXlsx.write(
            dir.resolve("a.xlsb"),
            out -> out.write(MinimalXlsx.worksheet("")),
            "application/vnd.ms-excel.sheet.binary.macroEnabled.main");
    assertRefused(file, SheetLimits.defaults(), "file.xlsb-unsupported");
  }

  @Test
  void a_row_longer_than_any_excel_writes_is_refused_naming_the_row() throws IOException {
    // letters in no pattern, so that the part does not also look like a zip bomb
    java.util.Random random = new java.util.Random(7);
    StringBuilder huge = new StringBuilder();
    for (int i = 0; i < 1 << 20; i++) {
      huge.append((char) ('a' + random.nextInt(26)));
    }
    Path file =
        MinimalXlsx.write(
            dir.resolve("a.xlsx"),
            MinimalXlsx.worksheet(
                "<row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c></row>"
                    + "<row r=\"2\"><c t=\"inlineStr\"><is><t>b</t></is></c>"
                    + "<c t=\"inlineStr\"><is><t>"
                    + huge
                    + "</t></is></c></row>"));
    try (TableReader reader = SpreadsheetFiles.open(file, "a.xlsx", SheetLimits.defaults())) {
      assertThatThrownBy(reader::next)
          .isInstanceOfSatisfying(
              RuleViolation.class,
              e -> {
                assertThat(e.rule()).isEqualTo("file.row-too-long");
                assertThat(e.message(Locale.ENGLISH)).startsWith("Row 2 of the file \"a.xlsx\"");
              });
    }
  }

  @Test
  void an_empty_worksheet_is_refused_as_empty() throws IOException {
    Path file = MinimalXlsx.write(dir.resolve("a.xlsx"), MinimalXlsx.worksheet("<row r=\"1\"/>"));
    assertRefused(file, SheetLimits.defaults(), "file.empty");
  }
}
