/**
 * Web infrastructure shared by the feature modules' pages and API: the language switch (Chinese by
 * default, {@code ?lang=en} for English) and the mapping of refused input to RFC 9457 problem
 * details ({@code application/problem+json}) carrying the rule id and the rejected value, and the
 * tables a page shows and offers as CSV or XLSX ({@link org.clusteratlas.web.Table}, {@link
 * org.clusteratlas.web.TableFiles}), so a page and its download are made from the same rows; and
 * the pages' error page ({@link org.clusteratlas.web.Pages}, {@link
 * org.clusteratlas.web.PageRefusals}), so a refusal looks the same whichever module's page refused.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.clusteratlas.web;
