package org.clusteratlas.bulletin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** Writes a {@link BulletinRevisions} in words, one line per figure, from the message bundles. */
final class RevisionsText {

  private RevisionsText() {}

  static String render(
      Bulletin published,
      Bulletin revised,
      List<BulletinRevisions.FigureRevision> figures,
      MessageSource messages,
      Locale locale) {
    StringBuilder text = new StringBuilder();
    text.append(
            messages.getMessage(
                "bulletin.revisions.title",
                new Object[] {
                  String.valueOf(published.year()), published.editionLabel(), revised.editionLabel()
                },
                locale))
        .append('\n');
    long changed = 0;
    for (BulletinRevisions.FigureRevision f : figures) {
      String name = messages.getMessage("figure." + f.key(), null, f.key(), locale);
      String unit = messages.getMessage("unit." + f.unit(), null, f.unit(), locale);
      if (!f.changed()) {
        text.append(
            messages.getMessage(
                "bulletin.revisions.same",
                new Object[] {name, plain(f.published().value()), unit},
                locale));
      } else {
        changed++;
        text.append(
            messages.getMessage(
                "bulletin.revisions.changed",
                new Object[] {
                  name,
                  plain(f.published().value()),
                  plain(f.revised().value()),
                  unit,
                  plain(f.published().exact()),
                  plain(f.revised().exact()),
                  signed(f.difference())
                },
                locale));
        if (!f.published().named().equals(f.revised().named())) {
          String separator = messages.getMessage("bulletin.list-separator", null, locale);
          text.append(
              messages.getMessage(
                  "bulletin.revisions.named",
                  new Object[] {
                    String.join(separator, f.published().named()),
                    String.join(separator, f.revised().named())
                  },
                  locale));
        }
      }
      text.append('\n');
    }
    text.append(
        changed == 0
            ? messages.getMessage("bulletin.revisions.none", null, locale)
            : messages.getMessage(
                "bulletin.revisions.count", new Object[] {String.valueOf(changed)}, locale));
    return text.toString();
  }

  private static String plain(BigDecimal value) {
    return value == null ? "—" : value.toPlainString();
  }

  /** The difference with its sign, so that a rise reads +0.02 and a fall −0.02. */
  private static String signed(BigDecimal difference) {
    if (difference == null) {
      return "—";
    }
    String digits = difference.abs().stripTrailingZeros().toPlainString();
    return difference.signum() < 0 ? "−" + digits : difference.signum() > 0 ? "+" + digits : "0";
  }
}
