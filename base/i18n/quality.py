"""Strings of the policy-quality register: the ten bud, the process steps, the structures, the Kvalitet page.

The names of the bud, steps and structures are also the column headers the importer recognises (in all three
languages), so they are defined once, here, and read by :mod:`registers.quality`.

Sources: the ten "frivillighetspolitiske bud" as printed by Frivillighet Norge ("Lokal frivillighetspolitikk gjør
samarbeidet bedre"); the Norwegian process from Frivillighet Norge's account of Bodø kommune's policy work; the
Danish process from CFSA's guide "5 gode råd, når I udvikler kommunens frivilligpolitik" and its 8-step proposal.
The bokmål bud titles are Frivillighet Norge's own; English and Danish are our translations.
"""

STRINGS = {
    # ---------------------------------------------------------------- the ten bud (Frivillighet Norge)
    "quality.bud.1.title": {"nb": "Kjenn frivilligheten i kommunen din",
                            "en": "Know the voluntary sector in your municipality",
                            "da": "Kend frivilligheden i din kommune"},
    "quality.bud.1.short": {"nb": "Kjenn frivilligheten", "en": "Know the sector", "da": "Kend frivilligheden"},
    "quality.bud.1.hint": {"nb": "Kunnskap om organisasjonenes mål, ressurser og utfordringer",
                           "en": "Knowledge of the organisations' aims, resources and challenges",
                           "da": "Viden om foreningernes mål, ressourcer og udfordringer"},
    "quality.bud.2.title": {"nb": "Vedta en tverrsektoriell kommunal frivillighetspolitikk",
                            "en": "Adopt a cross-sectoral municipal volunteering policy",
                            "da": "Vedtag en tværgående kommunal frivilligpolitik"},
    "quality.bud.2.short": {"nb": "Tverrsektoriell politikk", "en": "Cross-sectoral policy",
                            "da": "Tværgående politik"},
    "quality.bud.2.hint": {"nb": "Hele bredden invitert; revurderes av hvert nytt kommunestyre",
                           "en": "The whole sector invited; revised by each new council",
                           "da": "Hele bredden inviteret; revurderes af hver ny kommunalbestyrelse"},
    "quality.bud.3.title": {"nb": "Anerkjenn frivillighetens egenverdi", "en": "Recognise volunteering's own worth",
                            "da": "Anerkend frivillighedens egenværdi"},
    "quality.bud.3.short": {"nb": "Egenverdi", "en": "Own worth", "da": "Egenværdi"},
    "quality.bud.3.hint": {"nb": "Frivillige er frie og villige til å gjøre det de vil",
                           "en": "Volunteers are free to do what they choose",
                           "da": "Frivillige er frie til at gøre det, de vil"},
    "quality.bud.4.title": {"nb": "Forenkling gir mer frivillighet", "en": "Simplification gives more volunteering",
                            "da": "Forenkling giver mere frivillighed"},
    "quality.bud.4.short": {"nb": "Forenkling", "en": "Simplify", "da": "Forenkling"},
    "quality.bud.4.hint": {"nb": "Enklere søknader, rapportering og kontakt med kommunen",
                           "en": "Simpler applications, reporting and contact with the municipality",
                           "da": "Enklere ansøgninger, afrapportering og kontakt med kommunen"},
    "quality.bud.5.title": {"nb": "Tilrettelegg for frivillighetens egenutvikling",
                            "en": "Enable the voluntary sector's own development",
                            "da": "Understøt frivillighedens egen udvikling"},
    "quality.bud.5.short": {"nb": "Egenutvikling", "en": "Own development", "da": "Egenudvikling"},
    "quality.bud.5.hint": {"nb": "Tillit, så organisasjonene når sine egne mål",
                           "en": "Trust, so organisations reach their own goals",
                           "da": "Tillid, så foreningerne når deres egne mål"},
    "quality.bud.6.title": {"nb": "Skap dialog med frivilligheten", "en": "Create dialogue with the voluntary sector",
                            "da": "Skab dialog med frivilligheden"},
    "quality.bud.6.short": {"nb": "Dialog", "en": "Dialogue", "da": "Dialog"},
    "quality.bud.6.hint": {"nb": "Faste møteplasser, og møter etter arbeidstid",
                           "en": "Fixed meeting places, with meetings after working hours",
                           "da": "Faste mødesteder, og møder efter arbejdstid"},
    "quality.bud.7.title": {"nb": "Anerkjenn og støtt opp om frivillighetens merverdi",
                            "en": "Recognise and support volunteering's added value",
                            "da": "Anerkend og støt frivillighedens merværdi"},
    "quality.bud.7.short": {"nb": "Merverdi", "en": "Added value", "da": "Merværdi"},
    "quality.bud.7.hint": {"nb": "Lokalsamfunnsutvikling, møteplasser, tilhørighet, demokrati, helse",
                           "en": "Community development, meeting places, belonging, democracy, health",
                           "da": "Lokalsamfundsudvikling, mødesteder, tilhørsforhold, demokrati, sundhed"},
    "quality.bud.8.title": {"nb": "Gi frie midler", "en": "Give free funds", "da": "Giv frie midler"},
    "quality.bud.8.short": {"nb": "Gi frie midler", "en": "Give free funds", "da": "Giv frie midler"},
    "quality.bud.8.hint": {"nb": "Så frivilligheten kan vokse på egne premisser",
                           "en": "So the sector can grow on its own terms",
                           "da": "Så frivilligheden kan vokse på egne præmisser"},
    "quality.bud.9.title": {"nb": "Ikke konkurrer med frivilligheten",
                            "en": "Do not compete with the voluntary sector",
                            "da": "Konkurrér ikke med frivilligheden"},
    "quality.bud.9.short": {"nb": "Ikke konkurrer", "en": "Do not compete", "da": "Konkurrér ikke"},
    "quality.bud.9.hint": {"nb": "Ikke «stjel» de frivillige fra organisasjonene",
                           "en": "Do not take volunteers away from the organisations",
                           "da": "Tag ikke de frivillige fra foreningerne"},
    "quality.bud.10.title": {"nb": "Skap forutsigbarhet for frivilligheten",
                             "en": "Create predictability for the voluntary sector",
                             "da": "Skab forudsigelighed for frivilligheden"},
    "quality.bud.10.short": {"nb": "Forutsigbarhet", "en": "Predictability", "da": "Forudsigelighed"},
    "quality.bud.10.hint": {"nb": "Forutsigbare rammer, for eksempel lokaler",
                            "en": "Predictable conditions, such as premises",
                            "da": "Forudsigelige rammer, fx lokaler"},

    # ---------------------------------------------------------------- structures in place
    "quality.structure.volunteer_council": {"nb": "Frivillighetsråd", "en": "Volunteer council",
                                            "da": "Frivilligråd"},
    "quality.structure.dialogue_arenas": {"nb": "Faste dialogarenaer", "en": "Fixed dialogue arenas",
                                          "da": "Faste dialogfora"},
    "quality.structure.volunteer_centre": {"nb": "Frivilligsentral", "en": "Volunteer centre",
                                           "da": "Frivilligcenter"},
    "quality.structure.free_funds": {"nb": "Ordning med frie midler", "en": "Free-funds scheme",
                                     "da": "Pulje med frie midler"},
    "quality.structure.premises": {"nb": "Lokaler stilles til rådighet", "en": "Premises offered",
                                   "da": "Lokaler stilles til rådighed"},

    # ---------------------------------------------------------------- Norwegian process (FN guidance, Bodø)
    "quality.step.no.political_decision": {"nb": "Politisk vedtak om å lage en frivillighetspolitikk",
                                           "en": "Council decision to develop a policy",
                                           "da": "Politisk beslutning om at lave en frivilligpolitik"},
    "quality.step.no.mapping": {"nb": "Kartlegging av frivilligheten", "en": "Mapping the local voluntary sector",
                                "da": "Kortlægning af foreningslivet"},
    "quality.step.no.politicians_staff_meeting": {"nb": "Møte med politikere og administrasjon",
                                                  "en": "Meeting with politicians and staff",
                                                  "da": "Møde med politikere og forvaltning"},
    "quality.step.no.cafe_dialogue": {"nb": "Kafédialog med lag og foreninger",
                                      "en": "Café dialogue with local organisations",
                                      "da": "Cafédialog med foreninger"},
    "quality.step.no.politicians_present": {"nb": "Politikere til stede i dialogen",
                                            "en": "Politicians present in the dialogue",
                                            "da": "Politikere til stede i dialogen"},
    "quality.step.no.input_summary": {"nb": "Innspillene samlet og sendt til deltakerne",
                                      "en": "Input summarised and sent to participants",
                                      "da": "Input samlet og sendt til deltagerne"},
    "quality.step.no.reference_group": {"nb": "Referansegruppe fra frivilligheten",
                                        "en": "Reference group of organisations",
                                        "da": "Referencegruppe fra foreningslivet"},
    "quality.step.no.draft": {"nb": "Utkast til politikk", "en": "Draft policy", "da": "Udkast til politik"},
    "quality.step.no.hearing": {"nb": "Høring", "en": "Consultation (hearing)", "da": "Høring"},
    "quality.step.no.adoption": {"nb": "Vedtatt i kommunestyret", "en": "Adopted by the council",
                                 "da": "Vedtaget i kommunalbestyrelsen"},

    # ---------------------------------------------------------------- Danish process (CFSA)
    "quality.step.dk.plan": {"nb": "Plan for prosessen", "en": "Plan for the process", "da": "Plan for processen"},
    "quality.step.dk.steering_group": {"nb": "Styringsgruppe nedsatt", "en": "Steering group set up",
                                       "da": "Styregruppe nedsat"},
    "quality.step.dk.main_lines": {"nb": "Innspill til hovedlinjene", "en": "Input on the main lines",
                                   "da": "Input til de overordnede linjer"},
    "quality.step.dk.opening_meeting": {"nb": "Innledende fellesmøte (stormøte 1)",
                                        "en": "Opening joint meeting (first large meeting)",
                                        "da": "Indledende fællesmøde (stormøde 1)"},
    "quality.step.dk.association_meetings": {"nb": "Dialogmøter med frivillige og foreninger",
                                             "en": "Dialogue meetings with volunteers and associations",
                                             "da": "Dialogmøder med frivillige og foreninger"},
    "quality.step.dk.staff_meetings": {"nb": "Dialogmøter med ansatte og faggrupper",
                                       "en": "Dialogue meetings with staff",
                                       "da": "Dialogmøder med medarbejdere og faggrupper"},
    "quality.step.dk.second_meeting": {"nb": "Stormøte 2 (resultatene lagt fram)",
                                       "en": "Second large meeting (results presented)",
                                       "da": "Stormøde 2 (resultaterne fremlagt)"},
    "quality.step.dk.draft": {"nb": "Samlet forslag skrevet", "en": "Draft written",
                              "da": "Samlet forslag skrevet"},
    "quality.step.dk.hearing": {"nb": "Høring", "en": "Consultation (hearing)", "da": "Høring"},
    "quality.step.dk.adjustment": {"nb": "Justert etter høringssvar", "en": "Adjusted after the consultation",
                                   "da": "Justeret efter høringssvar"},
    "quality.step.dk.adoption": {"nb": "Vedtatt i utvalg og bystyre", "en": "Adopted by committee and council",
                                 "da": "Vedtaget i udvalg og byråd"},
}

