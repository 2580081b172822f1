package org.clusteratlas.enterprise;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.ClusterRegister;
import org.clusteratlas.industry.IndustryCatalogue;
import org.clusteratlas.industry.IndustryCode;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.region.RegionDirectory;
import org.clusteratlas.shared.RuleViolation;
import org.clusteratlas.storage.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register on PostgreSQL: {@code enterprise}, {@code enterprise_frame}, {@code membership}. */
@Service
class JdbcEnterpriseRegister implements EnterpriseRegister {

  /**
   * Rows fetched per round trip by the streaming reads (PostgreSQL streams only in a transaction).
   */
  private static final int FETCH_SIZE = 5_000;

  private static final String ENTERPRISE_COLUMNS =
      "e.credit_code, e.name, e.region_code, e.industry_code, e.specialised, e.little_giant,"
          + " e.high_tech, e.demo";

  private final JdbcClient jdbc;
  private final BulkCopy copy;
  private final RegionDirectory regions;
  private final ClusterRegister clusters;
  private final IndustryCatalogue industries;

  JdbcEnterpriseRegister(
      JdbcClient jdbc,
      BulkCopy copy,
      RegionDirectory regions,
      ClusterRegister clusters,
      IndustryCatalogue industries) {
    this.jdbc = jdbc;
    this.industries = industries;
    this.copy = copy;
    this.regions = regions;
    this.clusters = clusters;
  }

