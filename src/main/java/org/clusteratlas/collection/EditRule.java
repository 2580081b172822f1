package org.clusteratlas.collection;

import java.util.Locale;

/**
 * The catalogue of edit checks (审核规则), version {@value #CATALOGUE_VERSION}. Each rule has an id, a
 * tier, and says how it treats a missing (blank) value; its message, in Chinese and English, is in
 * the {@code i18n/rules} bundles under the id, with the raw value as {0}. Parsing faults of the
 * file itself ({@code file.*}) and of cells ({@code number.*}, {@code credit-code.*}) are hard.
 * Changing a rule's tier, bound or meaning makes a new catalogue version; each import records the
 * version it was checked under.
 */
public enum EditRule {
  // the file (the spreadsheet module's parsing faults) and its header
  FILE_EMPTY("file.empty", Tier.HARD, Missing.IS_THE_FAULT),
  FILE_TOO_LARGE("file.too-large", Tier.HARD, Missing.NOT_APPLICABLE),
  FILE_TOO_MANY_ROWS("file.too-many-rows", Tier.HARD, Missing.NOT_APPLICABLE),
  FILE_ENCODING_UNKNOWN("file.encoding-unknown", Tier.HARD, Missing.NOT_APPLICABLE),
  FILE_XLS_UNSUPPORTED("file.xls-unsupported", Tier.HARD, Missing.NOT_APPLICABLE),
  FILE_ZIP_BOMB("file.zip-bomb", Tier.HARD, Missing.NOT_APPLICABLE),
  FILE_XLSX_CORRUPT("file.xlsx-corrupt", Tier.HARD, Missing.NOT_APPLICABLE),
  FILE_XLSX_ENCRYPTED("file.xlsx-encrypted", Tier.HARD, Missing.NOT_APPLICABLE),
  FILE_XLSB_UNSUPPORTED("file.xlsb-unsupported", Tier.HARD, Missing.NOT_APPLICABLE),
  FILE_CSV_MALFORMED("file.csv-malformed", Tier.HARD, Missing.NOT_APPLICABLE),
  FILE_ROW_TOO_LONG("file.row-too-long", Tier.HARD, Missing.NOT_APPLICABLE),
  FILE_UNREADABLE("file.unreadable", Tier.HARD, Missing.NOT_APPLICABLE),
  HEADER_UNKNOWN_LAYOUT("header.unknown-layout", Tier.HARD, Missing.NOT_APPLICABLE),
  HEADER_MISSING_COLUMN("header.missing-column", Tier.HARD, Missing.NOT_APPLICABLE),
  HEADER_UNKNOWN_COLUMN("header.unknown-column", Tier.HARD, Missing.NOT_APPLICABLE),
  HEADER_DUPLICATE_COLUMN("header.duplicate-column", Tier.HARD, Missing.NOT_APPLICABLE),
  // cells
  CELL_FORMULA("cell.formula", Tier.HARD, Missing.NOT_APPLICABLE),
  CREDIT_CODE_MISSING("credit-code.missing", Tier.HARD, Missing.IS_THE_FAULT),
  CREDIT_CODE_EXCEL_EXPONENT("credit-code.excel-exponent", Tier.HARD, Missing.NOT_APPLICABLE),
  CREDIT_CODE_EXCEL_PRECISION("credit-code.excel-precision", Tier.HARD, Missing.NOT_APPLICABLE),
  CREDIT_CODE_LENGTH("credit-code.length", Tier.HARD, Missing.NOT_APPLICABLE),
  CREDIT_CODE_CHARACTER("credit-code.character", Tier.HARD, Missing.NOT_APPLICABLE),
  CREDIT_CODE_CHECK_CHARACTER("credit-code.check-character", Tier.HARD, Missing.NOT_APPLICABLE),
  PERIOD_MISSING("period.missing", Tier.HARD, Missing.IS_THE_FAULT),
  PERIOD_YEAR("period.year", Tier.HARD, Missing.NOT_APPLICABLE),
  PERIOD_MONTH("period.month", Tier.HARD, Missing.NOT_APPLICABLE),
  PERIOD_FUTURE("period.future", Tier.HARD, Missing.NOT_APPLICABLE),
  INDICATOR_UNKNOWN("indicator.unknown-in-file", Tier.HARD, Missing.IS_THE_FAULT),
  UNIT_MISMATCH("unit.mismatch", Tier.HARD, Missing.SKIPPED),
  NUMBER_EXPONENT("number.exponent", Tier.HARD, Missing.SKIPPED),
  NUMBER_AMBIGUOUS("number.ambiguous", Tier.HARD, Missing.SKIPPED),
  NUMBER_NOT_A_NUMBER("number.not-a-number", Tier.HARD, Missing.SKIPPED),
  NUMBER_DASH("number.dash", Tier.HARD, Missing.SKIPPED),
  NUMBER_SCALE("number.scale", Tier.HARD, Missing.SKIPPED),
  NUMBER_TOO_LONG("number.too-long", Tier.HARD, Missing.SKIPPED),
  ROW_EMPTY("row.no-values", Tier.HARD, Missing.IS_THE_FAULT),
  ROW_DUPLICATE("row.duplicate", Tier.HARD, Missing.NOT_APPLICABLE),
  // across data sets: 先进库后有数
  ENTERPRISE_NOT_REGISTERED("enterprise.not-registered", Tier.HARD, Missing.NOT_APPLICABLE),
  ENTERPRISE_NOT_IN_FRAME("enterprise.not-in-frame", Tier.HARD, Missing.NOT_APPLICABLE),
  ENTERPRISE_NAME_MISMATCH("enterprise.name-mismatch", Tier.VERIFY, Missing.SKIPPED),
  PERIOD_LOCKED("period.locked", Tier.HARD, Missing.NOT_APPLICABLE),
  // across fields and within a record
  REVENUE_REQUIRED("revenue.required", Tier.HARD, Missing.IS_THE_FAULT),
  VALUE_NEGATIVE("value.negative", Tier.HARD, Missing.SKIPPED),
  EXPORT_ABOVE_OUTPUT("export.above-output", Tier.HARD, Missing.SKIPPED),
  PROFIT_ABOVE_REVENUE("profit.above-revenue", Tier.QUASI_HARD, Missing.SKIPPED),
  // across periods
  YTD_DECREASE("ytd.decrease", Tier.QUASI_HARD, Missing.SKIPPED),
  UNIT_YUAN_SUSPECTED("unit.yuan-suspected", Tier.HARD, Missing.SKIPPED),
  YOY_BEYOND_BOUND("yoy.beyond-bound", Tier.VERIFY, Missing.SKIPPED),
  SAME_PERIOD_MISMATCH("same-period.mismatch", Tier.VERIFY, Missing.SKIPPED),
  // explanations of verify findings
  EXPLANATION_BOILERPLATE("explanation.boilerplate", Tier.VERIFY, Missing.NOT_APPLICABLE);

