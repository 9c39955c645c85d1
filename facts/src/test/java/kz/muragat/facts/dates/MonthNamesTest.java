package kz.muragat.facts.dates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.muragat.facts.text.NormalizedPage;
import org.junit.jupiter.api.Test;

class MonthNamesTest {
  @Test
  void namesAbbreviationsAndEndingsInBothLanguages() {
    assertEquals(11, MonthNames.of("ноября"));
    assertEquals(11, MonthNames.of("нояб"));
    assertEquals(11, MonthNames.of(NormalizedPage.fold("қарашада")));
    assertEquals(10, MonthNames.of(NormalizedPage.fold("қазан")));
    assertEquals(4, MonthNames.of(NormalizedPage.fold("сәуірде")));
    assertEquals(5, MonthNames.of("мая"));
    assertEquals(-1, MonthNames.of("но"), "two letters abbreviate nothing");
    assertEquals(-1, MonthNames.of("новый"));
    assertEquals(-1, MonthNames.of("протокол"));
  }

  @Test
  void startsAreWhereAMonthsNameMayBeginIncludingAfterAnOrdinalWrittenOntoIt() {
    String folded = NormalizedPage.fold("12 ноября, 3-гооктября и 1937 жылы 5 қарашада; новый протокол");
    int[] starts = MonthNames.starts(folded);
    assertArrayEquals(new int[] {folded.indexOf("ноября"), folded.indexOf("октября"), folded.indexOf("карашада")}, starts);
    assertTrue(MonthNames.within(starts, 2, 3));
    assertFalse(MonthNames.within(starts, folded.indexOf("новый"), folded.length()), "no month after the last one");
    assertEquals(0, MonthNames.starts(NormalizedPage.fold("ф. 123, оп. 4, д. 5678")).length);
  }
}
