package org.clusteratlas.management;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Proposals, their decisions and the warning steps seen, on PostgreSQL (migration V11). A proposal
 * is read with its decision; names come from the caller, which knows the register.
 */
@Repository
class ProposalStore {

  private static final String COLUMNS =
      "p.id, p.year, p.run_id, p.cluster_id, p.kind, p.grounds_key, p.grounds_args, p.state,"
          + " p.proposed_at, d.decision, d.actor_name, d.actor_role, d.actor_region, d.at,"
          + " d.reason, d.document, d.superseded_by_run, d.lifecycle_case_id,"
          + " d.lifecycle_step_seq";

  private static final String FROM =
      " from management_proposal p left join management_decision d on d.proposal_id = p.id";

  private final JdbcClient jdbc;

  ProposalStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(int year, long runId, ProposalRules.Proposed proposed, Instant at) {
    jdbc.sql(
            "insert into management_proposal (year, run_id, cluster_id, kind, grounds_key,"
                + " grounds_args, proposed_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            year,
            runId,
            proposed.cluster().value(),
            proposed.kind().code(),
            proposed.grounds().key(),
            proposed.grounds().arguments().toArray(String[]::new),
            timestamp(at))
        .update();
  }

  /** Whether run {@code runId} made any proposal of {@code kind}. */
  boolean made(long runId, ProposalKind kind) {
    return jdbc.sql(
            "select exists (select 1 from management_proposal where run_id = ? and kind = ?)")
        .params(runId, kind.code())
        .query(Boolean.class)
        .single();
  }

  /** The open proposals of {@code year} made by runs other than {@code runId}. */
  List<Proposal> openOfOtherRuns(int year, long runId, Map<ClusterId, String> names) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + FROM
                + " where p.year = ? and p.state = 'open' and p.run_id <> ?"
                + " order by p.id")
        .params(year, runId)
        .query((rs, n) -> proposal(rs, names))
        .list();
  }

  Optional<Proposal> find(long id, boolean forUpdate, Map<ClusterId, String> names) {
    return jdbc.sql(
            "select " + COLUMNS + FROM + " where p.id = ?" + (forUpdate ? " for update of p" : ""))
        .param(id)
        .query((rs, n) -> proposal(rs, names))
        .optional();
  }

  /** The proposals matching the filters (null: any), by year (latest first), kind and cluster. */
  List<Proposal> list(
      Integer year, ProposalState state, ProposalKind kind, Map<ClusterId, String> names) {
    StringBuilder where = new StringBuilder(" where true");
    List<Object> params = new ArrayList<>();
    if (year != null) {
      where.append(" and p.year = ?");
      params.add(year);
    }
    if (state != null) {
      where.append(" and p.state = ?");
      params.add(state.code());
    }
    if (kind != null) {
      where.append(" and p.kind = ?");
      params.add(kind.code());
    }
    return jdbc.sql(
            "select "
                + COLUMNS
                + FROM
                + where
                + " order by p.year desc, p.kind, p.cluster_id, p.id")
        .params(params)
        .query((rs, n) -> proposal(rs, names))
        .list();
  }

  /** The years with proposals, latest first. */
  List<Integer> years() {
    return jdbc.sql("select distinct year from management_proposal order by year desc")
        .query(Integer.class)
        .list();
  }

  /** Stores the proposal's new state and its decision. */
  void decided(long proposalId, Decision d) {
    jdbc.sql("update management_proposal set state = ? where id = ? and state = 'open'")
        .params(d.outcome().code(), proposalId)
        .update();
    jdbc.sql(
            "insert into management_decision (proposal_id, decision, actor_name, actor_role,"
                + " actor_region, at, reason, document, superseded_by_run, lifecycle_case_id,"
                + " lifecycle_step_seq) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            proposalId,
            d.outcome().code(),
            d.actor().name(),
            d.actor().role().name().toLowerCase(Locale.ROOT),
            d.actor().regionCode(),
            timestamp(d.at()),
            d.reason(),
            d.document(),
            d.supersededByRun(),
            d.lifecycleCaseId(),
            d.lifecycleStepSeq())
        .update();
  }

  void warningStep(long caseId, int seq, ClusterId cluster, String from, String to, Instant at) {
    jdbc.sql(
            "insert into management_warning_step (case_id, seq, cluster_id, from_state, to_state,"
                + " at) values (?, ?, ?, ?, ?, ?)")
        .params(caseId, seq, cluster.value(), from, to, timestamp(at))
        .update();
  }

  /**
   * The clusters whose provincial case is warned now, each with the year of the evaluation the
   * warning answers: the year of the proposal whose confirmation took the step, or for a warning
   * given directly, the year before the (Beijing) year it was given in.
   */
  Map<ClusterId, Integer> warned() {
    Map<ClusterId, Integer> warned = new HashMap<>();
    jdbc.sql(
            "select distinct on (w.cluster_id) w.cluster_id, w.to_state, p.year,"
                + " extract(year from w.at at time zone 'Asia/Shanghai')::int - 1"
                + " from management_warning_step w"
                + " left join management_decision d"
                + "   on d.lifecycle_case_id = w.case_id and d.lifecycle_step_seq = w.seq"
                + " left join management_proposal p on p.id = d.proposal_id"
                + " order by w.cluster_id, w.at desc, w.case_id desc, w.seq desc")
        .query(
            rs -> {
              if ("warned".equals(rs.getString(2))) {
                Integer year = (Integer) rs.getObject(3, Integer.class);
                warned.put(new ClusterId(rs.getLong(1)), year != null ? year : rs.getInt(4));
              }
            });
    return warned;
  }

  private static Proposal proposal(ResultSet rs, Map<ClusterId, String> names) throws SQLException {
    ClusterId cluster = new ClusterId(rs.getLong("cluster_id"));
    Array args = rs.getArray("grounds_args");
    List<Decision> decisions = new ArrayList<>();
    String outcome = rs.getString("decision");
    if (outcome != null) {
      decisions.add(
          new Decision(
              Decision.Outcome.valueOf(outcome.toUpperCase(Locale.ROOT)),
              new Actor(
                  rs.getString("actor_name"),
                  Actor.Role.valueOf(rs.getString("actor_role").toUpperCase(Locale.ROOT)),
                  rs.getString("actor_region")),
              rs.getObject("at", OffsetDateTime.class).toInstant(),
              rs.getString("reason"),
              rs.getString("document"),
              (Long) rs.getObject("superseded_by_run", Long.class),
              (Long) rs.getObject("lifecycle_case_id", Long.class),
              (Integer) rs.getObject("lifecycle_step_seq", Integer.class)));
    }
    return new Proposal(
        rs.getLong("id"),
        rs.getInt("year"),
        rs.getLong("run_id"),
        cluster,
        names.get(cluster),
        ProposalKind.ofCode(rs.getString("kind")),
        new Grounds(rs.getString("grounds_key"), List.of((String[]) args.getArray())),
        ProposalState.ofCode(rs.getString("state")),
        rs.getObject("proposed_at", OffsetDateTime.class).toInstant(),
        decisions);
  }

  private static OffsetDateTime timestamp(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
