-- Espejo schema, version 3: consistency-check findings, dismissals, glossaries, check settings.

alter table comparison add column disabled_checks varchar(200) default '' not null;

create sequence finding_seq start with 1 increment by 50;
create sequence dismissal_seq start with 1 increment by 50;
create sequence glossary_term_seq start with 1 increment by 50;

create table finding (
    id              bigint       not null primary key,
    comparison_id   bigint       not null references comparison (id) on delete cascade,
    row_position    integer      not null,
    check_type      varchar(20)  not null,
    severity        varchar(10)  not null,
    fingerprint     varchar(64)  not null,
    body            varchar      not null
);

create index finding_by_comparison on finding (comparison_id, row_position);

create table dismissal (
    id              bigint        not null primary key,
    comparison_id   bigint        not null references comparison (id) on delete cascade,
    fingerprint     varchar(64)   not null,
    reason          varchar(1000) not null,
    author          varchar(100)  not null,
    created_at      timestamp with time zone not null,
    constraint dismissal_once unique (comparison_id, fingerprint)
);

-- A glossary term belongs to one comparison, or to every comparison when comparison_id is null.
create table glossary_term (
    id              bigint        not null primary key,
    comparison_id   bigint        references comparison (id) on delete cascade,
    source_terms    varchar(2000) not null,
    approved_terms  varchar(2000) not null,
    forbidden_terms varchar(2000) not null,
    note            varchar(1000) not null
);
