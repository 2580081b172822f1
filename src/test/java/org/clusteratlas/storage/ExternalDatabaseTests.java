package org.clusteratlas.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.ClusterAtlasApplication;
import org.clusteratlas.storage.internal.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code spring.datasource.url} set, the platform uses that PostgreSQL and starts nothing
 * embedded. The "external" server here is the test run's own embedded one, with a database of its
 * own, so the test needs no other server.
 */
@AtlasIntegrationTest
class ExternalDatabaseTests {

  @Autowired EmbeddedDatabase testServer;
  @Autowired JdbcClient jdbc;

  @Test
  void an_external_database_is_migrated_and_used_and_nothing_embedded_starts() {
    jdbc.sql("drop database if exists atlas_external").update();
    jdbc.sql("create database atlas_external").update();
    String url = testServer.jdbcUrl().replace("/postgres?", "/atlas_external?");
    assertThat(url).contains("/atlas_external?");
    try (ConfigurableApplicationContext external =
        new SpringApplicationBuilder(ClusterAtlasApplication.class)
            .web(WebApplicationType.NONE)
            .run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--atlas.demo.enabled=false",
                "--atlas.data-dir=target/external-test-must-not-exist")) {
      assertThat(external.getBeansOfType(EmbeddedDatabase.class)).isEmpty();
      long regions =
          external
              .getBean(JdbcClient.class)
              .sql("select count(*) from region")
              .query(Long.class)
              .single();
      assertThat(regions).isEqualTo(116);
      assertThat(
              external
                  .getBean(JdbcClient.class)
                  .sql("select current_database()")
                  .query(String.class)
                  .single())
          .isEqualTo("atlas_external");
      assertThat(java.nio.file.Path.of("target/external-test-must-not-exist")).doesNotExist();
    }
    jdbc.sql("drop database atlas_external").update();
  }
}
