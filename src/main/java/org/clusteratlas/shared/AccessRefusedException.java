package org.clusteratlas.shared;

/**
 * Thrown by a query asked for records outside the scope. The web layer answers 403 (401 to a
 * visitor who has not signed in) and publishes the {@link AccessRefused} event it carries.
 */
public final class AccessRefusedException extends RuntimeException {

  private final AccessRefused refusal;

  public AccessRefusedException(Scope scope, String what) {
    super("access refused: " + what);
    this.refusal = new AccessRefused(scope, what);
  }

  public AccessRefused refusal() {
    return refusal;
  }
}
