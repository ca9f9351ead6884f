-- A migration that cannot run (used by SchemaMigratorTest).
create table tst_broken (id bigint not null,
