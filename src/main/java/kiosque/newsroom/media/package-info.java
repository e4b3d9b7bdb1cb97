/**
 * Images: upload with checks by content, size and dimensions, renditions generated once and
 * served with long cache lifetimes, the media library, lead images.
 */
package kiosque.newsroom.media;
