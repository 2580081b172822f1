package org.clusteratlas.storage;

import java.nio.file.Path;
import org.clusteratlas.shared.RuleViolation;

/**
 * Raised when another process holds the data directory; nothing in it has been touched. A rule
 * violation like any other refused input: the message (rule {@code data-dir.in-use}) names the
 * directory and the holder.
 */
public final class DataDirectoryInUseException extends RuleViolation {

  private final transient Path directory;

  public DataDirectoryInUseException(Path directory, String holder) {
    super("data-dir.in-use", directory, holder);
    this.directory = directory;
  }

  public Path directory() {
    return directory;
  }
}
