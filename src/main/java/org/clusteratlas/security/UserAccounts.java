package org.clusteratlas.security;

import java.util.List;
import java.util.Optional;
import org.clusteratlas.shared.Actor;

/**
 * The platform's users: who may sign in, in which role, for which region or cluster, and their
 * personal access tokens. Refused input raises {@link org.clusteratlas.shared.RuleViolation} before
 * anything is written.
 */
public interface UserAccounts {

  /** The shortest password accepted, in characters. */
  int MINIMUM_PASSWORD_LENGTH = 12;

  /**
   * Adds a user and publishes {@link UserAdded}.
   *
   * @param name 3 to 32 characters: a lower-case letter, then lower-case letters, digits, {@code
   *     .}, {@code _} or {@code -}
   * @param scopeCode a city or county code of the province for a city officer, a cluster id for a
   *     cluster organisation, {@code null} for the other roles
   * @param createdBy who adds the user, kept with it
   */
  UserAccount add(
      String name, Actor.Role role, String scopeCode, String password, String createdBy);

  /** Every user, by name. */
  List<UserAccount> list();

  Optional<UserAccount> find(String name);

  /** A disabled user can neither sign in nor use a token. */
  void disable(String name);

  void enable(String name);

  /**
   * Issues a personal access token to the user. The token itself is in the answer only: the
   * platform keeps its SHA-256.
   */
  IssuedToken issueToken(String name, String label);

  /** Revokes a token by its id; a revoked token is refused from then on. */
  void revokeToken(long tokenId);

  /** The role named as in the database and on the command line, e.g. {@code city_officer}. */
  static String roleCode(Actor.Role role) {
    return role.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The role of a code such as {@code city_officer}, or {@code user.role} refused. */
  static Actor.Role role(String code) {
    if (code != null) {
      for (Actor.Role role : Actor.Role.values()) {
        if (roleCode(role).equals(code.trim().toLowerCase(java.util.Locale.ROOT))) {
          return role;
        }
      }
    }
    throw new org.clusteratlas.shared.RuleViolation("user.role", code);
  }
}
