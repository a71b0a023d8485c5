"""The flows stage: Prefect 3 flows that chain crawl → extract → load on the store (see flows/README.md).

Public API: `flows.runs.run_nightly(...)` / `flows.runs.run_reextract(...)` (run once, return the summary),
the flows `flows.nightly.nightly` / `flows.nightly.reextract` (deployment entrypoints), deployment builders
in `flows.deploy`, and `demo.run.run_demo()`. Importing this package does not import Prefect.
"""
