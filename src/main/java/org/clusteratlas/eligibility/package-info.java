/**
 * Eligibility: which clusters could apply for the next rung of each ladder of the gradient
 * cultivation system (DOMAIN.md §2) and what each still lacks. It owns the ladders' criteria as
 * named rules ({@link org.clusteratlas.eligibility.Criterion}), each a small pure type giving a
 * verdict — met, not met, unknown — with a reason, and their thresholds as versioned data ({@code
 * eligibility/criteria-*.json}): the national SME characteristic cluster's of MIIT 2022, and a
 * reconstruction, marked as such, of the provincial and national advanced manufacturing clusters'.
 * The verdicts are computed from the records through the indicator module's read model, the
 * register, the regions and the latest evaluation; facts only the annual self-report holds (area,
 * single champions) from the year's submitted or accepted self-report ({@link
 * org.clusteratlas.selfreport.SelfReports#valuesAsOf}). It owns no table. {@link
 * org.clusteratlas.eligibility.Eligibility} is the service; {@code GET /api/v1/eligibility/{year}}
 * and the page {@code /eligibility/{year}} show the board, scoped to the reader; the public sees
 * nothing (the figures are unpublished).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Eligibility")
package org.clusteratlas.eligibility;