  public static final String CATALOGUE_VERSION = "2026.1";

  /**
   * {@code yoy.beyond-bound}: a change of more than this fraction against the same period last year
   * needs an explanation (50%).
   */
  public static final java.math.BigDecimal YOY_BOUND = new java.math.BigDecimal("0.50");

  /**
   * {@code unit.yuan-suspected}: a value at least this many times the firm's own history (the
   * previous month's year-to-date value, else the same period last year) is taken for yuan typed
   * where 万元 was asked: a firm's year-to-date figure does not grow 3,000-fold, and 元 to 万元 is
   * 10,000. Histories below {@link #YUAN_MIN_HISTORY} 万元 are too small to judge.
   */
  public static final java.math.BigDecimal YUAN_RATIO = new java.math.BigDecimal("3000");

  public static final java.math.BigDecimal YUAN_MIN_HISTORY = new java.math.BigDecimal("10");

  /**
   * {@code same-period.mismatch}: 上年同期 differing from what the firm reported for that period last
   * year by more than this fraction (5%) needs an explanation.
   */
  public static final java.math.BigDecimal SAME_PERIOD_TOLERANCE = new java.math.BigDecimal("0.05");

  /** How a rule treats a blank (missing) value, which is never taken for zero. */
  public enum Missing {
    /** The rule is about the file or a cell's form, not a value. */
    NOT_APPLICABLE,
    /** A blank is what the rule refuses. */
    IS_THE_FAULT,
    /** If a value the rule compares is blank, the rule does not apply. */
    SKIPPED
  }

  private final String id;
  private final Tier tier;
  private final Missing missing;

  EditRule(String id, Tier tier, Missing missing) {
    this.id = id;
    this.tier = tier;
    this.missing = missing;
  }

  public String id() {
    return id;
  }

  public Tier tier() {
    return tier;
  }

  public Missing missing() {
    return missing;
  }

  /** The rule with this id, if the catalogue has it. */
  public static java.util.Optional<EditRule> byId(String id) {
    for (EditRule rule : values()) {
      if (rule.id.equals(id)) {
        return java.util.Optional.of(rule);
      }
    }
    return java.util.Optional.empty();
  }

  public String missingId() {
    return missing.name().toLowerCase(Locale.ROOT);
  }
}
