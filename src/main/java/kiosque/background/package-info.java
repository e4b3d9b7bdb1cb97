/** Work done off the request path by a thread of the server: loops woken by events, with a timer as the safety net. */
package kiosque.background;
