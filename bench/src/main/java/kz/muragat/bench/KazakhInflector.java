package kz.muragat.bench;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Kazakh endings for the generated corpus: plural, the cases, possessive and a few verb forms,
 * with vowel harmony (back/front) and consonant assimilation (л/д/т, н/д/т, ғ/қ, м/б/п). Good
 * enough to give realistic surface variety; not a grammar.
 */
final class KazakhInflector {
  private KazakhInflector() {}

  private static final String VOWELS = "аәеиоөуұүыіэюя";
  private static final String VOICELESS = "кқпстфхцчшщ";
  private static final String VOICED_STOP = "бвгд";

  static boolean front(String stem) {
    for (int i = stem.length() - 1; i >= 0; i--) {
      char c = Character.toLowerCase(stem.charAt(i));
      if ("әөүіе".indexOf(c) >= 0) return true;
      if ("аоұы".indexOf(c) >= 0) return false;
    }
    return false;
  }

  private static char last(String stem) {
    return Character.toLowerCase(stem.charAt(stem.length() - 1));
  }

  private static boolean vowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }

  private static boolean voiceless(char c) {
    return VOICELESS.indexOf(c) >= 0 || VOICED_STOP.indexOf(c) >= 0;
  }

  private static boolean nasal(char c) {
    return c == 'м' || c == 'н' || c == 'ң';
  }

  private static String h(boolean front, String back, String fr) {
    return front ? fr : back;
  }

  static String[] nounForms(String stem) {
    boolean f = front(stem);
    char c = last(stem);
    Set<String> forms = new LinkedHashSet<>();
    forms.add(stem);
    String pl;
    if (vowel(c) || c == 'р' || c == 'й' || c == 'у') pl = h(f, "лар", "лер");
    else if (c == 'л' || nasal(c) || c == 'з' || c == 'ж') pl = h(f, "дар", "дер");
    else pl = h(f, "тар", "тер");
    String gen = vowel(c) || nasal(c) ? h(f, "ның", "нің") : voiceless(c) ? h(f, "тың", "тің") : h(f, "дың", "дің");
    String dat = voiceless(c) ? h(f, "қа", "ке") : h(f, "ға", "ге");
    String acc = vowel(c) ? h(f, "ны", "ні") : voiceless(c) ? h(f, "ты", "ті") : h(f, "ды", "ді");
    String loc = voiceless(c) ? h(f, "та", "те") : h(f, "да", "де");
    String abl = nasal(c) ? h(f, "нан", "нен") : voiceless(c) ? h(f, "тан", "тен") : h(f, "дан", "ден");
    String ins = vowel(c) || c == 'л' || c == 'р' || c == 'й' || c == 'у' ? "мен" : voiceless(c) ? "пен" : "бен";
    String poss = vowel(c) ? h(f, "сы", "сі") : h(f, "ы", "і");
    for (String s : new String[] {pl, gen, dat, acc, loc, abl, ins, poss}) forms.add(stem + s);
    String plural = stem + pl;
    forms.add(plural + h(f, "дың", "дің"));
    forms.add(plural + h(f, "ға", "ге"));
    forms.add(plural + h(f, "ды", "ді"));
    forms.add(plural + h(f, "да", "де"));
    forms.add(stem + poss + h(f, "нда", "нде"));
    return forms.toArray(String[]::new);
  }

  static String[] verbForms(String stem) {
    boolean f = front(stem);
    char c = last(stem);
    Set<String> forms = new LinkedHashSet<>();
    String past = voiceless(c) ? h(f, "ты", "ті") : h(f, "ды", "ді");
    String part = voiceless(c) ? h(f, "қан", "кен") : h(f, "ған", "ген");
    forms.add(stem + past);
    forms.add(stem + past + "р");
    forms.add(stem + part);
    forms.add(stem + (vowel(c) ? "п" : h(f, "ып", "іп")));
    forms.add(stem + (vowel(c) ? "у" : h(f, "у", "у")));
    forms.add(stem + (vowel(c) ? "ды" : h(f, "ады", "еді")));
    forms.add(stem + part + h(f, "дар", "дер"));
    return forms.toArray(String[]::new);
  }
}
