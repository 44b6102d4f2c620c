package org.doudi.casework;

/**
 * The documents an application may need at the single window, for every programme; {@link Checklist}
 * says which each programme needs. A local checklist (DOMAIN.md names none); missing items are told all
 * at once (一次性告知). The 低保 ones keep the codes of {@link DibaoDocument}.
 */
public enum CaseDocument {
    APPLICATION_FORM("申请书"),
    HOUSEHOLD_REGISTER("户口簿"),
    ID_CARDS("家庭成员身份证"),
    INCOME_DECLARATION("家庭收入申报"),
    ASSET_DECLARATION("家庭财产申报"),
    VERIFICATION_CONSENT("家庭经济状况核对授权书"),
    SUPPORTERS_STATEMENT("法定赡养、抚养、扶养义务人情况说明"),
    PARENTS_DEATH_OR_MISSING("父母死亡证明或宣告失踪（死亡）判决书"),
    PARENTS_SITUATION("父母重残、重病、服刑、强制隔离戒毒、失联等情况证明"),
    DISABILITY_CERTIFICATE("残疾人证"),
    EXPENDITURE_RECEIPTS("医疗、教育、康复等刚性支出票据"),
    EMERGENCY_PROOF("意外事故、灾害、火灾或突发重病情况证明"),
    SETTLEMENT_STATEMENT("基本医保和大病保险结算单"),
    MEDICAL_INVOICES("医疗费用票据");

    private final String title;

    CaseDocument(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
