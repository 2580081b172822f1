package org.clusteratlas.security.internal;

import java.util.Collection;
import java.util.List;
import org.clusteratlas.security.SignedInUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A stored account as Spring Security signs it in: the user, the password hash (dropped once the
 * password has been checked) and whether the account is enabled.
 */
final class AccountDetails implements UserDetails, CredentialsContainer {

  private final SignedInUser user;
  private String passwordHash;
  private final boolean enabled;

  AccountDetails(SignedInUser user, String passwordHash, boolean enabled) {
    this.user = user;
    this.passwordHash = passwordHash;
    this.enabled = enabled;
  }

  SignedInUser user() {
    return user;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return authorities(user);
  }

  static List<GrantedAuthority> authorities(SignedInUser user) {
    return List.of(new SimpleGrantedAuthority(user.authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return user.name();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public String toString() {
    return "AccountDetails[" + user + ", enabled=" + enabled + "]";
  }
}
