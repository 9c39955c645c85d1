package kz.muragat.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.muragat.indexer.cli.ConfigDefaults;
import kz.muragat.indexer.cli.IndexCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code muragat demo}: indexes the sample scans and serves them — the README's first command.
 * Files that fail to index (the samples include a corrupt scan on purpose) are reported and the
 * server starts anyway. Run from any folder: unless given on the command line, the samples and the
 * demo's data folder are those of the installation ({@code MURAGAT_HOME}, set by {@code
 * bin/muragat}).
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Index the sample scans and serve them at http://127.0.0.1:PORT/ (--port).",
      "Works from any folder: the samples and the data folder are the installation's unless given."
    })
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--samples", defaultValue = "samples", description = "Folder of scans to index (relative: in the installation). Default: ${DEFAULT-VALUE}.")
  Path samples;

  @Option(names = "--data", defaultValue = "data", description = "Data directory (relative: in the installation). Default: ${DEFAULT-VALUE}.")
  Path data;

  @Option(names = "--port", defaultValue = "7070", description = "Port to serve on. Default: ${DEFAULT-VALUE}.")
  int port;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String badPort = ServeCommand.portProblem(port);
    if (badPort != null) {
      System.err.println("muragat demo: " + badPort);
      return 2;
    }
    Path samplesDir = inInstallation(samples, "--samples");
    Path dataDir = inInstallation(data, "--data");
    int indexed = new CommandLine(new IndexCommand()).setDefaultValueProvider(new ConfigDefaults())
        .execute(samplesDir.toString(), "--data", dataDir.toString());
    if (indexed > 1) return indexed; // could not run at all (e.g. Tesseract missing)
    return new CommandLine(new ServeCommand()).setDefaultValueProvider(new ConfigDefaults())
        .execute("--data", dataDir.toString(), "--port", Integer.toString(port));
  }

  /** A relative path not typed on the command line, inside the installation (else as it is). */
  private Path inInstallation(Path p, String option) {
    String home = System.getenv("MURAGAT_HOME");
    if (p.isAbsolute() || home == null || home.isBlank() || spec.commandLine().getParseResult().hasMatchedOption(option)) return p;
    return Path.of(home).resolve(p);
  }
}
