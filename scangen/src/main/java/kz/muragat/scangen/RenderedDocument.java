package kz.muragat.scangen;

import java.util.List;
import java.util.stream.Collectors;

/** A rendered document: a name (usually the source file's base name) and its pages in order. */
public record RenderedDocument(String name, List<RenderedPage> pages) {
    public RenderedDocument {
        pages = List.copyOf(pages);
    }

    /** Ground-truth text of all pages, pages separated by a form feed ({@code \f}). */
    public String text() {
        return pages.stream().map(RenderedPage::text).collect(Collectors.joining("\f"));
    }
}
