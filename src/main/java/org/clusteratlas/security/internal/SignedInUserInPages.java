package org.clusteratlas.security.internal;

import org.clusteratlas.security.SignedInUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The signed-in user as {@code signedInUser} in every page's model (null for a visitor), so that a
 * page's header offers to sign in or out.
 */
@ControllerAdvice(annotations = Controller.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignedInUserInPages {

  @ModelAttribute("signedInUser")
  SignedInUser signedInUser() {
    return SignedIn.current().orElse(null);
  }
}
