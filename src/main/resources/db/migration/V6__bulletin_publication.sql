-- Bulletin publications: the bulletin of a year was published on a date from a data version, so it
-- can be regenerated as published and compared with the data as revised since. One publication per
-- year: a correction after publication is shown as a revision, not published again.

create table bulletin_publication (
  year          smallint primary key,
  published_on  date not null,
  data_version  bigint not null references data_version (id),
  actor_name    text not null,
  actor_role    text not null,
  actor_region  varchar(6) not null,
  recorded_at   timestamptz not null,
  check (published_on > make_date(year, 12, 31))
);

-- A demo province loaded before this migration gets the publication the demo loader now records:
-- the 2025 bulletin of the press conference of 2026-03-18, from the demo's load (version 0 when it
-- was loaded before versions were kept).
insert into bulletin_publication (year, published_on, data_version, actor_name, actor_role,
                                  actor_region, recorded_at)
select 2025, date '2026-03-18',
       coalesce((select min(id) from data_version where kind = 'bulk_load' and actor_name = 'demo'), 0),
       'demo', 'PROVINCE_ADMIN', '360000', now()
where exists (select 1 from dataset_fact where key = 'demo' and value = 'true');
