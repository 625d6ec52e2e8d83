-- The benchmark's catalogue: 100,000 job offers and 10,000 courses, generated in PostgreSQL from
-- the Italian occupation labels of the bundled ESCO data (deterministic: setseed). About one offer
-- in five has expired (the search must never show those). Run after the classification is loaded;
-- then rebuild the index (POST /api/v1/search/index), which bench/search/run.sh times.
select setseed(0.42);

create temporary table bench_title as
select row_number() over (order by l.concept_uri) as n, l.concept_uri as uri,
       split_part(l.text, '/', 1) as masculine, coalesce(nullif(split_part(l.text, '/', 2), ''), l.text) as feminine
from resources_label l
where l.language = 'it' and l.kind = 'PREFERRED' and l.concept_uri like '%/occupation/%';

create temporary table bench_place (n int, place text);
insert into bench_place values (0, 'Roma'), (1, 'Roma, Municipio I'), (2, 'Roma, Municipio V'), (3, 'Roma, Municipio VII'),
  (4, 'Roma, Municipio X'), (5, 'Fiumicino'), (6, 'Guidonia Montecelio'), (7, 'Tivoli'), (8, 'Pomezia'), (9, 'Latina'),
  (10, 'Frosinone'), (11, 'Viterbo'), (12, 'Rieti'), (13, 'Civitavecchia'), (14, 'Velletri'), (15, 'Anzio');

create temporary table bench_contract (n int, contract text);
insert into bench_contract values (0, 'PERMANENT'), (1, 'FIXED_TERM'), (2, 'APPRENTICESHIP'), (3, 'INTERNSHIP'),
  (4, 'TEMPORARY'), (5, 'SELF_EMPLOYED'), (6, 'FIXED_TERM');

insert into resources_job_offer (employer, title, description, place, contract_type, working_time, area_id,
    occupation_uri, language, published_on, expires_on, url, created_at, updated_at, version)
select 'Impresa di prova ' || (g % 2000) || ' srl',
       case when g % 2 = 0 then t.masculine else t.feminine end,
       'Cerchiamo ' || case when g % 2 = 0 then t.masculine else t.feminine end || ' per la sede di ' || p.place
         || '. Offerta generata per il benchmark della ricerca: contratto, orario e requisiti da concordare.',
       p.place, c.contract, case when g % 3 = 0 then 'PART_TIME' else 'FULL_TIME' end,
       null, t.uri, 'it',
       current_date - (g % 60), current_date + ((g % 100) - 20),
       null, now(), now(), 0
from generate_series(1, 100000) g
join bench_title t on t.n = 1 + (g * 7919) % (select count(*) from bench_title)
join bench_place p on p.n = g % 16
join bench_contract c on c.n = g % 7;

insert into resources_course (provider_partner_id, provider_name, title, description, area_id, language, starts_on,
    ends_on, place, cost_cents, funding, entry_requirements, url, created_at, updated_at, version)
select null, 'Ente di formazione di prova ' || (g % 300),
       'Corso per ' || t.masculine,
       'Percorso di formazione per diventare ' || t.masculine || ': teoria, laboratorio e tirocinio a ' || p.place || '.',
       null, 'it', current_date + (g % 120), current_date + (g % 120) + 90, p.place,
       case when g % 4 = 0 then 0 else (g % 20) * 5000 end,
       case when g % 4 = 0 then 'Regione Lazio, FSE+' else null end,
       'Diploma di scuola secondaria', null, now(), now(), 0
from generate_series(1, 10000) g
join bench_title t on t.n = 1 + (g * 104729) % (select count(*) from bench_title)
join bench_place p on p.n = g % 16;

insert into resources_course_occupation (course_id, occupation_uri)
select c.id, t.uri from resources_course c
join bench_title t on c.title = 'Corso per ' || t.masculine
on conflict do nothing;
