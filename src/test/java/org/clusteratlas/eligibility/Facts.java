package org.clusteratlas.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.evaluation.Grade;
import org.clusteratlas.indicator.MemberRecord;

/** A cluster's facts for the criteria's unit tests, built step by step; 2025 unless changed. */
final class Facts {

  int year = 2025;
  Set<DesignationKind> held = EnumSet.of(DesignationKind.PROVINCIAL);
  List<ClusterFacts.Host> hosts = new ArrayList<>(List.of(county("360124", "进贤县")));
  ClusterFacts.Named leading = new ClusterFacts.Named("35", "专用设备制造业", "Special machinery");
  ClusterFacts.Named area;
  List<MemberRecord> members = new ArrayList<>();
  Map<Integer, BigDecimal> output = new HashMap<>();
  BigDecimal provinceGrowth;
  boolean evaluated;
  Grade grade;
  BigDecimal areaKm2;
  Integer champions;

  static ClusterFacts.Host county(String code, String name) {
    return new ClusterFacts.Host(code, name, code, name, true);
  }

  /** A member of {@code industry} with output, revenue and employees; last year's values given. */
  static MemberRecord member(
      String industry, String output, String outputLastYear, String revenue, String employees) {
    return new MemberRecord(
        1,
        industry,
        false,
        false,
        false,
        dec(revenue),
        null,
        dec(output),
        dec(outputLastYear),
        dec(employees));
  }

  static BigDecimal dec(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  Facts with(MemberRecord m) {
    members.add(m);
    return this;
  }

  ClusterFacts build() {
    return new ClusterFacts(
        year,
        held,
        hosts,
        leading,
        area,
        members,
        output,
        provinceGrowth,
        evaluated,
        grade,
        areaKm2,
        champions);
  }
}
