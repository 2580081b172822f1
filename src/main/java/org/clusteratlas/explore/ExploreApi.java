package org.clusteratlas.explore;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.shared.Scope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reader's API: the same queries as the pages, with the same filters and paging, each answered
 * for the caller's scope (signed out: published figures only).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "explore", description = "集群、地区、对比与看板 / clusters, regions, comparison, dashboard")
class ExploreApi {

  private final Explorer explorer;

  ExploreApi(Explorer explorer) {
    this.explorer = explorer;
  }

  @GetMapping("/clusters")
  @Operation(summary = "集群名录 / the cluster directory: search, filter, sort, page")
  ResultPage<ClusterRow> clusters(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String city,
      @RequestParam(required = false) String chain,
      @RequestParam(required = false) String designation,
      @RequestParam(required = false) String tier,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "" + ClusterFilter.DEFAULT_SIZE) int size,
      @Parameter(hidden = true) Scope scope,
      Locale locale) {
    return explorer.clusters(
        new ClusterFilter(q, city, chain, designation, tier, year, sort, dir, page, size),
        scope,
        locale);
  }

  @GetMapping("/clusters/{id}")
  @Operation(summary = "集群档案 / a cluster's profile")
  ClusterProfile cluster(
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      @Parameter(hidden = true) Scope scope,
      Locale locale) {
    return explorer.profile(id, year, scope, locale);
  }

  @GetMapping("/clusters/{id}/members")
  @Operation(summary = "成员企业（保密，限授权范围）/ member enterprises: confidential, within scope only")
  MemberTable members(
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      @Parameter(hidden = true) Scope scope) {
    return explorer.members(id, year, scope);
  }

  @GetMapping("/regions/{code}")
  @Operation(summary = "地区档案 / a city's or county's profile")
  RegionProfile region(
      @PathVariable String code,
      @RequestParam(required = false) Integer year,
      @Parameter(hidden = true) Scope scope,
      Locale locale) {
    return explorer.region(code, year, scope, locale);
  }

  @GetMapping("/compare")
  @Operation(summary = "集群对比（至多 10 个）/ compare up to 10 clusters")
  List<ClusterRow> compare(
      @RequestParam List<Long> ids,
      @RequestParam(required = false) Integer year,
      @Parameter(hidden = true) Scope scope,
      Locale locale) {
    return explorer.compare(ids, year, scope, locale);
  }

  @GetMapping("/dashboard")
  @Operation(summary = "看板 / the dashboard's figures")
  Dashboard dashboard(
      @RequestParam(required = false) Integer year,
      @Parameter(hidden = true) Scope scope,
      Locale locale) {
    return explorer.dashboard(year, scope, locale);
  }

  @GetMapping("/bulletins/{year}/figures/{key}")
  @Operation(summary = "公报数字背后的记录 / the records behind a bulletin figure")
  FigureRecords figure(
      @PathVariable int year,
      @PathVariable String key,
      @Parameter(hidden = true) Scope scope,
      Locale locale) {
    return explorer.figure(year, key, scope, locale);
  }
}
