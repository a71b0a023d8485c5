"""The site's routes, one router per kind: `pages` (HTML), `exports` (CSV, JSON, JSON Lines, Atom), `api` (JSON)."""
