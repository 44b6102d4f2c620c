-- The append-only, hash-chained audit log. Each link's hash covers its fields and the previous
-- link's hash; the head row records the last link so that removing links from the end is detected.
create table audit_event (
    seq          bigint       not null primary key,
    at           timestamp with time zone not null,
    actor        varchar(64)  not null,
    action       varchar(64)  not null,
    entity_type  varchar(40)  not null,
    entity_id    varchar(64),
    region_code  varchar(12),
    before_state text,
    after_state  text,
    prev_hash    varchar(64)  not null,
    hash         varchar(64)  not null
);
create index audit_event_entity on audit_event (entity_type, entity_id);
create index audit_event_region on audit_event (region_code);

create table audit_chain_head (
    id        integer     not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
