package org.doudi.exchange.internal;

import static org.doudi.exchange.internal.Column.Field.AMOUNT;
import static org.doudi.exchange.internal.Column.Field.AMOUNT2;
import static org.doudi.exchange.internal.Column.Field.CODE;
import static org.doudi.exchange.internal.Column.Field.DATE;
import static org.doudi.exchange.internal.Column.Field.DETAIL;
import static org.doudi.exchange.internal.Column.Field.END_DATE;
import static org.doudi.exchange.internal.Column.Field.GRADE;
import static org.doudi.exchange.internal.Column.Field.ORGANISATION;
import static org.doudi.exchange.internal.Column.Field.REFERENCE;
import static org.doudi.exchange.internal.Column.Field.SUBCODE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.doudi.exchange.FeedType;
import org.doudi.exchange.internal.Column.Code;
import org.doudi.exchange.internal.Column.Field;
import org.doudi.exchange.internal.Column.Kind;
import org.doudi.exchange.internal.FeedLayout.CrossCheck;
import org.doudi.exchange.internal.FeedLayout.Rule;
import org.doudi.registry.IdNumber;

/**
 * The layouts of the thirteen feeds: one place that the validator, the templates, the documentation pages
 * ({@code docs/feeds/}) and the tests all read. Every layout starts with the ID number and the name.
 */
final class FeedLayouts {

    /** A valid example ID number for the templates (region of issue 990121, the demo county). */
    static final String EXAMPLE_ID = IdNumber.compose("990121", LocalDate.of(1958, 3, 12), 271).value();

    private static final Map<FeedType, FeedLayout> LAYOUTS = new EnumMap<>(FeedType.class);

    private static final CrossCheck END_AFTER_START = new CrossCheck(END_DATE, Rule.END_NOT_BEFORE_DATE,
            "is before the start date");
    private static final CrossCheck AFTER_BIRTH = new CrossCheck(DATE, Rule.DATE_NOT_BEFORE_BIRTH,
            "is before the birth date the ID number encodes");

