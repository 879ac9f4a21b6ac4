"""Refusals of the Norwegian official files (sources.no: SSB KLASS and population, Kartverket boundaries)."""

STRINGS = {
    "no.err.klass_shape": {
        "nb": "KLASS-filen har verken «classificationItems» eller «codes».",
        "en": "The KLASS file has neither «classificationItems» nor «codes».",
        "da": "KLASS-filen har hverken «classificationItems» eller «codes»."},
    "no.err.klass_changes": {
        "nb": "KLASS-endringsfilen mangler «codeChanges».",
        "en": "The KLASS change file lacks «codeChanges».",
        "da": "KLASS-ændringsfilen mangler «codeChanges»."},
    "no.err.no_header": {
        "nb": "Fant ikke overskriftslinjen («region») i befolkningsfilen.",
        "en": "The header line («region») was not found in the population file.",
        "da": "Fandt ikke overskriftslinjen («region») i befolkningsfilen."},
    "no.err.no_year_column": {
        "nb": "Fant ingen årskolonne i befolkningsfilen.",
        "en": "No year column in the population file.",
        "da": "Fandt ingen årskolonne i befolkningsfilen."},
    "no.err.population_not_integer": {
        "nb": "Befolkningstallet er ikke et heltall.",
        "en": "The population is not a whole number.",
        "da": "Befolkningstallet er ikke et heltal."},
    "no.err.jsonstat_field": {
        "nb": "json-stat2-svaret mangler feltet {field}.",
        "en": "The json-stat2 answer lacks the field {field}.",
        "da": "json-stat2-svaret mangler feltet {field}."},
    "no.err.no_areas": {
        "nb": "Fant ingen {kind}-flater i GeoJSON-filen.",
        "en": "No {kind} areas in the GeoJSON file.",
        "da": "Fandt ingen {kind}-flader i GeoJSON-filen."},
    "no.err.zip_no_geojson": {
        "nb": "Zip-filen inneholder ingen GeoJSON-fil.",
        "en": "The zip file holds no GeoJSON file.",
        "da": "Zip-filen indeholder ingen GeoJSON-fil."},
    "no.err.zip_damaged": {
        "nb": "Zip-filen er skadet.",
        "en": "The zip file is damaged.",
        "da": "Zip-filen er beskadiget."},
    "no.err.no_areas_with": {
        "nb": "Fant ingen {kind}-flater med «{field}».",
        "en": "No {kind} areas with «{field}».",
        "da": "Fandt ingen {kind}-flader med «{field}»."},
    "no.err.bad_json": {
        "nb": "{what} er ikke gyldig JSON ({detail}, linje {line}).",
        "en": "{what} is not valid JSON ({detail}, line {line}).",
        "da": "{what} er ikke gyldig JSON ({detail}, linje {line})."},
    "no.err.file_missing": {
        "nb": "Fant ikke «{title}» i kildemappen {folder} (så etter {patterns}).",
        "en": "«{title}» was not found in the source folder {folder} (looked for {patterns}).",
        "da": "Fandt ikke «{title}» i kildemappen {folder} (ledte efter {patterns})."},
    "no.err.no_population": {
        "nb": "Fant ingen befolkningsfil (SSB 07459) i kildemappen {folder}.",
        "en": "No population file (SSB 07459) in the source folder {folder}.",
        "da": "Fandt ingen befolkningsfil (SSB 07459) i kildemappen {folder}."},
    "no.what.klass": {
        "nb": "KLASS-kodelisten",
        "en": "The KLASS code list",
        "da": "KLASS-kodelisten"},
    "no.what.klass_changes": {
        "nb": "KLASS-endringsfilen",
        "en": "The KLASS change file",
        "da": "KLASS-ændringsfilen"},
    "no.what.jsonstat": {
        "nb": "json-stat2-svaret",
        "en": "The json-stat2 answer",
        "da": "json-stat2-svaret"},
    "no.what.geojson": {
        "nb": "GeoJSON-filen",
        "en": "The GeoJSON file",
        "da": "GeoJSON-filen"},
}
