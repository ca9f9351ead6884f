-- Notifications: one row per recipient with the texts in his language (his inbox), an outbox of deliveries on
-- external channels (e-mail, SMS, ...) worked off by the deliverer with retries, and each person's preferences:
-- addresses (personal data), language, and channels per category.

create sequence krn_notification_seq start with 50 increment by 50;

create table krn_notification (
    id                   bigint        not null,
    recipient            varchar(32)   not null,
    recipient_unit_path  varchar(400),
    category             varchar(80)   not null,
    subject              varchar(200)  not null,
    body                 ${text_type},
    link                 varchar(500),
    source_module        varchar(40)   not null,
    source_type          varchar(60),
    source_id            varchar(100),
    sender               varchar(80)   not null,
    created_at           timestamp with time zone not null,
    in_app               boolean       not null,
    read_at              timestamp with time zone,
    version              bigint        default 0 not null,
    constraint krn_notification_pk primary key (id)
);
create index krn_notification_inbox_ix on krn_notification (recipient, in_app, read_at);
create index krn_notification_created_ix on krn_notification (created_at);

create sequence krn_notification_delivery_seq start with 50 increment by 50;

create table krn_notification_delivery (
    id               bigint        not null,
    notification_id  bigint        not null,
    channel          varchar(20)   not null,
    status           varchar(12)   not null,
    attempts         integer       default 0 not null,
    next_attempt_at  timestamp with time zone,
    claimed_at       timestamp with time zone,
    last_attempt_at  timestamp with time zone,
    sent_at          timestamp with time zone,
    last_error       varchar(1000),
    address_masked   varchar(100),
    created_at       timestamp with time zone not null,
    version          bigint        default 0 not null,
    constraint krn_notification_delivery_pk primary key (id),
    constraint krn_notification_delivery_fk foreign key (notification_id) references krn_notification (id),
    constraint krn_notification_delivery_status_ck check (status in
        ('PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED'))
);
create index krn_notification_delivery_due_ix on krn_notification_delivery (status, next_attempt_at);
create index krn_notification_delivery_notification_ix on krn_notification_delivery (notification_id);
create index krn_notification_delivery_created_ix on krn_notification_delivery (created_at);

create table krn_notification_pref (
    username    varchar(32)   not null,
    email       varchar(254),
    mobile      varchar(20),
    language    varchar(5)    default 'zh' not null,
    updated_at  timestamp with time zone not null,
    version     bigint        default 0 not null,
    constraint krn_notification_pref_pk primary key (username)
);

create table krn_notification_pref_channel (
    username  varchar(32)   not null,
    category  varchar(80)   not null,
    channels  varchar(200),
    constraint krn_notification_pref_channel_pk primary key (username, category),
    constraint krn_notification_pref_channel_fk foreign key (username) references krn_notification_pref (username)
);
