-- Several nodes and several writers: a follower reads the log as "seq > the last one I applied",
-- which is only safe if sequence numbers become visible in order. Two transactions could take
-- seq 10 and 11 and commit 11 first; a follower reading then would skip 10 for ever.
-- Every transaction that appends to content_change first updates this one row, and holds its
-- lock until it commits, so the next appender takes its number only after that commit.
create table content_change_order (
  id       integer primary key,
  appended bigint not null
);
insert into content_change_order (id, appended) values (1, 0);
