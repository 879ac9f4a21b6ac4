"""Refusals and notes of building the municipality registers (registers.municipalities_no / _dk)."""

STRINGS = {
    "mno.warn.split_population": {
        "nb": "Befolkningen i {code} for {year} kan ikke fordeles på {targets} (kommunen ble delt); de får ikke tall"
              " for {year}.",
        "en": "The population of {code} for {year} cannot be divided between {targets} (the municipality was split);"
              " they get no figure for {year}.",
        "da": "Befolkningen i {code} for {year} kan ikke fordeles på {targets} (kommunen blev delt); de får ikke tal"
              " for {year}."},
    "mno.warn.region_code_dropped": {
        "nb": "Regionkoden {code} ({year}) finnes ikke i 2024-inndelingen og er utelatt.",
        "en": "The region code {code} ({year}) does not exist in the 2024 division and is left out.",
        "da": "Regionskoden {code} ({year}) findes ikke i 2024-inddelingen og er udeladt."},
    "mno.err.klass_count": {
        "nb": "KLASS-listen har {n} kommuner; ventet {expected} (2024).",
        "en": "The KLASS list has {n} municipalities; expected {expected} (2024).",
        "da": "KLASS-listen har {n} kommuner; forventede {expected} (2024)."},
    "mno.err.klass_vs_geo": {
        "nb": "Kommunegrensene og KLASS-listen har ikke de samme kommunene: bare i KLASS {only_klass}, bare i "
              "grensefilen {only_geo}.",
        "en": "The municipal boundaries and the KLASS list do not have the same municipalities: only in KLASS "
              "{only_klass}, only in the boundary file {only_geo}.",
        "da": "Kommunegrænserne og KLASS-listen har ikke de samme kommuner: kun i KLASS {only_klass}, kun i "
              "grænsefilen {only_geo}."},
    "mno.err.counties": {
        "nb": "Fylkene i kommunenumrene ({codes}) stemmer ikke med fylkesfilen ({counties}).",
        "en": "The counties in the municipality numbers ({codes}) do not match the county file ({counties}).",
        "da": "Fylkerne i kommunenumrene ({codes}) stemmer ikke med fylkesfilen ({counties})."},
    "mno.err.no_population": {
        "nb": "Ingen befolkningsfil dekker alle 357 kommuner i 2024-inndelingen.",
        "en": "No population file covers all 357 municipalities of the 2024 division.",
        "da": "Ingen befolkningsfil dækker alle 357 kommuner i 2024-inddelingen."},
    "mdk.err.geo_vs_list": {
        "nb": "Grensefilen og DAWA-kommunelisten har ikke de samme kommunene: bare i grensefilen {only_geo}, bare i "
              "listen {only_list}.",
        "en": "The boundary file and the DAWA municipality list do not have the same municipalities: only in the "
              "boundary file {only_geo}, only in the list {only_list}.",
        "da": "Grænsefilen og DAWA-kommunelisten har ikke de samme kommuner: kun i grænsefilen {only_geo}, kun i "
              "listen {only_list}."},
    "mdk.err.no_region_fields": {
        "nb": "Grensefilen har ikke regionsfelter («regionskode», «regionsnavn») for kommunene {codes}. Legg DAWAs "
              "kommuneliste (/kommuner?struktur=flad) i kildemappen.",
        "en": "The boundary file has no region fields («regionskode», «regionsnavn») for the municipalities {codes}."
              " Put DAWA's municipality list (/kommuner?struktur=flad) in the source folder.",
        "da": "Grænsefilen har ikke regionsfelter («regionskode», «regionsnavn») for kommunerne {codes}. Læg DAWAs "
              "kommuneliste (/kommuner?struktur=flad) i kildemappen."},
    "mdk.err.region_code": {
        "nb": "Regionskoden er ikke en av 1081-1085.",
        "en": "The region code is not one of 1081-1085.",
        "da": "Regionskoden er ikke en af 1081-1085."},
    "mdk.err.no_name": {
        "nb": "Kommunen har ikke navn.",
        "en": "The municipality has no name.",
        "da": "Kommunen har intet navn."},
    "mdk.err.region_names": {
        "nb": "Regionen har {n} ulike navn: {names}.",
        "en": "The region has {n} different names: {names}.",
        "da": "Regionen har {n} forskellige navne: {names}."},
    "mdk.err.division_failed": {
        "nb": "Kommuneinndelingen besto ikke kontrollen; ingenting er lagret.",
        "en": "The municipal division failed the check; nothing has been saved.",
        "da": "Kommuneinddelingen bestod ikke kontrollen; intet er gemt."},
    "mdk.err.sum_vs_national": {
        "nb": "Summen av kommunene for {year} er {total}, men hele landet har {national} (differanse {diff}; ventet "
              "Christiansø, {expected}).",
        "en": "The sum of the municipalities for {year} is {total}, but the whole country has {national} (difference"
              " {diff}; expected Christiansø, {expected}).",
        "da": "Summen af kommunerne for {year} er {total}, men hele landet har {national} (difference {diff}; "
              "forventet Christiansø, {expected})."},
    "mdk.err.region_sum": {
        "nb": "Regionen {region} har {population} innbyggere i {year}, men kommunene i den summerer til {total}.",
        "en": "The region {region} has {population} inhabitants in {year}, but its municipalities sum to {total}.",
        "da": "Regionen {region} har {population} indbyggere i {year}, men kommunerne i den summerer til {total}."},
    "mdk.err.population_mismatch": {
        "nb": "Befolkningstallene går ikke opp; ingenting er lagret.",
        "en": "The population figures do not add up; nothing has been saved.",
        "da": "Befolkningstallene går ikke op; intet er gemt."},
    "mdk.err.no_population": {
        "nb": "Ingen befolkningsfil dekker alle {n} kommuner for 1. januar. {notes}",
        "en": "No population file covers all {n} municipalities for 1 January. {notes}",
        "da": "Ingen befolkningsfil dækker alle {n} kommuner pr. 1. januar. {notes}"},
    "mdk.note.partial_file": {
        "nb": "{file}: dekker {covered} av {n} kommuner for 1. januar; ikke brukt til folketallet.",
        "en": "{file}: covers {covered} of {n} municipalities for 1 January; not used for the population.",
        "da": "{file}: dækker {covered} af {n} kommuner pr. 1. januar; ikke brugt til folketallet."},
    "mdk.note.unknown_codes": {
        "nb": "{file}: kodene {codes} finnes ikke i kommuneinndelingen og er utelatt.",
        "en": "{file}: the codes {codes} are not in the municipal division and are left out.",
        "da": "{file}: koderne {codes} findes ikke i kommuneinddelingen og er udeladt."},
    "mdk.note.not_municipalities": {
        "nb": "{file}: kodene {codes} er ikke kommuner; utelatt.",
        "en": "{file}: the codes {codes} are not municipalities; left out.",
        "da": "{file}: koderne {codes} er ikke kommuner; udeladt."},
    "mdk.note.missing": {
        "nb": "{file}: mangler {n} kommuner ({codes}).",
        "en": "{file}: lacks {n} municipalities ({codes}).",
        "da": "{file}: mangler {n} kommuner ({codes})."},
    "mdk.note.excluded": {
        "nb": "Utelatt: {names} (ligger utenfor den kommunale inndelingen).",
        "en": "Left out: {names} (outside the municipal division).",
        "da": "Udeladt: {names} (ligger uden for den kommunale inddeling)."},
    "mdk.note.population_check": {
        "nb": "Folketall {year}: {n} kommuner = {total}, hele landet = {national} (differanse {diff}; {basis}).",
        "en": "Population {year}: {n} municipalities = {total}, whole country = {national} (difference {diff}; "
              "{basis}).",
        "da": "Folketal {year}: {n} kommuner = {total}, hele landet = {national} (difference {diff}; {basis})."},
    "mdk.note.population_unchecked": {
        "nb": "Folketall {year}: {n} kommuner = {total} (ikke kontrollert mot en landstotal).",
        "en": "Population {year}: {n} municipalities = {total} (not checked against a national total).",
        "da": "Folketal {year}: {n} kommuner = {total} (ikke kontrolleret mod en landstotal)."},
}
