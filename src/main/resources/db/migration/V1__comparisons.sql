-- Espejo schema, version 1: comparisons, their two documents, paragraphs and aligned rows.
-- Portable between H2 (default) and PostgreSQL ("postgres" profile).

create sequence comparison_seq start with 1 increment by 50;
create sequence document_seq start with 1 increment by 50;
create sequence paragraph_seq start with 1 increment by 50;
create sequence aligned_row_seq start with 1 increment by 50;

create table comparison (
    id              bigint       not null primary key,
    name            varchar(300) not null,
    left_lang       varchar(8)   not null,
    right_lang      varchar(8)   not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint       not null
);

create table document (
    id              bigint        not null primary key,
    comparison_id   bigint        not null references comparison (id) on delete cascade,
    side            varchar(5)    not null,
    file_name       varchar(500)  not null,
    media_type      varchar(200)  not null,
    title           varchar(1000) not null,
    author          varchar(500)  not null,
    char_count      bigint        not null,
    lang            varchar(8)    not null,
    lang_confidence double precision not null,
    constraint document_side unique (comparison_id, side)
);

create table paragraph (
    id              bigint        not null primary key,
    document_id     bigint        not null references document (id) on delete cascade,
    idx             integer       not null,
    kind            varchar(16)   not null,
    body            varchar       not null,
    lang            varchar(8)    not null,
    lang_confidence double precision not null,
    sentences       varchar       not null,
    constraint paragraph_position unique (document_id, idx)
);

create table aligned_row (
    id              bigint        not null primary key,
    comparison_id   bigint        not null references comparison (id) on delete cascade,
    position        integer       not null,
    left_start      integer       not null,
    left_end        integer       not null,
    right_start     integer       not null,
    right_end       integer       not null,
    confidence      double precision not null,
    status          varchar(16)   not null,
    evidence        varchar       not null,
    sentence_links  varchar       not null
);

create index aligned_row_by_comparison on aligned_row (comparison_id, position);
create index paragraph_by_document on paragraph (document_id, idx);
