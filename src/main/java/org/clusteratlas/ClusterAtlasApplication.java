package org.clusteratlas;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/** The Spring application: one module per top-level package below this one. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class ClusterAtlasApplication {

  /** The one clock of the platform; domain code never calls {@code now()} itself. */
  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
