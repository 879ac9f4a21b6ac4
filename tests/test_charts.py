"""Page helpers in ui/charts.py that decide what a reader sees."""

from __future__ import annotations

from ui import charts


def test_a_table_beside_a_map_is_as_tall_as_its_rows_and_no_taller_than_the_map():
    one = charts.grid_height(1, 640)
    two = charts.grid_height(2, 640)
    assert two - one == charts.ROW_PX  # each row adds one row's height: no empty grid lines below the data
    assert charts.grid_height(0, 640) == one  # an empty table still shows its header and one row
    assert charts.grid_height(357, 640) == 640  # a long table scrolls inside the map's height
