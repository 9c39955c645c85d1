package kz.muragat.core.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataCheckTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  @Test
  void anImpossibleDateIsLeftOutAndReportedAndTheRestIsKept() {
    ArchivalMetadata meta = new ArchivalMetadata(Map.of("date", "1937-13-45", "archive", "ЦГА РК", "fond", "1"));
    MetadataCheck.Result r = MetadataCheck.check(meta, TODAY);
    assertEquals(List.of(new MetadataCheck.Problem("date", "1937-13-45", "month 13 does not exist")), r.problems());
    assertNull(r.metadata().get("date"));
    assertEquals("ЦГА РК", r.metadata().get("archive"));
    assertEquals("1", r.metadata().get("fond"));
  }

  @Test
  void goodMetadataPassesUnchanged() {
    ArchivalMetadata meta = new ArchivalMetadata(Map.of("date", "1937-11-12", "title", "Протокол"));
    MetadataCheck.Result r = MetadataCheck.check(meta, TODAY);
    assertSame(meta, r.metadata());
    assertEquals(List.of(), r.problems());
    assertEquals(List.of(), MetadataCheck.check(ArchivalMetadata.EMPTY, TODAY).problems());
  }
}
