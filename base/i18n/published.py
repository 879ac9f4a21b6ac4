"""Strings of the published-figures layer, the comparison page, Norway beside Denmark and the embed."""

STRINGS = {
    # ---------------------------------------------------------------- published layer
    "published.layer": {"nb": "Publiserte tall", "en": "Published figures", "da": "Offentliggjorte tal"},
    "published.layer_register": {"nb": "Registeret", "en": "The register", "da": "Registret"},
    "published.layer_register_demo": {"nb": "Registeret (DEMO)", "en": "The register (DEMO)",
                                      "da": "Registret (DEMO)"},
    "published.layer_pick": {"nb": "Kartlag", "en": "Map layer", "da": "Kortlag"},
    "published.intro": {
        "nb": "Frivillighet Norges egne tall fra juli 2024, slik de ble publisert: antall kommuner med "
              "frivillighetspolitikk i hvert fylke. Tallene er ikke rettet og ikke blandet med registeret; der kilden "
              "har feil, står feilen ved siden av.",
        "en": "Frivillighet Norge's own figures of July 2024, as published: the number of municipalities with a "
              "volunteering policy in each county. The figures are neither corrected nor mixed with the register; "
              "where the source is wrong, the error is shown beside it.",
        "da": "Frivillighet Norges egne tal fra juli 2024, som de blev offentliggjort: antal kommuner med "
              "frivilligpolitik i hvert fylke. Tallene er hverken rettet eller blandet med registret; hvor kilden "
              "har fejl, står fejlen ved siden af."},
    "published.map_title": {"nb": "Kommuner med frivillighetspolitikk per fylke, juli 2024 (publisert andel)",
                            "en": "Municipalities with a volunteering policy by county, July 2024 (published share)",
                            "da": "Kommuner med frivilligpolitik pr. fylke, juli 2024 (offentliggjort andel)"},
    "published.map_wrong": {"nb": "Publisert antall kommuner i fylket er feil",
                            "en": "Published number of municipalities in the county is wrong",
                            "da": "Offentliggjort antal kommuner i fylket er forkert"},
    "published.tooltip": {"nb": "{county}: {n} av {total} ({share}), publisert {date}",
                          "en": "{county}: {n} of {total} ({share}), published {date}",
                          "da": "{county}: {n} af {total} ({share}), offentliggjort {date}"},
    "published.tooltip_wrong": {"nb": "fylket har {total} kommuner: {share} på riktig nevner",
                                "en": "the county has {total} municipalities: {share} on the correct denominator",
                                "da": "fylket har {total} kommuner: {share} med korrekt nævner"},
    "published.source": {"nb": "Kilde: {publisher}, {date}", "en": "Source: {publisher}, {date}",
                         "da": "Kilde: {publisher}, {date}"},
    "published.open_link": {"nb": "kilde", "en": "source", "da": "kilde"},
    "published.metric.count": {"nb": "Kommuner med politikk (publisert)",
                               "en": "Municipalities with a policy (published)",
                               "da": "Kommuner med politik (offentliggjort)"},
    "published.metric.count_help": {"nb": "Summen av fylkestallene. {source}.",
                                    "en": "The sum of the county figures. {source}.",
                                    "da": "Summen af fylkestallene. {source}."},
    "published.metric.share_published": {"nb": "Andel av publisert nevner ({total})",
                                         "en": "Share of the published denominator ({total})",
                                         "da": "Andel af offentliggjort nævner ({total})"},
    "published.metric.share_published_help": {
        "nb": "{n} av {total}: summen av antallene kommuner kilden oppga for fylkene.",
        "en": "{n} of {total}: the sum of the numbers of municipalities the source gave for the counties.",
        "da": "{n} af {total}: summen af de antal kommuner kilden angav for fylkerne."},
    "published.metric.share_register": {"nb": "Andel av riktig nevner ({total})",
                                        "en": "Share of the correct denominator ({total})",
                                        "da": "Andel af korrekt nævner ({total})"},
    "published.metric.share_register_help": {
        "nb": "{n} av {total}: antall kommuner i 2024 etter kommuneregisteret (SSB KLASS).",
        "en": "{n} of {total}: the number of municipalities in 2024 in the municipality register (SSB KLASS).",
        "da": "{n} af {total}: antal kommuner i 2024 ifølge kommuneregistret (SSB KLASS)."},
    "published.errors": {
        "nb": "Feil i kilden: de publiserte antallene kommuner per fylke summerer til {published}, men Norge hadde "
              "{total} kommuner i 2024. {n} fylker fikk feil antall: {wrong}. Tallene vises som publisert; andelen på "
              "riktig nevner står ved siden av.",
        "en": "Error in the source: the published numbers of municipalities per county add up to {published}, but "
              "Norway had {total} municipalities in 2024. {n} counties were given the wrong number: {wrong}. The "
              "figures are shown as published; the share on the correct denominator is shown beside them.",
        "da": "Fejl i kilden: de offentliggjorte antal kommuner pr. fylke summerer til {published}, men Norge havde "
              "{total} kommuner i 2024. {n} fylker fik forkert antal: {wrong}. Tallene vises som offentliggjort; "
              "andelen med korrekt nævner står ved siden af."},
    "published.wrong_one": {"nb": "{county} {published} (riktig {total})",
                            "en": "{county} {published} (correct {total})",
                            "da": "{county} {published} (korrekt {total})"},
    "published.impossible": {
        "nb": "«{county}: {n} av {published}» er umulig med {total} kommuner; tallet er usikkert.",
        "en": "'{county}: {n} of {published}' is impossible with {total} municipalities; the figure is uncertain.",
        "da": "»{county}: {n} af {published}« er umuligt med {total} kommuner; tallet er usikkert."},
    "published.remark_wrong": {"nb": "Publisert {published} kommuner; fylket har {total}.",
                               "en": "Published {published} municipalities; the county has {total}.",
                               "da": "Offentliggjort {published} kommuner; fylket har {total}."},
    "published.remark_impossible": {"nb": "{n} kommuner med politikk, men fylket har bare {total}: umulig.",
                                    "en": "{n} municipalities with a policy, but the county has only {total}: "
                                          "impossible.",
                                    "da": "{n} kommuner med politik, men fylket har kun {total}: umuligt."},
    "published.remark_no_pct": {"nb": "Ingen andel trykket (kilden sier bare at fylket har politikk).",
                                "en": "No share printed (the source only says the county has a policy).",
                                "da": "Ingen andel trykt (kilden siger kun, at fylket har politik)."},
    "published.col.count": {"nb": "Med politikk (publisert)", "en": "With a policy (published)",
                            "da": "Med politik (offentliggjort)"},
    "published.col.published_total": {"nb": "Kommuner (publisert)", "en": "Municipalities (published)",
                                      "da": "Kommuner (offentliggjort)"},
    "published.col.published_pct": {"nb": "Andel (publisert)", "en": "Share (published)",
                                    "da": "Andel (offentliggjort)"},
    "published.col.register_total": {"nb": "Kommuner 2024 (register)", "en": "Municipalities 2024 (register)",
                                     "da": "Kommuner 2024 (register)"},
    "published.col.register_share": {"nb": "Andel på riktig nevner", "en": "Share on the correct denominator",
                                     "da": "Andel med korrekt nævner"},
    "published.col.remark": {"nb": "Merknad", "en": "Remark", "da": "Bemærkning"},
    "published.col.publisher": {"nb": "Utgiver", "en": "Publisher", "da": "Udgiver"},
    "published.col.date": {"nb": "Dato", "en": "Date", "da": "Dato"},
    "published.col.link": {"nb": "Lenke", "en": "Link", "da": "Link"},
    "published.col.share": {"nb": "Andel", "en": "Share", "da": "Andel"},
    "published.col.comparable": {"nb": "Sammenlignbar", "en": "Comparable", "da": "Sammenlignelig"},
    "published.col.scope": {"nb": "Omfang", "en": "Scope", "da": "Omfang"},
    "published.yes": {"nb": "ja", "en": "yes", "da": "ja"},
    "published.no": {"nb": "nei", "en": "no", "da": "nej"},
    "published.series": {"nb": "Publiserte nasjonale tall", "en": "Published national figures",
                         "da": "Offentliggjorte nationale tal"},
    "published.series_note": {
        "nb": "Hvert tall med utgiver, dato og lenke. Tall uten trykket andel er regnet på antall kommuner det året. "
              "«Sammenlignbar: nei» gjelder andre utvalg eller definisjoner (de 100 største kommunene, en løsere "
              "definisjon).",
        "en": "Every figure with its publisher, date and link. Figures without a printed share are computed on that "
              "year's number of municipalities. 'Comparable: no' marks other samples or definitions (the 100 largest "
              "municipalities, a looser definition).",
        "da": "Hvert tal med udgiver, dato og link. Tal uden trykt andel er beregnet på det års antal kommuner. "
              "»Sammenlignelig: nej« gælder andre udvalg eller definitioner (de 100 største kommuner, en løsere "
              "definition)."},
    "published.by_county": {"nb": "Per fylke, som publisert", "en": "By county, as published",
                            "da": "Pr. fylke, som offentliggjort"},
    "published.table_note": {
        "nb": "Definisjon: Frivillighet Norges kriterier (egen melding, plan eller erklæring, laget i dialog med "
              "lokale organisasjoner, politisk vedtatt), funnet ved søk på kommunenes nettsider. Ingen liste over "
              "kommunene er publisert.",
        "en": "Definition: Frivillighet Norge's criteria (own white paper, plan or declaration, made in dialogue with "
              "local organisations, politically adopted), found by searching municipal websites. No list of the "
              "municipalities has been published.",
        "da": "Definition: Frivillighet Norges kriterier (egen melding, plan eller erklæring, udarbejdet i dialog med "
              "lokale foreninger, politisk vedtaget), fundet ved søgning på kommunernes hjemmesider. Der er ikke "
              "offentliggjort nogen liste over kommunerne."},
    "published.export.counties": {"nb": "publisert per fylke", "en": "published by county",
                                  "da": "offentliggjort pr. fylke"},
    "published.export.series": {"nb": "publisert nasjonalt", "en": "published nationally",
                                "da": "offentliggjort nationalt"},
    "published.none_dk": {
        "nb": "For Danmark finnes ingen publisert oversikt over hvilke kommuner som har en frivillighetspolitikk; "
              "kartet viser registeret.",
        "en": "For Denmark no published overview of which municipalities have a volunteering policy exists; the map "
              "shows the register.",
        "da": "For Danmark findes ingen offentliggjort oversigt over, hvilke kommuner der har en frivilligpolitik; "
              "kortet viser registret."},
    # ---------------------------------------------------------------- embed
    "embed.heading": {"nb": "Bygg inn på en nettside", "en": "Embed on a website", "da": "Indlejr på en hjemmeside"},
    "embed.help": {
        "nb": "Kopier koden og lim den inn på nettsiden. Den viser denne visningen uten menyer og knapper, med kilde "
              "og lenke til hele atlaset. Innbygging gir aldri tilgang til redigering.",
        "en": "Copy the code and paste it into the web page. It shows this view without menus and buttons, with its "
              "source and a link to the full atlas. An embed never gives access to editing.",
        "da": "Kopiér koden og indsæt den på hjemmesiden. Den viser denne visning uden menuer og knapper, med kilde "
              "og link til hele atlasset. Indlejring giver aldrig adgang til redigering."},
    "embed.full_atlas": {"nb": "Åpne i Frivillighetsatlas", "en": "Open in Frivillighetsatlas",
                         "da": "Åbn i Frivillighetsatlas"},
    "embed.demo": {"nb": "DEMO: oppdiktede data", "en": "DEMO: made-up data", "da": "DEMO: opdigtede data"},
    # ---------------------------------------------------------------- pages
    "page.compare": {"nb": "Sammenlign kommuner", "en": "Compare municipalities", "da": "Sammenlign kommuner"},
    "page.countries": {"nb": "Norge og Danmark", "en": "Norway and Denmark", "da": "Norge og Danmark"},
    # ---------------------------------------------------------------- comparison
    "compare.intro": {
        "nb": "Velg 2–6 kommuner, fra Norge eller Danmark. Utvalget står i lenken (?sammenlign=0301,1103,4601), så "
              "den kan deles.",
        "en": "Pick 2–6 municipalities, from Norway or Denmark. The selection is kept in the link "
              "(?sammenlign=0301,1103,4601), so it can be shared.",
        "da": "Vælg 2–6 kommuner, fra Norge eller Danmark. Udvalget står i linket (?sammenlign=0301,1103,4601), så "
              "det kan deles."},
    "compare.pick": {"nb": "Kommuner", "en": "Municipalities", "da": "Kommuner"},
    "compare.pick_help": {"nb": "Skriv navn eller nummer", "en": "Type a name or number",
                          "da": "Skriv navn eller nummer"},
    "compare.unknown": {"nb": "Ukjent kommunenummer i lenken, utelatt: {codes}",
                        "en": "Unknown municipality number in the link, left out: {codes}",
                        "da": "Ukendt kommunenummer i linket, udeladt: {codes}"},
    "compare.too_many": {"nb": "Høyst {n} kommuner; utelatt: {codes}", "en": "At most {n} municipalities; left out: "
                         "{codes}", "da": "Højst {n} kommuner; udeladt: {codes}"},
    "compare.need": {"nb": "Velg minst {min} og høyst {max} kommuner.",
                     "en": "Pick at least {min} and at most {max} municipalities.",
                     "da": "Vælg mindst {min} og højst {max} kommuner."},
    "compare.demo_what": {"nb": "Registeret over frivillighetspolitikk ({countries})",
                          "en": "The volunteering policy register ({countries})",
                          "da": "Registret over frivilligpolitik ({countries})"},
    "compare.note": {
        "nb": "Status, år og revisjon fra hvert lands register over frivillighetspolitikk (Norge: kommunestyret "
              "tiltrer i oktober etter valget; Danmark: 1. januar). Organisasjoner fra Frivillighetsregisteret "
              "(Norge); Danmark har ikke noe åpent foreningsregister. De ti bud fra sjekklisten der den finnes.",
        "en": "Status, years and revision from each country's volunteering policy register (Norway: the council "
              "takes office in October after the election; Denmark: 1 January). Organisations from the Register of "
              "Non-Profit Organisations (Norway); Denmark has no open register of associations. The ten bud from the "
              "checklist where there is one.",
        "da": "Status, år og revision fra hvert lands register over frivilligpolitik (Norge: kommunalbestyrelsen "
              "tiltræder i oktober efter valget; Danmark: 1. januar). Foreninger fra Frivillighetsregisteret "
              "(Norge); Danmark har intet åbent foreningsregister. De ti bud fra tjeklisten, hvor den findes."},
    "compare.measure": {"nb": "Mål", "en": "Measure", "da": "Mål"},
    "compare.country": {"nb": "Land", "en": "Country", "da": "Land"},
    "compare.area": {"nb": "Fylke / region", "en": "County / region", "da": "Fylke / region"},
    "compare.revision": {"nb": "Revisjon", "en": "Revision", "da": "Revision"},
    "compare.revision.current": {"nb": "revidert av sittende styre", "en": "revised by the sitting council",
                                 "da": "revideret af den siddende bestyrelse"},
    "compare.revision.due": {"nb": "bør revideres (styret tiltrådte {date})",
                             "en": "due for revision (council took office {date})",
                             "da": "bør revideres (bestyrelsen tiltrådte {date})"},
    "compare.revision.uncertain": {"nb": "usikkert (vedtatt året styret tiltrådte)",
                                   "en": "uncertain (adopted the year the council took office)",
                                   "da": "usikkert (vedtaget året bestyrelsen tiltrådte)"},
    "compare.revision.unknown": {"nb": "år ukjent", "en": "year unknown", "da": "år ukendt"},
    "compare.no_register": {"nb": "ikke noe register", "en": "no register", "da": "intet register"},
    "compare.icnpo": {"nb": "Største ICNPO-grupper", "en": "Largest ICNPO groups", "da": "Største ICNPO-grupper"},
    "compare.bud": {"nb": "De ti bud oppfylt", "en": "The ten bud met", "da": "De ti bud opfyldt"},
    "compare.bud_value": {"nb": "{met} av 10 ({answered} besvart)", "en": "{met} of 10 ({answered} answered)",
                          "da": "{met} af 10 ({answered} besvaret)"},
    "compare.bud_none": {"nb": "ikke i sjekklisten", "en": "not in the checklist", "da": "ikke i tjeklisten"},
    "compare.position": {"nb": "Posisjon (sentrum)", "en": "Position (centre)", "da": "Position (centrum)"},
    "compare.east": {"nb": "Ø", "en": "E", "da": "Ø"},
    "compare.maps": {"nb": "Hvor de ligger", "en": "Where they are", "da": "Hvor de ligger"},
    "compare.map_title": {"nb": "Frivillighetspolitikk, {country}", "en": "Volunteering policy, {country}",
                          "da": "Frivilligpolitik, {country}"},
    "compare.picked": {"nb": "Valgte kommuner", "en": "Selected municipalities", "da": "Valgte kommuner"},
    "compare.export.table": {"nb": "sammenligning", "en": "comparison", "da": "sammenligning"},
    "compare.export.rows": {"nb": "sammenligning tall", "en": "comparison figures", "da": "sammenligning tal"},
    "compare.pack": {"nb": "Presentasjonspakke", "en": "Presentation pack", "da": "Præsentationspakke"},
    "compare.pack_title": {"nb": "Sammenligning: {names}", "en": "Comparison: {names}",
                           "da": "Sammenligning: {names}"},
    "compare.pack_one_country": {
        "nb": "Pakkens kart viser {country}; tabellen har alle kommunene.",
        "en": "The pack's map shows {country}; the table has all the municipalities.",
        "da": "Pakkens kort viser {country}; tabellen har alle kommunerne."},
    # ---------------------------------------------------------------- Norway beside Denmark
    "countries.missing": {"nb": "Ingen registre hentet for {countries} ennå (hent med: python -m analytics fetch "
                                "--country {code}).",
                          "en": "No registers fetched for {countries} yet (fetch with: python -m analytics fetch "
                                "--country {code}).",
                          "da": "Ingen registre hentet for {countries} endnu (hent med: python -m analytics fetch "
                                "--country {code})."},
    "countries.by_area": {"nb": "Andel kommuner med politikk per fylke (NO) og region (DK)",
                          "en": "Share of municipalities with a policy by county (NO) and region (DK)",
                          "da": "Andel kommuner med politik pr. fylke (NO) og region (DK)"},
    "countries.by_size": {"nb": "Andel kommuner med politikk etter innbyggertall",
                          "en": "Share of municipalities with a policy by population size",
                          "da": "Andel kommuner med politik efter indbyggertal"},
    "countries.adoption": {"nb": "Kommuner med politikk over tid (andel, etter vedtaksår)",
                           "en": "Municipalities with a policy over time (share, by year adopted)",
                           "da": "Kommuner med politik over tid (andel, efter vedtagelsesår)"},
    "countries.size_note": {
        "nb": "Hvert land har sine egne størrelsesklasser: Norge SSBs KOSTRA-grupper (befolkningsintervallene), "
              "Danmark atlasets klasser (20 000 innbyggere var minstestørrelsen i kommunereformen 2007). Antall "
              "kommuner i klassen i parentes.",
        "en": "Each country has its own size classes: Norway Statistics Norway's KOSTRA groups (the population "
              "bands), Denmark the atlas's classes (20,000 inhabitants was the minimum size of the 2007 reform). "
              "Number of municipalities in the class in brackets.",
        "da": "Hvert land har sine egne størrelsesklasser: Norge SSB's KOSTRA-grupper (befolkningsintervallerne), "
              "Danmark atlassets klasser (20.000 indbyggere var minimumsstørrelsen i kommunalreformen 2007). Antal "
              "kommuner i klassen i parentes."},
    "countries.adoption_note": {
        "nb": "Bygget fra vedtaksårene i registeret: en politikk som er vedtatt og senere opphevet, er ikke med, så "
              "fortiden kan bare bli undertelt. Andelene er av dagens kommuner.",
        "en": "Built from the years adopted in the register: a policy adopted and later dropped is not in it, so the "
              "past can only be undercounted. Shares are of today's municipalities.",
        "da": "Bygget på vedtagelsesårene i registret: en politik, der er vedtaget og senere ophævet, er ikke med, "
              "så fortiden kan kun blive undertalt. Andelene er af nutidens kommuner."},
    "countries.definition.no": {
        "nb": "Norge: 357 kommuner (SSB KLASS 2024), innbyggere 1. januar 2024 (SSB 07459). Frivillighet Norges "
              "definisjon: egen melding, plan eller erklæring, laget i dialog med lokale organisasjoner, politisk "
              "vedtatt.",
        "en": "Norway: 357 municipalities (SSB KLASS 2024), population 1 January 2024 (SSB 07459). Frivillighet "
              "Norge's definition: own white paper, plan or declaration, made in dialogue with local organisations, "
              "politically adopted.",
        "da": "Norge: 357 kommuner (SSB KLASS 2024), indbyggere 1. januar 2024 (SSB 07459). Frivillighet Norges "
              "definition: egen melding, plan eller erklæring, udarbejdet i dialog med lokale foreninger, politisk "
              "vedtaget."},
    "countries.definition.dk": {
        "nb": "Danmark: 98 kommuner (DAGI/DAWA, Christiansø utenfor), innbyggere fra Danmarks Statistik (FOLK1A). "
              "Ingen felles definisjon: en frivilligpolitikk vedtatt av kommunalbestyrelsen (ofte knyttet til "
              "serviceloven § 18).",
        "en": "Denmark: 98 municipalities (DAGI/DAWA, Christiansø outside), population from Statistics Denmark "
              "(FOLK1A). No common definition: a volunteering policy adopted by the municipal council (often tied "
              "to § 18 of the Social Services Act).",
        "da": "Danmark: 98 kommuner (DAGI/DAWA, Christiansø udenfor), indbyggere fra Danmarks Statistik (FOLK1A). "
              "Ingen fælles definition: en frivilligpolitik vedtaget af kommunalbestyrelsen (ofte knyttet til "
              "serviceloven § 18)."},
    "countries.register_demo": {"nb": "Kart og tall her: DEMO-registeret, ikke ekte data.",
                                "en": "Map and figures here: the DEMO register, not real data.",
                                "da": "Kort og tal her: DEMO-registret, ikke rigtige data."},
    "countries.register_real": {"nb": "Kart og tall her: det importerte registeret.",
                                "en": "Map and figures here: the imported register.",
                                "da": "Kort og tal her: det importerede register."},
    "countries.published_no": {
        "nb": "Publisert: {n} av {total} kommuner ({share}) i juli 2024 (kilden oppga {published} kommuner). {source}.",
        "en": "Published: {n} of {total} municipalities ({share}) in July 2024 (the source gave {published} "
              "municipalities). {source}.",
        "da": "Offentliggjort: {n} af {total} kommuner ({share}) i juli 2024 (kilden angav {published} kommuner). "
              "{source}."},
    "countries.published_dk": {
        "nb": "Publisert: ingen dansk oversikt over kommuner med frivilligpolitikk finnes (den siste § 18-"
              "redegjørelsen kom i 2017 og sier ikke hvilke kommuner).",
        "en": "Published: no Danish overview of municipalities with a volunteering policy exists (the last § 18 "
              "report appeared in 2017 and does not name the municipalities).",
        "da": "Offentliggjort: der findes ingen dansk oversigt over kommuner med frivilligpolitik (den sidste "
              "§ 18-redegørelse udkom i 2017 og nævner ikke kommunerne)."},
    "countries.tables": {"nb": "Tabellene", "en": "The tables", "da": "Tabellerne"},
    "countries.export.countries": {"nb": "landene", "en": "countries", "da": "landene"},
    "countries.export.areas": {"nb": "fylker og regioner", "en": "counties and regions", "da": "fylker og regioner"},
    "countries.export.sizes": {"nb": "størrelsesklasser", "en": "size classes", "da": "størrelsesklasser"},
    # ---------------------------------------------------------------- the county file refused
    "published.err.read": {"nb": "Kunne ikke lese filen: {reason}.", "en": "Could not read the file: {reason}.",
                           "da": "Kunne ikke læse filen: {reason}."},
    "published.err.size": {"nb": "Filen er {n} byte; en fylkestabell er noen få kilobyte. Er det riktig fil?",
                           "en": "The file is {n} bytes; a county table is a few kilobytes. Is it the right file?",
                           "da": "Filen er {n} byte; en fylkestabel er nogle få kilobyte. Er det den rigtige fil?"},
    "published.err.utf8": {"nb": "Filen er ikke UTF-8-kodet.", "en": "The file is not UTF-8 encoded.",
                           "da": "Filen er ikke UTF-8-kodet."},
    "published.err.columns": {"nb": "Filen mangler kolonnene {columns}.", "en": "The file lacks the columns {columns}.",
                              "da": "Filen mangler kolonnerne {columns}."},
    "published.err.county_code": {"nb": "Fylkesnummeret har ikke to sifre.", "en": "The county number is not two "
                                  "digits.", "da": "Fylkesnummeret har ikke to cifre."},
    "published.err.county_twice": {"nb": "Fylket står to ganger.", "en": "The county is listed twice.",
                                   "da": "Fylket står der to gange."},
    "published.err.count": {"nb": "Ikke et helt antall kommuner.", "en": "Not a whole number of municipalities.",
                            "da": "Ikke et helt antal kommuner."},
    "published.err.pct": {"nb": "Ikke en prosentandel.", "en": "Not a percentage.", "da": "Ikke en procentandel."},
    "published.err.date": {"nb": "Datoen er ikke på formen ÅÅÅÅ-MM-DD.", "en": "The date is not in the form "
                           "YYYY-MM-DD.", "da": "Datoen er ikke på formen ÅÅÅÅ-MM-DD."},
    "published.err.url": {"nb": "Kildelenken er ikke en nettadresse.", "en": "The source link is not a web address.",
                          "da": "Kildelinket er ikke en webadresse."},
    "published.err.head": {"nb": "Fylkestabellen kan ikke leses: {n} feil.", "en": "The county table cannot be "
                           "read: {n} errors.", "da": "Fylkestabellen kan ikke læses: {n} fejl."},
    "published.err.empty": {"nb": "Filen har ingen rader.", "en": "The file has no rows.", "da": "Filen har ingen "
                            "rækker."},
}
