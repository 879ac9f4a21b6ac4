"""Core strings: app shell, navigation, first run, provenance footer, fetch."""

STRINGS = {
    "app.title": {"nb": "Frivillighetsatlas", "en": "Volunteering Atlas", "da": "Frivillighedsatlas"},
}
