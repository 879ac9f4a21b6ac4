"""The map component's module (static/atlas-component.js) run in Node against a fake DOM (tests/js/): it loads
Leaflet and the drawing code once, draws the geometry it was sent, restyles on a rerun without it, asks again for a
geometry it lacks, sends clicks and year steps back through the latest run's triggers, and only the latest run's
cleanup removes the map. Skips without Node."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from ui import leafmap

HARNESS = Path(__file__).resolve().parent / "js" / "atlas_component_harness.mjs"


@pytest.fixture(scope="module")
def run() -> dict:
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed")
    proc = subprocess.run([node, str(HARNESS), str(leafmap.COMPONENT_JS_PATH)], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_leaflet_and_the_drawing_code_load_once_in_order_and_both_stylesheets_go_into_the_shadow_root(run):
    scripts = [e[1] for e in run["log"] if e[0] == "script"]
    assert scripts == ["/app/static/vendor/leaflet/leaflet.js?v=1", "/app/static/atlas-map.js?v=1"]
    links = [e[1] for e in run["log"] if e[0] == "link"]
    assert links[:2] == ["/app/static/l.css?v=1", "/app/static/atlas-map.css?v=1"]


def test_the_sent_geometry_is_drawn_once_and_a_rerun_only_restyles(run):
    creates = [e for e in run["log"] if e[0] == "create"]
    assert creates[0] == ["create", ["0301", "4601"], "A"]
    assert run["updates"] == ["B"]  # the second run: same geometry key, no geometry sent, no new map
    assert run["posted"][0] == {"atlasDrawn": 2}  # ui/firstpaint.py's probe hears of it


def test_clicks_and_year_steps_go_back_through_the_latest_runs_triggers(run):
    triggers = [e[1:] for e in run["log"] if e[0] == "trigger"]
    assert ["second", "open", "0301"] in triggers and ["second", "year", 2019] in triggers
    assert not any(t[0] == "first" for t in triggers)


def test_a_geometry_the_page_lacks_is_asked_for_again(run):
    assert [e[1:] for e in run["log"] if e[0] == "trigger" and e[2] == "need"] == [["third", "need", "g2"]]


def test_only_the_latest_runs_cleanup_removes_the_map(run):
    assert run["destroyedAfterOldCleanup"] is False
    assert run["destroyedAfterUnmount"] is True and run["frameLeft"] == 0 and run["waitText"] == "gone"


def test_a_second_map_reuses_the_kept_geometry_without_loading_scripts_again(run):
    creates = [e for e in run["log"] if e[0] == "create"]
    assert creates[-1] == ["create", ["0301", "4601"], "D"] and run["instances"] == 2
    assert run["frameHeight"] == "var(--atlas-frame-height, 400px)"  # presentation mode sets the variable
