package kz.muragat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole bench at a tiny size: corpus, Muragat (loader and real server), stock Solr and
 * PostgreSQL, the driver and the report. Needs the server and the Solr peer packaged (the build
 * does that before this module) and PostgreSQL installed ({@code bin/setup --deps-only}).
 */
class BenchSmokeTest {
  @Test
  void corpusIsDeterministicAndPrefixStable() {
    List<Corpus.Doc> a = new java.util.ArrayList<>(), b = new java.util.ArrayList<>();
    new Corpus(7, 300).forEach(a::add);
    new Corpus(7, 1000).forEach(b::add);
    assertEquals(300, a.stream().mapToInt(d -> d.pages().size()).sum());
    for (int i = 0; i < a.size() - 1; i++) assertEquals(a.get(i), b.get(i));
    List<Queries.Query> q1 = Queries.generate(7, 5), q2 = Queries.generate(7, 5);
    assertEquals(q1, q2);
    assertEquals(Set.of(Queries.Kind.values()), q1.stream().map(Queries.Query::kind).collect(Collectors.toSet()));
  }

  @Test
  void runsAllThreeEnginesAtATinySize(@TempDir Path tmp) throws Exception {
    Path home = Path.of("..").toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(home.resolve("app/target/lib")), "app not packaged: run the whole build (mvn verify)");
    assumeTrue(Files.exists(home.resolve("bench/solr-peer/target/classpath.txt")), "bench/solr-peer not packaged: run the whole build (mvn verify)");
    assumeTrue(PostgresTarget.findBin() != null, "PostgreSQL is not installed (bin/setup --deps-only installs it)");
    Path out = tmp.resolve("results");
    BenchRun.run(
        Args.parse(new String[] {"run", "--home", home.toString(), "--sizes", "400", "--queries-per-kind", "4", "--seq-seconds", "5", "--conc-seconds", "1",
            "--conc-queries", "20", "--clients", "2", "--work", tmp.resolve("work").toString(), "--out", out.toString()}));
    String md = Files.readString(out.resolve("latest.md"));
    for (String engine : List.of("muragat", "solr", "postgres")) assertTrue(md.contains("| " + engine + " |"), engine + " missing:\n" + md);
    assertTrue(Files.readString(out.resolve("latency.svg")).startsWith("<svg"));
    JsonNode size = Http.JSON.readTree(out.resolve("latest.json").toFile()).get("sizes").get(0);
    for (String engine : List.of("muragat", "solr", "postgres")) {
      JsonNode t = size.get("targets").get(engine);
      assertEquals(400, t.get("load").get("pages").asInt(), engine);
      JsonNode oneWord = t.get("sequential").get("ONE_WORD");
      assertEquals(0, oneWord.get("errors").asInt(), engine);
      assertTrue(oneWord.get("meanHits").asDouble() > 0, engine + " found nothing");
    }
  }
}
