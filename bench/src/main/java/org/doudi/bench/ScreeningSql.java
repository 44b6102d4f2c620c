package org.doudi.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The built-in screening rules (src/main/resources/monitoring/built-in-rules.yaml) written as one SQL query over
 * the registry, the benefits, the monitoring records and the feed facts, with the same joins and conditions as the
 * application's view ({@code monitoring.internal.ViewBuilder}, {@code RegistryFacts}, {@code ExchangeFacts},
 * {@code MergedFacts}): the members of a household are the people whose household it is; a feed fact counts for
 * a member when it is matched to that person and household; per person the earliest death, the larger of the
 * registry's and the feeds' medical spending of the twelve months before the screening's month, the most severe
 * disability in force (of the same grade, the earliest), the first registry fact of a kind in force; per household
 * the larger of each source's totals; parameters from the nearest region with an approved entry in force.
 *
 * <p>The same text runs on PostgreSQL and DuckDB (both read {@code distinct on}, {@code bool_or}, {@code extract}).
 * Ages are compared as differences of yyyymmdd numbers (18 years old ⇔ the difference is at least 180000), which is
 * what {@code Period.between(...).getYears()} counts, without integer division (whose operator the two differ on).
 *
 * <p>What SQL cannot do is the calculator: {@code INCOME_BELOW_LINE} is the calculator's income alone and is not
 * here; {@code NEW_SEVERE_DISABILITY} ("low-income household") and {@code MARGINAL_NOT_MONITORED} have one
 * alternative each that only the calculator answers (eligible for 低保 or 低保边缘), so here they find the matches
 * raised without it — a subset of the application's, which the benchmark checks as such.
 */
final class ScreeningSql {

    /** Rules whose SQL is the whole rule: the counts must be equal. */
    static final List<String> EXACT = List.of("DEAD_PERSON_PAID", "MEDICAL_OVER_THRESHOLD", "DIBAO_WITH_ASSETS",
            "ORPHAN_WITHOUT_ALLOWANCE", "UNEMPLOYED_IN_MONITORED", "DISASTER_VICTIM", "SCHOOL_DROPOUT_MONITORED",
            "MONITORED_WITHOUT_HELPER");
    /** Rules with an alternative only the calculator answers: SQL finds a subset. */
    static final List<String> WITHOUT_CALCULATOR = List.of("NEW_SEVERE_DISABILITY", "MARGINAL_NOT_MONITORED");
    /** The calculator's rule: not in SQL. */
    static final List<String> CALCULATOR_ONLY = List.of("INCOME_BELOW_LINE");

    private ScreeningSql() {
    }

    /** The query answering every match as (rule, household_id, person_id — null for a household rule). */
    static String matches(LocalDate asOf) {
        YearMonth month = YearMonth.from(asOf);
        return TEXT.replace("{D}", lit(asOf))
                .replace("{M}", lit(month.atDay(1)))
                .replace("{N}", lit(month.plusMonths(1).atDay(1)))
                .replace("{W0}", lit(month.minusMonths(12).atDay(1)))
                .replace("{W1}", lit(month.atDay(1).minusDays(1)))
                .replace("{YMD_D}", Integer.toString(asOf.getYear() * 10_000 + asOf.getMonthValue() * 100
                        + asOf.getDayOfMonth()));
    }

    private static String lit(LocalDate d) {
        return "date '" + d + "'";
    }

