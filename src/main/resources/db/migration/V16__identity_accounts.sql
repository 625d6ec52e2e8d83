-- demo: created by the demo seeding, which may reset it and never touches any other account.
-- session_epoch: raised when the account is disabled, loses a role or gets a new password; a
-- session (or cached API login) that carries an older epoch is ended at its next request.
-- password_change_required: set by an administrator's reset, cleared when the person chooses one.
alter table identity_staff add column demo boolean default false not null;
alter table identity_staff add column session_epoch integer default 0 not null;
alter table identity_staff add column password_change_required boolean default false not null;
