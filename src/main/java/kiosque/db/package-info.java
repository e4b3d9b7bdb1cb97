/**
 * The database: connection pool, Flyway migrations (portable between H2 and PostgreSQL), JDBI, and
 * the verified copy of a whole site from one database to another ({@code kiosque migrate-db}).
 */
package kiosque.db;
