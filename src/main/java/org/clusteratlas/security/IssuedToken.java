package org.clusteratlas.security;

/**
 * A personal access token just issued: {@code token} is shown this once and never stored.
 *
 * @param id the token's id, by which it is revoked
 * @param token {@code atlas_} and 40 URL-safe characters, sent as {@code Authorization: Bearer …}
 */
public record IssuedToken(long id, String userName, String label, String token) {

  @Override
  public String toString() {
    return "IssuedToken[id=" + id + ", userName=" + userName + ", label=" + label + "]";
  }
}
