package org.clusteratlas.demo;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.clusteratlas.enterprise.CreditCode;

/** Plausible, unique enterprise names and unified social credit codes for the demo province. */
final class DemoNames {

  private static final String[] BRAND = {
    "鑫", "华", "恒", "盛", "达", "源", "泰", "兴", "宏", "远", "联", "创", "新", "金", "瑞", "丰", "德", "隆",
    "凯", "嘉", "晶", "科", "博", "通", "宇", "安", "和", "汇", "明", "信", "正", "昌", "赣", "洪", "明", "天",
    "润", "美", "力", "邦", "成", "永", "志", "航", "腾", "豪", "顺", "诚"
  };

  private static final Map<String, String> TRADE =
      Map.ofEntries(
          Map.entry("06", "煤业"),
          Map.entry("07", "能源"),
          Map.entry("08", "矿业"),
          Map.entry("09", "矿业"),
          Map.entry("10", "矿业"),
          Map.entry("11", "矿业服务"),
          Map.entry("12", "矿业"),
          Map.entry("13", "食品"),
          Map.entry("14", "食品"),
          Map.entry("15", "酒业"),
          Map.entry("16", "烟草配套"),
          Map.entry("17", "纺织"),
          Map.entry("18", "服饰"),
          Map.entry("19", "皮具"),
          Map.entry("20", "木业"),
          Map.entry("21", "家具"),
          Map.entry("22", "纸业"),
          Map.entry("23", "印务"),
          Map.entry("24", "文体用品"),
          Map.entry("25", "石化"),
          Map.entry("26", "化工"),
          Map.entry("27", "药业"),
          Map.entry("28", "化纤"),
          Map.entry("29", "塑胶"),
          Map.entry("30", "建材"),
          Map.entry("31", "钢铁"),
          Map.entry("32", "有色金属"),
          Map.entry("33", "金属制品"),
          Map.entry("34", "机械"),
          Map.entry("35", "装备"),
          Map.entry("36", "汽车部件"),
          Map.entry("37", "航空科技"),
          Map.entry("38", "电气"),
          Map.entry("39", "电子"),
          Map.entry("40", "光学仪器"),
          Map.entry("41", "制品"),
          Map.entry("42", "再生资源"),
          Map.entry("43", "设备维修"),
          Map.entry("44", "电力"),
          Map.entry("45", "燃气"),
          Map.entry("46", "水务"));

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private final Set<String> names = new HashSet<>();
  private final Set<String> codes = new HashSet<>();

  /** e.g. 贵溪鑫华铜业有限公司: the place, a two-character brand, the trade, the legal form. */
  String name(SplittableRandom rng, String place, String industry) {
    String trade = TRADE.getOrDefault(industry, "实业");
    for (int attempt = 0; ; attempt++) {
      String brand = BRAND[rng.nextInt(BRAND.length)] + BRAND[rng.nextInt(BRAND.length)];
      String suffix = attempt < 20 ? "" : String.valueOf(attempt);
      String name = place + brand + suffix + trade + (rng.nextInt(5) == 0 ? "股份有限公司" : "有限公司");
      if (names.add(name)) {
        return name;
      }
    }
  }

  /**
   * A code of a company (91) registered in {@code region}: the organisation code is either a legacy
   * eight-digit one or a post-2015 {@code MA…} one, completed with its GB 11714 check character,
   * and the whole with its GB 32100 check character.
   */
  CreditCode creditCode(SplittableRandom rng, String region) {
    while (true) {
      StringBuilder body = new StringBuilder(rng.nextBoolean() ? "MA" : "");
      while (body.length() < 8) {
        body.append(
            body.length() < 2 && body.isEmpty()
                ? ALPHABET.charAt(rng.nextInt(10))
                : ALPHABET.charAt(rng.nextInt(ALPHABET.length())));
      }
      String organisation = body.toString() + organisationCheck(body);
      CreditCode code = CreditCode.withCheckCharacter("91" + region + organisation);
      if (codes.add(code.value())) {
        return code;
      }
    }
  }

  /** GB 11714: C9 = 11 − Σ vᵢ·wᵢ mod 11, with 10 written X and 11 written 0. */
  private static char organisationCheck(CharSequence body) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(body.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
    }
    int c = 11 - sum % 11;
    return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
  }
}
