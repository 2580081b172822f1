package org.clusteratlas.storage;

import java.nio.file.Path;

/** Raised when another process holds the data directory; nothing in it has been touched. */
public final class DataDirectoryInUseException extends RuntimeException {

  private final Path directory;

  public DataDirectoryInUseException(Path directory, String holder) {
    super(
        "数据目录 "
            + directory
            + " 正被另一个 Cluster Atlas 进程使用"
            + (holder.isBlank() ? "" : "（" + holder + "）")
            + "；请先停止该进程，或用 --data 指定其他目录。 / The data directory "
            + directory
            + " is in use by another Cluster Atlas process"
            + (holder.isBlank() ? "" : " (" + holder + ")")
            + "; stop it first or choose another directory with --data.");
    this.directory = directory;
  }

  public Path directory() {
    return directory;
  }
}
