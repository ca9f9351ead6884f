-- A stand-in for a business module's first migration (used by SchemaMigratorTest): it needs the
-- kernel's tables, so it only succeeds when the kernel was migrated first.
create table tst_probe (
    id       bigint not null,
    unit_id  bigint not null,
    note     ${text_type},
    payload  ${binary_type},
    constraint tst_probe_pk primary key (id),
    constraint tst_probe_unit_fk foreign key (unit_id) references krn_org_unit (id)
);
