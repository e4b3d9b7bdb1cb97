/** Kiosque: the entry point and the one composition root, {@link kiosque.Wiring}. */
package kiosque;
