package org.clusteratlas.storage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.clusteratlas.storage.DataDirectoryInUseException;

/**
 * An exclusive, process-wide lock on a data directory, held until {@link #close()}.
 *
 * <p>The operating system releases the lock when the process dies, so a crashed process never
 * leaves the directory locked. The lock file holds the holder's PID for the refusal message.
 */
public final class DataDirectoryLock implements AutoCloseable {

  static final String LOCK_FILE = "atlas.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code directory}, creating it if needed.
   *
   * @throws DataDirectoryInUseException if another process (or this one) holds it
   */
  public static DataDirectoryLock acquire(Path directory) {
    try {
      Files.createDirectories(directory);
      Path file = directory.resolve(LOCK_FILE);
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String holder = readHolder(channel);
        channel.close();
        throw new DataDirectoryInUseException(directory, holder);
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              ("PID " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
      channel.force(true);
      return new DataDirectoryLock(channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("无法锁定数据目录 / cannot lock data directory " + directory, e);
    }
  }

  private static String readHolder(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(64);
    channel.read(buffer, 0);
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
