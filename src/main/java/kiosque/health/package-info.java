/**
 * What a load balancer or an orchestrator asks a node: {@code /health} (the process answers) and
 * {@code /ready} (the database answers with every migration applied, the search index is not
 * rebuilding and has caught up with the change log). Never cached; see {@code docs/deployment.md}.
 */
package kiosque.health;
