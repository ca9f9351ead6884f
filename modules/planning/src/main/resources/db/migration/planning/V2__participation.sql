-- Public participation and evaluation (issue 6): solicitation rounds and their proposals, public opinions with
-- their answer deadline, yearly satisfaction evaluations with the votes per plan. Contacts are citizens'
-- personal data (masked on lists, shown whole only with planning.participation.contact). PostgreSQL and H2 2.x.

create sequence pln_solicitation_seq start with 50 increment by 50;
create table pln_solicitation (
    id               bigint        not null,
    version          bigint        not null,
    round_year       integer       not null,
    unit_id          bigint        not null,
    unit_code        varchar(32)   not null,
    unit_path        varchar(1000) not null,
    title            varchar(200)  not null,
    description      ${text_type},
    channels         varchar(200)  not null,
    opens_on         date          not null,
    closes_on        date          not null,
    state            varchar(10)   not null,
    created_by       varchar(80)   not null,
    created_at       timestamp with time zone not null,
    closed_by        varchar(80),
    closed_at        timestamp with time zone,
    constraint pln_solicitation_pk primary key (id),
    constraint pln_solicitation_state_ck check (state in ('OPEN', 'CLOSED')),
    constraint pln_solicitation_dates_ck check (closes_on >= opens_on),
    constraint pln_solicitation_year_ck check (round_year between 2000 and 2100)
);
create index pln_solicitation_scope_ix on pln_solicitation (unit_path, round_year);

create sequence pln_proposal_seq start with 50 increment by 50;
create table pln_proposal (
    id               bigint        not null,
    version          bigint        not null,
    round_id         bigint        not null,
    channel          varchar(30)   not null,
    source           varchar(200),
    title            varchar(200)  not null,
    content          ${text_type},
    contact_name     varchar(80),
    contact_phone    varchar(40),
    contact_email    varchar(120),
    received_on      date          not null,
    unit_id          bigint        not null,
    unit_code        varchar(32)   not null,
    unit_path        varchar(1000) not null,
    state            varchar(20)   not null,
    answer           varchar(2000),
    merged_into_id   bigint,
    plan_id          bigint,
    task_number      varchar(20),
    recorded_by      varchar(80)   not null,
    recorded_at      timestamp with time zone not null,
    evaluated_by     varchar(80),
    evaluated_at     timestamp with time zone,
    constraint pln_proposal_pk primary key (id),
    constraint pln_proposal_round_fk foreign key (round_id) references pln_solicitation (id),
    constraint pln_proposal_merged_fk foreign key (merged_into_id) references pln_proposal (id),
    constraint pln_proposal_plan_fk foreign key (plan_id) references pln_plan (id),
    constraint pln_proposal_state_ck check (state in ('RECEIVED', 'ADOPTED', 'MERGED', 'NOT_ADOPTED')),
    -- A proposal not adopted carries its reason; a merged one names the other; an adopted one its task.
    constraint pln_proposal_reason_ck check (state <> 'NOT_ADOPTED' or answer is not null),
    constraint pln_proposal_merge_ck check (state <> 'MERGED' or merged_into_id is not null),
    constraint pln_proposal_task_ck check (state <> 'ADOPTED' or task_number is not null)
);
create index pln_proposal_round_ix on pln_proposal (round_id, state);
create index pln_proposal_unit_ix on pln_proposal (unit_path);
create index pln_proposal_task_ix on pln_proposal (task_number);
create index pln_proposal_merged_ix on pln_proposal (merged_into_id);

create sequence pln_opinion_seq start with 50 increment by 50;
create table pln_opinion (
    id               bigint        not null,
    version          bigint        not null,
    channel          varchar(10)   not null,
    subject          varchar(200)  not null,
    content          ${text_type},
    contact_name     varchar(80),
    contact_phone    varchar(40),
    contact_email    varchar(120),
    received_on      date          not null,
    unit_id          bigint        not null,
    unit_code        varchar(32)   not null,
    unit_path        varchar(1000) not null,
    state            varchar(10)   not null,
    due_date         date          not null,
    working_days     integer       not null,
    deadline_note    varchar(1000),
    answer           varchar(4000),
    answered_by      varchar(80),
    answered_at      timestamp with time zone,
    answered_on      date,
    recorded_by      varchar(80)   not null,
    recorded_at      timestamp with time zone not null,
    constraint pln_opinion_pk primary key (id),
    constraint pln_opinion_channel_ck check (channel in ('LETTER', 'EMAIL', 'PORTAL', 'OTHER')),
    constraint pln_opinion_state_ck check (state in ('ASSIGNED', 'HANDLING', 'ANSWERED')),
    constraint pln_opinion_answer_ck check (state <> 'ANSWERED' or answer is not null)
);
create index pln_opinion_scope_ix on pln_opinion (unit_path, state, due_date);
create index pln_opinion_due_ix on pln_opinion (state, due_date);

create sequence pln_evaluation_seq start with 50 increment by 50;
create table pln_evaluation (
    id               bigint        not null,
    version          bigint        not null,
    eval_year        integer       not null,
    plan_level       varchar(12)   not null,
    unit_id          bigint        not null,
    unit_code        varchar(32)   not null,
    unit_path        varchar(1000) not null,
    title            varchar(200)  not null,
    state            varchar(10)   not null,
    created_by       varchar(80)   not null,
    created_at       timestamp with time zone not null,
    published_by     varchar(80),
    published_at     timestamp with time zone,
    constraint pln_evaluation_pk primary key (id),
    -- One round per organising unit, year and level.
    constraint pln_evaluation_uk unique (unit_id, eval_year, plan_level),
    constraint pln_evaluation_level_ck check (plan_level in ('CITY', 'DISTRICT', 'DEPARTMENT', 'STREET', 'ENTERPRISE')),
    constraint pln_evaluation_state_ck check (state in ('OPEN', 'PUBLISHED')),
    constraint pln_evaluation_year_ck check (eval_year between 2000 and 2100)
);
create index pln_evaluation_scope_ix on pln_evaluation (unit_path, eval_year);
create index pln_evaluation_public_ix on pln_evaluation (state, eval_year);

create sequence pln_evaluation_score_seq start with 50 increment by 50;
create table pln_evaluation_score (
    id                  bigint        not null,
    version             bigint        not null,
    evaluation_id       bigint        not null,
    plan_id             bigint        not null,
    plan_title          varchar(200)  not null,
    unit_id             bigint        not null,
    unit_code           varchar(32)   not null,
    unit_path           varchar(1000) not null,
    satisfied           integer       not null,
    basically_satisfied integer       not null,
    dissatisfied        integer       not null,
    recorded_by         varchar(80)   not null,
    recorded_at         timestamp with time zone not null,
    constraint pln_evaluation_score_pk primary key (id),
    constraint pln_evaluation_score_uk unique (evaluation_id, plan_id),
    constraint pln_evaluation_score_round_fk foreign key (evaluation_id) references pln_evaluation (id),
    constraint pln_evaluation_score_plan_fk foreign key (plan_id) references pln_plan (id),
    constraint pln_evaluation_score_votes_ck check (satisfied >= 0 and basically_satisfied >= 0 and dissatisfied >= 0
        and satisfied + basically_satisfied + dissatisfied > 0)
);
