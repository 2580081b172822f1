package org.clusteratlas.security.internal;

import java.util.List;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.Scope;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Any controller may take a {@link Scope} (who is looking; the public when nobody signed in) and an
 * {@link Actor} (who changes something; a request that has not signed in is answered 401).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ScopeAndActorResolvers implements WebMvcConfigurer {

  private final Actors actors;

  ScopeAndActorResolvers(Actors actors) {
    this.actors = actors;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new ScopeResolver());
    resolvers.add(new ActorResolver(actors));
  }

  static final class ScopeResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return parameter.getParameterType() == Scope.class;
    }

    @Override
    public Scope resolveArgument(
        MethodParameter parameter,
        ModelAndViewContainer mav,
        NativeWebRequest request,
        WebDataBinderFactory binders) {
      return SignedIn.scope();
    }
  }

  static final class ActorResolver implements HandlerMethodArgumentResolver {

    private final Actors actors;

    ActorResolver(Actors actors) {
      this.actors = actors;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(
        MethodParameter parameter,
        ModelAndViewContainer mav,
        NativeWebRequest request,
        WebDataBinderFactory binders) {
      // the security filters answer it: 401 to the API, the sign-in page to a browser
      return actors.of(
          SignedIn.current()
              .orElseThrow(
                  () -> new AuthenticationCredentialsNotFoundException("no signed-in user")));
    }
  }
}
