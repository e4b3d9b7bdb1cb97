/**
 * Managing sections, topics and authors: renames that keep old addresses redirecting, topic
 * merges, author bios and photos.
 */
package kiosque.newsroom.taxonomy;
