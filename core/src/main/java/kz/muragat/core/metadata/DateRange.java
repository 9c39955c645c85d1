package kz.muragat.core.metadata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A document date as archives write it: a day ({@code 1937-11-12}), a month ({@code 1937-11}), a
 * year ({@code 1937}), a range of any of these ({@code 1937/1938}, {@code 1956-03-01/1956-06-30}),
 * or a Russian-style day ({@code 12.11.1937}).
 */
public record DateRange(LocalDate from, LocalDate to) {

  public static Optional<DateRange> parse(String text) {
    if (text == null || text.isBlank()) return Optional.empty();
    String s = text.strip();
    String[] parts = s.split("\\s*(/|\\.\\.|–|—)\\s*", 2);
    if (parts.length == 2) {
      Optional<DateRange> a = parseOne(parts[0]), b = parseOne(parts[1]);
      if (a.isPresent() && b.isPresent() && !b.get().to.isBefore(a.get().from)) {
        return Optional.of(new DateRange(a.get().from, b.get().to));
      }
      return Optional.empty();
    }
    return parseOne(s);
  }

  private static Optional<DateRange> parseOne(String s) {
    try {
      if (s.matches("\\d{4}")) {
        int y = Integer.parseInt(s);
        return Optional.of(new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(s);
        return Optional.of(new DateRange(ym.atDay(1), ym.atEndOfMonth()));
      }
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate d = LocalDate.parse(s);
        return Optional.of(new DateRange(d, d));
      }
      if (s.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
        String[] p = s.split("\\.");
        LocalDate d = LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        return Optional.of(new DateRange(d, d));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