  @Override
  @Transactional
  public EnterpriseId register(Enterprise e) {
    if (idOf(e.creditCode()).isPresent()) {
      throw new RuleViolation("enterprise.code-taken", e.creditCode());
    }
    if (regions.region(e.region()).isEmpty()) {
      throw new RuleViolation("enterprise.region-unknown", e.region(), e.creditCode());
    }
    if (industries.division(e.industry()).isEmpty()) {
      throw new RuleViolation("enterprise.industry-unknown", e.industry(), e.creditCode());
    }
    int id =
        jdbc.sql(
                "insert into enterprise (credit_code, name, region_code, industry_code, specialised,"
                    + " little_giant, high_tech, demo) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
            .params(
                e.creditCode().value(),
                e.name(),
                e.region().value(),
                e.industry().value(),
                e.specialised(),
                e.littleGiant(),
                e.highTech(),
                e.demo())
            .query(Integer.class)
            .single();
    return new EnterpriseId(id);
  }

  @Override
  public Optional<Enterprise> find(CreditCode code) {
    return jdbc.sql("select " + ENTERPRISE_COLUMNS + " from enterprise e where e.credit_code = ?")
        .param(code.value())
        .query((rs, n) -> enterprise(rs))
        .optional();
  }

  @Override
  public void forEachEnterprise(int frameYear, Consumer<FramedEnterprise> row) {
    jdbc.sql(
            "select "
                + ENTERPRISE_COLUMNS
                + ", f.enterprise_id is not null from enterprise e left join enterprise_frame f on"
                + " f.enterprise_id = e.id and f.year = ? order by e.credit_code")
        .withFetchSize(FETCH_SIZE)
        .param(frameYear)
        .query(
            rs -> {
              row.accept(new FramedEnterprise(enterprise(rs), rs.getBoolean(9)));
            });
  }

  @Override
  public void forEachKey(Consumer<EnterpriseKey> row) {
    jdbc.sql("select id, credit_code, name, region_code from enterprise")
        .withFetchSize(FETCH_SIZE)
        .query(
            rs -> {
              row.accept(
                  new EnterpriseKey(
                      new EnterpriseId(rs.getInt(1)),
                      new CreditCode(rs.getString(2)),
                      rs.getString(3),
                      rs.getString(4)));
            });
  }

  @Override
  public java.util.BitSet frame(int year) {
    java.util.BitSet ids = new java.util.BitSet();
    jdbc.sql("select enterprise_id from enterprise_frame where year = ?")
        .param(year)
        .query(
            rs -> {
              ids.set(rs.getInt(1));
            });
    return ids;
  }

  @Override
  public void forEachMembership(Consumer<Membership> row) {
    jdbc.sql(
            "select m.cluster_id, e.credit_code, m.valid_from, m.valid_to from membership m join"
                + " enterprise e on e.id = m.enterprise_id order by m.cluster_id, e.credit_code,"
                + " m.valid_from, m.id")
        .withFetchSize(FETCH_SIZE)
        .query(
            rs -> {
              row.accept(
                  new Membership(
                      new ClusterId(rs.getLong(1)),
                      new CreditCode(rs.getString(2)),
                      rs.getDate(3).toLocalDate(),
                      rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate()));
            });
  }

  private static Enterprise enterprise(ResultSet rs) throws SQLException {
    return new Enterprise(
        new CreditCode(rs.getString(1)),
        rs.getString(2),
        new RegionCode(rs.getString(3)),
        new IndustryCode(rs.getString(4)),
        rs.getBoolean(5),
        rs.getBoolean(6),
        rs.getBoolean(7),
        rs.getBoolean(8));
  }

  @Override
  public Optional<EnterpriseId> idOf(CreditCode code) {
    return jdbc.sql("select id from enterprise where credit_code = ?")
        .param(code.value())
        .query((rs, n) -> new EnterpriseId(rs.getInt(1)))
        .optional();
  }

  @Override
  @Transactional
  public void addToFrame(CreditCode code, int year) {
    EnterpriseId id = require(code);
    jdbc.sql(
            "insert into enterprise_frame (year, enterprise_id) values (?, ?) on conflict do nothing")
        .params(year, id.value())
        .update();
  }

  @Override
  @Transactional
  public void join(Membership m) {
    EnterpriseId id = require(m.enterprise());
    if (clusters.find(m.cluster()).isEmpty()) {
      throw new RuleViolation("membership.cluster-unknown", m.cluster(), m.enterprise());
    }
    jdbc.sql(
            "insert into membership (cluster_id, enterprise_id, valid_from, valid_to) values (?, ?,"
                + " ?, ?)")
        .params(
            m.cluster().value(),
            id.value(),
            Date.valueOf(m.validFrom()),
            m.validTo() == null ? null : Date.valueOf(m.validTo()))
        .update();
  }

  @Override
  public List<Membership> memberships(CreditCode code) {
    return jdbc.sql(
            "select m.cluster_id, m.valid_from, m.valid_to from membership m join enterprise e on"
                + " e.id = m.enterprise_id where e.credit_code = ? order by m.valid_from, m.cluster_id")
        .param(code.value())
        .query(
            (rs, n) ->
                new Membership(
                    new ClusterId(rs.getLong(1)),
                    code,
                    rs.getDate(2).toLocalDate(),
                    rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()))
        .list();
  }

  @Override
  @Transactional
  public Map<CreditCode, EnterpriseId> bulkLoad(
      List<Enterprise> enterprises,
      Map<Integer, List<CreditCode>> frames,
      List<Membership> memberships) {
    if (jdbc.sql("select count(*) from enterprise").query(Long.class).single() > 0) {
      throw new RuleViolation("enterprise.bulk-load-not-empty", "enterprise");
    }
    Map<CreditCode, EnterpriseId> ids = new LinkedHashMap<>();
    try (BulkCopy.Writer w =
        copy.open(
            "enterprise (id, credit_code, name, region_code, industry_code, specialised,"
                + " little_giant, high_tech, demo)")) {
      int next = 0;
      for (Enterprise e : enterprises) {
        EnterpriseId id = new EnterpriseId(++next);
        if (ids.put(e.creditCode(), id) != null) {
          throw new RuleViolation("enterprise.code-taken", e.creditCode());
        }
        w.row(
            id.value(),
            e.creditCode().value(),
            e.name(),
            e.region().value(),
            e.industry().value(),
            e.specialised(),
            e.littleGiant(),
            e.highTech(),
            e.demo());
      }
    }
    jdbc.sql("select setval(pg_get_serial_sequence('enterprise', 'id'), ?)")
        .param(enterprises.size())
        .query(Long.class)
        .single();
    try (BulkCopy.Writer w = copy.open("enterprise_frame (year, enterprise_id)")) {
      for (Map.Entry<Integer, List<CreditCode>> frame : frames.entrySet()) {
        for (CreditCode code : frame.getValue()) {
          w.row(frame.getKey(), known(ids, code).value());
        }
      }
    }
    try (BulkCopy.Writer w =
        copy.open("membership (cluster_id, enterprise_id, valid_from, valid_to)")) {
      for (Membership m : memberships) {
        w.row(m.cluster().value(), known(ids, m.enterprise()).value(), m.validFrom(), m.validTo());
      }
    }
    return ids;
  }

  private static EnterpriseId known(Map<CreditCode, EnterpriseId> ids, CreditCode code) {
    EnterpriseId id = ids.get(code);
    if (id == null) {
      throw new RuleViolation("enterprise.unknown", code);
    }
    return id;
  }

  private EnterpriseId require(CreditCode code) {
    return idOf(code).orElseThrow(() -> new RuleViolation("enterprise.unknown", code));
  }
}
