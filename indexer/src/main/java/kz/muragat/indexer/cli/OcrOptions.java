package kz.muragat.indexer.cli;

import kz.muragat.indexer.ocr.OcrSettings;
import kz.muragat.indexer.ocr.Preprocessing;
import picocli.CommandLine.Option;

/** The OCR options every command that runs Tesseract shares (a picocli mixin). */
public final class OcrOptions {
  @Option(names = "--ocr-langs", defaultValue = "rus+kaz", description = "Tesseract languages. Default: ${DEFAULT-VALUE}.")
  String ocrLangs;

  @Option(names = "--psm", defaultValue = "3", description = "Tesseract page segmentation mode (3: automatic). Default: ${DEFAULT-VALUE}.")
  int psm;

  @Option(names = "--thresholding", defaultValue = "" + OcrSettings.DEFAULT_THRESHOLDING, description = "Tesseract thresholding: 0 Otsu, 1 LeptonicaOtsu, 2 Sauvola. Default: ${DEFAULT-VALUE}.")
  int thresholding;

  @Option(names = "--preprocess", defaultValue = "auto",
      description = "Image clean-up before OCR: auto (every step, on the pages read poorly without it), on (every step, every page), off, or a list of orientation,deskew,borders,normalize. Default: ${DEFAULT-VALUE}.")
  String preprocess;

  public OcrSettings settings() {
    return new OcrSettings(ocrLangs, psm, thresholding, OcrSettings.defaultTessdata());
  }

  /** The preprocessing asked for; IllegalArgumentException when it names an unknown step. */
  public Preprocessing preprocessing() {
    return Preprocessing.parse(preprocess);
  }
}
