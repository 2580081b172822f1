package org.clusteratlas.period;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The default close day comes from {@code atlas.periods.close-day}, 10 when unset. */
class PeriodPropertiesTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(PeriodProperties.class)
  static class Config {}

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(Config.class);

  @Test
  void the_close_day_is_the_tenth_unless_set() {
    runner.run(c -> assertThat(c.getBean(PeriodProperties.class).closeDay()).isEqualTo(10));
  }

  @Test
  void a_close_day_set_in_the_configuration_is_used() {
    runner
        .withPropertyValues("atlas.periods.close-day=15")
        .run(c -> assertThat(c.getBean(PeriodProperties.class).closeDay()).isEqualTo(15));
  }

  @Test
  void a_close_day_after_the_28th_stops_the_start_naming_the_rule() {
    runner
        .withPropertyValues("atlas.periods.close-day=31")
        .run(
            c ->
                assertThat(c.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("period.close-day"));
  }
}
