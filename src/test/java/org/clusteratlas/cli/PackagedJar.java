package org.clusteratlas.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged jar, run by the failsafe tests as a user would: {@code java -jar cluster-atlas.jar
 * COMMAND} in child processes whose output is read on their own threads (so that a full pipe never
 * blocks a child), and the embedded PostgreSQL servers such children leave on a data directory.
 */
final class PackagedJar {

  /** How long a child may take to stop after it was asked to, or killed. */
  static final Duration STOP = Duration.ofSeconds(120);

  private final Path jar;
  private final List<Child> children = Collections.synchronizedList(new ArrayList<>());

  private PackagedJar(Path jar) {
    this.jar = jar;
  }

  /** The jar that failsafe names in the system property {@code atlas.jar} (see pom.xml). */
  static PackagedJar fromSystemProperty() {
    String jarProperty = System.getProperty("atlas.jar");
    assertThat(jarProperty)
        .as("system property atlas.jar (set by failsafe in pom.xml)")
        .isNotNull();
    Path jar = Path.of(jarProperty).toAbsolutePath();
    assertThat(jar).as("the packaged jar").isRegularFile();
    return new PackagedJar(jar);
  }

  /** The build's directory, where the jar is: the tests' data directories go there too. */
  Path directory() {
    return jar.getParent();
  }

  /** Starts {@code java -jar cluster-atlas.jar arguments…} in the jar's directory. */
  Child start(String... arguments) throws IOException {
    return startWithInput("", arguments);
  }