    static {
        add(FeedType.DEATHS, "死亡登记和火化记录：一人一事件（死亡、火化各一行）。",
                List.of(CODE), List.of(AFTER_BIRTH),
                code("event", "事件", true, CODE, "DEATH: death registered; CREMATION: cremated", "CREMATION",
                        new Code("DEATH", "死亡"), new Code("CREMATION", "火化")),
                date("date", "日期", true, DATE, "the day of death or of cremation", "2026-03-02"),
                text("certificate_no", "证明编号", false, REFERENCE, 60, "death certificate or cremation record number",
                        "HZ2026000318"),
                text("recorded_by", "登记单位", false, ORGANISATION, 100, "hospital, police station or funeral home",
                        "青山县殡仪馆"));
        add(FeedType.MEDICAL, "医保结算：每次结算一行，政策范围内个人自付金额用于刚性支出和预警。",
                List.of(REFERENCE), List.of(AFTER_BIRTH, new CrossCheck(AMOUNT, Rule.AMOUNT_NOT_OVER_AMOUNT2,
                        "is more than the total cost")),
                text("settlement_no", "结算单号", true, REFERENCE, 60, "the settlement's number, unique per insurer",
                        "JS20260315000123"),
                date("settled_on", "结算日期", true, DATE, "the day of the settlement", "2026-03-15"),
                code("visit", "就诊类别", true, CODE, "inpatient, outpatient, or outpatient for a chronic or special disease",
                        "INPATIENT", new Code("INPATIENT", "住院"), new Code("OUTPATIENT", "普通门诊"),
                        new Code("CHRONIC_OUTPATIENT", "门诊慢特病")),
                amount("total_cost", "医疗总费用", true, AMOUNT2, "the whole bill, yuan", "18650.00"),
                amount("in_policy_self_pay", "政策范围内个人自付", true, AMOUNT,
                        "the in-policy part the patient paid (after basic insurance and critical-illness insurance), yuan",
                        "4210.50"),
                text("hospital", "医疗机构", false, ORGANISATION, 100, "the hospital", "示范市人民医院"));
        add(FeedType.DISABILITY, "残疾人证（第二代）：核发、换发（等级变化时换发为新的一行）、注销。",
                List.of(REFERENCE, DATE), List.of(AFTER_BIRTH, END_AFTER_START),
                text("certificate_no", "残疾人证号", true, REFERENCE, 60, "the certificate's number", EXAMPLE_ID + "12"),
                code("kind", "残疾类别", true, CODE, "the kind of disability", "PHYSICAL",
                        new Code("PHYSICAL", "肢体"), new Code("VISUAL", "视力"), new Code("HEARING", "听力"),
                        new Code("SPEECH", "言语"), new Code("INTELLECTUAL", "智力"), new Code("MENTAL", "精神"),
                        new Code("MULTIPLE", "多重")),
                new Column("grade", "残疾等级", Kind.GRADE, true, GRADE, 1, false, List.of(),
                        "1 (most severe) to 4", "2"),
                date("issued_on", "发证日期", true, DATE, "the day the certificate was issued", "2024-06-18"),
                futureDate("valid_to", "有效期至或注销日期", false, END_DATE,
                        "the day it expires or was revoked; empty while valid without limit", "2034-06-17"));
        add(FeedType.UNEMPLOYMENT, "失业登记：登记日期和终止日期（再就业、注销）；领取失业保险金的填月金额。",
                List.of(DATE), List.of(AFTER_BIRTH, END_AFTER_START),
                date("registered_on", "登记日期", true, DATE, "the day the person registered as unemployed", "2026-01-08"),
                date("ended_on", "终止日期", false, END_DATE, "the day the registration ended; empty while unemployed", ""),
                amount("benefit_monthly", "失业保险金月额", false, AMOUNT, "unemployment insurance benefit per month, yuan",
                        "1520.00"),
                text("office", "登记机构", false, ORGANISATION, 100, "the employment office", "青山县就业服务中心"));
        add(FeedType.SOCIAL_INSURANCE, "社会保险：按月的养老金发放和缴费工资，一人一月一类一支付单位一行。",
                List.of(DATE, CODE, ORGANISATION), List.of(AFTER_BIRTH),
                month("month", "月份", true, DATE, "the month paid for", "2026-02"),
                code("kind", "类别", true, CODE, "PENSION: a pension paid; WAGE: the wage contributions were paid on",
                        "PENSION", new Code("PENSION", "养老金"), new Code("WAGE", "缴费工资")),
                amount("amount", "金额", true, AMOUNT, "yuan for the month", "2380.00"),
                text("payer", "支付或缴费单位", true, ORGANISATION, 100, "the pension agency or the employer",
                        "示范市社会保险事业管理局"));
        add(FeedType.VEHICLES, "机动车登记：登记和注销（转出），一车一行。",
                List.of(REFERENCE, DATE), List.of(AFTER_BIRTH, END_AFTER_START),
                text("plate_no", "号牌号码", true, REFERENCE, 20, "the number plate", "示A12345"),
                code("vehicle_type", "车辆类型", true, CODE,
                        "two-wheel motorcycles, farm machinery and disability vehicles are exempt from the 低保 assets test",
                        "CAR", new Code("CAR", "小型汽车"), new Code("TRUCK", "货车"), new Code("BUS", "客车"),
                        new Code("MOTORCYCLE_2W", "两轮摩托车"), new Code("MOTORCYCLE_3W", "三轮摩托车"),
                        new Code("FARM_MACHINERY", "农用机械"), new Code("DISABILITY_VEHICLE", "残疾人专用车"),
                        new Code("OTHER", "其他")),
                date("registered_on", "登记日期", true, DATE, "the day the vehicle was registered to the person",
                        "2023-05-20"),
                date("deregistered_on", "注销或转出日期", false, END_DATE, "empty while the person owns it", ""),
                amount("value", "价值", false, AMOUNT, "estimated value, yuan, where known", "68000.00"));
        add(FeedType.REAL_ESTATE, "不动产登记：一证一行（共有人各一行）。",
                List.of(REFERENCE), List.of(AFTER_BIRTH, END_AFTER_START),
                text("certificate_no", "不动产权证号", true, REFERENCE, 60, "the title certificate",
                        "示(2024)青山县不动产权第0001234号"),
                code("use", "用途", true, CODE, "what the property is for", "RESIDENTIAL",
                        new Code("RESIDENTIAL", "住宅"), new Code("COMMERCIAL", "商业"), new Code("INDUSTRIAL", "工业"),
                        new Code("LAND", "土地"), new Code("OTHER", "其他")),
                amount("area", "建筑面积", true, AMOUNT2, "floor area, m²", "96.50"),
                date("registered_on", "登记日期", true, DATE, "the day the title was registered", "2024-09-03"),
                date("cancelled_on", "注销日期", false, END_DATE, "the day the title ended (sold, cancelled); empty while held",
                        ""),
                text("address", "坐落", false, DETAIL, 200, "where the property is", "青山县青山镇滨河路 8 号"));
        add(FeedType.BUSINESS, "市场主体登记：一人在一个市场主体中的一个身份一行。",
                List.of(REFERENCE, CODE), List.of(AFTER_BIRTH, END_AFTER_START),
                new Column("credit_code", "统一社会信用代码", Kind.CREDIT_CODE, true, REFERENCE, 18, false, List.of(),
                        "the business's unified social credit code", "91990121MA0000000T"),
                text("business_name", "市场主体名称", true, DETAIL, 200, "the registered name", "青山县兴旺农资经营部"),
                code("role", "身份", true, CODE, "the person's role in the business", "OWNER",
                        new Code("LEGAL_REPRESENTATIVE", "法定代表人"), new Code("SHAREHOLDER", "股东"),
                        new Code("OWNER", "个体工商户经营者")),
                amount("registered_capital", "注册资本", false, AMOUNT, "yuan", "100000.00"),
                date("registered_on", "成立日期", true, DATE, "the day the business was registered", "2022-04-11"),
                date("cancelled_on", "注销日期", false, END_DATE, "empty while active", ""));
        add(FeedType.HOUSING_FUND, "住房公积金：按月缴存，一人一月一单位一行。",
                List.of(DATE, ORGANISATION), List.of(AFTER_BIRTH),
                month("month", "月份", true, DATE, "the month deposited for", "2026-02"),
                amount("deposit", "月缴存额", true, AMOUNT, "employer's and employee's deposit together, yuan", "480.00"),
                amount("base_wage", "缴存基数", false, AMOUNT2, "the wage the deposit is based on, yuan", "4000.00"),
                text("employer", "缴存单位", true, ORGANISATION, 100, "the employer", "示范市建工集团有限公司"));
        add(FeedType.DISASTER, "受灾人员：一人一次灾害一行。",
                List.of(DATE, CODE), List.of(),
                date("disaster_on", "受灾日期", true, DATE, "the day of the disaster", "2026-07-21"),
                code("kind", "灾害种类", true, CODE, "the kind of disaster", "FLOOD",
                        new Code("FLOOD", "洪涝"), new Code("DROUGHT", "干旱"), new Code("EARTHQUAKE", "地震"),
                        new Code("LANDSLIDE", "地质灾害"), new Code("STORM", "风雹"), new Code("SNOW", "低温雨雪冰冻"),
                        new Code("FIRE", "火灾"), new Code("OTHER", "其他")),
                code("house_damage", "房屋受损", true, SUBCODE, "what happened to the person's house", "DAMAGED",
                        new Code("NONE", "未受损"), new Code("DAMAGED", "损坏"), new Code("COLLAPSED", "倒塌")),
                amount("loss", "直接经济损失", false, AMOUNT, "yuan", "23000.00"));
        add(FeedType.SCHOOLING, "学籍变动：入学、辍学、休学、毕业，一人一事件一行。",
                List.of(CODE, DATE), List.of(AFTER_BIRTH),
                code("event", "变动类型", true, CODE, "what happened", "DROPPED_OUT",
                        new Code("ENROLLED", "入学"), new Code("DROPPED_OUT", "辍学"), new Code("SUSPENDED", "休学"),
                        new Code("GRADUATED", "毕业")),
                date("date", "变动日期", true, DATE, "the day of the event", "2026-03-01"),
                code("stage", "学段", true, SUBCODE, "the stage of education", "JUNIOR_SECONDARY",
                        new Code("PRESCHOOL", "学前"), new Code("PRIMARY", "小学"), new Code("JUNIOR_SECONDARY", "初中"),
                        new Code("SENIOR_SECONDARY", "高中"), new Code("VOCATIONAL", "中职"),
                        new Code("HIGHER", "高等教育")),
                text("school", "学校", false, ORGANISATION, 100, "the school", "青山县第二中学"));
        add(FeedType.UNSAFE_HOUSING, "农村危房鉴定：C 级、D 级危房，改造完成后填改造竣工日期。",
                List.of(DATE), List.of(END_AFTER_START),
                date("appraised_on", "鉴定日期", true, DATE, "the day of the appraisal", "2026-04-10"),
                code("grade", "危险等级", true, CODE, "C: partly unsafe; D: the whole house unsafe", "D",
                        new Code("C", "C级"), new Code("D", "D级")),
                date("renovated_on", "改造竣工日期", false, END_DATE, "empty until renovated", ""),
                text("address", "房屋地址", false, DETAIL, 200, "the house", "青山县青山镇石桥村 3 组 12 号"));
        add(FeedType.DRINKING_WATER, "农村饮水安全问题：发现日期和解决日期，以户主身份证号报送。",
                List.of(DATE, CODE), List.of(END_AFTER_START),
                date("found_on", "发现日期", true, DATE, "the day the problem was found", "2026-05-06"),
                code("problem", "问题类型", true, CODE, "what is wrong", "QUANTITY",
                        new Code("QUANTITY", "水量不足"), new Code("QUALITY", "水质不达标"),
                        new Code("ACCESS", "取水不便"), new Code("GUARANTEE", "供水保证率低")),
                date("solved_on", "解决日期", false, END_DATE, "empty until solved", ""),
                text("note", "情况说明", false, DETAIL, 200, "what was found", "枯水期井水不足，需到 2 公里外取水"));
    }

