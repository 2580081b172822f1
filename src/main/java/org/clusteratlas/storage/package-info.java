/**
 * Storage: where the platform's PostgreSQL lives.
 *
 * <p>Unless {@code spring.datasource.url} names an external PostgreSQL, this module starts an
 * embedded PostgreSQL 17 (zonky binaries shipped in the jar) whose files live in the data directory
 * ({@code atlas.data-dir}, default {@code ~/.cluster-atlas}). The directory is locked for the life
 * of the process, so a second process refuses with a clear message instead of sharing the files.
 * Flyway (configured by Spring Boot) owns the schema in {@code db/migration}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
package org.clusteratlas.storage;
