package kz.muragat.core.metadata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Archival description of one document from its sidecar: title, date or date range, archive,
 * fonds / опись / дело / лист, language, document type, access level and any free fields. Keys
 * are lower-case; every value is a string as written in the sidecar.
 */
public record ArchivalMetadata(Map<String, String> fields) {
  public static final String TITLE = "title";
  public static final String DATE = "date";
  public static final String ARCHIVE = "archive";
  public static final String FOND = "fond";
  public static final String OPIS = "opis";
  public static final String DELO = "delo";
  public static final String LIST = "list";
  public static final String LANGUAGE = "language";
  public static final String DOC_TYPE = "doc_type";
  public static final String ACCESS = "access";

  public static final ArchivalMetadata EMPTY = new ArchivalMetadata(Map.of());

  public ArchivalMetadata {
    Map<String, String> clean = new LinkedHashMap<>();
    fields.forEach(
        (k, v) -> {
          if (k != null && v != null && !v.isBlank()) clean.put(k.strip().toLowerCase(java.util.Locale.ROOT), v.strip());
        });
    fields = Collections.unmodifiableMap(clean);
  }

  public String get(String key) {
    return fields.get(key);
  }

  /** This metadata with the other's fields laid over it. */
  public ArchivalMetadata overlay(ArchivalMetadata other) {
    Map<String, String> m = new LinkedHashMap<>(fields);
    m.putAll(other.fields);
    return new ArchivalMetadata(m);
  }

  /** The archival citation as archivists write it: "ЦГА РК, ф. 1, оп. 2, д. 345, л. 12–14". */
  public String citation() {
    StringBuilder sb = new StringBuilder();
    append(sb, "", get(ARCHIVE));
    append(sb, "ф. ", get(FOND));
    append(sb, "оп. ", get(OPIS));
    append(sb, "д. ", get(DELO));
    append(sb, "л. ", get(LIST));
    return sb.toString();
  }

  private static void append(StringBuilder sb, String prefix, String value) {
    if (value == null) return;
    if (sb.length() > 0) sb.append(", ");
    sb.append(prefix).append(value);
  }
}
