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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;

/** The Chinese and English message bundles: complete, in step, and rendered as written. */
class MessageBundlesTest {

  private static final Pattern RULE_ID = Pattern.compile("new RuleViolation\\(\\s*\"([^\"]+)\"");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Path SCRIPTS = Path.of("src/main/resources/static/js");

  /** A letter of any script: Latin, CJK ideographs, kana, hangul … */
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  /** Thymeleaf's inlined expressions, {@code [[…]]} and {@code [(…)]}: not text as written. */
  private static final Pattern INLINED =
      Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

  /** {@code #{key}} and {@code #{key(args)}}. */
  private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{\\s*([A-Za-z0-9_.\\-]+)\\s*[}(]");

  /** {@code #{'prefix.' + …}}: a key built at run time, of which the prefix is checked. */
  private static final Pattern MESSAGE_PREFIX = Pattern.compile("#\\{\\s*'([^']+)'\\s*\\+");

  /** {@code #messages.msg('key', …)} and its relatives. */
  private static final Pattern MESSAGES_CALL =
      Pattern.compile("#messages\\.msg\\w*\\(\\s*'([A-Za-z0-9_.\\-]+)'");

  /** Attributes a person reads or hears, which must come from a bundle when they hold words. */
  private static final List<String> READ_ATTRIBUTES =
      List.of("title", "placeholder", "aria-label", "alt");

  /**
   * Thymeleaf attributes that replace an element's whole body, so the text written in it is a
   * mock-up.
   */
  private static final List<String> BODY_REPLACED = List.of("text", "utext", "replace", "insert");

  /** Ideographs, kana, hangul, CJK punctuation and full-width forms. */
  private static final Pattern CJK =
      Pattern.compile(
          "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\u3000-\\u303F\\uFF00-\\uFFEF]");

  /** Two words of letters with a space between: a sentence or a label, not an identifier or URL. */
  private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,}\\s+[A-Za-z]{2,}");

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

