"""Map component strings: legend entries, policy status names, keyboard and search help, bench app titles."""

STRINGS = {
    "map.no_data": {"nb": "Ingen data", "en": "No data", "da": "Ingen data"},
    "map.legend": {"nb": "Tegnforklaring", "en": "Legend", "da": "Signaturforklaring"},
    "map.status.adopted": {
        "nb": "Har vedtatt frivillighetspolitikk",
        "en": "Has adopted a volunteering policy",
        "da": "Har vedtaget en frivilligpolitik",
    },
    "map.status.in_progress": {
        "nb": "Frivillighetspolitikk under arbeid",
        "en": "Volunteering policy in progress",
        "da": "Frivilligpolitik under udarbejdelse",
    },
    "map.status.none": {
        "nb": "Ingen frivillighetspolitikk",
        "en": "No volunteering policy",
        "da": "Ingen frivilligpolitik",
    },
    "map.status.no_data": {"nb": "Ingen data", "en": "No data", "da": "Ingen data"},
    "map.other": {"nb": "Ikke med i utvalget", "en": "Not in the selection", "da": "Ikke med i udvalget"},
    "map.highlight": {"nb": "Valgt kommune", "en": "Selected municipality", "da": "Valgt kommune"},
    "map.outline": {"nb": "Fylkesgrense", "en": "County border", "da": "Regionsgrænse"},
    "map.aria": {
        "nb": "Kart: {title}. Piltastene flytter kartet, + og − zoomer. Bruk søkefeltet for å finne en kommune.",
        "en": "Map: {title}. Arrow keys pan the map, + and − zoom. Use the search field to find a municipality.",
        "da": "Kort: {title}. Piletasterne flytter kortet, + og − zoomer. Brug søgefeltet til at finde en kommune.",
    },
    "map.search": {"nb": "Finn kommune", "en": "Find municipality", "da": "Find kommune"},
    "map.search.none": {
        "nb": "Ingen kommune heter «{name}»",
        "en": "No municipality is called “{name}”",
        "da": "Ingen kommune hedder »{name}«",
    },
    "map.click_hint": {
        "nb": "Klikk for å åpne kommuneprofilen",
        "en": "Click to open the municipality profile",
        "da": "Klik for at åbne kommuneprofilen",
    },
    "map.play": {"nb": "▶ Spill av årene", "en": "▶ Play the years", "da": "▶ Afspil årene"},
    "map.stop": {"nb": "■ Stopp", "en": "■ Stop", "da": "■ Stop"},
    "map.play_year": {"nb": "År som vises", "en": "Year shown", "da": "Viste år"},
    "map.loading": {"nb": "Henter kartet …", "en": "Loading the map …", "da": "Henter kortet …"},
    "map.reset": {"nb": "Vis hele kartet", "en": "Show the whole map", "da": "Vis hele kortet"},
    "map.zoom_in": {"nb": "Zoom inn", "en": "Zoom in", "da": "Zoom ind"},
    "map.zoom_out": {"nb": "Zoom ut", "en": "Zoom out", "da": "Zoom ud"},
    "map.scroll_hint": {
        "nb": "Klikk i kartet for å zoome med musehjulet",
        "en": "Click the map to zoom with the mouse wheel",
        "da": "Klik på kortet for at zoome med musehjulet",
    },
    "map.static_off": {
        "nb": "Kartet kan ikke vises: statiske filer er slått av. Sett «enableStaticServing = true» under "
        "[server] i .streamlit/config.toml og start appen på nytt.",
        "en": "The map cannot be shown: static files are switched off. Set “enableStaticServing = true” under "
        "[server] in .streamlit/config.toml and restart the app.",
        "da": "Kortet kan ikke vises: statiske filer er slået fra. Sæt »enableStaticServing = true« under "
        "[server] i .streamlit/config.toml og genstart appen.",
    },
    "map.scroll_hint_clickable": {
        "nb": "Klikk på en kommune for å åpne den, i havet for å zoome med musehjulet",
        "en": "Click a municipality to open it, the sea to zoom with the mouse wheel",
        "da": "Klik på en kommune for at åbne den, i havet for at zoome med musehjulet",
    },
    "map.bench.title": {
        "nb": "Innbyggere per km² i 2024",
        "en": "Residents per km² in 2024",
        "da": "Indbyggere pr. km² i 2024",
    },
    "map.bench.caption": {
        "nb": "Måleapp for kartkomponenten. Befolkning 1.1.2024: SSB tabell 07459. Kommunegrenser 2024: "
        "Kartverket (CC BY 4.0), forenklet; arealet er regnet ut fra de forenklede grensene.",
        "en": "Benchmark app for the map component. Population 1 Jan 2024: Statistics Norway table 07459. "
        "2024 municipal borders: Kartverket (CC BY 4.0), simplified; areas are computed from those borders.",
        "da": "Måleapp til kortkomponenten. Befolkning 1.1.2024: SSB tabel 07459. Kommunegrænser 2024: "
        "Kartverket (CC BY 4.0), forenklet; arealet er beregnet ud fra de forenklede grænser.",
    },
    "map.bench.attribution": {
        "nb": "Kommunegrenser: Kartverket, CC BY 4.0",
        "en": "Municipal borders: Kartverket, CC BY 4.0",
        "da": "Kommunegrænser: Kartverket, CC BY 4.0",
    },
    "map.bench.tooltip": {
        "nb": "{density} innbyggere per km²",
        "en": "{density} residents per km²",
        "da": "{density} indbyggere pr. km²",
    },
}
