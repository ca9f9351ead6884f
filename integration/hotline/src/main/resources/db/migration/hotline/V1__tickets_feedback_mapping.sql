-- 12345 hotline integration: tickets with their caller's data encrypted, the feedback outbox, return visits and
-- the mapping of the hotline's categories.

create sequence hln_ticket_seq start with 50 increment by 50;

create table hln_ticket (
    id                   bigint        not null,
    ticket_no            varchar(40)   not null,
    channel              varchar(10)   not null,
    intake               varchar(10)   not null,
    request_type         varchar(4)    not null,
    hotline_category     varchar(20)   not null,
    disposition          varchar(20)   not null,
    grid_category        varchar(10),
    urgent               boolean       default false not null,
    received_at          timestamp with time zone not null,
    taken_at             timestamp with time zone not null,
    caller_name_cipher   varchar(200),
    caller_name_masked   varchar(40),
    phone_cipher         varchar(200),
    phone_hash           varchar(64),
    phone_masked         varchar(20),
    anonymous            boolean       default false not null,
    keep_confidential    boolean       default false not null,
    address              varchar(300)  not null,
    latitude             double precision,
    longitude            double precision,
    content              ${text_type}  not null,
    repeat_of            varchar(40),
    handle_days          integer,
    state                varchar(20)   not null,
    routing_note         varchar(500),
    case_number          varchar(40),
    handling_unit        varchar(32),
    sign_due_at          timestamp with time zone,
    signed_at            timestamp with time zone,
    reply_content        varchar(2000),
    replied_at           timestamp with time zone,
    satisfaction         varchar(20),
    reopen_count         integer       default 0 not null,
    feedback_seq         integer       default 0 not null,
    version              bigint        default 0 not null,
    constraint hln_ticket_pk primary key (id),
    constraint hln_ticket_no_uk unique (ticket_no),
    constraint hln_ticket_state_ck check (state in ('AWAITING_ROUTING', 'TRANSFERRED', 'SIGNED', 'HANDLING',
        'EXTENSION_REQUESTED', 'REPLIED', 'RETURN_VISITED', 'CLOSED', 'REOPENED', 'SENT_BACK'))
);
create index hln_ticket_state_ix on hln_ticket (state, received_at);
create index hln_ticket_received_ix on hln_ticket (received_at);
create index hln_ticket_case_ix on hln_ticket (case_number);
create index hln_ticket_phone_ix on hln_ticket (phone_hash);

create sequence hln_feedback_seq start with 50 increment by 50;

create table hln_feedback (
    id               bigint        not null,
    ticket_id        bigint        not null,
    seq              integer       not null,
    kind             varchar(4)    not null,
    occurred_at      timestamp with time zone not null,
    unit_name        varchar(120),
    content          varchar(2000),
    extra_days       integer,
    delivery         varchar(10)   not null,
    attempts         integer       default 0 not null,
    next_attempt_at  timestamp with time zone not null,
    last_error       varchar(500),
    delivered_at     timestamp with time zone,
    version          bigint        default 0 not null,
    constraint hln_feedback_pk primary key (id),
    constraint hln_feedback_ticket_fk foreign key (ticket_id) references hln_ticket (id),
    constraint hln_feedback_seq_uk unique (ticket_id, seq),
    constraint hln_feedback_kind_ck check (kind in ('QS', 'TH', 'YQ', 'HF')),
    constraint hln_feedback_delivery_ck check (delivery in ('PENDING', 'DELIVERED'))
);
create index hln_feedback_due_ix on hln_feedback (delivery, next_attempt_at);

create sequence hln_return_visit_seq start with 50 increment by 50;

create table hln_return_visit (
    id             bigint        not null,
    ticket_id      bigint        not null,
    visited_at     timestamp with time zone not null,
    result         varchar(20)   not null,
    remark         varchar(1000),
    unit_code      varchar(32),
    case_number    varchar(40),
    reopened       boolean       default false not null,
    received_at    timestamp with time zone not null,
    constraint hln_return_visit_pk primary key (id),
    constraint hln_return_visit_ticket_fk foreign key (ticket_id) references hln_ticket (id),
    constraint hln_return_visit_uk unique (ticket_id, visited_at)
);
create index hln_return_visit_unit_ix on hln_return_visit (unit_code, visited_at);

create table hln_category_mapping (
    code            varchar(20)   not null,
    name            varchar(100)  not null,
    disposition     varchar(20)   not null,
    grid_category   varchar(10),
    active          boolean       default true not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(80)   not null,
    version         bigint        default 0 not null,
    constraint hln_category_mapping_pk primary key (code),
    constraint hln_category_mapping_disposition_ck check (disposition in ('CASE', 'MANUAL', 'PLANNING', 'DISCLOSURE'))
);
