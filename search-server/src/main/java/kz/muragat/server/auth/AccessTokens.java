package kz.muragat.server.auth;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
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
 * sha256:... = restricted, closed
 * sha256:... = admin
 * </pre>
 *
 * A request without {@code Authorization} is anonymous and sees public material only; a request
 * with an unknown token is refused (401), never silently treated as anonymous.
 */
public final class AccessTokens {
  public static final String ADMIN = "admin";

  private final Map<String, Viewer> byHash;

  private AccessTokens(Map<String, Viewer> byHash) {
    this.byHash = Map.copyOf(byHash);
  }

  public static AccessTokens none() {
    return new AccessTokens(Map.of());
  }

  /** Reads a tokens file; a missing file means no tokens (everyone is anonymous). */
  public static AccessTokens load(Path file) throws IOException {
    if (file == null || !Files.isRegularFile(file)) return none();
    Map<String, Viewer> map = new HashMap<>();
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
      Arrays.stream(l.substring(eq + 1).split("[,\\s]+")).filter(r -> !r.isBlank()).map(r -> r.toLowerCase(Locale.ROOT)).forEach(roles::add);
      boolean admin = roles.remove(ADMIN);
      map.put(key.substring("sha256:".length()), new Viewer(roles, admin));
    }
    return new AccessTokens(map);
  }

  public int size() {
    return byHash.size();
  }

  /** The viewer behind a request's bearer token; anonymous without one; 401 for a bad one. */
  public Viewer viewer(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) return Viewer.PUBLIC;
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ApiException(401, "unsupported authorization: send 'Authorization: Bearer <token>'");
    }
    Viewer v = byHash.get(sha256(header.substring(7).strip()));
    if (v == null) throw new ApiException(401, "invalid or expired token");
    return v;
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
