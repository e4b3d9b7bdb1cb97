-- The audit page filters by person and by action (issue 13), newest first.
create index audit_event_account on audit_event(account_id, id);
create index audit_event_action on audit_event(action, id);
