"""Denmark: what the Danish registers hold and, plainly, what is missing (associations, policy overview)."""

STRINGS = {
    # ---- Associations: there is no open register
    "dk.assoc.missing_title": {
        "nb": "Danmark har ikke et åpent foreningsregister",
        "en": "Denmark has no open register of associations",
        "da": "Danmark har intet åbent foreningsregister",
    },
    "dk.assoc.missing_body": {
        "nb": "I Norge kommer foreningene fra Frivillighetsregisteret. Danmark har ikke noe tilsvarende som er åpent: "
              "foreninger med CVR-nummer står i CVR (Erhvervsstyrelsen), men uttrekk av hele registeret krever en "
              "godkjent bruker, så atlaset kan ikke hente dem selv. Derfor viser atlaset ingen tall for foreninger i "
              "Danmark før dere importerer et CVR-uttrekk.",
        "en": "In Norway the associations come from the Register of Non-Profit Organisations. Denmark has nothing "
              "open of that kind: associations with a CVR number are in the CVR register (Danish Business "
              "Authority), but extracts of the whole register need an approved user, so the atlas cannot fetch "
              "them itself. The atlas therefore shows no figures for associations in Denmark until you import a "
              "CVR extract.",
        "da": "I Norge kommer foreningerne fra det norske frivillighedsregister. Danmark har ikke noget tilsvarende, "
              "der er åbent: foreninger med CVR-nummer står i CVR (Erhvervsstyrelsen), men udtræk af hele "
              "registeret kræver en godkendt bruger, så atlasset kan ikke selv hente dem. Derfor viser atlasset "
              "ingen tal for foreninger i Danmark, før I importerer et CVR-udtræk.",
    },
    "dk.assoc.cvr_how": {
        "nb": "Har dere et CVR-uttrekk (søkesvar fra CVR-tjenesten som JSON, eller en tabell med «cvrNummer», "
              "kommunekode og virksomhedsform)? Importer det på Data-siden eller med «python -m analytics import "
              "organisations FIL --country dk». Bare foreninger (virksomhedsform 110 Forening og 115 Frivillig "
              "forening) som ikke er opphørt, tas med.",
        "en": "Do you have a CVR extract (a search response from the CVR service as JSON, or a table with "
              "“cvrNummer”, municipality code and legal form)? Import it on the Data page or with “python -m "
              "analytics import organisations FILE --country dk”. Only associations (legal form 110 Forening and 115 "
              "Frivillig forening) that have not ceased are included.",
        "da": "Har I et CVR-udtræk (søgesvar fra CVR-tjenesten som JSON eller en tabel med »cvrNummer«, kommunekode "
              "og virksomhedsform)? Importér det på Data-siden eller med »python -m analytics import organisations "
              "FIL --country dk«. Kun foreninger (virksomhedsform 110 Forening og 115 Frivillig forening), som ikke "
              "er ophørt, tages med.",
    },
    "dk.assoc.cvr_undercount": {
        "nb": "CVR er ikke et foreningsregister. Mange små lokale foreninger har ikke CVR-nummer, så tallene blir "
              "for lave, og mest i kommuner med mange små foreninger. Sammenlign kommuner med forsiktighet.",
        "en": "CVR is not a register of associations. Many small local associations have no CVR number, so the "
              "counts are too low, most of all in municipalities with many small associations. Compare "
              "municipalities with care.",
        "da": "CVR er ikke et foreningsregister. Mange små lokale foreninger har intet CVR-nummer, så tallene bliver "
              "for lave, mest i kommuner med mange små foreninger. Sammenlign kommuner med forsigtighed.",
    },
    "dk.assoc.imported": {
        "nb": "{n} foreninger fra CVR-uttrekket «{file}».",
        "en": "{n} associations from the CVR extract “{file}”.",
        "da": "{n} foreninger fra CVR-udtrækket »{file}«.",
    },
    "dk.assoc.skipped": {
        "nb": "{n} rader i uttrekket ble ikke tatt med (ikke forening, opphørt, uten kommune eller utenfor de 98 "
              "kommunene).",
        "en": "{n} rows of the extract were left out (not an association, ceased, no municipality, or outside the 98 "
              "municipalities).",
        "da": "{n} rækker i udtrækket blev ikke taget med (ikke en forening, ophørt, uden kommune eller uden for de "
              "98 kommuner).",
    },
    "dk.assoc.none_on_map": {
        "nb": "Ingen foreningsdata for Danmark",
        "en": "No association data for Denmark",
        "da": "Ingen foreningsdata for Danmark",
    },
    # ---- Volunteer policies: what is telling in Denmark
    "dk.policy.no_overview": {
        "nb": "Det finnes ingen offentlig oversikt over hvilke danske kommuner som har en frivillighetspolitikk, og "
              "når den ble vedtatt. Tallene her kommer bare fra registeret dere selv har importert.",
        "en": "There is no public overview of which Danish municipalities have a volunteering policy and when it "
              "was adopted. The figures here come only from the register you have imported yourselves.",
        "da": "Der findes ingen offentlig oversigt over, hvilke danske kommuner der har en frivillighedspolitik, og "
              "hvornår den blev vedtaget. Tallene her kommer kun fra det register, I selv har importeret.",
    },
    "dk.policy.section18": {
        "nb": "Nesten alle danske kommuner har en frivillighetspolitikk etter serviceloven § 18, så det som skiller "
              "dem, er hvor gammel den er, når den sist ble revidert, og hvordan den ble til.",
        "en": "Almost every Danish municipality has a volunteering policy under section 18 of the Social Services "
              "Act, so what sets them apart is how old it is, when it was last revised and how it was made.",
        "da": "Næsten alle danske kommuner har en frivillighedspolitik efter serviceloven § 18, så det, der skiller "
              "dem ad, er hvor gammel den er, hvornår den sidst blev revideret, og hvordan den blev til.",
    },
    "dk.policy.since_election": {
        "nb": "Revidert etter at kommunestyrene valgt 18. november 2025 tiltrådte 1. januar 2026",
        "en": "Revised since the councils elected on 18 November 2025 took office on 1 January 2026",
        "da": "Revideret efter at kommunalbestyrelserne valgt 18. november 2025 tiltrådte 1. januar 2026",
    },
    "dk.policy.process": {
        "nb": "Prosessen bak politikken (CFSA): styringsgruppe, dialogmøter med foreninger og med ansatte, høring og "
              "vedtak i kommunestyret.",
        "en": "The process behind the policy (CFSA): steering group, dialogue meetings with associations and with "
              "staff, public hearing and adoption by the city council.",
        "da": "Processen bag politikken (CFSA): styregruppe, dialogmøder med foreninger og med medarbejdere, høring "
              "og vedtagelse i kommunalbestyrelsen.",
    },
    # ---- The base registers
    "dk.region": {"nb": "Region", "en": "Region", "da": "Region"},
    "dk.regions": {"nb": "Regioner", "en": "Regions", "da": "Regioner"},
    "dk.population.note": {
        "nb": "Folketall 1. januar {year} (Danmarks Statistik, FOLK1A, 1. kvartal).",
        "en": "Population on 1 January {year} (Statistics Denmark, FOLK1A, first quarter).",
        "da": "Folketal 1. januar {year} (Danmarks Statistik, FOLK1A, 1. kvartal).",
    },
    "dk.christiansoe.note": {
        "nb": "Christiansø er ikke med: øya hører ikke til noen kommune. Den teller med i Danmarks folketall (rundt "
              "90 innbyggere), derfor er summen av de 98 kommunene litt lavere enn tallet for hele landet.",
        "en": "Christiansø is not included: the island belongs to no municipality. It counts in Denmark's "
              "population (about 90 people), so the 98 municipalities add up to slightly less than the national "
              "figure.",
        "da": "Christiansø er ikke med: øen hører ikke til nogen kommune. Den tæller med i Danmarks folketal (omkring "
              "90 indbyggere), derfor er summen af de 98 kommuner lidt lavere end tallet for hele landet.",
    },
    "dk.boundaries.note_2014": {
        "nb": "Kommunegrensene på kartet er DAGI fra 2014 i målestokk 1:500 000: riktige kommuner, men grov "
              "kystlinje, og små grenseendringer etter 2014 mangler.",
        "en": "The municipal borders on the map are DAGI from 2014 at 1:500,000: the right municipalities, but a "
              "coarse coastline, and small border changes after 2014 are missing.",
        "da": "Kommunegrænserne på kortet er DAGI fra 2014 i målestok 1:500.000: de rigtige kommuner, men grov "
              "kystlinje, og små grænseændringer efter 2014 mangler.",
    },
    "dk.islands.no_neighbours": {
        "nb": "Øykommuner uten landgrense (for eksempel Læsø, Samsø, Fanø, Ærø og Bornholm) har ingen nabokommuner "
              "i sammenligningen.",
        "en": "Island municipalities without a land border (for example Læsø, Samsø, Fanø, Ærø and Bornholm) have "
              "no neighbouring municipalities in the comparison.",
        "da": "Økommuner uden landgrænse (for eksempel Læsø, Samsø, Fanø, Ærø og Bornholm) har ingen nabokommuner "
              "i sammenligningen.",
    },
    "dk.sources.dawa_phaseout": {
        "nb": "DAWA, tjenesten atlaset henter danske kommunegrenser fra, er under utfasing. Virker ikke hentingen, "
              "bruk en lokal kopi av kildene (--source-dir).",
        "en": "DAWA, the service the atlas fetches Danish municipal borders from, is being phased out. If fetching "
              "fails, use a local copy of the sources (--source-dir).",
        "da": "DAWA, tjenesten atlasset henter danske kommunegrænser fra, er ved at blive udfaset. Virker hentningen "
              "ikke, så brug en lokal kopi af kilderne (--source-dir).",
    },
    # ---- Extra per-municipality indicators (separate datasets, clearly labelled)
    "dk.ind.idraet.label": {
        "nb": "Medlemskap i idrettsforeninger, % av befolkningen (IDRAKT02, 2025)",
        "en": "Memberships of sports associations, % of population (IDRAKT02, 2025)",
        "da": "Medlemskaber af idrætsforeninger, % af befolkningen (IDRAKT02, 2025)",
    },
    "dk.ind.idraet.note": {
        "nb": "Medlemskap, ikke personer: én person i to klubber telles to ganger, og bedriftsidrett føres på "
              "arbeidsgiverens hovedkontor. Derfor kan tallet komme nær eller over 100 %.",
        "en": "Memberships, not people: one person in two clubs counts twice, and company sport is booked at the "
              "employer's head office. That is why the figure can come near or above 100 %.",
        "da": "Medlemskaber, ikke personer: én person i to klubber tælles to gange, og firmaidræt bogføres på "
              "arbejdsgiverens hovedkontor. Derfor kan tallet komme tæt på eller over 100 %.",
    },
    "dk.ind.foreningsudgifter.label": {
        "nb": "Kommunens utgifter til frivillig folkeopplysende foreningsarbeid, kr per innbygger (REGK31)",
        "en": "Municipal spending on voluntary adult-education associations, DKK per inhabitant (REGK31)",
        "da": "Kommunens udgifter til frivilligt folkeoplysende foreningsarbejde, kr. pr. indbygger (REGK31)",
    },
    "dk.ind.foreningsudgifter.note": {
        "nb": "Et mål på kommunal støtte, ikke antall foreninger. Regnskapsåret (2024 eller 2025) er ikke bekreftet.",
        "en": "A measure of municipal support, not a count of associations. The accounting year (2024 or 2025) is "
              "not confirmed.",
        "da": "Et mål for kommunal støtte, ikke et antal foreninger. Regnskabsåret (2024 eller 2025) er ikke "
              "bekræftet.",
    },
}
