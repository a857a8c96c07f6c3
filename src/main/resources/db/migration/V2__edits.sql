-- Espejo schema, version 2: the edit log (undo/redo, text history).

create sequence edit_seq start with 1 increment by 50;

create table edit (
    id              bigint       not null primary key,
    comparison_id   bigint       not null references comparison (id) on delete cascade,
    seq             integer      not null,
    kind            varchar(24)  not null,
    position        integer      not null,
    before_rows     varchar      not null,
    after_rows      varchar      not null,
    side            varchar(5),
    paragraph_idx   integer,
    before_text     varchar,
    after_text      varchar,
    author          varchar(100) not null,
    created_at      timestamp with time zone not null,
    undone          boolean      not null
);

create index edit_by_comparison on edit (comparison_id, seq);