    private FeedLayouts() {
    }

    static FeedLayout of(FeedType type) {
        return LAYOUTS.get(type);
    }

    private static void add(FeedType type, String description, List<Field> key, List<CrossCheck> checks,
                            Column... specific) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("id_number", "身份证号码", Kind.ID_NUMBER, true, Field.ID_NUMBER, 18, false, List.of(),
                "the person's ID number, as a text cell (a number cell loses the last digits)", EXAMPLE_ID));
        columns.add(new Column("name", "姓名", Kind.NAME, true, Field.NAME, 50, false, List.of(), "the person's name",
                "王建国"));
        columns.addAll(Arrays.asList(specific));
        LAYOUTS.put(type, new FeedLayout(type, description, List.copyOf(columns), key, checks));
    }

    private static Column code(String name, String label, boolean required, Field field, String description,
                               String example, Code... codes) {
        return new Column(name, label, Kind.CODE, required, field, 30, false, List.of(codes), description, example);
    }

    private static Column date(String name, String label, boolean required, Field field, String description,
                               String example) {
        return new Column(name, label, Kind.DATE, required, field, 10, false, List.of(), description, example);
    }

    private static Column futureDate(String name, String label, boolean required, Field field, String description,
                                     String example) {
        return new Column(name, label, Kind.DATE, required, field, 10, true, List.of(), description, example);
    }

    private static Column month(String name, String label, boolean required, Field field, String description,
                                String example) {
        return new Column(name, label, Kind.MONTH, required, field, 7, false, List.of(), description, example);
    }

    private static Column amount(String name, String label, boolean required, Field field, String description,
                                 String example) {
        return new Column(name, label, Kind.AMOUNT, required, field, 20, false, List.of(), description, example);
    }

    private static Column text(String name, String label, boolean required, Field field, int maxLength,
                               String description, String example) {
        return new Column(name, label, Kind.TEXT, required, field, maxLength, false, List.of(), description, example);
    }
}
