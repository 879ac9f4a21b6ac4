"""Refusals of files that are not readable tables (sources.tabular): binary, images renamed, HTML, too large …"""

STRINGS = {
    "file.kind.png": {"nb": "et PNG-bilde", "en": "a PNG image", "da": "et PNG-billede"},
    "file.kind.jpeg": {"nb": "et JPEG-bilde", "en": "a JPEG image", "da": "et JPEG-billede"},
    "file.kind.gif": {"nb": "et GIF-bilde", "en": "a GIF image", "da": "et GIF-billede"},
    "file.kind.pdf": {"nb": "et PDF-dokument", "en": "a PDF document", "da": "et PDF-dokument"},
    "file.kind.tiff": {"nb": "et TIFF-bilde", "en": "a TIFF image", "da": "et TIFF-billede"},
    "file.kind.bmp": {"nb": "et BMP-bilde", "en": "a BMP image", "da": "et BMP-billede"},
    "file.kind.heic": {"nb": "et bilde (HEIC/WebP)", "en": "an image (HEIC/WebP)", "da": "et billede (HEIC/WebP)"},
    "file.kind.gzip": {"nb": "en gzip-komprimert fil", "en": "a gzip-compressed file", "da": "en gzip-komprimeret fil"},
    "file.kind.7z": {"nb": "et 7-Zip-arkiv", "en": "a 7-Zip archive", "da": "et 7-Zip-arkiv"},
    "file.kind.rar": {"nb": "et RAR-arkiv", "en": "a RAR archive", "da": "et RAR-arkiv"},
    "file.kind.ole": {"nb": "en gammel Excel- eller Word-fil (.xls/.doc)",
                      "en": "an old Excel or Word file (.xls/.doc)",
                      "da": "en gammel Excel- eller Word-fil (.xls/.doc)"},
    "file.kind.docx": {"nb": "et Word-dokument (.docx)", "en": "a Word document (.docx)",
                       "da": "et Word-dokument (.docx)"},
    "file.kind.pptx": {"nb": "en PowerPoint-presentasjon", "en": "a PowerPoint presentation",
                       "da": "en PowerPoint-præsentation"},
    "file.kind.zip": {"nb": "et zip-arkiv", "en": "a zip archive", "da": "et zip-arkiv"},
    "table.dup_columns": {"nb": "Kolonnene {columns} betyr det samme for atlaset. Fjern eller gi nytt navn til én av "
                                "dem.",
                          "en": "The columns {columns} mean the same to the atlas. Remove or rename one of them.",
                          "da": "Kolonnerne {columns} betyder det samme for atlasset. Fjern eller omdøb én af dem."},
    "table.bad_utf8": {"nb": "Filen sier at den er UTF-8, men inneholder ugyldige tegn (byte {pos}). Lagre den på nytt "
                             "som «CSV UTF-8» eller XLSX.",
                       "en": "The file says it is UTF-8 but holds invalid characters (byte {pos}). Save it again as "
                             "«CSV UTF-8» or XLSX.",
                       "da": "Filen siger, at den er UTF-8, men indeholder ugyldige tegn (byte {pos}). Gem den igen "
                             "som «CSV UTF-8» eller XLSX."},
    "table.bad_utf16": {"nb": "Filen sier at den er UTF-16-tekst, men kan ikke leses som det. Lagre den på nytt som "
                              "«CSV UTF-8» eller XLSX.",
                        "en": "The file says it is UTF-16 text but cannot be read as such. Save it again as "
                              "«CSV UTF-8» or XLSX.",
                        "da": "Filen siger, at den er UTF-16-tekst, men kan ikke læses som det. Gem den igen som "
                              "«CSV UTF-8» eller XLSX."},
    "table.binary": {"nb": "Filen inneholder binære data og er ikke en tabell atlaset kan lese. Last opp en CSV-fil "
                           "eller en Excel-arbeidsbok (.xlsx).",
                     "en": "The file holds binary data and is not a table the atlas can read. Upload a CSV file or an "
                           "Excel workbook (.xlsx).",
                     "da": "Filen indeholder binære data og er ikke en tabel, atlasset kan læse. Upload en CSV-fil "
                           "eller en Excel-projektmappe (.xlsx)."},
    "table.empty": {"nb": "Filen er tom.", "en": "The file is empty.", "da": "Filen er tom."},
    "table.too_many_rows": {"nb": "Filen har mer enn {n} rader, som er grensen.",
                            "en": "The file has more than {n} rows, which is the limit.",
                            "da": "Filen har mere end {n} rækker, hvilket er grænsen."},
    "table.cell_too_long": {"nb": "En celle er lengre enn {kb} KB tekst, som er grensen. Ofte betyr det et "
                                  "anførselstegn uten avslutning; sjekk raden.",
                            "en": "A cell is longer than {kb} KB of text, which is the limit. Often this means a "
                                  "quotation mark that is never closed; check the row.",
                            "da": "En celle er længere end {kb} KB tekst, hvilket er grænsen. Ofte betyder det et "
                                  "anførselstegn uden afslutning; tjek rækken."},
    "table.bad_csv": {"nb": "Filen kan ikke leses som CSV ({reason}).", "en": "The file cannot be read as CSV "
                                                                            "({reason}).",
                      "da": "Filen kan ikke læses som CSV ({reason})."},
    "table.bad_zip": {"nb": "Filen ser ut som en Excel-arbeidsbok (zip), men er skadet eller ufullstendig. Åpne den i "
                            "regnearket og lagre på nytt som .xlsx eller CSV.",
                      "en": "The file looks like an Excel workbook (zip) but is damaged or incomplete. Open it in the "
                            "spreadsheet and save it again as .xlsx or CSV.",
                      "da": "Filen ligner en Excel-projektmappe (zip), men er beskadiget eller ufuldstændig. Åbn den i "
                            "regnearket og gem den igen som .xlsx eller CSV."},
    "table.ods": {"nb": "Filen er et OpenDocument-regneark (LibreOffice/OpenOffice, .ods). Lagre den som .xlsx eller "
                        "CSV og last opp på nytt.",
                  "en": "The file is an OpenDocument spreadsheet (LibreOffice/OpenOffice, .ods). Save it as .xlsx or "
                        "CSV and upload it again.",
                  "da": "Filen er et OpenDocument-regneark (LibreOffice/OpenOffice, .ods). Gem den som .xlsx eller "
                        "CSV og upload den igen."},
    "table.not_workbook": {"nb": "Filen er {what}, ikke en Excel-arbeidsbok. Last opp en .xlsx-fil eller en CSV-fil.",
                           "en": "The file is {what}, not an Excel workbook. Upload an .xlsx file or a CSV file.",
                           "da": "Filen er {what}, ikke en Excel-projektmappe. Upload en .xlsx-fil eller en "
                                 "CSV-fil."},
    "table.xlsb": {"nb": "Filen er en binær Excel-arbeidsbok (.xlsb). Lagre den som .xlsx eller CSV.",
                   "en": "The file is a binary Excel workbook (.xlsb). Save it as .xlsx or CSV.",
                   "da": "Filen er en binær Excel-projektmappe (.xlsb). Gem den som .xlsx eller CSV."},
    "table.zip_bomb": {"nb": "Arbeidsboken pakker seg ut til {mb} MB; grensen er {limit} MB. Del den opp eller lagre "
                             "bare arket med registeret.",
                       "en": "The workbook unpacks to {mb} MB; the limit is {limit} MB. Split it or save only the "
                             "sheet with the register.",
                       "da": "Projektmappen pakker sig ud til {mb} MB; grænsen er {limit} MB. Del den op eller gem "
                             "kun arket med registret."},
    "table.xlsx_unreadable": {"nb": "Excel-arbeidsboken kan ikke åpnes (den er skadet eller i et format atlaset ikke "
                                    "kjenner: {reason}). Lagre den på nytt som .xlsx eller CSV.",
                              "en": "The Excel workbook cannot be opened (it is damaged or in a format the atlas does "
                                    "not know: {reason}). Save it again as .xlsx or CSV.",
                              "da": "Excel-projektmappen kan ikke åbnes (den er beskadiget eller i et format, atlasset "
                                    "ikke kender: {reason}). Gem den igen som .xlsx eller CSV."},
    "table.sheet_too_many_rows": {"nb": "Arket «{sheet}» har mer enn {n} rader, som er grensen.",
                                  "en": "The sheet «{sheet}» has more than {n} rows, which is the limit.",
                                  "da": "Arket «{sheet}» har mere end {n} rækker, hvilket er grænsen."},
    "table.too_many_values": {"nb": "Raden har {used} verdier, men overskriftsraden (rad {header_row}) har bare "
                                    "{width} kolonner. Ofte betyr det at en verdi inneholder skilletegnet uten "
                                    "anførselstegn rundt. Sett verdien i anførselstegn, eller lagre filen på nytt fra "
                                    "regnearket.",
                              "en": "The row has {used} values, but the header row (row {header_row}) has only "
                                    "{width} columns. Often this means a value holds the separator without quotation "
                                    "marks around it. Put the value in quotation marks, or save the file again from "
                                    "the spreadsheet.",
                              "da": "Rækken har {used} værdier, men overskriftsrækken (række {header_row}) har kun "
                                    "{width} kolonner. Ofte betyder det, at en værdi indeholder skilletegnet uden "
                                    "anførselstegn omkring. Sæt værdien i anførselstegn, eller gem filen igen fra "
                                    "regnearket."},
    "table.too_large": {"nb": "Filen er {mb} MB; grensen er {limit} MB. Et register over alle kommuner er langt "
                              "mindre - sjekk at det er riktig fil.",
                        "en": "The file is {mb} MB; the limit is {limit} MB. A register of all municipalities is far "
                              "smaller - check that it is the right file.",
                        "da": "Filen er {mb} MB; grænsen er {limit} MB. Et register over alle kommuner er langt "
                              "mindre - tjek, at det er den rigtige fil."},
    "table.not_a_table": {"nb": "Filen er {what}, ikke en tabell. Last opp registeret som CSV eller som "
                                "Excel-arbeidsbok (.xlsx).",
                          "en": "The file is {what}, not a table. Upload the register as CSV or as an Excel workbook "
                                "(.xlsx).",
                          "da": "Filen er {what}, ikke en tabel. Upload registret som CSV eller som Excel-projektmappe "
                                "(.xlsx)."},
    "table.not_a_table_renamed": {"nb": "Filen er {what} (selv om navnet slutter på .{ext}), ikke en tabell. Last opp "
                                        "registeret som CSV eller som Excel-arbeidsbok (.xlsx).",
                                  "en": "The file is {what} (even though its name ends in .{ext}), not a table. "
                                        "Upload the register as CSV or as an Excel workbook (.xlsx).",
                                  "da": "Filen er {what} (selv om navnet ender på .{ext}), ikke en tabel. Upload "
                                        "registret som CSV eller som Excel-projektmappe (.xlsx)."},
    "table.no_sheets": {"nb": "Arbeidsboken har ingen ark med data (alle arkene er tomme).",
                        "en": "The workbook has no sheet with data (all sheets are empty).",
                        "da": "Projektmappen har intet ark med data (alle ark er tomme)."},
    "table.html": {"nb": "Filen er en nettside (HTML), ikke en tabell - den er trolig lagret fra nettleseren. Åpne "
                         "tabellen i et regneark og lagre som CSV eller .xlsx.",
                   "en": "The file is a web page (HTML), not a table - it was probably saved from the browser. Open "
                         "the table in a spreadsheet and save it as CSV or .xlsx.",
                   "da": "Filen er en webside (HTML), ikke en tabel - den er sandsynligvis gemt fra browseren. Åbn "
                         "tabellen i et regneark og gem som CSV eller .xlsx."},
    "table.html_ext": {"nb": "Filen er en nettside (HTML), ikke en tabell - den er trolig lagret fra nettleseren med "
                             "endelsen .{ext}. Åpne tabellen i et regneark og lagre som CSV eller .xlsx.",
                       "en": "The file is a web page (HTML), not a table - it was probably saved from the browser with "
                             "the extension .{ext}. Open the table in a spreadsheet and save it as CSV or .xlsx.",
                       "da": "Filen er en webside (HTML), ikke en tabel - den er sandsynligvis gemt fra browseren med "
                             "endelsen .{ext}. Åbn tabellen i et regneark og gem som CSV eller .xlsx."},
    "table.xml": {"nb": "Filen er et XML-dokument, ikke en tabell. Åpne den i regnearket og lagre som .xlsx eller CSV.",
                  "en": "The file is an XML document, not a table. Open it in the spreadsheet and save it as .xlsx or "
                        "CSV.",
                  "da": "Filen er et XML-dokument, ikke en tabel. Åbn den i regnearket og gem som .xlsx eller CSV."},
    "table.json": {"nb": "Filen ser ut som JSON, ikke en tabell. Last opp CSV eller .xlsx.",
                   "en": "The file looks like JSON, not a table. Upload CSV or .xlsx.",
                   "da": "Filen ligner JSON, ikke en tabel. Upload CSV eller .xlsx."},
    "table.no_content_rows": {"nb": "Filen er tom (ingen rader med innhold).", "en": "The file is empty (no rows with "
                                                                                     "content).",
                              "da": "Filen er tom (ingen rækker med indhold)."},
    "table.header_only": {"nb": "Filen har en overskriftsrad (rad {row}), men ingen rader med data under den.",
                          "en": "The file has a header row (row {row}) but no rows of data below it.",
                          "da": "Filen har en overskriftsrække (række {row}), men ingen rækker med data under den."},
    "table.read_as_xlsx": {"nb": "Excel-arbeidsbok, arket «{sheet}», overskrifter i rad {row}",
                           "en": "Excel workbook, sheet «{sheet}», headings in row {row}",
                           "da": "Excel-projektmappe, arket «{sheet}», overskrifter i række {row}"},
    "table.read_as_csv": {"nb": "CSV, skilletegn {delim}, tegnsett {enc}, overskrifter i rad {row}",
                          "en": "CSV, separator {delim}, encoding {enc}, headings in row {row}",
                          "da": "CSV, skilletegn {delim}, tegnsæt {enc}, overskrifter i række {row}"},
    "table.delim.semicolon": {"nb": "semikolon", "en": "semicolon", "da": "semikolon"},
    "table.delim.tab": {"nb": "tabulator", "en": "tab", "da": "tabulator"},
    "table.delim.comma": {"nb": "komma", "en": "comma", "da": "komma"},
    "table.delim.none": {"nb": "ett felt per rad", "en": "one field per row", "da": "ét felt pr. række"},
    "table.enc.utf8_bom": {"nb": "UTF-8 med BOM", "en": "UTF-8 with BOM", "da": "UTF-8 med BOM"},
    "table.uploaded_file": {"nb": "opplastet fil", "en": "uploaded file", "da": "uploadet fil"},
}
