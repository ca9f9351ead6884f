-- Routing rules (派遣规则: category x grid -> responsible unit) and the Open311 GeoReport v2 server's
-- record of the requests it took in. Runs on PostgreSQL and H2.

-- A rule names a minor category (kind + code), a grid (street, community or unit grid and
-- everything in it), or both, and the unit; the most specific matching rule wins.
create sequence grd_routing_rule_seq start with 50 increment by 50;
create table grd_routing_rule (
    id               bigint       not null,
    version          bigint       not null,
    case_kind        varchar(10),
    category_code    varchar(4),
    grid_code        varchar(15),
    unit_code        varchar(32)  not null,
    constraint grd_routing_rule_pk primary key (id),
    constraint grd_routing_rule_kind_ck check (case_kind is null or case_kind in ('COMPONENT', 'EVENT')),
    constraint grd_routing_rule_category_ck check ((case_kind is null and category_code is null)
                                                   or (case_kind is not null and category_code is not null)),
    constraint grd_routing_rule_scope_ck check (category_code is not null or grid_code is not null)
);
create index grd_routing_rule_category_ix on grd_routing_rule (case_kind, category_code);

-- One row per service request accepted through Open311: the token handed to the client, the case it
-- became, and the public parts of the request that the case does not keep. No personal data here.
create sequence grd_open311_request_seq start with 50 increment by 50;
create table grd_open311_request (
    id               bigint        not null,
    token            varchar(36)   not null,
    case_number      varchar(24)   not null,
    service_code     varchar(5)    not null,
    media_url        varchar(2000),
    client           varchar(80)   not null,
    requested_at     timestamp with time zone not null,
    constraint grd_open311_request_pk primary key (id),
    constraint grd_open311_request_token_uk unique (token),
    constraint grd_open311_request_case_uk unique (case_number)
);
