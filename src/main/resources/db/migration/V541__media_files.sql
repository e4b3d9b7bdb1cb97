-- The bytes of uploaded images (the original and its JPEG renditions), in the database so that
-- every node serves every image. Before this, files lived only under the receiving node's
-- DATA/media/{id}/; a node copies what it finds there into this table when it starts.
-- bytea is PostgreSQL's binary type; H2 reads it as BINARY VARYING (up to 1 GB): one migration.

create table media_file (
  media_id      bigint not null references media(id),
  name          varchar(40) not null,          -- original.png, w320.jpg, w640.jpg, w1200.jpg
  content_type  varchar(30) not null,
  sha256        varchar(64) not null,          -- of the bytes: the ETag, and a check after copies
  size_bytes    bigint not null,
  bytes         bytea not null,
  primary key (media_id, name)
);
