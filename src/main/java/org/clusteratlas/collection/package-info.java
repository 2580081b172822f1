/**
 * Collection of enterprise reports (数据采集): the ways reports come in (the XLSX/CSV template, the
 * {@code reports} export format, upload in the page, {@code POST /api/v1/imports}, the {@code
 * import} command), the versioned catalogue of edit checks in the three tiers of the statistical
 * system (强制性 hard, 准强制性 quasi-hard, 核实性 verify), the import report a clerk can act on, and the
 * findings that stay open until cleared. A file is applied all or nothing, as one data version of
 * the statistics module; the period module says which periods are locked or late.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Collection")
package org.clusteratlas.collection;
