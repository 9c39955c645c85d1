package kz.muragat.facts.persons;

import java.util.ArrayList;
import java.util.List;
import kz.muragat.facts.text.NormalizedPage;

/**
 * Finds the personal names of a normalized page, in the shapes case records write them:
 *
 * <ul>
 *   <li>surname, given name, patronymic ({@code Бекетова Хайретдина Кунтугановича}, {@code
 *       Жақыпов Ғазымбек Мыржақыпұлы}), or given name, patronymic, surname ({@code Газымбек
 *       Миржакипович Джакупов}) — the patronymic's suffix is the anchor;
 *   <li>a surname with initials, either side ({@code Бекетов Х.К.}, {@code Х. К. Бекетов});
 *   <li>surname and given name ({@code Абильев Абулхаир}, {@code Әбілұлы Әбілқайыр}), or given
 *       name and surname ({@code Ғазымбек Жақыпұлы}), when one of the two has a surname's suffix.
 * </ul>
 *
 * Words must be capitalized (or the whole name in capitals, as typed headings do), next to each
 * other on the page (a line break between them is fine), and none may be a word that is
 * capitalized for another reason ({@link NameShapes#isStopword}).
 */
final class NameFinder {
  private NameFinder() {}

  /** A name found at {@code [start, end)} of the normalized text; given/patronymic may be null. */
  record Name(String surname, String given, String patronymic, int start, int end) {}


  /** A token of the page; its text is cut from the page only when a rule asks for it. */
  private static final class Token {
    private final String page;
    private final String foldedPage;
    private final int start;
    private final int end;
    private final Kind kind;
    private String text;
    private String folded;

    Token(String page, String foldedPage, int start, int end, Kind kind) {
      this.page = page;
      this.foldedPage = foldedPage;
      this.start = start;
      this.end = end;
      this.kind = kind;
    }

    String text() {
      if (text == null) {
        text = page.substring(start, end);
      }
      return text;
    }

    String folded() {
      if (folded == null) {
        folded = foldedPage.substring(start, end);
      }
      return folded;
    }

    int start() {
      return start;
    }

    int end() {
      return end;
    }

    Kind kind() {
      return kind;
    }

    char first() {
      return page.charAt(start);
    }

    int length() {
      return end - start;
    }
  }

  private enum Kind {
    WORD,
    CAPS,
    INITIAL,
    OTHER
  }

