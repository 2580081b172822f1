package org.clusteratlas.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded database keeps its files.
 *
 * @param dataDir the data directory; {@code ~/.cluster-atlas} when not set
 */
@ConfigurationProperties("atlas")
public record StorageProperties(Path dataDir) {

  public StorageProperties {
    if (dataDir == null) {
      dataDir = Path.of(System.getProperty("user.home"), ".cluster-atlas");
    }
    dataDir = dataDir.toAbsolutePath().normalize();
  }
}
