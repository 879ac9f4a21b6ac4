"""Strings of the Data page: datasets, versions, integrity, imports."""

STRINGS = {
    "data.versions": {"nb": "Registre og versjoner", "en": "Registers and versions", "da": "Registre og versioner"},
    "data.register.policies": {"nb": "Frivillighetspolitikk", "en": "Volunteering policy", "da": "Frivilligpolitik"},
    "data.register.quality": {"nb": "Politikkens kvalitet (sjekkliste)", "en": "Policy quality (checklist)",
                              "da": "Politikkens kvalitet (tjekliste)"},
    "data.register.organisations": {"nb": "Frivillige organisasjoner", "en": "Voluntary organisations",
                                    "da": "Frivillige foreninger"},
    "data.col.version": {"nb": "Versjon", "en": "Version", "da": "Version"},
    "data.col.current": {"nb": "I bruk", "en": "In use", "da": "I brug"},
    "data.col.file": {"nb": "Fil", "en": "File", "da": "Fil"},
    "data.col.rows": {"nb": "Rader", "en": "Rows", "da": "Rækker"},
    "data.col.imported": {"nb": "Importert (UTC)", "en": "Imported (UTC)", "da": "Importeret (UTC)"},
    "data.col.sha": {"nb": "SHA-256", "en": "SHA-256", "da": "SHA-256"},
    "data.col.ok": {"nb": "Helhet", "en": "Integrity", "da": "Integritet"},
    "data.col.dataset": {"nb": "Datasett", "en": "Dataset", "da": "Datasæt"},
    "data.col.publisher": {"nb": "Utgiver", "en": "Publisher", "da": "Udgiver"},
    "data.col.title": {"nb": "Tittel", "en": "Title", "da": "Titel"},
    "data.col.licence": {"nb": "Lisens", "en": "Licence", "da": "Licens"},
    "data.col.retrieved": {"nb": "Hentet", "en": "Retrieved", "da": "Hentet"},
    "data.col.vintage": {"nb": "Kodeversjon", "en": "Code vintage", "da": "Kodeversion"},
    "data.col.origin": {"nb": "Lest fra", "en": "Read from", "da": "Læst fra"},
    "data.damaged": {"nb": "skadet", "en": "damaged", "da": "beskadiget"},
    "data.restore_pick": {"nb": "Gjenopprett versjon", "en": "Restore version", "da": "Gendan version"},
    "data.restore": {"nb": "Gjenopprett", "en": "Restore", "da": "Gendan"},
    "data.restored": {"nb": "Versjon {version} er i bruk igjen.", "en": "Version {version} is in use again.",
                      "da": "Version {version} er i brug igen."},
    "data.datasets": {"nb": "Datasett og kilder", "en": "Datasets and sources", "da": "Datasæt og kilder"},
    "data.integrity_ok": {"nb": "Alle datasett og versjoner er hele (sjekksummene stemmer).",
                          "en": "Every dataset and version is intact (checksums match).",
                          "da": "Alle datasæt og versioner er hele (tjeksummerne passer)."},
    "data.integrity_bad": {"nb": "Noen filer er skadet eller endret utenfor atlaset:",
                           "en": "Some files are damaged or were changed outside the atlas:",
                           "da": "Nogle filer er beskadigede eller ændret uden for atlasset:"},
    "data.store_path": {"nb": "Datakatalog: {path}", "en": "Data directory: {path}", "da": "Datakatalog: {path}"},
}

