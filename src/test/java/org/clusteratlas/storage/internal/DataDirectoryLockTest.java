package org.clusteratlas.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clusteratlas.storage.DataDirectoryInUseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The data-directory lock, within one JVM and across two processes. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class DataDirectoryLockTest {

  @TempDir Path temp;

  private Process child;

  @AfterEach
  void stopChild() {
    if (child != null && child.isAlive()) {
      child.destroyForcibly();
    }
  }

  @Test
  void a_second_acquire_in_the_same_process_is_refused_naming_the_directory_and_our_pid() {
    Path dir = temp.resolve("data");
    try (DataDirectoryLock held = DataDirectoryLock.acquire(dir)) {
      assertThatThrownBy(() -> DataDirectoryLock.acquire(dir))
          .isInstanceOfSatisfying(
              DataDirectoryInUseException.class,
              e -> {
                assertThat(e.directory()).isEqualTo(dir);
                assertThat(e.getMessage())
                    .contains(dir.toString())
                    .contains("PID " + ProcessHandle.current().pid());
              });
    }
  }

  @Test
  void the_directory_can_be_locked_again_once_the_lock_is_closed() {
    Path dir = temp.resolve("data");
    DataDirectoryLock.acquire(dir).close();
    try (DataDirectoryLock again = DataDirectoryLock.acquire(dir)) {
      assertThat(Files.readString(dir.resolve(DataDirectoryLock.LOCK_FILE)))
          .isEqualTo("PID " + ProcessHandle.current().pid());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void a_refused_acquire_in_the_same_process_leaves_the_lock_in_force_against_other_processes()
      throws Exception {
    Path dir = temp.resolve("data");
    try (DataDirectoryLock held = DataDirectoryLock.acquire(dir)) {
      assertThatThrownBy(() -> DataDirectoryLock.acquire(dir))
          .isInstanceOf(DataDirectoryInUseException.class);

      child = startLockHolder(dir);
      child.getOutputStream().close();
      List<String> said = readAll(child);
      assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();

      assertThat(said).doesNotContain(LockHoldingProcess.LOCKED);
      assertThat(child.exitValue()).isNotZero();
      assertThat(Files.readString(errorFile()))
          .contains(DataDirectoryInUseException.class.getName())
          .contains("PID " + ProcessHandle.current().pid());
    }
  }

  @Test
  void
      a_second_process_holding_the_directory_makes_acquire_refuse_naming_the_directory_and_its_pid()
          throws Exception {
    Path dir = temp.resolve("data");
    child = startLockHolder(dir);
    BufferedReader childOut =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    assertThat(childOut.readLine()).isEqualTo(LockHoldingProcess.LOCKED);

    assertThatThrownBy(() -> DataDirectoryLock.acquire(dir))
        .isInstanceOfSatisfying(
            DataDirectoryInUseException.class,
            e -> {
              assertThat(e.directory()).isEqualTo(dir);
              assertThat(e.getMessage()).contains(dir.toString()).contains("PID " + child.pid());
            });

    child.getOutputStream().close();
    assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).isZero();

    try (DataDirectoryLock mine = DataDirectoryLock.acquire(dir)) {
      assertThat(Files.readString(dir.resolve(DataDirectoryLock.LOCK_FILE)))
          .isEqualTo("PID " + ProcessHandle.current().pid());
    }
  }

  private Process startLockHolder(Path dir) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            LockHoldingProcess.class.getName(),
            dir.toString())
        .redirectError(errorFile().toFile())
        .start();
  }

  private Path errorFile() {
    return temp.resolve("child-stderr.txt");
  }

  private static List<String> readAll(Process process) throws IOException {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      return out.lines().toList();
    }
  }
}
