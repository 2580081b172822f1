package org.clusteratlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** The users: each rule that refuses one, what is stored, tokens. Every test rolls back. */
@AtlasIntegrationTest
@Transactional
@RecordApplicationEvents
class UserAccountsTests {

  private static final String PASSWORD = "correct horse battery";

  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired ApplicationEvents events;

  private long aCluster() {
    return jdbc.sql("select min(id) from cluster").query(Long.class).single();
  }

  private static String ruleOf(Runnable action) {
    try {
      action.run();
    } catch (RuleViolation e) {
      return e.rule();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void a_user_is_stored_with_an_argon2_hash_and_announced() {
    UserAccount added =
        accounts.add("zhang.san", Actor.Role.CITY_OFFICER, "360100", PASSWORD, "tests");

    assertThat(added.name()).isEqualTo("zhang.san");
    assertThat(added.regionCode()).isEqualTo("360100");
    assertThat(added.clusterId()).isNull();
    assertThat(added.enabled()).isTrue();
    assertThat(added.createdAt()).isBefore(Instant.now().plusSeconds(1));
    assertThat(accounts.find("zhang.san")).contains(added);
    String hash =
        jdbc.sql("select password_hash from app_user where name = 'zhang.san'")
            .query(String.class)
            .single();
    assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
    assertThat(passwords.matches(PASSWORD, hash)).isTrue();
    assertThat(events.stream(UserAdded.class))
        .containsExactly(new UserAdded("zhang.san", Actor.Role.CITY_OFFICER, "360100", "tests"));
  }

  @Test
  void each_role_is_stored_with_its_scope() {
    long cluster = aCluster();
    accounts.add("prov-admin", Actor.Role.PROVINCE_ADMIN, null, PASSWORD, "tests");
    accounts.add("county-officer", Actor.Role.CITY_OFFICER, "360121", PASSWORD, "tests");
    accounts.add("org-user", Actor.Role.CLUSTER_ORG, String.valueOf(cluster), PASSWORD, "tests");
    accounts.add("read-only", Actor.Role.VIEWER, " ", PASSWORD, "tests");

    assertThat(accounts.find("prov-admin").orElseThrow().scopeCode()).isNull();
    assertThat(accounts.find("county-officer").orElseThrow().regionCode()).isEqualTo("360121");
    assertThat(accounts.find("org-user").orElseThrow().clusterId()).isEqualTo(cluster);
    assertThat(accounts.find("read-only").orElseThrow().role()).isEqualTo(Actor.Role.VIEWER);
    assertThat(accounts.list())
        .extracting(UserAccount::name)
        .contains("county-officer", "org-user", "prov-admin", "read-only")
        .isSorted();
  }

  @Test
  void a_name_must_be_three_to_thirty_two_lower_case_letters_digits_dots_dashes_or_underscores() {
    List<String> refused = new ArrayList<>();
    for (String name :
        new String[] {
          null, "", "ab", "Admin", "1admin", "zhang san", "王伟", "a".repeat(33), "x;y"
        }) {
      refused.add(ruleOf(() -> accounts.add(name, Actor.Role.VIEWER, null, PASSWORD, "tests")));
    }

    assertThat(refused).containsOnly("user.name");
    assertThat(accounts.add("a" + "b".repeat(31), Actor.Role.VIEWER, null, PASSWORD, "t").name())
        .hasSize(32);
  }

  @Test
  void a_name_in_use_is_refused() {
    accounts.add("taken", Actor.Role.VIEWER, null, PASSWORD, "tests");

    assertThat(ruleOf(() -> accounts.add("taken", Actor.Role.VIEWER, null, PASSWORD, "tests")))
        .isEqualTo("user.name-taken");
  }

  @Test
  void a_password_shorter_than_twelve_characters_is_refused_without_showing_it() {
    RuleViolation e =
        org.junit.jupiter.api.Assertions.assertThrows(
            RuleViolation.class,
            () -> accounts.add("short-pw", Actor.Role.VIEWER, null, "elevenchars", "tests"));

    assertThat(e.rule()).isEqualTo("user.password-short");
    assertThat(e.getMessage()).contains("11").contains("12").doesNotContain("elevenchars");
    assertThat(ruleOf(() -> accounts.add("no-pw", Actor.Role.VIEWER, null, null, "tests")))
        .isEqualTo("user.password-short");
    assertThat(accounts.add("twelve", Actor.Role.VIEWER, null, "twelve chars", "t").name())
        .isEqualTo("twelve");
  }

  @Test
  void a_city_officer_or_cluster_organisation_without_a_scope_is_refused() {
    assertThat(
            ruleOf(() -> accounts.add("officer-1", Actor.Role.CITY_OFFICER, null, PASSWORD, "t")))
        .isEqualTo("user.scope-missing");
    assertThat(ruleOf(() -> accounts.add("org-2", Actor.Role.CLUSTER_ORG, "  ", PASSWORD, "t")))
        .isEqualTo("user.scope-missing");
  }

  @Test
  void a_province_administrator_or_viewer_with_a_scope_is_refused() {
    assertThat(
            ruleOf(
                () -> accounts.add("admin-1", Actor.Role.PROVINCE_ADMIN, "360100", PASSWORD, "t")))
        .isEqualTo("user.scope-unexpected");
    assertThat(ruleOf(() -> accounts.add("viewer-1", Actor.Role.VIEWER, "1", PASSWORD, "t")))
        .isEqualTo("user.scope-unexpected");
  }

  @Test
  void a_city_officers_region_must_be_a_city_or_county_of_the_province() {
    for (String code : new String[] {"999999", "110100", "360000", "3601", "南昌市", "360199"}) {
      assertThat(
              ruleOf(() -> accounts.add("officer-2", Actor.Role.CITY_OFFICER, code, PASSWORD, "t")))
          .as(code)
          .isEqualTo("user.region-unknown");
    }
  }

  @Test
  void a_cluster_organisations_cluster_must_exist() {
    for (String code : new String[] {"987654321", "abc", "-1"}) {
      assertThat(ruleOf(() -> accounts.add("org-1", Actor.Role.CLUSTER_ORG, code, PASSWORD, "t")))
          .as(code)
          .isEqualTo("user.cluster-unknown");
    }
  }

  @Test
  void roles_are_read_as_written_on_the_command_line() {
    assertThat(UserAccounts.role("city_officer")).isEqualTo(Actor.Role.CITY_OFFICER);
    assertThat(UserAccounts.role(" Viewer ")).isEqualTo(Actor.Role.VIEWER);
    assertThat(ruleOf(() -> UserAccounts.role("admin"))).isEqualTo("user.role");
    assertThat(ruleOf(() -> UserAccounts.role(null))).isEqualTo("user.role");
  }

  @Test
  void disabling_and_enabling_a_user_is_stored_and_an_unknown_user_is_refused() {
    accounts.add("on-off", Actor.Role.VIEWER, null, PASSWORD, "tests");

    accounts.disable("on-off");
    assertThat(accounts.find("on-off").orElseThrow().enabled()).isFalse();
    accounts.enable("on-off");
    assertThat(accounts.find("on-off").orElseThrow().enabled()).isTrue();
    assertThat(ruleOf(() -> accounts.disable("nobody-here"))).isEqualTo("user.unknown");
  }

  @Test
  void a_token_is_shown_once_and_only_its_sha256_is_kept() throws Exception {
    accounts.add("scripted", Actor.Role.VIEWER, null, PASSWORD, "tests");

    IssuedToken first = accounts.issueToken("scripted", " nightly export ");
    IssuedToken second = accounts.issueToken("scripted", null);

    assertThat(first.token()).matches("atlas_[A-Za-z0-9_-]{40}").isNotEqualTo(second.token());
    assertThat(first.label()).isEqualTo("nightly export");
    assertThat(first.toString()).doesNotContain(first.token());
    String stored =
        jdbc.sql("select token_sha256 from access_token where id = ?")
            .param(first.id())
            .query(String.class)
            .single();
    String expected =
        java.util.HexFormat.of()
            .formatHex(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(first.token().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(stored).isEqualTo(expected);
    accounts.revokeToken(first.id());
    assertThat(
            jdbc.sql("select revoked_at is not null from access_token where id = ?")
                .param(first.id())
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(ruleOf(() -> accounts.revokeToken(987654321L))).isEqualTo("token.unknown");
    assertThat(ruleOf(() -> accounts.issueToken("nobody-here", null))).isEqualTo("user.unknown");
  }
}
