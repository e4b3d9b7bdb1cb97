/**
 * The one composition root, {@link kiosque.Wiring}, and the small contexts it hands the commands
 * that need more than a service or two. Everything may be built here; nothing here is imported by
 * a feature package (only by {@code kiosque.cli}, {@code kiosque.evaluation} and tests).
 */
package kiosque;
