package kz.muragat.facts.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of cue words, each standing for a value (a date's role, a person's role), found in one
 * pass of one compiled pattern over {@link NormalizedPage#folded()}. A cue is the start of a word
 * (its stem; any ending may follow) written in folded letters; stems of five letters or more are
 * matched {@link Fuzzy OCR-tolerantly}.
 *
 * @param <T> what a cue stands for
 */
public final class Cues<T> {
  /** A cue found at {@code [start, end)}. */
  public record Hit<T>(T value, int start, int end) {}

  private final Pattern pattern;
  private final List<T> values;

  private Cues(Pattern pattern, List<T> values) {
    this.pattern = pattern;
    this.values = values;
  }

  /** Builds a cue set from stems (a stem may hold {@code \s} and plain pattern syntax) and values. */
  public static <T> Cues<T> of(Map<String, T> stems) {
    StringBuilder b = new StringBuilder("(?<![а-яa-z0-9])(?:");
    List<T> values = new ArrayList<>(stems.size());
    int i = 0;
    for (Map.Entry<String, T> e : stems.entrySet()) {
      String stem = e.getKey();
      boolean plain = stem.length() < 5 || !stem.matches("[а-я ]+");
      String p = plain ? stem : Fuzzy.of(stem).replace(" ", "\\s+");
      b.append(i == 0 ? "" : "|").append("(").append(p).append(")");
      values.add(e.getValue());
      i++;
    }
    b.append(")[а-я]*");
    return new Cues<>(Pattern.compile(b.toString()), values);
  }

  /** A builder keeping the order cues are added in (the first alternative that matches wins). */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Every cue in the folded text, in text order. */
  public List<Hit<T>> find(String folded) {
    return find(folded, 0, folded.length());
  }

  /** Every cue starting in {@code folded[from, to)} (words may not run past {@code to}). */
  public List<Hit<T>> find(String folded, int from, int to) {
    List<Hit<T>> out = new ArrayList<>();
    Matcher m = pattern.matcher(folded).region(from, to).useTransparentBounds(true);
    while (m.find()) {
      for (int g = 1; g <= values.size(); g++) {
        if (m.start(g) >= 0) {
          out.add(new Hit<>(values.get(g - 1), m.start(), m.end()));
          break;
        }
      }
    }
    return out;
  }

  /** Collects stems in order. */
  public static final class Builder<T> {
    private final Map<String, T> stems = new LinkedHashMap<>();

    public Builder<T> add(T value, String... stemList) {
      for (String s : stemList) {
        stems.put(s, value);
      }
      return this;
    }

    public Cues<T> build() {
      return Cues.of(stems);
    }
  }
}
