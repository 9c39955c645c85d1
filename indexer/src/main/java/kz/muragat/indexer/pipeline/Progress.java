package kz.muragat.indexer.pipeline;

/** Receives the progress of an indexing run; called from worker threads. */
public interface Progress {
  void start(int files);

  /** One file finished: {@code pages} pages written, or 0 when skipped or failed. */
  void fileDone(String id, int pages, String outcome);

  void finish();

  Progress NONE =
      new Progress() {
        @Override
        public void start(int files) {}

        @Override
        public void fileDone(String id, int pages, String outcome) {}

        @Override
        public void finish() {}
      };
}
