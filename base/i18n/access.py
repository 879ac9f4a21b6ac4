"""Strings of editor access: who may change the registers, sign-in, signatures."""

STRINGS = {
    "access.local": {
        "nb": "Du redigerer lokalt: serveren lytter bare på denne maskinen. Endringer signeres «local».",
        "en": "You are editing locally: the server listens on this machine only. Changes are signed “local”.",
        "da": "Du redigerer lokalt: serveren lytter kun på denne maskine. Ændringer signeres “local”."},
    "access.editing_as": {"nb": "Du er logget inn som redaktør. Endringer signeres «{who}».",
                          "en": "You are signed in as an editor. Changes are signed “{who}”.",
                          "da": "Du er logget ind som redaktør. Ændringer signeres “{who}”."},
    "access.visitor": {
        "nb": "Du ser atlaset som besøkende: registrene kan leses, men bare redaktører kan endre dem.",
        "en": "You are viewing the atlas as a visitor: the registers can be read, but only editors can change them.",
        "da": "Du ser atlasset som besøgende: registrene kan læses, men kun redaktører kan ændre dem."},
    "access.login": {"nb": "Logg inn som redaktør", "en": "Sign in as an editor", "da": "Log ind som redaktør"},
    "access.logout": {"nb": "Logg ut", "en": "Sign out", "da": "Log ud"},
    "access.not_an_editor": {"nb": "{who} er logget inn, men står ikke på listen over redaktører.",
                             "en": "{who} is signed in but is not on the list of editors.",
                             "da": "{who} er logget ind, men står ikke på listen over redaktører."},
    "access.password": {"nb": "Redaktørpassord", "en": "Editor password", "da": "Redaktøradgangskode"},
    "access.password_help": {"nb": "Trykk Enter for å logge inn for denne økten.",
                             "en": "Press Enter to sign in for this session.",
                             "da": "Tryk Enter for at logge ind for denne session."},
    "access.signed_in": {"nb": "Innlogget som redaktør for denne økten.", "en": "Signed in as an editor for this "
                         "session.", "da": "Logget ind som redaktør for denne session."},
    "access.wrong": {"nb": "Feil passord.", "en": "Wrong password.", "da": "Forkert adgangskode."},
    "access.too_many": {
        "nb": "For mange forsøk: høyst {n} i minuttet. Prøv igjen om {seconds} sekunder.",
        "en": "Too many tries: at most {n} a minute. Try again in {seconds} seconds.",
        "da": "For mange forsøg: højst {n} i minuttet. Prøv igen om {seconds} sekunder."},
    "access.misconfigured": {
        "nb": "Innlogging med passord er ikke satt opp riktig. Be den som driver atlaset om å lage hashen på nytt.",
        "en": "Password sign-in is not set up correctly. Ask whoever runs the atlas to make the hash again.",
        "da": "Log ind med adgangskode er ikke sat korrekt op. Bed den, der driver atlasset, om at lave hashen igen."},
    "access.firstrun_visitor": {
        "nb": "Atlaset har ingen data ennå. En redaktør må hente registrene først.",
        "en": "The atlas has no data yet. An editor must fetch the registers first.",
        "da": "Atlasset har ingen data endnu. En redaktør skal hente registrene først."},
    "access.unexpected": {
        "nb": "Noe gikk galt på denne siden. Ingenting er endret. Prøv igjen, eller si fra til den som driver atlaset.",
        "en": "Something went wrong on this page. Nothing was changed. Try again, or tell whoever runs the atlas.",
        "da": "Noget gik galt på denne side. Intet er ændret. Prøv igen, eller sig det til den, der driver atlasset."},
    "data.col.signed_by": {"nb": "Signert av", "en": "Signed by", "da": "Signeret af"},
    "data.unsigned": {"nb": "ukjent (før signering)", "en": "unknown (before signing)",
                      "da": "ukendt (før signering)"},
    "data.current_by": {"nb": "Versjon {version} tatt i bruk {since} (UTC) av {who}.",
                        "en": "Version {version} put in use {since} (UTC) by {who}.",
                        "da": "Version {version} taget i brug {since} (UTC) af {who}."},
    "store.err.not_an_editor": {
        "nb": "Bare redaktører kan endre registrene. Logg inn som redaktør på Data-siden; ingenting er endret.",
        "en": "Only editors can change the registers. Sign in as an editor on the Data page; nothing was changed.",
        "da": "Kun redaktører kan ændre registrene. Log ind som redaktør på Data-siden; intet er ændret."},
    "cli.help.hash_password": {"nb": "les et redaktørpassord på standard inn og skriv en saltet hash",
                               "en": "read an editor password on standard input and print a salted hash",
                               "da": "læs en redaktøradgangskode på standard input og skriv en saltet hash"},
    "cli.prompt.editor_password": {"nb": "Redaktørpassord", "en": "Editor password", "da": "Redaktøradgangskode"},
    "cli.err.no_password": {
        "nb": "Fikk ikke noe passord på standard inn. Eksempel: printf '%s\\n' 'et langt passord' | "
              "python -m analytics hash-password",
        "en": "No password on standard input. Example: printf '%s\\n' 'a long password' | "
              "python -m analytics hash-password",
        "da": "Fik ingen adgangskode på standard input. Eksempel: printf '%s\\n' 'en lang adgangskode' | "
              "python -m analytics hash-password"},
    "cli.err.short_password": {"nb": "Passordet er for kort: bruk minst {n} tegn (gjerne flere ord).",
                               "en": "The password is too short: use at least {n} characters (several words is good).",
                               "da": "Adgangskoden er for kort: brug mindst {n} tegn (gerne flere ord)."},
}
