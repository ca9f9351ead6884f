-- Road segments with their road chiefs (路长制), patrol check-ins with track points, and the
-- component inventory (部件普查). Runs on PostgreSQL and H2.

create sequence grd_road_segment_seq start with 50 increment by 50;
create table grd_road_segment (
    id              bigint        not null,
    version         bigint        not null,
    code            varchar(32)   not null,
    name            varchar(60)   not null,
    from_place      varchar(200),
    to_place        varchar(200),
    street_unit     varchar(32)   not null,
    grid_code       varchar(15),
    geometry        ${text_type}  not null,
    length_m        double precision not null,
    min_latitude    double precision not null,
    max_latitude    double precision not null,
    min_longitude   double precision not null,
    max_longitude   double precision not null,
    sign_phone      varchar(20),
    active          boolean       not null,
    constraint grd_road_segment_pk primary key (id),
    constraint grd_road_segment_code_uk unique (code),
    constraint grd_road_segment_length_ck check (length_m >= 0)
);
create index grd_road_segment_unit_ix on grd_road_segment (street_unit, active);

create sequence grd_road_chief_seq start with 50 increment by 50;
create table grd_road_chief (
    id              bigint        not null,
    version         bigint        not null,
    segment_id      bigint        not null,
    tier            varchar(20)   not null,
    name            varchar(60)   not null,
    username        varchar(80),
    unit_code       varchar(32)   not null,
    phone           varchar(20),
    constraint grd_road_chief_pk primary key (id),
    constraint grd_road_chief_segment_fk foreign key (segment_id) references grd_road_segment (id),
    constraint grd_road_chief_tier_ck check (tier in ('COORDINATING', 'SUPERVISING', 'DAILY_PATROL'))
);
create index grd_road_chief_segment_ix on grd_road_chief (segment_id);
create index grd_road_chief_user_ix on grd_road_chief (username);

create sequence grd_patrol_seq start with 50 increment by 50;
create table grd_patrol (
    id              bigint        not null,
    version         bigint        not null,
    segment_id      bigint        not null,
    chief_username  varchar(80)   not null,
    started_at      timestamp with time zone not null,
    start_latitude  double precision not null,
    start_longitude double precision not null,
    ended_at        timestamp with time zone,
    last_point_at   timestamp with time zone,
    last_latitude   double precision,
    last_longitude  double precision,
    point_count     integer       not null,
    distance_m      double precision not null,
    problems_found  integer,
    note            varchar(1000),
    auto_closed     boolean       not null,
    constraint grd_patrol_pk primary key (id),
    constraint grd_patrol_segment_fk foreign key (segment_id) references grd_road_segment (id),
    constraint grd_patrol_problems_ck check (problems_found is null or problems_found >= 0)
);
create index grd_patrol_segment_ix on grd_patrol (segment_id, started_at);
create index grd_patrol_chief_ix on grd_patrol (chief_username, ended_at);
create index grd_patrol_open_ix on grd_patrol (ended_at, started_at);

create sequence grd_patrol_point_seq start with 50 increment by 50;
create table grd_patrol_point (
    id              bigint        not null,
    patrol_id       bigint        not null,
    recorded_at     timestamp with time zone not null,
    latitude        double precision not null,
    longitude       double precision not null,
    constraint grd_patrol_point_pk primary key (id),
    constraint grd_patrol_point_patrol_fk foreign key (patrol_id) references grd_patrol (id)
);
create index grd_patrol_point_patrol_ix on grd_patrol_point (patrol_id, recorded_at);

create sequence grd_component_seq start with 50 increment by 50;
create table grd_component (
    id              bigint        not null,
    version         bigint        not null,
    component_id    varchar(16)   not null,
    case_kind       varchar(10)   not null,
    category_code   varchar(4)    not null,
    name            varchar(100)  not null,
    competent_unit  varchar(32)   not null,
    owner_name      varchar(100),
    maintainer_name varchar(100),
    grid_code       varchar(15),
    latitude        double precision not null,
    longitude       double precision not null,
    state           varchar(10)   not null,
    note            varchar(500),
    active          boolean       not null,
    changed_at      timestamp with time zone not null,
    constraint grd_component_pk primary key (id),
    constraint grd_component_id_uk unique (component_id),
    constraint grd_component_kind_ck check (case_kind = 'COMPONENT'),
    constraint grd_component_state_ck check (state in ('INTACT', 'DAMAGED', 'MISSING', 'OCCUPIED'))
);
create index grd_component_category_ix on grd_component (category_code, state);
create index grd_component_grid_ix on grd_component (grid_code, state);
create index grd_component_place_ix on grd_component (latitude, longitude);
