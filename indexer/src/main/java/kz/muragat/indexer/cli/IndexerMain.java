package kz.muragat.indexer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The indexer's commands on their own ({@code index}, {@code reindex}, {@code ocr}), without the
 * server: for running the indexer as a separate process (tests, batch machines). {@code
 * bin/muragat} offers the same commands.
 */
@Command(
    name = "muragat-indexer",
    mixinStandardHelpOptions = true,
    subcommands = {IndexCommand.class, ReindexCommand.class, OcrCommand.class, kz.muragat.indexer.bench.BenchOcrCommand.class, CommandLine.HelpCommand.class})
public final class IndexerMain implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new IndexerMain()).setDefaultValueProvider(new ConfigDefaults());
    System.exit(cli.execute(args));
  }
}
