-- The SQL the app sends for one check-in (Reception.checkIn, API channel, no optional profile
-- fields), replayed by pgbench without the app: what a check-in costs PostgreSQL alone. Sites,
-- areas and desks come from CentreDirectory's in-memory copy, so they send nothing.
-- bench/run.sh passes -D site=... -D amin=... -D amax=... -D day=...
\set area random(:amin, :amax)
begin;
select count(*) from reception_visit
  where site_id = :site and area_id = :area and status = 'WAITING' and queue_key <= now();
select desk_id, staff_id, taken_at from reception_desk_holder;
select called_at, finished_at from reception_visit
  where area_id = :area and status = 'FINISHED' and finished_at > now() - interval '14 days' and called_at is not null
  order by finished_at desc limit 20;
update reception_ticket_counter set last_number = last_number + 1
  where site_id = :site and area_id = :area and ticket_day = :day;
select last_number as number from reception_ticket_counter
  where site_id = :site and area_id = :area and ticket_day = :day \gset
insert into reception_visit (site_id, area_id, ticket_area_id, visit_day, ticket_number, ticket, status, channel,
    priority, queue_key, gender, age_band, occupational_status, education_level, citizenship_group, residence,
    checked_in_at, call_count, version)
  values (:site, :area, :area, :day, :number, 'P' || :area || '-' || :number, 'WAITING', 'API', false, now(),
    'NOT_STATED', 'NOT_STATED', 'NOT_STATED', 'NOT_STATED', 'NOT_STATED', 'NOT_STATED', now(), 0, 0);
commit;
