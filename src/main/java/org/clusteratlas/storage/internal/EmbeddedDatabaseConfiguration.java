package org.clusteratlas.storage.internal;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.clusteratlas.storage.StorageProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Starts the embedded PostgreSQL when no external one is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedDatabase embeddedDatabase(StorageProperties properties) {
    return new EmbeddedDatabase(properties.dataDir());
  }

  @Bean
  DataSource dataSource(EmbeddedDatabase database) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(database.jdbcUrl());
    dataSource.setUsername("postgres");
    dataSource.setMaximumPoolSize(16);
    dataSource.setPoolName("atlas");
    return dataSource;
  }

  /** True when {@code spring.datasource.url} is not set: then nothing external is configured. */
  static final class NoExternalDatabase implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String url = context.getEnvironment().getProperty("spring.datasource.url");
      return url == null || url.isBlank();
    }
  }
}
