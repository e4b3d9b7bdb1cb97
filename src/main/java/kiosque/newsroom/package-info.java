/**
 * The newsroom back office under {@code /redaction}, assembled: {@link kiosque.newsroom.NewsroomParts}
 * builds every feature's routes and {@link kiosque.newsroom.NewsroomRoutes} declares them through the
 * guard. This is the one package that depends on all the sub-packages; none depends on it. The
 * shared frame lives in {@code shell}; accounts, the workflow, the editor, media and taxonomy in
 * their own sub-packages.
 */
package kiosque.newsroom;
