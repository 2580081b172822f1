/**
 * Data export: every table a published figure is computed from, as CSV, so that anyone can
 * recompute the bulletin outside the platform — {@code clusters}, {@code designations}, {@code
 * enterprises} (with the year's above-designated-size flag), {@code memberships}, {@code reports}
 * (one year's enterprise reports) and {@code indicators} (each cluster's monthly sums and growth).
 * Served as {@code GET /api/v1/exports/{what}?year=Y} and by the {@code export} command; the
 * columns, units and a recompute recipe are in {@code docs/data-dictionary.md}.
 *
 * <p>The files are UTF-8 with a byte-order mark and follow RFC 4180; text cells that a spreadsheet
 * would run as a formula are neutralised. Exports stream row by row from the database to the
 * output: a year of reports (about 1.4 million rows) never sits in memory. The data comes through
 * the other modules' public interfaces only; this module holds no SQL.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data export")
package org.clusteratlas.export;
