-- A removed exception keeps its row (removed_at), as a removed closing day does, so that calendar
-- feeds can tell that the date changed again.
alter table rota_exception add column removed_at timestamp with time zone;
create index rota_exception_date on rota_exception (on_date);
