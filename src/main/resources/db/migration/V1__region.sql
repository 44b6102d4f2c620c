-- The administrative tree (DOMAIN.md §1.1). Codes are 12 digits; descendants share the ancestor's
-- significant prefix, so "inside" is a range scan on the primary key.
create table region (
    code        varchar(12)  not null primary key,
    name        varchar(100) not null,
    level       varchar(10)  not null,
    parent_code varchar(12)  references region (code),
    constraint region_level_known check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWN', 'VILLAGE'))
);
create index region_parent on region (parent_code);
