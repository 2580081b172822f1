package org.clusteratlas.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.clusteratlas.security.IssuedToken;
import org.clusteratlas.security.SignedInUser;
import org.clusteratlas.security.UserAccount;
import org.clusteratlas.security.UserAccounts;
import org.clusteratlas.security.UserAdded;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users in {@code app_user} and their tokens in {@code access_token}. */
@Service
@Transactional
class JdbcUserAccounts implements UserAccounts {

  static final String TOKEN_PREFIX = "atlas_";
  private static final int TOKEN_LENGTH = 40;
  private static final char[] URL_SAFE =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
  private static final String NAME = "[a-z][a-z0-9._-]{2,31}";
  private static final String COLUMNS =
      "id, name, role, region_code, cluster_id, enabled, created_at, created_by";

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  JdbcUserAccounts(
      JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public UserAccount add(
      String name, Actor.Role role, String scopeCode, String password, String createdBy) {
    if (name == null || !name.matches(NAME)) {
      throw new RuleViolation("user.name", name);
    }
    if (role == null) {
      throw new RuleViolation("user.role", null);
    }
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MINIMUM_PASSWORD_LENGTH) {
      // the message names the length, never the password
      throw new RuleViolation("user.password-short", length, MINIMUM_PASSWORD_LENGTH);
    }
    String scope = scopeCode == null || scopeCode.isBlank() ? null : scopeCode.trim();
    String regionCode = null;
    Long clusterId = null;
    switch (role) {
      case CITY_OFFICER -> regionCode = region(requireScope(scope, role));
      case CLUSTER_ORG -> clusterId = cluster(requireScope(scope, role));
      default -> {
        if (scope != null) {
          throw new RuleViolation("user.scope-unexpected", scope, UserAccounts.roleCode(role));
        }
      }
    }
    if (find(name).isPresent()) {
      throw new RuleViolation("user.name-taken", name);
    }
    // as PostgreSQL keeps it
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    long id;
    try {
      id =
          jdbc.sql(
                  "insert into app_user (name, password_hash, role, region_code, cluster_id,"
                      + " enabled, created_at, created_by) values (?, ?, ?, ?, ?, true, ?, ?)"
                      + " returning id")
              .params(
                  name,
                  passwords.encode(password),
                  UserAccounts.roleCode(role),
                  regionCode,
                  clusterId,
                  Timestamp.from(now),
                  createdBy)
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw new RuleViolation("user.name-taken", name);
    }
    events.publishEvent(new UserAdded(name, role, scope, createdBy));
    return new UserAccount(id, name, role, regionCode, clusterId, true, now, createdBy);
  }

  private static String requireScope(String scope, Actor.Role role) {
    if (scope == null) {
      throw new RuleViolation("user.scope-missing", UserAccounts.roleCode(role));
    }
    return scope;
  }

  /** A city or county of the province, as a city officer's scope. */
  private String region(String code) {
    boolean known =
        code.matches("36\\d{4}")
            && jdbc.sql(
                        "select count(*) from region where code = ? and level in ('city', 'county')")
                    .param(code)
                    .query(Long.class)
                    .single()
                > 0;
    if (!known) {
      throw new RuleViolation("user.region-unknown", code);
    }
    return code;
  }

  private long cluster(String code) {
    long id;
    try {
      id = Long.parseLong(code);
    } catch (NumberFormatException e) {
      throw new RuleViolation("user.cluster-unknown", code);
    }
    boolean known =
        jdbc.sql("select count(*) from cluster where id = ?").param(id).query(Long.class).single()
            > 0;
    if (!known) {
      throw new RuleViolation("user.cluster-unknown", code);
    }
    return id;
  }

