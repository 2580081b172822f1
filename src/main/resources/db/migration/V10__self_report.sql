-- The cluster's annual self-report (年度自评报告, module selfreport). A report is one cluster's for one
-- year; its history is a series of events, each numbered by one global, increasing self-report
-- version (the sequence below): every save and submission writes the whole form's values anew under
-- its version, acceptance and return write an event without values. Nothing here is ever deleted,
-- and nothing is updated except a report's current state; triggers refuse anything else. An
-- evaluation run records the self-report version it read (evaluation_run.self_report_version), so
-- a replay reads the reports as they stood then.

create sequence self_report_version_seq;

create table self_report (
  id         bigint generated always as identity primary key,
  cluster_id bigint not null references cluster (id),
  year       smallint not null check (year between 2000 and 2100),
  state      text not null check (state in ('draft', 'submitted', 'accepted', 'returned')),
  created_at timestamptz not null,
  demo       boolean not null default false,        -- generated with the demo province
  unique (cluster_id, year)
);
create index self_report_by_year on self_report (year, cluster_id);

create table self_report_event (
  version           bigint primary key default nextval('self_report_version_seq'),
  report_id         bigint not null references self_report (id),
  action            text not null check (action in ('save', 'submit', 'accept', 'return')),
  state             text not null check (state in ('draft', 'submitted', 'accepted', 'returned')),
  actor_name        text not null,
  actor_role        text not null
                      check (actor_role in ('province_admin', 'city_officer', 'cluster_org', 'viewer')),
  actor_region      varchar(6) not null,
  at                timestamptz not null,
  catalogue_version text,                          -- of the fields and checks (save, submit)
  due_on            date,                          -- the due date a submission was judged by
  late              boolean,                       -- a submission after its due date
  reason            text,                          -- why returned (required) or accepted
  check ((action = 'submit') = (late is not null and due_on is not null)),
  check ((action in ('save', 'submit')) = (catalogue_version is not null)),
  check (action <> 'return' or reason is not null)
);
create index self_report_event_by_report on self_report_event (report_id, version);

-- the form's values as saved or submitted under a version; a blank field has no row
create table self_report_value (
  version bigint not null references self_report_event (version),
  field   text not null,
  value   numeric not null,
  primary key (version, field)
);

-- the explanation written for a field with findings, and the findings it answered
create table self_report_explanation (
  version     bigint not null references self_report_event (version),
  field       text not null,
  explanation text not null,
  rules       text[] not null default '{}',        -- the findings' rules when submitted
  primary key (version, field)
);

create function self_report_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% of % refused: the self-report''s history is never changed', tg_op, tg_table_name;
end
$$;

create trigger self_report_event_kept before update or delete on self_report_event
  for each row execute function self_report_refuse_change();
create trigger self_report_value_kept before update or delete on self_report_value
  for each row execute function self_report_refuse_change();
create trigger self_report_explanation_kept before update or delete on self_report_explanation
  for each row execute function self_report_refuse_change();
create trigger self_report_kept before delete on self_report
  for each row execute function self_report_refuse_change();

-- of a report, only the current state changes
create function self_report_state_only() returns trigger language plpgsql as $$
begin
  if (new.id, new.cluster_id, new.year, new.created_at, new.demo)
     is distinct from (old.id, old.cluster_id, old.year, old.created_at, old.demo) then
    raise exception 'update of self_report % refused: only its state changes', old.id;
  end if;
  return new;
end
$$;

create trigger self_report_state_changes before update on self_report
  for each row execute function self_report_state_only();

-- an evaluation run reads the self-reports as of this version (0: before any was collected)
alter table evaluation_run add column self_report_version bigint not null default 0;

-- a self-report leaf without a counted report scores its missing score: 'self_report_missing';
-- 'self_report_pending' stays for the runs made before the self-report was collected
alter table evaluation_score drop constraint evaluation_score_basis_check;
alter table evaluation_score add constraint evaluation_score_basis_check
  check (basis in ('scored', 'missing', 'self_report_pending', 'self_report_missing'));
