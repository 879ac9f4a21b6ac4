// Runs static/atlas-component.js (the map's Streamlit component module) in Node against a minimal fake DOM and
// prints what it did as JSON, for tests/test_map_component_js.py. No browser, no network: loading a <script> or
// <link> "succeeds" on the next tick, and the drawing code (window.AtlasMap) is a recorder.
import { readFileSync } from 'node:fs';

const log = [];
const tick = () => new Promise((r) => setTimeout(r, 0));

class FakeElement {
  constructor(tag) {
    this.tagName = tag.toUpperCase();
    this.children = [];
    this.attributes = {};
    this.style = {};
    this.className = '';
    this.textContent = '';
    this.parent = null;
  }
  appendChild(child) { child.parent = this; this.children.push(child); if (this.onAppend) { this.onAppend(child); } return child; }
  append(...kids) { kids.forEach((k) => this.appendChild(k)); }
  remove() { if (this.parent) { this.parent.children = this.parent.children.filter((c) => c !== this); this.parent = null; } }
  setAttribute(k, v) { this.attributes[k] = String(v); }
  getAttribute(k) { return this.attributes[k]; }
  querySelector(sel) {
    const cls = sel.startsWith('.') ? sel.slice(1) : null;
    for (const c of this.children) {
      if (cls && c.className.split(' ').includes(cls)) { return c; }
      const found = c.querySelector(sel);
      if (found) { return found; }
    }
    return null;
  }
}

const head = new FakeElement('head');
head.onAppend = (el) => {
  log.push(['script', el.src]);
  setTimeout(() => {
    if (el.src.includes('atlas-map.js')) { globalThis.window.AtlasMap = fakeAtlas; }
    el.onload();
  }, 0);
};
globalThis.document = { head, createElement: (tag) => new FakeElement(tag) };
const instances = [];
const fakeAtlas = {
  create(root, geom, outline, d, hooks) {
    const inst = { geom, outline, d, hooks, updates: [], destroyed: false,
                   update(nd) { this.updates.push(nd.title); }, destroy() { this.destroyed = true; } };
    instances.push(inst);
    log.push(['create', geom.k, d.title]);
    hooks.drawn(geom.k.length);
    return inst;
  },
};
const posted = [];
globalThis.window = { postMessage: (m) => posted.push(m) };

function parent() {
  const p = new FakeElement('shadow');
  p.onAppend = (el) => { if (el.tagName === 'LINK') { log.push(['link', el.href]); setTimeout(() => el.onload(), 0); } };
  return p;
}

function data(gk, title, withGeom) {
  const out = { gk, height: 400, present: false, lang: 'nb',
                urls: { leaflet_js: '/app/static/vendor/leaflet/leaflet.js?v=1', leaflet_css: '/app/static/l.css?v=1',
                        atlas_js: '/app/static/atlas-map.js?v=1', atlas_css: '/app/static/atlas-map.css?v=1' },
                d: { title, t: { legend: 'Tegnforklaring', scroll: 'Klikk', wait: 'Henter kartet' } } };
  if (withGeom) { out.geom = JSON.stringify({ d: 4, k: ['0301', '4601'], n: ['Oslo', 'Bergen'], g: [] }); out.outline = '[]'; }
  return out;
}

function api(name, p, d) {
  return { data: d, parentElement: p,
           setTriggerValue: (k, v) => log.push(['trigger', name, k, v]) };
}

const source = readFileSync(process.argv[2], 'utf8');
const mod = await import('data:text/javascript,' + encodeURIComponent(source));
const component = mod.default;

const p1 = parent();
const cleanup1 = component(api('first', p1, data('g1', 'A', true)));
await tick(); await tick(); await tick();
const cleanup2 = component(api('second', p1, data('g1', 'B', false)));   // a rerun: no geometry, new colours
await tick();
instances[0].hooks.open('0301');                                         // a click after the second run
instances[0].hooks.year(2019);
const cleanup3 = component(api('third', p1, data('g2', 'C', false)));    // a geometry this page never got
await tick();
cleanup1();                                                              // an older call's cleanup: map stays
const afterOld = instances[0].destroyed;
cleanup3();                                                              // unmount
const p2 = parent();                                                     // a second map on another page
component(api('other', p2, data('g1', 'D', false)));                     // geometry kept from the first
await tick(); await tick(); await tick();

console.log(JSON.stringify({
  log, posted, updates: instances[0].updates, destroyedAfterOldCleanup: afterOld,
  destroyedAfterUnmount: instances[0].destroyed, frameLeft: p1.children.filter((c) => c.tagName === 'DIV').length,
  frameHeight: p2.children.find((c) => c.tagName === 'DIV').style.height, instances: instances.length,
  waitText: p1.__atlasState ? null : 'gone', cleanup2: typeof cleanup2,
}));
