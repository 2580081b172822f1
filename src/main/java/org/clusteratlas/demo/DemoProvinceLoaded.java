package org.clusteratlas.demo;

import java.time.Duration;

/** Published once the demo province has been loaded into an empty database. */
public record DemoProvinceLoaded(
    long seed, int clusters, int enterprises, long reports, Duration took) {}
