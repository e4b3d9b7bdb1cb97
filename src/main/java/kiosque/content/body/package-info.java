/**
 * What an article body may hold beyond text: the embeds' providers ({@link EmbedProvider}: which
 * pasted addresses become an embed, how its id is checked, where its original is and which frame
 * shows it when a reader asks). The sanitiser ({@code content.BodySanitizer}), the imports'
 * conversion and the reader page all ask this one place.
 */
package kiosque.content.body;
