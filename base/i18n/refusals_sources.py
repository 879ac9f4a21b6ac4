"""Refusals of downloads (sources.http)."""

STRINGS = {
    "http.err.download_failed": {
        "nb": "Kunne ikke laste ned «{label}» ({reason}). Uten internett: bruk --source-dir (eller "
              "FRIVILLIG_SOURCE_DIR) med en lokal kopi av kildene. Registrene som alt var hentet, er uendret.",
        "en": "Could not download «{label}» ({reason}). Without internet: use --source-dir (or FRIVILLIG_SOURCE_DIR)"
              " with a local copy of the sources. The registers already fetched are unchanged.",
        "da": "Kunne ikke downloade «{label}» ({reason}). Uden internet: brug --source-dir (eller "
              "FRIVILLIG_SOURCE_DIR) med en lokal kopi af kilderne. De registre, der allerede var hentet, er "
              "uændrede."},
}
