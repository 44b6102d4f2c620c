-- The working-day calendar (DOMAIN.md §3): per year, the public holidays (days off, 放假) and the
-- weekend days that are working days (调休上班). Any other date: Monday–Friday work, Saturday and
-- Sunday off. A year is either loaded whole or not at all; see docs/decisions/0014-working-day-calendar.md.
create table calendar_year (
    year_number integer      not null primary key,
    source      varchar(300) not null,
    loaded_at   timestamp with time zone not null
);

create table calendar_day (
    on_date     date        not null primary key,
    year_number integer     not null references calendar_year (year_number),
    kind        varchar(8)  not null,
    name        varchar(40),
    constraint calendar_day_kind_known check (kind in ('HOLIDAY', 'WORKDAY'))
);
