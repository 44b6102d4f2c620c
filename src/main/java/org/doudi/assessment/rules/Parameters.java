package org.doudi.assessment.rules;

import org.doudi.registry.Residence;

/** The names of the parameters the rules read (demo values in ../shared/cases/demo-parameters.yaml). */
public final class Parameters {

    private Parameters() {
    }

    public static String dibaoStandard(Residence residence) {
        return residence == Residence.URBAN ? "dibao.standard.urban" : "dibao.standard.rural";
    }

    public static String disposableIncome(Residence residence) {
        return residence == Residence.URBAN ? "stats.disposable_income.urban" : "stats.disposable_income.rural";
    }

    public static final String EMPLOYMENT_COST_RATIO = "dibao.employment_cost.ratio";
    public static final String EMPLOYMENT_COST_CAP = "dibao.employment_cost.monthly_cap";
    public static final String RIGID_EXPENSE_DEDUCTION = "dibao.rigid_expense_deduction";
    public static final String MIN_PER_PERSON = "dibao.min_per_person";
    public static final String SUPPLEMENT_AGE70 = "dibao.supplement.age70";
    public static final String SUPPLEMENT_MINOR = "dibao.supplement.minor";
    public static final String SUPPLEMENT_SEVERE_DISABILITY = "dibao.supplement.severe_disability";
    public static final String SUPPLEMENT_SERIOUS_ILLNESS = "dibao.supplement.serious_illness";
    public static final String ASSETS_FINANCIAL_MONTHS = "dibao.assets.financial_months";
    public static final String ASSETS_VEHICLES_MAX = "dibao.assets.nonexempt_vehicles_max";
    public static final String ASSETS_DWELLINGS_MAX = "dibao.assets.extra_dwellings_max";
    public static final String ASSETS_BUSINESS_MAX = "dibao.assets.business_capital_max";
    public static final String MARGINAL_RATIO = "dibao.marginal_ratio";
    public static final String GRADUAL_EXIT_MONTHS = "dibao.gradual_exit_months";
    public static final String TEKUN_BASIC_RATIO = "tekun.basic_ratio";
    public static final String ORPHAN_CENTRALISED = "orphan.centralised";
    public static final String ORPHAN_DISPERSED = "orphan.dispersed";
    public static final String DISABILITY_LIVING = "disability.living";
    public static final String DISABILITY_LIVING_INCLUDE_MARGINAL = "disability.living.include_marginal";
    public static final String DISABILITY_CARE_GRADE1 = "disability.care.grade1";
    public static final String DISABILITY_CARE_GRADE2 = "disability.care.grade2";
    public static final String DISABILITY_CARE_GRADE34_INTELLECTUAL_MENTAL = "disability.care.grade34_intellectual_mental";
    public static final String DISABILITY_EXCLUDE_TEKUN = "disability.exclude_tekun";
    public static final String TEMPORARY_MIN = "temporary.emergency.min";
    public static final String TEMPORARY_TOWN_MAX = "temporary.town_max";
    public static final String TEMPORARY_EXPENDITURE_SHARE = "temporary.expenditure.share";
    public static final String TEMPORARY_EXPENDITURE_INCOME_SHARE = "temporary.expenditure.income_share";
    public static final String HARDSHIP_RIGID_RATIO = "hardship.rigid_ratio";
    public static final String MONITORING_LINE = "monitoring.line";
    public static final String MEDICAL_EXTRA_THRESHOLD_SHARE = "medical.extra.threshold_share";
    public static final String MEDICAL_EXTRA_SHARE = "medical.extra.share";
    public static final String MEDICAL_EXTRA_CAP = "medical.extra.cap";
}
