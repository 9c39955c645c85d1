package kz.muragat.facts.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.muragat.facts.text.Cues;
import kz.muragat.facts.text.NormalizedPage;

/**
 * Articles of a criminal code cited on a page, normalized to {@code 58-10}, {@code 58-1а}, {@code
 * 59-3}, {@code 58} (an article without a point):
 *
 * <ul>
 *   <li>Russian: after {@code ст.}, {@code ст.ст.}, {@code статьи}, {@code статье} …: {@code ст.
 *       58-10, 58-11}, {@code ст. 58 п.п. 10, 11}, {@code ст. 58 пп. 2, 8}, {@code ст. 58 п. 1
 *       «а»}, {@code ст. 58-1 «а»}, {@code ст. 58/10}, {@code ст. 58-10, 11} (a bare point after an
 *       article with a point is another point of it), {@code ст. 58-10 ч. 1} (the part is dropped);
 *   <li>Kazakh, the code word after the number: {@code 58-10 бабы}, {@code 58-10-бап}, {@code
 *       58-бабының 10-тармағы}, {@code 58 баптың 2, 11-тармақтары};
 *   <li>a list of {@code 58-10}-style items right before a code's name ({@code 58-10 УК РСФСР}),
 *       when OCR lost the {@code ст.} before it.
 * </ul>
 *
 * The code ({@code УК РСФСР}, {@code УК КазССР}, Kazakh {@code ҚазКСР ҚК}) is read where it is
 * written right after the list (or, in Kazakh, right before it).
 */
public final class ArticleExtractor {
  private ArticleExtractor() {}

  private static final String SP = "[\\s_]{0,2}";
  private static final String ITEM_NUMBERS =
      "(\\d{1,3})(?:" + SP + "[-/.]" + SP + "(\\d{1,2})" + "(?:\\s?\"([абвгa])\"|([абвгa])(?![а-я]))?)?";
  private static final String POINT_WORD = "(?:п\\.?\\s?п\\.?|пп\\.?|п\\.|пункт[а-я]*|пт\\.?)";
  private static final String POINT = "\\d{1,2}(?:\\s?\"?[абвгa]\"?(?![а-я]))?";
  private static final String POINTS = POINT + "(?:\\s?(?:,|и|;)\\s?" + POINT + ")*";
  private static final String PART = "(?:\\s?(?:ч\\.|част[а-я]*)\\s?\\d{1,2})";

  /** The word for "article" right before a number: ст., ст.ст., статьи, статьям, ст-ст. */
  private static final Pattern RU_CUE_BEFORE =
      Pattern.compile(
          "(?<![а-я])(?:ст\\.?\\s?ст\\.|ст-ст\\.?|ст\\.|ст|стат[ьея][а-я]*)\\s?№?\\s?$");

  /**
   * One item: groups 1 article, 2 point, 3/4 its letter (quoted / attached), 5 the points after
   * "п.", 6 a letter after "п." ({@code 58-1 п. «а»}).
   */
  private static final Pattern ITEM =
      Pattern.compile(
          ITEM_NUMBERS + "(?:" + SP + POINT_WORD + SP + "(?:(" + POINTS + ")|\"?([абвгa])\"?(?![а-я])))?"
              + PART + "?");

  private static final Pattern SEPARATOR =
      Pattern.compile("\\s?(?:,|и|;|и/или|жане)\\s?(?:ст\\.?\\s?)?");

  /** 58-бабының 10-тармағы, 58 баптың 2, 11-тармақтары. */
  private static final Pattern KK_POINTS =
      Pattern.compile(
          "(?<![\\d.])(\\d{1,3})\\s?-?\\s?ба[пб][а-я]*\\s?(" + POINTS + ")\\s?-?\\s?тарма[кг][а-я]*");

  /** 58-10 бабы, 58-10-бап, 58-2, 58-11 баптары. */
  private static final Pattern KK_ITEMS =
      Pattern.compile(
          "(?<![\\d.])((?:\\d{1,3}\\s?[-/]\\s?\\d{1,2}\"?[абвгa]?\"?\\s?(?:,|жане|и)\\s?)*"
              + "\\d{1,3}\\s?[-/]\\s?\\d{1,2}\"?[абвгa]?\"?)\\s?-?\\s?ба[пб](?![а-я]*\\s?\\d)");

  /** 58-10, 58-11 УК … — items right before a code's name. */
  private static final Pattern BEFORE_CODE =
      Pattern.compile(
          "(?<![\\d.])((?:\\d{1,3}\\s?-\\s?\\d{1,2}[абвгa]?\\s?(?:,|и)\\s?)*"
              + "\\d{1,3}\\s?-\\s?\\d{1,2}[абвгa]?)\\s?(?:ук|у\\.к\\.)(?![а-я])");

