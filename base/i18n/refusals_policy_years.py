"""Refusals and warnings about years in the policy import: approximate years, in-progress years (registers.policies)."""

STRINGS = {
    "policy.err.approx_flag": {
        "nb": "Kolonnen for omtrentlig år skal være ja eller nei (også «x» eller tom).",
        "en": "The column for an approximate year must be yes or no (also «x» or empty).",
        "da": "Kolonnen for omtrentligt år skal være ja eller nej (også «x» eller tom)."},
    "policy.err.status_vs_status_year": {
        "nb": "Statusen nevner {status_year}, men statusåret er {year}.",
        "en": "The status mentions {status_year}, but the status year is {year}.",
        "da": "Status nævner {status_year}, men statusåret er {year}."},
    "policy.err.in_progress_two_years": {
        "nb": "Statusen er «under arbeid» med år {status_year}, men kolonnen har {adopted}; skriv ett av dem.",
        "en": "The status is «in progress» with the year {status_year}, but the column has {adopted}; write one of "
              "them.",
        "da": "Status er «under udarbejdelse» med år {status_year}, men kolonnen har {adopted}; skriv ét af dem."},
    "policy.warn.in_progress_year": {
        "nb": "Statusen er «under arbeid», så året {year} er ført som året for denne statusen (da arbeidet startet "
              "eller et utkast kom), ikke som vedtaksår. Kommunen telles ikke som vedtatt.",
        "en": "The status is «in progress», so the year {year} is recorded as the year of this status (when the work"
              " began or a draft came), not as the year of adoption. The municipality is not counted as adopted.",
        "da": "Status er «under udarbejdelse», så året {year} er ført som året for denne status (da arbejdet "
              "begyndte eller et udkast kom), ikke som vedtagelsesår. Kommunen tælles ikke som vedtaget."},
    "policy.err.status_year_only_in_progress": {
        "nb": "Statusåret gjelder bare rader med status «under arbeid». Før vedtaksåret i kolonnen for vedtaksår, "
              "eller fjern statusåret.",
        "en": "The status year only applies to rows with the status «in progress». Put the year of adoption in the "
              "adoption-year column, or remove the status year.",
        "da": "Statusåret gælder kun rækker med status «under udarbejdelse». Før vedtagelsesåret i kolonnen for "
              "vedtagelsesår, eller fjern statusåret."},
    "policy.err.in_progress_revised": {
        "nb": "Statusen sier politikk under arbeid, men raden har revisjonsår. Skriv «Vedtatt» hvis kommunen har en "
              "vedtatt politikk som revideres nå, eller fjern revisjonsåret.",
        "en": "The status says policy in progress, but the row has a year of revision. Write «Adopted» if the "
              "municipality has an adopted policy being revised now, or remove the year of revision.",
        "da": "Status siger politik under udarbejdelse, men rækken har revisionsår. Skriv «Vedtaget», hvis kommunen "
              "har en vedtaget politik, der revideres nu, eller fjern revisionsåret."},
    "policy.warn.approx_year": {
        "nb": "{label} «{text}» er lest som omtrentlig: {shown}. Det lagres som {year}, merket omtrentlig.",
        "en": "{label} «{text}» is read as approximate: {shown}. It is stored as {year}, marked approximate.",
        "da": "{label} «{text}» er læst som omtrentligt: {shown}. Det gemmes som {year}, markeret omtrentligt."},
    "policy.label.status_year": {
        "nb": "Statusåret",
        "en": "The status year",
        "da": "Statusåret"},
    "policy.err.year_reason": {
        "nb": "{label} {why}.",
        "en": "{label} {why}.",
        "da": "{label} {why}."},
    "policy.why.backwards": {
        "nb": "går baklengs ({first} til {last})",
        "en": "runs backwards ({first} to {last})",
        "da": "går baglæns ({first} til {last})"},
    "policy.why.several_years_approx": {
        "nb": "inneholder flere årstall ({years}); skriv ett år, et omtrentlig år («ca. 2014») eller et tidsrom "
              "(«2006–2011»)",
        "en": "holds several years ({years}); write one year, an approximate year («c. 2014») or a period "
              "(«2006–2011»)",
        "da": "indeholder flere årstal ({years}); skriv ét år, et omtrentligt år («ca. 2014») eller et tidsrum "
              "(«2006–2011»)"},
}
