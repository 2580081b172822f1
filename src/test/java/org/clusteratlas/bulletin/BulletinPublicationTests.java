package org.clusteratlas.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.clusteratlas.AtlasIntegrationTest;
import org.clusteratlas.indicator.IndicatorReadModel;
import org.clusteratlas.shared.Actor;
import org.clusteratlas.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Recording a bulletin's publication, and the rules that refuse one; rolled back after each. */
@AtlasIntegrationTest
@Transactional
class BulletinPublicationTests {

  private static final Actor ADMIN = Actor.provinceAdministrator("测试员");

  @Autowired BulletinService bulletins;
  @Autowired IndicatorReadModel indicators;

  private static void refusedBy(String rule, Executable action) {
    assertThatThrownBy(action::execute)
        .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(rule));
  }

  @Test
  void the_demo_load_recorded_the_2025_bulletin_as_published_at_the_press_conference() {
    BulletinPublication publication = bulletins.publication(2025).orElseThrow();

    assertThat(publication.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 18));
    assertThat(publication.actorName()).isEqualTo("demo");
    assertThat(publication.actorRole()).isEqualTo("PROVINCE_ADMIN");
    assertThat(publication.actorRegion()).isEqualTo("360000");
  }

  @Test
  void a_publication_records_the_data_version_current_then_and_who_published() {
    long current = indicators.currentVersion();

    BulletinPublication publication = bulletins.publish(2024, LocalDate.of(2025, 3, 20), ADMIN);

    assertThat(publication.dataVersion()).isEqualTo(current);
    assertThat(publication.actorName()).isEqualTo("测试员");
    assertThat(publication.recordedAt()).isNotNull();
    Bulletin asPublished = bulletins.asPublished(2024);
    assertThat(asPublished.dataVersion()).isEqualTo(current);
    assertThat(asPublished.publishedOn()).isEqualTo(LocalDate.of(2025, 3, 20));
    assertThat(asPublished.figures()).isEqualTo(bulletins.current(2024).figures());
  }

  @Test
  void a_second_publication_of_the_same_year_is_refused_and_the_first_stands() {
    refusedBy(
        "bulletin.already-published",
        () -> bulletins.publish(2025, LocalDate.of(2026, 4, 1), ADMIN));
    assertThat(bulletins.publication(2025).orElseThrow().publishedOn())
        .isEqualTo(LocalDate.of(2026, 3, 18));
  }

  @Test
  void only_an_actor_answering_for_the_province_may_publish() {
    Actor city = new Actor("南昌市工信局", Actor.Role.CITY_OFFICER, "360100");

    refusedBy(
        "bulletin.publisher-not-province",
        () -> bulletins.publish(2024, LocalDate.of(2025, 3, 20), city));
    assertThat(bulletins.publication(2024)).isEmpty();
  }

  @Test
  void a_bulletin_cannot_be_published_before_its_year_has_ended() {
    refusedBy(
        "bulletin.published-before-year-end",
        () -> bulletins.publish(2024, LocalDate.of(2024, 12, 31), ADMIN));
  }

  @Test
  void a_year_without_a_publication_has_no_bulletin_as_published_nor_revisions() {
    refusedBy("bulletin-publication.unknown", () -> bulletins.asPublished(2021));
    refusedBy("bulletin-publication.unknown", () -> bulletins.revisions(2021));
  }
}
