"""Refusals and warnings of the policy-quality checklist import (registers.quality)."""

STRINGS = {
    "qreport.field.bud_source": {"nb": "kilde til bud {n}", "en": "source for bud {n}", "da": "kilde til bud {n}"},
    "qreport.field.bud": {"nb": "bud {n}", "en": "bud {n}", "da": "bud {n}"},
    "qreport.field.step": {"nb": "trinnet «{name}»", "en": "the step «{name}»", "da": "trinnet «{name}»"},
    "qreport.field.step_date": {"nb": "dato for «{name}»", "en": "date of «{name}»", "da": "dato for «{name}»"},
    "qreport.field.source": {"nb": "kilde", "en": "source", "da": "kilde"},
    "qreport.field.comment": {"nb": "kommentar", "en": "comment", "da": "kommentar"},
    "quality.err.unknown_bud": {"nb": "Det finnes bare ti frivillighetspolitiske bud (1-10). Rett budnummeret i "
                                      "overskriften eller fjern kolonnen.",
                                "en": "There are only ten volunteering-policy bud (1-10). Correct the bud number in "
                                      "the heading or remove the column.",
                                "da": "Der findes kun ti frivilligpolitiske bud (1-10). Ret budnummeret i overskriften "
                                      "eller fjern kolonnen."},
    "quality.err.no_criteria": {
        "nb": "Fant ingen kolonne med bud, strukturer eller prosesstrinn. Gi kolonnene overskrifter som {example} "
              "(også budets korttittel, som «Frie midler» er ikke et bud, men «Gi frie midler» er). Kolonnene i filen "
              "er: {columns}.",
        "en": "No column holds bud, structures or process steps. Give the columns headings such as {example} (the "
              "bud's short title works too: «Frie midler» is not a bud, but «Gi frie midler» is). The columns in the "
              "file are: {columns}.",
        "da": "Ingen kolonne har bud, strukturer eller procestrin. Giv kolonnerne overskrifter som {example} (også "
              "buddets korte titel; «Frie midler» er ikke et bud, men «Gi frie midler» er). Kolonnerne i filen er: "
              "{columns}."},
    "quality.warn.other_country_step": {
        "nb": "Kolonnen ser ut som et trinn i den {other} prosessen ({field}) og er ikke brukt for {country}. Velg "
              "riktig land.",
        "en": "The column looks like a step of the {other} process ({field}) and is not used for {country}. Choose "
              "the right country.",
        "da": "Kolonnen ligner et trin i den {other} proces ({field}) og bruges ikke for {country}. Vælg det rigtige "
              "land."},
    "quality.word.danish": {"nb": "danske", "en": "Danish", "da": "danske"},
    "quality.word.norwegian": {"nb": "norske", "en": "Norwegian", "da": "norske"},
    "quality.warn.ignored_columns": {"nb": "Disse kolonnene er ikke brukt (overskriften kjennes ikke igjen): "
                                           "{columns}.",
                                     "en": "These columns are not used (the heading is not recognised): {columns}.",
                                     "da": "Disse kolonner bruges ikke (overskriften genkendes ikke): {columns}."},
    "quality.warn.empty_rows": {"nb": "{n} rader har ingen utfylte bud, strukturer eller trinn og er ikke tatt med "
                                      "(kommunene vises som «ingen data»): rad {rows}.",
                                "en": "{n} rows have no bud, structures or steps filled in and are left out (the "
                                      "municipalities are shown as «no data»): row {rows}.",
                                "da": "{n} rækker har ingen udfyldte bud, strukturer eller trin og er ikke taget med "
                                      "(kommunerne vises som «ingen data»): række {rows}."},
    "quality.err.bud_mark": {"nb": "Bud {n} skal være ja eller nei (også «x», «yes/no», «nej», eller tom for ukjent), "
                                   "gjerne fulgt av en kilde («Ja, se planen s. 4»).",
                             "en": "Bud {n} must be yes or no (also «x», «ja/nei», «nej», or empty for unknown), "
                                   "perhaps followed by a source («Yes, see the plan p. 4»).",
                             "da": "Bud {n} skal være ja eller nej (også «x», «yes/no», «nei», eller tom for ukendt), "
                                   "gerne fulgt af en kilde («Ja, se planen s. 4»)."},
    "quality.warn.bud_partial": {"nb": "«{text}» er ført som ukjent for bud {n}: sjekklisten skiller bare mellom "
                                       "oppfylt og ikke oppfylt. Skriv ja eller nei, og forklar i kildekolonnen.",
                                 "en": "«{text}» is recorded as unknown for bud {n}: the checklist only tells met from "
                                       "not met. Write yes or no, and explain in the source column.",
                                 "da": "«{text}» er ført som ukendt for bud {n}: tjeklisten skelner kun mellem "
                                       "opfyldt og ikke opfyldt. Skriv ja eller nej, og forklar i kildekolonnen."},
    "quality.err.structure_mark": {"nb": "Kolonnen «{label}» skal være ja eller nei (også «x», «yes/no», «nej», eller "
                                         "tom for ukjent).",
                                   "en": "The column «{label}» must be yes or no (also «x», «ja/nei», «nej», or empty "
                                         "for unknown).",
                                   "da": "Kolonnen «{label}» skal være ja eller nej (også «x», «yes/no», «nei», eller "
                                         "tom for ukendt)."},
    "quality.warn.structure_partial": {"nb": "«{text}» er ført som ukjent for «{label}». Skriv ja eller nei.",
                                       "en": "«{text}» is recorded as unknown for «{label}». Write yes or no.",
                                       "da": "«{text}» er ført som ukendt for «{label}». Skriv ja eller nej."},
    "quality.warn.step_partial": {"nb": "«{text}» er ført som ukjent for trinnet «{name}». Skriv ja, nei eller "
                                        "datoen.",
                                  "en": "«{text}» is recorded as unknown for the step «{name}». Write yes, no or the "
                                        "date.",
                                  "da": "«{text}» er ført som ukendt for trinnet «{name}». Skriv ja, nej eller "
                                        "datoen."},
    "quality.err.step": {"nb": "Trinnet «{name}» {why}.", "en": "The step «{name}» {why}.",
                         "da": "Trinnet «{name}» {why}."},
    "quality.err.step_date": {"nb": "Datoen for «{name}» {why}.", "en": "The date of «{name}» {why}.",
                              "da": "Datoen for «{name}» {why}."},
    "quality.err.step_not_taken_dated": {"nb": "Trinnet «{name}» står som ikke tatt, men har en dato. Fjern datoen "
                                               "eller skriv «ja».",
                                         "en": "The step «{name}» is marked as not taken but has a date. Remove the "
                                               "date or write «yes».",
                                         "da": "Trinnet «{name}» står som ikke taget, men har en dato. Fjern datoen "
                                               "eller skriv «ja»."},
    "quality.err.step_two_dates": {"nb": "Trinnet «{name}» har to ulike datoer ({date} og {other}). Skriv bare én.",
                                   "en": "The step «{name}» has two different dates ({date} and {other}). Write only "
                                         "one.",
                                   "da": "Trinnet «{name}» har to forskellige datoer ({date} og {other}). Skriv kun "
                                         "én."},
    "quality.why.no_month": {"nb": "har måned {month}, som ikke finnes",
                             "en": "has month {month}, which does not exist",
                             "da": "har måned {month}, som ikke findes"},
    "quality.why.invalid_date": {"nb": "er ingen gyldig dato ({day}.{month}.{year})",
                                 "en": "is not a valid date ({day}.{month}.{year})",
                                 "da": "er ingen gyldig dato ({day}.{month}.{year})"},
    "quality.why.not_a_date": {"nb": "er ikke en dato", "en": "is not a date", "da": "er ikke en dato"},
    "quality.why.excel_date": {"nb": "ser ut som et Excel-datotall; formater cellen som dato eller skriv datoen som "
                                     "2014-04-10",
                               "en": "looks like an Excel date number; format the cell as a date or write the date as "
                                     "2014-04-10",
                               "da": "ligner et Excel-datotal; formatér cellen som dato eller skriv datoen som "
                                     "2014-04-10"},
    "quality.why.several_years": {"nb": "inneholder flere årstall ({years}); skriv én dato",
                                  "en": "holds several years ({years}); write one date",
                                  "da": "indeholder flere årstal ({years}); skriv én dato"},
    "quality.why.not_a_date_example": {"nb": "er ikke en dato (skriv for eksempel 2014-04-10, april 2014 eller 2014)",
                                       "en": "is not a date (write for example 2014-04-10, April 2014 or 2014)",
                                       "da": "er ikke en dato (skriv for eksempel 2014-04-10, april 2014 eller 2014)"},
    "quality.why.too_early": {"nb": "ligger før {year} og er trolig en skrivefeil",
                              "en": "is before {year} and is probably a typing error",
                              "da": "ligger før {year} og er sandsynligvis en tastefejl"},
    "quality.why.future": {"nb": "ligger fram i tid (i dag er {today})", "en": "is in the future (today is {today})",
                           "da": "ligger ude i fremtiden (i dag er {today})"},
    "quality.why.text_after_mark": {"nb": "har tekst etter ja/nei som ikke er en brukbar dato: datoen {why}",
                                    "en": "has text after yes/no that is not a usable date: the date {why}",
                                    "da": "har tekst efter ja/nej, som ikke er en brugbar dato: datoen {why}"},
    "quality.why.no_with_date": {"nb": "sier «nei», men har en dato; et trinn som ikke er tatt, har ingen dato",
                                 "en": "says «no» but has a date; a step not taken has no date",
                                 "da": "siger «nej», men har en dato; et trin, der ikke er taget, har ingen dato"},
    "quality.why.neither": {"nb": "er verken ja/nei eller en brukbar dato: datoen {why}",
                            "en": "is neither yes/no nor a usable date: the date {why}",
                            "da": "er hverken ja/nej eller en brugbar dato: datoen {why}"},
    "quality.why.step_mark": {"nb": "skal være ja eller nei (også «x», «yes/no», «nej») eller datoen trinnet ble tatt",
                              "en": "must be yes or no (also «x», «ja/nei», «nej») or the date the step was taken",
                              "da": "skal være ja eller nej (også «x», «yes/no», «nei») eller datoen, trinnet blev "
                                    "taget"},
    "quality.warn.note_cut": {"nb": "Kildenotatet er lengre enn {n} tegn og er kortet ned.",
                              "en": "The source note is longer than {n} characters and has been shortened.",
                              "da": "Kildenotatet er længere end {n} tegn og er forkortet."},
    "quality.err.demo_not_saved": {"nb": "Demosjekklisten kan ikke lagres som et ekte register. Importer en sjekkliste "
                                         "med kommunenes faktiske svar i stedet.",
                                   "en": "The demo checklist cannot be saved as a real register. Import a checklist "
                                         "with the municipalities' actual answers instead.",
                                   "da": "Demotjeklisten kan ikke gemmes som et rigtigt register. Importér i stedet en "
                                         "tjekliste med kommunernes faktiske svar."},
    "quality.err.demo_only_from_demo": {"nb": "Demosjekklisten lages bare fra demoregisteret over politikk, aldri fra "
                                              "ekte data.",
                                        "en": "The demo checklist is only made from the demo policy register, never "
                                              "from real data.",
                                        "da": "Demotjeklisten laves kun ud fra demoregistret over politik, aldrig ud "
                                              "fra rigtige data."},
}