STRINGS.update({
    "import.heading": {"nb": "Importer et register", "en": "Import a register", "da": "Importér et register"},
    "import.which": {"nb": "Hvilket register?", "en": "Which register?", "da": "Hvilket register?"},
    "import.file": {"nb": "Velg fil", "en": "Choose a file", "da": "Vælg fil"},
    "import.help.policies": {
        "nb": "CSV (komma, semikolon eller tabulator; UTF-8 eller Windows-1252) eller XLSX, høyst {mb} MB. Én rad per "
              "kommune: kommunenummer eller kommunenavn (gjerne med fylke), status (vedtatt / under arbeid / nei), "
              "vedtaksår og sist revidert. Ingenting lagres før du har sett kontrollrapporten og bekreftet.",
        "en": "CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or XLSX, at most {mb} MB. One row per "
              "municipality: code or name (with county if needed), status (adopted / in progress / none), year "
              "adopted and last revised. Nothing is saved until you have seen the validation report and confirmed.",
        "da": "CSV (komma, semikolon eller tabulator; UTF-8 eller Windows-1252) eller XLSX, højst {mb} MB. Én række "
              "pr. kommune: kommunekode eller navn, status (vedtaget / under udarbejdelse / nej), vedtagelsesår og "
              "senest revideret. Intet gemmes, før du har set kontrolrapporten og bekræftet."},
    "import.too_big": {"nb": "Filen er større enn grensen på {mb} MB og ble ikke lest.",
                       "en": "The file is larger than the {mb} MB limit and was not read.",
                       "da": "Filen er større end grænsen på {mb} MB og blev ikke læst."},
    "import.report": {"nb": "Kontrollrapport (ingenting er lagret ennå)",
                      "en": "Validation report (nothing saved yet)",
                      "da": "Kontrolrapport (intet er gemt endnu)"},
    "import.refused": {"nb": "Filen har feil som må rettes før den kan importeres. Registeret i bruk er uendret.",
                       "en": "The file has errors that must be fixed before it can be imported. The register in "
                             "use is unchanged.",
                       "da": "Filen har fejl, der skal rettes, før den kan importeres. Registret i brug er uændret."},
    "import.confirm": {"nb": "Importer som ny versjon", "en": "Import as a new version",
                       "da": "Importér som ny version"},
    "import.done": {"nb": "Importert som versjon {version}. Tidligere versjoner er beholdt.",
                    "en": "Imported as version {version}. Earlier versions are kept.",
                    "da": "Importeret som version {version}. Tidligere versioner er bevaret."},
})

STRINGS["import.help.organisations"] = {
    "nb": "En lagret fil fra Brønnøysundregistrene, høyst {mb} MB: en søkeside fra Enhetsregisteret (JSON), "
          "totalbestanden (JSON-liste, gjerne gzip) eller Frivillighetsregisterets CSV. Bare enheter i "
          "Frivillighetsregisteret telles. Den nasjonale totalbestanden (ca. 210 MB) hentes med «python -m analytics "
          "fetch --part organisations».",
    "en": "A saved file from the Brønnøysund Register Centre, at most {mb} MB: an Enhetsregisteret search page "
          "(JSON), the bulk file (JSON array, gzip or not) or the Frivillighetsregisteret CSV. Only units in "
          "Frivillighetsregisteret count. The national bulk file (about 210 MB) is fetched with «python -m analytics "
          "fetch --part organisations».",
    "da": "En gemt fil fra Brønnøysundregistrene, højst {mb} MB: en søgeside (JSON), totalbestanden (JSON, evt. "
          "gzip) eller Frivillighetsregisterets CSV. Kun enheder i Frivillighetsregisteret tælles."}

STRINGS.update({
    "edit.heading": {"nb": "Rediger registeret over frivillighetspolitikk i en tabell",
                     "en": "Edit the volunteering-policy register in a table",
                     "da": "Redigér registret over frivilligpolitik i en tabel"},
    "edit.none": {"nb": "Importer et register først; demoregisteret kan ikke redigeres.",
                  "en": "Import a register first; the demo register cannot be edited.",
                  "da": "Importér et register først; demoregistret kan ikke redigeres."},
    "edit.help": {"nb": "Endringer i versjon {version} kontrolleres som en importert fil og lagres som en ny versjon.",
                  "en": "Edits to version {version} are checked like an imported file and saved as a new version.",
                  "da": "Ændringer i version {version} kontrolleres som en importeret fil og gemmes som ny version."},
    "edit.check": {"nb": "Kontroller og lagre", "en": "Check and save", "da": "Kontrollér og gem"},
})
