-- The designation lifecycle (module lifecycle): cases, their steps (the history), the experts'
-- scores and the steps refused. Nothing here is ever deleted, and nothing is updated except a
-- case's current state; triggers refuse anything else.

create table lifecycle_case (
  id             bigint generated always as identity primary key,
  cluster_id     bigint not null references cluster (id),
  kind           text not null check (kind in ('municipal', 'provincial',
                   'provincial_advanced_manufacturing', 'national_advanced_manufacturing',
                   'national_sme_characteristic')),
  state          text not null check (state in ('applied', 'under_review', 'in_notice',
                   'recognised', 'warned', 're_review', 'rejected', 'demoted', 'merged', 'revoked')),
  opened_at      timestamptz not null,
  origin_case_id bigint references lifecycle_case (id)   -- the case a promotion came from
);

-- a cluster has at most one open case per designation kind
create unique index lifecycle_case_one_open on lifecycle_case (cluster_id, kind)
  where state not in ('rejected', 'demoted', 'merged', 'revoked');
create index lifecycle_case_by_state on lifecycle_case (state);

create table lifecycle_step (
  case_id            bigint not null references lifecycle_case (id),
  seq                integer not null check (seq >= 1),
  transition         text not null,
  from_state         text,                          -- null for the step that opened the case
  to_state           text not null,
  actor_name         text not null,
  actor_role         text not null
                       check (actor_role in ('province_admin', 'city_officer', 'cluster_org', 'viewer')),
  actor_region       varchar(6) not null,
  at                 timestamptz not null,
  effective_on       date not null,                 -- Beijing day; for an enrolment, the grant's
  reason             text,
  documents          text[] not null default '{}',
  notice_starts_on   date,
  notice_ends_on     date,                          -- the notice's last day, included
  year               smallint,                      -- of an annual report or an evaluation
  grade              text check (grade in ('excellent', 'good', 'qualified', 'unqualified')),
  related_kind       text,                          -- promotion's target, demotion's rung below
  related_cluster_id bigint references cluster (id),          -- a merger's cluster
  related_case_id    bigint references lifecycle_case (id),   -- the case a promotion opened or came from
  primary key (case_id, seq),
  check ((from_state is null) = (seq = 1)),
  check ((transition = 'open_public_notice')
         = (notice_starts_on is not null and notice_ends_on is not null)),
  check (notice_ends_on is null or notice_ends_on >= notice_starts_on)
);

-- one expert's score; a declared conflict of interest excludes it from the review
create table lifecycle_expert_score (
  case_id             bigint not null,
  seq                 integer not null,              -- the step that recorded it
  expert              text not null,
  score               numeric(5, 2) not null check (score between 0 and 100),
  conflict_of_interest text,                          -- as declared; null when none
  counted             boolean not null,
  primary key (case_id, seq),
  foreign key (case_id, seq) references lifecycle_step (case_id, seq),
  unique (case_id, expert),
  check (counted = (conflict_of_interest is null))
);

-- every refused step, kept even when the work it was part of rolls back: written in a transaction
-- of its own, so it names the case and cluster by id without a foreign key (the case of a refused
-- application never existed)
create table lifecycle_refusal (
  id            bigint generated always as identity primary key,
  case_id       bigint,
  cluster_id    bigint,
  kind          text,
  transition    text not null,
  from_state    text,
  actor_name    text not null,
  actor_role    text not null,
  actor_region  varchar(6) not null,
  at            timestamptz not null,
  rule          text not null,
  arguments     text[] not null,                    -- the rejected value, then the rest, as text
  message       text not null                       -- in Chinese, as first shown
);
create index lifecycle_refusal_by_case on lifecycle_refusal (case_id, id);

create function lifecycle_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% of % refused: the lifecycle''s history is never changed', tg_op, tg_table_name;
end
$$;

create trigger lifecycle_step_kept before update or delete on lifecycle_step
  for each row execute function lifecycle_refuse_change();
create trigger lifecycle_expert_score_kept before update or delete on lifecycle_expert_score
  for each row execute function lifecycle_refuse_change();
create trigger lifecycle_refusal_kept before update or delete on lifecycle_refusal
  for each row execute function lifecycle_refuse_change();
create trigger lifecycle_case_kept before delete on lifecycle_case
  for each row execute function lifecycle_refuse_change();

-- of a case, only the current state changes
create function lifecycle_case_state_only() returns trigger language plpgsql as $$
begin
  if (new.id, new.cluster_id, new.kind, new.opened_at, new.origin_case_id)
     is distinct from (old.id, old.cluster_id, old.kind, old.opened_at, old.origin_case_id) then
    raise exception 'update of lifecycle_case % refused: only its state changes', old.id;
  end if;
  return new;
end
$$;

create trigger lifecycle_case_state_changes before update on lifecycle_case
  for each row execute function lifecycle_case_state_only();
