package org.clusteratlas.bulletin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.clusteratlas.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page: the latest bulletin with data, until the full web platform arrives. */
@Controller
class HomePage {

  private final BulletinService bulletins;
  private final Clock clock;

  HomePage(BulletinService bulletins, Clock clock) {
    this.bulletins = bulletins;
    this.clock = clock;
  }

  @GetMapping("/")
  String home(@RequestParam(required = false) Integer year, Model model, Locale locale) {
    Bulletin bulletin = year != null ? bulletins.current(year, locale) : latest(locale);
    model.addAttribute("bulletin", bulletin);
    return "home";
  }

  /** The bulletin of the last year before today that has provincial clusters on record. */
  private Bulletin latest(Locale locale) {
    int year = LocalDate.now(clock).getYear() - 1;
    for (int y = year; y > year - 10; y--) {
      try {
        return bulletins.current(y, locale);
      } catch (RuleViolation e) {
        // no clusters on record that year: look one year further back
      }
    }
    return bulletins.current(year, locale);
  }
}
