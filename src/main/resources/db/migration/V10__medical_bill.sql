-- Medical assistance per bill (DOMAIN.md §2.6; decision 0017): the bill of each MEDICAL case, and once it
-- is approved what it used of the person's year, so that the next bill of the same calendar year continues
-- from it: the deductible used, the regular assistance paid (against the yearly cap), the extra (倾斜)
-- assistance paid (against its cap), and what the bill left to the person after regular assistance (for
-- the extra assistance's yearly threshold). claim_key is the settlement's reference while the bill is
-- open or approved and null once refused, so a bill is assisted at most once and a refused one may be
-- brought again.
create table medical_bill (
    case_id          bigint         primary key references assistance_case (id),
    person_id        bigint         not null references person (id),
    bill_year        integer        not null,
    bill_on          date           not null,
    out_of_pocket    numeric(12, 2) not null,
    reference        varchar(60)    not null,
    claim_key        varchar(60),
    hospital         varchar(200),
    approved         boolean        default false not null,
    deductible_used  numeric(12, 2),
    regular          numeric(12, 2),
    extra            numeric(12, 2),
    borne            numeric(12, 2),
    constraint medical_bill_positive check (out_of_pocket > 0),
    constraint medical_bill_approved_figures check (not approved or (deductible_used is not null
        and regular is not null and extra is not null and borne is not null)),
    constraint medical_bill_once unique (person_id, claim_key)
);
create index medical_bill_year on medical_bill (person_id, bill_year, approved);
