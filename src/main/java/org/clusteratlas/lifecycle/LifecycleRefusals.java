package org.clusteratlas.lifecycle;

import java.sql.Array;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The refused steps: a row in {@code lifecycle_refusal} each, written in a transaction of its own
 * so that it stays when the refused work rolls back, and an INFO line on the logger {@code
 * org.clusteratlas.lifecycle.refusals}.
 */
@Component
class LifecycleRefusals {

  private static final Logger log = LoggerFactory.getLogger("org.clusteratlas.lifecycle.refusals");

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  LifecycleRefusals(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  void record(Refusal refusal) {
    String message = refusal.message(Locale.SIMPLIFIED_CHINESE);
    log.info(
        "refused / 拒绝: case={} transition={} by={} rule={}",
        refusal.caseId() == null ? "-" : refusal.caseId(),
        refusal.transition().code(),
        refusal.actor().name(),
        refusal.rule());
    ownTransaction.executeWithoutResult(
        status ->
            jdbc.sql(
                    "insert into lifecycle_refusal (case_id, cluster_id, kind, transition,"
                        + " from_state, actor_name, actor_role, actor_region, at, rule, arguments,"
                        + " message) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                    refusal.caseId(),
                    refusal.clusterId(),
                    refusal.kind() == null ? null : refusal.kind().code(),
                    refusal.transition().code(),
                    refusal.from() == null ? null : refusal.from().code(),
                    refusal.actor().name(),
                    JdbcDesignationLifecycle.roleCode(refusal.actor().role()),
                    refusal.actor().regionCode(),
                    JdbcDesignationLifecycle.timestamp(refusal.at()),
                    refusal.rule(),
                    refusal.arguments().toArray(String[]::new),
                    message)
                .update());
  }

  /** The refusals recorded against case {@code caseId}, oldest first. */
  List<Refusal> ofCase(long caseId) {
    return jdbc.sql(
            "select case_id, cluster_id, kind, transition, from_state, actor_name, actor_role,"
                + " actor_region, at, rule, arguments from lifecycle_refusal where case_id = ?"
                + " order by id")
        .param(caseId)
        .query(
            (rs, n) -> {
              String kind = rs.getString("kind");
              String from = rs.getString("from_state");
              Array arguments = rs.getArray("arguments");
              return new Refusal(
                  rs.getLong("case_id"),
                  (Long) rs.getObject("cluster_id", Long.class),
                  kind == null ? null : DesignationKind.ofCode(kind),
                  Transition.ofCode(rs.getString("transition")),
                  from == null ? null : CaseState.ofCode(from),
                  new Actor(
                      rs.getString("actor_name"),
                      Actor.Role.valueOf(rs.getString("actor_role").toUpperCase(Locale.ROOT)),
                      rs.getString("actor_region")),
                  at(rs.getObject("at", OffsetDateTime.class)),
                  rs.getString("rule"),
                  List.of((String[]) arguments.getArray()));
            })
        .list();
  }

  private static Instant at(OffsetDateTime time) {
    return time.toInstant();
  }
}
