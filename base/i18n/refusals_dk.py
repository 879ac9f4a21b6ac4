"""Refusals of the Danish official files (sources.dk: DAWA/DAGI boundaries, DAWA list, FOLK1A, indicators)."""

STRINGS = {
    "dk.err.bad_json": {
        "nb": "{what} er ikke gyldig JSON ({detail}).",
        "en": "{what} is not valid JSON ({detail}).",
        "da": "{what} er ikke gyldig JSON ({detail})."},
    "dk.err.not_feature_collection": {
        "nb": "Kommunegrensefilen er ikke en GeoJSON FeatureCollection.",
        "en": "The municipal boundary file is not a GeoJSON FeatureCollection.",
        "da": "Kommunegrænsefilen er ikke en GeoJSON FeatureCollection."},
    "dk.err.not_wgs84": {
        "nb": "Kommunegrensefilen er ikke i lengde/bredde (WGS84); DAWA leverer WGS84 som standard.",
        "en": "The municipal boundary file is not in longitude/latitude (WGS84); DAWA delivers WGS84 by default.",
        "da": "Kommunegrænsefilen er ikke i længde/bredde (WGS84); DAWA leverer WGS84 som standard."},
    "dk.err.no_code": {
        "nb": "Flaten mangler kommunekode («kode»).",
        "en": "The area lacks a municipality code («kode»).",
        "da": "Fladen mangler kommunekode («kode»)."},
    "dk.err.code_not_number": {
        "nb": "Kommunekoden er ikke et tall med høyst fire sifre.",
        "en": "The municipality code is not a number of at most four digits.",
        "da": "Kommunekoden er ikke et tal med højst fire cifre."},
    "dk.err.no_geometry": {
        "nb": "Flaten har ingen geometri.",
        "en": "The area has no geometry.",
        "da": "Fladen har ingen geometri."},
    "dk.err.geometry_unreadable": {
        "nb": "Geometrien kan ikke leses ({reason}).",
        "en": "The geometry cannot be read ({reason}).",
        "da": "Geometrien kan ikke læses ({reason})."},
    "dk.err.not_area": {
        "nb": "Geometrien er {kind}, ikke en flate.",
        "en": "The geometry is {kind}, not an area.",
        "da": "Geometrien er {kind}, ikke en flade."},
    "dk.err.boundaries_bad": {
        "nb": "Kommunegrensefilen har feil; ingenting er lagret.",
        "en": "The municipal boundary file has errors; nothing has been saved.",
        "da": "Kommunegrænsefilen har fejl; intet er gemt."},
    "dk.err.boundaries_empty": {
        "nb": "Kommunegrensefilen har ingen kommuneflater.",
        "en": "The municipal boundary file has no municipality areas.",
        "da": "Kommunegrænsefilen har ingen kommuneflader."},
    "dk.err.dawa_not_list": {
        "nb": "DAWA-kommunelisten skal være en JSON-liste (svaret fra /kommuner).",
        "en": "The DAWA municipality list must be a JSON list (the answer from /kommuner).",
        "da": "DAWA-kommunelisten skal være en JSON-liste (svaret fra /kommuner)."},
    "dk.err.not_object": {
        "nb": "Elementet er ikke et JSON-objekt.",
        "en": "The element is not a JSON object.",
        "da": "Elementet er ikke et JSON-objekt."},
    "dk.err.code_missing": {
        "nb": "Kommunekoden mangler eller er ugyldig.",
        "en": "The municipality code is missing or invalid.",
        "da": "Kommunekoden mangler eller er ugyldig."},
    "dk.err.dawa_bad": {
        "nb": "DAWA-kommunelisten har feil; ingenting er lagret.",
        "en": "The DAWA municipality list has errors; nothing has been saved.",
        "da": "DAWA-kommunelisten har fejl; intet er gemt."},
    "dk.err.not_population_file": {
        "nb": "Filen er ikke en befolkningsfil fra Danmarks Statistik: overskriften mangler «OMRÅDE», «TID» og "
              "«INDHOLD» (Statistikbanken) eller «kode» og «folketal_ÅÅÅÅK1».",
        "en": "The file is not a population file from Statistics Denmark: the header lacks «OMRÅDE», «TID» and "
              "«INDHOLD» (Statistikbanken) or «kode» and «folketal_ÅÅÅÅK1».",
        "da": "Filen er ikke en befolkningsfil fra Danmarks Statistik: overskriften mangler «OMRÅDE», «TID» og "
              "«INDHOLD» (Statistikbanken) eller «kode» og «folketal_ÅÅÅÅK1»."},
    "dk.err.population_empty": {
        "nb": "Befolkningsfilen er tom.",
        "en": "The population file is empty.",
        "da": "Befolkningsfilen er tom."},
    "dk.err.header_missing": {
        "nb": "Overskriften mangler «OMRÅDE», «TID» eller «INDHOLD».",
        "en": "The header lacks «OMRÅDE», «TID» or «INDHOLD».",
        "da": "Overskriften mangler «OMRÅDE», «TID» eller «INDHOLD»."},
    "dk.err.no_total_row": {
        "nb": "Kolonnen «{column}» har flere verdier men ingen totalrad («I alt»/«TOT»); kan ikke finne folketallet "
              "for hele befolkningen.",
        "en": "The column «{column}» has several values but no total row («I alt»/«TOT»); cannot find the population"
              " as a whole.",
        "da": "Kolonnen «{column}» har flere værdier, men ingen totalrække («I alt»/«TOT»); kan ikke finde "
              "folketallet for hele befolkningen."},
    "dk.err.row_width": {
        "nb": "Raden har {n} felt; overskriften har {width}.",
        "en": "The row has {n} fields; the header has {width}.",
        "da": "Rækken har {n} felter; overskriften har {width}."},
    "dk.err.period": {
        "nb": "Perioden er ikke på formen 2025K1 eller 2025M01.",
        "en": "The period is not of the form 2025K1 or 2025M01.",
        "da": "Perioden er ikke på formen 2025K1 eller 2025M01."},
    "dk.err.population_not_integer": {
        "nb": "Folketallet er ikke et heltall.",
        "en": "The population is not a whole number.",
        "da": "Folketallet er ikke et heltal."},
    "dk.err.population_missing_dots": {
        "nb": "Folketallet mangler («..»).",
        "en": "The population is missing («..»).",
        "da": "Folketallet mangler («..»)."},
    "dk.err.two_populations": {
        "nb": "Kommunen {code} har to ulike folketall for {period}.",
        "en": "The municipality {code} has two different populations for {period}.",
        "da": "Kommunen {code} har to forskellige folketal for {period}."},
    "dk.err.area_unknown": {
        "nb": "Området er verken en kommune, en region eller «Hele landet».",
        "en": "The area is neither a municipality, a region nor «Hele landet».",
        "da": "Området er hverken en kommune, en region eller «Hele landet»."},
    "dk.err.population_bad": {
        "nb": "Befolkningsfilen har feil; ingenting er lagret.",
        "en": "The population file has errors; nothing has been saved.",
        "da": "Befolkningsfilen har fejl; intet er gemt."},
    "dk.err.extract_columns": {
        "nb": "Uttrekket mangler kolonnene «kode» og «folketal_ÅÅÅÅK1».",
        "en": "The extract lacks the columns «kode» and «folketal_ÅÅÅÅK1».",
        "da": "Udtrækket mangler kolonnerne «kode» og «folketal_ÅÅÅÅK1»."},
    "dk.err.code_nan": {
        "nb": "Kommunekoden er ikke et tall.",
        "en": "The municipality code is not a number.",
        "da": "Kommunekoden er ikke et tal."},
    "dk.err.population_missing": {
        "nb": "Folketallet mangler.",
        "en": "The population is missing.",
        "da": "Folketallet mangler."},
    "dk.err.extract_bad": {
        "nb": "Befolkningsuttrekket har feil; ingenting er lagret.",
        "en": "The population extract has errors; nothing has been saved.",
        "da": "Befolkningsudtrækket har fejl; intet er gemt."},
    "dk.err.extract_twice": {
        "nb": "Samme kommune står to ganger i befolkningsuttrekket.",
        "en": "The same municipality appears twice in the population extract.",
        "da": "Samme kommune står to gange i befolkningsudtrækket."},
    "dk.err.columns_missing": {
        "nb": "Filen mangler kolonnene {columns}.",
        "en": "The file lacks the columns {columns}.",
        "da": "Filen mangler kolonnerne {columns}."},
    "dk.err.value_nan": {
        "nb": "Verdien er ikke et tall.",
        "en": "The value is not a number.",
        "da": "Værdien er ikke et tal."},
    "dk.err.indicator_bad": {
        "nb": "Indikatorfilen har feil; ingenting er lagret.",
        "en": "The indicator file has errors; nothing has been saved.",
        "da": "Indikatorfilen har fejl; intet er gemt."},
    "source.err.no_folder": {
        "nb": "Kildemappen finnes ikke: {folder}",
        "en": "The source folder does not exist: {folder}",
        "da": "Kildemappen findes ikke: {folder}"},
    "dk.err.no_boundaries": {
        "nb": "Fant ingen kommunegrensefil (*.geojson) i kildemappen {folder}.",
        "en": "No municipal boundary file (*.geojson) in the source folder {folder}.",
        "da": "Fandt ingen kommunegrænsefil (*.geojson) i kildemappen {folder}."},
    "dk.err.no_population": {
        "nb": "Fant ingen befolkningsfil (FOLK1A) i kildemappen {folder}.",
        "en": "No population file (FOLK1A) in the source folder {folder}.",
        "da": "Fandt ingen befolkningsfil (FOLK1A) i kildemappen {folder}."},
    "dk.what.boundaries": {
        "nb": "Kommunegrensefilen",
        "en": "The municipal boundary file",
        "da": "Kommunegrænsefilen"},
    "dk.what.dawa_list": {
        "nb": "DAWA-kommunelisten",
        "en": "The DAWA municipality list",
        "da": "DAWA-kommunelisten"},
}
