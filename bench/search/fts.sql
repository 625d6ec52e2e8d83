-- PostgreSQL full-text search on the same rows as the application's search, for comparison.
-- Occupations: Italian preferred labels (weight A), other Italian labels (B), the CP2011 titles
-- mapped to them (C), English labels (B, english configuration). Offers and courses: title (A),
-- description (B), employer/provider and place (C). GIN indexes.
set client_min_messages = warning;
drop table if exists bench_fts_occupation;
create table bench_fts_occupation as
select o.uri,
       setweight(to_tsvector('italian', coalesce(it_pref.text, '')), 'A')
       || setweight(to_tsvector('italian', coalesce(it_other.text, '')), 'B')
       || setweight(to_tsvector('italian', coalesce(cp.text, '')), 'C')
       || setweight(to_tsvector('english', coalesce(en.text, '')), 'B') as doc
from resources_occupation o
left join lateral (select string_agg(text, ' ') as text from resources_label l
                   where l.concept_uri = o.uri and l.language = 'it' and l.kind = 'PREFERRED') it_pref on true
left join lateral (select string_agg(text, ' ') as text from resources_label l
                   where l.concept_uri = o.uri and l.language = 'it' and l.kind <> 'PREFERRED') it_other on true
left join lateral (select string_agg(c.title, ' ') as text from resources_occupation_cp2011 m
                   join resources_cp2011 c on c.code = m.cp_code where m.occupation_uri = o.uri) cp on true
left join lateral (select string_agg(text, ' ') as text from resources_label l
                   where l.concept_uri = o.uri and l.language = 'en') en on true;
create index bench_fts_occupation_doc on bench_fts_occupation using gin (doc);

drop table if exists bench_fts_all;
create table bench_fts_all as
select 'OCCUPATION' as type, uri as key, doc from bench_fts_occupation
union all
select 'JOB_OFFER', id::text,
       setweight(to_tsvector('italian', title), 'A') || setweight(to_tsvector('italian', coalesce(description, '')), 'B')
       || setweight(to_tsvector('italian', employer || ' ' || place), 'C')
from resources_job_offer where expires_on >= current_date and published_on <= current_date
union all
select 'COURSE', id::text,
       setweight(to_tsvector('italian', title), 'A') || setweight(to_tsvector('italian', coalesce(description, '')), 'B')
       || setweight(to_tsvector('italian', provider_name || ' ' || coalesce(place, '')), 'C')
from resources_course;
create index bench_fts_all_doc on bench_fts_all using gin (doc);
analyze bench_fts_occupation;
analyze bench_fts_all;
