package kz.muragat.bench;

/** Entry point: {@code run} (the benchmark), {@code corpus}, {@code queries}, {@code load-muragat}, {@code facts-cost}, {@code facts-profile}. */
public final class Bench {
  private Bench() {}

  public static void main(String[] argv) throws Exception {
    Args a = Args.parse(argv);
    switch (a.command()) {
      case "corpus" -> CorpusCommand.corpus(a);
      case "queries" -> CorpusCommand.queries(a);
      case "load-muragat" -> MuragatLoad.run(a);
      case "facts-cost" -> FactsCost.run(a);
      case "facts-profile" -> FactsProfile.run(a);
      case "run" -> BenchRun.run(a);
      default -> {
        System.err.println("usage: bench (run|corpus|queries|load-muragat|facts-cost|facts-profile) [--options]");
        System.exit(2);
      }
    }
  }
}