  @Override
  @Transactional(readOnly = true)
  public List<UserAccount> list() {
    return jdbc.sql("select " + COLUMNS + " from app_user order by name")
        .query(JdbcUserAccounts::account)
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<UserAccount> find(String name) {
    return jdbc.sql("select " + COLUMNS + " from app_user where name = ?")
        .param(name)
        .query(JdbcUserAccounts::account)
        .optional();
  }

  @Override
  public void disable(String name) {
    setEnabled(name, false);
  }

  @Override
  public void enable(String name) {
    setEnabled(name, true);
  }

  private void setEnabled(String name, boolean enabled) {
    int updated =
        jdbc.sql("update app_user set enabled = ? where name = ?").params(enabled, name).update();
    if (updated == 0) {
      throw new RuleViolation("user.unknown", name);
    }
  }

  @Override
  public IssuedToken issueToken(String name, String label) {
    UserAccount user = find(name).orElseThrow(() -> new RuleViolation("user.unknown", name));
    String token = newToken();
    String cleanLabel = label == null || label.isBlank() ? null : label.strip();
    long id =
        jdbc.sql(
                "insert into access_token (user_id, label, token_sha256, created_at)"
                    + " values (?, ?, ?, ?) returning id")
            .params(user.id(), cleanLabel, sha256(token), Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    return new IssuedToken(id, name, cleanLabel, token);
  }

  @Override
  public void revokeToken(long tokenId) {
    int updated =
        jdbc.sql("update access_token set revoked_at = coalesce(revoked_at, ?) where id = ?")
            .params(Timestamp.from(clock.instant()), tokenId)
            .update();
    if (updated == 0) {
      throw new RuleViolation("token.unknown", tokenId);
    }
  }

  /**
   * The enabled user a token that is not revoked belongs to; marks the token used (at most once a
   * minute, so a busy script does not write on every request).
   */
  @Transactional
  Optional<SignedInUser> userOfToken(String token) {
    if (token == null || !token.startsWith(TOKEN_PREFIX)) {
      return Optional.empty();
    }
    String hash = sha256(token);
    Optional<TokenOwner> owner =
        jdbc.sql(
                "select t.id, u.name, u.role, u.region_code, u.cluster_id from access_token t"
                    + " join app_user u on u.id = t.user_id"
                    + " where t.token_sha256 = ? and t.revoked_at is null and u.enabled")
            .param(hash)
            .query(
                (rs, n) ->
                    new TokenOwner(
                        rs.getLong("id"),
                        new SignedInUser(
                            rs.getString("name"),
                            UserAccounts.role(rs.getString("role")),
                            rs.getString("region_code"),
                            (Long) rs.getObject("cluster_id", Long.class))))
            .optional();
    owner.ifPresent(
        o -> {
          Instant now = clock.instant();
          jdbc.sql(
                  "update access_token set last_used_at = ? where id = ?"
                      + " and (last_used_at is null or last_used_at < ?)")
              .params(Timestamp.from(now), o.tokenId(), Timestamp.from(now.minusSeconds(60)))
              .update();
        });
    return owner.map(TokenOwner::user);
  }

  private record TokenOwner(long tokenId, SignedInUser user) {}

  /** Whether the user exists and is enabled. */
  @Transactional(readOnly = true)
  boolean isEnabled(String name) {
    return jdbc.sql("select enabled from app_user where name = ?")
        .param(name)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /** The stored account of a name, with its password hash, for signing in. */
  @Transactional(readOnly = true)
  Optional<AccountDetails> details(String name) {
    return jdbc.sql(
            "select name, password_hash, role, region_code, cluster_id, enabled from app_user"
                + " where name = ?")
        .param(name)
        .query(
            (rs, n) ->
                new AccountDetails(
                    new SignedInUser(
                        rs.getString("name"),
                        UserAccounts.role(rs.getString("role")),
                        rs.getString("region_code"),
                        (Long) rs.getObject("cluster_id", Long.class)),
                    rs.getString("password_hash"),
                    rs.getBoolean("enabled")))
        .optional();
  }

  private String newToken() {
    StringBuilder token = new StringBuilder(TOKEN_PREFIX);
    for (int i = 0; i < TOKEN_LENGTH; i++) {
      token.append(URL_SAFE[random.nextInt(URL_SAFE.length)]);
    }
    return token.toString();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static UserAccount account(ResultSet rs, int row) throws SQLException {
    return new UserAccount(
        rs.getLong("id"),
        rs.getString("name"),
        UserAccounts.role(rs.getString("role")),
        rs.getString("region_code"),
        (Long) rs.getObject("cluster_id", Long.class),
        rs.getBoolean("enabled"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"));
  }
}
