/* Frivillighetsatlas choropleth (see ui/leafmap.py, which writes the page this runs in).
 * Reads two JSON blocks: #atlas-geom (keys, names, delta-encoded polygons) and #atlas-data (colours, tooltip
 * texts, highlight, outlines, bounds, UI strings). Draws SVG paths with Leaflet; no tiles, no network.
 * Text from the data is only ever set with textContent / value, never parsed as HTML. */
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

  function tipNode(name, text) {
    var div = document.createElement('div');
    var strong = document.createElement('strong');
    strong.textContent = name;
    div.appendChild(strong);
    if (text) {
      var span = document.createElement('span');
      span.textContent = text;
      div.appendChild(span);
    }
    return div;
  }

  function init() {
    if (window.performance && performance.mark) { performance.mark('atlas-start'); }
    var L = window.L;
    var geom = readJSON('atlas-geom');
    var d = readJSON('atlas-data');
    var s = Math.pow(10, -geom.d);
    var st = d.stroke;
    var el = document.getElementById('atlas-map');
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
    var group = L.featureGroup();
    var hl = {};
    d.h.forEach(function (i) { hl[i] = true; });

    function baseStyle(i) {
      return hl[i]
        ? { color: st.highlight, weight: st.highlight_w, opacity: 1 }
        : { color: st.border, weight: st.border_w, opacity: 1 };
    }

    for (var i = 0; i < geom.k.length; i++) {
      var style = baseStyle(i);
      var layer = L.polygon(decodePolygons(geom.g[i], s), {
        fillColor: d.p[d.i[i]],
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
      group.addLayer(layer);
    }

    group.bindTooltip(function (layer) {
      var i = layer._atlasIndex;
      return tipNode(geom.n[i], d.x[i]);
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
      layers[i].bringToFront();
      bringHighlightFront();
    }
    group.on('mouseover', function (e) { hover(e.layer._atlasIndex); });
    group.on('mouseout', unhover);
    group.addTo(map);

    var outline = readJSON('atlas-outline');
    if (outline.length) {
      L.polyline(outline.map(function (r) { return decodeRing(r, s); }), {
        interactive: false, color: st.outline, weight: st.outline_w, opacity: 0.9, fill: false
      }).addTo(map);
    }
    function bringHighlightFront() {
      d.h.forEach(function (i) { if (i !== hovered) { layers[i].bringToFront(); } });
    }
    bringHighlightFront();

    // Wheel zoom only after a click in the map (page scrolling stays usable), off again when leaving it.
    function scrollOn() { map.scrollWheelZoom.enable(); document.body.classList.add('atlas-scroll'); }
    function scrollOff() { map.scrollWheelZoom.disable(); document.body.classList.remove('atlas-scroll'); }
    map.on('click', scrollOn);
    el.addEventListener('mouseleave', scrollOff);

    // Keep the whole country in view when the frame is resized, until the user pans or zooms.
    var userMoved = false;
    map.on('dragstart zoomstart', function (e) { if (!e.hard && map._loaded && !fitting) { userMoved = true; } });
    var fitting = false;
    function refit() { fitting = true; map.fitBounds(bounds, fitOptions); fitting = false; }
    map.on('resize', function () { if (!userMoved) { refit(); } });

    // Controls: "show whole map" and a municipality search (keyboard route to every municipality). Added
    // after the map has painted: the map is what the viewer waits for.
    var searchTip = L.tooltip({ direction: 'top', opacity: 1, className: 'atlas-tip', permanent: true });
    function addControls() {
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
      new Reset().addTo(map);

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
            var collator = new Intl.Collator(document.documentElement.lang);
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
          function go() {
            var q = input.value.trim();
            if (!q) { out.textContent = ''; return; }
            var i = byName[q.toLocaleLowerCase()];
            if (i === undefined) { out.textContent = d.t.notFound.replace('{name}', q); return; }
            out.textContent = '';
            var layer = layers[i];
            userMoved = true;
            map.fitBounds(layer.getBounds(), { padding: [30, 30], maxZoom: 9, animate: false });
            hover(i);
            searchTip.setContent(tipNode(geom.n[i], d.x[i]));
            searchTip.setLatLng(layer.getCenter());
            map.openTooltip(searchTip);
          }
          L.DomEvent.on(input, 'change', go);
          L.DomEvent.on(input, 'keydown', function (ev) {
            if (ev.key === 'Enter') { go(); }
            if (ev.key === 'Escape') { input.value = ''; out.textContent = ''; map.closeTooltip(searchTip); unhover(); }
          });
          return box;
        }
      });
      new Search().addTo(map);
    }
    requestAnimationFrame(function () { setTimeout(addControls, 0); });

    document.documentElement.setAttribute('data-atlas-ready', String(geom.k.length));
    if (window.performance && performance.mark) { performance.mark('atlas-end'); }
    // Tell the page (ui/firstpaint.py) that the map is on screen: on a first visit it then sends the rest.
    try {
      if (window.parent && window.parent !== window) { window.parent.postMessage({ atlasDrawn: geom.k.length }, '*'); }
    } catch (e) { /* a page that does not listen loses nothing */ }
  }

  init();
}());
