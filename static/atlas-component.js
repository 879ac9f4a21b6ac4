// Frivillighetsatlas map as a Streamlit component (st.components.v2; ui/leafmap.py's render sends `data`).
// Runs in the page (a shadow root keeps Leaflet's and Streamlit's styles apart). Leaflet and the drawing code are
// the vendored files under /app/static, loaded once per page and then from the browser cache; nothing else is
// fetched. Streamlit calls this function again whenever `data` changes: the map is kept and only restyled.
//
// data: {gk, geom?, outline?, height, present, lang, urls, d}. The geometry (`geom`, `outline`) arrives once per
// browser session; it is kept in window.__atlas.geom under `gk`, and asked for again (trigger `need`) if missing.
// Triggers back to Python: open (municipality code), year (a step of the play control), need (geometry key).
const G = window.__atlas || (window.__atlas = { geom: new Map(), scripts: new Map(), drawn: 0, loading: 0 });
G.loading = G.loading || 0; // maps on the page not drawn yet (ui/firstpaint.py's probe waits for them)

function setLoading(s, on) {
  if (Boolean(s.loading) === on) { return; }
  s.loading = on;
  G.loading = Math.max(0, G.loading + (on ? 1 : -1));
}

function loadScript(src) {
  if (!G.scripts.has(src)) {
    G.scripts.set(src, new Promise((resolve, reject) => {
      const el = document.createElement('script');
      el.src = src;
      el.async = false; // inserted together, fetched in parallel, run in order: Leaflet before the drawing code
      el.fetchPriority = 'high';
      el.onload = () => resolve();
      el.onerror = () => { G.scripts.delete(src); reject(new Error('could not load ' + src)); };
      document.head.appendChild(el);
    }));
  }
  return G.scripts.get(src);
}

function loadStyle(root, href) {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => resolve(); // an unstyled map is better than none
    root.appendChild(link);
  });
}

function skeleton(parent, data) {
  const frame = document.createElement('div');
  const map = document.createElement('div');
  map.className = 'atlas-map';
  map.id = 'atlas-map';
  map.tabIndex = 0;
  const legend = document.createElement('aside');
  legend.className = 'atlas-legend';
  legend.setAttribute('aria-label', data.d.t.legend);
  const hint = document.createElement('p');
  hint.className = 'atlas-hint';
  hint.textContent = data.d.t.scroll;
  const wait = document.createElement('p');
  wait.className = 'atlas-wait';
  frame.append(map, legend, hint, wait);
  parent.appendChild(frame);
  return frame;
}

function dress(frame, data) {
  frame.className = 'atlas-frame ' + (data.present ? 'atlas-present' : 'atlas-normal');
  // The page may size the map itself (presentation mode: the screen's height) through a CSS custom property, which
  // reaches into the shadow root; otherwise the height Python asked for.
  frame.style.height = 'var(--atlas-frame-height, ' + data.height + 'px)';
  frame.lang = data.lang;
}

export default function (component) {
  const { data, parentElement } = component;
  if (!data || !data.d) { return undefined; }
  let s = parentElement.__atlasState;
  if (!s) {
    s = { calls: 0, inst: null, gk: null, api: component };
    s.frame = skeleton(parentElement, data);
    s.ready = Promise.all([
      loadStyle(parentElement, data.urls.leaflet_css),
      loadStyle(parentElement, data.urls.atlas_css),
      // Both at once: on a busy page (Plotly's chunk executing) each callback in between can wait seconds.
      loadScript(data.urls.leaflet_js),
      loadScript(data.urls.atlas_js),
    ]);
    parentElement.__atlasState = s;
  }
  s.api = component;
  if (!s.inst) { setLoading(s, true); }
  const call = ++s.calls;
  const frame = s.frame;
  dress(frame, data);
  const wait = frame.querySelector('.atlas-wait');

  if (data.geom) {
    G.geom.set(data.gk, { geom: JSON.parse(data.geom), outline: JSON.parse(data.outline || '[]') });
  }
  const entry = G.geom.get(data.gk);
  if (!entry) { // told we had the geometry, but this page does not (a reload mid-run): ask for it again
    wait.textContent = data.d.t.wait;
    component.setTriggerValue('need', data.gk);
  } else {
    s.ready.then(() => {
      if (call !== s.calls || s.dead) { return; } // a newer call draws
      wait.textContent = '';
      if (s.inst && s.gk === data.gk) {
        s.inst.update(data.d);
        return;
      }
      if (s.inst) { s.inst.destroy(); }
      s.gk = data.gk;
      s.inst = window.AtlasMap.create(frame, entry.geom, entry.outline, data.d, {
        open: (code) => s.api.setTriggerValue('open', code),
        year: (y) => s.api.setTriggerValue('year', y),
        drawn: (n) => {
          setLoading(s, false);
          G.drawn = n;
          window.postMessage({ atlasDrawn: n }, '*'); // ui/firstpaint.py's probe listens
        },
      });
    }).catch((err) => {
      wait.textContent = String(err && err.message ? err.message : err);
      setLoading(s, false);
      window.postMessage({ atlasFailed: true }, '*'); // no map will come: the probe need not wait for it
    });
  }
  return () => {
    if (call !== s.calls) { return; } // an older call's cleanup: the map lives on
    s.dead = true;
    setLoading(s, false);
    if (s.inst) { s.inst.destroy(); }
    G.drawn = 0; // the next page's first-visit probe (ui/firstpaint.py) waits for its own map
    frame.remove();
    delete parentElement.__atlasState;
  };
}
