package org.clusteratlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  void every_top_level_package_is_a_module_that_says_what_it_owns() throws Exception {
    Path root = Path.of("src", "main", "java", "org", "clusteratlas");
    List<String> packages;
    try (var entries = Files.list(root)) {
      packages = entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
    }
    assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
        .containsExactlyInAnyOrderElementsOf(packages);
    for (String module : packages) {
      Path info = root.resolve(module).resolve("package-info.java");
      assertThat(info).as(module).exists();
      assertThat(Files.readString(info))
          .as(module)
          .contains("/**")
          .contains("ApplicationModule(displayName");
    }
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
