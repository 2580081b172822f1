package org.clusteratlas.lifecycle;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clusteratlas.cluster.ClusterId;
import org.clusteratlas.cluster.DesignationKind;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.Actor.Role;
import org.clusteratlas.shared.RuleViolation;

/**
 * Cases of the unit tests, walked to each state the way the service would: a provincial cluster of
 * 南昌 (hosted in 南昌县, 360121) applies for provincial advanced manufacturing on 2026-03-02; the
 * notice runs 2026-03-05 to 2026-03-11; it is recognised on 2026-03-14, so its re-review is due on
 * 2029-03-14.
 */
final class CaseFixture {

  static final long CASE_ID = 7;
  static final ClusterId CLUSTER = new ClusterId(11);
  static final DesignationKind KIND = DesignationKind.PROVINCIAL_ADVANCED_MANUFACTURING;
  static final LocalDate PROVINCIAL_SINCE = LocalDate.of(2019, 6, 28);

  /** 10:00 Beijing on the day of the application. */
  static final Instant APPLIED_AT = Instant.parse("2026-03-02T02:00:00Z");

  static final LocalDate NOTICE_STARTS = LocalDate.of(2026, 3, 5);
  static final LocalDate NOTICE_ENDS = LocalDate.of(2026, 3, 11);
  static final LocalDate RECOGNISED_ON = LocalDate.of(2026, 3, 14);
  static final LocalDate RE_REVIEW_DUE = LocalDate.of(2029, 3, 14);

  static final Caller ADMIN = Caller.of(Actor.provinceAdministrator("省工信厅 王"));
  static final Caller NANCHANG = Caller.of(new Actor("南昌市工信局 李", Role.CITY_OFFICER, "360100"));
  static final Caller NANCHANG_COUNTY =
      Caller.of(new Actor("南昌县工信局 周", Role.CITY_OFFICER, "360121"));
  static final Caller GANZHOU = Caller.of(new Actor("赣州市工信局 刘", Role.CITY_OFFICER, "360700"));
  static final Caller ORGANISATION =
      new Caller(new Actor("集群促进会 陈", Role.CLUSTER_ORG, "360121"), CLUSTER.value());
  static final Caller OTHER_ORGANISATION =
      new Caller(new Actor("另一促进会 吴", Role.CLUSTER_ORG, "360121"), 12L);
  static final Caller VIEWER = Caller.of(new Actor("厅领导 赵", Role.VIEWER, "360000"));

  static final List<String> DOCS = List.of("赣工信字〔2026〕12号");

  private CaseFixture() {}

  /** The cluster as the register holds it: provincial since 2019, and {@code more} besides. */
  static CaseSubject subject(Map<DesignationKind, LocalDate> more) {
    Map<DesignationKind, LocalDate> held = new java.util.HashMap<>(more);
    held.put(DesignationKind.PROVINCIAL, PROVINCIAL_SINCE);
    return new CaseSubject(CLUSTER, "南昌县测试产业集群", List.of("360121"), held, Map.of());
  }

  static CaseSubject subject() {
    return subject(Map.of());
  }

  static Instant on(LocalDate day) {
    return day.atTime(10, 0).atZone(LifecycleCase.ZONE).toInstant();
  }

  static Instant days(int n) {
    return APPLIED_AT.plus(Duration.ofDays(n));
  }

  /** The case as stored and loaded again: the service's view after a step. */
  static LifecycleCase reload(LifecycleCase c, CaseSubject subject) {
    return LifecycleCase.restore(CASE_ID, subject, c.kind(), c.openedAt(), c.state(), c.steps());
  }

  static LifecycleCase applied() {
    LifecycleCase c = LifecycleCase.apply(subject(), KIND, NANCHANG, APPLIED_AT, "申报", DOCS);
    c.markStored(CASE_ID);
    c.takeRegisterChanges();
    return reload(c, subject(Map.of()));
  }

  static LifecycleCase underReview() {
    LifecycleCase c = applied();
    c.passFormalCheck(ADMIN, days(1), null, List.of());
    return c;
  }

  static LifecycleCase scored(String... scores) {
    LifecycleCase c = underReview();
    int n = 0;
    for (String score : scores) {
      n++;
      c.recordExpertScore(ADMIN, days(2), "专家" + n, new BigDecimal(score), null, null, List.of());
    }
    return c;
  }

  static LifecycleCase inNotice() {
    LifecycleCase c = scored("80", "85", "90");
    c.openPublicNotice(ADMIN, days(3), NOTICE_STARTS, NOTICE_ENDS, null, List.of());
    return c;
  }

  /** Recognised, and loaded again with the register now holding the designation. */
  static LifecycleCase recognised() {
    LifecycleCase c = inNotice();
    c.recognise(ADMIN, on(RECOGNISED_ON), null, DOCS);
    return reload(c, subject(Map.of(KIND, RECOGNISED_ON)));
  }

  static LifecycleCase warned() {
    LifecycleCase c = recognised();
    c.warn(ADMIN, on(RECOGNISED_ON.plusMonths(13)), "2026 年度评价不合格", List.of());
    return c;
  }

  static LifecycleCase reReview() {
    LifecycleCase c = recognised();
    c.startReReview(ADMIN, on(RE_REVIEW_DUE), null, List.of());
    return c;
  }

  static LifecycleCase rejected() {
    LifecycleCase c = applied();
    c.rejectFormalCheck(ADMIN, days(1), "申报材料不全", List.of());
    return c;
  }

  static LifecycleCase demoted() {
    LifecycleCase c = recognised();
    c.demote(ADMIN, on(RE_REVIEW_DUE), "连续两年评价不合格", DOCS);
    return c;
  }

  static LifecycleCase merged() {
    LifecycleCase c = recognised();
    c.merge(ADMIN, on(RE_REVIEW_DUE), 12L, java.util.Optional.of("南昌另一产业集群"), "两个集群合并", DOCS);
    return c;
  }

  static LifecycleCase revoked() {
    LifecycleCase c = recognised();
    c.revoke(ADMIN, on(RE_REVIEW_DUE), "发生重大安全事故", DOCS);
    return c;
  }

  static LifecycleCase inState(CaseState state) {
    LifecycleCase c =
        switch (state) {
          case APPLIED -> applied();
          case UNDER_REVIEW -> scored("80", "85", "90");
          case IN_NOTICE -> inNotice();
          case RECOGNISED -> recognised();
          case WARNED -> warned();
          case RE_REVIEW -> reReview();
          case REJECTED -> rejected();
          case DEMOTED -> demoted();
          case MERGED -> merged();
          case REVOKED -> revoked();
        };
    c.takeRegisterChanges();
    if (c.state() != state) {
      throw new AssertionError("the fixture reached " + c.state() + ", not " + state);
    }
    return c;
  }

  /** The refusal a change raises; fails when it is not refused. */
  static RuleViolation refusal(Runnable change) {
    try {
      change.run();
    } catch (RuleViolation e) {
      return e;
    }
    throw new AssertionError("not refused");
  }
}
