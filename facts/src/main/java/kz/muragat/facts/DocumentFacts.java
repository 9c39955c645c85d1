package kz.muragat.facts;

import java.util.List;
import kz.muragat.facts.articles.Article;
import kz.muragat.facts.bodies.Body;
import kz.muragat.facts.dates.DateFact;
import kz.muragat.facts.persons.PersonMention;
import kz.muragat.facts.sentences.Sentence;

/**
 * What one document says about its case, each fact once with every place it was read.
 *
 * @param persons the persons named, one per person (its mentions merged), in order of first mention
 * @param articles the articles cited, in order of first citation
 * @param sentences the sentences stated (a kind with a term replaces the same kind without one)
 * @param bodies the sentencing or reviewing bodies that acted
 * @param dates the dated events (decision, arrest, rehabilitation), in order of first mention
 */
public record DocumentFacts(
    List<PersonMention> persons,
    List<Article> articles,
    List<Sentence> sentences,
    List<Body> bodies,
    List<DateFact> dates) {
  public DocumentFacts {
    persons = List.copyOf(persons);
    articles = List.copyOf(articles);
    sentences = List.copyOf(sentences);
    bodies = List.copyOf(bodies);
    dates = List.copyOf(dates);
  }

  /** No facts. */
  public static final DocumentFacts EMPTY =
      new DocumentFacts(List.of(), List.of(), List.of(), List.of(), List.of());

  /** True when nothing was read. */
  public boolean isEmpty() {
    return persons.isEmpty() && articles.isEmpty() && sentences.isEmpty() && bodies.isEmpty()
        && dates.isEmpty();
  }
}
