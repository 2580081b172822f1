package org.clusteratlas.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.security.SignedInUser;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The {@link Scope} and {@link Actor} a controller is given for each role, whichever way the user
 * signed in (the sign-in page's account details or a token's user), and for a visitor.
 */
@AtlasIntegrationTest
class ScopeAndActorResolutionTests {

  @Autowired Actors actors;
  @Autowired JdbcClient jdbc;

  private final ScopeAndActorResolvers.ScopeResolver scopes =
      new ScopeAndActorResolvers.ScopeResolver();

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private static void signInWithPassword(SignedInUser user) {
    AccountDetails details = new AccountDetails(user, null, true);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                details, null, details.getAuthorities()));
  }

  private static void signInWithToken(SignedInUser user) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                user, null, AccountDetails.authorities(user)));
  }

  private Scope scope() {
    return scopes.resolveArgument(null, null, null, null);
  }

  private Actor actor() {
    return new ScopeAndActorResolvers.ActorResolver(actors).resolveArgument(null, null, null, null);
  }

  @Test
  void a_visitor_is_the_public_and_may_not_act() {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

    assertThat(scope()).isEqualTo(Scope.anonymous());
    assertThatThrownBy(this::actor).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    SecurityContextHolder.clearContext();
    assertThat(scope()).isEqualTo(Scope.anonymous());
  }

  @Test
  void a_province_administrator_sees_the_province_and_acts_for_it() {
    signInWithPassword(new SignedInUser("wang", Actor.Role.PROVINCE_ADMIN, null, null));

    assertThat(scope()).isEqualTo(Scope.province("wang"));
    assertThat(actor()).isEqualTo(Actor.provinceAdministrator("wang"));
  }

  @Test
  void a_viewer_sees_every_cluster_figure_and_answers_for_the_province() {
    signInWithToken(new SignedInUser("li", Actor.Role.VIEWER, null, null));

    assertThat(scope()).isEqualTo(Scope.viewer("li"));
    assertThat(actor()).isEqualTo(new Actor("li", Actor.Role.VIEWER, "360000"));
  }

  @Test
  void a_city_officer_sees_and_acts_for_their_region() {
    signInWithPassword(new SignedInUser("zhao", Actor.Role.CITY_OFFICER, "360700", null));

    assertThat(scope()).isEqualTo(Scope.region("zhao", "360700"));
    assertThat(actor()).isEqualTo(new Actor("zhao", Actor.Role.CITY_OFFICER, "360700"));
  }

  @Test
  void a_cluster_organisation_sees_its_cluster_and_acts_for_the_region_of_its_first_host() {
    List<Long> clusters =
        jdbc.sql(
                "select c.id from cluster c join cluster_host h on h.cluster_id = c.id and h.seq ="
                    + " (select min(seq) from cluster_host where cluster_id = c.id)"
                    + " where h.zone_code is not null order by c.id limit 1")
            .query(Long.class)
            .list();
    assertThat(clusters).as("a demo cluster whose first host is a development zone").hasSize(1);
    long cluster = clusters.get(0);
    String zoneRegion =
        jdbc.sql(
                "select z.parent_region_code from cluster_host h"
                    + " join development_zone z on z.code = h.zone_code"
                    + " where h.cluster_id = ? order by h.seq limit 1")
            .param(cluster)
            .query(String.class)
            .single();
    signInWithToken(new SignedInUser("org", Actor.Role.CLUSTER_ORG, null, cluster));

    assertThat(scope()).isEqualTo(Scope.cluster("org", cluster));
    assertThat(actor()).isEqualTo(new Actor("org", Actor.Role.CLUSTER_ORG, zoneRegion));
  }

  @Test
  void a_cluster_hosted_by_a_region_gives_that_region() {
    long cluster =
        jdbc.sql(
                "select c.id from cluster c join cluster_host h on h.cluster_id = c.id and h.seq ="
                    + " (select min(seq) from cluster_host where cluster_id = c.id)"
                    + " where h.region_code is not null order by c.id limit 1")
            .query(Long.class)
            .single();
    String region =
        jdbc.sql("select region_code from cluster_host where cluster_id = ? order by seq limit 1")
            .param(cluster)
            .query(String.class)
            .single();
    signInWithPassword(new SignedInUser("org", Actor.Role.CLUSTER_ORG, null, cluster));

    assertThat(actor().regionCode()).isEqualTo(region);
  }
}
