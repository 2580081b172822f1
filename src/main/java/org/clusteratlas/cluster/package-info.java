/**
 * The cluster register: clusters, their hosts (counties, cities, development zones, or regions
 * outside the province) and their designations on the two ladders — municipal → provincial →
 * provincial advanced manufacturing → national advanced manufacturing, and provincial → national
 * SME characteristic. A designation has a granted date and document and may be revoked with a date,
 * document and reason; "which clusters held designation K on date D" has one answer, {@link
 * org.clusteratlas.cluster.ClusterRegister#holdersOn}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster register")
package org.clusteratlas.cluster;
