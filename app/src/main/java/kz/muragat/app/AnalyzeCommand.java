package kz.muragat.app;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import kz.muragat.analysis.AnalyzeLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code muragat analyze}: prints the index terms of each line read on standard input. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {"Print the terms the index makes of each line read on standard input.",
      "Space-separated, exactly one output line per input line. Exit status 2 for bad usage (e.g. an unknown --field)."})
public final class AnalyzeCommand implements Callable<Integer> {
  /** Which of the index's fields to analyse as. */
  enum Field { morph, exact }

  @Option(names = "--field", defaultValue = "morph", description = "morph (lemmas, the default search field) or exact. Default: ${DEFAULT-VALUE}.")
  Field field;

  @Override
  public Integer call() throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    AnalyzeLines.run(in, out, field == Field.exact);
    return 0;
  }
}
