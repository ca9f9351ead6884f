-- Integration runtime: dead letters and idempotent repositories.
-- Portable between PostgreSQL and H2 2.x; ${text_type} is set per database by the migrator.

create sequence int_dead_letter_seq start with 50 increment by 50;

create table int_dead_letter (
    id                bigint        not null,
    flow              varchar(60)   not null,
    route_id          varchar(100),
    source            varchar(300),
    reference         varchar(200),
    reason            varchar(2000) not null,
    exception_type    varchar(200),
    stack_trace       ${text_type},
    body              ${text_type},
    headers           ${text_type},
    replay_target     varchar(200),
    dedup_key         varchar(300),
    status            varchar(20)   not null,
    failure_count     integer       default 1 not null,
    first_failed_at   timestamp with time zone not null,
    last_failed_at    timestamp with time zone not null,
    replay_count      integer       default 0 not null,
    last_replayed_at  timestamp with time zone,
    last_replayed_by  varchar(80),
    closed_at         timestamp with time zone,
    closed_by         varchar(80),
    version           bigint        default 0 not null,
    constraint int_dead_letter_pk primary key (id),
    constraint int_dead_letter_dedup_uk unique (dedup_key),
    constraint int_dead_letter_status_ck check (status in ('OPEN', 'REPLAYED', 'DISCARDED'))
);
create index int_dead_letter_status_ix on int_dead_letter (status, last_failed_at);
create index int_dead_letter_flow_ix on int_dead_letter (flow, last_failed_at);

create table int_idempotent_key (
    repository   varchar(100) not null,
    message_key  varchar(300) not null,
    created_at   timestamp with time zone not null,
    constraint int_idempotent_key_pk primary key (repository, message_key)
);
