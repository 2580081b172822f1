package org.clusteratlas.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusteratlas.collection.ImportFixture.FIRM;
import static org.clusteratlas.collection.ImportFixture.OUTSIDE_FRAME;
import static org.clusteratlas.collection.ImportFixture.UNREGISTERED;
import static org.clusteratlas.collection.ImportFixture.ZH;
import static org.clusteratlas.collection.ImportFixture.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.bulletin.BulletinService;
import org.clusteratlas.enterprise.EnterpriseRegister;
import org.clusteratlas.period.ReportingPeriods;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.statistics.ReportStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every file of the bad-file corpus ({@code src/test/resources/imports/corpus}, manifest {@code
 * corpus.tsv}) imported against the embedded database with the demo province: the outcome and the
 * problem its manifest line names, in Chinese and in English, and for a file not applied, nothing
 * stored. Each file is imported in a transaction of its own that rolls back; before the first and
 * after the last, the stored reports and the 2025 bulletin are taken outside any test's transaction
 * and must be byte for byte the same.
 */
@AtlasIntegrationTest
@Transactional
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportCorpusTests {

  /** A message argument left unformatted, e.g. {@code {1}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

  @Autowired ImportService imports;
  @Autowired EnterpriseRegister enterprises;
  @Autowired ReportStore reports;
  @Autowired ReportingPeriods periods;
  @Autowired BulletinService bulletins;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @TempDir Path dir;

  private String storedBefore;
  private String bulletinBefore;

  static Stream<CorpusFiles.Entry> corpus() {
    return CorpusFiles.manifest().stream();
  }

  @BeforeAll
  void takeTheStoredDataAndTheBulletinBeforeTheCorpus() {
    storedBefore = storedData();
    bulletinBefore = bulletin();
    assertThat(storedBefore).as("the demo province's reports").doesNotStartWith("0 ");
    assertThat(bulletinBefore).contains("\"figures\"");
  }

  @BeforeEach
  void fixture() {
    ImportFixture.register(enterprises, reports);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachFileHasTheOutcomeAndNamesTheRowColumnAndRuleOfItsManifestLine(CorpusFiles.Entry entry)
      throws IOException {
    setUp(entry.setup());
    long version = reports.currentVersion();
    String fixtureReports = fixtureReports();
    Path file = dir.resolve(entry.file());
    Files.write(file, CorpusFiles.resource(entry.file()));

    ImportReport chinese = imports.run(request(file), p -> {}, ZH);
    ImportReport english = imports.report(chinese.id(), Locale.ENGLISH).orElseThrow();

    assertThat(chinese.status()).as("%s: %s", entry, chinese.problems()).isEqualTo(entry.status());
    assertThat(english.problems()).hasSameSizeAs(chinese.problems());
    for (int i = 0; i < chinese.problems().size(); i++) {
      assertReadable(chinese.problems().get(i), english.problems().get(i));
    }
    if (entry.namesAProblem()) {
      Problem zh = named(chinese, entry);
      Problem en = named(english, entry);
      Tier tier = EditRule.byId(entry.rule()).map(EditRule::tier).orElse(Tier.HARD);
      assertThat(zh.tier()).as("%s", entry).isEqualTo(tier);
      assertThat(en.tier()).isEqualTo(tier);
    } else {
      assertThat(chinese.problems()).as("%s", entry).isEmpty();
    }
    if (entry.status() == ImportStatus.APPLIED) {
      assertThat(chinese.dataVersion()).isEqualTo(reports.currentVersion()).isGreaterThan(version);
      assertThat(chinese.counts().inserted()).isPositive();
      assertThat(fixtureReports()).isNotEqualTo(fixtureReports);
    } else {
      assertThat(chinese.dataVersion()).isNull();
      assertThat(chinese.counts().rejected()).isEqualTo(chinese.counts().read());
      assertThat(reports.currentVersion()).isEqualTo(version);
      assertThat(fixtureReports()).isEqualTo(fixtureReports);
    }
  }

  @AfterAll
  void theStoredDataAndTheBulletinAreByteForByteTheSameAfterTheCorpus() {
    assertThat(storedData()).isEqualTo(storedBefore);
    assertThat(bulletin()).isEqualTo(bulletinBefore);
  }

  /** The one problem at the manifest line's row and column under its rule. */
  private static Problem named(ImportReport report, CorpusFiles.Entry entry) {
    List<Problem> named =
        report.problems().stream()
            .filter(
                p ->
                    p.row() == entry.row()
                        && p.column().equals(entry.column())
                        && p.rule().equals(entry.rule()))
            .toList();
    assertThat(named)
        .as(
            "%s: a problem at row %d, column \"%s\", rule %s among %s",
            entry, entry.row(), entry.column(), entry.rule(), report.problems())
        .isNotEmpty();
    return named.get(0);
  }

  /** A message in each language, its arguments filled in, from the rule's own bundle entry. */
  private static void assertReadable(Problem zh, Problem en) {
    for (Problem p : List.of(zh, en)) {
      assertThat(p.message()).as("%s", p).isNotBlank().doesNotStartWith(p.rule() + ":");
      assertThat(PLACEHOLDER.matcher(p.message()).find()).as("%s", p.message()).isFalse();
    }
    assertThat(en.rule()).isEqualTo(zh.rule());
    assertThat(en.message()).isNotEqualTo(zh.message());
  }

  /** The manifest line's {@code setup}: empty, or {@code lock 2025-07 360600}. */
  private void setUp(String setup) {
    if (setup.isBlank()) {
      return;
    }
    String[] words = setup.strip().split("\\s+");
    assertThat(words).as("setup %s", setup).hasSize(3);
    assertThat(words[0]).as("setup %s", setup).isEqualTo("lock");
    periods.accept(ReportingPeriod.parse(words[1]), words[2], Actor.provinceAdministrator("语料测试"));
  }

  /**
   * Every stored report of the firms the corpus names, in any period a report can have, as text:
   * what a file that is not applied must leave as it was. Looked up by the report table's key,
   * period by period, as a scan of its 7.8 M rows per file would take a second.
   */
  private String fixtureReports() {
    return jdbc.sql(
            "select coalesce(string_agg(concat_ws(' ', e.credit_code, r.year, r.month,"
                + " r.indicator_id, r.value, r.same_period_last_year, r.version, r.late), ';' order"
                + " by e.credit_code, r.year, r.month, r.indicator_id), '') from enterprise e cross"
                + " join generate_series(?, ?) y cross join generate_series(1, 12) m cross join"
                + " indicator_definition d cross join lateral (select * from report r where"
                + " r.year = y and r.month = m and r.indicator_id = d.id and r.enterprise_id ="
                + " e.id offset 0) r where e.credit_code in (?, ?, ?)")
        .params(
            ReportingPeriod.FIRST_YEAR,
            ReportingPeriod.LAST_YEAR,
            FIRM,
            OUTSIDE_FRAME,
            UNREGISTERED)
        .query(String.class)
        .single();
  }

  /**
   * A fingerprint of everything stored that a file could change, read outside any test's
   * transaction: every report (7.8 M rows: read twice per run), the versions, the revisions, the
   * findings and the locks.
   */
  private String storedData() {
    return jdbc.sql(
            "select concat_ws(' | ', (select concat_ws(' ', count(*), sum(value),"
                + " sum(same_period_last_year), max(version), count(*) filter (where late)) from"
                + " report), (select concat_ws(' ', count(*), max(id)) from data_version), (select"
                + " concat_ws(' ', count(*), max(id)) from report_revision), (select count(*) from"
                + " check_finding), (select count(*) from period_lock), (select count(*) from"
                + " period_event), (select count(*) from enterprise), (select count(*) from"
                + " enterprise_frame))")
        .query(String.class)
        .single();
  }

  /** The 2025 bulletin from the current data, as the API and the CLI serialise it. */
  private String bulletin() {
    return json.writeValueAsString(bulletins.current(2025));
  }
}
