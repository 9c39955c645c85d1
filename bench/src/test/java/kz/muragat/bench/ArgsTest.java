package kz.muragat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgsTest {
  @Test
  void everyTargetGivenIsMeasuredAndOtherOptionsKeepTheirLastValue() {
    Args a = Args.parse(new String[] {
      "run", "--target", "before=http://127.0.0.1:7172,params=facets=true", "--sizes", "10", "--target=after=http://127.0.0.1:7171", "--sizes", "20"});
    BenchRun.Options o = BenchRun.options(a);
    assertEquals(List.of("before=http://127.0.0.1:7172,params=facets=true", "after=http://127.0.0.1:7171"), o.extra());
    assertEquals(List.of(20), o.sizes());
  }

  @Test
  void aTargetsRequestParametersAreSentWithEveryQuery() {
    MuragatApiTarget t = MuragatApiTarget.parse("faceted=http://127.0.0.1:7171/,pid=42,params=facets=true&syntax=lucene");
    assertEquals("faceted", t.name());
    assertEquals("http://127.0.0.1:7171", t.url);
    assertEquals(42, t.pid);
    assertEquals("&facets=true&syntax=lucene", t.params);
  }
}
