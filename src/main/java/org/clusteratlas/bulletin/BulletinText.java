package org.clusteratlas.bulletin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** Writes the bulletin's text from its figures; the sentences come from the message bundles. */
final class BulletinText {

  private BulletinText() {}

  static String render(
      int year,
      Map<String, Figure> f,
      long areasCovered,
      long areas,
      Bulletin.Target target,
      boolean demo,
      MessageSource messages,
      Locale locale) {
    StringBuilder text = new StringBuilder();
    if (demo) {
      text.append(messages.getMessage("bulletin.demo", null, locale));
    }
    text.append(
        messages.getMessage(
            "bulletin.lead",
            new Object[] {
              String.valueOf(year),
              plain(f.get("provincial_cluster_count").value()),
              plain(f.get("cluster_revenue").value()),
              growth(f.get("cluster_revenue_growth_pct"), messages, locale),
              plain(f.get("cluster_share_of_provincial_above_scale_revenue_pct").value()),
              plain(f.get("cluster_profit").value()),
              growth(f.get("cluster_profit_growth_pct"), messages, locale)
            },
            locale));
    Figure over100 = f.get("clusters_revenue_over_100bn");
    Figure over50 = f.get("clusters_revenue_over_50bn");
    text.append(
        messages.getMessage(
            "bulletin.tiers",
            new Object[] {
              names(over100.named(), messages, locale),
              plain(over100.value()),
              names(over50.named(), messages, locale),
              plain(over50.value()),
              plain(f.get("clusters_revenue_over_10bn").value())
            },
            locale));
    String coverage =
        areasCovered == areas && areas > 0
            ? messages.getMessage("bulletin.areas.full", null, locale)
            : messages.getMessage(
                "bulletin.areas.partial",
                new Object[] {String.valueOf(areasCovered), String.valueOf(areas)},
                locale);
    Figure national = f.get("national_advanced_manufacturing_clusters");
    text.append(
        messages.getMessage(
            "bulletin.ladder",
            new Object[] {
              plain(f.get("provincial_advanced_manufacturing_clusters").value()),
              coverage,
              plain(f.get("national_sme_characteristic_clusters").value()),
              names(national.named(), messages, locale),
              plain(national.value())
            },
            locale));
    if (target != null) {
      text.append(
          messages.getMessage(
              "bulletin.target",
              new Object[] {
                String.valueOf(target.year()),
                plain(target.value().stripTrailingZeros()),
                String.valueOf(target.current())
              },
              locale));
    }
    return text.toString();
  }

  private static String plain(BigDecimal value) {
    return value == null ? "—" : value.toPlainString();
  }

  private static String growth(Figure pct, MessageSource messages, Locale locale) {
    BigDecimal v = pct.value();
    if (v == null) {
      return messages.getMessage("bulletin.growth.undefined", null, locale);
    }
    String key = v.signum() < 0 ? "bulletin.growth.down" : "bulletin.growth.up";
    return messages.getMessage(key, new Object[] {v.abs().toPlainString()}, locale);
  }

  private static String names(List<String> names, MessageSource messages, Locale locale) {
    return String.join(messages.getMessage("bulletin.list-separator", null, locale), names);
  }
}
