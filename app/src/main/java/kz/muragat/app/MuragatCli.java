package kz.muragat.app;

import kz.muragat.indexer.cli.ConfigDefaults;
import kz.muragat.indexer.cli.IndexCommand;
import kz.muragat.indexer.cli.OcrCommand;
import kz.muragat.indexer.cli.ReindexCommand;
import kz.muragat.scangen.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code muragat} launcher: one command, with a subcommand per job. */
@Command(
    name = "muragat",
    mixinStandardHelpOptions = true,
    version = MuragatCli.VERSION,
    description = "Full-text search over scanned Russian and Kazakh archive documents.",
    subcommands = {IndexCommand.class, ReindexCommand.class, OcrCommand.class, kz.muragat.indexer.bench.BenchOcrCommand.class, ServeCommand.class, DemoCommand.class, TokenCommand.class, AnalyzeCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class MuragatCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Muragat's version, printed by {@code --version} on every command. */
  static final String VERSION = "Muragat 0.1.0";

  /** The launcher with every command, each answering --version, and failures as one line (exit 3). */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new MuragatCli()).setDefaultValueProvider(new ConfigDefaults());
    for (CommandLine sub : cli.getSubcommands().values()) sub.getCommandSpec().version(VERSION);
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("muragat " + cmd.getCommandName() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
          return 3;
        });
    return cli;
  }
}
