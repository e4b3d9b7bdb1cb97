package kiosque.newsroom.editor;

/** How the editor's save button was meant. */
public enum SaveMode {
  /** Save; on a live article this becomes a pending revision. */
  SAVE,
  /** On a live article: change it at once (a correction; readers see it was updated). */
  CORRECT
}
