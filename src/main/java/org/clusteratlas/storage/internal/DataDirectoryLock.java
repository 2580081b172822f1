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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.clusteratlas.storage.DataDirectoryInUseException;

/**
 * An exclusive, process-wide lock on a data directory, held until {@link #close()}.
 *
 * <p>The operating system releases the lock when the process dies, so a crashed process never
 * leaves the directory locked. The lock file holds the holder's PID for the refusal message.
 *
 * <p>The operating system's lock belongs to the process, and on Linux closing <em>any</em> channel
 * on the lock file releases it. So a directory this process holds already is refused from the
 * in-process registry {@link #HELD}, without opening the file a second time.
 */
public final class DataDirectoryLock implements AutoCloseable {

  static final String LOCK_FILE = "atlas.lock";

  /** The directories (real paths) this process holds. */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(Path key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code directory}, creating it if needed.
   *
   * @throws DataDirectoryInUseException if another process (or this one) holds it
   */
  public static DataDirectoryLock acquire(Path directory) {
    Path key;
    try {
      Files.createDirectories(directory);
      key = directory.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("无法锁定数据目录 / cannot lock data directory " + directory, e);
    }
    if (!HELD.add(key)) {
      throw new DataDirectoryInUseException(directory, "PID " + ProcessHandle.current().pid());
    }
    try {
      Path file = key.resolve(LOCK_FILE);
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
      return new DataDirectoryLock(key, channel, lock);
    } catch (IOException e) {
      HELD.remove(key);
      throw new UncheckedIOException("无法锁定数据目录 / cannot lock data directory " + directory, e);
    } catch (RuntimeException e) {
      HELD.remove(key);
      throw e;
    }
  }

  private static String readHolder(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(64);
    channel.read(buffer, 0);
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
  }

  @Override
  public synchronized void close() {
    if (!channel.isOpen()) {
      return;
    }
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      HELD.remove(key);
    }
  }
}
