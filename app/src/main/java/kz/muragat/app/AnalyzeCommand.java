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
    description = {"Read lines on standard input; print for each the terms the index makes of it, space-separated,", "exactly one output line per input line."})
public final class AnalyzeCommand implements Callable<Integer> {
  @Option(names = "--field", defaultValue = "morph", description = "morph (lemmas, the default search field) or exact. Default: ${DEFAULT-VALUE}.")
  String field;

  @Override
  public Integer call() throws Exception {
    if (!field.equals("morph") && !field.equals("exact")) throw new IllegalArgumentException("--field must be morph or exact");
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    AnalyzeLines.run(in, out, field.equals("exact"));
    return 0;
  }
}
