package kz.muragat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The container image and the systemd units in {@code deploy/}. Where a container runtime answers
 * (docker or podman), the image is built and serves the samples: indexed into a volume, served,
 * healthy, searchable. Where none does (this project's CI machine has only the docker client), the
 * build file is read and checked instead: every path it copies exists, it runs as a non-root user,
 * the data folder is a volume, a health check asks /api/health, and it starts bin/muragat.
 */
class DeploymentFilesTest {
  private static final Path DEPLOY = Cli.HOME.resolve("deploy");

  /** The Dockerfile's instructions (continuation lines joined), in order. */
  private static List<String[]> instructions(Path dockerfile) throws IOException {
    List<String[]> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : Files.readAllLines(dockerfile, StandardCharsets.UTF_8)) {
      String l = line.strip();
      if (cur.isEmpty() && (l.isEmpty() || l.startsWith("#"))) continue;
      if (l.endsWith("\\")) {
        cur.append(l, 0, l.length() - 1).append(' ');
        continue;
      }
      cur.append(l);
      String[] parts = cur.toString().split("\\s+", 2);
      out.add(new String[] {parts[0].toUpperCase(java.util.Locale.ROOT), parts.length > 1 ? parts[1] : ""});
      cur.setLength(0);
    }
    return out;
  }

  @Test
  void theDockerfileBuildsFromTheRepositoryAndRunsAsANonRootUserWithAVolumeAndAHealthCheck() throws IOException {
    List<String[]> ins = instructions(DEPLOY.resolve("Dockerfile"));
    List<String> stages = new ArrayList<>();
    String user = null, entrypoint = null, healthcheck = null, volume = null, expose = null;
    for (String[] i : ins) {
      switch (i[0]) {
        case "FROM" -> stages.add(i[1]);
        case "COPY" -> {
          if (i[1].startsWith("--from=")) break; // from the build stage
          String[] args = i[1].split("\\s+");
          for (int k = 0; k < args.length - 1; k++) {
            assertTrue(Files.exists(Cli.HOME.resolve(args[k])), "COPY source exists in the repository: " + args[k]);
          }
        }
        case "USER" -> user = i[1];
        case "ENTRYPOINT" -> entrypoint = i[1];
        case "HEALTHCHECK" -> healthcheck = i[1];
        case "VOLUME" -> volume = i[1];
        case "EXPOSE" -> expose = i[1];
        default -> { }
      }
    }
    assertEquals(2, stages.size(), "a build stage and a runtime stage: " + stages);
    assertTrue(user != null && !user.equals("root") && !user.startsWith("0"), "runs as a non-root user: " + user);
    assertTrue(volume != null && volume.contains("/data"), "the data folder is a volume: " + volume);
    assertTrue(healthcheck != null && healthcheck.contains("/api/health"), "a health check: " + healthcheck);
    assertEquals("7070", expose);
    assertTrue(entrypoint != null && entrypoint.contains("bin/muragat"), entrypoint);
    String all = Files.readString(DEPLOY.resolve("Dockerfile"));
    assertTrue(all.contains("MURAGAT_DATA=/data") && all.contains("MURAGAT_HOST=0.0.0.0"), "serves the volume on every interface");
    for (String pkg : List.of("tesseract-ocr-rus", "tesseract-ocr-kaz", "openjdk-17-jre-headless")) {
      assertTrue(all.contains(pkg), "the image has " + pkg);
    }
    // the user the image switches to is made in it, with the volume theirs
    assertTrue(all.contains("useradd") && all.contains("chown muragat:muragat /data"), "the user is created and owns /data");
  }

  @Test
  void theSystemdUnitsRunBinMuragatAsTheirOwnUser() throws IOException {
    for (String unit : List.of("muragat.service", "muragat-index.service")) {
      Map<String, String> service = section(DEPLOY.resolve(unit), "Service");
      assertEquals("muragat", service.get("User"), unit);
      assertTrue(service.get("ExecStart").startsWith("/opt/muragat/bin/muragat "), unit + ": " + service.get("ExecStart"));
      assertTrue(service.get("Environment").contains("MURAGAT_DATA=/srv/muragat"), unit);
      assertEquals("yes", service.get("NoNewPrivileges"), unit);
      assertFalse(section(DEPLOY.resolve(unit), "Install").isEmpty(), unit + " can be enabled");
    }
    assertTrue(section(DEPLOY.resolve("muragat.service"), "Service").get("ExecStart").endsWith(" serve"));
    assertTrue(section(DEPLOY.resolve("muragat-index.service"), "Service").get("ExecStart").contains(" index ")
        && section(DEPLOY.resolve("muragat-index.service"), "Service").get("ExecStart").endsWith(" --watch"));
    assertTrue(Files.isExecutable(Cli.HOME.resolve("bin").resolve("muragat")));
  }

  /** The keys of one [section] of a unit file (repeated keys joined by a space). */
  private static Map<String, String> section(Path unit, String name) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    String current = null;
    for (String line : Files.readAllLines(unit, StandardCharsets.UTF_8)) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#") || l.startsWith(";")) continue;
      if (l.startsWith("[")) {
        current = l.substring(1, l.indexOf(']'));
        continue;
      }
      int eq = l.indexOf('=');
      assertTrue(eq > 0, unit + ": not key=value: " + l);
      if (name.equals(current)) out.merge(l.substring(0, eq).strip(), l.substring(eq + 1).strip(), (a, b) -> a + " " + b);
    }
    return out;
  }

  /** docker or podman, if one answers (a daemon or rootless engine that can build and run). */
  private static String runtime() {
    for (String cli : List.of("docker", "podman")) {
      try {
        Process p = new ProcessBuilder(cli, "info").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) return cli;
      } catch (IOException | InterruptedException e) {
        // not installed, or no engine behind the client
      }
    }
    return null;
  }

  @Test
  void whereAContainerRuntimeExistsTheImageBuildsAndServesTheSamples() throws Exception {
    String cli = runtime();
    org.junit.jupiter.api.Assumptions.assumeTrue(cli != null,
        "no container runtime answers here (docker info / podman info): the Dockerfile is checked by the other tests of this class");
    String tag = "muragat-test:" + ProcessHandle.current().pid();
    String volume = "muragat-test-data-" + ProcessHandle.current().pid();
    String name = "muragat-test-" + ProcessHandle.current().pid();
    try {
      exec(3600, cli, "build", "-f", DEPLOY.resolve("Dockerfile").toString(), "-t", tag, Cli.HOME.toString());
      exec(1800, cli, "run", "--rm", "-v", volume + ":/data", tag, "index", "/opt/muragat/samples");
      exec(120, cli, "run", "-d", "--name", name, "-p", "127.0.0.1::7070", "-v", volume + ":/data", tag);
      String port = exec(60, cli, "port", name, "7070").strip().replaceAll(".*:", "");
      HttpClient http = HttpClient.newHttpClient();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      HttpResponse<String> r = null;
      while (System.nanoTime() < end) {
        try {
          r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=%D0%96%D1%83%D0%BC%D0%B0%D0%B1%D0%B0%D0%B5%D0%B2")).build(),
              HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 200) break;
        } catch (IOException e) {
          // not listening yet
        }
        Thread.sleep(500);
      }
      assertTrue(r != null && r.statusCode() == 200 && r.body().contains("rec-01-protocol.tif"), "the samples are served: " + (r == null ? "" : r.body()));
      long healthEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      String health = "";
      while (System.nanoTime() < healthEnd && !(health = exec(30, cli, "inspect", "--format", "{{.State.Health.Status}}", name).strip()).equals("healthy")) {
        Thread.sleep(2000);
      }
      assertEquals("healthy", health);
      assertFalse(exec(30, cli, "exec", name, "id", "-u").strip().equals("0"), "not root inside the container");
    } finally {
      new ProcessBuilder(cli, "rm", "-f", name).start().waitFor(60, TimeUnit.SECONDS);
      new ProcessBuilder(cli, "volume", "rm", "-f", volume).start().waitFor(60, TimeUnit.SECONDS);
      new ProcessBuilder(cli, "rmi", "-f", tag).start().waitFor(60, TimeUnit.SECONDS);
    }
  }

  private static String exec(int seconds, String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), String.join(" ", cmd));
    assertEquals(0, p.exitValue(), String.join(" ", cmd) + ":\n" + out);
    return out;
  }
}
