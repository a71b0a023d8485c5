"""Text fingerprints shared by the crawler (exact dedup) and the store (near-duplicate clusters).

`content_hash` identifies a body exactly after whitespace and case folding; `simhash` is a 64-bit
SimHash (Charikar) over word 3-shingles: the same press release republished by several outlets,
with different boilerplate around it, lands within a few bits of the original.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)
SIMHASH_BITS = 64
NEAR_DUPLICATE_BITS = 6  # Hamming distance at or below which two bodies count as the same story


def normalise_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.split())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def _shingles(words: list[str], size: int = 3):
    if len(words) < size:
        yield " ".join(words)
        return
    for i in range(len(words) - size + 1):
        yield " ".join(words[i : i + size])


def simhash(text: str) -> int:
    """64-bit SimHash as a signed integer (fits a SQL BIGINT)."""
    import numpy as np

    words = _WORD.findall(normalise_text(text))
    digests = b"".join(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest() for shingle in _shingles(words))
    # A bit is set where more shingle hashes have it set than not. The hashes are big-endian, so unpacking their
    # bytes gives each hash's bits most significant first: column i of the matrix is bit 63 - i.
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8).reshape(-1, 8), axis=1)
    majority = 2 * bits.sum(axis=0, dtype=np.int64) > len(digests) // 8
    value = int.from_bytes(np.packbits(majority).tobytes(), "big")
    return value - (1 << 64) if value >= 1 << 63 else value


def hamming(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()


def near_duplicates(a: int, b: int, max_bits: int = NEAR_DUPLICATE_BITS) -> bool:
    return hamming(a, b) <= max_bits
