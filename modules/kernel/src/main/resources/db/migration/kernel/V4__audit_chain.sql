-- Tamper-evident audit chain. Business transactions insert their entries into krn_audit_pending, which has no index
-- but its key, so that writing an entry stays cheap. A single sealer (one at a time: it locks the head row) moves
-- committed pending entries, in id order, into krn_audit_entry, giving each a gap-free chain sequence and the hash
-- H(previous hash || canonical form) with the function named in hash_algorithm (SM3 or SHA-256); entries are never
-- updated. krn_audit_log shows both, the pending ones without a link. The head row keeps the last link; the anchor
-- is the last link removed by a purge, where verification starts. Verification results are kept. The database
-- guard (triggers) is PostgreSQL-only: see db/migration/kernel-postgresql.

create table krn_audit_pending (
    id              bigint       not null,
    occurred_at     timestamp with time zone not null,
    actor           varchar(80)  not null,
    actor_name      varchar(80),
    actor_unit      varchar(32),
    actor_unit_path varchar(400),
    client_address  varchar(64),
    entity_type     varchar(60)  not null,
    entity_id       varchar(100) not null,
    action          varchar(40)  not null,
    before_values   ${text_type},
    after_values    ${text_type},
    constraint krn_audit_pending_pk primary key (id)
);
-- Entries written before the chain existed wait for their link like any new one.
insert into krn_audit_pending (id, occurred_at, actor, actor_name, actor_unit, actor_unit_path, client_address,
                               entity_type, entity_id, action, before_values, after_values)
    select id, occurred_at, actor, actor_name, actor_unit, actor_unit_path, client_address,
           entity_type, entity_id, action, before_values, after_values
      from krn_audit_entry;
delete from krn_audit_entry;

alter table krn_audit_entry add column chain_seq bigint not null;
alter table krn_audit_entry add column hash_algorithm varchar(16) not null;
alter table krn_audit_entry add column entry_hash varchar(64) not null;
create unique index krn_audit_entry_chain_uk on krn_audit_entry (chain_seq);

create view krn_audit_log as
    select id, occurred_at, actor, actor_name, actor_unit, actor_unit_path, client_address, entity_type, entity_id,
           action, before_values, after_values, chain_seq, hash_algorithm, entry_hash
      from krn_audit_entry
    union all
    select id, occurred_at, actor, actor_name, actor_unit, actor_unit_path, client_address, entity_type, entity_id,
           action, before_values, after_values, cast(null as bigint), cast(null as varchar(16)),
           cast(null as varchar(64))
      from krn_audit_pending;

create table krn_audit_chain (
    id             integer      not null,
    last_seq       bigint       not null,
    last_hash      varchar(64)  not null,
    last_entry_id  bigint,
    sealed_at      timestamp with time zone,
    anchor_seq     bigint       not null,
    anchor_hash    varchar(64)  not null,
    anchored_at    timestamp with time zone,
    constraint krn_audit_chain_pk primary key (id),
    constraint krn_audit_chain_single_ck check (id = 1),
    constraint krn_audit_chain_order_ck check (anchor_seq >= 0 and last_seq >= anchor_seq)
);
insert into krn_audit_chain (id, last_seq, last_hash, anchor_seq, anchor_hash) values
    (1, 0, '0000000000000000000000000000000000000000000000000000000000000000',
        0, '0000000000000000000000000000000000000000000000000000000000000000');

create sequence krn_audit_verification_seq start with 50 increment by 50;
create table krn_audit_verification (
    id               bigint       not null,
    started_at       timestamp with time zone not null,
    finished_at      timestamp with time zone not null,
    requested_by     varchar(80)  not null,
    trigger_kind     varchar(10)  not null,
    intact           boolean      not null,
    anchor_seq       bigint       not null,
    verified_up_to   bigint       not null,
    entries_checked  bigint       not null,
    unsealed         bigint       not null,
    broken_seq       bigint,
    broken_entry_id  bigint,
    problem          varchar(30),
    expected_value   varchar(200),
    found_value      varchar(200),
    constraint krn_audit_verification_pk primary key (id),
    constraint krn_audit_verification_trigger_ck check (trigger_kind in ('MANUAL', 'SCHEDULED'))
);
create index krn_audit_verification_time_ix on krn_audit_verification (started_at);
