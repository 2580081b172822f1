package org.clusteratlas.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The second process of {@link DataDirectoryLockTest}: locks the directory given as its argument,
 * says {@code locked} on standard output, and holds the lock until its standard input closes.
 */
public final class LockHoldingProcess {

  static final String LOCKED = "locked";

  private LockHoldingProcess() {}

  public static void main(String[] args) throws IOException {
    PrintStream out =
        new PrintStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    try (DataDirectoryLock lock = DataDirectoryLock.acquire(Path.of(args[0]))) {
      out.println(LOCKED);
      InputStream in = System.in;
      while (in.read() >= 0) {
        // the test closes our standard input when it is done with us
      }
    }
  }
}
