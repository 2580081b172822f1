package org.clusteratlas.selfreport;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of the annual self-report (年度自评报告), version {@value #VERSION}: every field a scheme's
 * {@code self_report:<field>} leaf reads (the default scheme, {@code evaluation/scheme-2021.json},
 * has 26), in the scheme's order and grouped by its first-level indicators, and two facts that the
 * eligibility checks need and the records do not hold: the cluster's area ({@code area_km2}) and
 * its 制造业单项冠军 firms ({@code single_champions}). Each field's unit is the one its scheme leaf is
 * normalised in (investment in 亿元, fiscal funds in 万元 …), so a value is scored as typed. Changing a
 * field's type, unit or bounds, or a check's bound or meaning, makes a new catalogue version; each
 * save and submission records the version it was checked under.
 */
public final class SelfReportCatalogue {

  /** The catalogue's version, recorded with every save and submission. */
  public static final String VERSION = "2026.1";

  /**
   * The field filled in by the platform: 1 when the report was submitted by its due date, else 0.
   */
  public static final String ON_TIME = "annual_report_on_time";

  /** The cluster's area in km², which the eligibility checks need and the records do not hold. */
  public static final String AREA_KM2 = "area_km2";

  /** How many members are MIIT single champions (制造业单项冠军), for the eligibility checks. */
  public static final String SINGLE_CHAMPIONS = "single_champions";

  /**
   * The groups of the form, in order: the scheme's eight first-level indicators, then the facts.
   */
  public static final List<String> GROUPS =
      List.of("projects", "innovation", "market", "services", "smart", "green", "policy", "facts");

  private static final Map<String, SelfReportField> FIELDS = new LinkedHashMap<>();

  static {
    // 项目支撑
    add("new_projects_over_100m", FieldType.COUNT, "projects", "projects");
    add("project_investment", FieldType.AMOUNT, "yi_yuan", "projects");
    add("signed_projects", FieldType.COUNT, "projects", "projects");
    add("external_capital", FieldType.AMOUNT, "yi_yuan", "projects");
    // 创新能力
    add("rd_platforms", FieldType.COUNT, "platforms", "innovation");
    add("new_platforms", FieldType.COUNT, "platforms", "innovation");
    add("rd_intensity", FieldType.PERCENT, "percent", "innovation");
    add("invention_patents", FieldType.COUNT, "patents", "innovation");
    // 市场体系
    add("leading_firms", FieldType.COUNT, "firms", "market");
    add("export_share", FieldType.PERCENT, "percent", "market");
    add("brands", FieldType.COUNT, "brands", "market");
    // 公共服务
    add("service_platforms", FieldType.COUNT, "platforms", "services");
    add("firms_served", FieldType.COUNT, "firms", "services");
    FIELDS.put(
        "promotion_organisation",
        new SelfReportField(
            "promotion_organisation",
            FieldType.STAGE,
            "none",
            "services",
            new BigDecimal("2"),
            false));
    add("trainees", FieldType.COUNT, "person_times", "services");
    // 智慧集群
    add("digitalised_share", FieldType.PERCENT, "percent", "smart");
    add("industrial_internet_platforms", FieldType.COUNT, "platforms", "smart");
    add("smart_factories", FieldType.COUNT, "factories", "smart");
    add("cloud_firms", FieldType.COUNT, "firms", "smart");
    // 绿色集约
    add("green_factories", FieldType.COUNT, "factories", "green");
    add("energy_intensity_decline", FieldType.PERCENT_CHANGE, "percent", "green");
    add("revenue_per_mu", FieldType.DECIMAL, "wan_yuan_per_mu", "green");
    add("major_accidents", FieldType.COUNT, "accidents", "green");
    // 政策服务
    add("dedicated_policies", FieldType.COUNT, "policies", "policy");
    add("fiscal_support", FieldType.AMOUNT, "wan_yuan", "policy");
    FIELDS.put(
        ON_TIME, new SelfReportField(ON_TIME, FieldType.YES_NO, "none", "policy", null, true));
    // facts for the eligibility checks (MIIT's national SME characteristic cluster: ≤ 100 km², a
    // single champion or little giant …; DOMAIN.md §5)
    add(AREA_KM2, FieldType.DECIMAL, "km2", "facts");
    add(SINGLE_CHAMPIONS, FieldType.COUNT, "firms", "facts");
  }

  private SelfReportCatalogue() {}

  private static void add(String code, FieldType type, String unit, String group) {
    FIELDS.put(code, new SelfReportField(code, type, unit, group, null, false));
  }

  /** Every field, in the form's order. */
  public static List<SelfReportField> fields() {
    return List.copyOf(FIELDS.values());
  }

  /** The fields a person types in: every field but the derived one. */
  public static List<SelfReportField> typedFields() {
    return FIELDS.values().stream().filter(f -> !f.derived()).toList();
  }

  /** The field with this code, if the catalogue has it. */
  public static Optional<SelfReportField> field(String code) {
    return Optional.ofNullable(FIELDS.get(code));
  }
}
