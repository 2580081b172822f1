package org.clusteratlas.explore;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.shared.Scope;
import org.clusteratlas.web.Table;
import org.clusteratlas.web.TableFiles;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Every table and chart of the pages as a CSV or XLSX file ({@code format=csv|xlsx}), from the same
 * query and for the same scope as the page.
 */
@RestController
@RequestMapping("/api/v1/downloads")
@Tag(name = "downloads", description = "表格与图表数据下载 / tables and chart data as CSV or XLSX")
class DownloadsApi {

  private final Explorer explorer;
  private final TableFiles files;

  DownloadsApi(Explorer explorer, TableFiles files) {
    this.explorer = explorer;
    this.files = files;
  }

  @GetMapping("/clusters")
  @Operation(summary = "集群名录（当前筛选，全部页）/ the directory's current view, every page")
  ResponseEntity<StreamingResponseBody> clusters(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String city,
      @RequestParam(required = false) String chain,
      @RequestParam(required = false) String designation,
      @RequestParam(required = false) String tier,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "csv") String format,
      @Parameter(hidden = true) Scope scope,
      Locale locale) {
    ClusterFilter filter =
        new ClusterFilter(
            q, city, chain, designation, tier, year, sort, dir, 1, ClusterFilter.MAX_SIZE);
    int y = year != null ? year : explorer.defaultYear(scope);
    List<ClusterRow> rows = explorer.allClusters(filter.withYear(y), scope, locale);
    return files.download(Tables.clusters("clusters-" + y, rows), format, locale);
  }

  @GetMapping("/compare")
  ResponseEntity<StreamingResponseBody> compare(
      @RequestParam List<Long> ids,
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "csv") String format,
      @Parameter(hidden = true) Scope scope,
      Locale locale) {
    List<ClusterRow> rows = explorer.compare(ids, year, scope, locale);
    return files.download(Tables.clusters("compare-" + rows.get(0).year(), rows), format, locale);
  }

  @GetMapping("/clusters/{id}/{series:annual|monthly}")
  ResponseEntity<StreamingResponseBody> series(
      @PathVariable long id,
      @PathVariable String series,
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "csv") String format,
      @Parameter(hidden = true) Scope scope,
      Locale locale) {
    ClusterProfile profile = explorer.profile(id, year, scope, locale);
    List<ClusterProfile.SeriesPoint> points =
        series.equals("annual") ? profile.annual() : profile.monthly();
    return files.download(
        Tables.series("cluster-" + id + "-" + series + "-" + profile.row().year(), points),
        format,
        locale);
  }

  @GetMapping("/clusters/{id}/members")
  ResponseEntity<StreamingResponseBody> members(
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "csv") String format,
      @Parameter(hidden = true) Scope scope,
      Locale locale) {
    MemberTable table = explorer.members(id, year, scope);
    return files.download(
        Tables.members("cluster-" + id + "-members-" + table.year(), table.members()),
        format,
        locale);
  }

  @GetMapping("/regions/{code}/{table:clusters|weights}")
  ResponseEntity<StreamingResponseBody> region(
      @PathVariable String code,
      @PathVariable String table,
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "csv") String format,
      @Parameter(hidden = true) Scope scope,
      Locale locale) {
    RegionProfile region = explorer.region(code, year, scope, locale);
    String name = "region-" + code + "-" + table + "-" + region.year();
    return files.download(
        table.equals("clusters")
            ? Tables.clusters(name, region.clusters())
            : Tables.weights(name, region.weights()),
        format,
        locale);
  }

  @GetMapping("/dashboard/{table}")
  @Operation(summary = "看板图表数据：tiers, cities, designations, top, scatter")
  ResponseEntity<StreamingResponseBody> dashboard(
      @PathVariable String table,
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "csv") String format,
      @Parameter(hidden = true) Scope scope,
      Locale locale) {
    Dashboard d = explorer.dashboard(year, scope, locale);
    String name = "dashboard-" + table + "-" + d.year();
    Table t =
        switch (table) {
          case "tiers" -> Tables.counts(name, "col.tier", "col.provincial-clusters", d.tiers());
          case "designations" ->
              Tables.counts(name, "col.designation", "col.clusters", d.designations());
          case "headline" -> Tables.counts(name, "col.figure", "col.value", d.headline());
          case "cities" -> Tables.cities(name, d.cities());
          case "top" -> Tables.clusters(name, d.top());
          case "scatter" -> Tables.clusters(name, d.scatter());
          default -> throw new RuleViolation("explore-table.unknown", table);
        };
    return files.download(t, format, locale);
  }

  @GetMapping("/bulletins/{year}/figures/{key}")
  ResponseEntity<StreamingResponseBody> figure(
      @PathVariable int year,
      @PathVariable String key,
      @RequestParam(defaultValue = "csv") String format,
      @Parameter(hidden = true) Scope scope,
      Locale locale) {
    FigureRecords records = explorer.figure(year, key, scope, locale);
    return files.download(
        Tables.clusters("bulletin-" + year + "-" + key, records.rows()), format, locale);
  }
}
