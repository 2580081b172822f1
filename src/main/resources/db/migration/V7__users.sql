-- Users, their personal access tokens and the log of refused requests (module security).

-- who may sign in: a role and, for the roles bound to one place, the region or cluster they answer for
create table app_user (
  id            bigint generated always as identity primary key,
  name          text not null unique check (name ~ '^[a-z][a-z0-9._-]{2,31}$'),
  password_hash text not null,                    -- {argon2}…, never the password
  role          text not null check (role in ('province_admin', 'city_officer', 'cluster_org', 'viewer')),
  region_code   varchar(6) references region (code),
  cluster_id    bigint references cluster (id),
  enabled       boolean not null default true,
  created_at    timestamptz not null,
  created_by    text not null,
  check (case role
           when 'city_officer' then region_code is not null and cluster_id is null
           when 'cluster_org' then cluster_id is not null and region_code is null
           else region_code is null and cluster_id is null
         end)
);

-- tokens for scripts (Authorization: Bearer atlas_…); only their SHA-256 is kept
create table access_token (
  id           bigint generated always as identity primary key,
  user_id      bigint not null references app_user (id),
  label        text,
  token_sha256 char(64) not null unique,
  created_at   timestamptz not null,
  last_used_at timestamptz,
  revoked_at   timestamptz
);

create index access_token_user on access_token (user_id);

-- every request refused for being outside the asker's role or scope, never updated
create table access_refusal (
  id             bigint generated always as identity primary key,
  at             timestamptz not null,
  user_name      text,                            -- null for a visitor who had not signed in
  scope          text not null,
  what           text not null,
  remote_address text
);

create index access_refusal_at on access_refusal (at desc);
