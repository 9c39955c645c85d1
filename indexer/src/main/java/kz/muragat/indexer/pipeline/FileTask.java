package kz.muragat.indexer.pipeline;

/**
 * What the work on one file tells the {@link FileScheduler} running it: when the file's time
 * limit starts, and when it starts writing (after which it is no longer abandoned).
 */
interface FileTask {
  /**
   * Starts the file's clock, once it is known to need extraction and the extractors are loaded
   * (loading Tika or a Tesseract engine is not the file's fault). Sets the thread's {@link
   * kz.muragat.indexer.deadline.Deadline}.
   */
  void startClock();

  /**
   * Called just before the file's entries are written: false once the file has been abandoned at
   * its time limit (it has been reported already and must write nothing).
   */
  boolean startWriting();
}
