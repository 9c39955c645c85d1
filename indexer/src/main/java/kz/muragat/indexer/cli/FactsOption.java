package kz.muragat.indexer.cli;

import java.util.Locale;
import kz.muragat.indexer.pipeline.IndexerOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --facts on|off}: read each document's case facts while indexing (the default) or not (a
 * picocli mixin shared by index and reindex; {@code facts = off} in the configuration file, or
 * {@code MURAGAT_FACTS=off}). Off writes no facts, fact facets or persons for the documents the
 * run writes — for an archive that needs none, or to measure what reading them costs.
 */
public final class FactsOption {
  /** The two settings (a boolean option would be a flag without a value in picocli). */
  enum Setting {
    ON,
    OFF
  }

  @Option(names = "--facts", defaultValue = "on", paramLabel = "on|off", converter = SettingConverter.class,
      description = "Read case facts (persons, articles, sentences, bodies, dates) from each document's text: on or off. Default: ${DEFAULT-VALUE}.")
  Setting facts;

  /** True when the run reads facts ({@link IndexerOptions#facts}). */
  public boolean read() {
    return facts != Setting.OFF;
  }

  /** {@code on} or {@code off}, in any case. */
  static final class SettingConverter implements ITypeConverter<Setting> {
    @Override
    public Setting convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "on" -> Setting.ON;
        case "off" -> Setting.OFF;
        default -> throw new TypeConversionException("expected on or off, not '" + value + "'");
      };
    }
  }
}
