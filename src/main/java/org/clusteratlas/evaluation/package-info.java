/**
 * Evaluation: the province's annual comprehensive evaluation of its provincial clusters
 * (江西省省级工业产业集群综合评价办法, 赣工信规字〔2021〕5号; DOMAIN.md §5). It owns the evaluation schemes as versioned
 * data ({@link org.clusteratlas.evaluation.Scheme}: the tree of indicators with their weights, each
 * leaf's source, normalisation, direction and missing score, and the grade cut-offs; tables {@code
 * evaluation_scheme}), the statistics each leaf computes from the records through the indicator
 * module's read model, the scoring of every cluster holding the provincial designation at the end
 * of a year (total out of 100, every leaf's raw value, normalised score and weighted contribution,
 * rank, grade 优秀/良好/合格/不合格, stars from two consecutive grades), and the stored runs ({@code
 * evaluation_run}, {@code evaluation_result}, {@code evaluation_score}) that name the scheme
 * version and data version they used, so that each can be replayed to the same scores. A what-if
 * recomputes a run with other weights or cut-offs without saving anything. {@link
 * org.clusteratlas.evaluation.Evaluations} is the service; {@code GET /api/v1/evaluations/{year}}
 * and the {@code evaluate} command show its results.
 *
 * <p>Results are not published: {@link org.clusteratlas.evaluation.ScopedEvaluations} reads them
 * for a reader's scope (the province and viewers every cluster, a city or county bureau the
 * clusters hosted wholly within its region, an organisation its own; the public nothing), for the
 * API and for the pages: {@code /evaluations/{year}} (the run, counts per grade and star level, the
 * table filtered by grade and city, its CSV/XLSX, and for a year not evaluated a button that runs
 * it for the province administrator), {@code /evaluations/{year}/clusters/{id}} (the explanation as
 * an indicator tree, with its leaves' CSV/XLSX) and {@code /evaluations/{year}/what-if} (other
 * weights and cut-offs tried, nothing saved; the province administrator and viewers). The module
 * uses the {@code region} directory for the region a development zone lies in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package org.clusteratlas.evaluation;
