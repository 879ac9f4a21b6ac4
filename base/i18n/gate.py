"""Strings of the input gate (base/gate.py) and the hardened readers: refusals that name the limit."""

STRINGS = {
    "gate.not_found": {"nb": "Fant ikke filen. Sjekk navnet og mappen.",
                       "en": "File not found. Check the name and the folder.",
                       "da": "Filen blev ikke fundet. Tjek navnet og mappen."},
    "gate.no_access": {"nb": "Filen kan ikke leses (mangler tilgang til filen eller mappen den ligger i).",
                       "en": "The file cannot be read (no permission for the file or the folder it is in).",
                       "da": "Filen kan ikke læses (mangler adgang til filen eller mappen, den ligger i)."},
    "gate.os_error": {"nb": "Filen kan ikke leses ({reason}).", "en": "The file cannot be read ({reason}).",
                      "da": "Filen kan ikke læses ({reason})."},
    "gate.directory": {"nb": "Dette er en mappe, ikke en fil. Oppgi selve filen.",
                       "en": "This is a folder, not a file. Give the file itself.",
                       "da": "Dette er en mappe, ikke en fil. Angiv selve filen."},
    "gate.not_regular": {"nb": "Dette er ikke en vanlig fil, men {what}; atlaset leser bare vanlige filer.",
                         "en": "This is not a regular file but {what}; the atlas reads regular files only.",
                         "da": "Dette er ikke en almindelig fil, men {what}; atlasset læser kun almindelige filer."},
    "gate.kind.fifo": {"nb": "et rør (FIFO)", "en": "a pipe (FIFO)", "da": "et rør (FIFO)"},
    "gate.kind.chardev": {"nb": "en enhet (som /dev/zero)", "en": "a device (like /dev/zero)",
                          "da": "en enhed (som /dev/zero)"},
    "gate.kind.blockdev": {"nb": "en disk-enhet", "en": "a block device", "da": "en diskenhed"},
    "gate.kind.socket": {"nb": "en socket", "en": "a socket", "da": "en socket"},
    "gate.kind.other": {"nb": "en spesialfil", "en": "a special file", "da": "en specialfil"},
    "gate.too_big": {"nb": "Filen er {size} MB; grensen er {limit} MB.{hint}",
                     "en": "The file is {size} MB; the limit is {limit} MB.{hint}",
                     "da": "Filen er {size} MB; grænsen er {limit} MB.{hint}"},
    "gate.too_big.cli": {"nb": " Hev grensen med --max-input-mb eller FRIVILLIG_MAX_INPUT_MB hvis filen er riktig.",
                         "en": " Raise the limit with --max-input-mb or FRIVILLIG_MAX_INPUT_MB if the file is right.",
                         "da": " Hæv grænsen med --max-input-mb eller FRIVILLIG_MAX_INPUT_MB, hvis filen er rigtig."},
    "gate.grew": {"nb": "Filen vokste mens den ble lest og er nå over grensen på {limit} MB.",
                  "en": "The file grew while it was read and is now over the {limit} MB limit.",
                  "da": "Filen voksede, mens den blev læst, og er nu over grænsen på {limit} MB."},
    "gate.bad_limit": {"nb": "«{value}» er ikke en gyldig grense i MB (bruk et positivt tall, f.eks. 2048).",
                       "en": "«{value}» is not a valid limit in MB (use a positive number, e.g. 2048).",
                       "da": "«{value}» er ikke en gyldig grænse i MB (brug et positivt tal, f.eks. 2048)."},
    "gate.too_slow": {"nb": "Filen tok lengre tid å lese enn grensen på {seconds} sekunder og ble avvist. "
                            "Ingenting er endret.",
                      "en": "Reading the file took longer than the {seconds} second limit and it was refused. "
                            "Nothing was changed.",
                      "da": "Det tog længere tid at læse filen end grænsen på {seconds} sekunder, og den blev "
                            "afvist. Intet er ændret."},
    "gate.unpacked": {"nb": "Delen «{member}» pakker seg ut til mer enn {limit} MB, som er grensen.",
                      "en": "The part «{member}» unpacks to more than {limit} MB, which is the limit.",
                      "da": "Delen «{member}» pakker sig ud til mere end {limit} MB, som er grænsen."},
    "gate.ratio": {"nb": "Delen «{member}» pakker seg ut til over {ratio} ganger sin pakkede størrelse (grensen "
                         "er {limit}); det er typisk for en «zip-bombe», ikke for et regneark.",
                   "en": "The part «{member}» unpacks to over {ratio} times its packed size (the limit is {limit}); "
                         "that is typical of a «zip bomb», not of a spreadsheet.",
                   "da": "Delen «{member}» pakker sig ud til over {ratio} gange sin pakkede størrelse (grænsen er "
                         "{limit}); det er typisk for en «zip-bombe», ikke for et regneark."},
    "gate.too_many_columns": {"nb": "Tabellen har mer enn {limit} kolonner, som er grensen (et register har noen "
                                    "titalls). Sjekk at det er riktig fil og riktig skilletegn.",
                              "en": "The table has more than {limit} columns, which is the limit (a register has a "
                                    "few dozen). Check that it is the right file and separator.",
                              "da": "Tabellen har mere end {limit} kolonner, som er grænsen (et register har nogle "
                                    "få dusin). Tjek, at det er den rigtige fil og det rigtige skilletegn."},
    "gate.cell_too_long": {"nb": "En celle har mer enn {limit} tegn, som er grensen (Excels egen grense). Ofte "
                                 "betyr det et anførselstegn uten avslutning.",
                           "en": "A cell has more than {limit} characters, which is the limit (Excel's own). Often "
                                 "this means a quote that is never closed.",
                           "da": "En celle har mere end {limit} tegn, som er grænsen (Excels egen). Ofte betyder "
                                 "det et anførselstegn uden afslutning."},
    "gate.nul_late": {"nb": "Filen inneholder NUL-tegn (binære data) ved byte {offset}; en tabell har aldri det. "
                            "Lagre den på nytt som CSV eller .xlsx.",
                      "en": "The file holds NUL characters (binary data) at byte {offset}; a table never does. "
                            "Save it again as CSV or .xlsx.",
                      "da": "Filen indeholder NUL-tegn (binære data) ved byte {offset}; en tabel har aldrig det. "
                            "Gem den igen som CSV eller .xlsx."},
    "xlsx.damaged": {"nb": "Excel-arbeidsboken er skadet ({what}). Åpne den i regnearket og lagre på nytt som .xlsx "
                           "eller CSV.",
                     "en": "The Excel workbook is damaged ({what}). Open it in the spreadsheet and save it again as "
                           ".xlsx or CSV.",
                     "da": "Excel-projektmappen er beskadiget ({what}). Åbn den i regnearket og gem den igen som "
                           ".xlsx eller CSV."},
    "xlsx.doctype": {"nb": "delen «{member}» har en DOCTYPE-erklæring, som Excel aldri skriver",
                     "en": "the part «{member}» has a DOCTYPE declaration, which Excel never writes",
                     "da": "delen «{member}» har en DOCTYPE-erklæring, som Excel aldrig skriver"},
    "xlsx.bad_xml": {"nb": "delen «{member}» er ikke gyldig XML: {reason}",
                     "en": "the part «{member}» is not valid XML: {reason}",
                     "da": "delen «{member}» er ikke gyldig XML: {reason}"},
    "xlsx.missing": {"nb": "delen «{member}» mangler", "en": "the part «{member}» is missing",
                     "da": "delen «{member}» mangler"},
    "xlsx.bad_cells": {"nb": "Excel-arbeidsboken er skadet: {count} celler i arket «{sheet}» kan ikke leses. Åpne "
                             "den i regnearket og lagre på nytt.",
                       "en": "The Excel workbook is damaged: {count} cells in the sheet «{sheet}» cannot be read. "
                             "Open it in the spreadsheet and save it again.",
                       "da": "Excel-projektmappen er beskadiget: {count} celler i arket «{sheet}» kan ikke læses. "
                             "Åbn den i regnearket og gem den igen."},
    "xlsx.cell.number": {"nb": "Cellen {ref} skal holde et tall, men holder noe annet.",
                         "en": "The cell {ref} should hold a number but holds something else.",
                         "da": "Cellen {ref} skal indeholde et tal, men indeholder noget andet."},
    "xlsx.cell.shared": {"nb": "Cellen {ref} viser til tekst nr. {index}, men arbeidsboken har bare {count} tekster.",
                         "en": "The cell {ref} refers to text no. {index}, but the workbook has only {count} texts.",
                         "da": "Cellen {ref} henviser til tekst nr. {index}, men projektmappen har kun {count} "
                               "tekster."},
    "xlsx.cell.date": {"nb": "Cellen {ref} skal holde en dato, men holder ingen gyldig dato.",
                       "en": "The cell {ref} should hold a date but holds no valid date.",
                       "da": "Cellen {ref} skal indeholde en dato, men indeholder ingen gyldig dato."},
    "xlsx.cell.bool": {"nb": "Cellen {ref} skal holde SANN eller USANN, men holder noe annet.",
                       "en": "The cell {ref} should hold TRUE or FALSE but holds something else.",
                       "da": "Cellen {ref} skal indeholde SAND eller FALSK, men indeholder noget andet."},
    "xlsx.cell.ref": {"nb": "«{ref}» er ikke en gyldig cellereferanse (kolonne A–XFD, rad 1–1 048 576).",
                      "en": "«{ref}» is not a valid cell reference (column A–XFD, row 1–1 048 576).",
                      "da": "«{ref}» er ikke en gyldig cellereference (kolonne A–XFD, række 1–1 048 576)."},
    "xlsx.row.ref": {"nb": "Rad-nummeret «{ref}» er ugyldig (skal være 1–1 048 576).",
                     "en": "The row number «{ref}» is invalid (must be 1–1 048 576).",
                     "da": "Rækkenummeret «{ref}» er ugyldigt (skal være 1–1 048 576)."},
    "xlsx.too_many_rows": {"nb": "Arket «{sheet}» har mer enn {limit} rader, som er grensen.",
                           "en": "The sheet «{sheet}» has more than {limit} rows, which is the limit.",
                           "da": "Arket «{sheet}» har mere end {limit} rækker, som er grænsen."},
    "year.negative": {"nb": "er et negativt tall, ikke et årstall", "en": "is a negative number, not a year",
                      "da": "er et negativt tal, ikke et årstal"},
}
