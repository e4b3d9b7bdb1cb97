package kiosque.imports;

/** Told after each line how far an import has got, so a command can draw a progress bar. */
@FunctionalInterface
public interface ImportProgress {

  ImportProgress NONE = (lines, bytesRead) -> {};

  /**
   * @param lines lines read so far, blank and failed ones included
   * @param bytesRead bytes read so far from the underlying input, before any decompression, so
   *     they can be compared with the size of the file
   */
  void advanced(long lines, long bytesRead);
}
