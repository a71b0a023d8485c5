"""A person the text names, with the role written near the name and where both stand."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Person:
    name: str
    role: str
    head: str  # the folded role head ("bupati", "kepala")
    sent: int
    start: int  # token span of the name
    end: int
    role_start: int
    role_end: int

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "role": self.role or None}
