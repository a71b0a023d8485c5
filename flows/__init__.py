"""The flows stage: Prefect 3 flows that chain crawl → extract → load on the store (see flows/README.md).

Public API: `flows.runs.run_nightly(...)` / `flows.runs.run_reextract(...)` (run once, return the summary),
the flows `flows.nightly.nightly` / `flows.nightly.reextract` (deployment entrypoints), deployment builders
in `flows.deploy`. Importing this package sets Prefect's offline, project-local settings (unless they are
set already) but does not import Prefect.
"""

import os

from pantau.config import configure_prefect

# The flows' entry: every way into this stage (the CLI, a Prefect worker importing `flows.nightly:nightly`,
# tests) passes here before any module of it imports Prefect, which reads its settings once, at import.
configure_prefect()

# Prefect's ephemeral API keeps its database under PREFECT_HOME (inside PANTAU_HOME by default); on a fresh
# machine neither folder exists yet, and the server cannot create the database in a missing folder.
os.makedirs(os.environ["PREFECT_HOME"], exist_ok=True)
