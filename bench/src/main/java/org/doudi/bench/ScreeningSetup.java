package org.doudi.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * What the screening benchmark adds to a generated registry besides the feeds, in set-based SQL, repeatably (the
 * choices are arithmetic on ids, no randomness): benefits in force as casework would have granted them, and
 * monitored households with their helpers. Written by {@code bench} so it can be told apart and is done once.
 * <ul>
 * <li>低保 (household) for every household of the DIBAO category, since a month of 2019–2025; 5 % of them stopped
 *     in 2025;</li>
 * <li>特困 (person) for every member of a TEKUN household; 孤儿基本生活费 (person) for 85 % of the orphans;
 *     重度残疾人护理补贴 (person) for 60 % of the people with a grade 1–2 disability in force;</li>
 * <li>monitoring: every rural household of the MONITORED category is monitored (confirmed in 2024–2026), 98 % of
 *     them with a helper of their village; 0.5 % of the other rural 低保边缘 households are being identified;</li>
 * <li>twenty helpers per village.</li>
 * </ul>
 */
final class ScreeningSetup {

    private ScreeningSetup() {
    }

    /** Adds the benefits and the monitoring records unless an earlier run did; answers what it found or did. */
    static String apply(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from benefit where created_by = 'bench'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return "benefits and monitoring records were added before";
                }
            }
            c.setAutoCommit(false);
            for (String sql : STATEMENTS) {
                s.execute(sql);
            }
            c.commit();
            c.setAutoCommit(true);
            s.execute("analyze benefit");
            s.execute("analyze benefit_amount");
            s.execute("analyze monitored_household");
            s.execute("analyze helper_assignment");
            StringBuilder out = new StringBuilder();
            try (ResultSet rs = s.executeQuery("""
                    select programme, count(*), count(to_month) from benefit where created_by = 'bench'
                     group by programme order by programme""")) {
                while (rs.next()) {
                    out.append(String.format("  benefit %-16s %,9d (%,d stopped)%n", rs.getString(1), rs.getLong(2),
                            rs.getLong(3)));
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    select m.state, count(*), count(a.id) from monitored_household m
                      left join helper_assignment a on a.open_monitored_id = m.id
                     where m.created_by = 'bench' group by m.state order by m.state""")) {
                while (rs.next()) {
                    out.append(String.format("  monitored_household %-10s %,7d (%,d with a helper)%n", rs.getString(1),
                            rs.getLong(2), rs.getLong(3)));
                }
            }
            return out.toString();
        }
    }

    private static final String NOW = "timestamp with time zone '2026-11-01 09:00:00+08'";

    private static final List<String> STATEMENTS = List.of(
            // 低保, household-level, since a month of 2019-2025; every twentieth stopped in 2025
            """
            insert into benefit (programme, kind, household_id, person_id, region_code, granted_on, from_month, to_month,
                                 end_reason, created_by, created_at, updated_at)
            select 'DIBAO', 'MONTHLY', h.id, null, h.region_code,
                   (date '2019-01-01' + make_interval(months => (h.id * 7919 % 83)::int))::date - 10,
                   (date '2019-01-01' + make_interval(months => (h.id * 7919 % 83)::int))::date,
                   case when h.id * 13 % 20 = 0 then date '2025-01-01' + make_interval(months => (h.id % 12)::int) end,
                   case when h.id * 13 % 20 = 0 then 'EXIT' end,
                   'bench', {NOW}, {NOW}
              from household h
             where exists (select 1 from household_tag t where t.household_id = h.id and t.kind = 'CATEGORY'
                            and t.code = 'DIBAO')""".replace("{NOW}", NOW),
            // 特困, per person, for every member of a TEKUN household
            """
            insert into benefit (programme, kind, household_id, person_id, region_code, granted_on, from_month,
                                 created_by, created_at, updated_at)
            select 'TEKUN', 'MONTHLY', h.id, p.id, h.region_code,
                   (date '2018-01-01' + make_interval(months => (h.id * 7919 % 95)::int))::date - 10,
                   (date '2018-01-01' + make_interval(months => (h.id * 7919 % 95)::int))::date,
                   'bench', {NOW}, {NOW}
              from household h join person p on p.household_id = h.id
             where exists (select 1 from household_tag t where t.household_id = h.id and t.kind = 'CATEGORY'
                            and t.code = 'TEKUN')""".replace("{NOW}", NOW),
            // 孤儿基本生活费 for 85 % of the orphans
            """
            insert into benefit (programme, kind, household_id, person_id, region_code, granted_on, from_month,
                                 created_by, created_at, updated_at)
            select 'ORPHAN', 'MONTHLY', h.id, p.id, h.region_code, date '2024-02-20', date '2024-03-01',
                   'bench', {NOW}, {NOW}
              from person p join household h on h.id = p.household_id
             where p.id * 7919 % 100 < 85
               and exists (select 1 from person_fact f where f.person_id = p.id and f.kind = 'ORPHAN'
                            and f.fact_value = 'TRUE')""".replace("{NOW}", NOW),
            // 重度残疾人护理补贴 for 60 % of the people with a grade 1-2 disability in force
            """
            insert into benefit (programme, kind, household_id, person_id, region_code, granted_on, from_month,
                                 created_by, created_at, updated_at)
            select 'DISABILITY_CARE', 'MONTHLY', h.id, p.id, h.region_code, date '2023-06-20', date '2023-07-01',
                   'bench', {NOW}, {NOW}
              from person p join household h on h.id = p.household_id
             where p.id * 7919 % 100 < 60
               and exists (select 1 from disability d where d.person_id = p.id and d.grade <= 2
                            and d.valid_from <= date '2026-11-23' and (d.valid_to is null or d.valid_to >= date '2026-11-23'))
            """.replace("{NOW}", NOW),
            """
            insert into benefit_amount (benefit_id, from_month, amount, reason, recorded_by, recorded_at)
            select b.id, b.from_month,
                   case b.programme when 'DIBAO' then 400 + b.household_id % 9 * 50 when 'TEKUN' then 1040
                                    when 'ORPHAN' then 1600 else 100 end,
                   'bench', 'bench', {NOW}
              from benefit b where b.created_by = 'bench'""".replace("{NOW}", NOW),
            // twenty helpers per village
            """
            insert into monitoring_helper (region_code, name, work_unit, phone, created_by, created_at)
            select r.code, '帮扶干部' || r.code || '-' || n, r.name || '驻村工作队', null, 'bench', {NOW}
              from region r cross join generate_series(1, 20) n
             where r.level = 'VILLAGE'""".replace("{NOW}", NOW),
            // monitored: the rural households of the MONITORED category
            """
            insert into monitored_household (household_id, open_household_id, region_code, state, lead_source, lead_on,
                                             due_on, suggested_type, monitoring_type, publicity_from, publicity_until,
                                             confirmed_on, confirmed_by, created_by, created_at, updated_at)
            select h.id, h.id, h.region_code, 'MONITORED', 'GRASSROOTS_SCREENING', l.lead_on, l.lead_on + 15,
                   l.kind, l.kind, l.lead_on + 5, l.lead_on + 10, l.lead_on + 14, 'bench', 'bench', {NOW}, {NOW}
              from household h
              cross join lateral (select date '2024-01-01' + (h.id * 7919 % 1000)::int as lead_on,
                                         (array['UNSTABLE_EXITED', 'MARGINAL_AT_RISK', 'SUDDEN_HARDSHIP'])[1 + h.id % 3]
                                             as kind) l
             where h.residence = 'RURAL'
               and exists (select 1 from household_tag t where t.household_id = h.id and t.kind = 'CATEGORY'
                            and t.code = 'MONITORED')""".replace("{NOW}", NOW),
            // being identified: 0.5 % of the other rural 低保边缘 households
            """
            insert into monitored_household (household_id, open_household_id, region_code, state, lead_source, lead_on,
                                             due_on, created_by, created_at, updated_at)
            select h.id, h.id, h.region_code, 'LEAD', 'DEPARTMENT_SCREENING', date '2026-11-10', date '2026-11-25',
                   'bench', {NOW}, {NOW}
              from household h
             where h.residence = 'RURAL' and h.id * 7919 % 200 = 0
               and exists (select 1 from household_tag t where t.household_id = h.id and t.kind = 'CATEGORY'
                            and t.code = 'DIBAO_MARGINAL')
               and not exists (select 1 from monitored_household m where m.household_id = h.id)""".replace("{NOW}", NOW),
            // a helper of the village for 98 % of the monitored
            """
            insert into helper_assignment (monitored_id, open_monitored_id, helper_id, from_date, assigned_by, assigned_at)
            select m.id, m.id, g.id, m.confirmed_on, 'bench', {NOW}
              from monitored_household m
              join lateral (select g.id from monitoring_helper g where g.region_code = m.region_code
                             order by g.id offset (m.household_id % 20) limit 1) g on true
             where m.state = 'MONITORED' and m.created_by = 'bench' and m.household_id * 7919 % 50 <> 0""".replace("{NOW}", NOW));
}
