-- Casework for every programme (docs/decisions/0017-procedure-families.md and 0018-who-decides.md).
-- A case now carries its procedure family, the person applying (per-person programmes), how it came in
-- (channel; a hotline call's line, caller and reference; a warning's id), who decides it and why, the
-- town it belongs to (for the count of overdue cases per town), the start of the town's current round,
-- and for temporary assistance its kind, severity, proposed amount, pay-first and the stages approved.
--
-- "One open application per household" becomes one per open_key: the programme with the household (or
-- the person, for a per-person programme, or the kind, for temporary assistance), null once the case is
-- over and always null for medical bills (one case per bill; a bill is assisted once, see V10). NULLs
-- never collide: the portable stand-in for a partial unique index, as before.
alter table assistance_case drop constraint assistance_case_programme_known;
alter table assistance_case drop constraint assistance_case_state_known;
alter table assistance_case drop constraint assistance_case_open_household;
alter table assistance_case drop constraint assistance_case_one_open;
alter table assistance_case drop column open_household_id;
alter table assistance_case alter column missing_documents set data type varchar(1000);

alter table assistance_case add column family varchar(25) default 'DIBAO' not null;
alter table assistance_case add column person_id bigint;
alter table assistance_case add constraint assistance_case_person foreign key (person_id) references person (id);
alter table assistance_case add column town_code varchar(12);
update assistance_case set town_code = substr(region_code, 1, 9) || '000';
alter table assistance_case alter column town_code set not null;
alter table assistance_case add column channel varchar(15) default 'SINGLE_WINDOW' not null;
alter table assistance_case add column hotline_line varchar(10);
alter table assistance_case add column hotline_caller varchar(100);
alter table assistance_case add column hotline_reference varchar(60);
alter table assistance_case add column warning_id bigint;
-- every 低保 case so far was decided as devolved to the town (decision 0015)
alter table assistance_case add column decider_level varchar(10) default 'TOWN' not null;
alter table assistance_case add column decider_reason varchar(300);
alter table assistance_case add column open_key varchar(80);
update assistance_case set open_key = 'DIBAO:H' || household_id where state <> 'NOTIFIED';
alter table assistance_case add column phase_from date;
update assistance_case set phase_from = accepted_on;
alter table assistance_case add column temporary_kind varchar(12);
alter table assistance_case add column severity integer;
alter table assistance_case add column happened_on date;
alter table assistance_case add column what_happened varchar(1000);
alter table assistance_case add column proposed_amount numeric(12, 2);
alter table assistance_case add column paid_first_amount numeric(12, 2);
alter table assistance_case add column paid_first_on date;
alter table assistance_case add column paid_first_by varchar(64);
alter table assistance_case add column until_month varchar(7);
alter table assistance_case add column stages varchar(2000);

alter table assistance_case add constraint assistance_case_programme_known check (programme in ('DIBAO', 'TEKUN',
    'ORPHAN', 'UNSUPPORTED_CHILD', 'DISABILITY_LIVING', 'DISABILITY_CARE', 'EXPENDITURE_HARDSHIP', 'TEMPORARY',
    'MEDICAL'));
alter table assistance_case add constraint assistance_case_family_known check (family in ('DIBAO', 'TEKUN',
    'ALLOWANCE', 'TEMPORARY_EMERGENCY', 'TEMPORARY_EXPENDITURE', 'MEDICAL'));
alter table assistance_case add constraint assistance_case_state_known check (state in ('SUBMITTED', 'APPLIED',
    'PAID_FIRST', 'INVESTIGATING', 'REVIEWED', 'VERIFYING', 'APPRAISED', 'ASSESSED', 'TOWN_OPINION', 'IN_PUBLICITY',
    'OBJECTED', 'DECIDED', 'NOTIFIED'));
alter table assistance_case add constraint assistance_case_channel_known check (channel in ('SINGLE_WINDOW',
    'VILLAGE', 'HOTLINE', 'WARNING'));
alter table assistance_case add constraint assistance_case_decider_known check (decider_level in ('TOWN', 'COUNTY'));
alter table assistance_case add constraint assistance_case_temporary_kind check ((programme = 'TEMPORARY'
    and temporary_kind in ('EMERGENCY', 'EXPENDITURE')) or (programme <> 'TEMPORARY' and temporary_kind is null));
alter table assistance_case add constraint assistance_case_closed_key check (state <> 'NOTIFIED' or open_key is null);
alter table assistance_case add constraint assistance_case_one_open unique (open_key);

create index assistance_case_person on assistance_case (person_id);
create index assistance_case_household on assistance_case (household_id);
