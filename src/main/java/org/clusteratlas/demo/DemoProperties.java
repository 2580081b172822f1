package org.clusteratlas.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled load the demo province into an empty database on start ({@code --no-demo} turns it
 *     off)
 * @param seed the generator's seed; the same seed always gives the same province
 */
@ConfigurationProperties("atlas.demo")
public record DemoProperties(boolean enabled, long seed) {}
