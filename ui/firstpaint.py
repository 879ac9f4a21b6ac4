"""Map first: on the first visit of a session the overview sends its title and map, and the rest of the page once the
browser reports the map drawn.

Why: a browser on a projector laptop spends its first second parsing Streamlit's own scripts. Every element sent
with the map (sidebar pickers, figures, filters, tables, download buttons) makes it load and run more script
before it inserts the map's frame. Measured with ``bench/time_to_map.py --map-only`` (two cores, 15 repetitions):
the whole page sent at once drew the map after 1.65-1.86 s; sent first, after 1.0 s, 1.17x a Streamlit page holding
only the map. The complete page follows about 0.65 s after the map.

How: the map component (``static/atlas-component.js``) posts ``{atlasDrawn: n}`` to the window once its polygons are
on screen, and notes it in ``window.__atlas.drawn``. A
hidden ``st.components.v2`` probe, sent after the map, listens for that (and checks frames that finished before
it started), then fires its ``drawn`` trigger; its callback marks the session and Streamlit reruns the page in full.
A map that cannot be drawn (a script that failed to load) says so (``{atlasFailed: true}``) and the probe fires at
once. If no map reports within ``TIMEOUT_MS`` the probe fires anyway, so the page is never left half drawn - unless
a map component on the page is still loading (``window.__atlas.loading``): the map lives in the page, and on a
busy machine its scripts and polygons can take longer than that while Streamlit's own scripts run; the probe then
waits for it up to ``CAP_MS`` (a load that hangs). Later runs of the session (filters, other pages, coming back)
are not deferred.
"""

from __future__ import annotations

import html
import os
from typing import NoReturn

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from base.i18n import t
from ui.chrome import MapFirstStop

PAINTED_KEY = "_atlas_painted"  # session flag: a map has been drawn in this browser session
TIMEOUT_MS = 2500


def fallback_ms() -> int:
    """The probe's fallback, ``TIMEOUT_MS``; the end-to-end tests set FRIVILLIG_PAINT_FALLBACK_MS very high so that
    only the map's own "drawn" report can release the rest of the page (their order check must not depend on how
    busy the machine is). Anything but a positive whole number is ignored."""
    raw = os.environ.get("FRIVILLIG_PAINT_FALLBACK_MS", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else TIMEOUT_MS



CAP_MS = 15000  # the longest the rest of the page waits for a map component that is still loading
# Height of what the loading note stands in for on the overview (filter row and key figures; measured in Chromium,
# 1400 px wide): the map stays where it will be.
ABOVE_MAP_PX = {"normal": 176, "present": 192}

_PROBE_JS = r"""
export default function (component) {
  const { data, setTriggerValue } = component;
  let done = false;
  let timer = null;
  const onMessage = (event) => { if (event.data && (event.data.atlasDrawn || event.data.atlasFailed)) { fire(); } };
  const cleanup = () => { window.removeEventListener('message', onMessage); if (timer) { clearTimeout(timer); } };
  function fire() {
    if (done) { return; }
    done = true;
    cleanup();
    setTriggerValue('drawn', true);
  }
  const drawnAlready = () => Boolean(window.__atlas && window.__atlas.drawn);
  const mapLoading = () => Boolean(window.__atlas && window.__atlas.loading > 0);
  const started = Date.now();
  const cap = (data && data.cap) || 15000;
  // after `timeout`, fire unless a map on the page is still loading; then look again every half second until `cap`
  const check = () => {
    timer = null;
    if (mapLoading() && Date.now() - started < cap) { timer = setTimeout(check, 500); } else { fire(); }
  };
  window.addEventListener('message', onMessage);
  timer = setTimeout(check, (data && data.timeout) || 2500);
  if (drawnAlready()) { setTimeout(fire, 0); }
  return cleanup;
}
"""

_probe = st.components.v2.component("atlas_paint_probe", js=_PROBE_JS)


def pending() -> bool:
    """True until a map has been drawn in this session (the first visit)."""
    return not st.session_state.get(PAINTED_KEY, False)


def _mark_painted() -> None:
    st.session_state[PAINTED_KEY] = True


def send_rest_after_map(lang: str, where: DeltaGenerator, present: bool = False) -> NoReturn:
    """End this run after the map: a hidden probe reruns the page in full once the browser has drawn the map.

    Call right after the map element, only when :func:`pending`. The loading note goes into ``where`` (the empty
    filter row above the map) and keeps the height of the filters and key figures that will replace it, so the
    map does not jump when they arrive. Never returns: the page run ends with :class:`ui.chrome.MapFirstStop`, on
    which the router leaves out the sidebar, which follows with the rest.
    """
    _probe(data={"timeout": fallback_ms(), "cap": CAP_MS}, on_drawn_change=_mark_painted, key="_atlas_paint_probe")
    note = html.escape(t("firstpaint.loading", lang))
    height = ABOVE_MAP_PX["present" if present else "normal"]
    where.markdown(f'<div class="atlas-loading" style="min-height:{height}px;display:flex;align-items:center;'
                   f'color:#555">{note}</div>', unsafe_allow_html=True)
    raise MapFirstStop()
