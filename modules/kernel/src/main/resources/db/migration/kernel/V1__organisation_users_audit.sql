-- Kernel schema: organisation tree, user accounts, audit log, module states.
-- Portable between PostgreSQL and H2 2.x; ${text_type} is set per database by the migrator.

create sequence krn_org_unit_seq start with 50 increment by 50;

create table krn_org_unit (
    id          bigint        not null,
    code        varchar(32)   not null,
    name        varchar(100)  not null,
    short_name  varchar(50),
    unit_type   varchar(20)   not null,
    parent_id   bigint,
    path        varchar(400)  not null,
    sort_order  integer       default 0 not null,
    active      boolean       default true not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint        default 0 not null,
    constraint krn_org_unit_pk primary key (id),
    constraint krn_org_unit_code_uk unique (code),
    constraint krn_org_unit_parent_fk foreign key (parent_id) references krn_org_unit (id),
    constraint krn_org_unit_type_ck check (unit_type in
        ('CITY', 'DISTRICT', 'STREET', 'TOWN', 'COMMUNITY', 'DEPARTMENT', 'ENTERPRISE'))
);
create index krn_org_unit_parent_ix on krn_org_unit (parent_id);
create index krn_org_unit_path_ix on krn_org_unit (path);

create sequence krn_user_seq start with 50 increment by 50;

create table krn_user (
    id                   bigint       not null,
    username             varchar(32)  not null,
    display_name         varchar(50)  not null,
    unit_id              bigint       not null,
    password_hash        varchar(200) not null,
    active               boolean      default true not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    password_changed_at  timestamp with time zone not null,
    last_login_at        timestamp with time zone,
    version              bigint       default 0 not null,
    constraint krn_user_pk primary key (id),
    constraint krn_user_username_uk unique (username),
    constraint krn_user_unit_fk foreign key (unit_id) references krn_org_unit (id)
);
create index krn_user_unit_ix on krn_user (unit_id);

create table krn_user_role (
    user_id    bigint      not null,
    role_code  varchar(40) not null,
    constraint krn_user_role_pk primary key (user_id, role_code),
    constraint krn_user_role_user_fk foreign key (user_id) references krn_user (id)
);
create index krn_user_role_role_ix on krn_user_role (role_code);

create sequence krn_audit_entry_seq start with 50 increment by 50;

create table krn_audit_entry (
    id              bigint       not null,
    occurred_at     timestamp with time zone not null,
    actor           varchar(80)  not null,
    actor_name      varchar(80),
    actor_unit      varchar(32),
    client_address  varchar(64),
    entity_type     varchar(60)  not null,
    entity_id       varchar(100) not null,
    action          varchar(40)  not null,
    before_values   ${text_type},
    after_values    ${text_type},
    constraint krn_audit_entry_pk primary key (id)
);
create index krn_audit_entry_time_ix on krn_audit_entry (occurred_at);
create index krn_audit_entry_entity_ix on krn_audit_entry (entity_type, entity_id);
create index krn_audit_entry_actor_ix on krn_audit_entry (actor, occurred_at);

create table krn_module_state (
    module_key  varchar(40) not null,
    enabled     boolean     not null,
    changed_by  varchar(80) not null,
    changed_at  timestamp with time zone not null,
    version     bigint      default 0 not null,
    constraint krn_module_state_pk primary key (module_key)
);
