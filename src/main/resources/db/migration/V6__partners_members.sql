-- The partner organisation each counsellor (or partner coordinator) belongs to: one at a time.
-- name_public records the counsellor's consent to be named on the public duty page.
create table partners_member (
    staff_id bigint primary key,
    partner_id bigint not null references partners_partner (id),
    name_public boolean not null default false
);

create index partners_member_partner on partners_member (partner_id);
