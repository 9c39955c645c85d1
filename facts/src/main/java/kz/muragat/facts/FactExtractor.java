package kz.muragat.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import kz.muragat.facts.articles.Article;
import kz.muragat.facts.articles.ArticleExtractor;
import kz.muragat.facts.bodies.Body;
import kz.muragat.facts.bodies.BodyExtractor;
import kz.muragat.facts.bodies.BodyKind;
import kz.muragat.facts.dates.DateExtractor;
import kz.muragat.facts.dates.DateFact;
import kz.muragat.facts.dates.DateRole;
import kz.muragat.facts.persons.PersonExtractor;
import kz.muragat.facts.sentences.Sentence;
import kz.muragat.facts.sentences.SentenceExtractor;
import kz.muragat.facts.sentences.SentenceKind;
import kz.muragat.facts.text.Clauses;
import kz.muragat.facts.text.NormalizedPage;
import kz.muragat.facts.text.Span;

/**
 * Reads a document's case facts from its pages' text. Each page is normalized once ({@link
 * NormalizedPage}: OCR's broken lines, hyphenation and misread letters repaired, offsets kept) and
 * split into clauses ({@link Clauses}); the rules of each fact run over it (persons, articles,
 * sentences, bodies, dates) and the document's facts are the pages' facts taken together, each
 * once with every place it was read. Stateless and thread-safe; the cost is linear in the text.
 */
public final class FactExtractor {
  private FactExtractor() {}

  /** The facts of one document from its pages (in any order; spans name the page). */
  public static DocumentFacts extract(List<PageText> pages) {
    List<PersonExtractor.Reading> persons = new ArrayList<>();
    Map<String, Fact<String>> articles = new LinkedHashMap<>();
    Map<String, String> codes = new LinkedHashMap<>();
    Map<SentenceKey, Fact<SentenceKey>> sentences = new LinkedHashMap<>();
    Map<BodyKind, Fact<BodyKind>> bodies = new LinkedHashMap<>();
    Map<DateKey, Fact<DateKey>> dates = new LinkedHashMap<>();
    List<PageText> ordered = new ArrayList<>(pages);
    ordered.sort((a, b) -> Integer.compare(a.number(), b.number()));
    for (PageText p : ordered) {
      NormalizedPage page = NormalizedPage.of(p.number(), p.text());
      if (page.text().isEmpty()) {
        continue;
      }
      Clauses clauses = Clauses.of(page.text());
      List<DateExtractor.Reading> dated = DateExtractor.read(page, clauses);
      persons.addAll(PersonExtractor.read(page, clauses, dated));
      for (ArticleExtractor.Citation c : ArticleExtractor.find(page)) {
        add(articles, c.article(), page.span(c.start(), c.end()));
        if (c.code() != null) {
          codes.putIfAbsent(c.article(), c.code());
        }
      }
      for (SentenceExtractor.Reading s : SentenceExtractor.find(page, clauses)) {
        add(sentences, new SentenceKey(s.kind(), s.years()), page.span(s.start(), s.end()));
      }
      for (BodyExtractor.Reading b : BodyExtractor.find(page, clauses)) {
        add(bodies, b.kind(), page.span(b.start(), b.end()));
      }
      for (DateFact d : DateExtractor.facts(page, dated)) {
        for (Span s : d.spans()) {
          add(dates, new DateKey(d.date(), d.role()), s);
        }
      }
    }
    return new DocumentFacts(
        PersonExtractor.merge(persons),
        list(articles, (a, spans) -> new Article(a, codes.get(a), spans)),
        sentences(sentences),
        list(bodies, Body::new),
        list(dates, (k, spans) -> new DateFact(k.date(), k.role(), spans)));
  }

  /** A kind with a term replaces the same kind without one (the term was read elsewhere). */
  private static List<Sentence> sentences(Map<SentenceKey, Fact<SentenceKey>> read) {
    List<Sentence> out = new ArrayList<>();
    for (Fact<SentenceKey> f : read.values()) {
      SentenceKind kind = f.key.kind();
      if (f.key.years() == null
          && read.keySet().stream().anyMatch(k -> k.kind() == kind && k.years() != null)) {
        continue;
      }
      out.add(new Sentence(kind, f.key.years(), f.spans));
    }
    return out;
  }

  private record SentenceKey(SentenceKind kind, Integer years) {}

  private record DateKey(LocalDate date, DateRole role) {}

  private static final class Fact<K> {
    final K key;
    final List<Span> spans = new ArrayList<>(2);

    Fact(K key) {
      this.key = key;
    }
  }

  private static <K> void add(Map<K, Fact<K>> map, K key, Span span) {
    map.computeIfAbsent(key, Fact::new).spans.add(span);
  }

  private static <K, T> List<T> list(Map<K, Fact<K>> map, BiFunction<K, List<Span>, T> make) {
    List<T> out = new ArrayList<>(map.size());
    for (Fact<K> f : map.values()) {
      out.add(make.apply(f.key, f.spans));
    }
    return out;
  }
}
