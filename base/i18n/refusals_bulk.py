"""Refusals of the national bulk file read with DuckDB (sources.brreg_bulk), of resumed downloads (sources.http),
and organisations named by number in the import report (registers.organisations)."""

STRINGS = {
    # ------------------------------------------------------------------ the bulk file (DuckDB)
    "bulk.err.bomb": {
        "nb": "Filen pakker seg ut til mer enn {text} MB tekst av {comp} MB komprimert; slik er ikke filene fra "
              "Brønnøysundregistrene (totalbestanden er om lag 2 GB tekst av 210 MB). Lesingen er stoppet.",
        "en": "The file unpacks to more than {text} MB of text from {comp} MB compressed; files from the Brønnøysund "
              "Register Centre are not like that (the bulk file is about 2 GB of text from 210 MB). Reading stopped.",
        "da": "Filen pakker sig ud til mere end {text} MB tekst af {comp} MB komprimeret; sådan er filerne fra "
              "Brønnøysundregistrene ikke (totalbestanden er omkring 2 GB tekst af 210 MB). Læsningen er stoppet."},
    "bulk.err.gzip_trailing": {
        "nb": "Filen er skadet: etter gzip-dataene følger noe som ikke er gzip.",
        "en": "The file is damaged: something that is not gzip follows the gzip data.",
        "da": "Filen er beskadiget: efter gzip-dataene følger noget, der ikke er gzip."},
    "bulk.where_byte": {
        "nb": " ved element nr. {n} (byte {byte} i elementet)",
        "en": " at element no. {n} (byte {byte} of the element)",
        "da": " ved element nr. {n} (byte {byte} i elementet)"},
    "bulk.where": {"nb": " ved element nr. {n}", "en": " at element no. {n}", "da": " ved element nr. {n}"},
    "bulk.err.truncated": {
        "nb": "JSON-filen slutter midt i en post{where}: den er avkortet (ble nedlastingen avbrutt?).",
        "en": "The JSON file ends in the middle of a record{where}: it is truncated (was the download interrupted?).",
        "da": "JSON-filen slutter midt i en post{where}: den er afkortet (blev downloadet afbrudt?)."},
    "bulk.err.not_utf8": {
        "nb": "JSON-filen er ikke UTF-8-tekst{where}.",
        "en": "The JSON file is not UTF-8 text{where}.",
        "da": "JSON-filen er ikke UTF-8-tekst{where}."},
    "bulk.err.element_too_big": {
        "nb": "Et element i JSON-lista er større enn {mb} MB{where}; en enhet fra Enhetsregisteret er noen få kB. "
              "Filen er ikke lest.",
        "en": "An element of the JSON list is larger than {mb} MB{where}; a unit from the Central Coordinating "
              "Register is a few kB. The file was not read.",
        "da": "Et element i JSON-listen er større end {mb} MB{where}; en enhed fra Enhetsregisteret er nogle få kB. "
              "Filen er ikke læst."},
    "bulk.err.not_object": {
        "nb": "JSON-lista har feil form: element{where} er ikke en enhet fra Enhetsregisteret (ventet et objekt, "
              "fant {got}).",
        "en": "The JSON list has the wrong shape: element{where} is not a unit from the Central Coordinating "
              "Register (expected an object, found {got}).",
        "da": "JSON-listen har forkert form: element{where} er ikke en enhed fra Enhetsregisteret (ventede et "
              "objekt, fandt {got})."},
    "bulk.err.not_array": {
        "nb": "JSON-filen har feil form: ventet en liste («[ … ]»).",
        "en": "The JSON file has the wrong shape: expected a list («[ … ]»).",
        "da": "JSON-filen har forkert form: ventede en liste («[ … ]»)."},
    "bulk.err.memory": {
        "nb": "Filen krever mer minne enn en totalbestand fra Enhetsregisteret gjør (svært mange eller svært store "
              "poster); lesingen er stoppet.",
        "en": "The file needs more memory than a bulk file from the Central Coordinating Register does (very many or "
              "very large records); reading stopped.",
        "da": "Filen kræver mere hukommelse end en totalbestand fra Enhetsregisteret gør (meget mange eller meget "
              "store poster); læsningen er stoppet."},
    "bulk.err.syntax": {
        "nb": "JSON-filen har en syntaksfeil{where} ({why}).",
        "en": "The JSON file has a syntax error{where} ({why}).",
        "da": "JSON-filen har en syntaksfejl{where} ({why})."},
    "bulk.err.other": {
        "nb": "JSON-filen kan ikke leses ({msg}).",
        "en": "The JSON file cannot be read ({msg}).",
        "da": "JSON-filen kan ikke læses ({msg})."},
    "bulk.err.too_many_kept": {
        "nb": "Filen har mer enn {n} ulike enheter merket som registrert i Frivillighetsregisteret eller slettet "
              "(registeret har om lag 73 000); slik er ikke totalbestanden. Lesingen er stoppet.",
        "en": "The file has more than {n} different units marked as registered in the Register of Non-Profit "
              "Organisations or deleted (the register has about 73,000); the bulk file is not like that. Reading "
              "stopped.",
        "da": "Filen har mere end {n} forskellige enheder markeret som registreret i Frivillighetsregisteret eller "
              "slettet (registret har omkring 73.000); sådan er totalbestanden ikke. Læsningen er stoppet."},
    "bulk.err.not_finished": {
        "nb": "Filen ble ikke lest til slutt.",
        "en": "The file was not read to its end.",
        "da": "Filen blev ikke læst til ende."},
    "bulk.err.no_closing_bracket": {
        "nb": "JSON-filen slutter midt i dataene (mangler den avsluttende «]»): den er avkortet (ble nedlastingen "
              "avbrutt?). Siste hele post var nr. {n}.",
        "en": "The JSON file ends in the middle of the data (the closing «]» is missing): it is truncated (was the "
              "download interrupted?). The last whole record was no. {n}.",
        "da": "JSON-filen slutter midt i dataene (den afsluttende «]» mangler): den er afkortet (blev downloadet "
              "afbrudt?). Sidste hele post var nr. {n}."},
    "bulk.err.not_unit": {
        "nb": "JSON-lista har feil form: element nr. {n} er ikke en enhet fra Enhetsregisteret (mangler "
              "«organisasjonsnummer» og «navn»).",
        "en": "The JSON list has the wrong shape: element no. {n} is not a unit from the Central Coordinating "
              "Register (no «organisasjonsnummer» and «navn»).",
        "da": "JSON-listen har forkert form: element nr. {n} er ikke en enhed fra Enhetsregisteret (mangler "
              "«organisasjonsnummer» og «navn»)."},
    # ------------------------------------------------------------------ downloads (sources.http)
    "http.err.refused_status": {
        "nb": "Nedlastingen av «{label}» ble avvist av tjeneren (HTTP {status}) for {url}. Med en lokal kopi av "
              "kildene: bruk --source-dir (eller FRIVILLIG_SOURCE_DIR). Registrene som alt var hentet, er uendret.",
        "en": "The server refused the download of «{label}» (HTTP {status}) for {url}. With a local copy of the "
              "sources: use --source-dir (or FRIVILLIG_SOURCE_DIR). The registers already fetched are unchanged.",
        "da": "Serveren afviste downloadet af «{label}» (HTTP {status}) for {url}. Med en lokal kopi af kilderne: "
              "brug --source-dir (eller FRIVILLIG_SOURCE_DIR). De registre, der allerede var hentet, er uændrede."},
    "http.err.too_many_bytes": {
        "nb": "Nedlastingen av «{label}» ga flere byte ({have}) enn tjeneren varslet ({total}); filen er forkastet. "
              "Registrene som alt var hentet, er uendret.",
        "en": "The download of «{label}» gave more bytes ({have}) than the server announced ({total}); the file is "
              "discarded. The registers already fetched are unchanged.",
        "da": "Downloadet af «{label}» gav flere byte ({have}) end serveren varslede ({total}); filen er kasseret. "
              "De registre, der allerede var hentet, er uændrede."},
    "http.err.incomplete": {
        "nb": "Nedlastingen av «{label}» er ufullstendig ({have} av {total} byte). Registrene som alt var hentet, er "
              "uendret.",
        "en": "The download of «{label}» is incomplete ({have} of {total} bytes). The registers already fetched are "
              "unchanged.",
        "da": "Downloadet af «{label}» er ufuldstændigt ({have} af {total} byte). De registre, der allerede var "
              "hentet, er uændrede."},
    "http.err.not_whole_gzip": {
        "nb": "Den nedlastede filen «{label}» er ikke en hel gzip-fil ({reason}); den er forkastet. Registrene som "
              "alt var hentet, er uendret.",
        "en": "The downloaded file «{label}» is not a whole gzip file ({reason}); it is discarded. The registers "
              "already fetched are unchanged.",
        "da": "Den downloadede fil «{label}» er ikke en hel gzip-fil ({reason}); den er kasseret. De registre, der "
              "allerede var hentet, er uændrede."},
    "http.err.cut_gzip": {
        "nb": "Den nedlastede filen «{label}» er avkortet (gzip-strømmen slutter før tiden); den er forkastet. "
              "Registrene som alt var hentet, er uendret.",
        "en": "The downloaded file «{label}» is truncated (the gzip stream ends early); it is discarded. The "
              "registers already fetched are unchanged.",
        "da": "Den downloadede fil «{label}» er afkortet (gzip-strømmen slutter for tidligt); den er kasseret. De "
              "registre, der allerede var hentet, er uændrede."},
    "http.reason.stopped": {
        "nb": "svaret stoppet etter {have} av {total} byte",
        "en": "the answer stopped after {have} of {total} bytes",
        "da": "svaret stoppede efter {have} af {total} byte"},
    "http.reason.dropped": {
        "nb": "forbindelsen ble brutt etter {have} av {total} byte",
        "en": "the connection was dropped after {have} of {total} bytes",
        "da": "forbindelsen blev afbrudt efter {have} af {total} byte"},
    "http.reason.wrong_part": {
        "nb": "tjeneren svarte med feil del av filen",
        "en": "the server answered with the wrong part of the file",
        "da": "serveren svarede med den forkerte del af filen"},
    # ------------------------------------------------------------------ organisations named by number
    "org.named.check_digit": {"nb": "{orgnr}: ugyldig kontrollsiffer", "en": "{orgnr}: invalid check digit",
                              "da": "{orgnr}: ugyldigt kontrolciffer"},
    "org.named.not_9_digits": {"nb": "{orgnr}: ikke 9 sifre", "en": "{orgnr}: not 9 digits",
                               "da": "{orgnr}: ikke 9 cifre"},
    "org.named.missing": {"nb": "(tomt): organisasjonsnummer mangler", "en": "(empty): no organisation number",
                          "da": "(tomt): organisationsnummer mangler"},
    "org.named.unknown_code": {
        "nb": "{orgnr}: kommunenummer {code} er ikke en kommune i 2024-inndelingen",
        "en": "{orgnr}: municipality number {code} is not a municipality in the 2024 division",
        "da": "{orgnr}: kommunenummer {code} er ikke en kommune i 2024-inddelingen"},
    "org.named.split_code": {
        "nb": "{orgnr}: kommunenummer {code} ble delt i 2024 og adressen sier ikke hvilken del",
        "en": "{orgnr}: municipality number {code} was split in 2024 and the address does not say which part",
        "da": "{orgnr}: kommunenummer {code} blev delt i 2024, og adressen siger ikke hvilken del"},
    "org.report.named": {
        "nb": "{n} organisasjoner holdt utenfor eller ikke plassert, de første: {shown}",
        "en": "{n} organisations left out or not placed, the first: {shown}",
        "da": "{n} organisationer holdt udenfor eller ikke placeret, de første: {shown}"},
}
