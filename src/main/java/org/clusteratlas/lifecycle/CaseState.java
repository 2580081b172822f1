package org.clusteratlas.lifecycle;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where a lifecycle case stands. A case in one of the four ended states ({@link #isEnded()}) takes
 * no further step; the others are open, and a cluster has at most one open case per designation
 * kind.
 */
public enum CaseState {
  /** 已申报，待形式审查: applied, awaiting the formal check. */
  APPLIED("已申报（待形式审查）"),
  /** 专家评审中: passed the formal check; experts' scores are being recorded. */
  UNDER_REVIEW("专家评审中"),
  /** 公示中: the public notice is open. */
  IN_NOTICE("公示中"),
  /** 已认定: the designation is held. */
  RECOGNISED("已认定"),
  /** 黄牌警告: held under a warning. */
  WARNED("黄牌警告"),
  /** 复核中: the three-yearly re-review is under way. */
  RE_REVIEW("复核中"),
  /** 未通过: rejected at the formal check, the expert review or the notice. */
  REJECTED("未通过"),
  /** 已降级: the designation revoked and the cluster put on the rung below. */
  DEMOTED("已降级"),
  /** 已合并: the designation revoked on the cluster's merger into another. */
  MERGED("已合并"),
  /** 已撤销: the designation revoked. */
  REVOKED("已撤销");

  private final String chineseName;

  CaseState(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The code as stored and shown, e.g. {@code in_notice}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The name a clerk reads, e.g. 公示中. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether the case has ended: no step may follow. */
  public boolean isEnded() {
    return this == REJECTED || this == DEMOTED || this == MERGED || this == REVOKED;
  }

  /** The state of a stored code; the database admits only the codes above. */
  public static CaseState ofCode(String code) {
    return Arrays.stream(values())
        .filter(s -> s.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown case state " + code));
  }
}
