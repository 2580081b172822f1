package org.clusteratlas.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.clusteratlas.shared.AccessRefused;
import org.clusteratlas.shared.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every refused request: a WARN line on the logger {@code org.clusteratlas.security.refusals} and a
 * row in {@code access_refusal}, written in a transaction of its own so that it stays when the
 * request's work is rolled back.
 */
@Component
class RefusalLog {

  private static final Logger log = LoggerFactory.getLogger("org.clusteratlas.security.refusals");

  /** A refusal as the administration page lists it. */
  record Entry(Instant at, String userName, String scope, String what, String remoteAddress) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  RefusalLog(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  @EventListener
  void record(AccessRefused refusal) {
    String scope = describe(refusal.scope());
    String address = remoteAddress();
    String user = refusal.scope().userName();
    log.warn(
        "refused / 拒绝访问: user={} scope={} what={} from={}",
        user == null ? "-" : user,
        scope,
        refusal.what(),
        address == null ? "-" : address);
    ownTransaction.executeWithoutResult(
        status ->
            jdbc.sql(
                    "insert into access_refusal (at, user_name, scope, what, remote_address)"
                        + " values (?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), user, scope, refusal.what(), address)
                .update());
  }

  /** The latest refusals, newest first. */
  List<Entry> latest(int limit) {
    return jdbc.sql(
            "select at, user_name, scope, what, remote_address from access_refusal"
                + " order by at desc, id desc limit ?")
        .param(limit)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("user_name"),
                    rs.getString("scope"),
                    rs.getString("what"),
                    rs.getString("remote_address")))
        .list();
  }

  /** A scope as a short text: {@code public}, {@code viewer}, {@code region:360100}, … */
  static String describe(Scope scope) {
    String kind = scope.kind().name().toLowerCase(java.util.Locale.ROOT);
    return switch (scope.kind()) {
      case REGION -> kind + ":" + scope.regionCode();
      case CLUSTER -> kind + ":" + scope.clusterId();
      default -> kind;
    };
  }

  private static String remoteAddress() {
    if (RequestContextHolder.getRequestAttributes()
        instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }
}
