package kz.muragat.server.iiif;

import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.muragat.server.http.ApiException;

/**
 * URL-safe names for IIIF. A document id is a path with slashes, spaces and Cyrillic; IIIF
 * identifiers must be one path segment, so a document is named by its <em>key</em>: the base64url
 * of its id's UTF-8 (no padding). A page image is {@code {key}~{page}}.
 *
 * <p>A key only ever names an indexed public document (the search service looks the decoded id
 * up in the index), so no key reaches a file by itself.
 */
public final class IiifIds {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,2800}");
  private static final Pattern IMAGE = Pattern.compile("([A-Za-z0-9_-]{1,2800})~(\\d{1,6})");

  private IiifIds() {}

  public static String key(String documentId) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(documentId.getBytes(StandardCharsets.UTF_8));
  }

  /** The document id a key names; 400 when it is not a key. */
  public static String documentId(String key) {
    if (key == null || !KEY.matcher(key).matches()) throw ApiException.badRequest("not a document key: base64url of the document id expected");
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(key);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      throw ApiException.badRequest("not a document key: base64url of the document id expected");
    }
  }

  public static String imageId(String documentId, int page) {
    return key(documentId) + "~" + page;
  }

  /** Where a document's IIIF resources live: {@code {base}/iiif/{key}}. */
  public static String documentBase(String baseUrl, String documentId) {
    return baseUrl + "/iiif/" + key(documentId);
  }

  /** The address of a document's manifest. */
  public static String manifestUrl(String baseUrl, String documentId) {
    return documentBase(baseUrl, documentId) + "/manifest";
  }

  /** The canvas of a page in the manifest whose resources live under {@code documentBase}. */
  static String canvasId(String documentBase, int page) {
    return documentBase + "/canvas/p" + page;
  }

  /** A page image identifier: its document id and page number. */
  public record PageImage(String documentId, int page) {}

  public static PageImage pageImage(String identifier) {
    Matcher m = identifier == null ? null : IMAGE.matcher(identifier);
    if (m == null || !m.matches()) throw ApiException.badRequest("not an image identifier: {document key}~{page} expected");
    int page = Integer.parseInt(m.group(2));
    if (page < 1) throw ApiException.notFound("pages are numbered from 1");
    return new PageImage(documentId(m.group(1)), page);
  }

  /**
   * The server's address as clients see it: the configured public URL, else the address and port
   * the connection arrived at. Never the request's {@code Host} header: the client chooses it, and
   * the answers carrying it are cached (an OpenSearch description for an hour), so a forged Host
   * would send other readers' browsers to a site of the forger's choosing. Behind a proxy, set
   * {@code serve.public-url}.
   */
  public static String baseUrl(Context ctx, String publicUrl) {
    if (publicUrl != null) return publicUrl;
    String addr = ctx.req().getLocalAddr();
    if (addr == null || addr.isBlank()) addr = "127.0.0.1";
    if (addr.contains(":")) addr = "[" + addr.replaceFirst("%.*$", "") + "]";
    String scheme = "https".equalsIgnoreCase(ctx.scheme()) ? "https" : "http";
    return scheme + "://" + addr + ":" + ctx.req().getLocalPort();
  }
}
