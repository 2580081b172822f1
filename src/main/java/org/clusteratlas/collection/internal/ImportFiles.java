package org.clusteratlas.collection.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.collection.ImportReport;
import org.clusteratlas.collection.Problem;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.spreadsheet.Column;
import org.clusteratlas.spreadsheet.CsvTableWriter;
import org.clusteratlas.spreadsheet.TableWriter;
import org.clusteratlas.spreadsheet.XlsxTableWriter;
import org.clusteratlas.statistics.IndicatorDefinition;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The files an import hands out: the template to fill in and the list of an import's problems, each
 * as XLSX or CSV that Excel opens cleanly (the spreadsheet module's writers: BOM, codes as text,
 * formula-like cells neutralised).
 */
@Component
class ImportFiles {

  /** Lines of the template's instructions sheet, keys {@code imports.instructions.1…}. */
  private static final int INSTRUCTION_LINES = 9;

  private final MessageSource messages;

  ImportFiles(MessageSource messages) {
    this.messages = messages;
  }

  private static TableWriter writer(String format, OutputStream out) {
    return switch (format) {
      case "csv" -> CsvTableWriter.to(out);
      case "xlsx" -> XlsxTableWriter.to(out);
      default -> throw new RuleViolation("import.file-format", format);
    };
  }

  void writeTemplate(
      List<IndicatorDefinition> catalogue, String format, OutputStream out, Locale locale) {
    List<Column> columns = new ArrayList<>();
    for (String header : Layout.templateHeader(catalogue)) {
      boolean text =
          header.equals(Layout.CODE)
              || header.equals(Layout.NAME)
              || header.equals(Layout.EXPLANATION);
      columns.add(text ? Column.text(header) : Column.number(header));
    }
    try (TableWriter w = writer(format, out)) {
      // the data sheet comes first: a CSV has only it, and an import reads the sheet 数据
      w.sheet(Layout.DATA_SHEET, columns);
      if ("xlsx".equals(format)) {
        w.sheet(
            messages.getMessage("imports.instructions.sheet", null, locale),
            List.of(
                Column.text(messages.getMessage("imports.instructions.heading", null, locale))));
        for (int i = 1; i <= INSTRUCTION_LINES; i++) {
          w.row(messages.getMessage("imports.instructions." + i, null, locale));
        }
      }
    }
  }

  void writeProblems(ImportReport report, String format, OutputStream out, Locale locale) {
    List<Column> columns = new ArrayList<>();
    for (String key :
        List.of(
            "file",
            "sheet-name",
            "row",
            "column",
            "value",
            "rule",
            "tier",
            "message",
            "explanation")) {
      String name = messages.getMessage("imports.problem." + key, null, locale);
      columns.add("row".equals(key) ? Column.number(name) : Column.text(name));
    }
    try (TableWriter w = writer(format, out)) {
      w.sheet(messages.getMessage("imports.problem.sheet", null, locale), columns);
      for (Problem p : report.problems()) {
        w.row(
            report.file(),
            p.sheet(),
            p.row(),
            p.column(),
            p.value(),
            p.rule(),
            p.tier().id(),
            p.message(),
            p.explanation());
      }
    }
  }
}
