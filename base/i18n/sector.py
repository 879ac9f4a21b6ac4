"""Strings of the voluntary-sector views (Sector page and the profile's organisation section)."""

STRINGS = {
    "sector.per_1000": {"nb": "Organisasjoner per 1 000 innb.", "en": "Organisations per 1,000 inhabitants",
                        "da": "Foreninger pr. 1.000 indb."},
    "sector.col.group": {"nb": "Sammenligning", "en": "Compared with", "da": "Sammenligning"},
    "sector.col.count": {"nb": "Organisasjoner", "en": "Organisations", "da": "Foreninger"},
    "sector.col.median": {"nb": "Median per 1 000", "en": "Median per 1,000", "da": "Median pr. 1.000"},
    "sector.col.rank": {"nb": "Rang (1 = flest)", "en": "Rank (1 = most)", "da": "Rang (1 = flest)"},
    "sector.group.kommunen": {"nb": "Kommunen", "en": "This municipality", "da": "Kommunen"},
    "sector.group.fylke": {"nb": "Samme fylke", "en": "Same county", "da": "Samme region"},
    "sector.group.storrelse": {"nb": "Samme størrelse", "en": "Same size class", "da": "Samme størrelse"},
    "sector.group.naboer": {"nb": "Nabokommuner", "en": "Neighbours", "da": "Nabokommuner"},
    "sector.group.tvillinger": {"nb": "Tvillingkommuner", "en": "Twin municipalities", "da": "Tvillingkommuner"},
    "sector.group.landet": {"nb": "Resten av landet", "en": "Rest of the country", "da": "Resten af landet"},
    "sector.small_base": {"nb": "Færre enn {n} organisasjoner: raten hviler på få enheter og svinger mye.",
                          "en": "Fewer than {n} organisations: the rate rests on few units and varies a lot.",
                          "da": "Færre end {n} foreninger: raten hviler på få enheder og svinger meget."},
    "sector.icnpo": {"nb": "Aktivitetsområder (ICNPO)", "en": "Fields of activity (ICNPO)",
                     "da": "Aktivitetsområder (ICNPO)"},
    "sector.basis": {"nb": "Telling", "en": "Counting", "da": "Optælling"},
    "sector.list": {"nb": "Organisasjonene i en kommune", "en": "The organisations of a municipality",
                    "da": "Foreningerne i en kommune"},
    "sector.fetching": {"nb": "Henter organisasjonsregisteret: {what}", "en": "Fetching the organisation register: "
                        "{what}", "da": "Henter foreningsregistret: {what}"},
    "sector.no_dates": {"nb": "Registeret har ingen registreringsdatoer (uttrekket lagret dem ikke).",
                        "en": "The register holds no registration dates (the extract did not keep them).",
                        "da": "Registret har ingen registreringsdatoer (udtrækket gemte dem ikke)."},
}
