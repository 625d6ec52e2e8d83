-- Which version of the search mapping (SearchMapping.VERSION) built the search index: at start, an
-- index built by another version is dropped and rebuilt (SearchIndexAtStart). One row at most.
create table resources_search_index (
    id integer primary key,
    mapping_version integer not null
);
