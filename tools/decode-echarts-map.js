// Decodes a province map of the echarts 4.9.0 npm package (package/map/json/province/NAME.json,
// compressed with UTF8Encoding: each coordinate pair is two characters, zigzag- and
// delta-encoded, scaled by 1024, as lib/coord/geo/parseGeoJson.js of that package decodes it)
// into a plain GeoJSON FeatureCollection, and adds each city's GB/T 2260 code as `adcode`.
//
//   node tools/decode-echarts-map.js package/map/json/province/jiangxi.json > jiangxi.geo.json
'use strict';
const fs = require('fs');

const ADCODES = {
  '南昌市': '360100', '景德镇市': '360200', '萍乡市': '360300', '九江市': '360400',
  '新余市': '360500', '鹰潭市': '360600', '赣州市': '360700', '吉安市': '360800',
  '宜春市': '360900', '抚州市': '361000', '上饶市': '361100'
};

function decodeRing(text, offsets, scale) {
  const ring = [];
  let x = offsets[0];
  let y = offsets[1];
  for (let i = 0; i < text.length; i += 2) {
    const dx = text.charCodeAt(i) - 64;
    const dy = text.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

const source = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const scale = source.UTF8Scale == null ? 1024 : source.UTF8Scale;
const features = source.features.map((f) => {
  const g = f.geometry;
  const adcode = ADCODES[f.properties.name];
  if (!adcode || (f.id && f.id !== adcode)) {
    throw new Error('unexpected feature ' + f.id + ' ' + f.properties.name);
  }
  let coordinates = g.coordinates;
  if (source.UTF8Encoding) {
    coordinates = g.type === 'Polygon'
      ? g.coordinates.map((ring, r) => decodeRing(ring, g.encodeOffsets[r], scale))
      : g.coordinates.map((polygon, p) =>
          polygon.map((ring, r) => decodeRing(ring, g.encodeOffsets[p][r], scale)));
  }
  return {
    type: 'Feature',
    id: adcode,
    properties: { name: f.properties.name, adcode: adcode, cp: f.properties.cp },
    geometry: { type: g.type, coordinates: coordinates }
  };
});
process.stdout.write(JSON.stringify({ type: 'FeatureCollection', features: features }) + '\n');
