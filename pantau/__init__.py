"""pantau: Indonesian regional-government news turned into searchable events.

This package holds what every stage shares: configuration, the JSON Lines record contracts
(`records`, `jsonl`), the region list, and the `pantau` command line that drives the stages
(`crawlers`, `extract`, `db`, `flows`, `web`).
"""

__version__ = "0.1.0"
