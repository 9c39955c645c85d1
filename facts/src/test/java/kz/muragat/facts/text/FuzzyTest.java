package kz.muragat.facts.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FuzzyTest {
  @Test
  void matchesTheLettersOcrConfuses() {
    Pattern p = Pattern.compile(Fuzzy.of("рождения"));
    assertTrue(p.matcher("реждения").matches());
    assertTrue(p.matcher("рождения").matches());
    assertTrue(Pattern.compile(Fuzzy.of("лет")).matcher("пет").matches());
    assertFalse(p.matcher("рождество").matches());
  }

  @Test
  void escapesPatternSyntax() {
    assertTrue(Pattern.compile(Fuzzy.of("г.р.")).matcher("г.р.").matches());
    assertFalse(Pattern.compile(Fuzzy.of("г.р.")).matcher("гхрх").matches());
  }
}
