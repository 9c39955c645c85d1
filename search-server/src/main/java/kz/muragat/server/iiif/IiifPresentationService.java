package kz.muragat.server.iiif;

import static kz.muragat.server.iiif.IiifResources.labelled;
import static kz.muragat.server.iiif.IiifResources.none;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.muragat.search.SearchResults;
import kz.muragat.server.http.ApiException;

/**
 * IIIF Presentation API 3.0: {@code /iiif/{key}/manifest}, a document as one canvas per page image,
 * with its metadata and citation, a link back to Muragat's viewer and its content search services.
 */
public final class IiifPresentationService {
  public static final String PRESENTATION_CONTEXT = "http://iiif.io/api/presentation/3/context.json";

  private static final Map<String, String> CITATION = Map.of("en", "Citation", "ru", "Шифр", "kk", "Шифр");

  /** Labels of the archival metadata fields; other fields are shown under their own name. */
  private static final Map<String, Map<String, String>> LABELS =
      Map.ofEntries(
          Map.entry("date", Map.of("en", "Date", "ru", "Дата", "kk", "Күні")),
          Map.entry("archive", Map.of("en", "Archive", "ru", "Архив", "kk", "Мұрағат")),
          Map.entry("fond", Map.of("en", "Fonds", "ru", "Фонд", "kk", "Қор")),
          Map.entry("opis", Map.of("en", "Inventory", "ru", "Опись", "kk", "Тізбе")),
          Map.entry("delo", Map.of("en", "File", "ru", "Дело", "kk", "Іс")),
          Map.entry("list", Map.of("en", "Folios", "ru", "Листы", "kk", "Парақтар")),
          Map.entry("language", Map.of("en", "Language", "ru", "Язык", "kk", "Тілі")),
          Map.entry("doc_type", Map.of("en", "Document type", "ru", "Вид документа", "kk", "Құжат түрі")),
          Map.entry("collection", Map.of("en", "Collection", "ru", "Коллекция", "kk", "Топтама")));

  private final IiifResources resources;

  IiifPresentationService(IiifResources resources) {
    this.resources = resources;
  }

  /** {@code GET /iiif/{key}/manifest}: the document, one canvas per page that has an image. */
  public void manifest(Context ctx) throws IOException {
    String docId = IiifIds.documentId(ctx.pathParam("key"));
    SearchResults.DocumentView doc = resources.document(docId);
    String base = resources.base(ctx);
    String iiif = IiifIds.documentBase(base, doc.id());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@context", PRESENTATION_CONTEXT);
    m.put("id", iiif + "/manifest");
    m.put("type", "Manifest");
    m.put("label", none(doc.title() == null || doc.title().isBlank() ? doc.id() : doc.title()));
    m.put("metadata", metadata(doc));
    if (doc.citation() != null) m.put("requiredStatement", labelled(CITATION, doc.citation()));
    m.put("homepage", List.of(Map.of(
        "id", base + "/?doc=" + IiifResources.enc(doc.id()), "type", "Text", "format", "text/html",
        "label", Map.of("en", List.of("Muragat viewer"), "ru", List.of("Просмотр в Muragat"), "kk", List.of("Muragat-та қарау")))));
    m.put("seeAlso", List.of(Map.of(
        "id", base + "/api/documents/" + IiifResources.pathEnc(doc.id()), "type", "Dataset", "format", "application/json",
        "label", Map.of("en", List.of("Metadata and OCR text (Muragat API)")))));
    m.put("service", IiifSearchService.services(iiif));
    List<Map<String, Object>> canvases = new ArrayList<>();
    for (SearchResults.PageView p : doc.pages()) {
      if (!p.image() || p.width() <= 0 || p.height() <= 0) continue;
      canvases.add(canvas(base, iiif, doc.id(), p));
    }
    if (canvases.isEmpty()) throw ApiException.notFound("document '" + doc.id() + "' has no page images to show");
    m.put("items", canvases);
    IiifResources.ldJson(ctx, PRESENTATION_CONTEXT, m);
  }

  private static Map<String, Object> canvas(String base, String iiif, String docId, SearchResults.PageView p) {
    String canvasId = IiifIds.canvasId(iiif, p.number());
    String service = base + "/iiif/image/" + IiifIds.imageId(docId, p.number());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", service + "/full/max/0/default.jpg");
    body.put("type", "Image");
    body.put("format", "image/jpeg");
    body.put("width", p.width());
    body.put("height", p.height());
    body.put("service", List.of(Map.of("id", service, "type", "ImageService3", "profile", "level1")));
    Map<String, Object> anno = new LinkedHashMap<>();
    anno.put("id", iiif + "/annotation/p" + p.number() + "-image");
    anno.put("type", "Annotation");
    anno.put("motivation", "painting");
    anno.put("body", body);
    anno.put("target", canvasId);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("id", iiif + "/page/p" + p.number());
    page.put("type", "AnnotationPage");
    page.put("items", List.of(anno));
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", canvasId);
    c.put("type", "Canvas");
    c.put("label", none(String.valueOf(p.number())));
    c.put("width", p.width());
    c.put("height", p.height());
    c.put("thumbnail", List.of(Map.of(
        "id", service + "/full/!200,200/0/default.jpg", "type", "Image", "format", "image/jpeg",
        "service", List.of(Map.of("id", service, "type", "ImageService3", "profile", "level1")))));
    c.put("items", List.of(page));
    return c;
  }

  private static List<Map<String, Object>> metadata(SearchResults.DocumentView doc) {
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(labelled(Map.of("en", "Identifier", "ru", "Идентификатор", "kk", "Идентификатор"), doc.id()));
    if (doc.citation() != null) out.add(labelled(CITATION, doc.citation()));
    for (Map.Entry<String, String> e : doc.metadata().entrySet()) {
      if (e.getValue() == null || e.getValue().isBlank() || e.getKey().equals("title")) continue;
      Map<String, String> label = LABELS.get(e.getKey());
      out.add(label != null ? labelled(label, e.getValue()) : Map.of("label", none(e.getKey()), "value", none(e.getValue())));
    }
    out.add(labelled(Map.of("en", "Pages", "ru", "Страниц", "kk", "Беттер"), String.valueOf(doc.pageCount())));
    return out;
  }
}