    private static final String TEXT = """
            with
            params as (
                select code as region_code,
                       max(case when name = 'monitoring.medical_threshold' then v end) as medical_threshold,
                       max(case when name = 'dibao.assets.nonexempt_vehicles_max' then v end) as vehicles_max,
                       max(case when name = 'dibao.assets.extra_dwellings_max' then v end) as dwellings_max,
                       max(case when name = 'dibao.assets.business_capital_max' then v end) as capital_max
                  from (select r.code, e.name, cast(e.value_text as decimal(18, 2)) as v,
                               row_number() over (partition by r.code, e.name
                                                  order by length(e.prefix) desc, e.effective_date desc) as rn
                          from (select distinct region_code as code from household) r
                          join (select name, value_text, effective_date,
                                       left(region_code, case when region_code like '%0000000000' then 2
                                                              when region_code like '%00000000' then 4
                                                              when region_code like '%000000' then 6
                                                              when region_code like '%000' then 9 else 12 end) as prefix
                                  from parameter_entry
                                 where status = 'APPROVED' and effective_date <= {D}
                                   and name in ('monitoring.medical_threshold', 'dibao.assets.nonexempt_vehicles_max',
                                                'dibao.assets.extra_dwellings_max', 'dibao.assets.business_capital_max')) e
                            on r.code like e.prefix || '%') x
                 where rn = 1
                 group by code),
            feed as (
                select f.id, f.kind, f.person_id, f.fact_date, f.in_force_to, f.code, f.grade, f.amount,
                       f.fact_date <= {D} and f.in_force_to >= {D} as holds
                  from feed_fact f
                  join person p on p.id = f.person_id and p.household_id = f.household_id
                 where f.kind in ('DEATHS', 'MEDICAL', 'DISABILITY', 'UNEMPLOYMENT', 'VEHICLES', 'REAL_ESTATE', 'BUSINESS',
                                  'DISASTER', 'SCHOOLING')
                   and (f.kind = 'DEATHS' or f.in_force_to >= {W0})),
            feed_person as (
                select person_id,
                       min(case when kind = 'DEATHS' then fact_date end) as died,
                       sum(case when kind = 'MEDICAL' and fact_date between {W0} and {W1} then amount end) as medical,
                       bool_or(kind = 'UNEMPLOYMENT' and holds) as unemployed,
                       bool_or(kind = 'DISASTER' and fact_date <= {D}) as disaster,
                       count(case when kind = 'VEHICLES' and holds
                                   and code not in ('MOTORCYCLE_2W', 'FARM_MACHINERY', 'DISABILITY_VEHICLE') then 1 end)
                           as vehicles,
                       count(case when kind = 'REAL_ESTATE' and holds and code = 'RESIDENTIAL' then 1 end) as dwellings,
                       sum(case when kind = 'BUSINESS' and holds then coalesce(amount, 0) end) as capital
                  from feed
                 group by person_id),
            feed_school as (
                select distinct on (person_id) person_id, code
                  from feed where kind = 'SCHOOLING' and fact_date <= {D}
                 order by person_id, fact_date desc, id),
            severest as (
                select distinct on (person_id) person_id, grade, since
                  from (select person_id, grade, valid_from as since from disability
                         where valid_from <= {D} and (valid_to is null or valid_to >= {D})
                        union all
                        select person_id, grade, fact_date from feed where kind = 'DISABILITY' and holds and grade is not null) d
                 order by person_id, grade, since),
            first_fact as (
                select distinct on (person_id, kind) person_id, kind, fact_value
                  from person_fact
                 where kind in ('EMPLOYMENT', 'ORPHAN', 'SCHOOLING') and valid_from <= {D}
                   and (valid_to is null or valid_to >= {D})
                 order by person_id, kind, valid_from, id),
            registry_medical as (
                select household_id, person_id, sum(amount) as amount
                  from household_expense
                 where kind = 'MEDICAL' and spent_month >= {W0} and spent_month < {M}
                 group by household_id, person_id),
            benefit_months as (
                select household_id, person_id, programme,
                       from_month <= {M} and (to_month is null or to_month >= {M}) as now_paying,
                       from_month <= {N} and (to_month is null or to_month >= {N}) as next_paying
                  from benefit),
            household_benefits as (
                select household_id,
                       bool_or(now_paying and programme in ('DIBAO', 'TEKUN', 'DIBAO_MARGINAL')) as low_income,
                       bool_or(now_paying and programme = 'DIBAO') as dibao,
                       bool_or(now_paying and programme = 'DIBAO_MARGINAL') as marginal,
                       bool_or(now_paying and programme = 'TEMPORARY') as temporary_assistance,
                       bool_or(person_id is null and next_paying) as paid_next_month,
                       bool_or(person_id is null and now_paying and programme = 'DISABILITY_CARE') as care,
                       bool_or(person_id is null and now_paying and programme = 'ORPHAN') as orphan_allowance
                  from benefit_months group by household_id),
            person_benefits as (
                select household_id, person_id,
                       bool_or(next_paying) as paid_next_month,
                       bool_or(now_paying and programme = 'DISABILITY_CARE') as care,
                       bool_or(now_paying and programme = 'ORPHAN') as orphan_allowance
                  from benefit_months where person_id is not null group by household_id, person_id),
            categories as (
                select household_id,
                       bool_or(code in ('DIBAO', 'TEKUN', 'DIBAO_MARGINAL')) as low_income,
                       bool_or(code = 'DIBAO_MARGINAL') as marginal
                  from household_tag where kind = 'CATEGORY' group by household_id),
            monitoring as (
                select m.open_household_id as household_id, m.state = 'MONITORED' as monitored,
                       m.state <> 'MONITORED' as identifying, count(a.id) > 0 as helper
                  from monitored_household m left join helper_assignment a on a.open_monitored_id = m.id
                 where m.open_household_id is not null
                 group by m.open_household_id, m.state),
            registry_assets as (
                select household_id,
                       count(case when kind = 'VEHICLE' and not exempt then 1 end) as vehicles,
                       count(case when kind = 'DWELLING' then 1 end) as dwellings,
                       sum(case when kind = 'BUSINESS' then asset_value end) as capital
                  from household_asset
                 where valid_from <= {D} and (valid_to is null or valid_to >= {D})
                 group by household_id),
            members as (
                select p.id as person_id, p.household_id,
                       {YMD_D} - (extract(year from p.birth_date) * 10000 + extract(month from p.birth_date) * 100
                                  + extract(day from p.birth_date)) as age_ymd,
                       case when p.died_on is null then fp.died when fp.died is null then p.died_on
                            when p.died_on < fp.died then p.died_on else fp.died end <= {D} as dead,
                       coalesce(rm.amount, 0) as registry_medical,
                       case when coalesce(rm.amount, 0) > coalesce(fp.medical, 0) then coalesce(rm.amount, 0)
                            else coalesce(fp.medical, 0) end as medical,
                       s.grade, s.since,
                       coalesce(employment.fact_value = 'UNEMPLOYED', false) or coalesce(fp.unemployed, false) as unemployed,
                       coalesce(orphan.fact_value = 'TRUE', false) as orphan,
                       coalesce(schooling.fact_value = 'NONE', false) as registry_out_of_school,
                       coalesce(school.code = 'DROPPED_OUT', false) as feed_dropped_out,
                       coalesce(fp.disaster, false) as disaster,
                       coalesce(fp.vehicles, 0) as vehicles, coalesce(fp.dwellings, 0) as dwellings,
                       coalesce(fp.capital, 0) as capital
                  from person p
                  join household h on h.id = p.household_id
                  left join feed_person fp on fp.person_id = p.id
                  left join feed_school school on school.person_id = p.id
                  left join severest s on s.person_id = p.id
                  left join first_fact employment on employment.person_id = p.id and employment.kind = 'EMPLOYMENT'
                  left join first_fact orphan on orphan.person_id = p.id and orphan.kind = 'ORPHAN'
                  left join first_fact schooling on schooling.person_id = p.id and schooling.kind = 'SCHOOLING'
                  left join registry_medical rm on rm.household_id = p.household_id and rm.person_id = p.id),
            member_totals as (
                select household_id,
                       count(case when dead is null or not dead then 1 end) as living,
                       sum(registry_medical) as registry_medical, sum(medical) as medical,
                       bool_or(disaster) as disaster,
                       sum(vehicles) as vehicles, sum(dwellings) as dwellings, sum(capital) as capital
                  from members group by household_id),
            households as (
                select h.id as household_id, h.residence = 'RURAL' as rural, h.region_code,
                       coalesce(t.living, 0) as living,
                       case when coalesce(hm.amount, 0) + coalesce(t.registry_medical, 0) > coalesce(t.medical, 0)
                            then coalesce(hm.amount, 0) + coalesce(t.registry_medical, 0)
                            else coalesce(t.medical, 0) end as medical,
                       case when coalesce(ra.vehicles, 0) > coalesce(t.vehicles, 0) then coalesce(ra.vehicles, 0)
                            else coalesce(t.vehicles, 0) end as vehicles,
                       case when coalesce(ra.dwellings, 0) > coalesce(t.dwellings, 0) - 1 then coalesce(ra.dwellings, 0)
                            else coalesce(t.dwellings, 0) - 1 end as dwellings,
                       case when coalesce(ra.capital, 0) > coalesce(t.capital, 0) then coalesce(ra.capital, 0)
                            else coalesce(t.capital, 0) end as capital,
                       coalesce(t.disaster, false) as disaster,
                       coalesce(hb.low_income, false) or coalesce(c.low_income, false)
                           or coalesce(mo.monitored, false) as low_income,
                       coalesce(hb.dibao, false) as dibao,
                       coalesce(hb.marginal, false) or coalesce(c.marginal, false) as marginal,
                       coalesce(hb.temporary_assistance, false) as temporary_assistance,
                       coalesce(hb.paid_next_month, false) as paid_next_month,
                       coalesce(hb.care, false) as care, coalesce(hb.orphan_allowance, false) as orphan_allowance,
                       coalesce(mo.monitored, false) as monitored, coalesce(mo.identifying, false) as identifying,
                       coalesce(mo.helper, false) as helper,
                       pa.medical_threshold, pa.vehicles_max, pa.dwellings_max, pa.capital_max
                  from household h
                  left join member_totals t on t.household_id = h.id
                  left join registry_medical hm on hm.household_id = h.id and hm.person_id is null
                  left join registry_assets ra on ra.household_id = h.id
                  left join household_benefits hb on hb.household_id = h.id
                  left join categories c on c.household_id = h.id
                  left join monitoring mo on mo.household_id = h.id
                  left join params pa on pa.region_code = h.region_code),
            member_view as (
                select m.*, coalesce(m.dead, false) as is_dead,
                       coalesce(pb.paid_next_month, false) as paid_next_month,
                       coalesce(pb.care, false) or h.care as receives_care,
                       coalesce(pb.orphan_allowance, false) or h.orphan_allowance as receives_orphan_allowance,
                       h.living, h.paid_next_month as household_paid_next_month, h.low_income, h.monitored
                  from members m
                  join households h on h.household_id = m.household_id
                  left join person_benefits pb on pb.household_id = m.household_id and pb.person_id = m.person_id)
            select 'DEAD_PERSON_PAID' as rule_code, household_id, person_id from member_view
             where is_dead and (paid_next_month or (living = 0 and household_paid_next_month))
            union all
            select 'MEDICAL_OVER_THRESHOLD', household_id, null from households
             where medical > medical_threshold and not monitored and not identifying
            union all
            select 'NEW_SEVERE_DISABILITY', household_id, person_id from member_view
             where not is_dead and grade between 1 and 2 and {D} - since <= 90 and low_income and not receives_care
            union all
            select 'DIBAO_WITH_ASSETS', household_id, null from households
             where dibao and (vehicles > vehicles_max or dwellings > dwellings_max or capital > capital_max)
            union all
            select 'ORPHAN_WITHOUT_ALLOWANCE', household_id, person_id from member_view
             where not is_dead and orphan and age_ymd < 180000 and not receives_orphan_allowance
            union all
            select 'UNEMPLOYED_IN_MONITORED', household_id, person_id from member_view
             where monitored and not is_dead and unemployed and age_ymd >= 160000 and age_ymd < 600000
            union all
            select 'DISASTER_VICTIM', household_id, null from households
             where disaster and not temporary_assistance
            union all
            select 'SCHOOL_DROPOUT_MONITORED', household_id, person_id from member_view
             where monitored and not is_dead
               and ((registry_out_of_school and age_ymd >= 70000 and age_ymd < 160000) or feed_dropped_out)
            union all
            select 'MARGINAL_NOT_MONITORED', household_id, null from households
             where rural and living > 0 and marginal and not monitored and not identifying
            union all
            select 'MONITORED_WITHOUT_HELPER', household_id, null from households
             where monitored and not helper
            """;
}
