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
    # (position of the record in the input, 0-based; why it was skipped): the CLI turns positions into file:line.
    rejected: list[tuple[int, str]] = field(default_factory=list)

    def reject(self, position: int, message: str) -> None:
        """A record skipped: counted, and reported with where it was in the input."""
        self.skipped += 1
        self.problems.append(message)
        self.rejected.append((position, message))

    def add(self, other: LoadStats) -> None:
        for name in ("inserted", "updated", "unchanged", "deleted", "skipped", "clustered"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.problems += other.problems
        self.rejected += other.rejected

    def as_dict(self) -> dict[str, Any]:
        """Counts and problems (positions mean something only to the caller that fed the records)."""
        return {k: v for k, v in dataclasses.asdict(self).items() if k != "rejected"}

    def __str__(self) -> str:
        parts = [f"{self.inserted} new", f"{self.updated} updated", f"{self.unchanged} unchanged"]
        if self.deleted:
            parts.append(f"{self.deleted} removed")
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        if self.clustered:
            parts.append(f"{self.clustered} near-duplicates clustered")
        return ", ".join(parts)
