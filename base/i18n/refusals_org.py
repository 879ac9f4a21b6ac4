"""Refusals, warnings and the import report of the organisation register (registers.organisations)."""

STRINGS = {
    "org.kind.bulk": {"nb": "totalbestand fra Enhetsregisteret (enheter/lastned)",
                      "en": "full extract from the Central Coordinating Register (enheter/lastned)",
                      "da": "totaludtræk fra Enhetsregisteret (enheter/lastned)"},
    "org.kind.search_page": {"nb": "søkeside fra Enhetsregisteret", "en": "search page from the Central Coordinating "
                                                                         "Register",
                             "da": "søgeside fra Enhetsregisteret"},
    "org.kind.enheter_csv": {"nb": "CSV fra Enhetsregisteret (enheter/lastned/csv)",
                             "en": "CSV from the Central Coordinating Register (enheter/lastned/csv)",
                             "da": "CSV fra Enhetsregisteret (enheter/lastned/csv)"},
    "org.kind.frr_csv": {"nb": "CSV fra Frivillighetsregisteret (totalbestand)",
                         "en": "CSV from the Register of Non-Profit Organisations (full extract)",
                         "da": "CSV fra Frivillighetsregisteret (totaludtræk)"},
    "org.kind.frr_api": {"nb": "poster fra Frivillighetsregisteret (ICNPO)",
                         "en": "records from the Register of Non-Profit Organisations (ICNPO)",
                         "da": "poster fra Frivillighetsregisteret (ICNPO)"},
    "org.kind.extract_csv": {"nb": "uttrekk for én kommune (tredjepart)", "en": "extract for one municipality (third "
                                                                               "party)",
                             "da": "udtræk for én kommune (tredjepart)"},
    "org.kind.icnpo_list": {"nb": "ICNPO-kodelista", "en": "the ICNPO code list", "da": "ICNPO-kodelisten"},
    "org.reason.svalbard": {"nb": "Svalbard", "en": "Svalbard", "da": "Svalbard"},
    "org.reason.jan_mayen": {"nb": "Jan Mayen", "en": "Jan Mayen", "da": "Jan Mayen"},
    "org.reason.sokkel": {"nb": "kontinentalsokkelen", "en": "the continental shelf", "da": "kontinentalsoklen"},
    "org.reason.utland": {"nb": "utlandet", "en": "abroad", "da": "udlandet"},
    "org.reason.ingen_adresse": {"nb": "uten adresse", "en": "without an address", "da": "uden adresse"},
    "org.reason.ukjent_kode": {"nb": "ukjent kommunenummer", "en": "unknown municipality number",
                               "da": "ukendt kommunenummer"},
    "org.reason.delt_kode": {"nb": "delt kommune uten avklaring", "en": "split municipality, not resolved",
                             "da": "delt kommune uden afklaring"},
    "org.err.categories_only": {"nb": "Filene har ICNPO-kategorier, men ingen enheter å knytte dem til, og det finnes "
                                      "ikke noe organisasjonsregister ennå. Importer først den nasjonale filen "
                                      "(enheter/lastned) eller Frivillighetsregisterets CSV.",
                                "en": "The files have ICNPO categories but no units to attach them to, and there is no "
                                      "organisation register yet. First import the national file (enheter/lastned) "
                                      "or the CSV of the Register of Non-Profit Organisations.",
                                "da": "Filerne har ICNPO-kategorier, men ingen enheder at knytte dem til, og der "
                                      "findes endnu intet foreningsregister. Importér først den nationale fil "
                                      "(enheter/lastned) eller Frivillighetsregisterets CSV."},
    "org.warn.bad_orgnr": {"nb": "Ugyldig organisasjonsnummer (kontrollsifferet stemmer ikke, eller det er ikke 9 "
                                 "sifre); enheten er holdt utenfor.",
                           "en": "Invalid organisation number (the check digit does not match, or it is not 9 "
                                 "digits); the unit is left out.",
                           "da": "Ugyldigt organisationsnummer (kontrolcifferet stemmer ikke, eller det er ikke 9 "
                                 "cifre); enheden er holdt udenfor."},
    "org.warn.unknown_code": {"nb": "Kommunenummeret er ikke en kommune i 2024-inndelingen",
                              "en": "The municipality number is not a municipality in the 2024 division",
                              "da": "Kommunenummeret er ikke en kommune i 2024-inddelingen"},
    "org.warn.split_code": {"nb": "Kommunenummeret ble delt i 2024 og adressen sier ikke hvilken del; organisasjonen "
                                  "er regnet som utenfor kommunene",
                            "en": "The municipality number was split in 2024 and the address does not say which part; "
                                  "the organisation is counted as outside the municipalities",
                            "da": "Kommunenummeret blev delt i 2024, og adressen siger ikke hvilken del; "
                                  "organisationen er regnet som uden for kommunerne"},
    "org.why.not_in_frr": {"nb": "{n} enheter er ikke registrert i Frivillighetsregisteret",
                           "en": "{n} units are not in the Register of Non-Profit Organisations",
                           "da": "{n} enheder er ikke registreret i Frivillighetsregisteret"},
    "org.why.deleted": {"nb": "{n} er slettet", "en": "{n} are deleted", "da": "{n} er slettet"},
    "org.why.bad_orgnr": {"nb": "{n} har ugyldig organisasjonsnummer", "en": "{n} have an invalid organisation number",
                          "da": "{n} har ugyldigt organisationsnummer"},
    "org.err.none_in_frr": {"nb": "Filen inneholder ingen organisasjoner som er registrert i Frivillighetsregisteret"
                                  "{detail}. Registeret er ikke endret.",
                            "en": "The file holds no organisations registered in the Register of Non-Profit "
                                  "Organisations{detail}. The register is unchanged.",
                            "da": "Filen indeholder ingen organisationer, der er registreret i "
                                  "Frivillighetsregisteret{detail}. Registret er ikke ændret."},
    "org.err.no_match": {"nb": "Ingen av organisasjonsnumrene i filen finnes i organisasjonsregisteret; kategoriene "
                               "kan ikke knyttes til noe. Registeret er ikke endret.",
                         "en": "None of the organisation numbers in the file is in the organisation register; the "
                               "categories cannot be attached to anything. The register is unchanged.",
                         "da": "Ingen af organisationsnumrene i filen findes i foreningsregistret; kategorierne kan "
                               "ikke knyttes til noget. Registret er ikke ændret."},
    "org.err.unknown_municipality": {"nb": "Kommunenummeret {code} finnes ikke i kommuneregisteret.",
                                     "en": "The municipality number {code} is not in the municipality register.",
                                     "da": "Kommunenummeret {code} findes ikke i kommuneregistret."},
    "org.err.norway_only": {"nb": "Organisasjonsregisteret fra Brønnøysundregistrene finnes bare for Norge (--country "
                                  "no).",
                            "en": "The organisation register from the Brønnøysund Register Centre exists for Norway "
                                  "only (--country no).",
                            "da": "Foreningsregistret fra Brønnøysundregistrene findes kun for Norge (--country no)."},
    "org.err.no_municipalities": {"nb": "Kommuneregisteret er ikke hentet ennå, så organisasjonene kan ikke plasseres "
                                        "i kommuner. Kjør «python -m analytics fetch --country no» først. Ingenting er "
                                        "endret.",
                                  "en": "The municipality register has not been fetched yet, so the organisations "
                                        "cannot be placed in municipalities. Run «python -m analytics fetch --country "
                                        "no» first. Nothing has changed.",
                                  "da": "Kommuneregistret er ikke hentet endnu, så organisationerne kan ikke placeres "
                                        "i kommuner. Kør «python -m analytics fetch --country no» først. Intet er "
                                        "ændret."},
    "org.err.is_folder": {"nb": "Dette er en mappe, ikke en fil. Oppgi filen fra Brønnøysundregistrene.",
                          "en": "This is a folder, not a file. Give the file from the Brønnøysund Register Centre.",
                          "da": "Dette er en mappe, ikke en fil. Angiv filen fra Brønnøysundregistrene."},
    "org.err.dk_municipalities_first": {"nb": "Hent de danske kommuner først: «python -m analytics fetch --country "
                                              "dk».",
                                        "en": "Fetch the Danish municipalities first: «python -m analytics fetch "
                                              "--country dk».",
                                        "da": "Hent de danske kommuner først: «python -m analytics fetch --country "
                                              "dk»."},
    "org.err.no_cvr_associations": {"nb": "Fant ingen foreninger i CVR-uttrekket ({why}). Ingenting er endret.",
                                    "en": "No associations found in the CVR extract ({why}). Nothing has changed.",
                                    "da": "Ingen foreninger fundet i CVR-udtrækket ({why}). Intet er ændret."},
    "org.why.no_rows": {"nb": "ingen rader", "en": "no rows", "da": "ingen rækker"},
    # the report
    "org.report.read": {"nb": "Lest {files}", "en": "Read {files}", "da": "Læst {files}"},
    "org.report.units": {"nb": "{n} enheter gjennomgått, {not_frr} av dem ikke i Frivillighetsregisteret",
                         "en": "{n} units examined, {not_frr} of them not in the Register of Non-Profit Organisations",
                         "da": "{n} enheder gennemgået, {not_frr} af dem ikke i Frivillighetsregisteret"},
    "org.report.placed": {"nb": "{n} organisasjoner: {placed} plassert i en kommune, {outside} utenfor "
                                "kommunene{detail}",
                          "en": "{n} organisations: {placed} placed in a municipality, {outside} outside the "
                                "municipalities{detail}",
                          "da": "{n} organisationer: {placed} placeret i en kommune, {outside} uden for "
                                "kommunerne{detail}"},
    "org.report.with_icnpo": {"nb": "{n} med ICNPO-kategori", "en": "{n} with an ICNPO category",
                              "da": "{n} med ICNPO-kategori"},
    "org.report.deleted": {"nb": "{n} slettede enheter holdt utenfor", "en": "{n} deleted units left out",
                           "da": "{n} slettede enheder holdt udenfor"},
    "org.report.bad_orgnr": {"nb": "{n} ugyldige organisasjonsnumre holdt utenfor ({shown})",
                             "en": "{n} invalid organisation numbers left out ({shown})",
                             "da": "{n} ugyldige organisationsnumre holdt udenfor ({shown})"},
    "org.report.duplicates": {"nb": "{n} dubletter (samme organisasjonsnummer) telt én gang",
                              "en": "{n} duplicates (same organisation number) counted once",
                              "da": "{n} dubletter (samme organisationsnummer) talt én gang"},
    "org.report.icnpo_joined": {"nb": "ICNPO-kategorier knyttet til {n} organisasjoner i registeret som var i bruk",
                                "en": "ICNPO categories attached to {n} organisations in the register in use",
                                "da": "ICNPO-kategorier knyttet til {n} organisationer i registret, der var i brug"},
    "org.report.only_municipality": {"nb": " NB: dataene dekker bare kommune {codes} - ikke hele landet.",
                                     "en": " Note: the data cover only municipality {codes} - not the whole country.",
                                     "da": " NB: dataene dækker kun kommune {codes} - ikke hele landet."},
    "org.report.excerpt": {"nb": " NB: en søkeside er et utdrag, ikke hele landet.",
                           "en": " Note: a search page is an excerpt, not the whole country.",
                           "da": " NB: en søgeside er et udsnit, ikke hele landet."},
}