  /** Starts it with {@code input} (UTF-8) on its standard input, which is then closed. */
  Child startWithInput(String input, String... arguments) throws IOException {
    List<String> commandLine = new ArrayList<>();
    commandLine.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    commandLine.add("-jar");
    commandLine.add(jar.toString());
    commandLine.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(commandLine).directory(directory().toFile());
    // a user's UTF-8 terminal
    builder.environment().remove("LC_ALL");
    builder.environment().put("LANG", "C.UTF-8");
    Process process = builder.start();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(input.getBytes(UTF_8));
    }
    Child child = new Child(process, String.join(" ", arguments));
    children.add(child);
    return child;
  }

  /** Kills every child started (and what it started) that still runs. */
  void killChildren() {
    synchronized (children) {
      for (Child child : children) {
        child.process.descendants().forEach(ProcessHandle::destroyForcibly);
        child.process.destroyForcibly();
      }
    }
  }

  /** The PID in {@code <dir>/pgdata/postmaster.pid}, where a running server records it. */
  static Optional<Long> postmasterPid(Path dir) throws IOException {
    Path file = dir.resolve("pgdata/postmaster.pid");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    return Files.readAllLines(file, UTF_8).stream()
        .findFirst()
        .map(String::trim)
        .filter(s -> s.matches("\\d+"))
        .map(Long::valueOf);
  }

  /** The running PostgreSQL servers ({@code postgres -D <dir>/pgdata …}) on {@code dir}. */
  static List<ProcessHandle> postgresServersOn(Path dir) {
    String pgData = dir.resolve("pgdata").toString();
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
        .filter(p -> p.info().commandLine().map(c -> c.contains(pgData)).orElse(false))
        .filter(ProcessHandle::isAlive)
        .toList();
  }

  /** Asks each server on {@code dir} to stop, and kills those that have not within a minute. */
  static void stopPostgresServersOn(Path dir) {
    for (ProcessHandle server : postgresServersOn(dir)) {
      server.destroy();
      try {
        server.onExit().get(60, TimeUnit.SECONDS);
      } catch (TimeoutException | ExecutionException e) {
        server.destroyForcibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        server.destroyForcibly();
      }
    }
  }

  /**
   * The {@code Authorization} header of the demo account {@code name}, with the password the first
   * start wrote to {@code demo-accounts.txt} in the data directory.
   */
  static String demoAccountBasicHeader(Path dataDir, String name) throws IOException {
    Pattern line = Pattern.compile(": " + Pattern.quote(name) + "  .* password=(\\S+) ");
    for (String text : Files.readAllLines(dataDir.resolve("demo-accounts.txt"), UTF_8)) {
      Matcher m = line.matcher(text);
      if (m.find()) {
        return "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString((name + ":" + m.group(1)).getBytes(UTF_8));
      }
    }
    return fail("no demo account %s in %s", name, dataDir.resolve("demo-accounts.txt"));
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** A {@code java -jar} child whose standard output and error are read on their own threads. */
  static final class Child {

    /** Marks the end of an output in its queue; compared by identity. */
    private static final String END = new String("end of output");

    private static final int TAIL = 40;

    final Process process;
    private final String command;
    private final BlockingQueue<String> stdoutQueue = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> stderrQueue = new LinkedBlockingQueue<>();
    private final List<String> stdoutLines = Collections.synchronizedList(new ArrayList<>());
    private final List<String> stderrLines = Collections.synchronizedList(new ArrayList<>());
    private final Thread stdoutReader;
    private final Thread stderrReader;

    private Child(Process process, String command) {
      this.process = process;
      this.command = command;
      this.stdoutReader =
          reader(
              process.getInputStream(),
              line -> {
                stdoutLines.add(line);
                stdoutQueue.add(line);
              },
              () -> stdoutQueue.add(END));
      this.stderrReader =
          reader(
              process.getErrorStream(),
              line -> {
                stderrLines.add(line);
                stderrQueue.add(line);
              },
              () -> stderrQueue.add(END));
    }

    private Thread reader(InputStream stream, Consumer<String> sink, Runnable atEnd) {
      Thread thread =
          new Thread(
              () -> {
                try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(stream, UTF_8))) {
                  for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    sink.accept(line);
                  }
                } catch (IOException e) {
                  sink.accept("[reading the output failed: " + e + "]");
                } finally {
                  atEnd.run();
                }
              },
              "child " + process.pid() + " output");
      thread.setDaemon(true);
      thread.start();
      return thread;
    }

    /** Waits for a line of standard output that {@code pattern} finds something in. */
    Matcher awaitStdout(Pattern pattern, Duration timeout) throws InterruptedException {
      return await(stdoutQueue, "output", pattern, timeout);
    }

    /**
     * Waits for a line of standard error that {@code pattern} finds something in; lines before it
     * are passed over (each line is looked at by one wait only).
     */
    Matcher awaitStderr(Pattern pattern, Duration timeout) throws InterruptedException {
      return await(stderrQueue, "standard error", pattern, timeout);
    }

    private Matcher await(
        BlockingQueue<String> queue, String stream, Pattern pattern, Duration timeout)
        throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (true) {
        long left = deadline - System.nanoTime();
        String line = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
        if (line == null) {
          return fail("no line matching %s within %s; %s", pattern, timeout, describe());
        }
        if (line == END) {
          queue.add(END);
          process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS);
          return fail("%s ended before a line matching %s; %s", stream, pattern, describe());
        }
        Matcher matcher = pattern.matcher(line);
        if (matcher.find()) {
          return matcher;
        }
      }
    }

    /** Waits for the child to exit and its output to be read; returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        fail("still running after %s; %s", timeout, describe());
      }
      stdoutReader.join(Duration.ofSeconds(30).toMillis());
      stderrReader.join(Duration.ofSeconds(30).toMillis());
      return process.exitValue();
    }

    String stdout() {
      synchronized (stdoutLines) {
        return String.join("\n", stdoutLines);
      }
    }

    String stderr() {
      synchronized (stderrLines) {
        return String.join("\n", stderrLines);
      }
    }

    String lastStderrLine() {
      synchronized (stderrLines) {
        return stderrLines.isEmpty() ? "" : stderrLines.get(stderrLines.size() - 1);
      }
    }

    /** The command, its state and the tail of its standard error, for assertion messages. */
    String describe() {
      List<String> tail;
      synchronized (stderrLines) {
        tail =
            List.copyOf(
                stderrLines.subList(Math.max(0, stderrLines.size() - TAIL), stderrLines.size()));
      }
      String state = process.isAlive() ? "running" : "exited with code " + process.exitValue();
      return "`"
          + command
          + "` (PID "
          + process.pid()
          + ", "
          + state
          + "), last lines of its standard error:\n"
          + String.join("\n", tail);
    }
  }
}
