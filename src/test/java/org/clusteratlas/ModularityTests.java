package org.clusteratlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules keep to their declared dependencies; their documentation is written.
 */
class ModularityTests {

  private static final ApplicationModules MODULES =
      ApplicationModules.of(ClusterAtlasApplication.class);

  @Test
  void the_modules_have_no_cycles_and_use_only_each_others_exposed_types() {
    MODULES.verify();
  }

  @Test
  void every_top_level_package_is_a_module() {
    assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
        .containsExactlyInAnyOrder(
            "shared",
            "region",
            "industry",
            "cluster",
            "enterprise",
            "statistics",
            "indicator",
            "bulletin",
            "storage",
            "web",
            "cli");
  }

  @Test
  void the_module_documentation_is_written() throws Exception {
    new Documenter(MODULES).writeDocumentation();
    Path docs = Path.of("target", "spring-modulith-docs");
    assertThat(docs.resolve("components.puml")).exists();
    try (var files = Files.list(docs)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .contains("module-cluster.puml", "module-indicator.puml");
    }
  }
}
