package kz.muragat.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} and {@code --flag} options after a command word. */
record Args(String command, Map<String, String> options, List<String> positional) {
  static Args parse(String[] argv) {
    Map<String, String> o = new HashMap<>();
    List<String> pos = new ArrayList<>();
    String cmd = argv.length > 0 ? argv[0] : "help";
    for (int i = 1; i < argv.length; i++) {
      String a = argv[i];
      if (a.startsWith("--")) {
        String k = a.substring(2);
        int eq = k.indexOf('=');
        String key = eq >= 0 ? k.substring(0, eq) : k;
        String value = eq >= 0 ? k.substring(eq + 1) : i + 1 < argv.length && !argv[i + 1].startsWith("--") ? argv[++i] : "true";
        // --target may be given once per target; any other option given twice keeps the last
        if (key.equals("target") && o.containsKey(key)) o.merge(key, value, (was, v) -> was + ";" + v);
        else o.put(key, value);
      } else {
        pos.add(a);
      }
    }
    return new Args(cmd, o, pos);
  }

  String opt(String k, String def) {
    return options.getOrDefault(k, def);
  }

  int intOpt(String k, int def) {
    return options.containsKey(k) ? Integer.parseInt(options.get(k).replace("_", "")) : def;
  }

  boolean flag(String k) {
    return Boolean.parseBoolean(options.getOrDefault(k, "false"));
  }

  long seed() {
    return Long.parseLong(opt("seed", "1"));
  }
}
