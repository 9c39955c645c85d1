package kz.muragat.indexer.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.muragat.core.metadata.AccessLevels;
import kz.muragat.core.metadata.ArchivalMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Metadata that does not apply must never leave a document public silently: each attack of issue
 * 18 item 3 either applies as meant or fails the file with a reason, and what applies to no file
 * is reported.
 */
class SidecarsTest {
  @TempDir Path root;

  static final String NFC = Normalizer.normalize("Дело-й-ё.txt", Normalizer.Form.NFC);
  static final String NFD = Normalizer.normalize("Дело-й-ё.txt", Normalizer.Form.NFD);

  Sidecars sidecars() {
    return new Sidecars(root, p -> true, AccessLevels.DEFAULT);
  }

  Path write(String name, String content) throws IOException {
    Path p = root.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  String failure(Sidecars s, Path file) {
    return assertThrows(IOException.class, () -> s.forFile(file), file + " must fail").getMessage();
  }

  Map<String, String> unmatched(Sidecars s, Path... files) {
    Map<String, String> out = new TreeMap<>();
    s.reportUnmatched(List.of(files), (p, reason) -> out.merge(root.relativize(p).toString(), reason, (a, b) -> a + " | " + b));
    return out;
  }

  @Test
  void aRowInOneUnicodeNormalizationMatchesAFileNamedInTheOther() throws Exception {
    assertTrue(!NFC.equals(NFD));
    Path file = write(NFD, "text");
    write("manifest.csv", "file,access\n" + NFC + ",closed\n");
    Sidecars s = sidecars();
    assertEquals("closed", s.forFile(file).get(ArchivalMetadata.ACCESS));
    assertEquals(Map.of(), unmatched(s, file));
    // and a JSON sidecar named in the other form is found as well
    Path other = write(NFC.replace(".txt", "-2.txt"), "text");
    write(NFD.replace(".txt", "-2.txt") + ".meta.json", "{\"access\": \"restricted\"}");
    assertEquals("restricted", sidecars().forFile(other).get(ArchivalMetadata.ACCESS));
  }

  @Test
  void aRowForAFileInASubfolderFailsThatFileAndIsReported() throws Exception {
    Path inner = write("sub/inner.txt", "text");
    Path top = write("top.txt", "text");
    write("manifest.csv", "file,access\ntop.txt,public\nsub/inner.txt,closed\n");
    Sidecars s = sidecars();
    assertTrue(failure(s, inner).contains("move the row to"), failure(s, inner));
    assertEquals(null, s.forFile(top).get("title"));
    assertTrue(unmatched(s, inner, top).get("manifest.csv").contains("row 3 names 'sub/inner.txt'"), unmatched(s, inner, top).toString());
  }

  @Test
  void blankUnknownOrCaseDuplicatedAccessFailsTheFile() throws Exception {
    Path blank = write("blank.txt", "x");
    write("blank.txt.meta.json", "{\"access\": \"   \"}");
    Path nul = write("null.txt", "x");
    write("null.txt.meta.json", "{\"access\": null}");
    Path twice = write("twice.txt", "x");
    write("twice.txt.meta.json", "{\"access\": \"closed\", \"ACCESS\": \"public\"}");
    Path exact = write("exact.txt", "x");
    write("exact.txt.meta.json", "{\"access\": \"closed\", \"access\": \"public\"}");
    Path unknown = write("unknown.txt", "x");
    write("unknown.txt.meta.json", "{\"access\": \"pubilc\"}");
    Path pages = write("pages.txt", "x");
    write("pages.txt.meta.json", "{\"page_access\": {\"2\": \"secret\"}}");
    Sidecars s = sidecars();
    assertTrue(failure(s, blank).contains("access is blank"), failure(s, blank));
    assertTrue(failure(s, nul).contains("access is blank"), failure(s, nul));
    assertTrue(failure(s, twice).contains("name the same field"), failure(s, twice));
    assertTrue(failure(s, exact).contains("not valid JSON"), failure(s, exact));
    assertTrue(failure(s, unknown).contains("'pubilc' is not a known access level"), failure(s, unknown));
    assertTrue(failure(s, pages).contains("'secret' is not a known access level"), failure(s, pages));
    // a level the collection declares is fine, whatever its case
    write("custom.txt.meta.json", "{\"access\": \"Case-042\"}");
    Path custom = write("custom.txt", "x");
    assertEquals("case-042", new Sidecars(root, p -> true, new AccessLevels(List.of("case-042"))).forFile(custom).get(ArchivalMetadata.ACCESS).toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void aManifestWhoseColumnsOrRowsCannotBeAppliedFailsItsFiles() throws Exception {
    Path a = write("cols/a.txt", "x");
    write("cols/manifest.csv", "file,access,ACCESS\na.txt,closed,public\n");
    assertTrue(failure(sidecars(), a).contains("name the same field"));
    Path b = write("cells/b.txt", "x");
    Path c = write("cells/c.txt", "x");
    write("cells/manifest.csv", "file,title,access\nb.txt,Protocol, with a comma,closed\nc.txt,Protocol\n");
    assertTrue(failure(sidecars(), b).contains("row 2 has 4 cells, the header 3"), failure(sidecars(), b));
    assertTrue(failure(sidecars(), c).contains("row 3 has 2 cells"), failure(sidecars(), c));
    Path d = write("dups/d.txt", "x");
    write("dups/manifest.csv", "file,access\nd.txt,closed\n" + "d.txt,public\n");
    Sidecars s = sidecars();
    assertTrue(failure(s, d).contains("rows 2, 3 all name 'd.txt'"), failure(s, d));
    assertTrue(unmatched(s, d).get("dups/manifest.csv").contains("rows 2, 3"));
    Path e = write("blankcell/e.txt", "x");
    write("blankcell/manifest.csv", "file,access\ne.txt,\n");
    assertTrue(failure(sidecars(), e).contains("access is blank"));
    // a manifest saved by a spreadsheet program, with a byte order mark, is fine
    Path f = write("bom/f.txt", "x");
    write("bom/manifest.csv", "\uFEFFfile,access\nf.txt,restricted\n");
    assertEquals("restricted", sidecars().forFile(f).get(ArchivalMetadata.ACCESS));
  }

  @Test
  void rowsAndSidecarsWithoutTheirFileAreReported() throws Exception {
    Path here = write("here.txt", "x");
    write("manifest.csv", "file,access\nhere.txt,public\ngone.txt,closed\n");
    write("lost.txt.meta.json", "{\"access\": \"closed\"}");
    Map<String, String> u = unmatched(sidecars(), here);
    assertTrue(u.get("manifest.csv").contains("row 3 names 'gone.txt': no such file"), u.toString());
    assertTrue(u.get("lost.txt.meta.json").contains("describes 'lost.txt': no such file"), u.toString());
  }

  @Test
  void aSidecarWithThousandsOfKeysMakesNoFacetDimensions() throws Exception {
    StringBuilder j = new StringBuilder("{");
    for (int i = 0; i < 3000; i++) j.append(i == 0 ? "" : ",").append("\"k").append(i).append("\": \"v\"");
    Path many = write("many.txt", "x");
    write("many.txt.meta.json", j.append('}').toString());
    assertTrue(failure(sidecars(), many).contains("3000 metadata fields: at most " + Sidecars.MAX_FIELDS));
    List<String> cols = new ArrayList<>(List.of("file"));
    for (int i = 0; i < 100; i++) cols.add("c" + i);
    Path wide = write("wide/w.txt", "x");
    write("wide/manifest.csv", String.join(",", cols) + "\n");
    assertTrue(failure(sidecars(), wide).contains("100 metadata columns"));
  }

  @Test
  void aSidecarThatMayNotBeReadFailsItsFiles() throws Exception {
    Path f = write("g.txt", "x");
    write("g.txt.meta.json", "{\"access\": \"public\"}");
    Sidecars s = new Sidecars(root, p -> !p.getFileName().toString().endsWith(".meta.json"), AccessLevels.DEFAULT);
    assertTrue(failure(s, f).contains("leading outside the indexed folder"));
  }
}
