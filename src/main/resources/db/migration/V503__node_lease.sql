-- Jobs that one node of several runs at a time (computing related lists, purging the CDN): the
-- node named in holder runs the job until expires_at, and renews well before then. Another node
-- takes over once a lease has expired, so a node that dies hands its jobs on within one lease.
create table node_lease (
  name       varchar(100) primary key,
  holder     varchar(200) not null,
  expires_at timestamp with time zone not null
);
