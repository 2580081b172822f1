package org.clusteratlas.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.clusteratlas.security.IssuedToken;
import org.clusteratlas.security.UserAccount;
import org.clusteratlas.security.UserAccounts;
import org.clusteratlas.shared.Actor;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code user add|list|token}: the platform's users. {@code user add NAME --role ROLE [--scope
 * CODE]} reads the password from the first line of standard input (so it is in no shell history);
 * {@code user token NAME [--label L]} prints a personal access token, once. The command line acts
 * as the province administrator ({@code cli:} + the operating-system user).
 */
@Command(
    name = "user",
    description = "用户与访问令牌 / users and access tokens",
    mixinStandardHelpOptions = true,
    subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Token.class})
public final class UserCommand {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  /** {@code user add NAME --role ROLE [--scope CODE]}, the password on standard input. */
  @Command(
      name = "add",
      description =
          "添加用户，密码从标准输入的第一行读取 / add a user; the password is the first line of standard" + " input",
      mixinStandardHelpOptions = true)
  static final class Add implements Callable<Integer> {

    @Mixin ContextOptions context;

    @Parameters(index = "0", paramLabel = "NAME", description = "用户名 / user name")
    String name;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "ROLE",
        description = "province_admin, city_officer, cluster_org 或 / or viewer")
    String role;

    @Option(
        names = "--scope",
        paramLabel = "CODE",
        description =
            "市、县工信局的地区代码或集群促进机构的集群编号 / a city officer's region code or a cluster"
                + " organisation's cluster id")
    String scope;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      Actor.Role parsedRole = UserAccounts.role(role);
      String password = readPassword(spec, stdin());
      context.springArguments.remove(name);
      try (ConfigurableApplicationContext app = context.start(false, null)) {
        return execute(app.getBean(UserAccounts.class), parsedRole, password);
      }
    }

    /** Adds the user with this context's accounts; the options are checked by {@link #call()}. */
    int execute(UserAccounts accounts, Actor.Role parsedRole, String password) {
      UserAccount added =
          accounts.add(name, parsedRole, scope, password, PeriodCommand.actor().name());
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "已添加用户 / added user %s (%s%s)%n",
          added.name(),
          UserAccounts.roleCode(added.role()),
          added.scopeCode() == null ? "" : ", " + added.scopeCode());
      out.flush();
      return 0;
    }
  }

  /** {@code user list}. */
  @Command(name = "list", description = "列出用户 / list the users", mixinStandardHelpOptions = true)
  static final class ListUsers implements Callable<Integer> {

    @Mixin ContextOptions context;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext app = context.start(false, null)) {
        print(spec, render(app.getBean(UserAccounts.class).list()));
        return 0;
      }
    }
  }

  /** {@code user token NAME [--label L]}. */
  @Command(
      name = "token",
      description = "签发个人访问令牌（只显示一次）/ issue a personal access token (shown once)",
      mixinStandardHelpOptions = true)
  static final class Token implements Callable<Integer> {

    @Mixin ContextOptions context;

    @Parameters(index = "0", paramLabel = "NAME", description = "用户名 / user name")
    String name;

    @Option(names = "--label", paramLabel = "L", description = "令牌用途 / what the token is for")
    String label;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      context.springArguments.remove(name);
      try (ConfigurableApplicationContext app = context.start(false, null)) {
        return execute(app.getBean(UserAccounts.class));
      }
    }

    int execute(UserAccounts accounts) {
      IssuedToken token = accounts.issueToken(name, label == null ? "cli" : label);
      PrintWriter out = spec.commandLine().getOut();
      out.println(token.token());
      out.flush();
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          "令牌 #%d 已签发给 %s，只显示这一次 / token #%d issued to %s, shown this once;"
              + " send it as Authorization: Bearer <token>%n",
          token.id(), name, token.id(), name);
      err.flush();
      return 0;
    }
  }

  /** The first line of standard input, or a usage error naming what is missing. */
  static String readPassword(CommandSpec spec, BufferedReader in) throws IOException {
    String line = in.readLine();
    if (line == null || line.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "请在标准输入的第一行给出密码（至少 "
              + UserAccounts.MINIMUM_PASSWORD_LENGTH
              + " 个字符）/ give the password on the first line of standard input (at least "
              + UserAccounts.MINIMUM_PASSWORD_LENGTH
              + " characters), e.g. echo \"$PASSWORD\" | … user add NAME --role ROLE");
    }
    return line;
  }

  private static BufferedReader stdin() {
    return new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
  }

  static String render(List<UserAccount> users) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%-32s %-14s %-8s %-8s %s%n",
            "用户 / user", "角色 / role", "范围/scope", "状态/state", "创建 / created"));
    for (UserAccount u : users) {
      out.append(
          String.format(
              "%-32s %-14s %-8s %-8s %s %s%n",
              u.name(),
              UserAccounts.roleCode(u.role()),
              u.scopeCode() == null ? Actor.PROVINCE : u.scopeCode(),
              u.enabled() ? "enabled" : "disabled",
              TIME.format(u.createdAt()),
              u.createdBy()));
    }
    return out.toString();
  }

  private static void print(CommandSpec spec, String text) {
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    out.flush();
  }
}
