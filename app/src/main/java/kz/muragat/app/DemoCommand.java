package kz.muragat.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.muragat.indexer.cli.ConfigDefaults;
import kz.muragat.indexer.cli.IndexCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code muragat demo}: indexes the sample scans and serves them — the README's first command.
 * Files that fail to index (the samples include a corrupt scan on purpose) are reported and the
 * server starts anyway.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Index the sample scans and serve them at http://127.0.0.1:7070/.")
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--samples", defaultValue = "samples", description = "Folder of scans to index. Default: ${DEFAULT-VALUE}.")
  Path samples;

  @Option(names = "--data", defaultValue = "data", description = "Data directory. Default: ${DEFAULT-VALUE}.")
  Path data;

  @Option(names = "--port", defaultValue = "7070", description = "Port to serve on. Default: ${DEFAULT-VALUE}.")
  int port;

  @Override
  public Integer call() throws Exception {
    int indexed = new CommandLine(new IndexCommand()).setDefaultValueProvider(new ConfigDefaults())
        .execute(samples.toString(), "--data", data.toString());
    if (indexed > 1) return indexed; // could not run at all (e.g. Tesseract missing)
    return new CommandLine(new ServeCommand()).setDefaultValueProvider(new ConfigDefaults())
        .execute("--data", data.toString(), "--port", Integer.toString(port));
  }
}
