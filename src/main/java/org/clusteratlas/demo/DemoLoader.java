package org.clusteratlas.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clusteratlas.bulletin.BulletinService;
import org.clusteratlas.cluster.Cluster;
import org.clusteratlas.cluster.ClusterHost;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.enterprise.CreditCode;
import org.clusteratlas.enterprise.EnterpriseId;
import org.clusteratlas.enterprise.EnterpriseRegister;
import org.clusteratlas.evaluation.Evaluations;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.selfreport.FiledReport;
import org.clusteratlas.selfreport.SelfReports;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.statistics.ReportStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo province when the application starts on an empty database, before the web server
 * opens, in one transaction: a crash part-way leaves the database empty, and the next start loads
 * it again.
 */
@Component
class DemoLoader implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

  /** The year whose bulletin the demo reproduces. */
  static final int PUBLISHED_YEAR = 2025;

  /**
   * The provincial press conference that published the 2025 figures (shared/seed/, the lead
   * article).
   */
  static final LocalDate PUBLISHED_ON = LocalDate.of(2026, 3, 18);

  private final DemoProperties properties;
  private final ClusterRegister clusters;
  private final EnterpriseRegister enterprises;
  private final ReportStore reports;
  private final RegionDirectory regions;
  private final TransactionTemplate transactions;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final BulletinService bulletins;
  private final SelfReports selfReports;
  private final Evaluations evaluations;

  DemoLoader(
      DemoProperties properties,
      ClusterRegister clusters,
      EnterpriseRegister enterprises,
      ReportStore reports,
      RegionDirectory regions,
      TransactionTemplate transactions,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      Clock clock,
      BulletinService bulletins,
      SelfReports selfReports,
      Evaluations evaluations) {
    this.properties = properties;
    this.clusters = clusters;
    this.enterprises = enterprises;
    this.reports = reports;
    this.regions = regions;
    this.transactions = transactions;
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
    this.bulletins = bulletins;
    this.selfReports = selfReports;
    this.evaluations = evaluations;
  }

  /**
   * The generated self-reports of 2024 and 2025, then the evaluations of both years as the province
   * administrator, so that a newcomer sees grades and stars.
   */
  private void selfReportsAndEvaluations(DemoProvince province) {
    long start = System.nanoTime();
    Actor admin = Actor.provinceAdministrator("demo");
    List<FiledReport> filed =
        new DemoSelfReports(properties.seed(), province, this::regionOf).generate();
    long generated = System.nanoTime();
    selfReports.file(filed, admin);
    long stored = System.nanoTime();
    for (int year = DemoSelfReports.FIRST_YEAR; year <= DemoSelfReports.LAST_YEAR; year++) {
      evaluations.run(year, admin);
    }
    log.debug(
        "demo self-reports: {} generated in {} ms, stored in {} ms; evaluations of {}–{} in {} ms",
        filed.size(),
        (generated - start) / 1_000_000,
        (stored - generated) / 1_000_000,
        DemoSelfReports.FIRST_YEAR,
        DemoSelfReports.LAST_YEAR,
        (System.nanoTime() - stored) / 1_000_000);
  }

  /** The region a cluster's organisation answers for: its first host's, a zone's by its parent. */
  private String regionOf(Cluster cluster) {
    ClusterHost host = cluster.hosts().get(0);
    return host.region() != null
        ? host.region().value()
        : regions.zone(host.zone()).map(z -> z.parent().value()).orElse(Actor.PROVINCE);
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (properties.enabled() && clusters.all().isEmpty()) {
      load();
    }
  }

  /** Generates and stores the demo province; refused unless the register is empty. */
  DemoProvinceLoaded load() {
    Instant start = clock.instant();
    log.info("首次启动：正在生成并装载演示省份（种子 {}）/ loading the demo province", properties.seed());
    DemoProvince province =
        new DemoGenerator(
                properties.seed(), new DemoGeography(regions), DemoCalibration.PUBLISHED_2025)
            .generate();
    log.info("演示省份已生成 / generated in {} ms", Duration.between(start, clock.instant()).toMillis());
    DemoProvinceLoaded loaded =
        transactions.execute(
            status -> {
              for (Cluster cluster : province.clusters()) {
                clusters.register(cluster);
              }
              Map<CreditCode, EnterpriseId> ids =
                  enterprises.bulkLoad(
                      province.enterprises(), province.frames(), province.memberships());
              log.info(
                  "名录已装载 / registers loaded at {} ms",
                  Duration.between(start, clock.instant()).toMillis());
              Instant reportsStart = clock.instant();
              long rows =
                  reports.bulkLoad(
                      Actor.provinceAdministrator("demo"),
                      "演示省份数据（种子 "
                          + properties.seed()
                          + "） / demo province (seed "
                          + properties.seed()
                          + ")",
                      sink -> province.emitReports(ids, sink));
              log.info(
                  "报表已装载 / reports loaded: {} rows in {} ms, at {} ms",
                  rows,
                  Duration.between(reportsStart, clock.instant()).toMillis(),
                  Duration.between(start, clock.instant()).toMillis());
              jdbc.sql(
                      "insert into dataset_fact (key, value) values ('demo', 'true'), ('demo_seed', ?)"
                          + " on conflict (key) do update set value = excluded.value")
                  .param(String.valueOf(properties.seed()))
                  .update();
              // the published figures are those of this load: the bulletin as published is
              // computed from its data version, whatever is revised later
              bulletins.publish(PUBLISHED_YEAR, PUBLISHED_ON, Actor.provinceAdministrator("demo"));
              selfReportsAndEvaluations(province);
              return new DemoProvinceLoaded(
                  properties.seed(),
                  province.clusters().size(),
                  province.enterprises().size(),
                  rows,
                  Duration.between(start, clock.instant()));
            });
    Instant analyzeStart = clock.instant();
    jdbc.sql("analyze").update();
    Duration took = Duration.between(start, clock.instant());
    log.info(
        "演示省份已装载 / demo province loaded: {} 个集群, {} 家企业, {} 条报表, 用时 {} 秒"
            + " (analyze {} ms, total {} ms)",
        loaded.clusters(),
        loaded.enterprises(),
        loaded.reports(),
        took.toSeconds(),
        Duration.between(analyzeStart, clock.instant()).toMillis(),
        took.toMillis());
    events.publishEvent(loaded);
    return loaded;
  }
}
