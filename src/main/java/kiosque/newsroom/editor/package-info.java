/**
 * The article editor: the form, the {@link kiosque.newsroom.editor.EditorialService} that applies
 * the workflow and permissions to every save and move (and saves the form with a move, in one
 * transaction), revisions with their diffs, preview, autosave with its per-person draft slot
 * ({@code DraftSlots}), and the soft lock that tells who else has an article open
 * ({@link kiosque.newsroom.editor.EditingPresence}).
 */
package kiosque.newsroom.editor;
