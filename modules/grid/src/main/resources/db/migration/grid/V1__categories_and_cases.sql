-- The grid module's categories (立结案标准) and cases with their timeline. Runs on PostgreSQL and H2.

create sequence grd_category_seq start with 50 increment by 50;
create table grd_category (
    id               bigint       not null,
    version          bigint       not null,
    case_kind        varchar(10)  not null,
    category_code    varchar(4)   not null,
    major_name       varchar(60)  not null,
    name             varchar(60)  not null,
    name_en          varchar(60),
    file_unit        varchar(20)  not null,
    file_amount      bigint       not null,
    dispatch_unit    varchar(20)  not null,
    dispatch_amount  bigint       not null,
    sign_unit        varchar(20)  not null,
    sign_amount      bigint       not null,
    handle_unit      varchar(20)  not null,
    handle_amount    bigint       not null,
    verify_unit      varchar(20)  not null,
    verify_amount    bigint       not null,
    default_unit     varchar(32),
    public_service   boolean      not null,
    active           boolean      not null,
    constraint grd_category_pk primary key (id),
    constraint grd_category_code_uk unique (case_kind, category_code),
    constraint grd_category_kind_ck check (case_kind in ('COMPONENT', 'EVENT')),
    constraint grd_category_amounts_ck check (file_amount > 0 and dispatch_amount > 0 and sign_amount > 0
                                              and handle_amount > 0 and verify_amount > 0)
);

-- The last sequence number handed out per district and year (case numbers 330106-2026-000123).
create table grd_case_counter (
    district_code    varchar(6)   not null,
    year_number      integer      not null,
    last_value       bigint       not null,
    constraint grd_case_counter_pk primary key (district_code, year_number)
);

create sequence grd_case_seq start with 50 increment by 50;
create table grd_case (
    id                 bigint        not null,
    version            bigint        not null,
    case_number        varchar(24)   not null,
    source             varchar(20)   not null,
    case_kind          varchar(10)   not null,
    category_code      varchar(4)    not null,
    grid_code          varchar(15),
    latitude           double precision not null,
    longitude          double precision not null,
    address            varchar(2000),
    description        varchar(2000) not null,
    state              varchar(30)   not null,
    simple_case        boolean       not null,
    reported_by        varchar(80)   not null,
    reported_at        timestamp with time zone not null,
    responsible_unit   varchar(32),
    returned_by_unit   varchar(32),
    supervised         boolean       not null,
    duplicate_of       varchar(24),
    merged_into        varchar(24),
    recurrence_of      varchar(24),
    rework_count       integer       not null,
    return_count       integer       not null,
    postponement_count integer       not null,
    requested_days     integer,
    stage_started_at   timestamp with time zone not null,
    stage_due_at       timestamp with time zone,
    closed_at          timestamp with time zone,
    constraint grd_case_pk primary key (id),
    constraint grd_case_number_uk unique (case_number)
);
-- Inboxes: by state, by responsible unit and state, overdue first.
create index grd_case_state_ix on grd_case (state, stage_due_at);
create index grd_case_unit_ix on grd_case (responsible_unit, state, stage_due_at);
create index grd_case_grid_ix on grd_case (grid_code, state);
-- Duplicate check at intake: same category near the place, recent.
create index grd_case_place_ix on grd_case (case_kind, category_code, latitude, longitude);
create index grd_case_reported_ix on grd_case (reported_at);

create sequence grd_case_event_seq start with 50 increment by 50;
create table grd_case_event (
    id           bigint        not null,
    case_id      bigint        not null,
    occurred_at  timestamp with time zone not null,
    actor        varchar(80)   not null,
    action       varchar(30),
    from_state   varchar(30),
    to_state     varchar(30)   not null,
    unit_code    varchar(32),
    reason       varchar(2000),
    constraint grd_case_event_pk primary key (id),
    constraint grd_case_event_case_fk foreign key (case_id) references grd_case (id)
);
create index grd_case_event_case_ix on grd_case_event (case_id, occurred_at);
