/**
 * What readers see: the query layer behind the dashboard, the cluster directory, the cluster and
 * region profiles, the comparison and the records behind each bulletin figure, shared by the pages
 * and the REST API under {@code /api/v1}. Every query takes the reader's {@link
 * org.clusteratlas.shared.Scope} and decides, cluster by cluster, which figures it may show: the
 * current ones, the ones published with the year's bulletin, or none (a figure resting on fewer
 * than three enterprises, or a year not yet published). Enterprise records reach only a scope that
 * covers the enterprise; any other request is refused and the refusal published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Explore")
package org.clusteratlas.explore;
