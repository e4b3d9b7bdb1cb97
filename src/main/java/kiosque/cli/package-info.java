/** The command line (picocli): serve, import and the other jobs an operator runs. */
package kiosque.cli;
