/**
 * The cluster's annual self-report (年度自评报告, issue 5): the form every provincial cluster fills in
 * once a year — projects, R&D platforms, public services, digital and green measures, policies, and
 * two facts the eligibility checks need (area, single-champion firms) — from which the evaluation
 * takes its {@code self_report:<field>} leaves.
 *
 * <p>It owns the field catalogue ({@link org.clusteratlas.selfreport.SelfReportCatalogue},
 * versioned, every field a scheme reads with its type, unit and group; labels in the message
 * bundles), the edit checks in the collection module's three tiers ({@link
 * org.clusteratlas.selfreport.SelfReportRule}: hard faults refuse a save; quasi-hard and verify
 * findings must be explained before submission, and a boilerplate explanation is refused as the
 * collection module's {@code ExplanationQuality} says), the due dates ({@code
 * atlas.self-report.due.*}; a submission after them is accepted and marked late), the reports and
 * their append-only history (tables {@code self_report}, {@code self_report_event}, {@code
 * self_report_value}, {@code self_report_explanation}; migration V10): every save, submission,
 * acceptance and return is an event numbered by one global, increasing self-report version, and
 * every save and submission writes all its values anew, so the reports can be read as they stood at
 * any version ({@link org.clusteratlas.selfreport.SelfReports#submittedAsOf}), which is how an
 * evaluation run and its replay read them. {@code /api/v1/self-reports/…} and the pages {@code
 * /self-reports/…} show and take them; {@link org.clusteratlas.selfreport.SelfReportSubmitted} is
 * published on each submission (the lifecycle files last year's annual report step from it).
 *
 * <p>States: draft → submitted → accepted | returned; a returned report is a draft again when
 * edited. A cluster organisation fills in its own cluster's report; a city or county officer reads
 * those of the clusters hosted wholly within its region and may fill them in on the cluster's
 * behalf; the province administrator reads all and accepts or returns submitted ones (a return
 * needs a reason); viewers read; the public sees none. It uses the cluster register, the region
 * directory, the collection module's tiers and explanation test, and the web module's table
 * downloads; it does not use the evaluation, which uses it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Annual self-report")
package org.clusteratlas.selfreport;
