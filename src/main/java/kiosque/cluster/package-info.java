/** What several nodes on one database share beyond the change log: leases for the jobs one node runs. */
package kiosque.cluster;
