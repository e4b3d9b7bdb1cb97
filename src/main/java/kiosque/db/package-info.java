/** The database: connection pool, Flyway migrations (portable between H2 and PostgreSQL), JDBI. */
package kiosque.db;
