package kz.muragat.server.auth;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.muragat.core.access.Viewer;
import kz.muragat.server.http.ApiException;

/**
 * Bearer tokens and what they may see. The tokens file holds one line per token: its SHA-256 (so
 * the file never holds a usable secret) and the roles it grants — access levels such as {@code
 * restricted} or {@code closed}, or {@code admin} for everything and the admin endpoints:
 *
 * <pre>
 * # sha256 of the token = roles
 * sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 = restricted
 * sha256:... = restricted, closed, name=ivanova
 * sha256:... = admin, name=archivist-1
 * </pre>
 *
 * {@code name=} labels the token in the audit log (without one, the log names it by the start of
 * its hash). A request without {@code Authorization} is anonymous and sees public material only; a
 * request with an unknown token is refused (401), never silently treated as anonymous. {@link
 * #reload} reads the file again, so a revoked token stops working and a new one starts without a
 * restart.
 */
public final class AccessTokens {
  public static final String ADMIN = "admin";

  /** Who the audit log names for a request without a token. */
  public static final String ANONYMOUS = "anonymous";

  /** Who the audit log names for a request with a token that is not (or no longer) valid. */
  public static final String UNKNOWN_TOKEN = "unknown-token";

  /** The request attribute holding the caller's name once {@link #viewer} has run. */
  public static final String CALLER_ATTRIBUTE = "muragat.caller";

  private static final String NAME = "name=";

  /** A token's holder: the name the audit log gives them and what they may see. */
  private record Holder(String name, Viewer viewer) {}

  private final Path file;
  private volatile Map<String, Holder> byHash;

  private AccessTokens(Path file, Map<String, Holder> byHash) {
    this.file = file;
    this.byHash = Map.copyOf(byHash);
  }

  public static AccessTokens none() {
    return new AccessTokens(null, Map.of());
  }

  /** Reads a tokens file; a missing file means no tokens (everyone is anonymous). */
  public static AccessTokens load(Path file) throws IOException {
    return new AccessTokens(file, read(file));
  }

  /**
   * Reads the tokens file again and puts it in force at once: revoked tokens are refused from the
   * next request on. A file that cannot be read changes nothing (the error says why).
   *
   * @return how many tokens are now in force
   */
  public synchronized int reload() throws IOException {
    byHash = Map.copyOf(read(file));
    return byHash.size();
  }

  private static Map<String, Holder> read(Path file) throws IOException {
    if (file == null || !Files.isRegularFile(file)) return Map.of();
    Map<String, Holder> map = new HashMap<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) continue;
      int eq = l.indexOf('=');
      String key = eq < 0 ? l : l.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      if (eq < 0 || !key.matches("sha256:[0-9a-f]{64}")) {
        throw new IOException(file + ":" + lineNo + ": expected 'sha256:<64 hex digits> = roles' (the hash of a token, never the token)");
      }
      Set<String> roles = new LinkedHashSet<>();
      String name = null;
      for (String r : l.substring(eq + 1).split("[,\\s]+")) {
        if (r.isBlank()) continue;
        if (r.regionMatches(true, 0, NAME, 0, NAME.length())) {
          name = r.substring(NAME.length());
          if (!name.matches("[\\p{L}\\p{N}._@-]{1,64}")) throw new IOException(file + ":" + lineNo + ": a token's name is letters, digits, '.', '_', '@', '-'");
        } else {
          roles.add(r.toLowerCase(Locale.ROOT));
        }
      }
      boolean admin = roles.remove(ADMIN);
      String hash = key.substring("sha256:".length());
      map.put(hash, new Holder(name != null ? name : "sha256:" + hash.substring(0, 12), new Viewer(roles, admin)));
    }
    return map;
  }

  public int size() {
    return byHash.size();
  }

  /**
   * The viewer behind a request's bearer token; anonymous without one; 401 for a bad one. The
   * caller's name (for the audit log) is left in the request attribute {@link #CALLER_ATTRIBUTE}.
   */
  public Viewer viewer(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      ctx.attribute(CALLER_ATTRIBUTE, ANONYMOUS);
      return Viewer.PUBLIC;
    }
    ctx.attribute(CALLER_ATTRIBUTE, UNKNOWN_TOKEN);
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ApiException(401, "unsupported authorization: send 'Authorization: Bearer <token>'");
    }
    Holder h = byHash.get(sha256(header.substring(7).strip()));
    if (h == null) throw new ApiException(401, "invalid or expired token");
    ctx.attribute(CALLER_ATTRIBUTE, h.name());
    return h.viewer();
  }

  /** The name of the caller a request came from, as {@link #viewer} found it (anonymous before). */
  public static String caller(Context ctx) {
    String name = ctx.attribute(CALLER_ATTRIBUTE);
    return name == null ? ANONYMOUS : name;
  }

  /** The viewer, who must be an administrator (401 without a token, 403 with a lesser one). */
  public Viewer admin(Context ctx) {
    Viewer v = viewer(ctx);
    if (v == Viewer.PUBLIC) throw new ApiException(401, "this endpoint needs an administrator's token");
    if (!v.admin()) throw new ApiException(403, "this token may not use administrator endpoints");
    return v;
  }

  public static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
