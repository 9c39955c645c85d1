/**
 * IIIF for Muragat's public documents, so digital-library viewers (Mirador, Universal Viewer) can
 * show and search them:
 *
 * <ul>
 *   <li>{@link kz.muragat.server.iiif.IiifImageService}: Image API 3.0, level 1 and more — {@code
 *       /iiif/image/{key}~{page}/info.json} and {@code
 *       /iiif/image/{key}~{page}/{region}/{size}/{rotation}/{quality}.{format}} ({@link
 *       kz.muragat.server.iiif.ImageRequest} parses a request, {@link
 *       kz.muragat.server.iiif.ImageRenderer} computes the image)
 *   <li>{@link kz.muragat.server.iiif.IiifPresentationService}: Presentation API 3.0 — {@code
 *       /iiif/{key}/manifest}, one canvas per page image
 *   <li>{@link kz.muragat.server.iiif.IiifSearchService}: Content Search API 2.0 ({@code
 *       /iiif/{key}/search?q=}, an AnnotationPage whose annotations target {@code canvas#xywh=} of
 *       the matching words) and 1.0 ({@code /iiif/{key}/search1?q=}, the same hits as an
 *       AnnotationList, because Mirador 4.0 searches only through a 1.0 service)
 * </ul>
 *
 * {@code key} is the base64url of the document id ({@link kz.muragat.server.iiif.IiifIds}).
 * Everything is public material (the search backend shows anonymous callers nothing else), so
 * responses allow every origin.
 */
package kz.muragat.server.iiif;
