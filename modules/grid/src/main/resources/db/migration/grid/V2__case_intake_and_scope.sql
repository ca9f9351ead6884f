-- What the case service keeps beside the aggregate: the mobile app's id of a report (a retry finds the case
-- instead of making a second), the organisation units that see the case (the one the place belongs to and
-- the responsible one, as paths of the unit tree for the inbox queries), the running stage's deadline in
-- the kernel's registry, whether its breach was announced, a public reporter's contact (personal data, never
-- in lists or public answers) and the reporters of cases merged into this one.
alter table grd_case add column client_id varchar(64);
alter table grd_case add column area_unit varchar(32);
alter table grd_case add column area_path varchar(1000);
alter table grd_case add column responsible_path varchar(1000);
alter table grd_case add column stage_deadline_id bigint;
alter table grd_case add column escalated boolean default false not null;
alter table grd_case add column reporter_name varchar(80);
alter table grd_case add column reporter_phone varchar(40);
alter table grd_case add column reporter_email varchar(120);
create unique index grd_case_client_uk on grd_case (reported_by, client_id);
create index grd_case_area_ix on grd_case (area_path, state);
create index grd_case_responsible_path_ix on grd_case (responsible_path, state);
create index grd_case_due_ix on grd_case (escalated, stage_due_at);

create sequence grd_case_reporter_seq start with 50 increment by 50;
create table grd_case_reporter (
    id            bigint       not null,
    case_id       bigint       not null,
    reported_by   varchar(80)  not null,
    reported_at   timestamp with time zone not null,
    from_case     varchar(24)  not null,
    constraint grd_case_reporter_pk primary key (id),
    constraint grd_case_reporter_case_fk foreign key (case_id) references grd_case (id)
);
create index grd_case_reporter_case_ix on grd_case_reporter (case_id);
