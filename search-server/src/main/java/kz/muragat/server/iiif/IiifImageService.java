package kz.muragat.server.iiif;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IIIF Image API 3.0 (level 1 and more) for page images: {@code /iiif/image/{key}~{page}/info.json}
 * and {@code /iiif/image/{key}~{page}/{region}/{size}/{rotation}/{quality}.{format}}, computed from
 * the stored scan.
 */
public final class IiifImageService {
  public static final String IMAGE_CONTEXT = "http://iiif.io/api/image/3/context.json";

  /** Tile edge announced in info.json. */
  static final int TILE = 512;

  private static final String PROFILE_LINK = "<http://iiif.io/api/image/3/level1.json>;rel=\"profile\"";

  private final IiifResources resources;
  private final ImageRenderer renderer = new ImageRenderer();

  IiifImageService(IiifResources resources) {
    this.resources = resources;
  }

  /** {@code GET /iiif/image/{id}}: the image's base URI redirects to its info.json. */
  public void imageBase(Context ctx) {
    String id = ctx.pathParam("id");
    IiifIds.pageImage(id);
    ctx.header("Location", "/iiif/image/" + id + "/info.json").status(303);
  }

  /** {@code GET /iiif/image/{id}/info.json}. */
  public void info(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    int[] size = renderer.size(resources.imageFile(IiifIds.pageImage(id)));
    int w = size[0], h = size[1];
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("@context", IMAGE_CONTEXT);
    info.put("id", resources.base(ctx) + "/iiif/image/" + id);
    info.put("type", "ImageService3");
    info.put("protocol", "http://iiif.io/api/image");
    info.put("profile", "level1");
    info.put("width", w);
    info.put("height", h);
    info.put("maxWidth", ImageRequest.MAX_WIDTH);
    info.put("maxHeight", ImageRequest.MAX_HEIGHT);
    info.put("maxArea", ImageRequest.maxArea(w, h));
    List<Integer> factors = new ArrayList<>();
    for (int f = 1; f <= 64; f *= 2) {
      factors.add(f);
      if (Math.max(w, h) / f <= TILE) break;
    }
    info.put("tiles", List.of(Map.of("width", TILE, "height", TILE, "scaleFactors", factors)));
    List<Map<String, Integer>> sizes = new ArrayList<>();
    for (int i = factors.size() - 1; i >= 1; i--) {
      int f = factors.get(i);
      sizes.add(Map.of("width", Math.max(1, w / f), "height", Math.max(1, h / f)));
    }
    info.put("sizes", sizes);
    info.put("extraQualities", List.of("color", "gray", "bitonal"));
    info.put("extraFormats", List.of("png"));
    info.put(
        "extraFeatures",
        List.of("mirroring", "regionByPct", "regionByPx", "regionSquare", "rotationBy90s", "sizeByConfinedWh", "sizeByH", "sizeByPct",
            "sizeByW", "sizeByWh", "sizeUpscaling"));
    ctx.header("Link", PROFILE_LINK);
    IiifResources.ldJson(ctx, IMAGE_CONTEXT, info);
  }

  /** {@code GET /iiif/image/{id}/{region}/{size}/{rotation}/{file}}. */
  public void image(Context ctx) throws IOException {
    Path file = resources.imageFile(IiifIds.pageImage(ctx.pathParam("id")));
    int[] size = renderer.size(file);
    ImageRequest req = ImageRequest.parse(ctx.pathParam("region"), ctx.pathParam("size"), ctx.pathParam("rotation"), ctx.pathParam("file"), size[0], size[1]);
    byte[] bytes = renderer.render(file, req);
    ctx.header("Link", PROFILE_LINK);
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType(req.format().equals("png") ? "image/png" : "image/jpeg");
    ctx.result(bytes);
  }
}
