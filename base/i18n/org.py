"""Strings of the organisation register (labels of its codes and the notes a page must show with its figures).

ICNPO category labels are not here: they come from the data (Brreg's live code list, dataset ``icnpo_categories``).
"""

STRINGS = {
    # where an organisation was placed (column plassering)
    "org.placement.forretningsadresse": {"nb": "forretningsadresse", "en": "business address",
                                         "da": "forretningsadresse"},
    "org.placement.postadresse": {"nb": "postadresse", "en": "postal address", "da": "postadresse"},
    "org.placement.soek": {"nb": "søk på kommunenummer (forretnings- eller postadresse)",
                           "en": "search by municipality code (business or postal address)",
                           "da": "søgning på kommunenummer (forretnings- eller postadresse)"},
    "org.placement.utenfor": {"nb": "utenfor kommunene", "en": "outside the municipalities",
                              "da": "uden for kommunerne"},
    # why an organisation is outside every municipality (column utenfor_grunn)
    "org.outside.svalbard": {"nb": "Svalbard", "en": "Svalbard", "da": "Svalbard"},
    "org.outside.jan_mayen": {"nb": "Jan Mayen", "en": "Jan Mayen", "da": "Jan Mayen"},
    "org.outside.sokkel": {"nb": "kontinentalsokkelen", "en": "continental shelf", "da": "kontinentalsoklen"},
    "org.outside.utland": {"nb": "adresse i utlandet", "en": "address abroad", "da": "adresse i udlandet"},
    "org.outside.ingen_adresse": {"nb": "uten adresse", "en": "no address", "da": "uden adresse"},
    "org.outside.ukjent_kode": {"nb": "ukjent kommunenummer", "en": "unknown municipality code",
                                "da": "ukendt kommunenummer"},
    "org.outside.delt_kode": {"nb": "kommune delt i 2024, adressen sier ikke hvilken del",
                              "en": "municipality split in 2024, the address does not say which part",
                              "da": "kommune delt i 2024, adressen siger ikke hvilken del"},
    "org.outside_count": {"nb": "{n} organisasjoner ligger utenfor kommunene ({detail}) og er ikke med i "
                                "kommunetallene.",
                          "en": "{n} organisations are outside the municipalities ({detail}) and not in the "
                                "municipal figures.",
                          "da": "{n} foreninger ligger uden for kommunerne ({detail}) og indgår ikke i "
                                "kommunetallene."},
    # ICNPO views
    "org.icnpo.none": {"nb": "Uten kategori", "en": "No category", "da": "Uden kategori"},
    "org.icnpo.basis.primary": {"nb": "Hovedkategori (rekkefølge 1)", "en": "Primary category (rank 1)",
                                "da": "Hovedkategori (rækkefølge 1)"},
    "org.icnpo.basis.any": {"nb": "Alle kategorier", "en": "Any category", "da": "Alle kategorier"},
    "org.icnpo.detail.main": {"nb": "14 hovedgrupper", "en": "14 main groups", "da": "14 hovedgrupper"},
    "org.icnpo.detail.sub": {"nb": "Undergrupper", "en": "Sub-groups", "da": "Undergrupper"},
    "org.icnpo.any_note": {"nb": "En organisasjon kan ha opptil tre kategorier og telles da i hver av dem; "
                                 "andelene kan derfor summere til mer enn 100 %. Totalen teller hver "
                                 "organisasjon én gang.",
                           "en": "An organisation can have up to three categories and is then counted in each; "
                                 "shares can therefore add up to more than 100%. The total counts each "
                                 "organisation once.",
                           "da": "En forening kan have op til tre kategorier og tælles da i hver af dem; andelene "
                                 "kan derfor summere til mere end 100 %. Totalen tæller hver forening én gang."},
    "org.icnpo.missing": {"nb": "ICNPO-kategoriene er ikke hentet for dette registeret.",
                          "en": "The ICNPO categories have not been fetched for this register.",
                          "da": "ICNPO-kategorierne er ikke hentet for dette register."},
    "org.icnpo.multi_share": {"nb": "{share} av organisasjonene med kategori har mer enn én.",
                              "en": "{share} of categorised organisations have more than one.",
                              "da": "{share} af foreningerne med kategori har mere end én."},
    # time series
    "org.new_per_year": {"nb": "Nyregistrerte per år", "en": "Newly registered per year",
                         "da": "Nyregistrerede pr. år"},
    "org.date.registrering": {"nb": "Første registrering i Frivillighetsregisteret",
                              "en": "First registration in the Register of Non-Profit Organisations",
                              "da": "Første registrering i Frivillighetsregisteret"},
    "org.date.stiftelse": {"nb": "Stiftelsesdato", "en": "Date founded", "da": "Stiftelsesdato"},
    "org.new_per_year_note": {"nb": "Teller organisasjoner som finnes i dag; slettede er ikke med.",
                              "en": "Counts organisations that exist today; deleted ones are not included.",
                              "da": "Tæller foreninger, der findes i dag; slettede er ikke med."},
    # notes that must accompany the figures
    "org.oslo_note": {"nb": "Oslo-tallet omfatter landsomfattende organisasjoner som er registrert med adresse i "
                            "Oslo, og er derfor høyere enn det lokale foreningslivet alene.",
                      "en": "Oslo's figure includes national organisations registered at an Oslo address, so it is "
                            "higher than local associational life alone.",
                      "da": "Oslo-tallet omfatter landsdækkende organisationer registreret med adresse i Oslo og er "
                            "derfor højere end det lokale foreningsliv alene."},
    "org.scope.only": {"nb": "bare {codes}", "en": "only {codes}", "da": "kun {codes}"},
    "org.scope.kommune": {"nb": "Registeret dekker bare {codes}, ikke hele landet: den nasjonale filen fra "
                                "Brønnøysundregistrene er ikke hentet.",
                          "en": "The register covers only {codes}, not the whole country: the national file from "
                                "the Brønnøysund Register Centre has not been fetched.",
                          "da": "Registret dækker kun {codes}, ikke hele landet: den nationale fil fra "
                                "Brønnøysundregistrene er ikke hentet."},
    "org.scope.utdrag": {"nb": "Registeret er et utdrag (en søkeside), ikke hele landet.",
                         "en": "The register is an extract (one search page), not the whole country.",
                         "da": "Registret er et udtræk (en søgeside), ikke hele landet."},
    "org.progress.bulk": {"nb": "Henter Enhetsregisteret (ca. 210 MB)", "en": "Fetching the Central Coordinating "
                          "Register (about 210 MB)", "da": "Henter Enhetsregisteret (ca. 210 MB)"},
    "org.progress.frr": {"nb": "Henter kategorier fra Frivillighetsregisteret",
                         "en": "Fetching categories from the Register of Non-Profit Organisations",
                         "da": "Henter kategorier fra Frivillighetsregisteret"},
    "org.source": {"nb": "Kilde: Brønnøysundregistrene (Enhetsregisteret og Frivillighetsregisteret), NLOD 2.0",
                   "en": "Source: Brønnøysund Register Centre (Central Coordinating Register and Register of "
                         "Non-Profit Organisations), NLOD 2.0",
                   "da": "Kilde: Brønnøysundregistrene (Enhetsregisteret og Frivillighetsregisteret), NLOD 2.0"},
    "org.col.name": {"nb": "Navn", "en": "Name", "da": "Navn"},
    "org.col.orgnr": {"nb": "Org.nr.", "en": "Org. no.", "da": "Org.nr."},
    "org.col.placement": {"nb": "Plassert etter", "en": "Placed by", "da": "Placeret efter"},
    "org.col.category": {"nb": "Kategori (ICNPO)", "en": "Category (ICNPO)", "da": "Kategori (ICNPO)"},
}
