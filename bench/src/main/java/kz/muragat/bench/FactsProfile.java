package kz.muragat.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.muragat.analysis.IndexFork;
import kz.muragat.analysis.MuragatAnalysis;
import kz.muragat.facts.FactExtractor;
import kz.muragat.facts.PageText;
import kz.muragat.facts.articles.ArticleExtractor;
import kz.muragat.facts.bodies.BodyExtractor;
import kz.muragat.facts.dates.DateExtractor;
import kz.muragat.facts.persons.PersonExtractor;
import kz.muragat.facts.sentences.SentenceExtractor;
import kz.muragat.facts.text.Clauses;
import kz.muragat.facts.text.NormalizedPage;

/**
 * Where fact extraction spends its time, on the bench corpus's text pages (the pages {@code
 * facts-cost} indexes): one thread, thread CPU time, after a warm-up, in alternating rounds of
 *
 * <ul>
 *   <li>the index's text analysis of each page ({@link MuragatAnalysis#indexFork()}), the
 *       reference: only part of indexing a page, so extraction's share of it is an upper bound of
 *       its share of indexing;
 *   <li>{@link FactExtractor#extract}, whole;
 *   <li>the two interleaved, a document's analysis then its extraction, as indexing runs them;
 *   <li>its stages, each on its own: normalizing the page, clauses, dates (found and given their
 *       roles), persons, articles, sentences, bodies.
 * </ul>
 *
 * <pre>bench/run.sh facts-profile [--pages 3000] [--rounds 10] [--seed 1]</pre>
 *
 * For the methods inside a stage, run it under JFR: {@code MURAGAT_BENCH_JAVA_OPTS="-Xmx2g
 * -XX:StartFlightRecording=filename=/tmp/facts.jfr,settings=profile"}, then {@code jfr print
 * --events jdk.ExecutionSample /tmp/facts.jfr}.
 */
final class FactsProfile {
  private FactsProfile() {}

  private static final String[] STAGES = {"normalize", "clauses", "dates", "persons", "articles", "sentences", "bodies"};

  static void run(Args a) {
    int pages = a.intOpt("pages", 3000);
    int rounds = a.intOpt("rounds", 10);
    List<List<PageText>> docs = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    long chars = 0;
    for (Corpus.Doc d : new Corpus(a.seed(), pages)) {
      List<PageText> ps = new ArrayList<>();
      for (int p = 0; p < d.pages().size(); p++) {
        ps.add(new PageText(p + 1, d.pages().get(p)));
        texts.add(d.pages().get(p));
        chars += d.pages().get(p).length();
      }
      docs.add(ps);
    }
    IndexFork fork = MuragatAnalysis.indexFork();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int w = 0; w * texts.size() < 20_000; w++) {
      sink += analyse(texts, fork) + extract(docs) + stages(docs, new long[STAGES.length]);
    }
    long analysis = 0;
    long extraction = 0;
    long[] interleaved = new long[2];
    long[] stage = new long[STAGES.length];
    for (int r = 0; r < rounds; r++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      sink += r % 2 == 0 ? analyse(texts, fork) : extract(docs);
      long c1 = cpu.getCurrentThreadCpuTime();
      sink += r % 2 == 0 ? extract(docs) : analyse(texts, fork);
      long c2 = cpu.getCurrentThreadCpuTime();
      analysis += r % 2 == 0 ? c1 - c0 : c2 - c1;
      extraction += r % 2 == 0 ? c2 - c1 : c1 - c0;
      sink += stages(docs, stage);
      sink += interleaved(docs, fork, interleaved);
    }
    double n = (double) texts.size() * rounds;
    System.out.printf(Locale.ROOT, "%d pages (%.0f chars/page), %d rounds, one thread, CPU time (%d)%n",
        texts.size(), (double) chars / texts.size(), rounds, sink % 10);
    System.out.printf(Locale.ROOT, "index analysis   %7.1f µs/page%n", analysis / n / 1000);
    System.out.printf(Locale.ROOT, "fact extraction  %7.1f µs/page  (%.1f%% of the analysis)%n",
        extraction / n / 1000, 100.0 * extraction / analysis);
    System.out.printf(Locale.ROOT, "interleaved, document by document as indexing runs them: analysis %.1f µs/page, extraction %.1f µs/page (%.1f%%)%n",
        interleaved[0] / n / 1000, interleaved[1] / n / 1000, 100.0 * interleaved[1] / interleaved[0]);
    long staged = 0;
    for (long s : stage) staged += s;
    for (int i = 0; i < STAGES.length; i++) {
      System.out.printf(Locale.ROOT, "  %-14s %7.1f µs/page  %4.1f%%%n", STAGES[i], stage[i] / n / 1000, 100.0 * stage[i] / staged);
    }
  }

  private static long analyse(List<String> texts, IndexFork fork) {
    long tokens = 0;
    for (String t : texts) tokens += fork.analyze(t).morph().size();
    return tokens;
  }

  private static long extract(List<List<PageText>> docs) {
    long facts = 0;
    for (List<PageText> d : docs) facts += FactExtractor.extract(d).persons().size();
    return facts;
  }

  /**
   * Each document's pages analysed, then its facts read, as {@code FileEntries} does: what each
   * costs when the other has just run (the caches hold the other's data).
   */
  private static long interleaved(List<List<PageText>> docs, IndexFork fork, long[] into) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (List<PageText> d : docs) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (PageText p : d) sink += fork.analyze(p.text()).morph().size();
      long t1 = cpu.getCurrentThreadCpuTime();
      sink += FactExtractor.extract(d).persons().size();
      long t2 = cpu.getCurrentThreadCpuTime();
      into[0] += t1 - t0;
      into[1] += t2 - t1;
    }
    return sink;
  }

  /** Each stage of {@link FactExtractor#extract} on every page, its thread CPU time added to {@code into}. */
  private static long stages(List<List<PageText>> docs, long[] into) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sink = 0;
    List<NormalizedPage> normalized = new ArrayList<>();
    long t = cpu.getCurrentThreadCpuTime();
    for (List<PageText> d : docs) {
      for (PageText p : d) normalized.add(NormalizedPage.of(p.number(), p.text()));
    }
    into[0] += -t + (t = cpu.getCurrentThreadCpuTime());
    List<Clauses> clauses = new ArrayList<>(normalized.size());
    for (NormalizedPage p : normalized) clauses.add(Clauses.of(p.text()));
    into[1] += -t + (t = cpu.getCurrentThreadCpuTime());
    List<List<DateExtractor.Reading>> dates = new ArrayList<>(normalized.size());
    for (int i = 0; i < normalized.size(); i++) dates.add(DateExtractor.read(normalized.get(i), clauses.get(i)));
    into[2] += -t + (t = cpu.getCurrentThreadCpuTime());
    for (int i = 0; i < normalized.size(); i++) sink += PersonExtractor.read(normalized.get(i), clauses.get(i), dates.get(i)).size();
    into[3] += -t + (t = cpu.getCurrentThreadCpuTime());
    for (NormalizedPage p : normalized) sink += ArticleExtractor.find(p).size();
    into[4] += -t + (t = cpu.getCurrentThreadCpuTime());
    for (int i = 0; i < normalized.size(); i++) sink += SentenceExtractor.find(normalized.get(i), clauses.get(i)).size();
    into[5] += -t + (t = cpu.getCurrentThreadCpuTime());
    for (int i = 0; i < normalized.size(); i++) sink += BodyExtractor.find(normalized.get(i), clauses.get(i)).size();
    into[6] += -t + cpu.getCurrentThreadCpuTime();
    return sink;
  }
}
