-- Attachments of any module's records. The bytes live in files outside the database (governance.attachments.dir);
-- a row keeps who owns the file, what it is (type detected from the bytes, size, SHA-256), where it is (a storage key
-- made by the server, never a client's path), who uploaded it, and, once deleted, who deleted it, when and why.

create sequence krn_attachment_seq start with 50 increment by 50;

create table krn_attachment (
    id                  bigint        not null,
    owner_module        varchar(40)   not null,
    owner_type          varchar(60)   not null,
    owner_id            varchar(100)  not null,
    file_name           varchar(255)  not null,
    content_type        varchar(120)  not null,
    size_bytes          bigint        not null,
    sha256              varchar(64)   not null,
    storage_key         varchar(200)  not null,
    thumbnail_type      varchar(40),
    uploaded_by         varchar(80)   not null,
    uploader_unit_path  varchar(400),
    uploaded_at         timestamp with time zone not null,
    deleted_at          timestamp with time zone,
    deleted_by          varchar(80),
    delete_reason       varchar(500),
    version             bigint        default 0 not null,
    constraint krn_attachment_pk primary key (id),
    constraint krn_attachment_storage_uk unique (storage_key),
    constraint krn_attachment_size_ck check (size_bytes >= 0)
);
create index krn_attachment_owner_ix on krn_attachment (owner_module, owner_type, owner_id);
create index krn_attachment_sha_ix on krn_attachment (sha256);
