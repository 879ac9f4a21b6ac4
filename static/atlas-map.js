/* Frivillighetsatlas choropleth (see ui/leafmap.py). Draws municipality polygons as SVG paths with Leaflet; no
 * tiles, no network. Text from the data is only ever set with textContent / value, never parsed as HTML.
 *
 * Two ways in:
 *  - window.AtlasMap.create(root, geom, outline, d, hooks): used by the Streamlit component (ui/leafmap.py's
 *    component module), which builds `root` inside the page, and calls instance.update(d) when only colours,
 *    texts, highlight, title or year change (the geometry stays drawn).
 *  - a standalone document (ui/leafmap.choropleth_html, the presentation pack): JSON blocks #atlas-geom,
 *    #atlas-data, #atlas-outline and a server-written legend; drawn on load into document.body.
 *
 * geom: {d: decimals, k: keys, n: names, g: delta-encoded polygons}; d: colours (p, i), tooltip texts (x),
 * highlight (h), bounds (b), stroke widths, UI strings (t), and optionally legend (legend), title, clickable,
 * play ({first, last, year}). hooks: open(code), year(y), drawn(n) - all optional. */
(function () {
  'use strict';

  function readJSON(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  // [x0, y0, dx1, dy1, ...] integers (lon/lat x 10^d) -> [LatLng, ...] (LatLng objects directly: Leaflet would
  // otherwise convert each [lat, lng] pair again)
  function decodeRing(a, s) {
    var LatLng = window.L.LatLng, out = new Array(a.length / 2), x = 0, y = 0;
    for (var i = 0, j = 0; i < a.length; i += 2, j++) {
      x += a[i];
      y += a[i + 1];
      out[j] = new LatLng(y * s, x * s);
    }
    return out;
  }

  function decodePolygons(polys, s) {
    return polys.map(function (rings) {
      return rings.map(function (r) { return decodeRing(r, s); });
    });
  }

  function tipNode(name, text, hint) {
    var div = document.createElement('div');
    var strong = document.createElement('strong');
    strong.textContent = name;
    div.appendChild(strong);
    if (text) {
      var span = document.createElement('span');
      span.textContent = text;
      div.appendChild(span);
    }
    if (hint) {
      var small = document.createElement('small');
      small.className = 'atlas-tip-hint';
      small.textContent = hint;
      div.appendChild(small);
    }
    return div;
  }

  // The legend from data (component mode): every label with textContent, colours are #rrggbb checked in Python.
  function fillLegend(aside, d) {
    aside.textContent = '';
    var h2 = document.createElement('h2');
    h2.textContent = d.title || '';
    aside.appendChild(h2);
    var ul = document.createElement('ul');
    (d.legend || []).forEach(function (item) {
      var li = document.createElement('li');
      var sw = document.createElement('span');
      sw.className = 'atlas-swatch atlas-swatch-' + (item[0] === 'line' || item[0] === 'outline' ? item[0] : 'fill');
      if (/^#[0-9a-f]{6}$/.test(item[1])) { sw.style.setProperty('--c', item[1]); }
      sw.setAttribute('aria-hidden', 'true');
      var label = document.createElement('span');
      label.textContent = item[2];
      li.appendChild(sw);
      li.appendChild(label);
      ul.appendChild(li);
    });
    aside.appendChild(ul);
    if (d.attribution) {
      var p = document.createElement('p');
      p.className = 'atlas-attribution';
      p.textContent = d.attribution;
      aside.appendChild(p);
    }
  }

  function create(root, geom, outline, d, hooks) {
    if (window.performance && performance.mark) { performance.mark('atlas-start'); }
    hooks = hooks || {};
    var L = window.L;
    var s = Math.pow(10, -geom.d);
    var st = d.stroke;
    var el = root.querySelector('.atlas-map');
    var legendEl = root.querySelector('.atlas-legend');
    var classHost = root.classList ? root : document.body;
    // Leaflet focuses the map on mousedown; in a scrolling page (Streamlit's main column) a plain focus() scrolls
    // the map into view between press and release, so the click lands elsewhere. Focus without scrolling.
    el.focus = function () { HTMLElement.prototype.focus.call(el, { preventScroll: true }); };
    var map = L.map(el, {
      renderer: L.svg({ padding: 0.3 }),
      preferCanvas: false,
      attributionControl: false,
      zoomControl: false,
      scrollWheelZoom: false,
      zoomSnap: 0.1,
      zoomDelta: 0.5,
      wheelPxPerZoomLevel: 90,
      minZoom: 2,
      maxZoom: 13,
      keyboard: true,
      fadeAnimation: false
    });
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', d.t.aria);
    L.control.zoom({ position: 'topleft', zoomInTitle: d.t.zoomIn, zoomOutTitle: d.t.zoomOut }).addTo(map);

    var bounds = L.latLngBounds(d.b);
    var fitOptions = { padding: [8, 8], animate: false };
    map.fitBounds(bounds, fitOptions);

    var layers = new Array(geom.k.length);
    var byName = {};
    var byKey = {};
    var group = L.featureGroup();
    var hl = {};
    var fills = new Array(geom.k.length);
    d.h.forEach(function (i) { hl[i] = true; });

    function baseStyle(i) {
      return hl[i]
        ? { color: st.highlight, weight: st.highlight_w, opacity: 1 }
        : { color: st.border, weight: st.border_w, opacity: 1 };
    }

    for (var i = 0; i < geom.k.length; i++) {
      var style = baseStyle(i);
      fills[i] = d.p[d.i[i]];
      var layer = L.polygon(decodePolygons(geom.g[i], s), {
        fillColor: fills[i],
        fillOpacity: 1,
        color: style.color,
        weight: style.weight,
        opacity: 1,
        lineJoin: 'round',
        noClip: true
      });
      layer._atlasIndex = i;
      layers[i] = layer;
      byName[String(geom.n[i]).toLocaleLowerCase()] = i;
      byKey[geom.k[i]] = i;
      group.addLayer(layer);
    }

    function hint() { return d.clickable ? d.t.clickHint : ''; }
    group.bindTooltip(function (layer) {
      var i = layer._atlasIndex;
      return tipNode(geom.n[i], d.x[i], hint());
    }, { sticky: true, direction: 'top', offset: [0, -8], opacity: 1, className: 'atlas-tip' });

    var hovered = null;
    function unhover() {
      if (hovered !== null) {
        layers[hovered].setStyle(baseStyle(hovered));
        hovered = null;
      }
    }
    function hover(i) {
      unhover();
      hovered = i;
      layers[i].setStyle({ color: st.highlight, weight: hl[i] ? st.highlight_w + 1 : st.hover_w });
      toFront(i);
      bringHighlightFront();
    }
    group.on('mouseover', function (e) { hover(e.layer._atlasIndex); });
    group.on('mouseout', unhover);
    // Click-through: the page decides what opening a municipality means (its profile).
    function open(i) {
      if (d.clickable && hooks.open) { hooks.open(geom.k[i]); }
    }
    group.on('click', function (e) { open(e.layer._atlasIndex); });
    group.addTo(map);
    // Each path names its municipality (tests and tools find a municipality's shape by it).
    for (var k = 0; k < layers.length; k++) {
      var path = layers[k].getElement && layers[k].getElement();
      if (path) { path.setAttribute('data-key', geom.k[k]); }
    }
    classHost.classList.toggle('atlas-clickable', !!d.clickable);

    if (outline && outline.length) {
      L.polyline(outline.map(function (r) { return decodeRing(r, s); }), {
        interactive: false, color: st.outline, weight: st.outline_w, opacity: 0.9, fill: false
      }).addTo(map);
    }
    // Re-appending the path under the pointer makes the browser send it mouseout/mouseover again, and a click whose
    // press and release land on a moved path goes to its parent: move a path only when something is drawn above it.
    function toFront(j) {
      var path = layers[j].getElement && layers[j].getElement();
      if (path && path.nextSibling) { layers[j].bringToFront(); }
    }
    function bringHighlightFront() {
      d.h.forEach(function (j) { if (j !== hovered) { toFront(j); } });
    }
    bringHighlightFront();

    // Wheel zoom only after a click in the map (page scrolling stays usable), off again when leaving it.
    function scrollOn() { map.scrollWheelZoom.enable(); classHost.classList.add('atlas-scroll'); }
    function scrollOff() { map.scrollWheelZoom.disable(); classHost.classList.remove('atlas-scroll'); }
    map.on('click', scrollOn);
    el.addEventListener('mouseleave', scrollOff);

    // Keep the whole country in view when the frame is resized, until the user pans or zooms.
    var userMoved = false;
    var fitting = false;
    map.on('dragstart zoomstart', function (e) { if (!e.hard && map._loaded && !fitting) { userMoved = true; } });
    function refit() { fitting = true; map.fitBounds(bounds, fitOptions); fitting = false; }
    map.on('resize', function () { if (!userMoved) { refit(); } });

    // ------------------------------------------------------------------ play the years (component mode)
    var play = { timer: null, pending: null, started: 0, button: null, label: null };
    function playing() { return play.button !== null && play.button.getAttribute('aria-pressed') === 'true'; }
    function setPlaying(on) {
      if (!play.button) { return; }
      play.button.setAttribute('aria-pressed', on ? 'true' : 'false');
      play.button.textContent = on ? d.t.stop : d.t.play;
      if (!on) {
        if (play.timer) { clearTimeout(play.timer); }
        play.timer = null;
        play.pending = null;
      }
    }
    function stepYear() {
      play.timer = null;
      var y = d.play.year;
      var next = y >= d.play.last ? d.play.first : y + 1;
      play.pending = next;
      play.started = Date.now();
      if (hooks.year) { hooks.year(next); }
    }
    function afterUpdate() {
      if (!playing()) { return; }
      if (play.pending !== null && d.play.year !== play.pending) { setPlaying(false); return; }  // moved by hand
      play.pending = null;
      if (d.play.year >= d.play.last) { setPlaying(false); return; }
      var wait = Math.max(0, (d.play.ms || 1000) - (Date.now() - play.started));
      play.timer = setTimeout(stepYear, wait);
    }
    function showYear() {
      if (play.label) { play.label.textContent = String(d.play.year); }
    }

    // Controls: "show whole map", a municipality search (keyboard route to every municipality: Enter opens it
    // where the map is clickable) and the play control. Added after the map has painted: the map is what the
    // viewer waits for.
    var searchTip = L.tooltip({ direction: 'top', opacity: 1, className: 'atlas-tip', permanent: true });
    var controls = [];
    function addControls() {
      if (!map) { return; }
      var Reset = L.Control.extend({
        options: { position: 'topleft' },
        onAdd: function () {
          var bar = L.DomUtil.create('div', 'leaflet-bar');
          var a = L.DomUtil.create('a', 'atlas-reset', bar);
          a.href = '#';
          a.setAttribute('role', 'button');
          a.textContent = d.t.reset;
          L.DomEvent.disableClickPropagation(bar);
          L.DomEvent.on(a, 'click', function (ev) {
            L.DomEvent.preventDefault(ev);
            userMoved = false;
            refit();
            map.closeTooltip(searchTip);
          });
          return bar;
        }
      });
      controls.push(new Reset().addTo(map));

      var Search = L.Control.extend({
        options: { position: 'topleft' },
        onAdd: function () {
          var box = L.DomUtil.create('div', 'atlas-search leaflet-control');
          var label = L.DomUtil.create('label', '', box);
          label.setAttribute('for', 'atlas-search-input');
          label.textContent = d.t.search;
          var input = L.DomUtil.create('input', '', box);
          input.id = 'atlas-search-input';
          input.type = 'search';
          input.setAttribute('list', 'atlas-names');
          input.autocomplete = 'off';
          var list = L.DomUtil.create('datalist', '', box);
          list.id = 'atlas-names';
          // The 357 suggestions are built when the field is first used, not while the map loads.
          function fillList() {
            if (list.firstChild) { return; }
            var collator = new Intl.Collator(root.lang || document.documentElement.lang);
            var frag = document.createDocumentFragment();
            geom.n.slice().sort(collator.compare).forEach(function (n) {
              var opt = document.createElement('option');
              opt.value = n;
              frag.appendChild(opt);
            });
            list.appendChild(frag);
          }
          L.DomEvent.on(input, 'focus mouseover', fillList);
          var out = L.DomUtil.create('output', '', box);
          out.setAttribute('aria-live', 'polite');
          L.DomEvent.disableClickPropagation(box);
          L.DomEvent.disableScrollPropagation(box);
          function go(andOpen) {
            var q = input.value.trim();
            if (!q) { out.textContent = ''; return; }
            var j = byName[q.toLocaleLowerCase()];
            if (j === undefined) { out.textContent = d.t.notFound.replace('{name}', q); return; }
            out.textContent = '';
            var layer = layers[j];
            userMoved = true;
            map.fitBounds(layer.getBounds(), { padding: [30, 30], maxZoom: 9, animate: false });
            hover(j);
            searchTip.setContent(tipNode(geom.n[j], d.x[j], andOpen ? '' : hint()));
            searchTip.setLatLng(layer.getCenter());
            map.openTooltip(searchTip);
            if (andOpen) { open(j); }
          }
          L.DomEvent.on(input, 'change', function () { go(false); });
          L.DomEvent.on(input, 'keydown', function (ev) {
            if (ev.key === 'Enter') { L.DomEvent.preventDefault(ev); go(true); }
            if (ev.key === 'Escape') { input.value = ''; out.textContent = ''; map.closeTooltip(searchTip); unhover(); }
          });
          return box;
        }
      });
      controls.push(new Search().addTo(map));

      if (d.play) {
        var Play = L.Control.extend({
          options: { position: 'topright' },
          onAdd: function () {
            var box = L.DomUtil.create('div', 'atlas-play leaflet-control');
            var year = L.DomUtil.create('output', 'atlas-play-year', box);
            year.setAttribute('aria-live', 'polite');
            year.setAttribute('aria-label', d.t.year);
            var btn = L.DomUtil.create('button', 'atlas-play-button', box);
            btn.type = 'button';
            btn.setAttribute('aria-pressed', 'false');
            btn.textContent = d.t.play;
            play.button = btn;
            play.label = year;
            showYear();
            L.DomEvent.disableClickPropagation(box);
            L.DomEvent.on(btn, 'click', function () {
              if (playing()) { setPlaying(false); return; }
              setPlaying(true);
              stepYear();
            });
            return box;
          }
        });
        controls.push(new Play().addTo(map));
      }
    }
    requestAnimationFrame(function () { setTimeout(addControls, 0); });

    var docEl = root.ownerDocument ? root.ownerDocument.documentElement : document.documentElement;
    if (root === document.body) { docEl.setAttribute('data-atlas-ready', String(geom.k.length)); }
    root.setAttribute('data-atlas-ready', String(geom.k.length));
    if (window.performance && performance.mark) { performance.mark('atlas-end'); }
    if (hooks.drawn) { hooks.drawn(geom.k.length); }

    // New colours, texts, highlight, legend, title, year: the polygons stay, only their styles change.
    function update(nd) {
      var oldBounds = d.b;
      d = nd;
      st = d.stroke;
      var newHl = {};
      d.h.forEach(function (j) { newHl[j] = true; });
      var changedHl = [];
      Object.keys(hl).forEach(function (j) { if (!newHl[j]) { changedHl.push(+j); } });
      Object.keys(newHl).forEach(function (j) { if (!hl[j]) { changedHl.push(+j); } });
      hl = newHl;
      for (var j = 0; j < layers.length; j++) {
        var c = d.p[d.i[j]];
        if (c !== fills[j]) { fills[j] = c; layers[j].setStyle({ fillColor: c }); }
      }
      changedHl.forEach(function (j) { if (j !== hovered) { layers[j].setStyle(baseStyle(j)); } });
      bringHighlightFront();
      el.setAttribute('aria-label', d.t.aria);
      classHost.classList.toggle('atlas-clickable', !!d.clickable);
      if (legendEl && d.legend) { fillLegend(legendEl, d); }
      if (JSON.stringify(oldBounds) !== JSON.stringify(d.b)) {
        bounds = L.latLngBounds(d.b);
        userMoved = false;
        refit();
      }
      if (d.play) { showYear(); afterUpdate(); } else { setPlaying(false); }
    }

    function destroy() {
      setPlaying(false);
      if (map) { map.remove(); map = null; }
    }

    if (legendEl && d.legend) { fillLegend(legendEl, d); }
    return { update: update, destroy: destroy, map: map };
  }

  window.AtlasMap = { create: create, fillLegend: fillLegend };

  // Standalone document (choropleth_html, the presentation pack): its JSON blocks are already in the page.
  if (document.getElementById('atlas-geom')) {
    var geom = readJSON('atlas-geom');
    create(document.body, geom, readJSON('atlas-outline'), readJSON('atlas-data'), {
      drawn: function (n) {
        // Tell a listening page that the map is on screen.
        try {
          if (window.parent && window.parent !== window) { window.parent.postMessage({ atlasDrawn: n }, '*'); }
        } catch (e) { /* a page that does not listen loses nothing */ }
      }
    });
  }
}());