STRINGS.update({
    # ---------------------------------------------------------------- the Kvalitet page
    "quality.title": {"nb": "Politikkens kvalitet – {country}", "en": "Policy quality – {country}",
                      "da": "Politikkens kvalitet – {country}"},
    "quality.intro": {
        "nb": "Sjekklisten viser for hver kommune hvilke av Frivillighet Norges ti frivillighetspolitiske bud "
              "politikken oppfyller, hvilke trinn i prosessen som er tatt og hvilke strukturer som finnes. «Ukjent» "
              "betyr at sjekklisten ikke har svar; det teller aldri som oppfylt.",
        "en": "For each municipality the checklist shows which of Frivillighet Norge's ten volunteering-policy "
              "commitments (bud) the policy meets, which process steps were taken and which structures exist. "
              "«Unknown» means the checklist has no answer; it never counts as met.",
        "da": "Tjeklisten viser for hver kommune, hvilke af Frivillighet Norges ti frivillighedspolitiske bud "
              "politikken opfylder, hvilke trin i processen der er taget, og hvilke strukturer der findes. «Ukendt» "
              "betyder, at tjeklisten ikke har svar; det tæller aldrig som opfyldt."},
    "quality.none": {
        "nb": "Ingen sjekkliste for politikkens kvalitet er importert for {country}. Importer rådgivernes "
              "sjekkliste på Data-siden, eller med «python -m analytics import quality FIL --country {code}». "
              "Registeret over frivillighetspolitikk er ekte, så atlaset viser ingen demosjekkliste.",
        "en": "No policy-quality checklist has been imported for {country}. Import the advisers' checklist on the "
              "Data page, or with «python -m analytics import quality FILE --country {code}». The policy register "
              "is real, so the atlas shows no demo checklist.",
        "da": "Der er ikke importeret nogen tjekliste for politikkens kvalitet for {country}. Importér "
              "rådgivernes tjekliste på Data-siden eller med «python -m analytics import quality FIL --country "
              "{code}». Registret over frivilligpolitik er ægte, så atlasset viser ingen demotjekliste."},
    "quality.demo_what": {"nb": "sjekklisten for politikkens kvalitet", "en": "the policy-quality checklist",
                          "da": "tjeklisten for politikkens kvalitet"},
    "quality.metric.assessed": {"nb": "Kommuner i sjekklisten", "en": "Municipalities in the checklist",
                                "da": "Kommuner i tjeklisten"},
    "quality.metric.assessed_help": {"nb": "{n} av {total} kommuner", "en": "{n} of {total} municipalities",
                                     "da": "{n} af {total} kommuner"},
    "quality.metric.meets_all": {"nb": "Oppfyller alle kriteriene", "en": "Meet every criterion",
                                 "da": "Opfylder alle kriterier"},
    "quality.metric.avg_bud": {"nb": "Bud oppfylt i snitt", "en": "Bud met on average",
                               "da": "Bud opfyldt i gennemsnit"},
    "quality.metric.avg_bud_help": {"nb": "Gjennomsnittlig antall av de ti budene som er oppfylt, blant kommunene "
                                          "i sjekklisten (ukjent teller som ikke oppfylt).",
                                    "en": "Average number of the ten bud met among the municipalities in the "
                                          "checklist (unknown counts as not met).",
                                    "da": "Gennemsnitligt antal af de ti bud, der er opfyldt, blandt kommunerne i "
                                          "tjeklisten (ukendt tæller som ikke opfyldt)."},
    "quality.metric.weakest": {"nb": "Svakeste bud", "en": "Weakest bud", "da": "Svageste bud"},
    "quality.metric.weakest_help": {"nb": "De budene som oftest ikke er oppfylt, regnet av kommunene som har svar.",
                                    "en": "The bud least often met, counted among municipalities with an answer.",
                                    "da": "De bud, der sjældnest er opfyldt, regnet blandt kommunerne med svar."},
    "quality.map.pick": {"nb": "Bud på kartet", "en": "Bud on the map", "da": "Bud på kortet"},
    "quality.map.option": {"nb": "Bud {n} oppfylt: {title}", "en": "Bud {n} met: {title}",
                           "da": "Bud {n} opfyldt: {title}"},
    "quality.map.title": {"nb": "Bud {n} oppfylt – {short}", "en": "Bud {n} met – {short}",
                          "da": "Bud {n} opfyldt – {short}"},
    "quality.status.met": {"nb": "Oppfylt", "en": "Met", "da": "Opfyldt"},
    "quality.status.not_met": {"nb": "Ikke oppfylt", "en": "Not met", "da": "Ikke opfyldt"},
    "quality.status.unknown": {"nb": "Ukjent (i sjekklisten uten svar)", "en": "Unknown (in the checklist, no answer)",
                               "da": "Ukendt (i tjeklisten uden svar)"},
    "quality.status.unknown_short": {"nb": "Ukjent", "en": "Unknown", "da": "Ukendt"},
    "quality.status.present": {"nb": "Finnes", "en": "In place", "da": "Findes"},
    "quality.status.absent": {"nb": "Finnes ikke", "en": "Not in place", "da": "Findes ikke"},
    "quality.status.done": {"nb": "Tatt", "en": "Taken", "da": "Taget"},
    "quality.status.not_done": {"nb": "Ikke tatt", "en": "Not taken", "da": "Ikke taget"},
    "quality.chart.heading": {"nb": "Hvor ofte er hvert bud oppfylt?", "en": "How often is each bud met?",
                              "da": "Hvor ofte er hvert bud opfyldt?"},
    "quality.chart.caption": {"nb": "Antall kommuner i sjekklisten per bud. Prosenten er andelen oppfylt blant "
                                    "kommunene som har svar for budet.",
                              "en": "Number of municipalities in the checklist per bud. The percentage is the share "
                                    "met among the municipalities with an answer for the bud.",
                              "da": "Antal kommuner i tjeklisten pr. bud. Procenten er andelen opfyldt blandt "
                                    "kommunerne med svar for buddet."},
    "quality.chart.axis": {"nb": "Kommuner", "en": "Municipalities", "da": "Kommuner"},
    "quality.chart.title": {"nb": "De ti bud: oppfylt, ikke oppfylt, ukjent", "en": "The ten bud: met, not met, "
                                                                                    "unknown",
                            "da": "De ti bud: opfyldt, ikke opfyldt, ukendt"},
    "quality.bud_label": {"nb": "Bud {n}: {short}", "en": "Bud {n}: {short}", "da": "Bud {n}: {short}"},
    "quality.county.heading": {"nb": "Bud oppfylt per fylke", "en": "Bud met by county", "da": "Bud opfyldt pr. fylke"},
    "quality.region.heading": {"nb": "Bud oppfylt per region", "en": "Bud met by region",
                               "da": "Bud opfyldt pr. region"},
    "quality.county.caption": {"nb": "Hver celle: oppfylt / kommuner med svar for budet.",
                               "en": "Each cell: met / municipalities with an answer for the bud.",
                               "da": "Hver celle: opfyldt / kommuner med svar for buddet."},
    "quality.meets_all.heading": {"nb": "Kommuner som oppfyller alle kriteriene",
                                  "en": "Municipalities meeting every criterion",
                                  "da": "Kommuner, der opfylder alle kriterier"},
    "quality.meets_all.caption": {"nb": "Alle ti bud og alle fem strukturer: {structures}. Ukjent teller ikke som "
                                        "oppfylt.",
                                  "en": "All ten bud and all five structures: {structures}. Unknown does not count "
                                        "as met.",
                                  "da": "Alle ti bud og alle fem strukturer: {structures}. Ukendt tæller ikke som "
                                        "opfyldt."},
    "quality.meets_all.empty": {"nb": "Ingen kommuner i sjekklisten oppfyller alle kriteriene.",
                                "en": "No municipality in the checklist meets every criterion.",
                                "da": "Ingen kommuner i tjeklisten opfylder alle kriterier."},
    "quality.process.heading": {"nb": "Prosessen i kommuner med politikk under arbeid",
                                "en": "The process in municipalities with a policy in progress",
                                "da": "Processen i kommuner med en politik under udarbejdelse"},
    "quality.process.from_policies": {"nb": "Kommunene med status «under arbeid» i registeret over "
                                            "frivillighetspolitikk.",
                                      "en": "The municipalities with status «in progress» in the policy register.",
                                      "da": "Kommunerne med status «under udarbejdelse» i registret over "
                                            "frivilligpolitik."},
    "quality.process.from_checklist": {"nb": "Registeret over frivillighetspolitikk er ikke av samme slag som "
                                             "sjekklisten (ekte eller demo), så her vises kommunene i sjekklisten "
                                             "som har tatt minst ett trinn, men ikke vedtak.",
                                       "en": "The policy register is not of the same kind as the checklist (real or "
                                             "demo), so this shows the municipalities in the checklist that have "
                                             "taken at least one step but not adoption.",
                                       "da": "Registret over frivilligpolitik er ikke af samme slags som tjeklisten "
                                             "(ægte eller demo), så her vises kommunerne i tjeklisten, der har "
                                             "taget mindst ét trin, men ikke vedtagelse."},
    "quality.process.empty": {"nb": "Ingen kommuner har politikk under arbeid.",
                              "en": "No municipality has a policy in progress.",
                              "da": "Ingen kommuner har en politik under udarbejdelse."},
    "quality.steps.source.no": {"nb": "Trinnene følger Frivillighet Norges beskrivelse av Bodø kommunes prosess "
                                      "(møte med politikere og administrasjon, kafédialog med lag og foreninger, "
                                      "politikere til stede, referansegruppe) og kravet om en politisk vedtatt "
                                      "politikk.",
                                "en": "The steps follow Frivillighet Norge's account of Bodø municipality's process "
                                      "(meeting with politicians and staff, café dialogue with local "
                                      "organisations, politicians present, reference group) and the requirement of "
                                      "a politically adopted policy.",
                                "da": "Trinnene følger Frivillighet Norges beskrivelse af Bodø kommunes proces "
                                      "(møde med politikere og forvaltning, cafédialog med foreninger, politikere "
                                      "til stede, referencegruppe) og kravet om en politisk vedtaget politik."},
    "quality.steps.source.dk": {"nb": "Trinnene følger CFSAs forslag til prosess: plan, styringsgruppe, "
                                      "hovedlinjer, stormøter, dialogmøter med foreninger og ansatte, forslag, "
                                      "høring, justering og vedtak.",
                                "en": "The steps follow CFSA's proposed process: plan, steering group, main lines, "
                                      "large meetings, dialogue meetings with associations and staff, draft, "
                                      "consultation, adjustment and adoption.",
                                "da": "Trinnene følger CFSA's forslag til proces: plan, styregruppe, overordnede "
                                      "linjer, stormøder, dialogmøder med foreninger og medarbejdere, forslag, "
                                      "høring, justering og vedtagelse."},
    "quality.score.heading": {"nb": "Samlet poengsum (valgfri, med synlige vekter)",
                              "en": "Summary score (optional, with visible weights)",
                              "da": "Samlet pointtal (valgfrit, med synlige vægte)"},
    "quality.score.explain": {
        "nb": "Poengsummen er summen av vektene for kriteriene som er oppfylt, delt på summen av alle vekter. Ukjent "
              "teller som ikke oppfylt; «kjent andel» viser hvor mye av vekten som har svar. Endre vektene i "
              "tabellen (0 tar et kriterium ut). Sjekklisten over og kartet bruker ingen poengsum.",
        "en": "The score is the sum of the weights of the criteria met, divided by the sum of all weights. Unknown "
              "counts as not met; «known share» shows how much of the weight has an answer. Change the weights in "
              "the table (0 leaves a criterion out). The checklist above and the map use no score.",
        "da": "Pointtallet er summen af vægtene for de opfyldte kriterier divideret med summen af alle vægte. Ukendt "
              "tæller som ikke opfyldt; «kendt andel» viser, hvor meget af vægten der har svar. Ret vægtene i "
              "tabellen (0 tager et kriterium ud). Tjeklisten ovenfor og kortet bruger intet pointtal."},
    "quality.score.bad": {"nb": "Vektene kan ikke brukes: minst én vekt må være over 0, og ingen kan være negativ.",
                          "en": "The weights cannot be used: at least one must be above 0 and none negative.",
                          "da": "Vægtene kan ikke bruges: mindst én vægt skal være over 0, og ingen må være "
                                "negativ."},
    "quality.col.bud": {"nb": "Bud", "en": "Bud", "da": "Bud"},
    "quality.col.met": {"nb": "Oppfylt", "en": "Met", "da": "Opfyldt"},
    "quality.col.not_met": {"nb": "Ikke oppfylt", "en": "Not met", "da": "Ikke opfyldt"},
    "quality.col.unknown": {"nb": "Ukjent", "en": "Unknown", "da": "Ukendt"},
    "quality.col.share_met": {"nb": "Andel oppfylt (av dem med svar)", "en": "Share met (of those answering)",
                              "da": "Andel opfyldt (af dem med svar)"},
    "quality.col.assessed": {"nb": "I sjekklisten", "en": "In the checklist", "da": "I tjeklisten"},
    "quality.col.criterion": {"nb": "Kriterium", "en": "Criterion", "da": "Kriterium"},
    "quality.col.weight": {"nb": "Vekt", "en": "Weight", "da": "Vægt"},
    "quality.col.score": {"nb": "Poengsum", "en": "Score", "da": "Pointtal"},
    "quality.col.known_share": {"nb": "Kjent andel", "en": "Known share", "da": "Kendt andel"},
    "quality.col.criteria_met": {"nb": "Kriterier oppfylt", "en": "Criteria met", "da": "Kriterier opfyldt"},
    "quality.col.steps_done": {"nb": "Trinn tatt", "en": "Steps taken", "da": "Trin taget"},
    "quality.col.progress": {"nb": "Fullført", "en": "Completed", "da": "Gennemført"},
    "quality.col.next_step": {"nb": "Neste trinn", "en": "Next step", "da": "Næste trin"},
    "quality.col.last_date": {"nb": "Siste dato", "en": "Latest date", "da": "Seneste dato"},
    "quality.col.in_checklist": {"nb": "I sjekklisten", "en": "In the checklist", "da": "I tjeklisten"},
    "quality.col.status": {"nb": "Svar", "en": "Answer", "da": "Svar"},
    "quality.col.step": {"nb": "Trinn", "en": "Step", "da": "Trin"},
    "quality.col.date": {"nb": "Dato", "en": "Date", "da": "Dato"},
    "quality.col.source": {"nb": "Kilde", "en": "Source", "da": "Kilde"},
    "quality.col.structure": {"nb": "Struktur", "en": "Structure", "da": "Struktur"},
    "quality.yes": {"nb": "ja", "en": "yes", "da": "ja"},
    "quality.no": {"nb": "nei", "en": "no", "da": "nej"},
    "quality.export.map": {"nb": "Kartlag bud {n}", "en": "Map layer bud {n}", "da": "Kortlag bud {n}"},
    "quality.export.bud": {"nb": "Bud oppfylt", "en": "Bud met", "da": "Bud opfyldt"},
    "quality.export.counties": {"nb": "Per fylke", "en": "By county", "da": "Pr. region"},
    "quality.export.process": {"nb": "Prosess", "en": "Process", "da": "Proces"},
    "quality.export.meets_all": {"nb": "Oppfyller alt", "en": "Meets all", "da": "Opfylder alt"},
    "quality.export.score": {"nb": "Poengsum", "en": "Score", "da": "Pointtal"},
    "quality.export.checklist": {"nb": "Sjekkliste", "en": "Checklist", "da": "Tjekliste"},

    # ---------------------------------------------------------------- the checklist on the municipality profile
    "quality.profile.heading": {"nb": "Politikkens kvalitet", "en": "Policy quality", "da": "Politikkens kvalitet"},
    "quality.profile.missing": {"nb": "{name} står ikke i sjekklisten for politikkens kvalitet.",
                                "en": "{name} is not in the policy-quality checklist.",
                                "da": "{name} står ikke i tjeklisten for politikkens kvalitet."},
    "quality.profile.bud": {"nb": "De ti frivillighetspolitiske bud", "en": "The ten volunteering-policy bud",
                            "da": "De ti frivillighedspolitiske bud"},
    "quality.profile.counts": {"nb": "{met} av 10 bud oppfylt, {not_met} ikke oppfylt, {unknown} ukjent.",
                               "en": "{met} of 10 bud met, {not_met} not met, {unknown} unknown.",
                               "da": "{met} af 10 bud opfyldt, {not_met} ikke opfyldt, {unknown} ukendt."},
    "quality.profile.structures": {"nb": "Strukturer", "en": "Structures", "da": "Strukturer"},
    "quality.profile.steps": {"nb": "Prosessen", "en": "The process", "da": "Processen"},
    "quality.profile.steps_counts": {"nb": "{done} av {total} trinn tatt.", "en": "{done} of {total} steps taken.",
                                     "da": "{done} af {total} trin taget."},
    "quality.profile.timeline": {"nb": "Tidslinje for prosessen", "en": "Process timeline",
                                 "da": "Tidslinje for processen"},
    "quality.profile.undated": {"nb": "Tatt, uten dato: {steps}.", "en": "Taken, undated: {steps}.",
                                "da": "Taget, uden dato: {steps}."},
    "quality.profile.no_dates": {"nb": "Ingen trinn har dato i sjekklisten.", "en": "No step has a date in the "
                                                                                   "checklist.",
                                 "da": "Ingen trin har en dato i tjeklisten."},
    "quality.profile.row_source": {"nb": "Kilde for hele raden: {source}", "en": "Source for the whole row: {source}",
                                   "da": "Kilde for hele rækken: {source}"},
    "quality.profile.comment": {"nb": "Kommentar: {text}", "en": "Comment: {text}", "da": "Kommentar: {text}"},
    "quality.profile.checklist_source": {"nb": "Sjekkliste: {title} ({file}, versjon {version})",
                                         "en": "Checklist: {title} ({file}, version {version})",
                                         "da": "Tjekliste: {title} ({file}, version {version})"},
    "quality.link": {"nb": "lenke", "en": "link", "da": "link"},

    # ---------------------------------------------------------------- the Data page import
    "import.help.quality": {
        "nb": "CSV eller XLSX, høyst {mb} MB: rådgiverens sjekkliste, én rad per kommune (kommunenummer eller navn). "
              "Kolonner «Bud 1» … «Bud 10» (også «bud1», «bud_1» eller budets korttittel, som «Gi frie midler»), "
              "gjerne «Bud 2 kilde»; «Frivillighetsråd», «Frivilligsentral», «Frie midler», «Lokaler», «Faste "
              "dialogarenaer»; og prosesstrinn som «Kafédialog», «Referansegruppe», «Høring», «Vedtatt» (med dato "
              "i cellen eller i «Høring dato»). Svar: Ja/Nei, Yes/No, Ja/Nej, x for ja, tom for ukjent. "
              "Ingenting lagres før du har sett kontrollrapporten og bekreftet.",
        "en": "CSV or XLSX, at most {mb} MB: the adviser's checklist, one row per municipality (code or name). "
              "Columns «Bud 1» … «Bud 10» (also «bud1», «bud_1» or the bud's short title, such as «Give free "
              "funds»), optionally «Bud 2 source»; «Volunteer council», «Volunteer centre», «Free funds», "
              "«Premises», «Fixed dialogue arenas»; and process steps such as «Café dialogue», «Reference group», "
              "«Hearing», «Adopted» (with the date in the cell or in «Hearing date»). Answers: Yes/No, Ja/Nei, "
              "Ja/Nej, x for yes, empty for unknown. Nothing is saved until you have seen the report and confirmed.",
        "da": "CSV eller XLSX, højst {mb} MB: rådgiverens tjekliste, én række pr. kommune (kode eller navn). "
              "Kolonner «Bud 1» … «Bud 10» (også «bud1», «bud_1» eller buddets korte titel), gerne «Bud 2 kilde»; "
              "«Frivilligråd», «Frivilligcenter», «Frie midler», «Lokaler», «Faste dialogfora»; og procestrin som "
              "«Styregruppe», «Stormøde 1», «Høring», «Vedtaget» (med dato i cellen eller i «Høring dato»). Svar: "
              "Ja/Nej, Yes/No, Ja/Nei, x for ja, tom for ukendt. Intet gemmes, før du har set kontrolrapporten og "
              "bekræftet."},
})
