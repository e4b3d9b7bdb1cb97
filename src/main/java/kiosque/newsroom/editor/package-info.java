/**
 * The article editor: the form, the {@link kiosque.newsroom.editor.EditorialService} that applies
 * the workflow and permissions to every save and move, revisions with their diffs, preview and
 * autosave.
 */
package kiosque.newsroom.editor;
