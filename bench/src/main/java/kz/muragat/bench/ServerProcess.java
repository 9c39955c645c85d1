package kz.muragat.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A server (or loader) the bench started: its stdout lines on a queue, stderr to a log file. */
final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final String name;
  private boolean stopsOnStdinClose = true;

  ServerProcess(String name, List<String> command, Map<String, String> env, Path log) throws IOException {
    this(name, command, env, log, null);
  }

  ServerProcess(String name, List<String> command, Map<String, String> env, Path log, Path workDir) throws IOException {
    this.name = name;
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    if (workDir != null) pb.directory(workDir.toFile());
    pb.environment().putAll(env);
    this.process = pb.start();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) lines.add(l);
              } catch (IOException e) {
                // process gone
              }
              lines.add("\u0000EOF");
            },
            name + "-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /** A server that stops on SIGTERM, not when its stdin closes. */
  ServerProcess terminateOnClose() {
    stopsOnStdinClose = false;
    return this;
  }

  long pid() {
    return process.pid();
  }

  /** The first stdout line matching, waiting at most {@code timeout}; fails if the process ends first. */
  String await(Predicate<String> p, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      String l = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (l == null) throw new IllegalStateException(name + ": nothing expected on stdout within " + timeout);
      if (l.equals("\u0000EOF")) throw new IllegalStateException(name + " ended (exit " + process.waitFor() + "); see its log");
      if (p.test(l)) return l;
    }
  }

  int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  boolean alive() {
    return process.isAlive();
  }

  @Override
  public void close() throws Exception {
    if (!process.isAlive()) return;
    try {
      process.getOutputStream().close(); // peers stop when stdin closes
    } catch (IOException e) {
      // already closed
    }
    if (!stopsOnStdinClose || !process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Bytes under a folder. */
  static long du(Path dir) throws IOException {
    if (!java.nio.file.Files.exists(dir)) return -1;
    try (var s = java.nio.file.Files.walk(dir)) {
      return s.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
