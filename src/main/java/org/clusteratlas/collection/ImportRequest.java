package org.clusteratlas.collection;

import java.nio.file.Path;
import java.util.Objects;
import org.clusteratlas.shared.Actor;

/**
 * A file to import: where it is, the name it was sent under, who sends it and why (the reason of
 * the data version it becomes; a default names the file).
 */
public record ImportRequest(Path file, String fileName, Actor actor, String reason) {

  public ImportRequest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(actor, "actor");
    fileName = fileName == null || fileName.isBlank() ? file.getFileName().toString() : fileName;
    reason = reason == null || reason.isBlank() ? null : reason.strip();
  }
}