  @Test
  void no_template_shows_text_that_is_not_from_a_message_bundle() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : templates()) {
      Document doc = Jsoup.parse(Files.readString(file), "");
      String name = TEMPLATES.relativize(file).toString();
      for (Element element : doc.getAllElements()) {
        for (TextNode node : element.textNodes()) {
          String text = INLINED.matcher(node.getWholeText()).replaceAll("").strip();
          if (LETTER.matcher(text).find() && !bodyReplaced(element)) {
            found.add(name + ": <" + element.tagName() + "> " + text);
          }
        }
        for (String attribute : readAttributes(element)) {
          String value = element.attr(attribute);
          if (LETTER.matcher(value).find() && !setByThymeleaf(element, attribute)) {
            found.add(name + ": <" + element.tagName() + " " + attribute + "=\"" + value + "\">");
          }
        }
      }
    }
    assertThat(found)
        .as("text written into templates instead of th:text / th:%s from the bundles", "attr")
        .isEmpty();
  }

  @Test
  void the_templates_self_check_finds_hard_coded_text_and_accepts_text_from_the_bundles() {
    Document doc =
        Jsoup.parse(
            """
            <p>Hard-coded</p><p th:text="#{a}">mock-up</p><p>12 · 3%</p>
            <div th:text="#{a}">x <b>inner</b></div>
            <button title="Close">×</button><button th:title="#{a}" title="x">·</button>
            <input placeholder="姓名"><img th:attr="alt=#{a}" alt="x"><span>[[#{a}]]</span>
            <div th:replace="~{f :: g}">mock-up</div><th:block>文字</th:block>
            """,
            "");
    List<String> texts = new ArrayList<>();
    List<String> attributes = new ArrayList<>();
    for (Element element : doc.getAllElements()) {
      for (TextNode node : element.textNodes()) {
        String text = INLINED.matcher(node.getWholeText()).replaceAll("").strip();
        if (LETTER.matcher(text).find() && !bodyReplaced(element)) {
          texts.add(text);
        }
      }
      for (String attribute : readAttributes(element)) {
        if (LETTER.matcher(element.attr(attribute)).find() && !setByThymeleaf(element, attribute)) {
          attributes.add(attribute + "=" + element.attr(attribute));
        }
      }
    }
    assertThat(texts).containsExactly("Hard-coded", "文字");
    assertThat(attributes).containsExactly("title=Close", "placeholder=姓名");
  }

  @Test
  void every_message_key_a_template_uses_is_in_both_bundles() throws IOException {
    Set<String> zh = bundle("i18n/messages.properties").stringPropertyNames();
    Set<String> en = bundle("i18n/messages_en.properties").stringPropertyNames();
    List<String> missing = new ArrayList<>();
    int used = 0;
    for (Path file : templates()) {
      String name = TEMPLATES.relativize(file).toString();
      String text = Files.readString(file);
      for (Pattern keys : List.of(MESSAGE_KEY, MESSAGES_CALL)) {
        for (String key : keys.matcher(text).results().map(r -> r.group(1)).toList()) {
          used++;
          if (!zh.contains(key)) {
            missing.add(name + ": " + key + " (messages.properties)");
          }
          if (!en.contains(key)) {
            missing.add(name + ": " + key + " (messages_en.properties)");
          }
        }
      }
      for (String prefix : MESSAGE_PREFIX.matcher(text).results().map(r -> r.group(1)).toList()) {
        used++;
        if (zh.stream().noneMatch(k -> k.startsWith(prefix))) {
          missing.add(name + ": " + prefix + "… (messages.properties)");
        }
        if (en.stream().noneMatch(k -> k.startsWith(prefix))) {
          missing.add(name + ": " + prefix + "… (messages_en.properties)");
        }
      }
    }
    assertThat(used).as("message keys found in the templates").isGreaterThan(20);
    assertThat(missing).isEmpty();
  }

  @Test
  void the_scripts_hold_no_text_for_people_since_it_comes_from_the_pages() throws IOException {
    List<Path> scripts;
    try (Stream<Path> files = Files.list(SCRIPTS)) {
      scripts = files.filter(f -> f.toString().endsWith(".js")).sorted().toList();
    }
    assertThat(scripts).isNotEmpty();
    List<String> found = new ArrayList<>();
    for (Path script : scripts) {
      String source = Files.readString(script);
      Matcher cjk = CJK.matcher(source);
      while (cjk.find()) {
        found.add(script.getFileName() + ": CJK at offset " + cjk.start());
      }
      for (String literal : stringLiterals(source)) {
        if (WORDS.matcher(literal).find() && !literal.equals("use strict")) {
          found.add(script.getFileName() + ": '" + literal + "'");
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void the_scripts_self_check_reads_string_literals_and_skips_comments_and_regexes() {
    String source =
        """
        // a comment with words in it
        var a = 'one', b = "two words", c = `three ${x} more words`;
        /* block comment's quote */ var r = /it's/g, d = x / 2 / 'y';
        var e = 'esc\\'aped';
        """;
    assertThat(stringLiterals(source))
        .containsExactly("one", "two words", "three ${x} more words", "y", "esc\\'aped");
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      List<Path> found = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
      assertThat(found).as("templates under " + TEMPLATES).isNotEmpty();
      return found;
    }
  }

  private static boolean hasThymeleaf(Element element, String attribute) {
    return element.hasAttr("th:" + attribute) || element.hasAttr("data-th-" + attribute);
  }

  private static String thymeleaf(Element element, String attribute) {
    return element.hasAttr("th:" + attribute)
        ? element.attr("th:" + attribute)
        : element.attr("data-th-" + attribute);
  }

  /** The element or one around it has its body replaced by Thymeleaf, or removed. */
  private static boolean bodyReplaced(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      for (String attribute : BODY_REPLACED) {
        if (hasThymeleaf(e, attribute)) {
          return true;
        }
      }
      String remove = thymeleaf(e, "remove").strip();
      if (remove.equals("all") || remove.equals("body")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> readAttributes(Element element) {
    List<String> names = new ArrayList<>(READ_ATTRIBUTES);
    String type = element.attr("type").toLowerCase(Locale.ROOT);
    if (element.tagName().equals("input") && Set.of("submit", "button", "reset").contains(type)) {
      names.add("value");
    }
    return names.stream().filter(element::hasAttr).toList();
  }

  /** Thymeleaf sets the attribute: th:title, th:alt-title, or th:attr / th:attrappend naming it. */
  private static boolean setByThymeleaf(Element element, String attribute) {
    if (hasThymeleaf(element, attribute)
        || ((attribute.equals("alt") || attribute.equals("title"))
            && hasThymeleaf(element, "alt-title"))) {
      return true;
    }
    Pattern named = Pattern.compile("(^|[\\s,])" + Pattern.quote(attribute) + "\\s*=");
    return named.matcher(thymeleaf(element, "attr")).find();
  }

  /**
   * The string literals of a script ('…', "…" and `…`, as written between the quotes), skipping
   * comments and regular-expression literals (a slash where an operand is expected).
   */
  static List<String> stringLiterals(String js) {
    List<String> literals = new ArrayList<>();
    char previous = '(';
    int i = 0;
    while (i < js.length()) {
      char c = js.charAt(i);
      if (c == '/' && i + 1 < js.length() && js.charAt(i + 1) == '/') {
        int end = js.indexOf('\n', i);
        i = end < 0 ? js.length() : end;
      } else if (c == '/' && i + 1 < js.length() && js.charAt(i + 1) == '*') {
        int end = js.indexOf("*/", i + 2);
        i = end < 0 ? js.length() : end + 2;
      } else if (c == '\'' || c == '"' || c == '`') {
        int end = closing(js, i + 1, c);
        literals.add(js.substring(i + 1, end));
        i = end + 1;
        previous = c;
      } else if (c == '/' && "(,=:[!&|?{};+-*%<>~^".indexOf(previous) >= 0) {
        boolean inClass = false;
        int j = i + 1;
        while (j < js.length()) {
          char r = js.charAt(j);
          if (r == '\\') {
            j++;
          } else if (r == '[') {
            inClass = true;
          } else if (r == ']') {
            inClass = false;
          } else if ((r == '/' && !inClass) || r == '\n') {
            break;
          }
          j++;
        }
        i = j + 1;
        previous = '/';
      } else {
        if (!Character.isWhitespace(c)) {
          previous = c;
        }
        i++;
      }
    }
    return literals;
  }

  private static int closing(String js, int from, char quote) {
    int j = from;
    while (j < js.length() && js.charAt(j) != quote) {
      j += js.charAt(j) == '\\' ? 2 : 1;
    }
    return Math.min(j, js.length());
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
