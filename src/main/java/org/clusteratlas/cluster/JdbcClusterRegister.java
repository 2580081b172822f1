package org.clusteratlas.cluster;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusteratlas.industry.IndustryCatalogue;
import org.clusteratlas.industry.IndustryCode;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register on PostgreSQL: tables {@code cluster}, {@code cluster_host}, {@code designation}.
 */
@Service
class JdbcClusterRegister implements ClusterRegister {

  private final JdbcClient jdbc;
  private final RegionDirectory regions;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final IndustryCatalogue industries;

  JdbcClusterRegister(
      JdbcClient jdbc,
      RegionDirectory regions,
      IndustryCatalogue industries,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.industries = industries;
    this.regions = regions;
    this.events = events;
    this.clock = clock;
  }

  @Override
  @Transactional
  public ClusterId register(Cluster cluster) {
    for (ClusterHost host : cluster.hosts()) {
      boolean known =
          host.isZone()
              ? regions.zone(host.zone()).isPresent()
              : regions.region(host.region()).isPresent();
      if (!known) {
        throw new RuleViolation("cluster-host.unknown", host.code(), cluster.name());
      }
    }
    if (cluster.leadingIndustry() != null
        && industries.division(new IndustryCode(cluster.leadingIndustry())).isEmpty()) {
      throw new RuleViolation(
          "cluster.industry-unknown", cluster.leadingIndustry(), cluster.name());
    }
    for (String chain : java.util.Arrays.asList(cluster.chain(), cluster.advancedArea())) {
      if (chain != null && industries.chain(chain).isEmpty()) {
        throw new RuleViolation("cluster.chain-unknown", chain, cluster.name());
      }
    }
    if (jdbc.sql("select count(*) from cluster where name = ?")
            .param(cluster.name())
            .query(Long.class)
            .single()
        > 0) {
      throw new RuleViolation("cluster.name-taken", cluster.name());
    }
    // the identity gives the id unless the cluster brings its own (the demo's fixed ids)
    Long given = cluster.id() == null ? null : cluster.id().value();
    long id =
        jdbc.sql(
                "insert into cluster (id, name, leading_industry, chain_code, advanced_area_code,"
                    + " demo, registered_at) values (coalesce(cast(? as bigint),"
                    + " nextval(pg_get_serial_sequence('cluster', 'id'))), ?, ?, ?, ?, ?, ?)"
                    + " returning id")
            .params(
                given,
                cluster.name(),
                cluster.leadingIndustry(),
                cluster.chain(),
                cluster.advancedArea(),
                cluster.demo(),
                OffsetDateTime.now(clock))
            .query(Long.class)
            .single();
    if (given != null) {
      // keep the identity past an id given by hand, so it never hands that id out again
      jdbc.sql(
              "select setval(pg_get_serial_sequence('cluster', 'id'), (select max(id) from"
                  + " cluster))")
          .query(Long.class)
          .single();
    }
    int seq = 0;
    for (ClusterHost host : cluster.hosts()) {
      jdbc.sql(
              "insert into cluster_host (cluster_id, seq, region_code, zone_code) values (?, ?, ?, ?)")
          .params(id, ++seq, host.region() == null ? null : host.region().value(), host.zone())
          .update();
    }
    for (Designation d : cluster.designations()) {
      insert(id, d);
    }
    return new ClusterId(id);
  }

  @Override
  public Optional<Cluster> find(ClusterId id) {
    return load("where c.id = ?", id.value()).stream().findFirst();
  }

  @Override
  public List<Cluster> all() {
    return load("", null);
  }

  @Override
  @Transactional
  public void grant(ClusterId id, DesignationKind kind, LocalDate on, String document) {
    Cluster cluster = require(id);
    cluster.grant(kind, on, document);
    insert(id.value(), cluster.current(kind).orElseThrow());
    cluster.takeEvents().forEach(events::publishEvent);
  }

