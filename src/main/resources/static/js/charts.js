// Renders every <div class="chart" data-chart="KIND" data-source="ID"> with ECharts (the global
// `echarts`), from the JSON in <script type="application/json" id="ID">. Kinds: map, bar, pyramid,
// scatter, line. Every word a chart shows comes from that JSON, which the server fills from the
// message bundles; this script holds no text of its own. Runs on DOMContentLoaded and after each
// htmx swap; AtlasCharts.render(root) renders the charts inside root and returns a promise.
(function () {
  'use strict';

  var MAP_NAME = 'jiangxi';
  var DEFAULT_MAP_URL = '/maps/jiangxi.geo.json';
  var PALETTE = ['#0b4f8a', '#d9822b', '#2f8f5b', '#a23b72', '#5b6b7c', '#c9a227'];
  var MAP_COLOURS = ['#dce9f5', '#0b4f8a'];
  var SELECTOR = 'div.chart[data-chart][data-source]';

  var instances = [];
  var mapLoads = {};
  var mapNames = {};

  function language() {
    return document.documentElement.lang || 'zh';
  }

  function reducedMotion() {
    return !!(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  }

  function numberFormat(data) {
    var digits = typeof data.decimals === 'number' ? data.decimals : 2;
    try {
      return new Intl.NumberFormat(language(), { maximumFractionDigits: digits });
    } catch (e) {
      return new Intl.NumberFormat(undefined, { maximumFractionDigits: digits });
    }
  }

  function isNumber(v) {
    return typeof v === 'number' && isFinite(v);
  }

  // a space between the number and a unit in letters ("12.5 billion yuan"), none before a CJK unit
  // or a per cent sign
  function withUnit(text, unit) {
    if (!unit) {
      return text;
    }
    return /^[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF%\u2030]/.test(unit) ? text + unit : text + ' ' + unit;
  }

  function formatter(data, unit) {
    var nf = numberFormat(data);
    return function (v) {
      return isNumber(v) ? withUnit(nf.format(v), unit) : '-';
    };
  }

  // keys may come as snake_case (the application's JSON) or camelCase; the kinds read camelCase
  function camel(value) {
    if (Array.isArray(value)) {
      return value.map(camel);
    }
    if (value && typeof value === 'object') {
      var out = {};
      Object.keys(value).forEach(function (key) {
        out[key.replace(/_([a-z0-9])/g, function (m, c) { return c.toUpperCase(); })] = camel(value[key]);
      });
      return out;
    }
    return value;
  }

  function escape(text) {
    return echarts.format.encodeHTML(text == null ? '' : String(text));
  }

  // follows only links within this site, whatever the data says
  function follow(href) {
    if (!href) {
      return;
    }
    var url;
    try {
      url = new URL(href, window.location.href);
    } catch (e) {
      return;
    }
    if (url.origin === window.location.origin) {
      window.location.assign(url.href);
    }
  }

  function titleWidth(el) {
    return Math.max(el.clientWidth - 48, 80);
  }

  function base(el, data) {
    var font = window.getComputedStyle(document.body).fontFamily;
    var option = {
      animation: !reducedMotion(),
      color: PALETTE,
      textStyle: { fontFamily: font },
      aria: { enabled: true },
      title: {
        text: data.title || '',
        left: 'center',
        top: 4,
        textStyle: { fontSize: 14, fontWeight: 'bold', width: titleWidth(el), overflow: 'truncate' }
      },
      toolbox: {
        right: 4,
        top: 0,
        itemSize: 14,
        feature: {
          saveAsImage: {
            type: 'png',
            pixelRatio: 2,
            backgroundColor: '#ffffff',
            title: data.pngLabel || '',
            name: data.fileName || data.title || 'chart'
          }
        }
      }
    };
    if (data.emptyText && isEmpty(el.getAttribute('data-chart'), data)) {
      option.graphic = [{
        type: 'text',
        left: 'center',
        top: 'middle',
        style: { text: data.emptyText, fill: '#55606c', fontSize: 13, fontFamily: font }
      }];
    }
    return option;
  }

  function isEmpty(kind, data) {
    if (kind === 'map') {
      return !(data.regions || []).some(function (r) { return isNumber(r.value); });
    }
    if (kind === 'scatter') {
      return !(data.points || []).length;
    }
    return !(data.series || []).some(function (s) {
      return (s.values || []).some(isNumber);
    });
  }

  function gaps(values) {
    return (values || []).map(function (v) { return isNumber(v) ? v : '-'; });
  }

  function categoryIndex(data, params) {
    if (params.componentType === 'series') {
      return params.dataIndex;
    }
    if (params.componentType === 'xAxis' || params.componentType === 'yAxis') {
      return (data.categories || []).indexOf(params.value);
    }
    return -1;
  }

  function barOption(el, data, horizontal, labelled) {
    var option = base(el, data);
    var format = formatter(data, data.unit);
    var series = data.series || [];
    var linked = Array.isArray(data.hrefs) && data.hrefs.some(Boolean);
    var legend = series.length > 1;
    var category = {
      type: 'category',
      data: data.categories || [],
      inverse: horizontal,
      triggerEvent: linked,
      axisTick: { alignWithLabel: true },
      axisLabel: horizontal
        ? { width: Math.max(el.clientWidth * 0.3, 60), overflow: 'truncate' }
        : { hideOverlap: true, interval: 'auto' }
    };
    var value = {
      type: 'value',
      name: data.unit || '',
      nameTextStyle: { align: horizontal ? 'right' : 'left' },
      axisLabel: { hideOverlap: true }
    };
    option.legend = legend ? { type: 'scroll', top: 26, data: series.map(function (s) { return s.name; }) } : undefined;
    option.grid = { left: 8, right: horizontal ? 48 : 16, top: legend ? 60 : 44, bottom: 8, containLabel: true };
    option.xAxis = horizontal ? value : category;
    option.yAxis = horizontal ? category : value;
    option.tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: format, confine: true };
    option.series = series.map(function (s) {
      return {
        type: 'bar',
        name: s.name,
        data: gaps(s.values),
        cursor: linked ? 'pointer' : 'default',
        label: labelled
          ? { show: true, position: horizontal ? 'right' : 'top', formatter: function (p) { return format(p.value); } }
          : { show: false }
      };
    });
    return { option: option, link: linked ? function (p) { var i = categoryIndex(data, p); return i >= 0 ? data.hrefs[i] : null; } : null };
  }

  function lineOption(el, data) {
    var option = base(el, data);
    var series = data.series || [];
    var legend = series.length > 1;
    option.legend = legend ? { type: 'scroll', top: 26, data: series.map(function (s) { return s.name; }) } : undefined;
    option.grid = { left: 8, right: 16, top: legend ? 60 : 44, bottom: 8, containLabel: true };
    option.xAxis = { type: 'category', data: data.categories || [], boundaryGap: false, axisLabel: { hideOverlap: true } };
    option.yAxis = { type: 'value', name: data.unit || '', scale: true, axisLabel: { hideOverlap: true } };
    option.tooltip = { trigger: 'axis', valueFormatter: formatter(data, data.unit), confine: true };
    option.series = series.map(function (s) {
      return { type: 'line', name: s.name, data: gaps(s.values), connectNulls: false, symbolSize: 6 };
    });
    return { option: option, link: null };
  }

  function scatterOption(el, data) {
    var option = base(el, data);
    var fx = formatter(data, data.xUnit);
    var fy = formatter(data, data.yUnit);
    var points = (data.points || []).filter(function (p) { return isNumber(p.x) && isNumber(p.y); });
    var linked = points.some(function (p) { return p.href; });
    var logX = !!data.xLog && points.every(function (p) { return p.x > 0; });
    option.grid = { left: 16, right: 24, top: 44, bottom: 36, containLabel: true };
    option.xAxis = {
      type: logX ? 'log' : 'value',
      name: data.xName || '',
      nameLocation: 'middle',
      nameGap: 28,
      scale: !logX,
      axisLabel: { hideOverlap: true }
    };
    option.yAxis = { type: 'value', name: data.yName || '', scale: true, axisLabel: { hideOverlap: true } };
    option.tooltip = {
      trigger: 'item',
      confine: true,
      formatter: function (p) {
        var d = p.data;
        return '<strong>' + escape(d.name) + '</strong><br>' +
          escape(data.xName) + ': ' + escape(fx(d.value[0])) + '<br>' +
          escape(data.yName) + ': ' + escape(fy(d.value[1]));
      }
    };
    option.series = [{
      type: 'scatter',
      symbolSize: 9,
      cursor: linked ? 'pointer' : 'default',
      itemStyle: { opacity: 0.8 },
      data: points.map(function (p) {
        return { name: p.name, value: [p.x, p.y], href: p.href };
      })
    }];
    return { option: option, link: linked ? function (p) { return p.data && p.data.href; } : null };
  }

  function loadMap(url) {
    if (!mapLoads[url]) {
      mapLoads[url] = fetch(url, { credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(response.status + ' ' + url);
          }
          return response.json();
        })
        .then(function (geo) {
          geo.features.forEach(function (f) {
            mapNames[f.properties.adcode] = f.properties.name;
          });
          echarts.registerMap(MAP_NAME, geo);
        });
      mapLoads[url].catch(function () {
        delete mapLoads[url];
      });
    }
    return mapLoads[url];
  }

  function mapOption(el, data) {
    var option = base(el, data);
    var format = formatter(data, data.unit);
    var regions = data.regions || [];
    var values = regions.map(function (r) { return r.value; }).filter(isNumber);
    var min = values.length ? Math.min.apply(null, values) : 0;
    var max = values.length ? Math.max.apply(null, values) : 1;
    if (max === min) {
      max = min + 1;
    }
    var linked = regions.some(function (r) { return r.href; });
    var nf = numberFormat(data);
    // regions are matched by their GB/T 2260 code (the feature's adcode), so the names shown may be
    // in any language
    function label(p) {
      return p.data && p.data.label ? p.data.label : (mapNames[p.name] || p.name);
    }
    option.visualMap = {
      type: 'continuous',
      min: min,
      max: max,
      orient: 'horizontal',
      left: 'center',
      bottom: 4,
      itemHeight: Math.min(el.clientWidth * 0.5, 160),
      calculable: false,
      text: [nf.format(max), nf.format(min)],
      inRange: { color: MAP_COLOURS }
    };
    option.tooltip = {
      trigger: 'item',
      confine: true,
      formatter: function (p) {
        var v = p.data ? p.data.value : null;
        return escape(label(p)) + ': ' + escape(format(v));
      }
    };
    option.series = [{
      type: 'map',
      name: data.seriesName || '',
      map: MAP_NAME,
      nameProperty: 'adcode',
      roam: false,
      selectedMode: false,
      top: 40,
      bottom: 40,
      cursor: linked ? 'pointer' : 'default',
      label: { show: true, fontSize: 10, color: '#1d2733', formatter: label },
      labelLayout: { hideOverlap: true },
      itemStyle: { borderColor: '#ffffff', areaColor: '#eef1f4' },
      emphasis: { label: { show: true }, itemStyle: { areaColor: '#d9822b' } },
      data: regions.map(function (r) {
        return { name: String(r.code), value: isNumber(r.value) ? r.value : null, label: r.name, href: r.href };
      })
    }];
    return { option: option, link: linked ? function (p) { return p.data && p.data.href; } : null };
  }

  var KINDS = {
    bar: function (el, data) { return barOption(el, data, !!data.horizontal, false); },
    pyramid: function (el, data) { return barOption(el, data, true, true); },
    line: lineOption,
    scatter: scatterOption,
    map: mapOption
  };

  function prune() {
    instances = instances.filter(function (chart) {
      if (chart.isDisposed()) {
        return false;
      }
      if (!chart.getDom().isConnected) {
        chart.dispose();
        return false;
      }
      return true;
    });
  }

  function draw(el, kind, data) {
    var old = echarts.getInstanceByDom(el);
    if (old) {
      old.dispose();
    }
    var built = KINDS[kind](el, data);
    var chart = echarts.init(el, null, {
      renderer: 'canvas',
      locale: language().toLowerCase().indexOf('zh') === 0 ? 'ZH' : 'EN'
    });
    chart.setOption(built.option);
    if (built.link) {
      chart.on('click', function (params) {
        follow(built.link(params));
      });
    }
    el.setAttribute('data-rendered', kind);
    instances.push(chart);
    return chart;
  }

  function renderOne(el) {
    var kind = el.getAttribute('data-chart');
    var source = document.getElementById(el.getAttribute('data-source'));
    if (!KINDS[kind] || !source) {
      el.setAttribute('data-rendered', 'error');
      return Promise.resolve(null);
    }
    var data;
    try {
      data = camel(JSON.parse(source.textContent));
    } catch (e) {
      el.setAttribute('data-rendered', 'error');
      return Promise.resolve(null);
    }
    if (kind !== 'map') {
      return Promise.resolve(draw(el, kind, data));
    }
    return loadMap(el.getAttribute('data-map-url') || DEFAULT_MAP_URL).then(
      function () { return draw(el, kind, data); },
      function () { el.setAttribute('data-rendered', 'error'); return null; });
  }

  function render(root) {
    if (typeof echarts === 'undefined') {
      return Promise.resolve([]);
    }
    var scope = root || document;
    var found = [];
    if (scope.matches && scope.matches(SELECTOR)) {
      found.push(scope);
    }
    if (scope.querySelectorAll) {
      Array.prototype.push.apply(found, scope.querySelectorAll(SELECTOR));
    }
    prune();
    return Promise.all(found.map(renderOne));
  }

  var pending = false;
  function resize() {
    if (pending) {
      return;
    }
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      prune();
      instances.forEach(function (chart) {
        chart.resize();
        chart.setOption({ title: { textStyle: { width: titleWidth(chart.getDom()) } } });
      });
    });
  }

  window.AtlasCharts = { render: render };
  window.addEventListener('resize', resize);
  document.addEventListener('htmx:afterSettle', function (event) {
    render(event.target);
  });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { render(document); });
  } else {
    render(document);
  }
})();
