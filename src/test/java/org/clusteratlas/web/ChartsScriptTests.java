package org.clusteratlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.ReducedMotion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clusteratlas.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.webjars.WebJarVersionLocator;

/**
 * {@code static/js/charts.js} and {@code static/css/atlas.css} in the machine's headless Chromium,
 * without the application: a page of every chart kind and every element of the style sheet ({@code
 * src/test/resources/charts/gallery.html}) is served with the files from the classpath (the web
 * jar's ECharts, the script, the style sheet, the province map) by Playwright's request routing, so
 * no request leaves the browser.
 */
class ChartsScriptTests {

  private static final String ORIGIN = "http://localhost";
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final WebJarVersionLocator WEBJARS = new WebJarVersionLocator();

  private static Chromium chromium;
  private static Browser browser;

  private final List<String> errors = new ArrayList<>();
  private final List<String> followed = new ArrayList<>();
  private BrowserContext context;

  @BeforeAll
  static void launchChromium() {
    chromium = Chromium.launch();
    browser = chromium.browser();
  }

  @AfterAll
  static void closeChromium() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @AfterEach
  void closeContext() {
    if (context != null) {
      context.close();
    }
  }

  private Page open(int width, int height, ReducedMotion motion) {
    context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setReducedMotion(motion)
                .setLocale("zh-CN"));
    context.route("**/*", this::serve);
    Page page = context.newPage();
    page.onPageError(errors::add);
    page.onConsoleMessage(
        m -> {
          if (m.type().equals("error") || m.type().equals("warning")) {
            errors.add(m.text());
          }
        });
    page.navigate(ORIGIN + "/gallery");
    page.waitForFunction(
        "() => document.querySelectorAll('.chart[data-rendered]').length"
            + " === document.querySelectorAll('.chart').length");
    return page;
  }

  private Page open(int width, int height) {
    return open(width, height, ReducedMotion.NO_PREFERENCE);
  }

  /**
   * Serves the page and the files it loads from the classpath; anything else is a followed link.
   */
  private void serve(Route route) {
    URI uri = URI.create(route.request().url());
    String path = uri.getPath();
    String resource = null;
    String type = null;
    if (uri.getHost().equals("localhost") && path.equals("/gallery")) {
      resource = "charts/gallery.html";
      type = "text/html; charset=utf-8";
    } else if (path.startsWith("/webjars/echarts/")) {
      resource = WEBJARS.fullPath("echarts", path.substring("/webjars/echarts/".length()));
      type = "text/javascript";
    } else if (path.startsWith("/js/") || path.startsWith("/css/") || path.startsWith("/maps/")) {
      resource = "static" + path;
      type =
          path.endsWith(".js")
              ? "text/javascript"
              : path.endsWith(".css") ? "text/css" : "application/json";
    }
    if (resource == null) {
      followed.add(route.request().url());
      route.fulfill(
          new Route.FulfillOptions()
              .setStatus(200)
              .setContentType("text/html; charset=utf-8")
              .setBody("<!DOCTYPE html><title>followed</title>"));
      return;
    }
    route.fulfill(
        new Route.FulfillOptions()
            .setStatus(200)
            .setContentType(type)
            .setBodyBytes(classpath(resource)));
  }

  private static byte[] classpath(String resource) {
    try (InputStream in = ChartsScriptTests.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object option(Page page, String chart, String expression) {
    return page.evaluate(
        "([id, expr]) => { const o = echarts.getInstanceByDom(document.getElementById(id))"
            + ".getOption(); return new Function('o', 'return ' + expr)(o); }",
        List.of(chart, expression));
  }

  @Test
  void every_kind_is_drawn_on_a_canvas_with_a_png_download_labelled_from_the_json() {
    Page page = open(1366, 900);
    Map<String, String> kinds =
        Map.of(
            "c-map", "map",
            "c-pyramid", "pyramid",
            "c-bar", "bar",
            "c-scatter", "scatter",
            "c-line", "line",
            "c-empty", "bar");
    kinds.forEach(
        (id, kind) -> {
          assertThat(page.locator("#" + id).getAttribute("data-rendered")).as(id).isEqualTo(kind);
          assertThat(page.locator("#" + id + " canvas").count()).as(id).isPositive();
          assertThat(option(page, id, "o.toolbox[0].feature.saveAsImage.title"))
              .as(id)
              .isEqualTo("保存为图片");
          assertThat(option(page, id, "o.toolbox[0].feature.saveAsImage.type")).isEqualTo("png");
          assertThat(option(page, id, "o.toolbox[0].feature.saveAsImage.pixelRatio")).isEqualTo(2);
          assertThat(option(page, id, "Object.keys(o.toolbox[0].feature)"))
              .asList()
              .containsExactly("saveAsImage");
          assertThat(option(page, id, "o.animation")).as(id).isEqualTo(true);
        });
    assertThat(option(page, "c-map", "o.series[0].type")).isEqualTo("map");
    assertThat(option(page, "c-map", "[o.visualMap[0].min, o.visualMap[0].max]"))
        .asList()
        .containsExactly(30.5, 123.4);
    assertThat(option(page, "c-pyramid", "o.yAxis[0].data"))
        .as("the pyramid keeps the order given, first at the top")
        .asList()
        .containsExactly("千亿级", "五百亿级", "百亿级", "百亿以下");
    assertThat(option(page, "c-pyramid", "o.yAxis[0].inverse")).isEqualTo(true);
    assertThat(option(page, "c-bar", "o.xAxis[0].type")).isEqualTo("category");
    assertThat(option(page, "c-line", "o.series[0].data[2]")).as("a null is a gap").isEqualTo("-");
    assertThat(option(page, "c-scatter", "o.xAxis[0].name"))
        .as("snake_case keys are read too")
        .isEqualTo("营业收入（亿元）");
    assertThat(option(page, "c-scatter", "o.xAxis[0].type")).isEqualTo("log");
    assertThat(option(page, "c-empty", "o.graphic[0].elements[0].style.text")).isEqualTo("暂无数据");
    assertThat(errors).isEmpty();
  }

  @Test
  void the_map_tooltip_shows_name_value_and_unit_and_a_click_follows_the_regions_link() {
    Page page = open(1366, 900);
    page.evaluate(
        "() => echarts.getInstanceByDom(document.getElementById('c-map'))"
            + ".dispatchAction({type: 'showTip', seriesIndex: 0, name: '360100'})");
    page.waitForFunction("() => document.querySelector('#c-map').innerText.includes('123.4')");
    assertThat(page.locator("#c-map").innerText()).contains("南昌市: 123.4亿元");

    clickAt(page, "c-map", "{seriesIndex: 0}", "[115.9, 28.4]");
    page.waitForURL(ORIGIN + "/regions/360100");
    assertThat(followed).containsExactly(ORIGIN + "/regions/360100");
  }

  @Test
  void a_link_to_another_site_in_the_data_is_not_followed() {
    Page page = open(1366, 900);
    clickAt(page, "c-map", "{seriesIndex: 0}", "[117.97, 28.44]");
    page.waitForTimeout(300);
    assertThat(page.url()).isEqualTo(ORIGIN + "/gallery");
    assertThat(followed).isEmpty();
  }

  @Test
  void clicks_on_a_point_and_on_a_bar_follow_their_links() {
    Page page = open(1366, 900);
    clickAt(page, "c-scatter", "{seriesIndex: 0}", "[1500, 6.1]");
    page.waitForURL(ORIGIN + "/clusters/2");

    page = open(1366, 900);
    clickAt(page, "c-pyramid", "{seriesIndex: 0}", "[20, '百亿级']");
    page.waitForURL(ORIGIN + "/clusters?tier=100");
  }

  @Test
  void reduced_motion_turns_the_animation_off() {
    Page page = open(1366, 900, ReducedMotion.REDUCE);
    for (String id : List.of("c-map", "c-pyramid", "c-bar", "c-scatter", "c-line")) {
      assertThat(option(page, id, "o.animation")).as(id).isEqualTo(false);
    }
  }

  @Test
  void on_a_phone_nothing_is_wider_than_the_screen_and_the_charts_follow_a_resize()
      throws IOException {
    Page page = open(390, 844);
    assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(390);
    assertThat(page.evaluate("() => document.querySelector('#c-line').clientHeight"))
        .isEqualTo(280);
    assertThat(
            page.evaluate(
                "() => [...document.querySelectorAll('.chart')].every(c =>"
                    + " echarts.getInstanceByDom(c).getWidth() === c.clientWidth"
                    + " && c.getBoundingClientRect().right <= 390)"))
        .isEqualTo(true);
    assertThat(
            page.evaluate(
                "() => { const w = document.querySelector('.table-wrap');"
                    + " return w.scrollWidth > w.clientWidth; }"))
        .as("the wide table scrolls inside its box")
        .isEqualTo(true);
    Files.createDirectories(SCREENSHOTS);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("charts-390x844.png"))
            .setFullPage(true));

    page.setViewportSize(1366, 900);
    page.waitForFunction(
        "() => { const c = document.querySelector('#c-line');"
            + " return echarts.getInstanceByDom(c).getWidth() === c.clientWidth"
            + " && c.clientWidth > 1000 && c.clientHeight === 340; }");
    assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(1366);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("charts-1366x900.png"))
            .setFullPage(true));
    assertThat(errors).isEmpty();
  }

  @Test
  void render_draws_charts_added_later_and_replaces_a_chart_drawn_before() {
    Page page = open(1366, 900);
    Object count =
        page.evaluate(
            "() => { const box = document.createElement('div');"
                + " box.innerHTML = '<div class=\"chart\" id=\"c-new\" data-chart=\"line\""
                + " data-source=\"d-new\"></div>';"
                + " const data = document.createElement('script');"
                + " data.type = 'application/json'; data.id = 'd-new';"
                + " data.textContent = JSON.stringify({title: 'T', unit: 'u', pngLabel: 'P',"
                + " categories: ['a', 'b'], series: [{name: 's', values: [1, 2]}]});"
                + " document.body.append(data, box);"
                + " return AtlasCharts.render(box).then(r => r.length); }");
    assertThat(count).isEqualTo(1);
    assertThat(option(page, "c-new", "o.title[0].text")).isEqualTo("T");
    assertThat(page.evaluate("() => AtlasCharts.render(document).then(r => r.length)"))
        .isEqualTo(7);
    assertThat(page.locator("#c-new canvas").count()).isEqualTo(1);
    assertThat(errors).isEmpty();
  }

  /** Clicks the chart where the series puts the given data coordinates. */
  private static void clickAt(Page page, String chart, String finder, String coordinates) {
    page.locator("#" + chart).scrollIntoViewIfNeeded();
    @SuppressWarnings("unchecked")
    List<Number> at =
        (List<Number>)
            page.evaluate(
                "([id, finder, xy]) => { const el = document.getElementById(id);"
                    + " const f = new Function('return ' + finder)();"
                    + " const p = echarts.getInstanceByDom(el).convertToPixel(f,"
                    + " new Function('return ' + xy)());"
                    + " const r = el.getBoundingClientRect();"
                    + " return [r.left + p[0], r.top + p[1]]; }",
                List.of(chart, finder, coordinates));
    assertThat(at).hasSize(2);
    page.mouse().click(at.get(0).doubleValue(), at.get(1).doubleValue());
  }
}
