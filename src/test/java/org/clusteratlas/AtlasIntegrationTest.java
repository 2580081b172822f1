package org.clusteratlas;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An integration test against the real embedded PostgreSQL with the demo province loaded. Every
 * test class with this annotation shares one application context (and so one database and one demo
 * load per test run): tests that change data must be {@code @Transactional} so that their changes
 * roll back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = ClusterAtlasApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "atlas.data-dir=target/it-data",
      "atlas.demo.enabled=true",
      // tests change data and read it back at once
      "atlas.explore.snapshot-ttl=0s"
    })
public @interface AtlasIntegrationTest {}
