package org.doudi.exchange;

import java.util.Arrays;
import java.util.Optional;

/**
 * The department feeds Doudi imports. Each is stored as {@link FeedFact}s whose typed fields mean, per type
 * (the column names are those of the file layouts in {@code docs/feeds/}):
 * <ul>
 * <li>{@link #DEATHS}: {@code date} the death or cremation, {@code code} {@code DEATH} or {@code CREMATION},
 *     {@code reference} the certificate, {@code organisation} who recorded it;</li>
 * <li>{@link #MEDICAL}: {@code date} the settlement, {@code code} the visit ({@code INPATIENT},
 *     {@code OUTPATIENT}, {@code CHRONIC_OUTPATIENT}), {@code amount} the in-policy out-of-pocket payment
 *     (政策范围内自付), {@code amount2} the total cost, {@code reference} the settlement number,
 *     {@code organisation} the hospital;</li>
 * <li>{@link #DISABILITY}: {@code date} the certificate's issue, {@code endDate} its expiry or revocation,
 *     {@code code} the kind (as {@code registry.DisabilityKind}), {@code grade} 1–4, {@code reference} the certificate;</li>
 * <li>{@link #UNEMPLOYMENT}: {@code date}–{@code endDate} the registration, {@code amount} the monthly
 *     unemployment benefit, {@code organisation} the employment office;</li>
 * <li>{@link #SOCIAL_INSURANCE}: {@code date} the first day of the month, {@code code} {@code PENSION} or
 *     {@code WAGE} (the wage contributions are paid on), {@code amount} yuan for that month,
 *     {@code organisation} the payer;</li>
 * <li>{@link #VEHICLES}: {@code date}–{@code endDate} the registration, {@code code} the vehicle type,
 *     {@code amount} its value where known, {@code reference} the plate;</li>
 * <li>{@link #REAL_ESTATE}: {@code date}–{@code endDate} the ownership, {@code code} the use
 *     ({@code RESIDENTIAL} …), {@code amount2} the floor area in m², {@code reference} the certificate,
 *     {@code detail} the address;</li>
 * <li>{@link #BUSINESS}: {@code date}–{@code endDate} the registration, {@code code} the person's role,
 *     {@code amount} the registered capital, {@code reference} the unified social credit code,
 *     {@code detail} the business's name;</li>
 * <li>{@link #HOUSING_FUND}: {@code date} the first day of the month, {@code amount} the deposit,
 *     {@code amount2} the wage it is based on, {@code organisation} the employer;</li>
 * <li>{@link #DISASTER}: {@code date} the disaster, {@code code} its kind, {@code subcode} the damage to the
 *     house ({@code NONE}, {@code DAMAGED}, {@code COLLAPSED}), {@code amount} the loss;</li>
 * <li>{@link #SCHOOLING}: {@code date} the event, {@code code} {@code ENROLLED}, {@code DROPPED_OUT},
 *     {@code SUSPENDED} or {@code GRADUATED}, {@code subcode} the stage, {@code organisation} the school;</li>
 * <li>{@link #UNSAFE_HOUSING}: {@code date} the appraisal, {@code endDate} the renovation, {@code code} the
 *     grade ({@code C} or {@code D}), {@code detail} the address;</li>
 * <li>{@link #DRINKING_WATER}: {@code date} when found, {@code endDate} when solved, {@code code} the
 *     problem ({@code QUANTITY}, {@code QUALITY}, {@code ACCESS}, {@code GUARANTEE}), {@code detail} a note.</li>
 * </ul>
 */
public enum FeedType {
    DEATHS("deaths", "死亡和火化", "民政（殡葬）、公安、卫生健康", false),
    MEDICAL("medical", "医保结算", "医疗保障", false),
    DISABILITY("disability", "残疾人证", "残联", true),
    UNEMPLOYMENT("unemployment", "失业登记", "人力资源和社会保障", true),
    SOCIAL_INSURANCE("social-insurance", "社保养老金和工资", "人力资源和社会保障", false),
    VEHICLES("vehicles", "车辆登记", "公安交管", true),
    REAL_ESTATE("real-estate", "不动产登记", "自然资源（不动产登记）", true),
    BUSINESS("business", "市场主体登记", "市场监督管理", true),
    HOUSING_FUND("housing-fund", "住房公积金缴存", "住房公积金管理中心", false),
    DISASTER("disaster", "受灾人员", "应急管理", false),
    SCHOOLING("schooling", "学籍：入学和辍学", "教育", false),
    UNSAFE_HOUSING("unsafe-housing", "农村危房", "住房和城乡建设", true),
    DRINKING_WATER("drinking-water", "饮水安全问题", "水利", true);

    private final String word;
    private final String label;
    private final String department;
    private final boolean state;

    FeedType(String word, String label, String department, boolean state) {
        this.word = word;
        this.label = label;
        this.department = department;
        this.state = state;
    }

    /** The word in URLs, on the command line and in file names: {@code deaths}, {@code real-estate}. */
    public String word() {
        return word;
    }

    /** The name in Chinese, as the pages and templates show it. */
    public String label() {
        return label;
    }

    /** The department that sends it. */
    public String department() {
        return department;
    }

    /** A state that lasts until its end date (a vehicle, a certificate), rather than an event on one day or month. */
    public boolean isState() {
        return state;
    }

    /** The type named by its word or its constant ({@code real-estate}, {@code REAL_ESTATE}). */
    public static Optional<FeedType> fromWord(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(f -> f.word.equalsIgnoreCase(t) || f.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
