package org.clusteratlas.bulletin;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Map;
import org.clusteratlas.shared.RuleViolation;

/**
 * A year's bulletin.
 *
 * @param asOf the date designations and memberships are taken on (the year's last day)
 * @param dataVersion the data version of the reports the figures were computed from
 * @param edition as published (from the data version recorded with the publication) or as revised
 *     (from the current data version)
 * @param publishedOn the publication date of an {@link Edition#AS_PUBLISHED} bulletin, else null
 * @param editionLabel the edition, date and data version in words, in the bulletin's language
 * @param demo true when any figure rests on demo data (演示数据)
 * @param figures keyed as in published-2025.json, in publishing order
 * @param text the bulletin in the bulletin's language
 * @param target progress towards the province's 2030 target, if one is recorded
 */
public record Bulletin(
    int year,
    LocalDate asOf,
    long dataVersion,
    Edition edition,
    LocalDate publishedOn,
    String editionLabel,
    boolean demo,
    Map<String, Figure> figures,
    String text,
    Target target) {

  /** A policy target and where the year stands against it. */
  public record Target(
      String key, int year, java.math.BigDecimal value, boolean approximate, long current) {}

  /** Which data a bulletin was computed from. */
  public enum Edition {
    /** 按发布时数据: the data version recorded when the bulletin was published. */
    AS_PUBLISHED("as_published", "published"),
    /** 按修订后数据: the current data version, every revision since publication included. */
    CURRENT("current", "current");

    private final String code;
    private final String parameter;

    Edition(String code, String parameter) {
      this.code = code;
      this.parameter = parameter;
    }

    @JsonValue
    public String code() {
      return code;
    }

    /** The edition named by {@code ?as=published|current}; refused for any other word. */
    public static Edition ofParameter(String as) {
      for (Edition e : values()) {
        if (e.parameter.equals(as)) {
          return e;
        }
      }
      throw new RuleViolation("bulletin.as-invalid", as);
    }
  }
}
