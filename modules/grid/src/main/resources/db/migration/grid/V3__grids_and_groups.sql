-- The grid tree (street → community → unit grid) with outlines, and the grid groups that look after
-- unit grids. Runs on PostgreSQL and H2.

create sequence grd_grid_seq start with 50 increment by 50;
create table grd_grid (
    id               bigint        not null,
    version          bigint        not null,
    grid_code        varchar(15)   not null,
    grid_level       varchar(10)   not null,
    parent_code      varchar(15),
    name             varchar(100)  not null,
    unit_code        varchar(32)   not null,
    outline          ${text_type},
    area_m2          double precision,
    min_lat          double precision,
    max_lat          double precision,
    min_lon          double precision,
    max_lon          double precision,
    active           boolean       not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint grd_grid_pk primary key (id),
    constraint grd_grid_code_uk unique (grid_code),
    constraint grd_grid_level_ck check (grid_level in ('STREET', 'COMMUNITY', 'UNIT')),
    constraint grd_grid_parent_ck check ((grid_level = 'STREET' and parent_code is null)
                                         or (grid_level <> 'STREET' and parent_code is not null)),
    constraint grd_grid_unit_outline_ck check (grid_level <> 'UNIT' or outline is not null),
    constraint grd_grid_bbox_ck check ((outline is null and min_lat is null)
                                       or (min_lat <= max_lat and min_lon <= max_lon))
);
create index grd_grid_parent_ix on grd_grid (parent_code, grid_code);
create index grd_grid_unit_ix on grd_grid (unit_code);
-- Which unit grid a place lies in: the boxes that hold the point, then the exact outline.
create index grd_grid_bbox_ix on grd_grid (grid_level, active, min_lat, max_lat, min_lon, max_lon);

-- A grid group (网格小组): a leader and members who look after one unit grid.
create sequence grd_grid_group_seq start with 50 increment by 50;
create table grd_grid_group (
    id               bigint        not null,
    version          bigint        not null,
    grid_code        varchar(15)   not null,
    name             varchar(100)  not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint grd_grid_group_pk primary key (id),
    constraint grd_grid_group_grid_uk unique (grid_code)
);

-- The people of a group: the leader (exactly one per group, checked by the service), grid workers,
-- department staff seconded to the grid, owners' committee delegates; an account or a free name.
create table grd_grid_group_member (
    group_id         bigint        not null,
    position         integer       not null,
    member_type      varchar(20)   not null,
    leader           boolean       not null,
    username         varchar(80),
    person_name      varchar(60)   not null,
    phone            varchar(30),
    constraint grd_grid_group_member_pk primary key (group_id, position),
    constraint grd_grid_group_member_group_fk foreign key (group_id) references grd_grid_group (id),
    constraint grd_grid_group_member_type_ck
        check (member_type in ('GRID_WORKER', 'SECONDED_STAFF', 'OWNERS_DELEGATE'))
);
create index grd_grid_group_member_user_ix on grd_grid_group_member (username);
