package kz.muragat.core.metadata;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Archival metadata checked before it is indexed. A value that cannot be true (today: a date such
 * as {@code 1937-13-45}, a range ending before it starts, a date in the future) is reported with
 * the reason and left out, and the document is indexed with the rest of its metadata: a bad date
 * is neither shown, nor filtered, faceted or sorted on, and the report says what to fix.
 */
public final class MetadataCheck {
  private MetadataCheck() {}

  /** A value left out, and why. */
  public record Problem(String field, String value, String reason) {
    @Override
    public String toString() {
      return field + " '" + value + "': " + reason;
    }
  }

  /** The metadata to index (without the values that cannot be true) and what was left out. */
  public record Result(ArchivalMetadata metadata, List<Problem> problems) {}

  public static Result check(ArchivalMetadata meta) {
    return check(meta, LocalDate.now(ZoneId.systemDefault())); // the machine's today: where the archive is
  }

  static Result check(ArchivalMetadata meta, LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    Map<String, String> kept = new LinkedHashMap<>(meta.fields());
    String date = meta.get(ArchivalMetadata.DATE);
    Optional<String> why = DateRange.problem(date, today);
    if (why.isPresent()) {
      problems.add(new Problem(ArchivalMetadata.DATE, date, why.get()));
      kept.remove(ArchivalMetadata.DATE);
    }
    return problems.isEmpty() ? new Result(meta, List.of()) : new Result(new ArchivalMetadata(kept), List.copyOf(problems));
  }
}
