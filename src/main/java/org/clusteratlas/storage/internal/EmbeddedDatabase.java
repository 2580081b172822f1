package org.clusteratlas.storage.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server over {@code <data-dir>/pgdata}: started on construction, stopped
 * on {@link #close()}. The data-directory lock is taken first, so two processes never start a
 * server on the same files.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  /** How long {@link #close()} waits for the server to finish its shutdown checkpoint. */
  private static final Duration SHUTDOWN_WAIT = Duration.ofMinutes(2);

  private final DataDirectoryLock lock;
  private final EmbeddedPostgres postgres;
  private final Optional<ProcessHandle> server;

  public EmbeddedDatabase(Path dataDir) {
    this.lock = DataDirectoryLock.acquire(dataDir);
    try {
      Path pgData = dataDir.resolve("pgdata");
      stopOrphanedServer(pgData);
      this.postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(pgData)
              .setCleanDataDirectory(false)
              .setPGStartupWait(Duration.ofSeconds(60))
              .setServerConfig("max_connections", "100")
              .setServerConfig("shared_buffers", "256MB")
              .setServerConfig("work_mem", "32MB")
              .setServerConfig("maintenance_work_mem", "256MB")
              .setServerConfig("max_wal_size", "4GB")
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setLocaleConfig("encoding", "UTF8")
              .setLocaleConfig("locale", "C")
              .start();
      this.server = runningServer(pgData);
      log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), pgData);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  /**
   * A server left running by a process that was killed (we hold the lock, so it is no one's now)
   * would keep the new one from starting: ask it to stop, as {@code pg_ctl stop -m fast} would.
   */
  private static void stopOrphanedServer(Path pgData) throws IOException {
    Optional<ProcessHandle> server = runningServer(pgData);
    if (server.isPresent()) {
      log.warn("Stopping PostgreSQL {} left running by an earlier process", server.get().pid());
      server.get().destroy();
      server.get().onExit().orTimeout(60, TimeUnit.SECONDS).join();
    }
  }

  /** The server that {@code postmaster.pid} names, if it is a running PostgreSQL. */
  private static Optional<ProcessHandle> runningServer(Path pgData) throws IOException {
    Path pidFile = pgData.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    return Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream()
        .findFirst()
        .map(String::trim)
        .filter(s -> s.matches("\\d+"))
        .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
  }

  /**
   * Stops the server and returns when it has exited. {@code pg_ctl stop} returns once the server
   * has removed {@code postmaster.pid}, a moment before it exits, and gives up after 5 seconds,
   * which a shutdown checkpoint after a large load may need; so this waits for the process itself
   * before it releases the directory. Then, when the JVM ends, so has the server.
   */
  @Override
  public void close() {
    try {
      postgres.close();
      server.ifPresent(EmbeddedDatabase::awaitExit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.close();
    }
  }

  private static void awaitExit(ProcessHandle server) {
    try {
      server.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      log.warn(
          "PostgreSQL {} is still shutting down after {} s; the next start will wait for it",
          server.pid(),
          SHUTDOWN_WAIT.toSeconds());
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot wait for PostgreSQL " + server.pid(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
