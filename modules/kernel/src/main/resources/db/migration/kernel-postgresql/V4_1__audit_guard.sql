-- PostgreSQL only (SchemaMigrator adds db/migration/<module>-postgresql on PostgreSQL): the database guard of the
-- audit chain. H2 (demo) relies on the application, which never updates or deletes entries except through the
-- sealer and the purge.
--
-- krn_audit_entry (sealed entries): never updated; a DELETE only removes entries older than the retention (kernel
-- setting audit.retention-days as stored on screen, never less than 180 days); TRUNCATE is refused.
-- krn_audit_pending (entries waiting for their link): never updated; a DELETE only removes entries the sealer has
-- already moved into krn_audit_entry in the same transaction; TRUNCATE is refused.
-- krn_audit_chain: the single row stays, and its head and anchor only move forward.

create or replace function krn_audit_entry_refuse_update() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: entry % cannot be changed', tg_table_name, old.id
        using errcode = 'integrity_constraint_violation';
end
$$;

create trigger krn_audit_entry_guard_trg
    before update on krn_audit_entry
    for each row execute function krn_audit_entry_refuse_update();

create trigger krn_audit_pending_guard_trg
    before update on krn_audit_pending
    for each row execute function krn_audit_entry_refuse_update();

-- One check per statement over the deleted rows (a transition table), so that the sealer's batch costs one query.
create or replace function krn_audit_pending_guard() returns trigger language plpgsql as $$
declare
    unsealed bigint;
begin
    select g.id into unsealed from gone g
     where not exists (select 1 from krn_audit_entry e where e.id = g.id) limit 1;
    if found then
        raise exception 'audit entry % has no link yet: it cannot leave krn_audit_pending', unsealed
            using errcode = 'integrity_constraint_violation';
    end if;
    return null;
end
$$;

create trigger krn_audit_pending_delete_trg
    after delete on krn_audit_pending
    referencing old table as gone
    for each statement execute function krn_audit_pending_guard();

-- Deletes of sealed entries: only those older than the retention.
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
    if old.occurred_at > now() - make_interval(days => retention_days) then
        raise exception 'audit entry % is younger than the retention of % days: it cannot be deleted',
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

create trigger krn_audit_pending_truncate_trg
    before truncate on krn_audit_pending
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
