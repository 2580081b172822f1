/**
 * Regions: the GB/T 2260 divisions of the province (360000), its 11 cities and county-level
 * divisions, neighbouring provinces that host parts of cross-province clusters, and development
 * zones (开发区) with the region that hosts each. Loaded from {@code reference/} on first start;
 * answers "is this code known" and "does region A lie within scope B".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions")
package org.clusteratlas.region;
