/**
 * The designation lifecycle (认定全生命周期): each cluster's path to, or within, one designation kind as a
 * case that moves through named steps — application (申报) → formal check (形式审查) → expert review
 * (专家评审) → public notice (公示) → recognition (认定) → annual reports and evaluations → re-review (复核)
 * every three years → promotion, warning (黄牌), demotion, merger or revocation. Rejection at the
 * formal check, the review or the notice ends a case with a reason.
 *
 * <p>It owns the cases ({@link org.clusteratlas.lifecycle.LifecycleCase}: the state machine, its
 * checks and its history), their storage (tables {@code lifecycle_case}, {@code lifecycle_step},
 * {@code lifecycle_expert_score}, {@code lifecycle_refusal}; migration V9), the service {@link
 * org.clusteratlas.lifecycle.DesignationLifecycle}, {@code /api/v1/lifecycle/…} and the pages
 * {@code /clusters/{id}/lifecycle} (a cluster's cases and their steps) and {@code /inbox} (the
 * steps awaiting the signed-in user). It owns no designation: recognition, demotion, merger and
 * revocation go through {@link org.clusteratlas.cluster.ClusterRegister#grant} and {@link
 * org.clusteratlas.cluster.ClusterRegister#revoke}, so the register and its {@code
 * DesignationGranted} / {@code DesignationRevoked} events stay the one source of designations.
 *
 * <p>Who may take which step ({@link org.clusteratlas.lifecycle.Transition}, checked in the domain;
 * the filter chain only requires a signed-in user):
 *
 * <table>
 *   <caption>Steps, the states they are taken from, and the roles that may take them</caption>
 *   <tr><th>step</th><th>from</th><th>to</th><th>who</th></tr>
 *   <tr><td>apply 申报</td><td>—</td><td>applied</td>
 *       <td>city_officer, for a cluster hosted wholly within its region</td></tr>
 *   <tr><td>enrol 纳入动态管理</td><td>— (designation held)</td><td>recognised</td>
 *       <td>province_admin</td></tr>
 *   <tr><td>pass_formal_check / reject_formal_check</td><td>applied</td>
 *       <td>under_review / rejected</td><td>province_admin</td></tr>
 *   <tr><td>record_expert_score</td><td>under_review</td><td>under_review</td>
 *       <td>province_admin</td></tr>
 *   <tr><td>open_public_notice / reject_review</td><td>under_review</td>
 *       <td>in_notice / rejected</td><td>province_admin</td></tr>
 *   <tr><td>recognise (after the notice's last day) / reject_notice</td><td>in_notice</td>
 *       <td>recognised / rejected</td><td>province_admin</td></tr>
 *   <tr><td>file_annual_report (taken too when last year's self-report is submitted)</td>
 *       <td>recognised, warned, re_review</td><td>same</td>
 *       <td>city_officer (cluster within its region), cluster_org (its own cluster)</td></tr>
 *   <tr><td>record_evaluation</td><td>recognised, warned, re_review</td><td>same</td>
 *       <td>province_admin</td></tr>
 *   <tr><td>start_re_review (when due)</td><td>recognised, warned</td><td>re_review</td>
 *       <td>province_admin</td></tr>
 *   <tr><td>pass_re_review</td><td>re_review</td><td>recognised</td><td>province_admin</td></tr>
 *   <tr><td>warn</td><td>recognised, re_review</td><td>warned</td><td>province_admin</td></tr>
 *   <tr><td>lift_warning</td><td>warned</td><td>recognised</td><td>province_admin</td></tr>
 *   <tr><td>promote (opens a case for the rung above)</td><td>recognised</td><td>recognised</td>
 *       <td>province_admin</td></tr>
 *   <tr><td>demote / merge / revoke</td><td>recognised, warned, re_review</td>
 *       <td>demoted / merged / revoked</td><td>province_admin</td></tr>
 * </table>
 *
 * <p>Viewers take no step. A step the role may not take is refused {@code
 * lifecycle.role-forbidden}, one for a cluster the caller does not answer for {@code
 * lifecycle.scope-forbidden} (both 403), one the state does not allow {@code
 * lifecycle.transition-not-allowed}, naming the current state and the step. Every refusal is
 * recorded in {@code lifecycle_refusal} (who, when, which case and state, which step, the rule and
 * its message) in a transaction of its own, and the refused work rolls back. Steps are never
 * changed or deleted; only a case's current state is updated. Times come from the injected {@link
 * java.time.Clock}; days are Beijing days. The module uses the {@code cluster} register and the
 * {@code region} directory (the region a development zone lies in).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Designation lifecycle")
package org.clusteratlas.lifecycle;
