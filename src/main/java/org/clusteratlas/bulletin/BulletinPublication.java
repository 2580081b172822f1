package org.clusteratlas.bulletin;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The record that the bulletin of {@code year} was published on {@code publishedOn}, computed from
 * data version {@code dataVersion}; who recorded it (name, role, region) and when. One per year: a
 * later correction is read as the current bulletin and its {@link BulletinRevisions}, not published
 * again.
 */
public record BulletinPublication(
    int year,
    LocalDate publishedOn,
    long dataVersion,
    String actorName,
    String actorRole,
    String actorRegion,
    Instant recordedAt) {}
