"""Refusals of a Danish CVR extract of associations (sources.cvr)."""

STRINGS = {
    "cvr.err.too_deep": {
        "nb": "JSON-filen er nestet for dypt til å være et CVR-uttrekk.",
        "en": "The JSON file is nested too deeply to be a CVR extract.",
        "da": "JSON-filen er indlejret for dybt til at være et CVR-udtræk."},
    "cvr.err.line_too_deep": {
        "nb": "Linjen er nestet for dypt til å være en CVR-post.",
        "en": "The line is nested too deeply to be a CVR record.",
        "da": "Linjen er indlejret for dybt til at være en CVR-post."},
    "cvr.err.line_bad_json": {
        "nb": "Linjen er ikke gyldig JSON ({detail}).",
        "en": "The line is not valid JSON ({detail}).",
        "da": "Linjen er ikke gyldig JSON ({detail})."},
    "cvr.err.columns_missing": {
        "nb": "CVR-uttrekket mangler kolonnen {missing}. Kolonnene som finnes: {found}.",
        "en": "The CVR extract lacks the column {missing}. The columns present: {found}.",
        "da": "CVR-udtrækket mangler kolonnen {missing}. Kolonnerne, der findes: {found}."},
    "cvr.err.empty": {
        "nb": "CVR-uttrekket er tomt.",
        "en": "The CVR extract is empty.",
        "da": "CVR-udtrækket er tomt."},
    "cvr.err.cvr_digits": {
        "nb": "CVR-nummeret skal ha åtte sifre.",
        "en": "The CVR number must have eight digits.",
        "da": "CVR-nummeret skal have otte cifre."},
    "cvr.err.no_name": {
        "nb": "Foreningen har ikke navn.",
        "en": "The association has no name.",
        "da": "Foreningen har intet navn."},
    "cvr.err.errors": {
        "nb": "CVR-uttrekket har {n} feil; ingenting er importert.",
        "en": "The CVR extract has {n} errors; nothing has been imported.",
        "da": "CVR-udtrækket har {n} fejl; intet er importeret."},
    "cvr.err.none_found": {
        "nb": "Fant ingen virksomheder i CVR-uttrekket (ventet CVR-søkesvar, NDJSON eller en tabell med «cvrNummer»).",
        "en": "No businesses found in the CVR extract (expected a CVR search answer, NDJSON or a table with "
              "«cvrNummer»).",
        "da": "Fandt ingen virksomheder i CVR-udtrækket (forventede CVR-søgesvar, NDJSON eller en tabel med "
              "«cvrNummer»)."},
    "cvr.warn.no_form_column": {
        "nb": "Uttrekket har ingen kolonne for virksomhedsform; alle rader er tatt med som foreninger.",
        "en": "The extract has no column for the form of business; all rows are taken as associations.",
        "da": "Udtrækket har ingen kolonne for virksomhedsform; alle rækker er taget med som foreninger."},
}
