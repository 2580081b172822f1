package org.clusteratlas.bulletin;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import org.clusteratlas.shared.AccessRefusedException;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.Scope;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/bulletins/{year}?as=published|current}: the bulletin as JSON, text in the
 * request's language; {@code GET …/{year}/revisions}: as published against as revised; {@code POST
 * …/{year}/publications}: records the publication, as the signed-in user (the {@link Actor}
 * parameter, resolved by the security module).
 */
@RestController
@RequestMapping("/api/v1/bulletins")
class BulletinController {

  private final BulletinService bulletins;

  BulletinController(BulletinService bulletins) {
    this.bulletins = bulletins;
  }

  /**
   * The bulletin of {@code year}: as revised ({@code as=current}, the default for the province and
   * viewers) or as published ({@code as=published}, the default, and the only edition, for everyone
   * else: the revised one rests on figures not yet published).
   */
  @GetMapping("/{year}")
  Bulletin bulletin(
      @PathVariable int year,
      @RequestParam(name = "as", required = false) String as,
      Scope scope,
      Locale locale) {
    Bulletin.Edition edition =
        as != null
            ? Bulletin.Edition.ofParameter(as)
            : scope.seesUnpublishedClusterFigures()
                ? Bulletin.Edition.CURRENT
                : Bulletin.Edition.AS_PUBLISHED;
    return switch (edition) {
      case AS_PUBLISHED -> bulletins.asPublished(year, locale);
      case CURRENT -> {
        requireUnpublished(scope, "bulletin/" + year + "/current");
        yield bulletins.current(year, locale);
      }
    };
  }

  @GetMapping("/{year}/revisions")
  BulletinRevisions revisions(@PathVariable int year, Scope scope, Locale locale) {
    requireUnpublished(scope, "bulletin/" + year + "/revisions");
    return bulletins.revisions(year, locale);
  }

  private static void requireUnpublished(Scope scope, String what) {
    if (!scope.seesUnpublishedClusterFigures()) {
      throw new AccessRefusedException(scope, what);
    }
  }

  /** The body of a publication: {@code {"published_on": "2026-03-18"}}. */
  record PublicationRequest(LocalDate publishedOn) {}

  @PostMapping("/{year}/publications")
  ResponseEntity<BulletinPublication> publish(
      @PathVariable int year, @RequestBody PublicationRequest request, Actor actor) {
    BulletinPublication publication = bulletins.publish(year, request.publishedOn(), actor);
    return ResponseEntity.created(URI.create("/api/v1/bulletins/" + year + "?as=published"))
        .body(publication);
  }
}
