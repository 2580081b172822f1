package org.clusteratlas.security.internal;

import java.util.Optional;
import org.clusteratlas.security.SignedInUser;
import org.clusteratlas.shared.Scope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of an authentication, however the request signed in. */
final class SignedIn {

  private SignedIn() {}

  static Optional<SignedInUser> user(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return Optional.empty();
    }
    Object principal = authentication.getPrincipal();
    if (principal instanceof AccountDetails details) {
      return Optional.of(details.user());
    }
    if (principal instanceof SignedInUser user) {
      return Optional.of(user);
    }
    return Optional.empty();
  }

  /** The user of the current request, if it signed in. */
  static Optional<SignedInUser> current() {
    return user(SecurityContextHolder.getContext().getAuthentication());
  }

  /** The scope of the current request: the public unless it signed in. */
  static Scope scope() {
    return current().map(SignedInUser::scope).orElseGet(Scope::anonymous);
  }
}
