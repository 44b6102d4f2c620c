package org.doudi.registry.internal.generator;

import org.doudi.registry.Sex;

/**
 * Chinese names: a surname drawn by how common it is, and a given name of one or two characters in
 * the fashion of the person's generation and sex (建国 and 秀英 for the old, 子涵 and 浩宇 for the young).
 */
final class Names {

    /** The most common surnames, most frequent first, with a rough weight each. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
            + "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final int[] SURNAME_WEIGHTS = weights(SURNAMES.length());

    private static final String OLD_MALE_FIRST = "建国德志永福长金树保文明学春玉庆振";
    private static final String OLD_MALE_SECOND = "国华民军林生才山财荣发贵成明强忠林海田宝";
    private static final String OLD_FEMALE_FIRST = "秀桂玉淑凤春翠金美素兰冬月";
    private static final String OLD_FEMALE_SECOND = "英兰珍芳荣花梅琴莲云霞芬香娥枝";
    private static final String MIDDLE_MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞波海峰亮东林建志文斌";
    private static final String MIDDLE_FEMALE = "丽艳娟霞燕玲红敏静芳英华梅琴慧莉萍婷娜洁";
    private static final String YOUNG_MALE = "浩宇轩子梓俊博文一睿晨泽航天皓然杰豪铭鑫阳";
    private static final String YOUNG_FEMALE = "欣怡子涵梓萱雨诗可佳思若婉悦琪彤瑶嘉颖雪";

    private Names() {
    }

    static String surname(Dice dice) {
        return String.valueOf(SURNAMES.charAt(dice.weighted(SURNAME_WEIGHTS)));
    }

    static String givenName(Dice dice, Sex sex, int birthYear) {
        boolean male = sex == Sex.MALE;
        if (birthYear < 1965) {
            return dice.chance(0.2)
                    ? String.valueOf(dice.pick(male ? OLD_MALE_SECOND : OLD_FEMALE_SECOND))
                    : "" + dice.pick(male ? OLD_MALE_FIRST : OLD_FEMALE_FIRST) + dice.pick(male ? OLD_MALE_SECOND : OLD_FEMALE_SECOND);
        }
        String pool = birthYear < 1990 ? (male ? MIDDLE_MALE : MIDDLE_FEMALE) : (male ? YOUNG_MALE : YOUNG_FEMALE);
        if (dice.chance(birthYear < 1990 ? 0.45 : 0.25)) {
            return String.valueOf(dice.pick(pool));
        }
        char first = dice.pick(pool);
        char second = dice.pick(pool);
        return second == first ? "" + first + first : "" + first + second;
    }

    /** Zipf-like: the n-th surname is about 1/n as common as the first. */
    private static int[] weights(int n) {
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = 10_000 / (i + 3);
        }
        return w;
    }
}
