package kz.muragat.app;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code muragat} as {@code bin/muragat} does — {@link MuragatCli} in a JVM of its own, in a
 * working folder of the test's choosing — and gives its exit status and output.
 */
final class Cli {
  /** The checkout (the module's parent folder): the installation {@code bin/muragat} sets as MURAGAT_HOME. */
  static final Path HOME = Path.of("").toAbsolutePath().getParent();

  record Run(int exit, String out, String err) {
    String all() {
      return out + err;
    }
  }

  private Cli() {}

  /** Runs a command to its end (at most {@code seconds}). */
  static Run run(Path workDir, Map<String, String> env, int seconds, String... args) throws IOException, InterruptedException {
    Started s = start(workDir, env, args);
    if (!s.process.waitFor(seconds, TimeUnit.SECONDS)) {
      s.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      fail("muragat " + String.join(" ", args) + " did not end within " + seconds + " s:\n" + s.output());
    }
    return new Run(s.process.exitValue(), Files.readString(s.out, StandardCharsets.UTF_8), Files.readString(s.err, StandardCharsets.UTF_8));
  }

  /** A command still running, its output going to files. */
  record Started(Process process, Path out, Path err) {
    String output() throws IOException {
      return Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8);
    }

    /** Waits (at most {@code seconds}) until the output contains {@code text}. */
    void awaitOutput(String text, int seconds) throws IOException, InterruptedException {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (!output().contains(text)) {
        if (!process.isAlive()) fail("ended (" + process.exitValue() + ") before saying '" + text + "':\n" + output());
        if (System.nanoTime() > end) fail("did not say '" + text + "' within " + seconds + " s:\n" + output());
        Thread.sleep(50);
      }
    }

    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /**
   * Starts a command. The environment is the one {@code bin/muragat} makes (MURAGAT_HOME the
   * checkout, one OpenMP thread) plus {@code env}; no MURAGAT_* variable of the machine leaks in.
   */
  static Started start(Path workDir, Map<String, String> env, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(MuragatCli.class.getName());
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("muragat-cli-", ".out");
    Path err = Files.createTempFile("muragat-cli-", ".err");
    out.toFile().deleteOnExit();
    err.toFile().deleteOnExit();
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("MURAGAT_"));
    pb.environment().put("MURAGAT_HOME", HOME.toString());
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.environment().putAll(env);
    return new Started(pb.start(), out, err);
  }
}
