package org.clusteratlas.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.OptionalLong;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.enterprise.CreditCode;
import org.clusteratlas.enterprise.Enterprise;
import org.clusteratlas.enterprise.EnterpriseRegister;
import org.clusteratlas.industry.IndustryCode;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.ReportingPeriod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Every change of a stored report is a new data version that keeps the value it replaced. */
@AtlasIntegrationTest
@Transactional
class ReportRevisionTests {

  private static final CreditCode FIRM = CreditCode.withCheckCharacter("91360681MA3RW0001");
  private static final ReportingPeriod MARCH = new ReportingPeriod(2025, 3);
  private static final Actor CLERK = Actor.provinceAdministrator("测试员");

  @Autowired ReportStore reports;
  @Autowired EnterpriseRegister enterprises;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void firm() {
    enterprises.register(
        new Enterprise(
            FIRM,
            "测试修订企业",
            new RegionCode("360681"),
            new IndustryCode("39"),
            false,
            false,
            false,
            false));
  }

  private OptionalLong revenue(String value, String lastYear, String why) {
    return reports.record(
        new EnterpriseReport(
            FIRM, MARCH, IndicatorCode.REVENUE, new BigDecimal(value), new BigDecimal(lastYear)),
        CLERK,
        why);
  }

  private BigDecimal revenueAsOf(long version) {
    return jdbc.sql(
            "select r.value from "
                + ReportStore.reportsAsOf("v")
                + " r join enterprise e on e.id = r.enterprise_id where e.credit_code = :code and"
                + " r.year = 2025 and r.month = 3 and r.indicator_id = 1")
        .param("v", version)
        .param("code", FIRM.value())
        .query(BigDecimal.class)
        .optional()
        .orElse(null);
  }

  @Test
  void aRevisionKeepsTheOldValueWithWhoWhenAndWhy() {
    long first = revenue("100.00", "90.00", "首次报送").orElseThrow();
    long second = revenue("120.50", "90.00", "企业更正营业收入").orElseThrow();

    assertThat(second).isGreaterThan(first);
    var revision =
        jdbc.sql(
                "select old_version, old_value, new_value, d.actor_name, d.reason from"
                    + " report_revision v join data_version d on d.id = v.data_version where"
                    + " v.data_version = ?")
            .param(second)
            .query(
                (rs, n) ->
                    rs.getLong(1)
                        + "|"
                        + rs.getBigDecimal(2)
                        + "|"
                        + rs.getBigDecimal(3)
                        + "|"
                        + rs.getString(4)
                        + "|"
                        + rs.getString(5))
            .single();
    assertThat(revision).isEqualTo(first + "|100.00|120.50|测试员|企业更正营业收入");
  }

  @Test
  void theSameValuesAgainMakeNoNewVersion() {
    revenue("100.00", "90.00", "首次报送").orElseThrow();
    long before = reports.currentVersion();

    assertThat(revenue("100", "90.0", "重复报送")).isEmpty();
    assertThat(reports.currentVersion()).isEqualTo(before);
  }

  @Test
  void theReportsAsOfAVersionAreThoseStoredThen() {
    long beforeAny = reports.currentVersion();
    long first = revenue("100.00", "90.00", "首次报送").orElseThrow();
    long second = revenue("120.50", "90.00", "更正").orElseThrow();
    long third = revenue("130.00", "90.00", "再更正").orElseThrow();

    assertThat(revenueAsOf(beforeAny)).isNull();
    assertThat(revenueAsOf(first)).isEqualByComparingTo("100.00");
    assertThat(revenueAsOf(second)).isEqualByComparingTo("120.50");
    assertThat(revenueAsOf(third)).isEqualByComparingTo("130.00");
  }

  @Test
  void theDemoLoadIsAVersionNamingWhoLoadedIt() {
    DataVersion demo =
        reports
            .version(
                jdbc.sql("select min(version) from report where year = 2025")
                    .query(Long.class)
                    .single())
            .orElseThrow();
    assertThat(demo.kind()).isEqualTo("bulk_load");
    assertThat(demo.actorName()).isEqualTo("demo");
    assertThat(demo.reason()).contains("演示");
  }
}
