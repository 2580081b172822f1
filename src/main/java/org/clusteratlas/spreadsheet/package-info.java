/**
 * Spreadsheets: reading the tabular files that enterprises and bureaus upload, and writing files
 * that Excel opens cleanly. Generic infrastructure — it knows nothing of reports, credit codes or
 * the database; the modules that import or export data call it.
 *
 * <p>{@link org.clusteratlas.spreadsheet.SpreadsheetFiles#open SpreadsheetFiles.open} tells CSV
 * from XLSX by the content, not the name, finds a CSV file's character encoding (UTF-8, UTF-16,
 * GB18030) or refuses the file rather than guess, and streams the rows of either format with their
 * row numbers as Excel shows them. Workbooks are read in constant memory (apart from the
 * shared-strings table), never evaluate a formula, never run a macro nor follow an external link,
 * and are guarded against zip bombs. Every refusal is a {@link
 * org.clusteratlas.shared.RuleViolation} whose rule id starts with {@code file.}.
 *
 * <p>{@link org.clusteratlas.spreadsheet.DecimalText} reads a number as it is written in a cell —
 * full-width digits, thousands separators — exactly, and refuses what could be misread: an exponent
 * (an 18-digit code turned into {@code 9.13601E+17} by Excel), ambiguous separators, a dash that
 * stands for "nothing". Blank stays blank, never zero.
 *
 * <p>{@link org.clusteratlas.spreadsheet.CsvTableWriter} and {@link
 * org.clusteratlas.spreadsheet.XlsxTableWriter} write tables whose text cells cannot run as a
 * formula and whose codes stay text.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spreadsheets")
package org.clusteratlas.spreadsheet;
