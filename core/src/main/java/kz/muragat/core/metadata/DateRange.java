package kz.muragat.core.metadata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document date as archives write it: a day ({@code 1937-11-12}), a month ({@code 1937-11}), a
 * year ({@code 1937}), a range of any of these ({@code 1937/1938}, {@code 1956-03-01/1956-06-30}),
 * or a Russian-style day ({@code 12.11.1937}).
 */
public record DateRange(LocalDate from, LocalDate to) {
  private static final String SHAPES = "YYYY, YYYY-MM, YYYY-MM-DD, DD.MM.YYYY or a range FROM/TO";
  private static final Pattern RANGE = Pattern.compile("\\s*(/|\\.\\.|–|—)\\s*");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

  public static Optional<DateRange> parse(String text) {
    if (text == null || text.isBlank()) return Optional.empty();
    String[] parts = RANGE.split(text.strip(), 2);
    if (parts.length == 2) {
      Optional<DateRange> a = parseOne(parts[0]), b = parseOne(parts[1]);
      if (a.isPresent() && b.isPresent() && !b.get().to.isBefore(a.get().from)) {
        return Optional.of(new DateRange(a.get().from, b.get().to));
      }
      return Optional.empty();
    }
    return parseOne(parts[0]);
  }

  /**
   * Why a date written in metadata cannot be used, or empty when it can: not a date at all, a
   * month or day that does not exist ({@code 1937-13-45}), a range that ends before it starts, or
   * a date after {@code today} (no archived document is dated in the future).
   */
  public static Optional<String> problem(String text, LocalDate today) {
    if (text == null || text.isBlank()) return Optional.empty();
    Optional<DateRange> parsed = parse(text);
    if (parsed.isPresent()) return parsed.get().from().isAfter(today) ? Optional.of("a date in the future") : Optional.empty();
    String[] parts = RANGE.split(text.strip(), 2);
    for (String part : parts) {
      Optional<String> why = impossible(part);
      if (why.isPresent()) return why;
    }
    if (parts.length == 2 && parseOne(parts[0]).isPresent() && parseOne(parts[1]).isPresent()) {
      return Optional.of("the range ends before it starts");
    }
    return Optional.of("not a date: write " + SHAPES);
  }

  /** A day or month of a known shape that does not exist, said so; empty otherwise. */
  private static Optional<String> impossible(String s) {
    int year, month;
    String day;
    Matcher m;
    if ((m = ISO.matcher(s)).matches()) {
      year = Integer.parseInt(m.group(1));
      month = Integer.parseInt(m.group(2));
      day = m.group(3);
    } else if ((m = DOTTED.matcher(s)).matches()) {
      year = Integer.parseInt(m.group(3));
      month = Integer.parseInt(m.group(2));
      day = m.group(1);
    } else {
      return Optional.empty();
    }
    if (month < 1 || month > 12) return Optional.of("month " + month + " does not exist");
    int days = YearMonth.of(year, month).lengthOfMonth();
    int d = day == null ? 1 : Integer.parseInt(day);
    if (d < 1 || d > days) return Optional.of("day " + d + " does not exist in " + YearMonth.of(year, month) + " (it has " + days + " days)");
    return Optional.empty();
  }

  private static Optional<DateRange> parseOne(String s) {
    try {
      Matcher m;
      if (YEAR.matcher(s).matches()) {
        int y = Integer.parseInt(s);
        return Optional.of(new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
      }
      if ((m = ISO.matcher(s)).matches()) {
        int y = Integer.parseInt(m.group(1)), mo = Integer.parseInt(m.group(2));
        if (m.group(3) == null) {
          YearMonth ym = YearMonth.of(y, mo);
          return Optional.of(new DateRange(ym.atDay(1), ym.atEndOfMonth()));
        }
        LocalDate d = LocalDate.of(y, mo, Integer.parseInt(m.group(3)));
        return Optional.of(new DateRange(d, d));
      }
      if ((m = DOTTED.matcher(s)).matches()) {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        return Optional.of(new DateRange(d, d));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
