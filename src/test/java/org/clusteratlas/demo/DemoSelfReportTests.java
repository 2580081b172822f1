package org.clusteratlas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.evaluation.ClusterResult;
import org.clusteratlas.evaluation.Evaluation;
import org.clusteratlas.evaluation.Evaluations;
import org.clusteratlas.evaluation.Grade;
import org.clusteratlas.selfreport.ReportRow;
import org.clusteratlas.selfreport.ReportState;
import org.clusteratlas.selfreport.SelfReports;
import org.clusteratlas.shared.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo province's self-reports and the evaluations its load runs: 2024 and 2025 reported by all
 * provincial clusters but three each year, a few late, the last few of 2025 awaiting review; the
 * 2025 grades spread as the province's 2020 evaluation did (DOMAIN.md §5: 5 % 优秀, 29 % 良好, the rest
 * 合格) with a few 不合格, and stars from the two years.
 */
@AtlasIntegrationTest
class DemoSelfReportTests {

  @Autowired SelfReports selfReports;
  @Autowired Evaluations evaluations;

  private static Map<Object, Long> count(
      List<ReportRow> rows, java.util.function.Function<ReportRow, Object> by) {
    return rows.stream().collect(Collectors.groupingBy(by, Collectors.counting()));
  }

  @Test
  void every_provincial_cluster_but_three_filed_each_year_some_late_all_marked_demo() {
    for (int year : new int[] {2024, 2025}) {
      List<ReportRow> rows = selfReports.list(year, Scope.province("it-demo"));
      List<ReportRow> filed =
          rows.stream().filter(r -> r.state() != ReportState.NOT_STARTED).toList();

      assertThat(rows).as("%d", year).hasSize(118);
      assertThat(rows.size() - filed.size())
          .as("missing in %d", year)
          .isEqualTo(DemoSelfReports.MISSING);
      assertThat(filed).allMatch(ReportRow::demo);
      assertThat(filed.stream().filter(r -> Boolean.TRUE.equals(r.late())).count())
          .as("late in %d", year)
          .isEqualTo(DemoSelfReports.LATE + DemoSelfReports.WEAK);
    }
    assertThat(count(selfReports.list(2025, Scope.province("it-demo")), r -> r.state()))
        .containsEntry(ReportState.SUBMITTED, (long) DemoSelfReports.AWAITING_REVIEW)
        .containsEntry(ReportState.ACCEPTED, 118L - 3 - DemoSelfReports.AWAITING_REVIEW);
    assertThat(count(selfReports.list(2024, Scope.province("it-demo")), r -> r.state()))
        .containsEntry(ReportState.ACCEPTED, 115L);
  }

  @Test
  void the_load_evaluates_2024_and_2025_and_2025s_grades_spread_like_the_provinces_2020() {
    Evaluation y2024 = evaluations.latest(2024);
    Evaluation y2025 = evaluations.latest(2025);
    Map<Grade, Long> grades =
        y2025.results().stream()
            .collect(Collectors.groupingBy(ClusterResult::grade, Collectors.counting()));
    Map<Integer, Long> stars =
        y2025.results().stream()
            .collect(Collectors.groupingBy(ClusterResult::stars, Collectors.counting()));

    assertThat(y2025.previousRunId()).isEqualTo(y2024.runId());
    assertThat(y2025.selfReportsMissing()).isEqualTo(3);
    assertThat(y2025.results()).hasSize(118);
    // of 118, 5 % is 6 优秀 and 29 % is 34 良好; a few 不合格 for dynamic management
    assertThat(grades.get(Grade.EXCELLENT)).isBetween(4L, 9L);
    assertThat(grades.get(Grade.GOOD)).isBetween(26L, 42L);
    assertThat(grades.get(Grade.FAIL)).isBetween(2L, 6L);
    assertThat(grades.get(Grade.PASS)).isGreaterThan(60L);
    assertThat(stars.keySet()).contains(3, 4, 5);
  }
}
