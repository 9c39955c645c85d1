package kz.muragat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Server memory from /proc (RSS, peak RSS, PSS of a process tree) and a JVM's heap via jstat. */
final class Memory {
  private Memory() {}

  /** Bytes; -1 when unknown. */
  record Sample(long rss, long peakRss, long heapUsed, long heapMax) {
    Sample max(Sample o) {
      return new Sample(Math.max(rss, o.rss), Math.max(peakRss, o.peakRss), Math.max(heapUsed, o.heapUsed), Math.max(heapMax, o.heapMax));
    }
  }

  static final Sample UNKNOWN = new Sample(-1, -1, -1, -1);

  /** VmRSS and VmHWM of one process. */
  static long[] rss(long pid) {
    long rss = -1, hwm = -1;
    try {
      for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (l.startsWith("VmRSS:")) rss = kb(l);
        else if (l.startsWith("VmHWM:")) hwm = kb(l);
      }
    } catch (IOException e) {
      // gone
    }
    return new long[] {rss, hwm};
  }

  /** Proportional set size of a process and its children (shared memory counted once). */
  static long pssTree(long pid) {
    long total = 0;
    List<Long> pids = new ArrayList<>();
    pids.add(pid);
    ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d -> pids.add(d.pid())));
    for (long p : pids) {
      try {
        for (String l : Files.readAllLines(Path.of("/proc/" + p + "/smaps_rollup"))) {
          if (l.startsWith("Pss:")) total += kb(l);
        }
      } catch (IOException e) {
        // gone or not ours
      }
    }
    return total;
  }

  private static long kb(String line) {
    String[] p = line.trim().split("\\s+");
    return Long.parseLong(p[1]) * 1024;
  }

  /** Used and maximum heap of a JVM, from {@code jstat -gc} (G1: survivor, eden, old used; capacities for max). */
  static long[] heap(long pid) {
    try {
      Process p = new ProcessBuilder(jdkTool("jstat"), "-gc", Long.toString(pid)).redirectErrorStream(true).start();
      List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      p.waitFor(20, TimeUnit.SECONDS);
      if (lines.size() < 2) return new long[] {-1, -1};
      String[] h = lines.get(0).trim().split("\\s+"), v = lines.get(1).trim().split("\\s+");
      double used = 0;
      for (int i = 0; i < h.length && i < v.length; i++) {
        if (h[i].equals("S0U") || h[i].equals("S1U") || h[i].equals("EU") || h[i].equals("OU")) used += Double.parseDouble(v[i]);
      }
      return new long[] {(long) (used * 1024), -1};
    } catch (Exception e) {
      return new long[] {-1, -1};
    }
  }

  static String jdkTool(String name) {
    Path javaHome = Path.of(System.getProperty("java.home"));
    Path tool = javaHome.resolve("bin").resolve(name);
    return Files.isExecutable(tool) ? tool.toString() : name;
  }

  /** A JVM server: RSS, peak RSS and heap used. */
  static Sample jvm(long pid, long heapMax) {
    long[] r = rss(pid);
    long[] h = heap(pid);
    return new Sample(r[0], r[1], h[0], heapMax);
  }
}
