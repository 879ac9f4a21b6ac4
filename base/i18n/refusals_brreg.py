"""Refusals of files and answers from the Brønnøysund Register Centre (sources.brreg)."""

STRINGS = {
    "brreg.err.json_shape_unknown": {
        "nb": "JSON-filen har feil form: den er verken en søkeside fra Enhetsregisteret («_embedded.enheter»), en "
              "side fra Frivillighetsregisteret eller ICNPO-lista. Fant nøklene {keys}{sub}.",
        "en": "The JSON file has the wrong shape: it is neither a search page from the Central Coordinating Register"
              " («_embedded.enheter»), a page from the Register of Non-Profit Organisations nor the ICNPO list. "
              "Found the keys {keys}{sub}.",
        "da": "JSON-filen har forkert form: den er hverken en søgeside fra Enhetsregisteret («_embedded.enheter»), "
              "en side fra Frivillighetsregisteret eller ICNPO-listen. Fandt nøglerne {keys}{sub}."},
    "brreg.err.too_many_pages": {
        "nb": "Frivillighetsregisteret ga mer enn {n} sider; avbrutt.",
        "en": "The Register of Non-Profit Organisations gave more than {n} pages; stopped.",
        "da": "Frivillighetsregisteret gav mere end {n} sider; afbrudt."},
    "brreg.err.nul_bytes": {
        "nb": "Filen er binær (inneholder NUL-tegn), ikke tekst fra Brønnøysundregistrene.",
        "en": "The file is binary (holds NUL characters), not text from the Brønnøysund Register Centre.",
        "da": "Filen er binær (indeholder NUL-tegn), ikke tekst fra Brønnøysundregistrene."},
    "brreg.err.empty": {
        "nb": "Filen er tom (ingen data).",
        "en": "The file is empty (no data).",
        "da": "Filen er tom (ingen data)."},
    "brreg.err.binary": {
        "nb": "Filen er binær og ikke en JSON- eller CSV-fil fra Brønnøysundregistrene (er det et regneark eller en "
              "zip-fil?).",
        "en": "The file is binary and not a JSON or CSV file from the Brønnøysund Register Centre (is it a "
              "spreadsheet or a zip file?).",
        "da": "Filen er binær og ikke en JSON- eller CSV-fil fra Brønnøysundregistrene (er det et regneark eller en "
              "zip-fil?)."},
    "brreg.err.too_deep_download": {
        "nb": "JSON-filen er nestet dypere enn {depth} nivåer; data fra Brønnøysundregistrene er aldri det. Last ned"
              " filen på nytt.",
        "en": "The JSON file is nested deeper than {depth} levels; data from the Brønnøysund Register Centre never "
              "are. Download the file again.",
        "da": "JSON-filen er indlejret dybere end {depth} niveauer; data fra Brønnøysundregistrene er aldrig det. "
              "Download filen igen."},
    "brreg.err.html": {
        "nb": "Filen er en nettside (HTML), ikke data fra Brønnøysundregistrene. Ofte er det en feilside som ble "
              "lagret i stedet for dataene; last ned på nytt.",
        "en": "The file is a web page (HTML), not data from the Brønnøysund Register Centre. Often it is an error "
              "page saved instead of the data; download again.",
        "da": "Filen er en webside (HTML), ikke data fra Brønnøysundregistrene. Ofte er det en fejlside, der blev "
              "gemt i stedet for dataene; download igen."},
    "brreg.err.empty_list": {
        "nb": "Filen er en tom JSON-liste (ingen enheter).",
        "en": "The file is an empty JSON list (no units).",
        "da": "Filen er en tom JSON-liste (ingen enheder)."},
    "brreg.err.list_not_units_keys": {
        "nb": "JSON-lista har feil form: elementene er ikke enheter fra Enhetsregisteret (mangler "
              "«organisasjonsnummer» og «navn»; første element har {keys}).",
        "en": "The JSON list has the wrong shape: its elements are not units from the Central Coordinating Register "
              "(they lack «organisasjonsnummer» and «navn»; the first element has {keys}).",
        "da": "JSON-listen har forkert form: elementerne er ikke enheder fra Enhetsregisteret (mangler "
              "«organisasjonsnummer» og «navn»; første element har {keys})."},
    "brreg.err.object_too_large": {
        "nb": "JSON-objektet er for stort til å være en søkeside (over 512 MB). Den nasjonale filen er en JSON-liste"
              " («[ {{...}}, ... ]»).",
        "en": "The JSON object is too large to be a search page (over 512 MB). The national file is a JSON list («[ "
              "{{...}}, ... ]»).",
        "da": "JSON-objektet er for stort til at være en søgeside (over 512 MB). Den nationale fil er en JSON-liste "
              "(«[ {{...}}, ... ]»)."},
    "brreg.err.not_object": {
        "nb": "JSON-filen har feil form (ventet et objekt eller en liste).",
        "en": "The JSON file has the wrong shape (expected an object or a list).",
        "da": "JSON-filen har forkert form (forventede et objekt eller en liste)."},
    "brreg.err.icnpo_code_not_number": {
        "nb": "ICNPO-lista har en kode som ikke er et tall.",
        "en": "The ICNPO list has a code that is not a number.",
        "da": "ICNPO-listen har en kode, der ikke er et tal."},
    "brreg.err.icnpo_code_twice": {
        "nb": "ICNPO-lista har samme kode to ganger.",
        "en": "The ICNPO list has the same code twice.",
        "da": "ICNPO-listen har den samme kode to gange."},
    "brreg.err.unknown_file": {
        "nb": "Filen er ikke en kjent fil fra Brønnøysundregistrene: verken JSON (søkeside eller totalbestand) eller"
              " en CSV med organisasjonsnummer og kommunenummer. Første linje har kolonnene: {columns}.",
        "en": "The file is not a known file from the Brønnøysund Register Centre: neither JSON (search page or full "
              "extract) nor a CSV with organisation number and municipality number. The first line has the columns: "
              "{columns}.",
        "da": "Filen er ikke en kendt fil fra Brønnøysundregistrene: hverken JSON (søgeside eller totaludtræk) eller"
              " en CSV med organisationsnummer og kommunenummer. Første linje har kolonnerne: {columns}."},
    "brreg.err.cannot_read": {
        "nb": "Kan ikke lese filen ({reason}).",
        "en": "Cannot read the file ({reason}).",
        "da": "Kan ikke læse filen ({reason})."},
    "brreg.err.gzip_truncated": {
        "nb": "Filen er avkortet: gzip-strømmen slutter før tiden (ble nedlastingen avbrutt?).",
        "en": "The file is truncated: the gzip stream ends early (was the download interrupted?).",
        "da": "Filen er afkortet: gzip-strømmen slutter for tidligt (blev downloadet afbrudt?)."},
    "brreg.err.gzip_damaged": {
        "nb": "Filen er skadet og kan ikke pakkes ut som gzip ({reason}).",
        "en": "The file is damaged and cannot be unpacked as gzip ({reason}).",
        "da": "Filen er beskadiget og kan ikke pakkes ud som gzip ({reason})."},
    "brreg.err.json_truncated_at": {
        "nb": "JSON-filen slutter midt i en post: den er avkortet (ble nedlastingen avbrutt?). Siste hele post var "
              "nr. {n}.",
        "en": "The JSON file ends in the middle of a record: it is truncated (was the download interrupted?). The "
              "last whole record was no. {n}.",
        "da": "JSON-filen slutter midt i en post: den er afkortet (blev downloadet afbrudt?). Sidste hele post var "
              "nr. {n}."},
    "brreg.err.list_not_units": {
        "nb": "JSON-lista har feil form: elementene er ikke enheter fra Enhetsregisteret.",
        "en": "The JSON list has the wrong shape: its elements are not units from the Central Coordinating Register.",
        "da": "JSON-listen har forkert form: elementerne er ikke enheder fra Enhetsregisteret."},
    "brreg.err.not_utf8": {
        "nb": "JSON-filen er ikke UTF-8-tekst.",
        "en": "The JSON file is not UTF-8 text.",
        "da": "JSON-filen er ikke UTF-8-tekst."},
    "brreg.err.too_deep": {
        "nb": "JSON-filen er nestet dypere enn {depth} nivåer; data fra Brønnøysundregistrene er aldri det.",
        "en": "The JSON file is nested deeper than {depth} levels; data from the Brønnøysund Register Centre never "
              "are.",
        "da": "JSON-filen er indlejret dybere end {depth} niveauer; data fra Brønnøysundregistrene er aldrig det."},
    "brreg.err.json_unreadable": {
        "nb": "JSON-filen kan ikke leses: {why}.",
        "en": "The JSON file cannot be read: {why}.",
        "da": "JSON-filen kan ikke læses: {why}."},
    "brreg.err.icnpo_shape": {
        "nb": "ICNPO-lista har feil form.",
        "en": "The ICNPO list has the wrong shape.",
        "da": "ICNPO-listen har forkert form."},
    "brreg.err.icnpo_no_number": {
        "nb": "ICNPO-kategori uten gyldig «icnpoNummer».",
        "en": "ICNPO category without a valid «icnpoNummer».",
        "da": "ICNPO-kategori uden gyldigt «icnpoNummer»."},
    "brreg.err.csv_empty": {
        "nb": "CSV-filen er tom.",
        "en": "The CSV file is empty.",
        "da": "CSV-filen er tom."},
    "brreg.err.csv_unreadable": {
        "nb": "CSV-filen kan ikke leses ({reason}).",
        "en": "The CSV file cannot be read ({reason}).",
        "da": "CSV-filen kan ikke læses ({reason})."},
    "brreg.err.short_row": {
        "nb": "Raden har bare {n} av {width} kolonner (er filen avkortet, eller brukes et annet skilletegn?).",
        "en": "The row has only {n} of {width} columns (is the file truncated, or is another separator used?).",
        "da": "Rækken har kun {n} af {width} kolonner (er filen afkortet, eller bruges et andet skilletegn?)."},
    "brreg.warn.no_icnpo_column": {
        "nb": "CSV-filen har ingen ICNPO-kolonne; kategoriene mangler.",
        "en": "The CSV file has no ICNPO column; the categories are missing.",
        "da": "CSV-filen har ingen ICNPO-kolonne; kategorierne mangler."},
    "brreg.err.answer_not_json": {
        "nb": "Svaret fra Brønnøysundregistrene ({what}) er ikke JSON: «{head}».",
        "en": "The answer from the Brønnøysund Register Centre ({what}) is not JSON: «{head}».",
        "da": "Svaret fra Brønnøysundregistrene ({what}) er ikke JSON: «{head}»."},
    "brreg.err.answer_shape": {
        "nb": "Svaret fra Frivillighetsregisteret har feil form (ingen liste over organisasjoner).",
        "en": "The answer from the Register of Non-Profit Organisations has the wrong shape (no list of "
              "organisations).",
        "da": "Svaret fra Frivillighetsregisteret har forkert form (ingen liste over organisationer)."},
    "brreg.err.same_page_twice": {
        "nb": "Frivillighetsregisteret svarte med samme side to ganger; avbrutt for ikke å gå i ring.",
        "en": "The Register of Non-Profit Organisations answered with the same page twice; stopped so as not to loop.",
        "da": "Frivillighetsregisteret svarede med den samme side to gange; afbrudt for ikke at gå i ring."},
    "brreg.err.no_total": {
        "nb": "Søket for kommune {code} ga ikke antall treff («page.totalElements»).",
        "en": "The search for municipality {code} did not give the number of hits («page.totalElements»).",
        "da": "Søgningen for kommune {code} gav ikke antal hits («page.totalElements»)."},
    "brreg.err.not_frr_record": {
        "nb": "Et element i lista er ikke en post fra Frivillighetsregisteret (mangler «organisasjonsnummer» eller "
              "«icnpoKategorier»).",
        "en": "An element of the list is not a record from the Register of Non-Profit Organisations (it lacks "
              "«organisasjonsnummer» or «icnpoKategorier»).",
        "da": "Et element i listen er ikke en post fra Frivillighetsregisteret (mangler «organisasjonsnummer» eller "
              "«icnpoKategorier»)."},
    "brreg.err.array_truncated": {
        "nb": "JSON-filen ({what}) slutter midt i en post: den er avkortet (ble nedlastingen avbrutt?).",
        "en": "The JSON file ({what}) ends in the middle of a record: it is truncated (was the download "
              "interrupted?).",
        "da": "JSON-filen ({what}) slutter midt i en post: den er afkortet (blev downloadet afbrudt?)."},
    "brreg.err.array_syntax": {
        "nb": "JSON-filen ({what}) har en syntaksfeil: {detail}.",
        "en": "The JSON file ({what}) has a syntax error: {detail}.",
        "da": "JSON-filen ({what}) har en syntaksfejl: {detail}."},
    "brreg.err.record_too_deep": {
        "nb": "En post i JSON-filen er nestet for dypt til å være fra Brønnøysundregistrene.",
        "en": "A record in the JSON file is nested too deeply to be from the Brønnøysund Register Centre.",
        "da": "En post i JSON-filen er indlejret for dybt til at være fra Brønnøysundregistrene."},
    "brreg.err.syntax_after": {
        "nb": "JSON-filen har en syntaksfeil etter post nr. {n}: {detail}.",
        "en": "The JSON file has a syntax error after record no. {n}: {detail}.",
        "da": "JSON-filen har en syntaksfejl efter post nr. {n}: {detail}."},
    "brreg.err.search_element": {
        "nb": "Søkesiden har feil form: element nr. {i} i «_embedded.enheter» er ikke en enhet (mangler "
              "«organisasjonsnummer»).",
        "en": "The search page has the wrong shape: element no. {i} in «_embedded.enheter» is not a unit (it lacks "
              "«organisasjonsnummer»).",
        "da": "Søgesiden har forkert form: element nr. {i} i «_embedded.enheter» er ikke en enhed (mangler "
              "«organisasjonsnummer»)."},
    "brreg.warn.one_page": {
        "nb": "Søkesiden er én side av {total} treff; bare {n} enheter er med. Bruk den nasjonale filen "
              "(enheter/lastned) for hele landet.",
        "en": "The search page is one page of {total} hits; only {n} units are included. Use the national file "
              "(enheter/lastned) for the whole country.",
        "da": "Søgesiden er én side af {total} hits; kun {n} enheder er med. Brug den nationale fil "
              "(enheter/lastned) for hele landet."},
    "brreg.err.frr_element": {
        "nb": "Element nr. {i} i «_embedded.frivilligeOrganisasjoner» er ikke en post fra Frivillighetsregisteret.",
        "en": "Element no. {i} in «_embedded.frivilligeOrganisasjoner» is not a record from the Register of "
              "Non-Profit Organisations.",
        "da": "Element nr. {i} i «_embedded.frivilligeOrganisasjoner» er ikke en post fra Frivillighetsregisteret."},
    "brreg.err.list_element": {
        "nb": "JSON-lista har feil form: element nr. {i} er ikke en enhet fra Enhetsregisteret (mangler "
              "«organisasjonsnummer»).",
        "en": "The JSON list has the wrong shape: element no. {i} is not a unit from the Central Coordinating "
              "Register (it lacks «organisasjonsnummer»).",
        "da": "JSON-listen har forkert form: element nr. {i} er ikke en enhed fra Enhetsregisteret (mangler "
              "«organisasjonsnummer»)."},
    "brreg.why.truncated": {
        "nb": "den er avkortet (slutter midt i dataene)",
        "en": "it is truncated (it ends in the middle of the data)",
        "da": "den er afkortet (slutter midt i dataene)"},
    "brreg.why.syntax": {
        "nb": "syntaksfeil ({detail})",
        "en": "syntax error ({detail})",
        "da": "syntaksfejl ({detail})"},
    "brreg.what.frr": {
        "nb": "frivillige organisasjoner",
        "en": "voluntary organisations",
        "da": "frivillige organisationer"},
    "brreg.note.kept_national": {
        "nb": "Kildemappen har ikke den nasjonale filen fra Brønnøysundregistrene, bare et uttrekk for én kommune; "
              "det nasjonale organisasjonsregisteret som er i bruk, er beholdt.",
        "en": "The source folder does not have the national file from the Brønnøysund Register Centre, only an "
              "extract for one municipality; the national organisation register in use is kept.",
        "da": "Kildemappen har ikke den nationale fil fra Brønnøysundregistrene, kun et udtræk for én kommune; det "
              "nationale foreningsregister, der er i brug, er bevaret."},
    "brreg.note.national_count": {
        "nb": " Til sammenligning er det om lag {n} organisasjoner i Frivillighetsregisteret i hele landet (tall "
              "rapportert av tredjeparter, se {file}).",
        "en": " For comparison, there are about {n} organisations in the Register of Non-Profit Organisations "
              "nationwide (figures reported by third parties, see {file}).",
        "da": " Til sammenligning er der omkring {n} organisationer i Frivillighetsregisteret i hele landet (tal "
              "rapporteret af tredjeparter, se {file})."},
    "brreg.note.extract_only": {
        "nb": "Den nasjonale filen fra Brønnøysundregistrene (enheter/lastned) finnes ikke i kildemappen. "
              "Organisasjonsregisteret dekker derfor bare kommune {codes}, fra et uttrekk en tredjepart har lagret; "
              "tallene gjelder ikke hele landet.",
        "en": "The national file from the Brønnøysund Register Centre (enheter/lastned) is not in the source folder."
              " The organisation register therefore covers only municipality {codes}, from an extract saved by a "
              "third party; the figures do not apply to the whole country.",
        "da": "Den nationale fil fra Brønnøysundregistrene (enheter/lastned) findes ikke i kildemappen. "
              "Foreningsregistret dækker derfor kun kommune {codes}, fra et udtræk, som en tredjepart har gemt; "
              "tallene gælder ikke hele landet."},
    "brreg.note.no_files": {
        "nb": "Kildemappen har ingen filer fra Brønnøysundregistrene (mappen «brreg»); organisasjonsregisteret er "
              "ikke hentet.",
        "en": "The source folder has no files from the Brønnøysund Register Centre (the folder «brreg»); the "
              "organisation register has not been fetched.",
        "da": "Kildemappen har ingen filer fra Brønnøysundregistrene (mappen «brreg»); foreningsregistret er ikke "
              "hentet."},
    "brreg.note.unchanged": {
        "nb": "Organisasjonsregisteret er uendret (samme filer som versjonen i bruk).",
        "en": "The organisation register is unchanged (the same files as the version in use).",
        "da": "Foreningsregistret er uændret (samme filer som den version, der er i brug)."},
    "brreg.note.register": {
        "nb": "Organisasjonsregisteret: {summary}",
        "en": "The organisation register: {summary}",
        "da": "Foreningsregistret: {summary}"},
    "brreg.note.no_icnpo_list": {
        "nb": "ICNPO-kodelista ble ikke hentet: {error}",
        "en": "The ICNPO code list was not fetched: {error}",
        "da": "ICNPO-kodelisten blev ikke hentet: {error}"},
    "brreg.note.no_categories": {
        "nb": "ICNPO-kategoriene ble ikke hentet ({error}); organisasjonene er lagret uten kategorier.",
        "en": "The ICNPO categories were not fetched ({error}); the organisations are saved without categories.",
        "da": "ICNPO-kategorierne blev ikke hentet ({error}); organisationerne er gemt uden kategorier."},
    "brreg.note.quick_counts": {
        "nb": "Foreløpige organisasjonstall for {n} kommuner er hentet; hele registeret kommer når den nasjonale "
              "filen er lastet ned.",
        "en": "Provisional organisation counts for {n} municipalities have been fetched; the full register follows "
              "when the national file has been downloaded.",
        "da": "Foreløbige organisationstal for {n} kommuner er hentet; hele registret følger, når den nationale fil "
              "er downloadet."},
    "brreg.progress.bulk": {
        "nb": "Enhetsregisteret (totalbestand)",
        "en": "Central Coordinating Register (full extract)",
        "da": "Enhetsregisteret (totaludtræk)"},
    "brreg.progress.frr": {
        "nb": "Frivillighetsregisteret (ICNPO)",
        "en": "Register of Non-Profit Organisations (ICNPO)",
        "da": "Frivillighetsregisteret (ICNPO)"},
    "brreg.progress.quick": {
        "nb": "Foreløpige tall per kommune",
        "en": "Provisional counts per municipality",
        "da": "Foreløbige tal pr. kommune"},
}
