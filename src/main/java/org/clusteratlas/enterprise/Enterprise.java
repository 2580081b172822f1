package org.clusteratlas.enterprise;

import java.util.Objects;
import org.clusteratlas.industry.IndustryCode;
import org.clusteratlas.region.RegionCode;
import org.clusteratlas.shared.RuleViolation;

/**
 * An enterprise of the register.
 *
 * @param specialised 专精特新 (specialised, refined, distinctive, innovative SME)
 * @param littleGiant 专精特新"小巨人"
 * @param highTech 高新技术企业
 */
public record Enterprise(
    CreditCode creditCode,
    String name,
    RegionCode region,
    IndustryCode industry,
    boolean specialised,
    boolean littleGiant,
    boolean highTech,
    boolean demo) {

  public Enterprise {
    Objects.requireNonNull(creditCode, "creditCode");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(industry, "industry");
    if (name == null || name.isBlank()) {
      throw new RuleViolation("enterprise.name-missing", creditCode);
    }
    if (littleGiant && !specialised) {
      throw new RuleViolation("enterprise.little-giant-not-specialised", creditCode);
    }
  }
}
