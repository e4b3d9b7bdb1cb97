package kiosque.search;

/** Hears how a full rebuild of the search index advances: the command line draws a progress bar. */
public interface RebuildProgress {

  RebuildProgress NONE = new RebuildProgress() {
    @Override
    public void started(long total) {}

    @Override
    public void indexed(int count) {}
  };

  /** The rebuild will index about {@code total} articles. */
  void started(long total);

  /** {@code count} more articles are in the index. */
  void indexed(int count);
}
