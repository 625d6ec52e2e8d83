-- The interviews each partner's counsellors held, as the counselling module announced them
-- (InterviewRecorded, InterviewCorrected): the delivery report reads from here, not from
-- counselling's tables. partner_id is the counsellor's partner when the interview was held.
create table delivery_interview (
    interview_id bigint primary key,
    partner_id bigint,
    counsellor_id bigint not null,
    area_id bigint not null,
    finished_at timestamp with time zone not null,
    duration_minutes integer not null
);

create index delivery_interview_partner on delivery_interview (partner_id, finished_at);