  @Override
  @Transactional
  public void revoke(
      ClusterId id, DesignationKind kind, LocalDate on, String document, String reason) {
    Cluster cluster = require(id);
    cluster.revoke(kind, on, document, reason);
    jdbc.sql(
            "update designation set revoked_on = ?, revocation_document = ?, revocation_reason = ?"
                + " where cluster_id = ? and kind = ? and revoked_on is null")
        .params(Date.valueOf(on), document, reason, id.value(), kind.code())
        .update();
    cluster.takeEvents().forEach(events::publishEvent);
  }

  @Override
  public Set<ClusterId> holdersOn(DesignationKind kind, LocalDate date) {
    return new LinkedHashSet<>(
        jdbc.sql(
                "select distinct cluster_id from designation where kind = ? and granted_on <= ?"
                    + " and (revoked_on is null or revoked_on > ?) order by cluster_id")
            .params(kind.code(), Date.valueOf(date), Date.valueOf(date))
            .query((rs, n) -> new ClusterId(rs.getLong(1)))
            .list());
  }

  private Cluster require(ClusterId id) {
    return find(id).orElseThrow(() -> new RuleViolation("cluster.unknown", id));
  }

  private void insert(long clusterId, Designation d) {
    jdbc.sql(
            "insert into designation (cluster_id, kind, granted_on, granted_document, revoked_on,"
                + " revocation_document, revocation_reason) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            clusterId,
            d.kind().code(),
            Date.valueOf(d.grantedOn()),
            d.grantedDocument(),
            d.revokedOn() == null ? null : Date.valueOf(d.revokedOn()),
            d.revocationDocument(),
            d.revocationReason())
        .update();
  }

  private List<Cluster> load(String where, Object param) {
    JdbcClient.StatementSpec hostsSql =
        jdbc.sql(
            "select h.cluster_id, h.region_code, h.zone_code from cluster_host h join cluster c on"
                + " c.id = h.cluster_id "
                + where
                + " order by h.cluster_id, h.seq");
    JdbcClient.StatementSpec designationsSql =
        jdbc.sql(
            "select d.cluster_id, d.kind, d.granted_on, d.granted_document, d.revoked_on,"
                + " d.revocation_document, d.revocation_reason from designation d join cluster c"
                + " on c.id = d.cluster_id "
                + where
                + " order by d.cluster_id, d.granted_on, d.id");
    JdbcClient.StatementSpec clustersSql =
        jdbc.sql(
            "select c.id, c.name, c.leading_industry, c.chain_code, c.advanced_area_code, c.demo"
                + " from cluster c "
                + where
                + " order by c.id");
    if (param != null) {
      hostsSql = hostsSql.param(param);
      designationsSql = designationsSql.param(param);
      clustersSql = clustersSql.param(param);
    }
    Map<Long, List<ClusterHost>> hosts = new HashMap<>();
    hostsSql.query(
        rs -> {
          String region = rs.getString(2);
          hosts
              .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(
                  region != null
                      ? new ClusterHost(new org.clusteratlas.region.RegionCode(region), null)
                      : new ClusterHost(null, rs.getString(3)));
        });
    Map<Long, List<Designation>> designations = new HashMap<>();
    designationsSql.query(
        rs -> {
          Date revoked = rs.getDate(5);
          designations
              .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(
                  new Designation(
                      DesignationKind.ofCode(rs.getString(2)),
                      rs.getDate(3).toLocalDate(),
                      rs.getString(4),
                      revoked == null ? null : revoked.toLocalDate(),
                      rs.getString(6),
                      rs.getString(7)));
        });
    return clustersSql
        .query(
            (rs, n) ->
                new Cluster(
                    new ClusterId(rs.getLong(1)),
                    rs.getString(2),
                    hosts.getOrDefault(rs.getLong(1), List.of()),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getBoolean(6),
                    designations.getOrDefault(rs.getLong(1), List.of())))
        .list();
  }
}
