/**
 * Security: who may sign in and what each may do. It owns the users ({@code app_user}: name, Argon2
 * password hash, role — province_admin, city_officer, cluster_org, viewer — and the region or
 * cluster a role is bound to), their personal access tokens for scripts ({@code access_token}, kept
 * as SHA-256 only) and the log of refused requests ({@code access_refusal}).
 *
 * <p>It configures Spring Security: the sign-in page {@code /login}, HTTP Basic and {@code
 * Authorization: Bearer atlas_…} tokens for scripts, the rules of which paths need which role, RFC
 * 9457 answers to refused API requests, and no session for a visitor who has not signed in. It
 * resolves a controller's {@link org.clusteratlas.shared.Scope} and {@link
 * org.clusteratlas.shared.Actor} parameters from the signed-in user, so feature modules never touch
 * Spring Security. {@link org.clusteratlas.security.UserAccounts} is its API; the administration
 * page {@code /admin/users} and the command {@code user} use it. When the demo province is loaded
 * into an empty database it creates one demo account per role with a generated password.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.clusteratlas.security;
