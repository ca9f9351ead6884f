-- Roles become data: bundles of permissions, editable on screen. Users may be granted units beyond their own
-- (their scope) and fall under the password and lockout policy. Audit entries keep the path of the actor's unit, so
-- that audit searches can be scoped. API keys for external systems, module settings, and the lineage of records
-- across modules.

create table krn_role (
    code         varchar(40)  not null,
    name_zh      varchar(60)  not null,
    name_en      varchar(60)  not null,
    description  varchar(400),
    built_in     boolean      default false not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint       default 0 not null,
    constraint krn_role_pk primary key (code)
);

create table krn_role_permission (
    role_code   varchar(40) not null,
    permission  varchar(80) not null,
    constraint krn_role_permission_pk primary key (role_code, permission),
    constraint krn_role_permission_role_fk foreign key (role_code) references krn_role (code)
);

insert into krn_role (code, name_zh, name_en, built_in, created_at, updated_at) values
    ('SYSTEM_ADMIN', '系统管理员', 'System administrator', true, current_timestamp, current_timestamp),
    ('SECURITY_ADMIN', '安全管理员', 'Security administrator', true, current_timestamp, current_timestamp),
    ('AUDIT_ADMIN', '审计管理员', 'Audit administrator', true, current_timestamp, current_timestamp),
    ('LEADER', '领导', 'Leader', true, current_timestamp, current_timestamp),
    ('MODULE_ADMIN', '模块管理员', 'Module administrator', true, current_timestamp, current_timestamp),
    ('SUPERVISION_CLERK', '监督中心受理员', 'Supervision-centre clerk', true, current_timestamp, current_timestamp),
    ('DISPATCHER', '指挥中心派遣员', 'Command-centre dispatcher', true, current_timestamp, current_timestamp),
    ('DEPARTMENT_HANDLER', '部门处置人员', 'Department handler', true, current_timestamp, current_timestamp),
    ('GRID_WORKER', '网格员', 'Grid worker', true, current_timestamp, current_timestamp),
    ('DISCLOSURE_OFFICER', '政务公开专员', 'Disclosure officer', true, current_timestamp, current_timestamp),
    ('OBSERVER', '只读观察员', 'Observer (read only)', true, current_timestamp, current_timestamp);

alter table krn_user_role add constraint krn_user_role_role_fk foreign key (role_code) references krn_role (code);

-- Markers of one-time seeding (e.g. a module's default grants), so that later edits are never overwritten.
create table krn_seed_marker (
    marker      varchar(200) not null,
    applied_at  timestamp with time zone not null,
    constraint krn_seed_marker_pk primary key (marker)
);

create table krn_user_scope (
    user_id  bigint not null,
    unit_id  bigint not null,
    constraint krn_user_scope_pk primary key (user_id, unit_id),
    constraint krn_user_scope_user_fk foreign key (user_id) references krn_user (id),
    constraint krn_user_scope_unit_fk foreign key (unit_id) references krn_org_unit (id)
);

alter table krn_audit_entry add column actor_unit_path varchar(400);
create index krn_audit_entry_unit_path_ix on krn_audit_entry (actor_unit_path);

-- Password and session policy (等保 level 3 style). Existing accounts keep their passwords; new ones must change
-- the initial password at the first sign-in.
alter table krn_user add column must_change_password boolean default false not null;
alter table krn_user add column failed_attempts integer default 0 not null;
alter table krn_user add column locked_until timestamp with time zone;
alter table krn_user add column source varchar(10) default 'LOCAL' not null;

create table krn_password_history (
    user_id        bigint       not null,
    seq_no         integer      not null,
    password_hash  varchar(200) not null,
    constraint krn_password_history_user_fk foreign key (user_id) references krn_user (id)
);
-- No key on (user_id, seq_no): the list's order column is renumbered row by row when a password is added.
create index krn_password_history_user_ix on krn_password_history (user_id);
insert into krn_password_history (user_id, seq_no, password_hash) select id, 0, password_hash from krn_user;

-- Keys of external systems. Only a hash of the secret is kept; the prefix finds the key.
create sequence krn_api_key_seq start with 50 increment by 50;
create table krn_api_key (
    id                 bigint       not null,
    system_name        varchar(60)  not null,
    description        varchar(400),
    prefix             varchar(16)  not null,
    secret_hash        varchar(100) not null,
    unit_id            bigint,
    created_by         varchar(80)  not null,
    created_at         timestamp with time zone not null,
    expires_at         timestamp with time zone,
    revoked_at         timestamp with time zone,
    revoked_by         varchar(80),
    last_used_at       timestamp with time zone,
    last_used_address  varchar(64),
    version            bigint       default 0 not null,
    constraint krn_api_key_pk primary key (id),
    constraint krn_api_key_prefix_uk unique (prefix),
    constraint krn_api_key_unit_fk foreign key (unit_id) references krn_org_unit (id)
);
create table krn_api_key_permission (
    key_id      bigint      not null,
    permission  varchar(80) not null,
    constraint krn_api_key_permission_pk primary key (key_id, permission),
    constraint krn_api_key_permission_key_fk foreign key (key_id) references krn_api_key (id)
);

-- Values of module settings changed on screen (defaults and configuration are not stored).
create table krn_setting (
    module_key   varchar(40)  not null,
    setting_key  varchar(100) not null,
    setting_value varchar(2000),
    updated_by   varchar(80)  not null,
    updated_at   timestamp with time zone not null,
    version      bigint       default 0 not null,
    constraint krn_setting_pk primary key (module_key, setting_key)
);

-- Lineage across modules: "case came from ticket", "task came from meeting decision".
create sequence krn_link_seq start with 50 increment by 50;
create table krn_link (
    id             bigint       not null,
    source_module  varchar(40)  not null,
    source_type    varchar(60)  not null,
    source_id      varchar(100) not null,
    target_module  varchar(40)  not null,
    target_type    varchar(60)  not null,
    target_id      varchar(100) not null,
    relation       varchar(40)  not null,
    created_by     varchar(80)  not null,
    created_at     timestamp with time zone not null,
    constraint krn_link_pk primary key (id),
    constraint krn_link_uk unique (source_module, source_type, source_id, target_module, target_type, target_id, relation)
);
create index krn_link_target_ix on krn_link (target_module, target_type, target_id);
