-- Working-day calendar: the days that differ from an ordinary week (national, or a region's overrides), the years
-- whose official arrangement is loaded, the calendar version, and the deadlines modules register so that they
-- follow calendar changes. Region '*' is the national calendar; a region is a unit code.

create sequence krn_calendar_day_seq start with 50 increment by 50;
create table krn_calendar_day (
    id             bigint       not null,
    region_code    varchar(32)  not null,
    calendar_date  date         not null,
    day_type       varchar(20)  not null,
    name           varchar(60),
    name_en        varchar(60),
    origin         varchar(12)  not null,
    source         varchar(200),
    updated_by     varchar(80)  not null,
    updated_at     timestamp with time zone not null,
    version        bigint       default 0 not null,
    constraint krn_calendar_day_pk primary key (id),
    constraint krn_calendar_day_uk unique (region_code, calendar_date),
    constraint krn_calendar_day_type_ck check (day_type in ('WORKDAY', 'WEEKEND', 'HOLIDAY', 'ADJUSTED_WORKDAY'))
);

create sequence krn_calendar_year_seq start with 50 increment by 50;
create table krn_calendar_year (
    id             bigint       not null,
    region_code    varchar(32)  not null,
    calendar_year  integer      not null,
    origin         varchar(12)  not null,
    source         varchar(200),
    day_count      integer      not null,
    loaded_by      varchar(80)  not null,
    loaded_at      timestamp with time zone not null,
    version        bigint       default 0 not null,
    constraint krn_calendar_year_pk primary key (id),
    constraint krn_calendar_year_uk unique (region_code, calendar_year)
);

-- One row: the calendar version, advanced (under a row lock) by every change of days or arrangements.
create table krn_calendar_state (
    id                bigint      not null,
    calendar_version  bigint      not null,
    changed_at        timestamp with time zone,
    changed_by        varchar(80),
    constraint krn_calendar_state_pk primary key (id)
);
insert into krn_calendar_state (id, calendar_version) values (1, 0);

create sequence krn_deadline_seq start with 50 increment by 50;
create table krn_deadline (
    id                bigint       not null,
    owner_module      varchar(40)  not null,
    owner_type        varchar(60)  not null,
    owner_id          varchar(80)  not null,
    kind              varchar(40)  not null,
    region_code       varchar(32),
    start_date        date         not null,
    start_time        time,
    rule_unit         varchar(20)  not null,
    rule_amount       bigint       not null,
    due_date          date         not null,
    due_time          time,
    calendar_version  bigint       not null,
    provisional       boolean      default false not null,
    explanation_zh    ${text_type} not null,
    explanation_en    ${text_type} not null,
    status            varchar(10)  not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(80)  not null,
    recomputed_at     timestamp with time zone,
    closed_at         timestamp with time zone,
    closed_by         varchar(80),
    version           bigint       default 0 not null,
    constraint krn_deadline_pk primary key (id),
    constraint krn_deadline_unit_ck check (rule_unit in ('WORKING_DAYS', 'WORKING_HOURS')),
    constraint krn_deadline_status_ck check (status in ('OPEN', 'CLOSED'))
);
create index krn_deadline_owner_ix on krn_deadline (owner_module, owner_type, owner_id);
create index krn_deadline_open_ix on krn_deadline (status, start_date, due_date);