  static List<Name> find(NormalizedPage page) {
    List<Token> tokens = tokenize(page.text(), page.folded());
    List<Name> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Name name = triple(tokens, i);
      int used = 3;
      if (name == null) {
        name = tripleWithSpeck(tokens, i);
        used = 4;
      }
      if (name == null) {
        name = withInitials(tokens, i);
        used = name == null ? 0 : tokensIn(tokens, i, name.end());
      }
      if (name == null) {
        name = pair(tokens, i);
        used = 2;
      }
      if (name != null) {
        out.add(name);
        i += used;
      } else {
        i++;
      }
    }
    return out;
  }

  private static int tokensIn(List<Token> tokens, int from, int end) {
    int k = from;
    while (k < tokens.size() && tokens.get(k).start() < end) {
      k++;
    }
    return k - from;
  }

  /**
   * Words (letters, with inner hyphens), numbers and single other characters; a capital followed
   * by a full stop is an initial. The folded form is cut from the page's folded text.
   */
  private static List<Token> tokenize(String text, String folded) {
    int n = text.length();
    List<Token> out = new ArrayList<>(n / 8 + 4);
    boolean lastBarrier = false;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\n') {
        i++; // a normalized page's only white space
        continue;
      }
      int s = i;
      Kind kind = Kind.OTHER;
      if (isLetter(c)) {
        i++;
        while (i < n && (isLetter(text.charAt(i))
            || (text.charAt(i) == '-' && i + 1 < n && isLetter(text.charAt(i + 1))))) {
          i++;
        }
        if (i - s == 1 && Character.isUpperCase(c) && i < n && text.charAt(i) == '.') {
          kind = Kind.INITIAL;
          i++;
        } else if (Character.isUpperCase(c) && NameShapes.isNameWord(text, s, i)) {
          kind = Character.isUpperCase(text.charAt(s + 1)) ? Kind.CAPS : Kind.WORD;
        }
      } else if (c >= '0' && c <= '9') {
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
      } else {
        i++;
      }
      boolean barrier = kind == Kind.OTHER && i - s > 1;
      if (barrier && lastBarrier) {
        continue; // a run of small words and numbers only separates names: one token is enough
      }
      lastBarrier = barrier;
      out.add(new Token(text, folded, s, i, kind));
    }
    return out;
  }

  /** A letter; Cyrillic without a table lookup. */
  private static boolean isLetter(char c) {
    return (c >= '\u0410' && c <= '\u04FF') || Character.isLetter(c);
  }

  /** Token i and the next n-1 are name words of one kind with only white space between them. */
  private static boolean run(List<Token> tokens, int i, int n, Kind kind) {
    if (i + n > tokens.size()) {
      return false;
    }
    for (int k = i; k < i + n; k++) {
      if (tokens.get(k).kind() != kind) {
        return false;
      }
    }
    return true;
  }

  private static boolean plainWord(Token t) {
    return !NameShapes.isStopword(t.folded()) && !NameShapes.looksCommon(t.folded());
  }

  private static boolean isWord(Token t) {
    return t.kind() == Kind.WORD || t.kind() == Kind.CAPS;
  }

  /**
   * Three name words written alike: all capitalized, all in capitals, or the surname alone in
   * capitals ({@code СЕЙТКАЛИЕВА Жумабека Ахметовича}, {@code Газымбек Миржакипович ДЖАКУПОВ}).
   */
  private static boolean alike(Token a, Token b, Token c) {
    if (!isWord(a) || !isWord(b) || !isWord(c)) {
      return false;
    }
    if (a.kind() == b.kind() && b.kind() == c.kind()) {
      return true;
    }
    return b.kind() == Kind.WORD && (a.kind() == Kind.CAPS) != (c.kind() == Kind.CAPS);
  }

  private static Name triple(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size()) {
      return null;
    }
    Token a = tokens.get(i);
    Token b = tokens.get(i + 1);
    Token c = tokens.get(i + 2);
    if (!alike(a, b, c)) {
      return null;
    }
    if (NameShapes.isStopword(a.folded()) || NameShapes.isStopword(b.folded())
        || NameShapes.isStopword(c.folded())) {
      return null;
    }
    boolean pa = NameShapes.isPatronymic(a.folded());
    boolean pb = NameShapes.isPatronymic(b.folded());
    boolean pc = NameShapes.isPatronymic(c.folded());
    // the patronymic anchors the name: the given name may look like a common word (Сагыная)
    if (pc && !pb && (!pa || NameShapes.isKazakhPatronymic(a.folded())) && c.kind() == b.kind()) {
      if (NameShapes.isKazakhPatronymic(c.folded()) && !NameShapes.isSurname(a.folded())) {
        return null; // "Ғазымбек Мыржақыпұлы" after some other word: a pair, found later
      }
      return name(a.text(), b.text(), c.text(), a.start(), c.end());
    }
    if (pb && !NameShapes.isKazakhPatronymic(b.folded()) && !pa && !pc && plainWord(a)
        && a.kind() == b.kind() && NameShapes.isSurname(c.folded())) {
      return name(c.text(), a.text(), b.text(), a.start(), c.end());
    }
    return null;
  }

  /** Specks OCR reads as marks between words: Абулхаир. Омирзакович, Аскара .Чокановича. */
  private static boolean isSpeck(Token t) {
    return t.kind() == Kind.OTHER && t.length() == 1 && ".,'`|:;".indexOf(t.first()) >= 0;
  }

  /** Surname, given name, a speck, a Russian patronymic. */
  private static Name tripleWithSpeck(List<Token> tokens, int i) {
    if (i + 3 >= tokens.size() || !run(tokens, i, 2, Kind.WORD) || !isSpeck(tokens.get(i + 2))
        || tokens.get(i + 3).kind() != Kind.WORD) {
      return null;
    }
    Token a = tokens.get(i);
    Token b = tokens.get(i + 1);
    Token c = tokens.get(i + 3);
    if (!NameShapes.isPatronymic(c.folded()) || NameShapes.isKazakhPatronymic(c.folded())
        || NameShapes.isStopword(a.folded()) || !plainWord(b)
        || NameShapes.isPatronymic(a.folded()) || NameShapes.isPatronymic(b.folded())) {
      return null;
    }
    return name(a.text(), b.text(), c.text(), a.start(), c.end());
  }

  /**
   * A name; a Kazakh -ұлы/-қызы word gets ә for the э OCR reads it as (Kazakh writes э only in
   * loanwords, never in a name of this shape): {@code Эуезулы} → {@code Әуезулы}.
   */
  private static Name name(String surname, String given, String patronymic, int start, int end) {
    return new Name(kazakhE(surname), given, patronymic == null ? null : kazakhE(patronymic),
        start, end);
  }

  private static String kazakhE(String w) {
    if (w.indexOf('Э') < 0 && w.indexOf('э') < 0
        || !NameShapes.isKazakhPatronymic(NormalizedPage.fold(w))) {
      return w;
    }
    return w.replace('Э', 'Ә').replace('э', 'ә');
  }

  private static Name withInitials(List<Token> tokens, int i) {
    int n = tokens.size();
    Token t = tokens.get(i);
    if (isWord(t) && i + 1 < n && tokens.get(i + 1).kind() == Kind.INITIAL && surnameLike(t)) {
      Token g = tokens.get(i + 1);
      Token p = i + 2 < n && tokens.get(i + 2).kind() == Kind.INITIAL ? tokens.get(i + 2) : null;
      int r = p == null ? i + 2 : i + 3;
      // after initials a word in -евич is a surname (Матулевича), not a patronymic
      if (r < n && isWord(tokens.get(r)) && afterInitials(tokens.get(r))
          && !(r + 1 < n && tokens.get(r + 1).kind() == Kind.INITIAL)
          && !(NameShapes.isSurname(t.folded()) && !NameShapes.isSurname(tokens.get(r).folded()))) {
        return null; // "Армвоенюриста В.В. Ульриха": the initials go with the word after them
      }
      return name(t.text(), g.text(), p == null ? null : p.text(), t.start(),
          (p == null ? g : p).end());
    }
    if (t.kind() == Kind.INITIAL) {
      Token p = i + 1 < n && tokens.get(i + 1).kind() == Kind.INITIAL ? tokens.get(i + 1) : null;
      int s = p == null ? i + 1 : i + 2;
      if (s < n && isWord(tokens.get(s)) && afterInitials(tokens.get(s))
          && !(s + 1 < n && tokens.get(s + 1).kind() == Kind.INITIAL)) {
        Token sur = tokens.get(s);
        return name(sur.text(), t.text(), p == null ? null : p.text(), t.start(), sur.end());
      }
    }
    return null;
  }

  private static boolean afterInitials(Token t) {
    return t.length() >= 2 && plainWord(t) || NameShapes.isSurname(t.folded());
  }

  private static boolean surnameLike(Token t) {
    return t.length() >= 2 && plainWord(t) && !NameShapes.isPatronymic(t.folded())
        || NameShapes.isSurname(t.folded());
  }

  /** Two name words: both capitalized, or the surname in capitals and the given name not. */
  private static Name pair(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return null;
    }
    Token a = tokens.get(i);
    Token b = tokens.get(i + 1);
    if (!isWord(a) || !isWord(b) || !plainWord(a) || !plainWord(b)
        || (a.kind() == Kind.CAPS && b.kind() == Kind.CAPS)) {
      return null;
    }
    boolean sa = NameShapes.isSurname(a.folded());
    boolean sb = NameShapes.isSurname(b.folded());
    boolean rb = NameShapes.isPatronymic(b.folded()) && !NameShapes.isKazakhPatronymic(b.folded());
    if (sa && !rb && !(sb && NameShapes.isKazakhPatronymic(b.folded())) && b.kind() == Kind.WORD) {
      return name(a.text(), b.text(), null, a.start(), b.end());
    }
    if (sb && !sa && !NameShapes.isPatronymic(a.folded()) && a.kind() == Kind.WORD) {
      return name(b.text(), a.text(), null, a.start(), b.end());
    }
    return null;
  }
}
