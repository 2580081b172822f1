package org.clusteratlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.security.UserAccounts;
import org.clusteratlas.shared.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import picocli.CommandLine;

/**
 * The {@code user} command. As for {@code import}, a run that needs the database is parsed by
 * picocli and executed with this test's context (on the test's thread, inside its transaction);
 * refusals that come before the database starts run through the whole command line.
 */
@AtlasIntegrationTest
@Transactional
class UserCommandTests {

  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private <T> T parse(T command, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.parseArgs(args);
    return command;
  }

  private int run(String... args) {
    CommandLine cli = ClusterAtlas.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void user_has_add_list_and_token() {
    CommandLine user = ClusterAtlas.commandLine().getSubcommands().get("user");

    assertThat(user).isNotNull();
    assertThat(user.getSubcommands()).containsOnlyKeys("add", "list", "token");
  }

  @Test
  void add_stores_a_city_officer_with_the_password_from_standard_input() throws Exception {
    UserCommand.Add add =
        parse(new UserCommand.Add(), "li.si", "--role", "city_officer", "--scope", "360700");
    String password =
        UserCommand.readPassword(
            add.spec, new BufferedReader(new StringReader("a long enough secret\nignored\n")));

    int code = add.execute(accounts, UserAccounts.role(add.role), password);

    assertThat(code).isZero();
    assertThat(out.toString()).contains("li.si (city_officer, 360700)");
    assertThat(accounts.find("li.si").orElseThrow().regionCode()).isEqualTo("360700");
    assertThat(accounts.find("li.si").orElseThrow().createdBy())
        .isEqualTo("cli:" + System.getProperty("user.name"));
    String hash =
        jdbc.sql("select password_hash from app_user where name = 'li.si'")
            .query(String.class)
            .single();
    assertThat(passwords.matches("a long enough secret", hash)).isTrue();
  }

  @Test
  void the_name_argument_is_the_commands_and_not_a_spring_setting() {
    UserCommand.Add add = parse(new UserCommand.Add(), "li.si", "--role", "viewer");

    assertThat(add.name).isEqualTo("li.si");
  }

  @Test
  void an_empty_first_line_of_standard_input_is_refused_with_a_clear_message() {
    UserCommand.Add add = parse(new UserCommand.Add(), "li.si", "--role", "viewer");

    for (String input : new String[] {"", "\n", "\nsecond line\n"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> UserCommand.readPassword(add.spec, new BufferedReader(new StringReader(input))))
          .isInstanceOf(CommandLine.ParameterException.class)
          .hasMessageContaining("standard input")
          .hasMessageContaining("12");
    }
  }

  @Test
  void an_unknown_cluster_or_a_short_password_is_refused_by_its_rule() {
    UserCommand.Add add =
        parse(new UserCommand.Add(), "wang.wu", "--role", "cluster_org", "--scope", "987654321");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> add.execute(accounts, Actor.Role.CLUSTER_ORG, "long enough password"))
        .hasMessageContaining("[user.cluster-unknown]")
        .hasMessageContaining("987654321");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> add.execute(accounts, Actor.Role.CLUSTER_ORG, "short"))
        .hasMessageContaining("[user.password-short]");
  }

  @Test
  void an_unknown_role_exits_with_2_before_the_database_starts() {
    int code = run("user", "add", "li.si", "--role", "admin", "--data", dir.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("[user.role]").contains("admin");
    assertThat(dir.resolve("pgdata")).doesNotExist();
  }

  @Test
  void list_prints_each_user_with_role_and_scope() {
    accounts.add("zhou.qi", Actor.Role.CITY_OFFICER, "360100", "long enough password", "tests");

    String text = UserCommand.render(accounts.list());

    assertThat(text.lines().filter(l -> l.startsWith("zhou.qi ")))
        .singleElement()
        .satisfies(
            l -> assertThat(l).contains("city_officer").contains("360100").contains("enabled"));
  }

  @Test
  void token_prints_the_token_once_on_standard_output() {
    accounts.add("zhou.ba", Actor.Role.VIEWER, null, "long enough password", "tests");
    UserCommand.Token token = parse(new UserCommand.Token(), "zhou.ba", "--label", "reports");

    int code = token.execute(accounts);

    assertThat(code).isZero();
    assertThat(out.toString().strip()).matches("atlas_[A-Za-z0-9_-]{40}");
    assertThat(err.toString()).contains("Authorization: Bearer").doesNotContain("atlas_");
  }
}