  /** Articles of something other than a criminal code: procedure, a law, a decree. */
  private static final Pattern NOT_CRIMINAL =
      Pattern.compile(
          "[\\s.,]{0,3}(?:упк|у\\.\\s?п\\.\\s?к|уголовно-процессуальн|гпк|кзот|закон|указ|"
              + "положени|конституци|инструкци|постановлени|приказ|декрет|кодекса\\s+о\\s)");

  private static final Pattern CODE =
      Pattern.compile(
          "\\G\\s?(?:ук|у\\.\\s?к\\.|уголовного\\s+кодекса)\\s?"
              + "(рсфср|каз\\.?\\s?сср|казсср|казахской\\s+сср|усср|узсср|ссср)");
  private static final Pattern KK_CODE =
      Pattern.compile("(казкср|казак\\s?кср|рсфср)\\s?(?:кк|ук)[а-я-]*\\s?$");

  /** One cited article at {@code [start, end)} of the normalized text, with its code or null. */
  public record Citation(String article, String code, int start, int end) {}

  /**
   * The articles cited on a page, in text order (one citation per article and place). Every
   * citation starts with a number, so the rules are tried only where a number starts.
   */
  public static List<Citation> find(NormalizedPage page) {
    String f = page.folded();
    List<Citation> out = new ArrayList<>();
    if (!page.hasDigits()) {
      return out;
    }
    List<Cues.Hit<Word>> words = WORDS.find(page);
    if (words.isEmpty()) {
      return out; // no "ст.", "бап" or "УК": nothing cited
    }
    Matcher cue = anchored(RU_CUE_BEFORE, f);
    Matcher item = anchored(ITEM, f);
    Matcher kkPoints = anchored(KK_POINTS, f);
    Matcher kkItems = anchored(KK_ITEMS, f);
    Matcher beforeCode = anchored(BEFORE_CODE, f);
    int covered = 0;
    int n = f.length();
    for (int i = 0; i < n; i++) {
      if (i < covered || !isDigit(f.charAt(i)) || (i > 0 && isDigit(f.charAt(i - 1)))) {
        continue;
      }
      int listStart = out.size();
      if (near(words, Word.ARTICLE, i - CUE_REACH, i)
          && cue.region(Math.max(0, i - CUE_REACH), i).find()) {
        covered = russianList(f, i, item, out);
        if (out.size() > listStart) {
          if (NOT_CRIMINAL.matcher(f).region(covered, n).lookingAt()) {
            out.subList(listStart, out.size()).clear(); // ст. 204 п. «б» УПК, ст. 1 Закона
          } else {
            setCode(out, listStart, code(f, covered));
          }
          continue;
        }
      }
      int window = Math.min(n, i + KAZAKH_REACH);
      boolean kazakh = near(words, Word.KAZAKH_ARTICLE, i, window);
      if (kazakh && kkPoints.region(i, n).lookingAt()) {
        for (String p : kkPoints.group(2).split("\\s?(?:,|и|;)\\s?")) {
          String num = p.replaceAll("[^\\d]", "");
          addPoint(out, kkPoints.group(1) + "-" + num + letterOf(p.replaceAll("[^абвгa]", "")),
              i, kkPoints.end());
        }
        setCode(out, listStart, kazakhCode(f, i));
        covered = kkPoints.end();
        continue;
      }
      for (Matcher m : new Matcher[] {kkItems, beforeCode}) {
        boolean possible = m == kkItems ? kazakh
            : near(words, Word.CODE, i, window);
        if (possible && out.size() == listStart && m.region(i, n).lookingAt()) {
          for (String it : m.group(1).split("\\s?(?:,|жане|и)\\s?")) {
            String[] parts = it.split("\\s?[-/]\\s?");
            String point = parts[1].replaceAll("[^\\d]", "");
            addPoint(out, parts[0].trim() + "-" + point
                + letterOf(parts[1].replaceAll("[^абвгa]", "")), i, m.end());
          }
          setCode(out, listStart, m == kkItems ? kazakhCode(f, i) : code(f, m.end(1)));
          covered = m.end();
        }
      }
    }
    return out;
  }

  /** How far before a number its "ст." may be. */
  private static final int CUE_REACH = 16;

  /** How far after a number a Kazakh "бап" or a code's "УК" may be (past a list of items). */
  private static final int KAZAKH_REACH = 48;

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The words a citation needs beside its numbers: "article" (Russian, Kazakh) or a code. */
  private enum Word {
    ARTICLE,
    KAZAKH_ARTICLE,
    CODE
  }

