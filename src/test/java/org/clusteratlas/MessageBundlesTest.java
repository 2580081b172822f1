package org.clusteratlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;

/** The Chinese and English message bundles: complete, in step, and rendered as written. */
class MessageBundlesTest {

  private static final Pattern RULE_ID = Pattern.compile("new RuleViolation\\(\\s*\"([^\"]+)\"");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

  @Test
  void every_rule_raised_in_the_main_code_has_a_chinese_and_an_english_message()
      throws IOException {
    Set<String> used = rulesUsedIn(Path.of("src/main/java"));
    assertThat(used).as("rule ids found by scanning src/main/java").hasSizeGreaterThan(40);
    assertThat(bundle("i18n/rules.properties").stringPropertyNames())
        .as("rules.properties")
        .containsAll(used);
    assertThat(bundle("i18n/rules_en.properties").stringPropertyNames())
        .as("rules_en.properties")
        .containsAll(used);
  }

  @Test
  void the_chinese_and_english_rule_bundles_have_the_same_keys() throws IOException {
    assertSameKeys("i18n/rules.properties", "i18n/rules_en.properties");
  }

  @Test
  void the_chinese_and_english_message_bundles_have_the_same_keys() throws IOException {
    assertSameKeys("i18n/messages.properties", "i18n/messages_en.properties");
  }

  @Test
  void each_message_uses_the_same_arguments_in_both_languages() throws IOException {
    for (String[] pair :
        new String[][] {
          {"i18n/rules.properties", "i18n/rules_en.properties"},
          {"i18n/messages.properties", "i18n/messages_en.properties"}
        }) {
      Properties zh = bundle(pair[0]);
      Properties en = bundle(pair[1]);
      TreeMap<String, String> differing = new TreeMap<>();
      for (String key : zh.stringPropertyNames()) {
        if (en.containsKey(key)
            && !placeholders(zh.getProperty(key)).equals(placeholders(en.getProperty(key)))) {
          differing.put(key, zh.getProperty(key) + " | " + en.getProperty(key));
        }
      }
      assertThat(differing).as(pair[0] + " against " + pair[1]).isEmpty();
    }
  }

  @Test
  void every_placeholder_survives_formatting_so_no_apostrophe_swallows_one() throws IOException {
    TreeMap<String, String> broken = new TreeMap<>();
    for (String name :
        new String[] {
          "i18n/rules.properties",
          "i18n/rules_en.properties",
          "i18n/messages.properties",
          "i18n/messages_en.properties"
        }) {
      Properties p = bundle(name);
      for (String key : p.stringPropertyNames()) {
        String pattern = p.getProperty(key);
        Set<Integer> used = placeholders(pattern);
        if (used.isEmpty()) {
          continue;
        }
        Object[] args = new Object[used.stream().mapToInt(i -> i).max().orElse(0) + 1];
        for (int i = 0; i < args.length; i++) {
          args[i] = "<" + i + ">";
        }
        String out = new MessageFormat(pattern, Locale.ROOT).format(args);
        boolean intact = used.stream().allMatch(i -> out.contains("<" + i + ">"));
        if (!intact || out.contains("{") || out.contains("''")) {
          broken.put(name + " " + key, out);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void the_applications_message_source_shows_single_apostrophes_with_and_without_arguments()
      throws IOException {
    Properties app = bundle("application.properties");
    String[] settings =
        app.stringPropertyNames().stream()
            .filter(k -> k.startsWith("spring.messages."))
            .map(k -> k + "=" + app.getProperty(k))
            .toArray(String[]::new);
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MessageSourceAutoConfiguration.class))
        .withPropertyValues(settings)
        .run(
            context -> {
              MessageSource messages = context.getBean(MessageSource.class);
              assertThat(messages.getMessage("bulletin.areas.full", null, Locale.ENGLISH))
                  .isEqualTo("covering all six key areas of the '1269' action plan");
              assertThat(messages.getMessage("bulletin.growth.undefined", null, Locale.ENGLISH))
                  .isEqualTo("growth undefined (last year's value zero or missing)");
              assertThat(
                      messages.getMessage("bulletin.title", new Object[] {"2025"}, Locale.ENGLISH))
                  .isEqualTo("Bulletin on the province's industrial clusters, 2025");
              assertThat(messages.getMessage("bulletin.title", new Object[] {"2025"}, Locale.CHINA))
                  .isEqualTo("2025年全省产业集群发展通报");
              assertThat(messages.getMessage("app.name", null, Locale.GERMAN))
                  .as("a language without a bundle falls back to Chinese, not to the JVM's")
                  .isEqualTo("产业集群全生命周期管理平台");
            });
  }

  private static void assertSameKeys(String chinese, String english) throws IOException {
    Set<String> zh = new TreeSet<>(bundle(chinese).stringPropertyNames());
    Set<String> en = new TreeSet<>(bundle(english).stringPropertyNames());
    assertThat(minus(zh, en)).as("keys of %s missing from %s", chinese, english).isEmpty();
    assertThat(minus(en, zh)).as("keys of %s missing from %s", english, chinese).isEmpty();
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }

  private static Set<Integer> placeholders(String pattern) {
    Set<Integer> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }

  private static Set<String> rulesUsedIn(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .flatMap(
              f -> {
                try {
                  return RULE_ID.matcher(Files.readString(f)).results().map(r -> r.group(1));
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static Properties bundle(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(reader);
      }
    }
    return p;
  }
}
