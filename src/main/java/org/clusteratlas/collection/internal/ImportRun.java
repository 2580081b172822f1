package org.clusteratlas.collection.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.clusteratlas.collection.EditRule;
import org.clusteratlas.collection.ExplanationQuality;
import org.clusteratlas.collection.ImportCounts;
import org.clusteratlas.collection.ImportReport;
import org.clusteratlas.collection.ImportRequest;
import org.clusteratlas.collection.ImportStatus;
import org.clusteratlas.collection.Tier;
import org.clusteratlas.enterprise.CreditCode;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.spreadsheet.DecimalText;
import org.clusteratlas.spreadsheet.SheetNotice;
import org.clusteratlas.spreadsheet.SheetRow;
import org.clusteratlas.spreadsheet.SpreadsheetFiles;
import org.clusteratlas.spreadsheet.TableReader;
import org.clusteratlas.statistics.IndicatorCode;
import org.clusteratlas.statistics.IndicatorDefinition;
import org.clusteratlas.statistics.ReportWriter;
import org.clusteratlas.statistics.StoredReport;

/**
 * One import, start to end. Rows are read once: each is parsed and checked, its values classified
 * against the stored reports (new, revised, unchanged) and new ones streamed into the database at
 * once, so that PostgreSQL stores while the next rows are parsed. Checks across rows and periods
 * follow the read. Everything happens in one transaction, which commits only if the file passes: a
 * hard problem, an unexplained verify finding, a crash or a kill leaves nothing of the file.
 */
