package org.clusteratlas.collection.internal;

import java.time.Clock;
import java.util.function.Consumer;
import org.clusteratlas.enterprise.EnterpriseRegister;
import org.clusteratlas.shared.ReportingPeriod;
import org.clusteratlas.spreadsheet.SheetLimits;
import org.clusteratlas.statistics.ReportStore;
import org.clusteratlas.statistics.ReportWriter;
import org.clusteratlas.statistics.StoredReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** What an {@link ImportRun} works with: the stores, the periods' rules, transactions, limits. */
@Component
class ImportEnvironment {

  private final ReportStore reports;
  private final EnterpriseRegister enterprises;
  private final PeriodRules periods;
  private final Clock clock;
  private final JdbcClient jdbc;
  private final ImportLog log;
  private final TransactionTemplate transactions;
  private final TransactionTemplate separateRead;
  // reads stored periods ahead of need while the import streams its inserts
  private final java.util.concurrent.ExecutorService prefetcher =
      java.util.concurrent.Executors.newFixedThreadPool(
          2,
          r -> {
            Thread t = new Thread(r, "import-prefetch");
            t.setDaemon(true);
            return t;
          });

  ImportEnvironment(
      ReportStore reports,
      EnterpriseRegister enterprises,
      PeriodRules periods,
      Clock clock,
      JdbcClient jdbc,
      ImportLog log,
      PlatformTransactionManager transactionManager) {
    this.reports = reports;
    this.enterprises = enterprises;
    this.periods = periods;
    this.clock = clock;
    this.jdbc = jdbc;
    this.log = log;
    this.transactions = new TransactionTemplate(transactionManager);
    // a transaction of its own, or a savepoint inside the caller's: a file that is not applied
    // rolls back all it wrote either way
    transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.separateRead = new TransactionTemplate(transactionManager);
    separateRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    separateRead.setReadOnly(true);
  }

  ReportStore reports() {
    return reports;
  }

  EnterpriseRegister enterprises() {
    return enterprises;
  }

  PeriodRules periods() {
    return periods;
  }

  Clock clock() {
    return clock;
  }

  ImportLog log() {
    return log;
  }

  TransactionTemplate transactions() {
    return transactions;
  }

  SheetLimits limits() {
    return SheetLimits.defaults();
  }

  Registers registers() {
    return new Registers(enterprises);
  }

  /**
   * One import at a time, until the transaction ends: two files revising the same report would
   * otherwise race, and the second would fail only at the end.
   */
  void lockImports() {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('cluster-atlas import'))")
        .query((rs, n) -> 1)
        .list();
  }

  /** Whether an import now would run inside a caller's transaction. */
  boolean inCallersTransaction() {
    return org.springframework.transaction.support.TransactionSynchronizationManager
        .isActualTransactionActive();
  }

  java.util.concurrent.Executor prefetcher() {
    return prefetcher;
  }

  /** Reads the committed reports of a period in a read-only transaction of its own. */
  void readStoredSeparately(ReportingPeriod period, Consumer<StoredReport> report) {
    separateRead.executeWithoutResult(s -> reports.forEachInPeriod(period, report));
  }

  /** Runs a lookup in a read-only transaction of its own, beside the import's. */
  <T> T onOwnConnection(java.util.function.Supplier<T> lookup) {
    return separateRead.execute(s -> lookup.get());
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    prefetcher.shutdownNow();
  }

  /**
   * Reads the stored reports of a period in the import's transaction, which sees what the import
   * itself has written; the writer's COPY pauses for it.
   */
  void readStored(ReportWriter writer, ReportingPeriod period, Consumer<StoredReport> report) {
    writer.pause();
    reports.forEachInPeriod(period, report);
  }
}
