package org.clusteratlas.security.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are kept (Argon2id, marked {@code {argon2}} so another encoder can follow) and how
 * a name signs in: from {@code app_user}, with or without the web server (the command line adds
 * users too).
 */
@Configuration(proxyBeanMethods = false)
class AccountsSignIn {

  static final String ENCODER = "argon2";

  @Bean
  PasswordEncoder passwordEncoder() {
    return new DelegatingPasswordEncoder(
        ENCODER, Map.of(ENCODER, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
  }

  @Bean
  UserDetailsService userDetailsService(JdbcUserAccounts accounts) {
    return name ->
        accounts.details(name).orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }
}
