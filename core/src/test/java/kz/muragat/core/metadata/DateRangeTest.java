package kz.muragat.core.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateRangeTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  @Test
  void readsEveryShapeArchivesWrite() {
    assertEquals(new DateRange(LocalDate.of(1937, 1, 1), LocalDate.of(1937, 12, 31)), DateRange.parse("1937").orElseThrow());
    assertEquals(new DateRange(LocalDate.of(1937, 2, 1), LocalDate.of(1937, 2, 28)), DateRange.parse("1937-02").orElseThrow());
    assertEquals(new DateRange(LocalDate.of(1937, 11, 12), LocalDate.of(1937, 11, 12)), DateRange.parse("12.11.1937").orElseThrow());
    assertEquals(new DateRange(LocalDate.of(1937, 1, 1), LocalDate.of(1989, 12, 31)), DateRange.parse("1937 / 1989").orElseThrow());
    for (String ok : new String[] {"1937", "1937-11", "1937-11-12", "12.11.1937", "1937/1989", "1956-03-01–1956-06-30", "1940-02-29"}) {
      assertEquals(Optional.empty(), DateRange.problem(ok, TODAY), ok);
    }
  }

  @Test
  void saysWhyAnImpossibleDateCannotBeUsed() {
    assertEquals(Optional.of("month 13 does not exist"), DateRange.problem("1937-13-45", TODAY));
    assertEquals(Optional.of("month 0 does not exist"), DateRange.problem("1937-00", TODAY));
    assertEquals(Optional.of("day 30 does not exist in 1937-02 (it has 28 days)"), DateRange.problem("1937-02-30", TODAY));
    assertEquals(Optional.of("day 29 does not exist in 1937-02 (it has 28 days)"), DateRange.problem("29.02.1937", TODAY));
    assertEquals(Optional.of("day 31 does not exist in 1937-04 (it has 30 days)"), DateRange.problem("1937-01-01/1937-04-31", TODAY));
    assertEquals(Optional.of("the range ends before it starts"), DateRange.problem("1989/1937", TODAY));
    assertEquals(Optional.of("a date in the future"), DateRange.problem("2031-05-09", TODAY));
    assertTrue(DateRange.problem("весной 1937", TODAY).orElseThrow().startsWith("not a date: write YYYY, YYYY-MM"));
    assertTrue(DateRange.parse("1937-13-45").isEmpty());
  }
}
