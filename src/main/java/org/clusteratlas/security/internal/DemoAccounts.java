package org.clusteratlas.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clusteratlas.demo.DemoProvinceLoaded;
import org.clusteratlas.security.UserAccounts;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.storage.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One account per role for the demo province, created when it is loaded into an empty database,
 * each with a password generated then: how to sign in as each is logged once and written to {@code
 * demo-accounts.txt} in the data directory, readable by its owner only.
 */
@Component
class DemoAccounts {

  static final String FILE = "demo-accounts.txt";
  static final String CLUSTER = "南昌高新区光电及通信产业集群";
  static final int PASSWORD_LENGTH = 16;
  private static final String CREATED_BY = "demo";
  private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

  private record Account(String name, Actor.Role role, String scope) {}

  private final UserAccounts accounts;
  private final JdbcClient jdbc;
  private final StorageProperties storage;
  private final Environment environment;

  DemoAccounts(
      UserAccounts accounts, JdbcClient jdbc, StorageProperties storage, Environment environment) {
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.storage = storage;
    this.environment = environment;
  }

  @EventListener
  void demoLoaded(DemoProvinceLoaded loaded) {
    List<String> lines = create();
    lines.forEach(log::info);
    Path file = storage.dataDir().resolve(FILE);
    try {
      write(file, lines);
    } catch (UncheckedIOException e) {
      // the lines above say how to sign in; a data directory that cannot be written to is told of
      // by the database long before this
      log.warn("演示账号文件未能写入 / could not write {}: {}", file, e.getCause().toString());
    }
  }

  /** Creates the accounts that do not exist yet; one line each on how to sign in. */
  List<String> create() {
    List<Account> wanted = new ArrayList<>();
    wanted.add(new Account("admin", Actor.Role.PROVINCE_ADMIN, null));
    wanted.add(new Account("nanchang", Actor.Role.CITY_OFFICER, "360100"));
    wanted.add(new Account("ganzhou", Actor.Role.CITY_OFFICER, "360700"));
    wanted.add(new Account("viewer", Actor.Role.VIEWER, null));
    Optional<Long> cluster =
        jdbc.sql("select id from cluster where name = ?")
            .param(CLUSTER)
            .query(Long.class)
            .optional();
    if (cluster.isPresent()) {
      wanted.add(new Account("cluster-org", Actor.Role.CLUSTER_ORG, String.valueOf(cluster.get())));
    } else {
      log.warn("演示集群不存在，未建集群促进机构账号 / no demo cluster {}: no cluster_org account", CLUSTER);
    }
    String signIn = signInAddress();
    List<String> lines = new ArrayList<>();
    for (Account account : wanted) {
      if (accounts.find(account.name()).isPresent()) {
        log.warn("演示账号已存在，未改动 / demo account {} exists already: left as it is", account.name());
        continue;
      }
      String password = GeneratedPasswords.generate(PASSWORD_LENGTH);
      accounts.add(account.name(), account.role(), account.scope(), password, CREATED_BY);
      lines.add(
          String.format(
              "演示账号 / demo account: %s  role=%s  scope=%s  password=%s  登录 / sign in: %s",
              account.name(),
              UserAccounts.roleCode(account.role()),
              account.role() == Actor.Role.CLUSTER_ORG
                  ? account.scope() + " (" + CLUSTER + ")"
                  : account.scope() == null ? Actor.PROVINCE : account.scope(),
              password,
              signIn));
    }
    return lines;
  }

  /** The sign-in page on this machine, at the configured port. */
  private String signInAddress() {
    String port = environment.getProperty("server.port", "8080");
    return "0".equals(port) ? "/login" : "http://localhost:" + port + "/login";
  }

  /** Writes the lines to a file only its owner may read, created so before anything is in it. */
  static void write(Path file, List<String> lines) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.deleteIfExists(file);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.write(
          file,
          lines,
          StandardCharsets.UTF_8,
          StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    log.info("演示账号已写入 / demo accounts written to {}", file);
  }
}
