package kz.muragat.indexer.ocr;

import com.sun.jna.Callback;
import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import kz.muragat.indexer.deadline.Deadline;
import net.sourceforge.tess4j.util.LoadLibs;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import kz.muragat.core.model.WordBox;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * One in-process Tesseract instance (through Tess4J's JNA binding). Not thread-safe: give each
 * worker thread its own engine. Text, word boxes and confidences come from a single recognition
 * pass.
 */
public final class TesseractEngine implements AutoCloseable {
  /**
   * Tess4J's interface mapping, which binds C functions lazily: its direct mapping (TessAPI1) binds
   * every function up front and fails on Debian 12's Tesseract 5.3, which lacks newer ones.
   */
  private static TessAPI api;

  private static synchronized TessAPI api() {
    if (api == null) api = TessAPI.INSTANCE;
    return api;
  }

  private final OcrSettings settings;
  private TessBaseAPI handle;

  public TesseractEngine(OcrSettings settings) {
    this.settings = settings;
    checkInstalled(settings);
    final TessAPI API;
    try {
      API = api();
      handle = API.TessBaseAPICreate();
    } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
      throw new OcrUnavailableException(
          "Tesseract's library cannot be loaded (" + e.getMessage() + "): install it with "
              + "'apt-get install tesseract-ocr libtesseract-dev libleptonica-dev'",
          e);
    }
    int rc =
        API.TessBaseAPIInit2(
            handle, settings.tessdata().toString(), settings.languages(), TessAPI.TessOcrEngineMode.OEM_LSTM_ONLY);
    if (rc != 0) {
      API.TessBaseAPIDelete(handle);
      handle = null;
      throw new OcrUnavailableException(
          "Tesseract could not load languages '" + settings.languages() + "' from " + settings.tessdata());
    }
    API.TessBaseAPISetPageSegMode(handle, settings.pageSegMode());
    API.TessBaseAPISetVariable(handle, "thresholding_method", Integer.toString(settings.thresholdingMethod()));
    thresholding = settings.thresholdingMethod();
    // the LSTM's other choices for every symbol, read back for the words it was unsure of
    API.TessBaseAPISetVariable(handle, "lstm_choice_mode", "2");
    // keep Tesseract's own debug chatter off stderr
    API.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
  }

  private int thresholding;

  /** The binarization of the next readings: 0 Otsu, 1 Leptonica Otsu, 2 Sauvola (adaptive). */
  public void setThresholding(int method) {
    if (method != thresholding) {
      api().TessBaseAPISetVariable(handle, "thresholding_method", Integer.toString(method));
      thresholding = method;
    }
  }

  /**
   * Checks that the Tesseract library and every language pack exist, with a one-line message
   * naming the Debian package to install when not.
   */
  public static void checkInstalled(OcrSettings settings) {
    if (!Files.isDirectory(settings.tessdata())) {
      throw new OcrUnavailableException(
          "Tesseract language data not found at " + settings.tessdata()
              + ": install it with 'apt-get install tesseract-ocr " + packagesFor(settings) + "'");
    }
    for (String lang : settings.languageList()) {
      if (!Files.isRegularFile(settings.tessdata().resolve(lang + ".traineddata"))) {
        throw new OcrUnavailableException(
            "Tesseract language pack '" + lang + "' is missing from " + settings.tessdata()
                + ": install it with 'apt-get install tesseract-ocr-" + lang + "'");
      }
    }
  }

  private static String packagesFor(OcrSettings settings) {
    StringBuilder sb = new StringBuilder();
    for (String l : settings.languageList()) sb.append(sb.length() == 0 ? "" : " ").append("tesseract-ocr-").append(l);
    return sb.toString();
  }

  public OcrSettings settings() {
    return settings;
  }

  /**
   * Recognises one page image at the given resolution (dots per inch, used by Tesseract to judge
   * character sizes; 0 if unknown).
   */
  public OcrPage recognize(BufferedImage image, int dpi) {
    return recognize(image, dpi, Deadline.NONE);
  }

  /**
   * Like {@link #recognize(BufferedImage, int)}, stopping word recognition once {@code deadline}
   * has passed (Tesseract asks its cancel callback after every word); the page is then reported as
   * timed out.
   */
  public OcrPage recognize(BufferedImage image, int dpi, Deadline deadline) {
    if (handle == null) throw new IllegalStateException("engine closed");
    TessAPI API = api();
    BufferedImage grey = Images.toGrey(image);
    int w = grey.getWidth(), h = grey.getHeight();
    byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    ByteBuffer buf = ByteBuffer.allocateDirect(pixels.length);
    buf.put(pixels).flip();
    API.TessBaseAPISetImage(handle, buf, w, h, 1, w);
    API.TessBaseAPISetSourceResolution(handle, dpi > 0 ? dpi : 300);
    int rc;
    if (deadline == Deadline.NONE) {
      rc = API.TessBaseAPIRecognize(handle, null);
    } else {
      Monitor monitor = new Monitor(deadline);
      rc = recognizeFunction().invokeInt(new Object[] {handle.getPointer(), monitor});
      if (deadline.expired()) {
        API.TessBaseAPIClear(handle);
        throw new IllegalStateException(deadline.message());
      }
    }
    if (rc != 0) {
      API.TessBaseAPIClear(handle);
      return new OcrPage("", List.of(), -1f);
    }
    try {
      return readWords();
    } finally {
      API.TessBaseAPIClear(handle);
    }
  }

  private static Function recognize;

  private static synchronized Function recognizeFunction() {
    if (recognize == null) recognize = NativeLibrary.getInstance(LoadLibs.getTesseractLibName()).getFunction("TessBaseAPIRecognize");
    return recognize;
  }

  /** Tesseract's cancel callback: true (stop) once the deadline has passed. */
  public interface CancelFunc extends Callback {
    boolean invoke(Pointer cancelThis, int words);
  }

  /** Tesseract's monitor-aware progress callback; does nothing. */
  public interface ProgressFunc2 extends Callback {
    boolean invoke(Pointer monitor, int left, int right, int top, int bottom);
  }

  /**
   * Tesseract 5's {@code ETEXT_DESC} (ocrclass.h), laid out as the library expects it: counts and
   * flags, the cancel callback, two progress callbacks, the cancel argument, a steady-clock end
   * time (0: none) and the start of the character buffer (with room to spare). Tess4J's own
   * mapping is of an older layout.
   */
  @Structure.FieldOrder({"count", "progress", "more_to_come", "ocr_alive", "err_code", "cancel", "progress_callback",
      "progress_callback2", "cancel_this", "end_time", "text"})
  public static final class Monitor extends Structure {
    public short count;
    public short progress;
    public byte more_to_come;
    public byte ocr_alive;
    public byte err_code;
    public CancelFunc cancel;
    public Pointer progress_callback;
    public ProgressFunc2 progress_callback2;
    public Pointer cancel_this;
    public long end_time;
    public byte[] text = new byte[128];

    Monitor(Deadline deadline) {
      cancel = (self, words) -> deadline.expired();
      progress_callback2 = (m, l, r, t, b) -> true;
      write();
    }
  }

  private OcrPage readWords() {
    TessAPI API = api();
    TessResultIterator it = API.TessBaseAPIGetIterator(handle);
    if (it == null) return new OcrPage("", List.of(), -1f);
    StringBuilder text = new StringBuilder();
    List<WordBox> words = new ArrayList<>();
    java.util.Map<String, Integer> wordsByModel = new java.util.TreeMap<>();
    double confSum = 0;
    var pageIt = API.TessResultIteratorGetPageIterator(it);
    IntBuffer l = IntBuffer.allocate(1), t = IntBuffer.allocate(1), r = IntBuffer.allocate(1), b = IntBuffer.allocate(1);
    try {
      API.TessPageIteratorBegin(pageIt);
      do {
        Pointer ptr = API.TessResultIteratorGetUTF8Text(it, TessPageIteratorLevel.RIL_WORD);
        if (ptr == null) continue;
        String word = ptr.getString(0, "UTF-8");
        API.TessDeleteText(ptr);
        if (word.isBlank()) continue;
        if (text.length() > 0) {
          if (API.TessPageIteratorIsAtBeginningOf(pageIt, TessPageIteratorLevel.RIL_PARA) != 0) {
            text.append("\n\n");
          } else if (API.TessPageIteratorIsAtBeginningOf(pageIt, TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
            text.append('\n');
          } else {
            text.append(' ');
          }
        }
        float conf = API.TessResultIteratorConfidence(it, TessPageIteratorLevel.RIL_WORD);
        API.TessPageIteratorBoundingBox(pageIt, TessPageIteratorLevel.RIL_WORD, l, t, r, b);
        int start = text.length();
        text.append(word);
        List<String> alternatives = conf < Alternatives.BELOW_CONFIDENCE ? Alternatives.of(word, symbolChoices(it)) : List.of();
        words.add(new WordBox(word, l.get(0), t.get(0), r.get(0) - l.get(0), b.get(0) - t.get(0), conf, start, text.length(), alternatives));
        confSum += conf;
        if (conf >= OcrPage.CONFIDENT) {
          String model = API.TessResultIteratorWordRecognitionLanguage(it);
          if (model != null) wordsByModel.merge(model, 1, Integer::sum);
        }
      } while (API.TessPageIteratorNext(pageIt, TessPageIteratorLevel.RIL_WORD) == 1);
    } finally {
      API.TessResultIteratorDelete(it);
    }
    float mean = words.isEmpty() ? -1f : (float) (confSum / words.size());
    return new OcrPage(text.toString(), words, mean, wordsByModel);
  }

  /**
   * The LSTM's choices for each symbol of the word the iterator stands on (best first, with their
   * confidences), read through a copy of the iterator so the word-level walk is not disturbed.
   */
  private static List<List<Alternatives.Choice>> symbolChoices(TessResultIterator word) {
    TessAPI API = api();
    TessResultIterator sym = API.TessResultIteratorCopy(word);
    List<List<Alternatives.Choice>> out = new ArrayList<>();
    try {
      var symPage = API.TessResultIteratorGetPageIterator(sym);
      for (int guard = 0; guard < 200; guard++) {
        List<Alternatives.Choice> choices = new ArrayList<>();
        var ci = API.TessResultIteratorGetChoiceIterator(sym);
        if (ci != null) {
          try {
            do {
              String c = API.TessChoiceIteratorGetUTF8Text(ci);
              if (c != null && !c.isEmpty()) choices.add(new Alternatives.Choice(c, API.TessChoiceIteratorConfidence(ci)));
            } while (API.TessChoiceIteratorNext(ci) == 1);
          } finally {
            API.TessChoiceIteratorDelete(ci);
          }
        }
        out.add(choices);
        if (API.TessPageIteratorIsAtFinalElement(symPage, TessPageIteratorLevel.RIL_WORD, TessPageIteratorLevel.RIL_SYMBOL) != 0) break;
        if (API.TessPageIteratorNext(symPage, TessPageIteratorLevel.RIL_SYMBOL) != 1) break;
      }
    } finally {
      API.TessResultIteratorDelete(sym);
    }
    return out;
  }

  @Override
  public void close() {
    if (handle != null) {
      TessAPI API = api();
      API.TessBaseAPIEnd(handle);
      API.TessBaseAPIDelete(handle);
      handle = null;
    }
  }
}
