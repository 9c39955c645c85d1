package kz.muragat.server.iiif;

import kz.muragat.search.SearchBackend;

/**
 * The three IIIF services over one search backend, for the server to route to.
 *
 * @param publicUrl the address clients reach the server at, for absolute URLs; null: each
 *     request's Host
 */
public record Iiif(IiifImageService image, IiifPresentationService presentation, IiifSearchService search) {
  public static Iiif over(SearchBackend backend, String publicUrl) {
    IiifResources resources = new IiifResources(backend, publicUrl);
    return new Iiif(new IiifImageService(resources), new IiifPresentationService(resources), new IiifSearchService(resources));
  }
}
