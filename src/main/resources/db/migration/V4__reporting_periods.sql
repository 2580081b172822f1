-- Reporting periods (module period): reporting windows set by hand, acceptances (locks) and the
-- history of both. A period without a reporting_window row has the default window.

create table reporting_window (
  year      smallint not null,
  month     smallint not null check (month between 1 and 12),
  opens_at  timestamptz not null,
  closes_at timestamptz not null,                 -- exclusive: a report received at it is late
  primary key (year, month),
  check (closes_at > opens_at)
);

-- the acceptance (验收) of a period for a region locks the region and every region inside it
create table period_lock (
  year             smallint not null,
  month            smallint not null check (month between 1 and 12),
  region_code      varchar(6) not null references region (code),
  accepted_at      timestamptz not null,
  accepted_by      text not null,
  accepted_by_role text not null check (accepted_by_role in ('province_admin', 'city_officer')),
  primary key (year, month, region_code)
);

-- every window set, acceptance and unlock, never updated or deleted
create table period_event (
  id           bigint generated always as identity primary key,
  year         smallint not null,
  month        smallint not null check (month between 1 and 12),
  region_code  varchar(6) not null references region (code),  -- 360000 for a window
  action       text not null check (action in ('window_set', 'accept', 'unlock')),
  actor_name   text not null,
  actor_role   text not null
                 check (actor_role in ('province_admin', 'city_officer', 'cluster_org', 'viewer')),
  actor_region varchar(6) not null,
  at           timestamptz not null,
  reason       text,
  opens_at     timestamptz,
  closes_at    timestamptz,
  check ((action = 'unlock') = (reason is not null)),
  check ((action = 'window_set') = (opens_at is not null and closes_at is not null))
);
create index period_event_by_period on period_event (year, month, at, id);
