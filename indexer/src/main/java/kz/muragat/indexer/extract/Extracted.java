package kz.muragat.indexer.extract;

import java.util.List;
import kz.muragat.core.model.PageRecord;

/** What an extractor made of a file: its pages and a title found inside it, if any. */
public record Extracted(String title, List<PageRecord> pages) {}