  private static final Cues<Word> WORDS =
      Cues.<Word>builder()
          .add(Word.ARTICLE, "ст.", "ст$", "ст-ст", "стат")
          .add(Word.KAZAKH_ARTICLE, "бап", "баб")
          .add(Word.CODE, "ук$", "у.~к.")
          .build();

  /** A word of this kind starts in {@code [from, to)} (the words are in text order). */
  private static boolean near(List<Cues.Hit<Word>> words, Word kind, int from, int to) {
    for (Cues.Hit<Word> w : words) {
      if (w.start() >= to) {
        return false;
      }
      if (w.value() == kind && w.start() >= from) {
        return true;
      }
    }
    return false;
  }

  private static Matcher anchored(Pattern p, String s) {
    return p.matcher(s).useTransparentBounds(true);
  }

  /**
   * Reads a Russian list of items from {@code at} ({@code 58-10, 11}, {@code 58 п.п. 10, 11},
   * {@code 58-2, 58-8 и 58-11}) into {@code out}; returns where the list ends.
   */
  private static int russianList(String f, int at, Matcher item, List<Citation> out) {
    String lastWithPoint = null;
    while (at < f.length() && item.region(at, f.length()).lookingAt()) {
      String article = item.group(1);
      String point = item.group(2);
      String points = item.group(5);
      if (point != null) {
        String letter = item.group(3) != null ? item.group(3) : item.group(4);
        if (letter == null) {
          letter = item.group(6);
        }
        addPoint(out, article + "-" + point + letterOf(letter), item.start(), item.end());
        lastWithPoint = article;
      } else if (points != null) {
        for (String p : points.split("\\s?(?:,|и|;)\\s?")) {
          String num = p.replaceAll("[^\\d]", "");
          String letter = p.replaceAll("[^абвгa]", "");
          addPoint(out, article + "-" + num + letterOf(letter), item.start(), item.end());
        }
        lastWithPoint = article;
      } else if (lastWithPoint != null && article.length() <= 2
          && Integer.parseInt(article) <= 20) {
        addPoint(out, lastWithPoint + "-" + article, item.start(), item.end()); // 58-10, 11
      } else {
        addPoint(out, article, item.start(), item.end());
      }
      at = item.end();
      Matcher sep = SEPARATOR.matcher(f).region(at, f.length());
      if (!sep.lookingAt() || sep.end() >= f.length() || !Character.isDigit(f.charAt(sep.end()))) {
        break;
      }
      at = sep.end();
    }
    return at;
  }

  private static String letterOf(String l) {
    if (l == null || l.isEmpty()) {
      return "";
    }
    char c = l.charAt(0);
    return String.valueOf(c == 'a' ? 'а' : c);
  }

  private static void addPoint(List<Citation> out, String article, int s, int e) {
    if (valid(article)) {
      out.add(new Citation(article, null, s, e));
    }
  }

  /** Article 1..299, point 1..99. */
  private static boolean valid(String article) {
    String[] p = article.split("-");
    int a = Integer.parseInt(p[0]);
    if (a < 1 || a > 299) {
      return false;
    }
    if (p.length > 1) {
      String digits = p[1].replaceAll("[^\\d]", "");
      int n = digits.isEmpty() ? 0 : Integer.parseInt(digits);
      return n >= 1;
    }
    return true;
  }

  private static void setCode(List<Citation> out, int from, String code) {
    if (code == null) {
      return;
    }
    for (int i = from; i < out.size(); i++) {
      Citation c = out.get(i);
      out.set(i, new Citation(c.article(), code, c.start(), c.end()));
    }
  }

  private static String code(String f, int at) {
    Matcher m = CODE.matcher(f).region(Math.max(0, at), f.length());
    return m.find() ? codeName(m.group(1)) : null;
  }

  private static String kazakhCode(String f, int before) {
    Matcher m = KK_CODE.matcher(f).region(Math.max(0, before - 30), before);
    return m.find() ? codeName(m.group(1)) : null;
  }

  private static String codeName(String republic) {
    String r = republic.replaceAll("[\\s.]", "");
    switch (r) {
      case "рсфср":
        return "УК РСФСР";
      case "казсср":
      case "казахскойсср":
      case "казкср":
      case "казаккср":
        return "УК КазССР";
      case "усср":
        return "УК УССР";
      case "узсср":
        return "УК УзССР";
      default:
        return "УК " + r.toUpperCase(java.util.Locale.ROOT);
    }
  }
}
