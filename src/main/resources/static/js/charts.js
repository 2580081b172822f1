// Draws every <div class="chart" data-chart="KIND" data-source="ID"> with ECharts (the global
// `echarts`), from the JSON in <script type="application/json" id="ID">. Kinds: map, bar, pyramid,
// scatter, line. Every word comes from that JSON, which the server fills from its message bundles;
// this script holds no text of its own. A click on a bar, point or region follows its href (within
// this site only); the toolbox's button saves the chart as PNG.
(function () {
  'use strict';

  var MAP_NAME = 'jiangxi';
  var MAP_URL = '/maps/jiangxi.geo.json';
  var COLOURS = ['#0b4f8a', '#d9822b', '#2f8f5b', '#a23b72', '#5b6b7c'];
  var charts = [];
  var mapLoad = null;

  function language() {
    return (document.documentElement.lang || 'zh').toLowerCase();
  }

  function number(v) {
    return typeof v === 'number' && isFinite(v);
  }

  function format(unit) {
    var nf = new Intl.NumberFormat(language(), { maximumFractionDigits: 1 });
    return function (v) {
      if (!number(v)) {
        return '-';
      }
      return unit ? nf.format(v) + ' ' + unit : nf.format(v);
    };
  }

  function follow(href) {
    if (!href) {
      return;
    }
    var url = new URL(href, window.location.href);
    if (url.origin === window.location.origin) {
      window.location.assign(url.href);
    }
  }

  function values(list) {
    return (list || []).map(function (v) { return number(v) ? v : '-'; });
  }

  function base(data) {
    return {
      color: COLOURS,
      textStyle: { fontFamily: window.getComputedStyle(document.body).fontFamily },
      title: { text: data.title || '', left: 'center', top: 2, textStyle: { fontSize: 13 } },
      toolbox: {
        right: 2,
        top: 0,
        itemSize: 14,
        feature: { saveAsImage: { type: 'png', pixelRatio: 2, title: data.pngLabel || '', name: data.title || 'chart' } }
      }
    };
  }

  function bar(data, pyramid) {
    var option = base(data);
    var horizontal = pyramid || !!data.horizontal;
    var series = data.series || [];
    var f = format(data.unit);
    var category = {
      type: 'category',
      data: data.categories || [],
      inverse: horizontal,
      axisLabel: horizontal ? { width: 110, overflow: 'truncate' } : { interval: 0, width: 70, overflow: 'truncate', rotate: 30 }
    };
    var value = { type: 'value', axisLabel: { hideOverlap: true } };
    option.legend = series.length > 1 ? { top: 24 } : undefined;
    option.grid = { left: 8, right: 40, top: series.length > 1 ? 56 : 36, bottom: 8, containLabel: true };
    option.xAxis = horizontal ? value : category;
    option.yAxis = horizontal ? category : value;
    option.tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: f, confine: true };
    option.series = series.map(function (s) {
      return {
        type: 'bar',
        name: s.name,
        data: values(s.values),
        label: pyramid ? { show: true, position: 'right' } : { show: false }
      };
    });
    var hrefs = data.hrefs || [];
    return { option: option, href: function (p) { return hrefs[p.dataIndex]; } };
  }

  function line(data) {
    var option = base(data);
    var series = data.series || [];
    option.legend = series.length > 1 ? { top: 24 } : undefined;
    option.grid = { left: 8, right: 16, top: series.length > 1 ? 56 : 36, bottom: 8, containLabel: true };
    option.xAxis = { type: 'category', data: data.categories || [], boundaryGap: false };
    option.yAxis = { type: 'value', scale: true };
    option.tooltip = { trigger: 'axis', valueFormatter: format(data.unit), confine: true };
    option.series = series.map(function (s) {
      return { type: 'line', name: s.name, data: values(s.values), connectNulls: false };
    });
    return { option: option, href: function () { return null; } };
  }

  function scatter(data) {
    var option = base(data);
    var points = (data.points || []).filter(function (p) { return number(p.x) && number(p.y); });
    var f = format('');
    option.grid = { left: 16, right: 24, top: 36, bottom: 32, containLabel: true };
    option.xAxis = { type: 'value', name: data.xName || '', nameLocation: 'middle', nameGap: 24, scale: true };
    option.yAxis = { type: 'value', name: data.yName || '', scale: true };
    option.tooltip = {
      trigger: 'item',
      confine: true,
      formatter: function (p) {
        var enc = echarts.format.encodeHTML;
        return enc(p.data.name) + '<br>' + enc(data.xName || '') + ': ' + f(p.data.value[0]) +
          '<br>' + enc(data.yName || '') + ': ' + f(p.data.value[1]);
      }
    };
    option.series = [{
      type: 'scatter',
      symbolSize: 9,
      data: points.map(function (p) { return { name: p.name, value: [p.x, p.y], href: p.href }; })
    }];
    return { option: option, href: function (p) { return p.data && p.data.href; } };
  }

  function map(data) {
    var option = base(data);
    var regions = data.regions || [];
    var shown = regions.map(function (r) { return r.value; }).filter(number);
    var f = format(data.unit);
    option.visualMap = {
      min: shown.length ? Math.min.apply(null, shown) : 0,
      max: shown.length ? Math.max.apply(null, shown) : 1,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      calculable: false,
      inRange: { color: ['#dce9f5', '#0b4f8a'] }
    };
    option.tooltip = {
      trigger: 'item',
      confine: true,
      formatter: function (p) {
        var label = p.data ? p.data.label : p.name;
        return echarts.format.encodeHTML(label) + '<br>' + echarts.format.encodeHTML(data.seriesName || '') +
          ': ' + f(p.data ? p.data.value : null);
      }
    };
    option.series = [{
      type: 'map',
      map: MAP_NAME,
      name: data.seriesName || '',
      nameProperty: 'adcode',
      top: 32,
      bottom: 36,
      selectedMode: false,
      label: { show: false },
      data: regions.map(function (r) {
        return { name: String(r.code), value: number(r.value) ? r.value : null, label: r.name, href: r.href };
      })
    }];
    return { option: option, href: function (p) { return p.data && p.data.href; } };
  }

  var KINDS = {
    bar: function (d) { return bar(d, false); },
    pyramid: function (d) { return bar(d, true); },
    line: line,
    scatter: scatter,
    map: map
  };

  function draw(el, kind, data) {
    var built = KINDS[kind](data);
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(built.option);
    chart.on('click', function (p) { follow(built.href(p)); });
    charts.push(chart);
    el.setAttribute('data-rendered', kind);
  }

  function loadMap() {
    if (!mapLoad) {
      mapLoad = fetch(MAP_URL, { credentials: 'same-origin' })
        .then(function (r) { return r.json(); })
        .then(function (geo) { echarts.registerMap(MAP_NAME, geo); });
    }
    return mapLoad;
  }

  function render() {
    if (typeof echarts === 'undefined') {
      return;
    }
    document.querySelectorAll('div.chart[data-chart][data-source]').forEach(function (el) {
      var kind = el.getAttribute('data-chart');
      var source = document.getElementById(el.getAttribute('data-source'));
      if (!KINDS[kind] || !source) {
        return;
      }
      var data = JSON.parse(source.textContent);
      if (kind === 'map') {
        loadMap().then(function () { draw(el, kind, data); });
      } else {
        draw(el, kind, data);
      }
    });
  }

  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', render);
  } else {
    render();
  }
})();
