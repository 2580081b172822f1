package org.clusteratlas;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clusteratlas.security.UserAccounts;
import org.clusteratlas.shared.Actor;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Users the integration tests sign in as. Each is created once per database, committed (in a
 * transaction of its own, so that a test's rollback does not take it away and the running server
 * sees it), with a name and a password made up for this run.
 */
public final class TestUsers {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Map<String, Credentials> CREATED = new ConcurrentHashMap<>();

  /** A user's name and password. */
  public record Credentials(String name, String password) {

    /** The value of an {@code Authorization} header that signs in with HTTP Basic. */
    public String basicHeader() {
      return "Basic "
          + Base64.getEncoder()
              .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Signs a MockMvc request in with HTTP Basic. */
    public RequestPostProcessor basic() {
      return httpBasic(name, password);
    }
  }

  private TestUsers() {}

  /** The province administrator of the tests. */
  public static Credentials provinceAdmin(ApplicationContext context) {
    return user(context, "it-admin", Actor.Role.PROVINCE_ADMIN, null);
  }

  /** A city officer of 南昌市 (360100). */
  public static Credentials nanchangOfficer(ApplicationContext context) {
    return user(context, "it-nanchang", Actor.Role.CITY_OFFICER, "360100");
  }

  /** A user of {@code role} (and scope), created on first use; {@code prefix} names it. */
  public static Credentials user(
      ApplicationContext context, String prefix, Actor.Role role, String scope) {
    UserAccounts accounts = context.getBean(UserAccounts.class);
    String key = System.identityHashCode(accounts) + "/" + prefix;
    return CREATED.computeIfAbsent(
        key,
        k -> {
          String name = prefix + "-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
          name = name.substring(0, Math.min(name.length(), 32));
          byte[] secret = new byte[16];
          RANDOM.nextBytes(secret);
          String password = java.util.HexFormat.of().formatHex(secret);
          TransactionTemplate own =
              new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
          own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
          String created = name;
          own.executeWithoutResult(s -> accounts.add(created, role, scope, password, "tests"));
          return new Credentials(name, password);
        });
  }
}
