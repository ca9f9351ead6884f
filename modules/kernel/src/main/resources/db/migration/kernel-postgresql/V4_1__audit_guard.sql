-- PostgreSQL only (SchemaMigrator adds db/migration/<module>-postgresql on PostgreSQL): the database guard of the
-- audit chain. H2 (demo) relies on the application, which never updates or deletes entries except through the
-- sealer and the purge.
--
-- krn_audit_entry: an UPDATE may only give an unsealed entry its link (chain_seq, hash_algorithm, entry_hash from
-- null to values, every other column unchanged); a DELETE only removes sealed entries older than the retention
-- (kernel setting audit.retention-days as stored on screen, never less than 180 days); TRUNCATE is refused.
-- krn_audit_chain: the single row stays, and its head and anchor only move forward.

create index krn_audit_entry_unsealed_ix on krn_audit_entry (id) where chain_seq is null;

-- Updates: two column-specific triggers whose WHEN conditions PostgreSQL evaluates itself, so that no function is
-- called for the sealer's updates (they name only the link columns and set them once).
create or replace function krn_audit_entry_refuse_update() returns trigger language plpgsql as $$
begin
    raise exception 'krn_audit_entry is append-only: entry % cannot be changed', old.id
        using errcode = 'integrity_constraint_violation';
end
$$;

-- The content of an entry never changes (fires only when an UPDATE names a content column).
create trigger krn_audit_entry_guard_trg
    before update of id, occurred_at, actor, actor_name, actor_unit, actor_unit_path, client_address, entity_type,
                     entity_id, action, before_values, after_values
    on krn_audit_entry
    for each row
    when ((new.id, new.occurred_at, new.actor, new.actor_name, new.actor_unit, new.actor_unit_path,
           new.client_address, new.entity_type, new.entity_id, new.action, new.before_values, new.after_values)
          is distinct from
          (old.id, old.occurred_at, old.actor, old.actor_name, old.actor_unit, old.actor_unit_path,
           old.client_address, old.entity_type, old.entity_id, old.action, old.before_values, old.after_values))
    execute function krn_audit_entry_refuse_update();

-- The link is given once, complete, to an unsealed entry.
create trigger krn_audit_entry_link_trg
    before update of chain_seq, hash_algorithm, entry_hash
    on krn_audit_entry
    for each row
    when (old.chain_seq is not null or old.hash_algorithm is not null or old.entry_hash is not null
          or new.chain_seq is null or new.hash_algorithm is null or new.entry_hash is null)
    execute function krn_audit_entry_refuse_update();

-- Deletes: only sealed entries older than the retention.
create or replace function krn_audit_entry_guard() returns trigger language plpgsql as $$
declare
    retention_days integer := 180;
    configured     text;
begin
    select setting_value into configured from krn_setting
     where module_key = 'kernel' and setting_key = 'audit.retention-days';
    if configured ~ '^\s*[0-9]{1,6}\s*$' then
        retention_days := greatest(180, btrim(configured)::integer);
    end if;
    if old.chain_seq is null or old.occurred_at > now() - make_interval(days => retention_days) then
        raise exception 'audit entry % is unsealed or younger than the retention of % days: it cannot be deleted',
            old.id, retention_days
            using errcode = 'integrity_constraint_violation';
    end if;
    return old;
end
$$;

create trigger krn_audit_entry_delete_trg
    before delete on krn_audit_entry
    for each row execute function krn_audit_entry_guard();

create or replace function krn_audit_no_truncate() returns trigger language plpgsql as $$
begin
    raise exception '% cannot be truncated', tg_table_name using errcode = 'integrity_constraint_violation';
end
$$;

create trigger krn_audit_entry_truncate_trg
    before truncate on krn_audit_entry
    for each statement execute function krn_audit_no_truncate();

create or replace function krn_audit_chain_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'the audit chain head cannot be deleted' using errcode = 'integrity_constraint_violation';
    end if;
    if new.id <> old.id or new.last_seq < old.last_seq or new.anchor_seq < old.anchor_seq then
        raise exception 'the audit chain head only moves forward' using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end
$$;

create trigger krn_audit_chain_guard_trg
    before update or delete on krn_audit_chain
    for each row execute function krn_audit_chain_guard();

create trigger krn_audit_chain_truncate_trg
    before truncate on krn_audit_chain
    for each statement execute function krn_audit_no_truncate();
