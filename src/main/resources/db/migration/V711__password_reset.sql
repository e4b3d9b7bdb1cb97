-- One-time password-reset links issued by an administrator (issue 13). The link carries 32 random
-- bytes; only their SHA-256 is kept, so reading this table opens no account. A link is valid
-- 24 hours and once: used_at is set in the transaction that sets the password.
create table password_reset (
  token_hash  varchar(64) primary key,
  account_id  bigint not null references account(id) on delete cascade,
  issued_by   bigint references account(id) on delete set null,
  created_at  timestamp with time zone not null,
  expires_at  timestamp with time zone not null,
  used_at     timestamp with time zone
);
create index password_reset_account on password_reset(account_id);
