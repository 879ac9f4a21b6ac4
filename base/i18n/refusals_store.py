"""Refusals of the data store (registers.store: writes, locks, damaged files, versions) and register checks."""

STRINGS = {
    "store.err.write_failed": {
        "nb": "Kunne ikke skrive til datakatalogen ({why}). Ingenting er endret: dataene som alt var lastet, er "
              "fortsatt i bruk.",
        "en": "Could not write to the data directory ({why}). Nothing has changed: the data already loaded are still"
              " in use.",
        "da": "Kunne ikke skrive til datamappen ({why}). Intet er ændret: de data, der allerede var indlæst, er "
              "stadig i brug."},
    "store.err.locked": {
        "nb": "En annen import eller henting skriver til samme datakatalog nå ({holder}). Vent til den er ferdig og "
              "prøv igjen. Ingenting er endret.",
        "en": "Another import or fetch is writing to the same data directory now ({holder}). Wait until it has "
              "finished and try again. Nothing has changed.",
        "da": "En anden import eller hentning skriver til den samme datamappe nu ({holder}). Vent, til den er "
              "færdig, og prøv igen. Intet er ændret."},
    "store.err.dataset_damaged_on_write": {
        "nb": "Datasettet {name} ble skadet under skriving; ingenting er endret.",
        "en": "The dataset {name} was damaged while being written; nothing has changed.",
        "da": "Datasættet {name} blev beskadiget under skrivning; intet er ændret."},
    "store.err.meta_damaged": {
        "nb": "Metadatafilen er skadet og kan ikke leses. Hent dataene på nytt.",
        "en": "The metadata file is damaged and cannot be read. Fetch the data again.",
        "da": "Metadatafilen er beskadiget og kan ikke læses. Hent dataene igen."},
    "store.err.file_missing": {
        "nb": "Datafilen for «{label}» mangler på disken. Hent eller importer på nytt.",
        "en": "The data file for «{label}» is missing on disk. Fetch or import again.",
        "da": "Datafilen for «{label}» mangler på disken. Hent eller importér igen."},
    "store.err.checksum": {
        "nb": "Datafilen for «{label}» er skadet eller endret utenfor atlaset (sjekksummen stemmer ikke). Hent "
              "dataene på nytt eller gjenopprett en tidligere versjon.",
        "en": "The data file for «{label}» is damaged or was changed outside the atlas (the checksum does not "
              "match). Fetch the data again or restore an earlier version.",
        "da": "Datafilen for «{label}» er beskadiget eller ændret uden for atlasset (tjeksummen stemmer ikke). Hent "
              "dataene igen eller gendan en tidligere version."},
    "store.err.not_fetched": {
        "nb": "Datasettet «{name}» for {country} er ikke hentet ennå. Kjør «python -m analytics fetch --country "
              "{country}».",
        "en": "The dataset «{name}» for {country} has not been fetched yet. Run «python -m analytics fetch --country"
              " {country}».",
        "da": "Datasættet «{name}» for {country} er ikke hentet endnu. Kør «python -m analytics fetch --country "
              "{country}»."},
    "store.err.pointer_damaged": {
        "nb": "Pekeren til gjeldende versjon er skadet. Gjenopprett en versjon på Data-siden.",
        "en": "The pointer to the current version is damaged. Restore a version on the Data page.",
        "da": "Pegeren til den gældende version er beskadiget. Gendan en version på Data-siden."},
    "store.err.register_damaged_on_write": {
        "nb": "Registeret ble skadet under skriving; ingenting er endret.",
        "en": "The register was damaged while being written; nothing has changed.",
        "da": "Registret blev beskadiget under skrivning; intet er ændret."},
    "store.err.no_such_version": {
        "nb": "Versjon {version} av registeret «{register}» finnes ikke.",
        "en": "Version {version} of the register «{register}» does not exist.",
        "da": "Version {version} af registret «{register}» findes ikke."},
    "store.err.version_meta_damaged": {
        "nb": "Metadata for versjon {version} er skadet.",
        "en": "The metadata of version {version} are damaged.",
        "da": "Metadata for version {version} er beskadiget."},
    "store.err.pointer_dangling": {
        "nb": "Pekeren til gjeldende versjon av «{register}» peker på {version}, som ikke finnes.{advice}",
        "en": "The pointer to the current version of «{register}» points to {version}, which does not exist.{advice}",
        "da": "Pegeren til den gældende version af «{register}» peger på {version}, som ikke findes.{advice}"},
    "store.err.version_damaged": {
        "nb": "Versjon {version} av «{register}» er skadet ({what}).{in_use}{advice}",
        "en": "Version {version} of «{register}» is damaged ({what}).{in_use}{advice}",
        "da": "Version {version} af «{register}» er beskadiget ({what}).{in_use}{advice}"},
    "store.why.disk_full": {
        "nb": "disken er full",
        "en": "the disk is full",
        "da": "disken er fuld"},
    "store.why.read_only": {
        "nb": "datakatalogen er skrivebeskyttet",
        "en": "the data directory is read-only",
        "da": "datamappen er skrivebeskyttet"},
    "store.why.checksum": {
        "nb": "sjekksummen stemmer ikke",
        "en": "the checksum does not match",
        "da": "tjeksummen stemmer ikke"},
    "store.why.meta_unreadable": {
        "nb": "metadatafilen kan ikke leses",
        "en": "the metadata file cannot be read",
        "da": "metadatafilen kan ikke læses"},
    "store.advice.in_use": {
        "nb": " Den er i bruk.",
        "en": " It is in use.",
        "da": " Den er i brug."},
    "store.advice.last_good": {
        "nb": " Siste gode versjon er {version}; gjenopprett den på Data-siden eller med «python -m analytics "
              "restore {register} {version}».",
        "en": " The last good version is {version}; restore it on the Data page or with «python -m analytics restore"
              " {register} {version}».",
        "da": " Den sidste gode version er {version}; gendan den på Data-siden eller med «python -m analytics "
              "restore {register} {version}»."},
    "store.advice.last_good_country": {
        "nb": " Siste gode versjon er {version}; gjenopprett den på Data-siden eller med «python -m analytics "
              "restore {register} {version} --country {country}».",
        "en": " The last good version is {version}; restore it on the Data page or with «python -m analytics restore"
              " {register} {version} --country {country}».",
        "da": " Den sidste gode version er {version}; gendan den på Data-siden eller med «python -m analytics "
              "restore {register} {version} --country {country}»."},
    "store.advice.none_intact": {
        "nb": " Ingen hel versjon finnes; importer filen på nytt.",
        "en": " No intact version exists; import the file again.",
        "da": " Der findes ingen hel version; importér filen igen."},
    "checks.err.population_not_positive": {
        "nb": "Befolkningen er ikke positiv.",
        "en": "The population is not positive.",
        "da": "Befolkningen er ikke positiv."},
    "checks.err.register_failed": {
        "nb": "Kommuneregisteret besto ikke kontrollen; ingenting er lagret.",
        "en": "The municipality register failed the check; nothing has been saved.",
        "da": "Kommuneregistret bestod ikke kontrollen; intet er gemt."},
    "checks.dk.duplicates": {
        "nb": "Dupliserte kommunekoder",
        "en": "Duplicated municipality codes",
        "da": "Dublerede kommunekoder"},
    "checks.dk.digits": {
        "nb": "Kommunekoden har ikke fire sifre.",
        "en": "The municipality code does not have four digits.",
        "da": "Kommunekoden har ikke fire cifre."},
    "checks.no.duplicates": {
        "nb": "Dupliserte kommunenumre",
        "en": "Duplicated municipality numbers",
        "da": "Dublerede kommunenumre"},
    "checks.no.digits": {
        "nb": "Kommunenummeret har ikke fire sifre.",
        "en": "The municipality number does not have four digits.",
        "da": "Kommunenummeret har ikke fire cifre."},
    "checks.no.missing_county": {
        "nb": "Kommunen mangler fylkesnavn.",
        "en": "The municipality lacks a county name.",
        "da": "Kommunen mangler fylkesnavn."},
}
