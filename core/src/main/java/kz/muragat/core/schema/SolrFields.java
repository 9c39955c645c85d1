package kz.muragat.core.schema;

/**
 * The fields a SolrCloud collection holds beyond {@link IndexSchema}'s (see {@code
 * solr/configsets/muragat}): the indexer's Solr target writes them and the server's SolrCloud
 * backend reads them.
 */
public final class SolrFields {
  /** The source file's id on every entry of its block (Solr's unique key is per entry). */
  public static final String DOC_ID = "doc_id";

  /** A page entry's stored text. */
  public static final String PAGE_TEXT = "page_text";

  /** A page entry's stored {@link IndexSchema#TEXT_OCR} text (its uncertain words in place), for marking OCR matches. */
  public static final String PAGE_OCR = "page_ocr";

  /** The metadata keys ({@code meta.<key>} fields) a document entry has, for field queries by name. */
  public static final String META_KEYS = "meta_keys";

  /** The facet dimensions ({@code facet.<name>} fields) a document entry has: Solr cannot list its dynamic fields. */
  public static final String FACET_DIMS = "facet_dims";

  private SolrFields() {}

  /** The unique key of a page entry: a file id can never end in {@code /#N} (a file is not a folder). */
  public static String pageId(String docId, int page) {
    return docId + "/#" + page;
  }
}
