-- E-government integration: the log of organisation directory imports.

create sequence egv_orgsync_import_seq start with 50 increment by 50;

create table egv_orgsync_import (
    id                 bigint        not null,
    message_id         varchar(120)  not null,
    file_name          varchar(300),
    channel            varchar(20)   not null,
    charset            varchar(20),
    status             varchar(20)   not null,
    received_at        timestamp with time zone not null,
    finished_at        timestamp with time zone,
    rows_total         integer       default 0 not null,
    created_count      integer       default 0 not null,
    updated_count      integer       default 0 not null,
    deactivated_count  integer       default 0 not null,
    reactivated_count  integer       default 0 not null,
    unchanged_count    integer       default 0 not null,
    rejected_count     integer       default 0 not null,
    note               varchar(1000),
    version            bigint        default 0 not null,
    constraint egv_orgsync_import_pk primary key (id),
    constraint egv_orgsync_import_status_ck check (status in ('QUEUED', 'DUPLICATE', 'APPLIED', 'PARTIAL', 'FAILED'))
);
create index egv_orgsync_import_message_ix on egv_orgsync_import (message_id);
create index egv_orgsync_import_received_ix on egv_orgsync_import (received_at);
