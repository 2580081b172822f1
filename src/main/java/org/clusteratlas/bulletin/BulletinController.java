package org.clusteratlas.bulletin;

import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/bulletins/{year}}: the bulletin as JSON, text in the request's language. */
@RestController
@RequestMapping("/api/v1/bulletins")
class BulletinController {

  private final BulletinService bulletins;

  BulletinController(BulletinService bulletins) {
    this.bulletins = bulletins;
  }

  @GetMapping("/{year}")
  Bulletin bulletin(@PathVariable int year, Locale locale) {
    return bulletins.compose(year, locale);
  }
}
