"""`LoadStats`: what one load did, for the CLI, the flow's run summary and tests."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


@dataclass
class LoadStats:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    skipped: int = 0
    clustered: int = 0  # articles that joined an existing near-duplicate cluster
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def __str__(self) -> str:
        parts = [f"{self.inserted} new", f"{self.updated} updated", f"{self.unchanged} unchanged"]
        if self.deleted:
            parts.append(f"{self.deleted} removed")
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        if self.clustered:
            parts.append(f"{self.clustered} near-duplicates clustered")
        return ", ".join(parts)
