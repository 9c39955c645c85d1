package kz.muragat.indexer.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults for every command's options, in this order: the environment variable {@code
 * MURAGAT_<OPTION>} (e.g. {@code MURAGAT_DATA}, {@code MURAGAT_OCR_LANGS}), then {@code
 * config/muragat.properties} ({@code <command>.<option>} before {@code <option>}), then the
 * default written on the option. A flag on the command line beats them all.
 */
public final class ConfigDefaults implements IDefaultValueProvider {
  private final Properties props = new Properties();

  public ConfigDefaults() {
    Path file = configFile();
    if (file != null && Files.isRegularFile(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        props.load(r);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /** {@code MURAGAT_CONFIG}, else {@code $MURAGAT_HOME/config/muragat.properties}, else ./config. */
  static Path configFile() {
    String explicit = System.getenv("MURAGAT_CONFIG");
    if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
    String home = System.getenv("MURAGAT_HOME");
    Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(".");
    return base.resolve("config").resolve("muragat.properties");
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option)) return null;
    String key = option.longestName().replaceFirst("^-+", "");
    String env = System.getenv("MURAGAT_" + key.toUpperCase(Locale.ROOT).replace('-', '_'));
    if (env != null && !env.isBlank()) return env;
    String command = arg.command() == null ? null : arg.command().name();
    if (command != null && props.containsKey(command + "." + key)) return props.getProperty(command + "." + key).strip();
    if (props.containsKey(key)) return props.getProperty(key).strip();
    return null;
  }
}
