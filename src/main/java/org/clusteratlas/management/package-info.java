/**
 * Dynamic management (动态管理, DOMAIN.md §5: a cluster graded 不合格 is warned and, if it does not
 * improve, demoted or removed). After each evaluation run ({@code
 * evaluation.EvaluationRunCompleted}, heard synchronously inside the run's transaction) it proposes
 * the actions its {@link org.clusteratlas.management.ProposalRules} imply — {@code warn} (黄牌警告),
 * {@code revoke} (or {@code demote}) after {@code atlas.management.revoke-after} consecutive
 * failures or a failure after a warning, {@code lift_warning}, and the flag {@code tier_crossed}
 * (revenue tier up or down from last year, as {@code indicator.RevenueTier} computes it) — one per
 * run, cluster and kind, each with its grounds; and, just after the run commits, the flag {@code
 * became_eligible} for clusters the {@code eligibility} board lets apply for a ladder this year and
 * not last year. A later run of the same year supersedes the open proposals of the earlier ones and
 * proposes afresh; decided ones stay.
 *
 * <p>The province administrator confirms or rejects a proposal with a reason (and a document
 * number). Confirming an action takes its step on the cluster's provincial case through {@link
 * org.clusteratlas.lifecycle.DesignationLifecycle}, as the confirming person, enrolling the cluster
 * first if it holds the designation without a case; if the lifecycle refuses, nothing is stored and
 * the proposal stays open. It owns tables {@code management_proposal}, {@code management_decision}
 * (append-only) and {@code management_warning_step} (the provincial steps into and out of a
 * warning, seen from {@code LifecycleStepTaken}; migration V11), the service {@link
 * org.clusteratlas.management.DynamicManagement}, {@code /api/v1/management/proposals…} and the
 * page {@code /management/{year}}. On the demo's load it enrols every provincial cluster in the
 * lifecycle. Readers see the proposals of the clusters their scope covers; the public none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dynamic management")
package org.clusteratlas.management;
