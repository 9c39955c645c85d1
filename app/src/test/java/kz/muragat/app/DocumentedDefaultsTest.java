package kz.muragat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README, config/muragat.properties and every command's --help say what the code does: the
 * defaults they document are the options' defaults, help renders without warnings and tells each
 * command in whole sentences, every command answers --version, bad usage exits 2 with a message.
 */
class DocumentedDefaultsTest {
  private static final Map<String, CommandLine> COMMANDS = MuragatCli.commandLine().getSubcommands();

  /** The default written on an option of a command (the code's, before any configuration). */
  private static String codeDefault(String command, String option) {
    OptionSpec o = COMMANDS.get(command).getCommandSpec().findOption("--" + option);
    return o == null ? null : o.defaultValue() == null ? "" : o.defaultValue();
  }

  private static List<String> commandsWith(String option) {
    return COMMANDS.entrySet().stream()
        .filter(e -> !e.getKey().equals("help") && e.getValue().getCommandSpec().findOption("--" + option) != null)
        .map(Map.Entry::getKey).distinct().toList();
  }

  @Test
  void theConfigurationFileStatesTheCodesDefaults() throws IOException {
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(Cli.HOME.resolve("config").resolve("muragat.properties"), StandardCharsets.UTF_8)) {
      props.load(r);
    }
    assertFalse(props.isEmpty());
    for (String key : props.stringPropertyNames()) {
      String value = props.getProperty(key).strip();
      int dot = key.indexOf('.');
      List<String> commands = dot > 0 ? List.of(key.substring(0, dot)) : commandsWith(key);
      String option = dot > 0 ? key.substring(dot + 1) : key;
      assertFalse(commands.isEmpty(), "config/muragat.properties: no command has --" + option);
      for (String c : commands) {
        assertEquals(value, codeDefault(c, option), "config/muragat.properties " + key + " vs " + c + " --" + option);
      }
    }
  }

  private static final Pattern USAGE = Pattern.compile("^\\s*bin/muragat ([a-z-]+) (.*)$", Pattern.MULTILINE);
  private static final Pattern BRACKETED = Pattern.compile("\\[--([a-z-]+) ([^\\]|A-Z]+)\\]");
  private static final Pattern PARENTHESISED = Pattern.compile("`--([a-z-]+)` \\(([0-9]+)\\)");
  private static final Pattern SAID_DEFAULT = Pattern.compile("`--([a-z-]+)`[^`.|]{0,40}?default ([0-9]+)");
  private static final Pattern THE_DEFAULT = Pattern.compile("`--([a-z-]+)`[^.]{0,60}?`([a-z0-9,]+)` \\(the default");

  @Test
  void theReadmeStatesTheCodesDefaults() throws IOException {
    String readme = Files.readString(Cli.HOME.resolve("README.md"));
    List<String> checked = new ArrayList<>();
    Matcher usage = USAGE.matcher(readme);
    while (usage.find()) {
      String command = usage.group(1);
      if (!COMMANDS.containsKey(command)) continue;
      Matcher m = BRACKETED.matcher(usage.group(2));
      while (m.find()) {
        assertEquals(m.group(2).strip(), codeDefault(command, m.group(1)), "README: bin/muragat " + command + " [--" + m.group(1) + " …]");
        checked.add(command + " --" + m.group(1));
      }
    }
    for (Pattern p : List.of(PARENTHESISED, SAID_DEFAULT, THE_DEFAULT)) {
      Matcher m = p.matcher(readme);
      while (m.find()) {
        List<String> commands = commandsWith(m.group(1));
        if (commands.isEmpty()) continue; // a bench script's option
        for (String c : commands) assertEquals(m.group(2), codeDefault(c, m.group(1)), "README: '" + m.group() + "' vs " + c);
        checked.add(m.group(1));
      }
    }
    for (String must : List.of("serve --port", "demo --port", "bench-ocr --pages", "bench-ocr --psm", "low-confidence", "file-timeout",
        "commit-seconds", "commit-docs", "watch-seconds", "preprocess")) {
      assertTrue(checked.contains(must), "the README's default for " + must + " is found and checked: " + checked);
    }
    for (String c : COMMANDS.keySet()) {
      if (!c.equals("help")) assertTrue(readme.contains("bin/muragat " + c), "the README's command list has " + c);
    }
  }

  @Test
  void helpRendersWithoutWarningsInWholeSentencesAndAgreesWithTheDefaults() {
    PrintStream err = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    String top;
    Map<String, String> help = new java.util.TreeMap<>();
    try {
      CommandLine cli = MuragatCli.commandLine();
      top = cli.getUsageMessage(CommandLine.Help.Ansi.OFF);
      cli.getSubcommands().forEach((name, c) -> help.put(name, c.getUsageMessage(CommandLine.Help.Ansi.OFF)));
    } finally {
      System.setErr(err);
    }
    assertEquals("", warnings.toString(StandardCharsets.UTF_8), "picocli warns while rendering help");
    // the command list shows each command's first description line: a whole sentence
    Map<String, String> listed = new java.util.LinkedHashMap<>();
    String last = null;
    for (String l : top.substring(top.indexOf("Commands:")).split("\n")) {
      Matcher m = Pattern.compile("^  ([a-z-]+)\\s{2,}(.+)$").matcher(l);
      if (m.matches()) listed.put(last = m.group(1), m.group(2).strip());
      else if (last != null && l.startsWith("      ")) listed.merge(last, l.strip(), (x, y) -> x + " " + y);
    }
    listed.forEach((c, text) -> assertTrue(text.endsWith("."), "muragat --help cuts the description of " + c + ": " + text));
    assertTrue(listed.size() >= 9, top);
    Pattern theDefault = Pattern.compile("([a-z0-9+,.]+) \\(the default");
    for (Map.Entry<String, String> h : help.entrySet()) {
      for (OptionSpec o : COMMANDS.get(h.getKey()).getCommandSpec().options()) {
        String description = String.join(" ", o.description());
        Matcher m = theDefault.matcher(description);
        while (m.find()) assertEquals(o.defaultValue(), m.group(1), h.getKey() + " " + o.longestName() + ": " + description);
      }
    }
    assertFalse(help.get("demo").replaceAll("Default: 7070", "").contains("7070"), "demo --help names the port its option says:\n" + help.get("demo"));
  }

  @Test
  void everyCommandAnswersVersionAndBadUsageExits2WithAMessage() {
    for (String c : COMMANDS.keySet()) {
      if (c.equals("help")) continue;
      StringWriter out = new StringWriter();
      int exit = MuragatCli.commandLine().setOut(new PrintWriter(out)).execute(c, "--version");
      assertEquals(0, exit, c + " --version");
      assertTrue(out.toString().contains(MuragatCli.VERSION), c + " --version printed: '" + out + "'");
    }
    StringWriter err = new StringWriter();
    assertEquals(2, MuragatCli.commandLine().setErr(new PrintWriter(err)).execute("analyze", "--field", "foo"));
    assertTrue(err.toString().contains("morph") && err.toString().contains("exact"), err.toString());
    PrintStream sysErr = System.err;
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
    try {
      assertEquals(2, MuragatCli.commandLine().execute("serve", "--port", "99999"));
    } finally {
      System.setErr(sysErr);
    }
    String message = said.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("--port must be a TCP port, 1 to 65535") && !message.contains("Exception"), message);
  }

  @Test
  void setupHelpPrintsHelpAndInstallsNothing() throws Exception {
    Process p = new ProcessBuilder(Cli.HOME.resolve("bin").resolve("setup").toString(), "--help").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("bin/setup --deps-only"), out);
    assertFalse(out.contains("installing") || out.contains("building"), out);
    Process bad = new ProcessBuilder(Cli.HOME.resolve("bin").resolve("setup").toString(), "--bogus").redirectErrorStream(true).start();
    String said = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(bad.waitFor(30, TimeUnit.SECONDS));
    assertEquals(2, bad.exitValue(), said);
  }
}
