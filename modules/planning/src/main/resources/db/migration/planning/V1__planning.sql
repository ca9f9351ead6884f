-- The planning module: annual plans, governance tasks (decomposition tree, co-operating units, milestones),
-- progress reports and delay requests. Runs on PostgreSQL and H2 2.x.

create sequence pln_plan_seq start with 50 increment by 50;
create table pln_plan (
    id               bigint        not null,
    version          bigint        not null,
    plan_year        integer       not null,
    plan_level       varchar(12)   not null,
    owner_unit_id    bigint        not null,
    owner_unit_code  varchar(32)   not null,
    owner_path       varchar(1000) not null,
    parent_plan_id   bigint,
    title            varchar(200)  not null,
    problems         ${text_type},
    targets          ${text_type},
    safeguards       ${text_type},
    state            varchar(20)   not null,
    return_reason    varchar(2000),
    created_by       varchar(80)   not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    submitted_at     timestamp with time zone,
    approved_by      varchar(80),
    approved_at      timestamp with time zone,
    published_by     varchar(80),
    published_at     timestamp with time zone,
    constraint pln_plan_pk primary key (id),
    -- One plan per unit and year.
    constraint pln_plan_unit_year_uk unique (owner_unit_id, plan_year),
    constraint pln_plan_parent_fk foreign key (parent_plan_id) references pln_plan (id),
    constraint pln_plan_level_ck check (plan_level in ('CITY', 'DISTRICT', 'DEPARTMENT', 'STREET', 'ENTERPRISE')),
    constraint pln_plan_state_ck check (state in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED')),
    constraint pln_plan_year_ck check (plan_year between 2000 and 2100)
);
create index pln_plan_scope_ix on pln_plan (owner_path, plan_year);
create index pln_plan_year_ix on pln_plan (plan_year, plan_level, state);

-- The last task number handed out per year (task numbers 2026-000042).
create table pln_task_counter (
    year_number      integer       not null,
    last_value       bigint        not null,
    constraint pln_task_counter_pk primary key (year_number)
);

create sequence pln_task_seq start with 50 increment by 50;
create table pln_task (
    id                  bigint        not null,
    version             bigint        not null,
    task_number         varchar(20)   not null,
    task_year           integer       not null,
    plan_id             bigint,
    parent_id           bigint,
    tree_path           varchar(1000) not null,
    depth               integer       not null,
    owner_unit_id       bigint        not null,
    owner_path          varchar(1000) not null,
    issuing_unit_id     bigint        not null,
    issuing_path        varchar(1000) not null,
    lead_unit_id        bigint        not null,
    lead_unit_code      varchar(32)   not null,
    lead_path           varchar(1000) not null,
    title               varchar(200)  not null,
    problem             ${text_type},
    target              ${text_type},
    measures            ${text_type},
    source              varchar(30)   not null,
    external_ref        varchar(100),
    priority            varchar(10)   not null,
    livelihood          boolean       not null,
    immediate           boolean       not null,
    weight              integer       not null,
    deadline            date,
    start_date          date,
    deadline_id         bigint,
    progress            integer       not null,
    progress_overridden boolean       not null,
    override_reason     varchar(2000),
    responsible_leader  varchar(80),
    handler             varchar(80),
    schedule            ${text_type},
    self_check          ${text_type},
    self_evaluation     ${text_type},
    self_assessed_by    varchar(80),
    self_assessed_at    timestamp with time zone,
    close_out_summary   varchar(2000),
    decision_note       varchar(2000),
    state               varchar(20)   not null,
    created_by          varchar(80)   not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    assigned_at         timestamp with time zone,
    completed_at        timestamp with time zone,
    closed_out_at       timestamp with time zone,
    constraint pln_task_pk primary key (id),
    constraint pln_task_number_uk unique (task_number),
    -- An immediate task is made once per source and external reference (a ticket number).
    constraint pln_task_external_uk unique (source, external_ref),
    constraint pln_task_plan_fk foreign key (plan_id) references pln_plan (id),
    constraint pln_task_parent_fk foreign key (parent_id) references pln_task (id),
    constraint pln_task_state_ck check (state in ('DRAFT', 'ASSIGNED', 'IN_PROGRESS', 'DELAY_REQUESTED',
                                                  'COMPLETED', 'CLOSE_OUT_REQUESTED', 'CLOSED_OUT')),
    constraint pln_task_progress_ck check (progress between 0 and 100),
    constraint pln_task_weight_ck check (weight between 1 and 100)
);
create index pln_task_plan_ix on pln_task (plan_id, task_number);
create index pln_task_parent_ix on pln_task (parent_id, task_number);
create index pln_task_tree_ix on pln_task (tree_path);
create index pln_task_owner_ix on pln_task (owner_path);
create index pln_task_lead_ix on pln_task (lead_path);
create index pln_task_issuing_ix on pln_task (issuing_path);
create index pln_task_lead_code_ix on pln_task (lead_unit_code, state);
create index pln_task_deadline_ix on pln_task (state, deadline);

create sequence pln_task_unit_seq start with 50 increment by 50;
create table pln_task_unit (
    id          bigint        not null,
    task_id     bigint        not null,
    unit_id     bigint        not null,
    unit_code   varchar(32)   not null,
    unit_path   varchar(1000) not null,
    constraint pln_task_unit_pk primary key (id),
    constraint pln_task_unit_uk unique (task_id, unit_id),
    constraint pln_task_unit_task_fk foreign key (task_id) references pln_task (id)
);
create index pln_task_unit_path_ix on pln_task_unit (unit_path);
create index pln_task_unit_code_ix on pln_task_unit (unit_code);

create table pln_task_milestone (
    task_id     bigint        not null,
    sort_order  integer       not null,
    title       varchar(200)  not null,
    due_date    date          not null,
    done        boolean       not null,
    constraint pln_task_milestone_pk primary key (task_id, sort_order),
    constraint pln_task_milestone_task_fk foreign key (task_id) references pln_task (id)
);

create sequence pln_progress_report_seq start with 50 increment by 50;
create table pln_progress_report (
    id              bigint        not null,
    task_id         bigint        not null,
    percent         integer,
    report_text     varchar(4000) not null,
    attachment_ids  varchar(1000),
    reported_by     varchar(80)   not null,
    reported_at     timestamp with time zone not null,
    constraint pln_progress_report_pk primary key (id),
    constraint pln_progress_report_task_fk foreign key (task_id) references pln_task (id),
    constraint pln_progress_report_percent_ck check (percent is null or percent between 0 and 100)
);
create index pln_progress_report_task_ix on pln_progress_report (task_id, reported_at);

create sequence pln_delay_request_seq start with 50 increment by 50;
create table pln_delay_request (
    id                 bigint        not null,
    task_id            bigint        not null,
    reason             varchar(2000) not null,
    proposed_deadline  date          not null,
    previous_deadline  date          not null,
    state              varchar(12)   not null,
    requested_by       varchar(80)   not null,
    requested_at       timestamp with time zone not null,
    decided_by         varchar(80),
    decided_at         timestamp with time zone,
    decision_note      varchar(2000),
    constraint pln_delay_request_pk primary key (id),
    constraint pln_delay_request_task_fk foreign key (task_id) references pln_task (id),
    constraint pln_delay_request_state_ck check (state in ('PENDING', 'APPROVED', 'REJECTED'))
);
create index pln_delay_request_task_ix on pln_delay_request (task_id, requested_at);
