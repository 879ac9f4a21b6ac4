"""Command line (``python -m analytics``): help texts, plain output lines and refusals of the CLI itself."""

STRINGS = {
    "cli.description": {
        "nb": "Frivillighetsatlas: registre og analyser.",
        "en": "Volunteering Atlas: registers and analyses.",
        "da": "Frivillighedsatlas: registre og analyser."},
    "cli.usage_error": {
        "nb": "Feil i kommandoen: {message}",
        "en": "Error in the command: {message}",
        "da": "Fejl i kommandoen: {message}"},
    "cli.interrupted": {
        "nb": "Avbrutt. Registrene som var i bruk, er uendret.",
        "en": "Interrupted. The registers in use are unchanged.",
        "da": "Afbrudt. Registrene, der var i brug, er uændrede."},
    "cli.help.data_dir": {
        "nb": "datakatalog (ellers FRIVILLIG_DATA_DIR eller data/store)",
        "en": "data directory (else FRIVILLIG_DATA_DIR or data/store)",
        "da": "datamappe (ellers FRIVILLIG_DATA_DIR eller data/store)"},
    "cli.help.lang": {
        "nb": "språket meldinger og rapporter skrives på: nb, en eller da (ellers FRIVILLIG_LANG, ellers nb)",
        "en": "the language of messages and reports: nb, en or da (else FRIVILLIG_LANG, else nb)",
        "da": "sproget for meddelelser og rapporter: nb, en eller da (ellers FRIVILLIG_LANG, ellers nb)"},
    "cli.help.import": {
        "nb": "importer en fil til et register",
        "en": "import a file into a register",
        "da": "importér en fil til et register"},
    "cli.help.country": {
        "nb": "land: no (Norge) eller dk (Danmark)",
        "en": "country: no (Norway) or dk (Denmark)",
        "da": "land: no (Norge) eller dk (Danmark)"},
    "cli.help.json": {
        "nb": "skriv JSON",
        "en": "write JSON",
        "da": "skriv JSON"},
    "cli.help.quiet": {
        "nb": "ingen fremdriftslinje",
        "en": "no progress line",
        "da": "ingen statuslinje"},
    "cli.help.dry_run": {
        "nb": "bare kontroller filen; skriv ingenting",
        "en": "only check the file; write nothing",
        "da": "kontrollér kun filen; skriv intet"},
    "cli.help.dry_run_files": {
        "nb": "bare kontroller filene; skriv ingenting",
        "en": "only check the files; write nothing",
        "da": "kontrollér kun filerne; skriv intet"},
    "cli.help.table_file": {
        "nb": "filen (CSV med , ; eller tabulator, eller .xlsx)",
        "en": "the file (CSV with , ; or tab, or .xlsx)",
        "da": "filen (CSV med , ; eller tabulator, eller .xlsx)"},
    "cli.help.fetch": {
        "nb": "hent registrene fra utgiverne (eller fra --source-dir)",
        "en": "fetch the registers from the publishers (or from --source-dir)",
        "da": "hent registrene fra udgiverne (eller fra --source-dir)"},
    "cli.help.source_dir": {
        "nb": "les kildene fra en lokal mappe (ellers FRIVILLIG_SOURCE_DIR, ellers nett)",
        "en": "read the sources from a local folder (else FRIVILLIG_SOURCE_DIR, else the internet)",
        "da": "læs kilderne fra en lokal mappe (ellers FRIVILLIG_SOURCE_DIR, ellers nettet)"},
    "cli.help.part": {
        "nb": "base: kommuner, folketall og grenser (raskt); organisations: organisasjonsregisteret (den store "
              "filen, kan kjøres i bakgrunnen); all: begge",
        "en": "base: municipalities, population and boundaries (fast); organisations: the organisation register (the"
              " large file, can run in the background); all: both",
        "da": "base: kommuner, folketal og grænser (hurtigt); organisations: foreningsregistret (den store fil, kan "
              "køre i baggrunden); all: begge"},
    "cli.help.municipalities": {
        "nb": "kommuneregisteret",
        "en": "the municipality register",
        "da": "kommuneregistret"},
    "cli.help.datasets": {
        "nb": "datasett i lageret med kilde, lisens og hentetidspunkt",
        "en": "datasets in the store with source, licence and time of retrieval",
        "da": "datasæt i lageret med kilde, licens og hentetidspunkt"},
    "cli.help.check": {
        "nb": "kontroller sjekksummene til alle registre",
        "en": "verify the checksums of all registers",
        "da": "kontrollér tjeksummerne for alle registre"},
    "cli.help.import_organisations": {
        "nb": "importer frivillige organisasjoner fra Brønnøysundregistrene",
        "en": "import voluntary organisations from the Brønnøysund Register Centre",
        "da": "importér frivillige organisationer fra Brønnøysundregistrene"},
    "cli.help.org_files": {
        "nb": "søkeside (JSON), totalbestand (enheter/lastned, .json eller .json.gz), CSV fra "
              "Frivillighetsregisteret, poster med ICNPO-kategorier eller ICNPO-kodelista",
        "en": "search page (JSON), full extract (enheter/lastned, .json or .json.gz), CSV from the Register of "
              "Non-Profit Organisations, records with ICNPO categories or the ICNPO code list",
        "da": "søgeside (JSON), totaludtræk (enheter/lastned, .json eller .json.gz), CSV fra "
              "Frivillighetsregisteret, poster med ICNPO-kategorier eller ICNPO-kodelisten"},
    "cli.help.org_country": {
        "nb": "no: filer fra Brønnøysundregistrene; dk: et CVR-uttrekk av foreninger",
        "en": "no: files from the Brønnøysund Register Centre; dk: a CVR extract of associations",
        "da": "no: filer fra Brønnøysundregistrene; dk: et CVR-udtræk af foreninger"},
    "cli.help.organisations": {
        "nb": "organisasjonsregisteret: antall per kommune og per ICNPO-kategori",
        "en": "the organisation register: counts per municipality and per ICNPO category",
        "da": "foreningsregistret: antal pr. kommune og pr. ICNPO-kategori"},
    "cli.help.only_norway": {
        "nb": "bare Norge (no)",
        "en": "Norway only (no)",
        "da": "kun Norge (no)"},
    "cli.help.import_policies": {
        "nb": "importer et register over frivillighetspolitikk (CSV eller XLSX)",
        "en": "import a register of volunteering policies (CSV or XLSX)",
        "da": "importér et register over frivilligpolitik (CSV eller XLSX)"},
    "cli.help.policies": {
        "nb": "registeret over frivillighetspolitikk",
        "en": "the register of volunteering policies",
        "da": "registret over frivilligpolitik"},
    "cli.help.version": {
        "nb": "en bestemt versjon (ellers den som er i bruk)",
        "en": "a given version (else the one in use)",
        "da": "en bestemt version (ellers den, der er i brug)"},
    "cli.help.demo_show": {
        "nb": "vis demoregisteret når ingenting er importert",
        "en": "show the demo register when nothing has been imported",
        "da": "vis demoregistret, når intet er importeret"},
    "cli.help.demo_use": {
        "nb": "bruk demoregisteret når ingenting er importert",
        "en": "use the demo register when nothing has been imported",
        "da": "brug demoregistret, når intet er importeret"},
    "cli.help.coverage": {
        "nb": "dekning: andel kommuner og innbyggere med vedtatt politikk",
        "en": "coverage: share of municipalities and inhabitants with an adopted policy",
        "da": "dækning: andel kommuner og indbyggere med vedtaget politik"},
    "cli.help.year": {
        "nb": "registeret slik det sto ved utgangen av dette året",
        "en": "the register as it stood at the end of this year",
        "da": "registret, som det stod ved udgangen af dette år"},
    "cli.help.versions": {
        "nb": "versjonene av et register (policies, quality …)",
        "en": "the versions of a register (policies, quality …)",
        "da": "versionerne af et register (policies, quality …)"},
    "cli.help.register": {
        "nb": "registeret, f.eks. policies",
        "en": "the register, e.g. policies",
        "da": "registret, f.eks. policies"},
    "cli.help.restore": {
        "nb": "ta i bruk en tidligere versjon av et register",
        "en": "bring an earlier version of a register back into use",
        "da": "tag en tidligere version af et register i brug igen"},
    "cli.help.version_name": {
        "nb": "versjonen, f.eks. v0002",
        "en": "the version, e.g. v0002",
        "da": "versionen, f.eks. v0002"},
    "cli.help.import_quality": {
        "nb": "importer en sjekkliste for politikkens kvalitet (de ti bud, prosess, strukturer; CSV eller XLSX)",
        "en": "import a policy-quality checklist (the ten bud, process, structures; CSV or XLSX)",
        "da": "importér en tjekliste for politikkens kvalitet (de ti bud, proces, strukturer; CSV eller XLSX)"},
    "cli.help.quality": {
        "nb": "sjekklisten: de ti bud, frivillighetsråd og prosesstrinn per kommune",
        "en": "the checklist: the ten bud, volunteer council and process steps per municipality",
        "da": "tjeklisten: de ti bud, frivilligråd og procestrin pr. kommune"},
    "cli.help.quality_summary": {
        "nb": "hvor ofte hvert bud er oppfylt, nasjonalt og per fylke/region",
        "en": "how often each bud is met, nationally and per county/region",
        "da": "hvor ofte hvert bud er opfyldt, nationalt og pr. region"},
    "cli.help.demo_checklist_show": {
        "nb": "vis demosjekklisten når ingenting er importert",
        "en": "show the demo checklist when nothing has been imported",
        "da": "vis demotjeklisten, når intet er importeret"},
    "cli.help.demo_checklist_use": {
        "nb": "bruk demosjekklisten når ingenting er importert",
        "en": "use the demo checklist when nothing has been imported",
        "da": "brug demotjeklisten, når intet er importeret"},
    "cli.bad_date": {
        "nb": "«{value}» er ikke en dato på formen ÅÅÅÅ-MM-DD.",
        "en": "«{value}» is not a date of the form YYYY-MM-DD.",
        "da": "«{value}» er ikke en dato på formen ÅÅÅÅ-MM-DD."},
    "cli.bad_register_name": {
        "nb": "«{name}» er ikke et registernavn (for eksempel «policies»).",
        "en": "«{name}» is not a register name (for example «policies»).",
        "da": "«{name}» er ikke et registernavn (for eksempel «policies»)."},
    "cli.bad_version_name": {
        "nb": "«{version}» er ikke et versjonsnavn; bruk for eksempel «v0002» (se «versions»).",
        "en": "«{version}» is not a version name; use for example «v0002» (see «versions»).",
        "da": "«{version}» er ikke et versionsnavn; brug for eksempel «v0002» (se «versions»)."},
    "cli.no_policies": {
        "nb": "Ingen register over frivillighetspolitikk er importert for {country}. Importer et med «python -m "
              "analytics import policies FIL --country {country}», eller se demoregisteret med --demo.",
        "en": "No register of volunteering policies has been imported for {country}. Import one with «python -m "
              "analytics import policies FILE --country {country}», or see the demo register with --demo.",
        "da": "Intet register over frivilligpolitik er importeret for {country}. Importér et med «python -m "
              "analytics import policies FIL --country {country}», eller se demoregistret med --demo."},
    "cli.no_quality": {
        "nb": "Ingen sjekkliste for politikkens kvalitet er importert for {country}. Importer en med «python -m "
              "analytics import quality FIL --country {country}».",
        "en": "No policy-quality checklist has been imported for {country}. Import one with «python -m analytics "
              "import quality FILE --country {country}».",
        "da": "Ingen tjekliste for politikkens kvalitet er importeret for {country}. Importér en med «python -m "
              "analytics import quality FIL --country {country}»."},
    "cli.no_quality_demo": {
        "nb": "Ingen sjekkliste for politikkens kvalitet er importert for {country}. Importer en med «python -m "
              "analytics import quality FIL --country {country}», eller se demosjekklisten med --demo.",
        "en": "No policy-quality checklist has been imported for {country}. Import one with «python -m analytics "
              "import quality FILE --country {country}», or see the demo checklist with --demo.",
        "da": "Ingen tjekliste for politikkens kvalitet er importeret for {country}. Importér en med «python -m "
              "analytics import quality FIL --country {country}», eller se demotjeklisten med --demo."},
    "cli.no_organisations": {
        "nb": "Organisasjonsregisteret er ikke hentet eller importert ennå. Kjør «python -m analytics fetch "
              "--country no» eller «python -m analytics import organisations FIL».",
        "en": "The organisation register has not been fetched or imported yet. Run «python -m analytics fetch "
              "--country no» or «python -m analytics import organisations FILE».",
        "da": "Foreningsregistret er ikke hentet eller importeret endnu. Kør «python -m analytics fetch --country "
              "no» eller «python -m analytics import organisations FIL»."},
    "cli.one_cvr_file": {
        "nb": "Oppgi én CVR-fil om gangen for Danmark.",
        "en": "Give one CVR file at a time for Denmark.",
        "da": "Angiv én CVR-fil ad gangen for Danmark."},
    "cli.cannot_read_file": {
        "nb": "Fant ikke filen eller kunne ikke lese den.",
        "en": "The file was not found or could not be read.",
        "da": "Filen blev ikke fundet eller kunne ikke læses."},
    "cli.damaged_registers": {
        "nb": "Noen registre er skadet:",
        "en": "Some registers are damaged:",
        "da": "Nogle registre er beskadigede:"},
    "cli.fetch_base_first": {
        "nb": "Hent kommuneregisteret først: «python -m analytics fetch --country no --part base».",
        "en": "Fetch the municipality register first: «python -m analytics fetch --country no --part base».",
        "da": "Hent kommuneregistret først: «python -m analytics fetch --country no --part base»."},
    "cli.out.warnings": {
        "nb": "Advarsler ({n}):",
        "en": "Warnings ({n}):",
        "da": "Advarsler ({n}):"},
    "cli.out.more": {
        "nb": "  ... og {n} til",
        "en": "  ... and {n} more",
        "da": "  ... og {n} mere"},
    "cli.out.dry_run": {
        "nb": "Bare kontroll (--dry-run): ingenting er skrevet.",
        "en": "Check only (--dry-run): nothing has been written.",
        "da": "Kun kontrol (--dry-run): intet er skrevet."},
    "cli.out.imported": {
        "nb": "Importert som versjon {version} av registeret «{register}» ({country}); tidligere versjoner er "
              "beholdt.",
        "en": "Imported as version {version} of the register «{register}» ({country}); earlier versions are kept.",
        "da": "Importeret som version {version} af registret «{register}» ({country}); tidligere versioner er "
              "bevaret."},
    "cli.out.imported_short": {
        "nb": "Importert som versjon {version} av registeret «{register}» ({country}).",
        "en": "Imported as version {version} of the register «{register}» ({country}).",
        "da": "Importeret som version {version} af registret «{register}» ({country})."},
    "cli.out.cvr_read": {
        "nb": "{n} foreninger lest fra «{file}».",
        "en": "{n} associations read from «{file}».",
        "da": "{n} foreninger læst fra «{file}»."},
    "cli.out.icnpo_saved": {
        "nb": "ICNPO-kodelista er lagret ({n} koder).",
        "en": "The ICNPO code list is saved ({n} codes).",
        "da": "ICNPO-kodelisten er gemt ({n} koder)."},
    "cli.out.note": {
        "nb": "Merk: {message}",
        "en": "Note: {message}",
        "da": "Bemærk: {message}"},
    "cli.out.fetched": {
        "nb": "Hentet {n} kommuner til {path}.",
        "en": "Fetched {n} municipalities into {path}.",
        "da": "Hentede {n} kommuner til {path}."},
    "cli.out.reading_sources": {
        "nb": "Leser kildene …",
        "en": "Reading the sources …",
        "da": "Læser kilderne …"},
    "cli.out.writing": {
        "nb": "Skriver {name} …",
        "en": "Writing {name} …",
        "da": "Skriver {name} …"},
    "cli.out.org_not_fetched": {
        "nb": "Organisasjonsregisteret ble ikke hentet: {error}",
        "en": "The organisation register was not fetched: {error}",
        "da": "Foreningsregistret blev ikke hentet: {error}"},
    "cli.out.dataset_line": {
        "nb": "{dataset:<16} {rows:>7} rader  {publisher} · {licence} · hentet {retrieved}",
        "en": "{dataset:<16} {rows:>7} rows  {publisher} · {licence} · retrieved {retrieved}",
        "da": "{dataset:<16} {rows:>7} rækker  {publisher} · {licence} · hentet {retrieved}"},
    "cli.out.all_intact": {
        "nb": "Alle registre er hele (sjekksummene stemmer).",
        "en": "All registers are intact (the checksums match).",
        "da": "Alle registre er hele (tjeksummerne stemmer)."},
    "cli.out.version_from": {
        "nb": "Versjon {version} fra «{file}» ({written}).",
        "en": "Version {version} from «{file}» ({written}).",
        "da": "Version {version} fra «{file}» ({written})."},
    "cli.out.version_from_retrieved": {
        "nb": "Versjon {version} fra «{file}» (hentet {retrieved}).",
        "en": "Version {version} from «{file}» (retrieved {retrieved}).",
        "da": "Version {version} fra «{file}» (hentet {retrieved})."},
    "cli.out.only_municipality": {
        "nb": "NB: dekker bare kommune {codes}, ikke hele landet.",
        "en": "Note: covers only municipality {codes}, not the whole country.",
        "da": "NB: dækker kun kommune {codes}, ikke hele landet."},
    "cli.out.org_totals": {
        "nb": "{total} organisasjoner i kommunene, {outside} utenfor kommunene.",
        "en": "{total} organisations in the municipalities, {outside} outside the municipalities.",
        "da": "{total} foreninger i kommunerne, {outside} uden for kommunerne."},
    "cli.out.oslo_note": {
        "nb": "  (inkluderer landsomfattende organisasjoner registrert i Oslo)",
        "en": "  (includes nationwide organisations registered in Oslo)",
        "da": "  (omfatter landsdækkende organisationer registreret i Oslo)"},
    "cli.out.demo": {
        "nb": "DEMO - oppdiktede data, ikke ekte kommuner.",
        "en": "DEMO - made-up data, not real municipalities.",
        "da": "DEMO - opdigtede data, ikke rigtige kommuner."},
    "cli.out.adopted_year": {
        "nb": "vedtatt {year}",
        "en": "adopted {year}",
        "da": "vedtaget {year}"},
    "cli.out.revised_year": {
        "nb": "revidert {year}",
        "en": "revised {year}",
        "da": "revideret {year}"},
    "cli.out.coverage": {
        "nb": "{adopted} av {municipalities} kommuner har vedtatt frivillighetspolitikk ({share}); {in_progress} "
              "under arbeid, {none} uten, {no_data} uten data.\n{covered} av {population} innbyggere "
              "({share_population}) bor i en kommune med vedtatt politikk.",
        "en": "{adopted} of {municipalities} municipalities have adopted a volunteering policy ({share}); "
              "{in_progress} in progress, {none} without, {no_data} without data.\n{covered} of {population} "
              "inhabitants ({share_population}) live in a municipality with an adopted policy.",
        "da": "{adopted} af {municipalities} kommuner har vedtaget en frivilligpolitik ({share}); {in_progress} "
              "under udarbejdelse, {none} uden, {no_data} uden data.\n{covered} af {population} indbyggere "
              "({share_population}) bor i en kommune med vedtaget politik."},
    "cli.out.revision": {
        "nb": "Revisjon: {due} bør revideres, {current} revidert av sittende kommunestyre (tiltrådte {took_office}),"
              " {uncertain} usikre, {unknown} uten årstall.",
        "en": "Revision: {due} due for revision, {current} revised by the sitting council (took office "
              "{took_office}), {uncertain} uncertain, {unknown} without a year.",
        "da": "Revision: {due} bør revideres, {current} revideret af den siddende kommunalbestyrelse (tiltrådt "
              "{took_office}), {uncertain} usikre, {unknown} uden årstal."},
    "cli.out.no_versions": {
        "nb": "Registeret «{register}» ({country}) har ingen versjoner ennå.",
        "en": "The register «{register}» ({country}) has no versions yet.",
        "da": "Registret «{register}» ({country}) har ingen versioner endnu."},
    "cli.out.in_use": {
        "nb": " (i bruk)",
        "en": " (in use)",
        "da": " (i brug)"},
    "cli.out.damaged": {
        "nb": " SKADET",
        "en": " DAMAGED",
        "da": " BESKADIGET"},
    "cli.out.version_line": {
        "nb": "{version}{flag}{damaged}  {written}  av {signed}  «{source}»  {rows} rader  sha256 {sha}",
        "en": "{version}{flag}{damaged}  {written}  by {signed}  «{source}»  {rows} rows  sha256 {sha}",
        "da": "{version}{flag}{damaged}  {written}  af {signed}  «{source}»  {rows} rækker  sha256 {sha}"},
    "cli.out.restored": {
        "nb": "Versjon {version} av «{register}» ({country}) er tatt i bruk igjen (fra «{source}»).",
        "en": "Version {version} of «{register}» ({country}) is in use again (from «{source}»).",
        "da": "Version {version} af «{register}» ({country}) er taget i brug igen (fra «{source}»)."},
    "cli.out.yes": {
        "nb": "ja",
        "en": "yes",
        "da": "ja"},
    "cli.out.no": {
        "nb": "nei",
        "en": "no",
        "da": "nej"},
    "cli.out.quality_line": {
        "nb": "{code} {name}: bud {bud}; frivillighetsråd {council}; {steps} av {total} prosesstrinn",
        "en": "{code} {name}: bud {bud}; volunteer council {council}; {steps} of {total} process steps",
        "da": "{code} {name}: bud {bud}; frivilligråd {council}; {steps} af {total} procestrin"},
    "cli.out.assessed": {
        "nb": "{assessed} av {municipalities} kommuner er i sjekklisten.",
        "en": "{assessed} of {municipalities} municipalities are in the checklist.",
        "da": "{assessed} af {municipalities} kommuner er i tjeklisten."},
    "cli.out.bud_line": {
        "nb": "  Bud {n}: oppfylt {met}, ikke oppfylt {not_met}, ukjent {unknown} ({share} av dem som har svar)",
        "en": "  Bud {n}: met {met}, not met {not_met}, unknown {unknown} ({share} of those answered)",
        "da": "  Bud {n}: opfyldt {met}, ikke opfyldt {not_met}, ukendt {unknown} ({share} af dem, der har svaret)"},
    "cli.out.weakest": {
        "nb": "Svakest: bud {weakest}. Oppfyller alle kriteriene: {n} kommuner.",
        "en": "Weakest: bud {weakest}. Meets every criterion: {n} municipalities.",
        "da": "Svagest: bud {weakest}. Opfylder alle kriterierne: {n} kommuner."},
    "cli.progress": {
        "nb": "{what}: {done} MB",
        "en": "{what}: {done} MB",
        "da": "{what}: {done} MB"},
    "cli.progress.of": {
        "nb": "{what}: {done} MB / {total} MB",
        "en": "{what}: {done} MB / {total} MB",
        "da": "{what}: {done} MB / {total} MB"},
    "cli.out.approx": {
        "nb": "ca. ",
        "en": "c. ",
        "da": "ca. "},
    "cli.out.status_year": {
        "nb": "år for arbeidet {year}",
        "en": "year of the work {year}",
        "da": "år for arbejdet {year}"},
}
