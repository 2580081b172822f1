-- Dynamic management (module management): the actions an evaluation run implies, proposed for a
-- person to confirm or reject; the decisions taken on them; and the provincial lifecycle steps into
-- and out of a warning, as the module saw them happen. Nothing here is ever deleted; of a proposal
-- only its state changes, once, from open; decisions and seen steps are never changed.

create table management_proposal (
  id           bigint generated always as identity primary key,
  year         smallint not null,
  run_id       bigint not null references evaluation_run (id),
  cluster_id   bigint not null references cluster (id),
  kind         text not null
                 check (kind in ('warn', 'revoke', 'demote', 'lift_warning', 'tier_crossed', 'became_eligible')),
  grounds_key  text not null,                        -- a message key of i18n/messages
  grounds_args text[] not null default '{}',         -- its arguments, as text
  state        text not null default 'open'
                 check (state in ('open', 'confirmed', 'rejected', 'superseded')),
  proposed_at  timestamptz not null,
  unique (run_id, cluster_id, kind)
);
create index management_proposal_by_year on management_proposal (year, state, id);

-- one decision per proposal: confirmed or rejected by a person, or superseded by a later run
create table management_decision (
  id                  bigint generated always as identity primary key,
  proposal_id         bigint not null unique references management_proposal (id),
  decision            text not null check (decision in ('confirmed', 'rejected', 'superseded')),
  actor_name          text not null,
  actor_role          text not null
                        check (actor_role in ('province_admin', 'city_officer', 'cluster_org', 'viewer')),
  actor_region        varchar(6) not null,
  at                  timestamptz not null,
  reason              text,                          -- written by the person; none when superseded
  document            text,                          -- the document's number (文号), if any
  superseded_by_run   bigint references evaluation_run (id),
  lifecycle_case_id   bigint,                        -- the lifecycle step a confirmation took
  lifecycle_step_seq  integer,
  foreign key (lifecycle_case_id, lifecycle_step_seq) references lifecycle_step (case_id, seq),
  check ((decision = 'superseded') = (superseded_by_run is not null)),
  check (decision = 'superseded' or reason is not null)
);

-- a provincial case's steps into or out of 'warned', as published by the lifecycle
create table management_warning_step (
  case_id     bigint not null,
  seq         integer not null,
  cluster_id  bigint not null references cluster (id),
  from_state  text,
  to_state    text not null,
  at          timestamptz not null,
  primary key (case_id, seq),
  foreign key (case_id, seq) references lifecycle_step (case_id, seq)
);
create index management_warning_step_by_cluster on management_warning_step (cluster_id, at);

create function management_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% of % refused: dynamic management''s records are never changed', tg_op, tg_table_name;
end
$$;

create trigger management_decision_kept before update or delete on management_decision
  for each row execute function management_refuse_change();
create trigger management_warning_step_kept before update or delete on management_warning_step
  for each row execute function management_refuse_change();
create trigger management_proposal_kept before delete on management_proposal
  for each row execute function management_refuse_change();

-- of a proposal, only the state changes, and only from open
create function management_proposal_state_only() returns trigger language plpgsql as $$
begin
  if (new.id, new.year, new.run_id, new.cluster_id, new.kind, new.grounds_key, new.grounds_args,
      new.proposed_at)
     is distinct from (old.id, old.year, old.run_id, old.cluster_id, old.kind, old.grounds_key,
      old.grounds_args, old.proposed_at) or old.state <> 'open' then
    raise exception 'update of management_proposal % refused: only an open proposal''s state changes', old.id;
  end if;
  return new;
end
$$;

create trigger management_proposal_state_changes before update on management_proposal
  for each row execute function management_proposal_state_only();
