package kz.muragat.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the corpus as JSONL (one document a line: id, title, language, doc_type, meta, pages) or
 * the query set as TSV (kind, query), for inspection or for other tools:
 *
 * <pre>bench/run.sh corpus --pages 10000 --seed 1 [--out corpus.jsonl]
 * bench/run.sh queries --per-kind 100 --seed 1</pre>
 */
final class CorpusCommand {
  private CorpusCommand() {}

  static void corpus(Args a) throws Exception {
    Corpus corpus = new Corpus(a.seed(), a.intOpt("pages", 10_000));
    ObjectMapper json = new ObjectMapper();
    String out = a.opt("out", "-");
    long t0 = System.nanoTime(), bytes = 0;
    int docs = 0, pages = 0;
    try (Writer w = out.equals("-") ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
        : Files.newBufferedWriter(Path.of(out))) {
      for (Corpus.Doc d : corpus) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("language", d.language());
        m.put("doc_type", d.docType());
        m.put("meta", d.meta());
        m.put("pages", d.pages());
        w.write(json.writeValueAsString(m));
        w.write('\n');
        docs++;
        pages += d.pages().size();
        bytes += d.textBytes();
      }
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.err.printf(Locale.ROOT, "%d documents, %d pages, %.1f MB of text in %.1f s (%.0f pages/s)%n", docs, pages, bytes / 1e6, s, pages / s);
  }

  static void queries(Args a) {
    for (Queries.Query q : Queries.generate(a.seed(), a.intOpt("per-kind", 100))) System.out.println(q.kind().label + "\t" + q.text());
  }
}
