/** Test helpers shared by every feature's tests: databases, command-line runs, shared data, import files. */
package kiosque.testsupport;