final class ImportRun {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportRun.class);

  private static final ZoneId PROVINCE_TIME = ZoneId.of("Asia/Shanghai");
  private static final int PROGRESS_EVERY = 5_000;
  private static final int MAX_INTEGER_DIGITS = 14;

  /** The spreadsheet module's parsing faults that are about one row, which they name. */
  private static final List<String> ROW_FAULTS = List.of("file.csv-malformed", "file.row-too-long");

  private final ImportEnvironment env;
  private final ImportRequest request;
  private final long id;
  private final Consumer<Progress> progress;
  private final List<IndicatorDefinition> catalogue;
  private final short[] indicatorIndex;
  private final Map<String, IndicatorDefinition> indicatorsByCode = new HashMap<>();
  private final Instant now;
  private final LocalDate today;

  private Registers registers;
  private final Map<Integer, BitSet> frames = new HashMap<>();
  private final Map<ReportingPeriod, java.util.function.Predicate<String>> locks = new HashMap<>();
  private final Map<ReportingPeriod, Boolean> lateness = new HashMap<>();
  private final TreeMap<ReportingPeriod, PeriodSlice> slices = new TreeMap<>();
  private final Map<ReportingPeriod, java.util.concurrent.CompletableFuture<Void>> loading =
      new HashMap<>();
  private boolean separateReads;
  private final Map<Integer, String> explanations = new HashMap<>();
  private final Map<String, Integer> wholeNumbers = new HashMap<>();

  private Layout layout;
  private List<SheetNotice> notices = List.of();
  private String sheet = "";
  private final List<Finding> findings = new ArrayList<>();
  private long problemsTotal;
  private final BitSet rowsWithProblems = new BitSet();
  private long hard;
  private long unexplained;
  private long read;
  private long inserted;
  private long updated;
  private long unchanged;
  private long late;
  private ReportWriter writer;

  /** What the import has reached, for progress bars and lines. */
  record Progress(String phase, long rowsRead, long bytesRead, long totalBytes) {}

  /** The outcome and the findings to keep. */
  record Outcome(
      ImportStatus status,
      ImportCounts counts,
      long problemsTotal,
      List<Finding> findings,
      Long dataVersion,
      String format,
      String encoding,
      List<SheetNotice> notices) {}

  ImportRun(ImportEnvironment env, ImportRequest request, long id, Consumer<Progress> progress) {
    this.env = env;
    this.request = request;
    this.id = id;
    this.progress = progress;
    this.catalogue = env.reports().catalogue();
    int maxId = catalogue.stream().mapToInt(IndicatorDefinition::id).max().orElse(0);
    this.indicatorIndex = new short[maxId + 1];
    java.util.Arrays.fill(indicatorIndex, (short) -1);
    for (int i = 0; i < catalogue.size(); i++) {
      indicatorIndex[catalogue.get(i).id()] = (short) i;
      indicatorsByCode.put(catalogue.get(i).code().value(), catalogue.get(i));
    }
    this.now = env.clock().instant();
    this.today = LocalDate.ofInstant(now, PROVINCE_TIME);
  }

  /**
   * Runs the import. The data and the batch's outcome commit together if the file is applied;
   * otherwise the data roll back and the caller records the outcome.
   */
  Outcome run() {
    String format = null;
    String encoding = null;
    try (TableReader reader =
        SpreadsheetFiles.open(request.file(), request.fileName(), env.limits())) {
      format = reader.format();
      encoding = reader.encoding();
      sheet = reader.sheetName();
      notices = reader.notices();
      Layout.Recognised recognised = Layout.recognise(reader.header(), catalogue);
      if (recognised.layout() == null) {
        for (Layout.HeaderProblem p : recognised.problems()) {
          add(headerFinding(p.rule(), p.column(), reader.headerRow()));
        }
        return outcome(null, format, encoding);
      }
      layout = recognised.layout();
      String fileFormat = format;
      String fileEncoding = encoding;
      // inside a caller's transaction (a test's) only that connection sees the caller's data
      separateReads = !env.inCallersTransaction();
      return env.transactions()
          .execute(
              status -> {
                env.lockImports();
                registers = env.registers();
                writer =
                    env.reports()
                        .openWriter(
                            request.actor(),
                            "import",
                            "导入 #" + id + " " + request.fileName(),
                            request.reason() != null
                                ? request.reason()
                                : "导入文件 " + request.fileName() + " / import of the file");
                long started = System.nanoTime();
                readRows(reader);
                long readDone = System.nanoTime();
                progress.accept(
                    new Progress("checking", read, reader.totalBytes(), reader.totalBytes()));
                checkAcrossRowsAndPeriods();
                long checked = System.nanoTime();
                Long version = null;
                if (hard == 0 && unexplained == 0) {
                  progress.accept(
                      new Progress("writing", read, reader.totalBytes(), reader.totalBytes()));
                  version = writer.finish().isPresent() ? writer.version() : null;
                  Outcome outcome = outcome(version, fileFormat, fileEncoding);
                  env.log().finishApplied(id, outcome, registers);
                  log.debug(
                      "import #{}: read {} ms, checks across rows {} ms, writing {} ms",
                      id,
                      (readDone - started) / 1_000_000,
                      (checked - readDone) / 1_000_000,
                      (System.nanoTime() - checked) / 1_000_000);
                  return outcome;
                }
                status.setRollbackOnly();
                return outcome(null, fileFormat, fileEncoding);
              });
    } catch (RuleViolation e) {
      if (e.rule().startsWith("file.")) {
        add(fileFinding(e));
        return outcome(null, format, encoding);
      }
      throw e;
    }
  }

  private Finding fileFinding(RuleViolation e) {
    return new Finding(
        e.rule(),
        Tier.HARD,
        sheet,
        rowOf(e),
        "",
        e.rejectedValue(),
        e.argumentsAsText(),
        0,
        0,
        0,
        null,
        null,
        false);
  }

  /**
   * The row a parsing fault is in, for the faults of one row (its number is their first argument
   * after the file's name); 0, the file as a whole, for the others.
   */
  private static int rowOf(RuleViolation e) {
    if (!ROW_FAULTS.contains(e.rule()) || e.argumentsAsText().length == 0) {
      return 0;
    }
    try {
      return Integer.parseInt(e.argumentsAsText()[0]);
    } catch (NumberFormatException notARow) {
      return 0;
    }
  }

  private Outcome outcome(Long version, String format, String encoding) {
    boolean applied = hard == 0 && unexplained == 0 && layout != null;
    ImportStatus status =
        applied
            ? ImportStatus.APPLIED
            : hard > 0 || layout == null ? ImportStatus.REFUSED : ImportStatus.NEEDS_EXPLANATION;
    ImportCounts counts =
        applied
            ? new ImportCounts(
                read, inserted, updated, unchanged, 0, rowsWithProblems.cardinality(), late)
            : new ImportCounts(read, 0, 0, 0, read, rowsWithProblems.cardinality(), 0);
    return new Outcome(status, counts, problemsTotal, findings, version, format, encoding, notices);
  }

  // --- rows ------------------------------------------------------------------------------------

  private void readRows(TableReader reader) {
    SheetRow row;
    while ((row = reader.next()) != null) {
      read++;
      readRow(row);
      if (read % PROGRESS_EVERY == 0) {
        progress.accept(new Progress("reading", read, reader.bytesRead(), reader.totalBytes()));
      }
    }
  }

  /** A value of the row for one indicator, parsed. */
  private record Cell(
      IndicatorDefinition indicator, BigDecimal value, BigDecimal same, String explanation) {}

  private void readRow(SheetRow row) {
    int r = row.number();
    long hardBefore = hard;
    for (int c = 0; c < row.cells().size(); c++) {
      if (row.isFormula(c)) {
        add(rowFinding("cell.formula", r, c, row.cell(c)));
      }
    }
    boolean template = Layout.TEMPLATE.equals(layout.kind);
    int codeColumn = layout.column(template ? Layout.CODE : "credit_code");
    Registers.Firm firm = firm(row, codeColumn);
    ReportingPeriod period =
        period(
            row,
            layout.column(template ? Layout.YEAR : "year"),
            layout.column(template ? Layout.MONTH : "month"));
    int explanationColumn = layout.column(template ? Layout.EXPLANATION : "explanation");
    String explanation = explanationColumn < 0 ? null : blankToNull(row.cell(explanationColumn));
    if (explanation != null) {
      explanations.put(r, explanation);
    }
    List<Cell> cells = new ArrayList<>();
    if (template) {
      readTemplateValues(row, cells, explanation);
    } else {
      readReportsValue(row, cells, explanation);
    }
    if (firm != null && period != null) {
      checkEnterpriseAndPeriod(row, firm, period, codeColumn);
    }
    if (hard > hardBefore || firm == null || period == null) {
      return;
    }
    classify(r, firm, period, cells, explanation);
  }

  private void readTemplateValues(SheetRow row, List<Cell> cells, String explanation) {
    int r = row.number();
    boolean any = false;
    for (IndicatorDefinition d : catalogue) {
      int[] columns = layout.indicatorColumns.get(d.id());
      if (columns == null) {
        continue;
      }
      String rawValue = columns[0] < 0 ? "" : row.cell(columns[0]);
      String rawSame = columns[1] < 0 ? "" : row.cell(columns[1]);
      BigDecimal value = number(r, columns[0], rawValue, d);
      BigDecimal same = number(r, columns[1], rawSame, d);
      boolean blank = rawValue.isBlank() && rawSame.isBlank();
      if (d.code().equals(IndicatorCode.REVENUE) && rawValue.isBlank()) {
        add(rowFinding("revenue.required", r, columns[0], rawValue, Layout.valueHeader(d)));
      }
      if (!blank) {
        any = true;
        negative(r, columns[0], rawValue, value, d);
        negative(r, columns[1], rawSame, same, d);
        cells.add(new Cell(d, value, same, explanation));
      }
    }
    if (!any) {
      add(rowFinding("row.no-values", r, -1, ""));
    }
  }

  private void readReportsValue(SheetRow row, List<Cell> cells, String explanation) {
    int r = row.number();
    int indicatorColumn = layout.column("indicator");
    String code = row.cell(indicatorColumn).strip();
    IndicatorDefinition d = indicatorsByCode.get(code);
    if (d == null) {
      add(
          rowFinding(
              "indicator.unknown-in-file",
              r,
              indicatorColumn,
              code,
              String.join(", ", indicatorsByCode.keySet().stream().sorted().toList())));
      return;
    }
    int unitColumn = layout.column("unit");
    if (unitColumn >= 0) {
      String unit = row.cell(unitColumn).strip();
      if (!unit.isEmpty() && !unit.equals(d.unit())) {
        add(rowFinding("unit.mismatch", r, unitColumn, unit, d.unit(), d.nameZh()));
      }
    }
    int valueColumn = layout.column("value");
    int sameColumn = layout.column("same_period_last_year");
    String rawValue = row.cell(valueColumn);
    String rawSame = row.cell(sameColumn);
    BigDecimal value = number(r, valueColumn, rawValue, d);
    BigDecimal same = number(r, sameColumn, rawSame, d);
    if (rawValue.isBlank() && rawSame.isBlank()) {
      add(rowFinding("row.no-values", r, valueColumn, ""));
      return;
    }
    negative(r, valueColumn, rawValue, value, d);
    negative(r, sameColumn, rawSame, same, d);
    cells.add(new Cell(d, value, same, explanation));
  }

  private BigDecimal number(int r, int column, String raw, IndicatorDefinition d) {
    if (column < 0 || raw.isBlank()) {
      return null;
    }
    int scale = "人".equals(d.unit()) ? 0 : 2;
    DecimalText.Parsed parsed = DecimalText.parse(raw, scale, MAX_INTEGER_DIGITS);
    if (parsed.rule() != null) {
      add(
          rowFinding(
              parsed.rule(), r, column, raw, (Object[]) parsed.violation().argumentsAsText()));
      return null;
    }
    return parsed.value();
  }

  private void negative(int r, int column, String raw, BigDecimal v, IndicatorDefinition d) {
    if (v != null && v.signum() < 0 && !d.mayBeNegative()) {
      // the value as written (-7700), not as parsed to the unit's scale (-7700.00)
      add(rowFinding("value.negative", r, column, raw.strip(), d.nameZh()));
    }
  }

  private Registers.Firm firm(SheetRow row, int column) {
    int r = row.number();
    String raw = row.cell(column).strip();
    if (raw.isEmpty()) {
      add(rowFinding("credit-code.missing", r, column, raw));
      return null;
    }
    Registers.Firm known = registers.firm(raw);
    if (known != null) {
      return known; // a registered code was checked when it was registered
    }
    CreditCode code;
    try {
      code = new CreditCode(raw.toUpperCase(java.util.Locale.ROOT));
    } catch (RuleViolation e) {
      // only an invalid code is taken for Excel's work: a valid one may hold an E between digits
      if (DecimalText.isExcelExponent(raw)) {
        add(rowFinding("credit-code.excel-exponent", r, column, raw));
      } else if (raw.matches("\\d{18}") && raw.endsWith("000")) {
        // Excel keeps 15 significant digits: an 18-digit code typed as a number ends in zeros
        add(rowFinding("credit-code.excel-precision", r, column, raw));
      } else {
        add(rowFinding(e.rule(), r, column, raw, (Object[]) e.argumentsAsText()));
      }
      return null;
    }
    Registers.Firm firm = registers.firm(code.value());
    if (firm == null) {
      add(rowFinding("enterprise.not-registered", r, column, raw));
    }
    return firm;
  }

  private ReportingPeriod period(SheetRow row, int yearColumn, int monthColumn) {
    int r = row.number();
    String y = row.cell(yearColumn).strip();
    String m = row.cell(monthColumn).strip();
    if (y.isEmpty() || m.isEmpty()) {
      int column = y.isEmpty() ? yearColumn : monthColumn;
      add(rowFinding("period.missing", r, column, ""));
      return null;
    }
    Integer year = wholeNumber(y);
    Integer month = wholeNumber(m);
    if (year == null || year < ReportingPeriod.FIRST_YEAR || year > ReportingPeriod.LAST_YEAR) {
      add(
          rowFinding(
              "period.year",
              r,
              yearColumn,
              y,
              ReportingPeriod.FIRST_YEAR,
              ReportingPeriod.LAST_YEAR));
      return null;
    }
    if (month == null || month < 1 || month > 12) {
      add(rowFinding("period.month", r, monthColumn, m));
      return null;
    }
    ReportingPeriod p = new ReportingPeriod(year, month);
    if (!p.endDate().isBefore(today)) {
      add(rowFinding("period.future", r, monthColumn, p.toString(), today.toString()));
      return null;
    }
    return p;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** A year or month as written, full-width digits too; null if it is not a whole number. */
  private Integer wholeNumber(String raw) {
    // years and months repeat on every row: parse each form once
    return wholeNumbers.computeIfAbsent(
        raw,
        r -> {
          DecimalText.Parsed parsed = DecimalText.parse(r, 0, 4);
          return parsed.isRefused() || parsed.isBlank() ? null : parsed.value().intValueExact();
        });
  }

  private void checkEnterpriseAndPeriod(
      SheetRow row, Registers.Firm firm, ReportingPeriod p, int codeColumn) {
    int r = row.number();
    BitSet frame = frames.computeIfAbsent(p.year(), y -> query(() -> env.enterprises().frame(y)));
    if (!frame.get(firm.id())) {
      add(rowFinding("enterprise.not-in-frame", r, codeColumn, firm.code(), p.year()));
    }
    boolean locked =
        locks
            .computeIfAbsent(p, k -> query(() -> env.periods().lockedRegions(k)))
            .test(firm.region());
    if (locked) {
      add(rowFinding("period.locked", r, codeColumn, p.toString(), firm.region()));
    }
    int nameColumn = layout.column(Layout.NAME);
    if (Layout.TEMPLATE.equals(layout.kind) && nameColumn >= 0) {
      String name = row.cell(nameColumn).strip();
      if (!name.isEmpty() && !name.equals(firm.name())) {
        add(about("enterprise.name-mismatch", r, nameColumn, name, firm, p, firm.name()));
      }
    }
  }

  /**
   * A lookup in the database. On the import's own connection the inserts' COPY must pause for it (a
   * connection in COPY answers nothing else), so where it can, it runs on a connection of its own.
   * Lookups are cached: this happens a few times per period.
   */
  private <T> T query(java.util.function.Supplier<T> lookup) {
    if (separateReads) {
      return env.onOwnConnection(lookup);
    }
    writer.pause();
    return lookup.get();
  }

  // --- classification and writing ---------------------------------------------------------------

  private PeriodSlice slice(ReportingPeriod p) {
    return slices.computeIfAbsent(p, k -> new PeriodSlice(k, registers.size() * catalogue.size()));
  }

  private PeriodSlice stored(ReportingPeriod p) {
    PeriodSlice s = slice(p);
    if (separateReads) {
      load(p).join();
    } else if (!s.storedLoaded()) {
      env.readStored(writer, p, fill(s));
    }
    return s;
  }

  /**
   * Starts reading a period's stored reports on a connection of their own, once: while the import's
   * connection streams inserts, PostgreSQL answers this on another core. The stored state is what
   * was committed before the import, which is what it is compared with.
   */
  private java.util.concurrent.CompletableFuture<Void> load(ReportingPeriod p) {
    return loading.computeIfAbsent(
        p,
        k -> {
          PeriodSlice s = slice(k);
          return java.util.concurrent.CompletableFuture.runAsync(
              () -> env.readStoredSeparately(k, fill(s)), env.prefetcher());
        });
  }

  /** Loads, ahead of need, the periods the checks of period {@code p} will compare with. */
  private void prefetchAround(ReportingPeriod p) {
    if (!separateReads) {
      return;
    }
    if (p.month() > 1) {
      load(new ReportingPeriod(p.year(), p.month() - 1));
    }
    if (p.month() < 12) {
      load(new ReportingPeriod(p.year(), p.month() + 1));
    }
    if (p.year() > ReportingPeriod.FIRST_YEAR) {
      load(p.sameMonthLastYear());
    }
  }

  private java.util.function.Consumer<StoredReport> fill(PeriodSlice s) {
    s.initStored();
    int n = catalogue.size();
    return stored -> {
      int idx = registers.index(stored.enterpriseId());
      short ind = indicatorIndex[stored.indicatorId()];
      if (idx >= 0 && ind >= 0) {
        int slot = idx * n + ind;
        s.storedValue[slot] = PeriodSlice.cents(stored.value());
        s.storedSame[slot] = PeriodSlice.cents(stored.samePeriodLastYear());
        s.storedVersion[slot] = stored.version();
      }
    };
  }

  private void classify(
      int r, Registers.Firm firm, ReportingPeriod p, List<Cell> cells, String explanation) {
    PeriodSlice s = stored(p);
    if (!s.hasFile()) {
      prefetchAround(p);
    }
    s.initFile();
    boolean anyInsert = false;
    boolean anyRevise = false;
    boolean isLate = lateness.computeIfAbsent(p, k -> query(() -> env.periods().late(k, now)));
    for (Cell c : cells) {
      int slot = firm.index() * catalogue.size() + indicatorIndex[c.indicator().id()];
      if (s.fileRow[slot] != 0) {
        add(
            rowFinding(
                "row.duplicate",
                r,
                layout.column(Layout.TEMPLATE.equals(layout.kind) ? Layout.CODE : "credit_code"),
                firm.code(),
                s.fileRow[slot],
                c.indicator().nameZh(),
                p.toString()));
        continue;
      }
      long value = PeriodSlice.cents(c.value());
      long same = PeriodSlice.cents(c.same());
      s.fileRow[slot] = r;
      s.fileValue[slot] = value;
      s.fileSame[slot] = same;
      if (s.storedVersion[slot] < 0) {
        s.fileState[slot] = PeriodSlice.INSERT;
        anyInsert = true;
        if (hard == 0) {
          writer.insert(firm.id(), p, c.indicator().id(), c.value(), c.same(), isLate);
        }
      } else if (s.storedValue[slot] == value && s.storedSame[slot] == same) {
        s.fileState[slot] = PeriodSlice.UNCHANGED;
      } else {
        s.fileState[slot] = PeriodSlice.REVISE;
        anyRevise = true;
        if (hard == 0) {
          writer.revise(
              firm.id(),
              p,
              c.indicator().id(),
              new StoredReport(
                  firm.id(),
                  c.indicator().id(),
                  PeriodSlice.decimal(s.storedValue[slot]),
                  PeriodSlice.decimal(s.storedSame[slot]),
                  s.storedVersion[slot]),
              c.value(),
              c.same(),
              isLate,
              explanation);
        }
      }
    }
    if (anyRevise) {
      updated++;
    } else if (anyInsert) {
      inserted++;
    } else {
      unchanged++;
    }
    if (isLate && (anyRevise || anyInsert)) {
      late++;
    }
  }

  // --- checks across rows and periods ------------------------------------------------------------

  private static final List<IndicatorCode> CUMULATIVE =
      List.of(
          IndicatorCode.REVENUE,
          IndicatorCode.OUTPUT,
          IndicatorCode.EXPORT_DELIVERY,
          IndicatorCode.RD_EXPENDITURE);
  private boolean[] cumulative;
  private boolean[] growthChecked;
  private static final List<IndicatorCode> GROWTH_CHECKED =
      List.of(IndicatorCode.REVENUE, IndicatorCode.OUTPUT);

  private void checkAcrossRowsAndPeriods() {
    int n = catalogue.size();
    cumulative = new boolean[n];
    growthChecked = new boolean[n];
    for (int i = 0; i < n; i++) {
      cumulative[i] = CUMULATIVE.contains(catalogue.get(i).code());
      growthChecked[i] = GROWTH_CHECKED.contains(catalogue.get(i).code());
    }
    int profit = indexOf(IndicatorCode.PROFIT);
    int export = indexOf(IndicatorCode.EXPORT_DELIVERY);
    for (PeriodSlice s : List.copyOf(slices.values())) {
      if (!s.hasFile()) {
        continue;
      }
      ReportingPeriod p = s.period;
      PeriodSlice previous =
          p.month() > 1 ? stored(new ReportingPeriod(p.year(), p.month() - 1)) : null;
      PeriodSlice next =
          p.month() < 12 ? stored(new ReportingPeriod(p.year(), p.month() + 1)) : null;
      PeriodSlice lastYear =
          p.year() > ReportingPeriod.FIRST_YEAR ? stored(p.sameMonthLastYear()) : null;
      for (int slot = 0; slot < s.fileRow.length; slot++) {
        byte state = s.fileState[slot];
        if (state != PeriodSlice.INSERT && state != PeriodSlice.REVISE) {
          continue;
        }
        IndicatorDefinition d = catalogue.get(slot % n);
        Registers.Firm firm = registers.firmAt(slot / n);
        int r = s.fileRow[slot];
        long value = s.fileValue[slot];
        long same = s.fileSame[slot];
        if (cumulative[slot % n]) {
          long before = previous == null ? PeriodSlice.NONE : previous.value(slot);
          long after = next == null ? PeriodSlice.NONE : next.value(slot);
          if (PeriodSlice.present(before) && PeriodSlice.present(value) && value < before) {
            add(
                periodFinding(
                    "ytd.decrease", r, d, false, value, firm, p, amount(before, d), p.month() - 1));
          } else if (PeriodSlice.present(after)
              && PeriodSlice.present(value)
              && after < value
              && next.fileRow[slot] == 0) {
            add(
                periodFinding(
                    "ytd.decrease", r, d, false, value, firm, p, amount(after, d), p.month() + 1));
          }
        }
        long history = lastYear == null ? PeriodSlice.NONE : lastYear.value(slot);
        if (cumulative[slot % n]) {
          long before = previous == null ? PeriodSlice.NONE : previous.value(slot);
          for (long reference : new long[] {before, same, history}) {
            if (yuanSuspected(value, reference)) {
              add(
                  periodFinding(
                      "unit.yuan-suspected",
                      r,
                      d,
                      false,
                      value,
                      firm,
                      p,
                      amount(reference, d),
                      EditRule.YUAN_RATIO));
              break;
            }
          }
          if (yuanSuspected(same, history)) {
            add(
                periodFinding(
                    "unit.yuan-suspected",
                    r,
                    d,
                    true,
                    same,
                    firm,
                    p,
                    amount(history, d),
                    EditRule.YUAN_RATIO));
          }
        }
        if (growthChecked[slot % n]
            && PeriodSlice.present(value)
            && PeriodSlice.present(same)
            && same > 0) {
          BigDecimal growth =
              BigDecimal.valueOf(value)
                  .divide(BigDecimal.valueOf(same), 4, java.math.RoundingMode.HALF_EVEN)
                  .subtract(BigDecimal.ONE);
          if (growth.abs().compareTo(EditRule.YOY_BOUND) > 0) {
            add(
                periodFinding(
                    "yoy.beyond-bound",
                    r,
                    d,
                    false,
                    value,
                    firm,
                    p,
                    growth
                        .movePointRight(2)
                        .setScale(1, java.math.RoundingMode.HALF_EVEN)
                        .toPlainString(),
                    EditRule.YOY_BOUND.movePointRight(2).stripTrailingZeros().toPlainString()));
          }
        }
        if (PeriodSlice.present(same) && PeriodSlice.present(history) && history != 0) {
          BigDecimal gap =
              BigDecimal.valueOf(Math.abs(same - history))
                  .divide(
                      BigDecimal.valueOf(Math.abs(history)), 4, java.math.RoundingMode.HALF_EVEN);
          if (gap.compareTo(EditRule.SAME_PERIOD_TOLERANCE) > 0) {
            add(
                periodFinding(
                    "same-period.mismatch",
                    r,
                    d,
                    true,
                    same,
                    firm,
                    p,
                    amount(history, d),
                    p.sameMonthLastYear().toString()));
          }
        }
        if (slot % n == profit) {
          long revenue = s.value(firm.index() * n + indexOf(IndicatorCode.REVENUE));
          if (PeriodSlice.present(value) && PeriodSlice.present(revenue) && value > revenue) {
            add(
                periodFinding(
                    "profit.above-revenue", r, d, false, value, firm, p, amount(revenue, d), null));
          }
        }
        if (slot % n == export) {
          long output = s.value(firm.index() * n + indexOf(IndicatorCode.OUTPUT));
          if (PeriodSlice.present(value) && PeriodSlice.present(output) && value > output) {
            add(
                periodFinding(
                    "export.above-output", r, d, false, value, firm, p, amount(output, d), null));
          }
        }
      }
    }
  }

  private static boolean yuanSuspected(long value, long reference) {
    return PeriodSlice.present(value)
        && PeriodSlice.present(reference)
        && reference >= EditRule.YUAN_MIN_HISTORY.movePointRight(2).longValueExact()
        && BigDecimal.valueOf(value)
                .compareTo(BigDecimal.valueOf(reference).multiply(EditRule.YUAN_RATIO))
            >= 0;
  }

  private int indexOf(IndicatorCode code) {
    for (int i = 0; i < catalogue.size(); i++) {
      if (catalogue.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  /** A stored or compared amount as a message shows it: with the indicator's unit. */
  private static String amount(long cents, IndicatorDefinition d) {
    return amount(cents) + d.unit();
  }

  private static String amount(long cents) {
    BigDecimal d = PeriodSlice.decimal(cents);
    return d == null ? "" : d.stripTrailingZeros().toPlainString();
  }

  // --- findings ----------------------------------------------------------------------------------

  private int column(IndicatorDefinition d, boolean samePeriod) {
    if (Layout.TEMPLATE.equals(layout.kind)) {
      int[] columns = layout.indicatorColumns.get(d.id());
      return columns == null ? -1 : columns[samePeriod ? 1 : 0];
    }
    return layout.column(samePeriod ? "same_period_last_year" : "value");
  }

  private Finding rowFinding(String rule, int r, int column, String raw, Object... args) {
    EditRule known = EditRule.byId(rule).orElseThrow(() -> new IllegalStateException(rule));
    return new Finding(
        rule,
        known.tier(),
        sheet,
        r,
        layout == null ? "" : layout.headerOf(column),
        raw,
        text(args),
        0,
        0,
        0,
        null,
        null,
        false);
  }

  private Finding headerFinding(String rule, String column, int headerRow) {
    // an unknown layout is about the header row as a whole: no one column of it is at fault
    String where = "header.unknown-layout".equals(rule) ? "" : column;
    return new Finding(
        rule,
        Tier.HARD,
        sheet,
        headerRow,
        where,
        column,
        new String[0],
        0,
        0,
        0,
        null,
        null,
        false);
  }

  /**
   * A finding about one value of a registered firm for a period; verify ones carry the row's
   * explanation.
   */
  private Finding about(
      String rule,
      int r,
      int column,
      String raw,
      Registers.Firm firm,
      ReportingPeriod p,
      Object... args) {
    EditRule known = EditRule.byId(rule).orElseThrow(() -> new IllegalStateException(rule));
    String explanation = known.tier() == Tier.VERIFY ? explanationOf(r) : null;
    return new Finding(
        rule,
        known.tier(),
        sheet,
        r,
        layout.headerOf(column),
        raw,
        text(args),
        firm.id(),
        p.year(),
        p.month(),
        firm.region(),
        explanation,
        ExplanationQuality.acceptable(explanation));
  }

  /** A finding about an indicator's value ({@code samePeriod}: its same period last year). */
  private Finding periodFinding(
      String rule,
      int r,
      IndicatorDefinition d,
      boolean samePeriod,
      long cents,
      Registers.Firm firm,
      ReportingPeriod p,
      Object a,
      Object b) {
    return about(rule, r, column(d, samePeriod), amount(cents), firm, p, d.nameZh(), a, b);
  }

  /** The row's explanation: read before the row's own checks when they need it. */
  private String explanationOf(int r) {
    return explanations.get(r);
  }

  private static String[] text(Object... args) {
    String[] t = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      t[i] =
          args[i] == null
              ? ""
              : args[i] instanceof BigDecimal b ? b.toPlainString() : String.valueOf(args[i]);
    }
    return t;
  }

  private void add(Finding f) {
    problemsTotal++;
    rowsWithProblems.set(f.row());
    if (f.tier() == Tier.HARD) {
      hard++;
    } else if (f.tier() == Tier.VERIFY && !f.explained()) {
      unexplained++;
      if (!ExplanationQuality.isBlank(f.explanation())) {
        // a boilerplate was given: say so, next to the finding it fails to explain
        problemsTotal++;
        keep(
            new Finding(
                "explanation.boilerplate",
                Tier.VERIFY,
                sheet,
                f.row(),
                layout.headerOf(
                    layout.column(
                        Layout.TEMPLATE.equals(layout.kind) ? Layout.EXPLANATION : "explanation")),
                f.explanation(),
                new String[] {f.column().isEmpty() ? f.rule() : f.column()},
                f.enterpriseId(),
                f.year(),
                f.month(),
                f.regionCode(),
                f.explanation(),
                false));
      }
    }
    keep(f);
  }

  private void keep(Finding f) {
    if (findings.size() < ImportReport.PROBLEMS_LISTED) {
      findings.add(f);
    }
  }
}
