package org.clusteratlas.security.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.clusteratlas.security.IssuedToken;
import org.clusteratlas.security.SignedInUser;
import org.clusteratlas.security.UserAccounts;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users}, the province administrator's: the users, a form to add one, disabling and
 * enabling, issuing a personal access token (shown once, on the page that follows) and the latest
 * refused requests. Times are Beijing time.
 */
@Controller
@RequestMapping("/admin/users")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UserAdminPage {

  static final int REFUSALS_SHOWN = 50;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  /** A user as the table shows it. */
  record Row(
      String name,
      String role,
      String scope,
      boolean enabled,
      String createdAt,
      String createdBy,
      long activeTokens) {}

  /** A refusal as the table shows it. */
  record RefusalRow(String at, String userName, String scope, String what, String remoteAddress) {}

  /** A region or cluster a user may be bound to, for the scope field's suggestions. */
  record ScopeChoice(String code, String label) {}

  /** What the add form holds: the values typed, never the password. */
  record AddForm(String name, String role, String scope) {}

  private final UserAccounts accounts;
  private final RefusalLog refusals;
  private final JdbcClient jdbc;

  UserAdminPage(UserAccounts accounts, RefusalLog refusals, JdbcClient jdbc) {
    this.accounts = accounts;
    this.refusals = refusals;
    this.jdbc = jdbc;
  }

  @GetMapping
  String page(Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new AddForm("", "city_officer", ""));
    }
    model.addAttribute("users", rows());
    model.addAttribute(
        "roles", java.util.Arrays.stream(Actor.Role.values()).map(UserAccounts::roleCode).toList());
    model.addAttribute("scopes", scopeChoices());
    model.addAttribute("refusalsShown", REFUSALS_SHOWN);
    model.addAttribute(
        "refusals",
        refusals.latest(REFUSALS_SHOWN).stream()
            .map(
                r ->
                    new RefusalRow(
                        TIME.format(r.at()), r.userName(), r.scope(), r.what(), r.remoteAddress()))
            .toList());
    return "admin-users";
  }

  @PostMapping
  String add(
      @RequestParam String name,
      @RequestParam String role,
      @RequestParam(required = false) String scope,
      @RequestParam String password,
      Actor actor,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      accounts.add(name.strip(), UserAccounts.role(role), scope, password, actor.name());
    } catch (RuleViolation e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("error", e.message(locale));
      model.addAttribute("form", new AddForm(name, role, scope));
      return page(model);
    }
    redirect.addFlashAttribute("added", name.strip());
    return "redirect:/admin/users";
  }

  @PostMapping("/{name}/disable")
  String disable(@PathVariable String name, Locale locale, RedirectAttributes redirect) {
    boolean self = SignedIn.current().map(SignedInUser::name).filter(name::equals).isPresent();
    if (self) {
      redirect.addFlashAttribute(
          "error", new RuleViolation("user.disable-self", name).message(locale));
    } else {
      accounts.disable(name);
    }
    return "redirect:/admin/users";
  }

  @PostMapping("/{name}/enable")
  String enable(@PathVariable String name) {
    accounts.enable(name);
    return "redirect:/admin/users";
  }

  @PostMapping("/{name}/tokens")
  String issueToken(
      @PathVariable String name,
      @RequestParam(required = false) String label,
      RedirectAttributes redirect) {
    IssuedToken token = accounts.issueToken(name, label);
    redirect.addFlashAttribute("issuedToken", token);
    return "redirect:/admin/users";
  }

  private List<Row> rows() {
    return jdbc.sql(
            "select u.name, u.role, u.region_code, r.name as region_name, u.cluster_id,"
                + " c.name as cluster_name, u.enabled, u.created_at, u.created_by,"
                + " (select count(*) from access_token t"
                + "   where t.user_id = u.id and t.revoked_at is null) as tokens"
                + " from app_user u left join region r on r.code = u.region_code"
                + " left join cluster c on c.id = u.cluster_id order by u.name")
        .query(
            (rs, n) -> {
              String scope = null;
              if (rs.getString("region_code") != null) {
                scope = rs.getString("region_code") + " " + rs.getString("region_name");
              } else if (rs.getObject("cluster_id") != null) {
                scope = rs.getLong("cluster_id") + " " + rs.getString("cluster_name");
              }
              Instant created = rs.getTimestamp("created_at").toInstant();
              return new Row(
                  rs.getString("name"),
                  rs.getString("role"),
                  scope,
                  rs.getBoolean("enabled"),
                  TIME.format(created),
                  rs.getString("created_by"),
                  rs.getLong("tokens"));
            })
        .list();
  }

  private List<ScopeChoice> scopeChoices() {
    return jdbc.sql(
            "select code, name from ("
                + " select code, code || ' ' || name as name, 1 as k from region"
                + "  where code like '36%' and level in ('city', 'county')"
                + " union all"
                + " select id::text, id || ' ' || name, 2 from cluster) s order by k, length(code), code")
        .query((rs, n) -> new ScopeChoice(rs.getString("code"), rs.getString("name")))
        .list();
  }
}
