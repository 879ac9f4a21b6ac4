"""Refusals and warnings of the municipality look-up and the policy-register import (validation report).

Parameters named ``*_list`` are lists and are written as the language writes lists (``a, b og c``).
"""

STRINGS = {
    # ---------------------------------------------------------------- municipality look-up (registers.municipalities)
    "muni.not_a_code": {"nb": "«{raw}» er ikke et kommunenummer (bare sifre er lov).",
                        "en": "«{raw}» is not a municipality number (only digits are allowed).",
                        "da": "«{raw}» er ikke en kommunekode (kun cifre er tilladt)."},
    "muni.code_length": {"nb": "«{raw}» har {n} sifre; et kommunenummer har 4 (eller 3 uten ledende null).",
                         "en": "«{raw}» has {n} digits; a municipality number has 4 (or 3 without the leading zero).",
                         "da": "«{raw}» har {n} cifre; en kommunekode har 4 (eller 3 uden foranstillet nul)."},
    "muni.old_code": {"nb": "{code} {old} er et eldre kommunenummer; nå {target}.",
                      "en": "{code} {old} is an earlier municipality number; now {target}.",
                      "da": "{code} {old} er en tidligere kommunekode; nu {target}."},
    "muni.code_split": {"nb": "{code} {old} ble delt i {cands_list}; velg én av dem.",
                        "en": "{code} {old} was split into {cands_list}; choose one of them.",
                        "da": "{code} {old} blev delt i {cands_list}; vælg én af dem."},
    "muni.unknown_code": {"nb": "Kommunenummeret {code} finnes ikke i kommuneinndelingen.",
                          "en": "The municipality number {code} does not exist in the municipal division.",
                          "da": "Kommunekoden {code} findes ikke i kommuneinddelingen."},
    "muni.ambiguous": {"nb": "Flere kommuner heter «{name}»: {cands_list}. Oppgi fylke eller kommunenummer.",
                       "en": "Several municipalities are called «{name}»: {cands_list}. Give the county or the "
                             "municipality number.",
                       "da": "Flere kommuner hedder «{name}»: {cands_list}. Angiv region/amt eller kommunekode."},
    "muni.old_name": {"nb": "«{name}» ({olds}) er ikke lenger en egen kommune; den inngår nå i {target}.",
                      "en": "«{name}» ({olds}) is no longer a municipality of its own; it is now part of {target}.",
                      "da": "«{name}» ({olds}) er ikke længere en selvstændig kommune; den indgår nu i {target}."},
    "muni.name_split": {"nb": "«{name}» finnes ikke lenger; området inngår nå i {cands_list}. Oppgi dagens "
                              "kommunenummer.",
                        "en": "«{name}» no longer exists; the area is now part of {cands_list}. Give today's "
                              "municipality number.",
                        "da": "«{name}» findes ikke længere; området indgår nu i {cands_list}. Angiv den nuværende "
                              "kommunekode."},
    "muni.unknown_name": {"nb": "Fant ingen kommune som heter «{name}».",
                          "en": "No municipality is called «{name}».",
                          "da": "Der findes ingen kommune, der hedder «{name}»."},
    "muni.unknown_name_in": {"nb": "Fant ingen kommune som heter «{name}» i {county}.",
                             "en": "No municipality called «{name}» in {county}.",
                             "da": "Der findes ingen kommune, der hedder «{name}», i {county}."},
    "muni.nothing_given": {"nb": "Verken kommunenummer eller kommunenavn er oppgitt.",
                           "en": "Neither a municipality number nor a municipality name is given.",
                           "da": "Hverken kommunekode eller kommunenavn er angivet."},
    # ---------------------------------------------------------------- resolving a row (registers.policies.resolve_row)
    "row.split_by_name": {"nb": "{note} Raden er ført på {target} etter navnet «{name}»; {others} får ingen status "
                                "fra denne raden.",
                          "en": "{note} The row is recorded for {target} by the name «{name}»; {others} get no status "
                                "from this row.",
                          "da": "{note} Rækken er ført på {target} efter navnet «{name}»; {others} får ingen status "
                                "fra denne række."},
    "row.split_write_code": {"nb": "{note} Skriv dagens kommunenummer, eller legg til kommunenavnet.",
                             "en": "{note} Write today's municipality number, or add the municipality name.",
                             "da": "{note} Skriv den nuværende kommunekode, eller tilføj kommunenavnet."},
    "row.merged_away": {"nb": "{old_code} {old_name} finnes ikke lenger som egen kommune; området inngår nå i "
                              "{target}. En politikk for {old_name} gjelder ikke uten videre hele {target_name}. "
                              "Skriv {code} hvis den gjelder hele dagens kommune, ellers fjern raden.",
                        "en": "{old_code} {old_name} no longer exists as a municipality of its own; the area is now "
                              "part of {target}. A policy for {old_name} does not simply apply to all of "
                              "{target_name}. Write {code} if it applies to the whole of today's municipality, "
                              "otherwise remove the row.",
                        "da": "{old_code} {old_name} findes ikke længere som selvstændig kommune; området indgår nu i "
                              "{target}. En politik for {old_name} gælder ikke uden videre hele {target_name}. "
                              "Skriv {code}, hvis den gælder hele den nuværende kommune, ellers fjern rækken."},
    "row.code_name_differ": {"nb": "Kommunenummeret og navnet peker på ulike kommuner: {code} er {by_code}, men "
                                   "«{name}» er {by_name}.",
                             "en": "The municipality number and the name point to different municipalities: {code} "
                                   "is {by_code}, but «{name}» is {by_name}.",
                             "da": "Kommunekoden og navnet peger på forskellige kommuner: {code} er {by_code}, men "
                                   "«{name}» er {by_name}."},
    "row.name_unknown_code_used": {"nb": "Navnet «{name}» kjennes ikke igjen; raden er ført på kommunenummeret "
                                         "({target}).",
                                   "en": "The name «{name}» is not recognised; the row is recorded by the "
                                         "municipality number ({target}).",
                                   "da": "Navnet «{name}» genkendes ikke; rækken er ført på kommunekoden ({target})."},
    "row.not_in_county": {"nb": "{target} ligger ikke i «{county}»; fylket er brukt bare til å skille like navn, og "
                                "raden er ført på kommunenummeret.",
                          "en": "{target} is not in «{county}»; the county is only used to tell equal names apart, "
                                "and the row is recorded by the municipality number.",
                          "da": "{target} ligger ikke i «{county}»; regionen bruges kun til at skelne ens navne, og "
                                "rækken er ført på kommunekoden."},
    "row.renamed": {"nb": "«{name}» er et tidligere navn; kommunen heter nå {target}.",
                    "en": "«{name}» is an earlier name; the municipality is now called {target}.",
                    "da": "«{name}» er et tidligere navn; kommunen hedder nu {target}."},
    "row.old_name_merged": {"nb": "{note} En politikk for en tidligere kommune gjelder ikke uten videre hele dagens "
                                  "kommune. Skriv {code} {name} hvis den gjelder hele dagens kommune, ellers fjern "
                                  "raden.",
                            "en": "{note} A policy for a former municipality does not simply apply to the whole of "
                                  "today's municipality. Write {code} {name} if it applies to the whole of today's "
                                  "municipality, otherwise remove the row.",
                            "da": "{note} En politik for en tidligere kommune gælder ikke uden videre hele den "
                                  "nuværende kommune. Skriv {code} {name}, hvis den gælder hele den nuværende "
                                  "kommune, ellers fjern rækken."},
    "row.did_you_mean": {"nb": "{note} Mente du {names}?", "en": "{note} Did you mean {names}?",
                         "da": "{note} Mente du {names}?"},
    # ---------------------------------------------------------------- policy import (registers.policies)
    "policy.err.unknown_country": {"nb": "Ukjent land «{country}». Bruk «no» (Norge) eller «dk» (Danmark).",
                                   "en": "Unknown country «{country}». Use «no» (Norway) or «dk» (Denmark).",
                                   "da": "Ukendt land «{country}». Brug «no» (Norge) eller «dk» (Danmark)."},
    "policy.err.no_municipality_column": {
        "nb": "Fant ingen kolonne som sier hvilken kommune raden gjelder. Gi en kolonne overskriften «Kommunenummer» "
              "eller «Kommune» (også «kommunenavn», «municipality», «kommunekode» går). Kolonnene i filen er: "
              "{columns}.",
        "en": "No column says which municipality the row is about. Give a column the heading «Kommunenummer» or "
              "«Kommune» (also «kommunenavn», «municipality», «kommunekode» work). The columns in the file are: "
              "{columns}.",
        "da": "Ingen kolonne siger, hvilken kommune rækken gælder. Giv en kolonne overskriften «Kommunekode» eller "
              "«Kommune» (også «kommunenavn», «municipality», «kommunenummer» virker). Kolonnerne i filen er: "
              "{columns}."},
    "policy.err.no_columns": {"nb": "ingen", "en": "none", "da": "ingen"},
    "policy.err.no_status_column": {
        "nb": "Fant ingen kolonne med status for frivillighetspolitikken. Gi den overskriften «Status» (også "
              "«Frivillighetspolitikk», «policy», «frivilligpolitik» går), med verdier som {examples}. Kolonnene i "
              "filen er: {columns}.",
        "en": "No column holds the status of the volunteering policy. Give it the heading «Status» (also "
              "«Frivillighetspolitikk», «policy», «frivilligpolitik» work), with values such as {examples}. The "
              "columns in the file are: {columns}.",
        "da": "Ingen kolonne har status for frivilligpolitikken. Giv den overskriften «Status» (også "
              "«frivilligpolitik», «policy», «Frivillighetspolitikk» virker), med værdier som {examples}. Kolonnerne "
              "i filen er: {columns}."},
    "policy.err.status_in_year_column": {
        "nb": " Kolonnen «{column}» ser ut til å inneholde status (som «{example}») og ikke årstall; gi den "
              "overskriften «Status».",
        "en": " The column «{column}» seems to hold the status (such as «{example}») rather than years; give it the "
              "heading «Status».",
        "da": " Kolonnen «{column}» ser ud til at indeholde status (som «{example}») og ikke årstal; giv den "
              "overskriften «Status»."},
    "policy.status_examples": {
        "nb": "«Vedtatt» / «adopted» / «vedtaget», «Under arbeid» / «in progress» / «under udarbejdelse», «Nei» / "
              "«none» / «nej» (og «ukjent» for rader uten opplysning)",
        "en": "«Vedtatt» / «adopted» / «vedtaget», «Under arbeid» / «in progress» / «under udarbejdelse», «Nei» / "
              "«none» / «nej» (and «unknown» for rows without information)",
        "da": "«Vedtaget» / «adopted» / «vedtatt», «Under udarbejdelse» / «in progress» / «under arbeid», «Nej» / "
              "«none» / «nei» (og «ukendt» for rækker uden oplysning)"},
    "policy.err.row_without_municipality": {
        "nb": "Raden har innhold, men sier ikke hvilken kommune den gjelder (kommunenummer og kommunenavn er tomme).",
        "en": "The row has content but does not say which municipality it is about (municipality number and name are "
              "empty).",
        "da": "Rækken har indhold, men siger ikke, hvilken kommune den gælder (kommunekode og kommunenavn er tomme)."},
    "policy.err.status_unknown": {"nb": "Statusen kjennes ikke igjen. Bruk {examples}.",
                                  "en": "The status is not recognised. Use {examples}.",
                                  "da": "Status genkendes ikke. Brug {examples}."},
    "policy.err.adopted_year": {"nb": "Vedtaksåret {why}.", "en": "The year of adoption {why}.",
                                "da": "Vedtagelsesåret {why}."},
    "policy.err.revised_year": {"nb": "Revisjonsåret {why}.", "en": "The year of revision {why}.",
                                "da": "Revisionsåret {why}."},
    "policy.err.status_year_differs": {"nb": "Statusen nevner {status_year}, men vedtaksåret er {adopted}.",
                                       "en": "The status mentions {status_year}, but the year of adoption is "
                                             "{adopted}.",
                                       "da": "Status nævner {status_year}, men vedtagelsesåret er {adopted}."},
    "policy.label.adopted_year": {"nb": "Vedtaksåret", "en": "The year of adoption", "da": "Vedtagelsesåret"},
    "policy.label.revised_year": {"nb": "Revisjonsåret", "en": "The year of revision", "da": "Revisionsåret"},
    "policy.err.future_year": {"nb": "{label} {year} ligger fram i tid (i dag er {today}).",
                               "en": "{label} {year} is in the future (today is {today}).",
                               "da": "{label} {year} ligger ude i fremtiden (i dag er {today})."},
    "policy.err.too_early_year": {"nb": "{label} {year} er før {min_year}, og er trolig en skrivefeil.",
                                  "en": "{label} {year} is before {min_year} and is probably a typing error.",
                                  "da": "{label} {year} er før {min_year} og er sandsynligvis en tastefejl."},
    "policy.err.revised_before_adopted": {"nb": "Revidert {revised} er før vedtatt {adopted}.",
                                          "en": "Revised {revised} is before adopted {adopted}.",
                                          "da": "Revideret {revised} er før vedtaget {adopted}."},
    "policy.err.status_none_with_year": {
        "nb": "Statusen sier ingen politikk, men raden har {what}. Skriv «Vedtatt» hvis kommunen har en vedtatt "
              "politikk (som kanskje revideres nå), eller fjern {what}et.",
        "en": "The status says no policy, but the row has a {what}. Write «Adopted» if the municipality has an adopted "
              "policy (perhaps being revised now), or remove the {what}.",
        "da": "Status siger ingen politik, men rækken har {what}. Skriv «Vedtaget», hvis kommunen har en vedtaget "
              "politik (som måske revideres nu), eller fjern {what}et."},
    "policy.err.status_in_progress_with_year": {
        "nb": "Statusen sier politikk under arbeid, men raden har {what}. Skriv «Vedtatt» hvis kommunen har en "
              "vedtatt politikk (som kanskje revideres nå), eller fjern {what}et.",
        "en": "The status says policy in progress, but the row has a {what}. Write «Adopted» if the municipality has "
              "an adopted policy (perhaps being revised now), or remove the {what}.",
        "da": "Status siger politik under udarbejdelse, men rækken har {what}. Skriv «Vedtaget», hvis kommunen har en "
              "vedtaget politik (som måske revideres nu), eller fjern {what}et."},
    "policy.word.adopted_year": {"nb": "vedtaksår", "en": "year of adoption", "da": "vedtagelsesår"},
    "policy.word.revised_year": {"nb": "revisjonsår", "en": "year of revision", "da": "revisionsår"},
    "policy.warn.link": {"nb": "Lenken {why}.", "en": "The link {why}.", "da": "Linket {why}."},
    "policy.err.yes_no_column": {"nb": "Kolonnen {label} skal være ja eller nei (også «yes/no», «nej», «x» eller tom).",
                                 "en": "The column {label} must be yes or no (also «ja/nei», «nej», «x» or empty).",
                                 "da": "Kolonnen {label} skal være ja eller nej (også «yes/no», «nei», «x» eller "
                                       "tom)."},
    "policy.label.dialogue": {"nb": "«utviklet i dialog»", "en": "«developed in dialogue»",
                              "da": "«udviklet i dialog»"},
    "policy.label.cross_sectoral": {"nb": "«tverrsektoriell»", "en": "«cross-sectoral»", "da": "«tværgående»"},
    "policy.err.bud_list": {"nb": "Budlisten {why}.", "en": "The list of bud {why}.", "da": "Budlisten {why}."},
    "policy.err.bud_column": {"nb": "Budkolonnen skal være ja eller nei (også «x» eller tom).",
                              "en": "The bud column must be yes or no (also «x» or empty).",
                              "da": "Budkolonnen skal være ja eller nej (også «x» eller tom)."},
    "policy.warn.content_not_adopted": {
        "nb": "Raden beskriver innholdet i en politikk (bud/dialog/tverrsektoriell), men statusen er ikke «vedtatt»; "
              "opplysningene er tatt med som de står.",
        "en": "The row describes the content of a policy (bud/dialogue/cross-sectoral), but the status is not "
              "«adopted»; the details are kept as they are.",
        "da": "Rækken beskriver indholdet af en politik (bud/dialog/tværgående), men status er ikke «vedtaget»; "
              "oplysningerne er taget med, som de står."},
    "policy.warn.skipped_rows": {"nb": "{n} rader har tom eller ukjent status og er ikke tatt med (kommunene vises som "
                                       "«ingen data»): rad {rows}.",
                                 "en": "{n} rows have an empty or unknown status and are left out (the municipalities "
                                       "are shown as «no data»): row {rows}.",
                                 "da": "{n} rækker har tom eller ukendt status og er ikke taget med (kommunerne vises "
                                       "som «ingen data»): række {rows}."},
    "policy.warn.duplicate_same": {"nb": "{target} står også i rad {first_row} med de samme opplysningene; raden er "
                                         "slått sammen med den.",
                                   "en": "{target} is also in row {first_row} with the same details; the rows are "
                                         "merged.",
                                   "da": "{target} står også i række {first_row} med de samme oplysninger; rækken er "
                                         "slået sammen med den."},
    "policy.err.duplicate_differs": {"nb": "{target} står også i rad {first_row}, og radene er uenige om {what}. "
                                           "Behold én rad per kommune.",
                                     "en": "{target} is also in row {first_row}, and the rows disagree on {what}. Keep "
                                           "one row per municipality.",
                                     "da": "{target} står også i række {first_row}, og rækkerne er uenige om {what}. "
                                           "Behold én række pr. kommune."},
    "policy.warn.adopted_no_year": {"nb": "{n} kommuner har vedtatt politikk uten vedtaksår; de telles med i dagens "
                                          "dekning, men ikke i utviklingen over tid.",
                                    "en": "{n} municipalities have an adopted policy without a year of adoption; they "
                                          "count in today's coverage but not in the development over time.",
                                    "da": "{n} kommuner har vedtaget politik uden vedtagelsesår; de tælles med i den "
                                          "nuværende dækning, men ikke i udviklingen over tid."},
    # parse_year / parse_bud / clean_url reasons (completing «Vedtaksåret …», «Budlisten …», «Lenken …»)
    "policy.why.several_years": {"nb": "inneholder flere årstall ({years}); skriv bare ett",
                                 "en": "holds several years ({years}); write only one",
                                 "da": "indeholder flere årstal ({years}); skriv kun ét"},
    "policy.why.excel_date": {"nb": "ser ut som et Excel-datotall; formater cellen som dato eller skriv årstallet",
                              "en": "looks like an Excel date number; format the cell as a date or write the year",
                              "da": "ligner et Excel-datotal; formatér cellen som dato eller skriv årstallet"},
    "policy.why.not_four_digits": {"nb": "er ikke et firesifret årstall", "en": "is not a four-digit year",
                                   "da": "er ikke et firecifret årstal"},
    "policy.why.not_a_year": {"nb": "er ikke et årstall", "en": "is not a year", "da": "er ikke et årstal"},
    "policy.why.bud_numbers": {"nb": "skal være budnumre 1-10, for eksempel «1, 2, 6» eller «1-4, 8»",
                               "en": "must be bud numbers 1-10, for example «1, 2, 6» or «1-4, 8»",
                               "da": "skal være budnumre 1-10, for eksempel «1, 2, 6» eller «1-4, 8»"},
    "policy.why.bud_backwards": {"nb": "området «{part}» går baklengs", "en": "the range «{part}» runs backwards",
                                 "da": "intervallet «{part}» går baglæns"},
    "policy.why.bud_unknown": {"nb": "nummer {numbers} finnes ikke; budene er nummerert 1-{count}",
                               "en": "number {numbers} does not exist; the bud are numbered 1-{count}",
                               "da": "nummer {numbers} findes ikke; buddene er nummereret 1-{count}"},
    "policy.why.url_invalid": {"nb": "er ikke en gyldig nettadresse og er ikke tatt med",
                               "en": "is not a valid web address and is left out",
                               "da": "er ikke en gyldig webadresse og er ikke taget med"},
    "policy.why.url_scheme": {"nb": "er ikke en nettadresse som begynner med http:// eller https:// og er ikke "
                                    "tatt med",
                              "en": "is not a web address starting with http:// or https:// and is left out",
                              "da": "er ikke en webadresse, der begynder med http:// eller https://, og er ikke "
                                    "taget med"},
    "policy.why.url_fixed": {"nb": "mangler «https://»; lagt til", "en": "lacks «https://»; added",
                             "da": "mangler «https://»; tilføjet"},
    # ---------------------------------------------------------------- the report
    "report.rows_read": {"nb": "{n} rader lest fra «{file}»", "en": "{n} rows read from «{file}»",
                         "da": "{n} rækker læst fra «{file}»"},
    "report.read_as": {"nb": " ({how})", "en": " ({how})", "da": " ({how})"},
    "report.status_counts": {"nb": "vedtatt: {adopted}, under arbeid: {in_progress}, ingen: {none}",
                             "en": "adopted: {adopted}, in progress: {in_progress}, none: {none}",
                             "da": "vedtaget: {adopted}, under udarbejdelse: {in_progress}, ingen: {none}"},
    "report.no_data_for": {"nb": "ingen data for {n} av {total} kommuner", "en": "no data for {n} of {total} "
                                                                               "municipalities",
                           "da": "ingen data for {n} af {total} kommuner"},
    "report.counts": {"nb": "{errors} feil, {warnings} advarsler", "en": "{errors} errors, {warnings} warnings",
                      "da": "{errors} fejl, {warnings} advarsler"},
    "report.refused": {"nb": "Registeret ble ikke importert: {n} feil må rettes i filen først. Ingenting er endret.",
                       "en": "The register was not imported: {n} errors must be corrected in the file first. Nothing "
                             "has changed.",
                       "da": "Registret blev ikke importeret: {n} fejl skal rettes i filen først. Intet er ændret."},
    "report.columns_found": {"nb": "kolonner gjenkjent: {columns}", "en": "columns recognised: {columns}",
                             "da": "kolonner genkendt: {columns}"},
    "report.kept": {"nb": "{n} kommuner i sjekklisten", "en": "{n} municipalities in the checklist",
                    "da": "{n} kommuner i tjeklisten"},
    "report.kept_of": {"nb": "{n} av {total} kommuner i sjekklisten", "en": "{n} of {total} municipalities in the "
                                                                          "checklist",
                       "da": "{n} af {total} kommuner i tjeklisten"},
    # ---------------------------------------------------------------- reading a register file
    "file.is_folder": {"nb": "Dette er en mappe, ikke en fil. Oppgi filen med registeret.",
                       "en": "This is a folder, not a file. Give the file with the register.",
                       "da": "Dette er en mappe, ikke en fil. Angiv filen med registret."},
    "file.is_folder_checklist": {"nb": "Dette er en mappe, ikke en fil. Oppgi filen med sjekklisten.",
                                 "en": "This is a folder, not a file. Give the file with the checklist.",
                                 "da": "Dette er en mappe, ikke en fil. Angiv filen med tjeklisten."},
    "file.not_found": {"nb": "Fant ikke filen. Sjekk navnet og mappen.", "en": "File not found. Check the name and "
                                                                              "the folder.",
                       "da": "Filen blev ikke fundet. Tjek navnet og mappen."},
    "file.no_access": {"nb": "Filen kan ikke leses (mangler tilgang).", "en": "The file cannot be read (no access).",
                       "da": "Filen kan ikke læses (mangler adgang)."},
    "file.os_error": {"nb": "Filen kan ikke leses ({reason}).", "en": "The file cannot be read ({reason}).",
                      "da": "Filen kan ikke læses ({reason})."},
    "policy.err.demo_not_saved": {"nb": "Demoregisteret kan ikke lagres som et ekte register. Importer en fil med "
                                        "kommunenes faktiske status i stedet.",
                                  "en": "The demo register cannot be saved as a real register. Import a file with the "
                                        "municipalities' actual status instead.",
                                  "da": "Demoregistret kan ikke gemmes som et rigtigt register. Importér i stedet en "
                                        "fil med kommunernes faktiske status."},
}
