/**
 * Refusals any layer may raise (not found, withdrawn, forbidden, bad request), typed so that
 * services need not know HTTP: {@code kiosque.web.ErrorPages} maps each to its status and page.
 * Depends on nothing.
 */
package kiosque.errors;
