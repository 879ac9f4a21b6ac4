"""The shared base: errors, the string catalogue and the ICNPO hierarchy. It imports nothing else of the project,
so every layer (sources, registers, analytics, ui, app_pages, cli) may use it."""
