/** Settings: one record of parsed values, and the loader that applies the documented precedence. */
package kiosque.config;
