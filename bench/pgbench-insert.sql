-- One single-row insert per transaction, a row about as wide as a reception_visit row
-- (bench/pgbench-table.sql). Run by bench/run.sh with pgbench -n -M prepared -f.
\set area random(1, 4)
\set number random(1, 999)
insert into bench_visit (site_id, area_id, ticket_area_id, visit_day, ticket_number, ticket, status, channel,
    priority, queue_key, gender, age_band, occupational_status, education_level, citizenship_group, residence,
    checked_in_at)
values (1, :area, :area, current_date, :number, 'L-' || :number, 'WAITING', 'API', false, now(), 'NOT_STATED',
    'NOT_STATED', 'NOT_STATED', 'NOT_STATED', 'NOT_STATED', 'NOT_STATED', now());
