-- Statutory notices sent (reminders before a plan's due date, the overdue notice after it): a unit gets each
-- kind once per due date, which the primary key guarantees. Runs on PostgreSQL and H2 2.x.
create table pln_reminder (
    unit_id      bigint        not null,
    due_date     date          not null,
    kind         varchar(12)   not null,
    unit_code    varchar(32)   not null,
    plan_year    integer       not null,
    plan_level   varchar(12)   not null,
    plan_state   varchar(20)   not null,
    sent_at      timestamp with time zone not null,
    constraint pln_reminder_pk primary key (unit_id, due_date, kind),
    constraint pln_reminder_kind_ck check (kind = 'OVERDUE' or kind like 'BEFORE%'),
    constraint pln_reminder_level_ck check (plan_level in ('CITY', 'DISTRICT', 'DEPARTMENT', 'STREET', 'ENTERPRISE')),
    constraint pln_reminder_state_ck check (plan_state in ('NONE', 'DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED'))
);
create index pln_reminder_due_ix on pln_reminder (due_date);
