"""Extraction throughput: the full `pantau extract` pipeline next to bare `spacy.blank("id")` tokenization of the
same texts, in the same run; plus peak memory.

    python -m bench extract            # or: python -m bench.bench_extract [N_ARTICLES] (from the project root)

The corpus is synthesised from the test fixture articles (our own text): ~2 KB articles mixing event
paragraphs with ordinary news paragraphs, numbers, names and dates varied so caches do not flatter either side.
Goals (issue 3): ratio ≤ 3x, ≥ 300 articles/s on one core, CPU time of this process (best of five, interleaved),
so other work on the shared machine counts against neither side; a pathological article twice as long costs
at most 2.5x (the linearity measure that used to be a timed test).
"""

from __future__ import annotations

import random
import resource
import sys
import time
import tracemalloc

FILLER = [
    "Warga {place} menyambut baik program perbaikan jalan sepanjang {n} kilometer yang dikerjakan tahun ini.",
    "Kepala Dinas Pekerjaan Umum {name} mengatakan anggaran Rp{n}.{m}00.000 sudah disiapkan untuk drainase.",
    "Hujan deras pada {day} ({d}/{mo}) membuat sebagian ruas jalan di {place} tergenang hingga malam hari.",
    "Harga beras di pasar tradisional {place} naik menjadi Rp{n}.{m}00 per kilogram menjelang hari raya.",
    "Sekolah dasar di {place} menerima bantuan {n} unit komputer dari pemerintah provinsi.",
    "Camat {name} meminta warga ikut menjaga kebersihan saluran air di lingkungan masing-masing.",
]
PLACES = ["Kecamatan Sukamaju", "Desa Mekarsari", "Kelurahan Tanjung", "Kampung Baru", "Dusun Krajan"]
NAMES = ["Budi Santoso", "Siti Rahmawati", "Agus Salim", "Dewi Lestari", "Hendra Wijaya", "Rina Marlina"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]


def corpus(n: int, seed: int = 7) -> list[dict]:
    from tests.support import extract_fixtures as fx

    events = [fx.MOJOKERTO_PK, fx.LAMONGAN, fx.KENDAL_MOU, fx.SPBE_LIST, fx.OPINION, fx.PLAN_ONLY, fx.NO_EVENT]
    rng = random.Random(seed)
    out = []
    for i in range(n):
        parts = []
        if rng.random() < 0.6:  # 60% carry an event paragraph: more than a real crawl, so a pessimistic mix
            parts.append(rng.choice(events))
        while sum(len(p) for p in parts) < 2000:
            parts.append(rng.choice(FILLER).format(
                place=rng.choice(PLACES), name=rng.choice(NAMES), day=rng.choice(DAYS), n=rng.randint(2, 900),
                m=rng.randint(1, 9), d=rng.randint(1, 28), mo=rng.randint(1, 12)))
        text = "\n".join(parts)[:2200]
        out.append({"id": f"bench-{i}", "title": None, "published": f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                    "text": text})
    return out


def rate(fn, articles) -> float:
    # CPU time of this process, not wall time: other work on the shared machine does not count against either side
    start = time.process_time()
    fn(articles)
    return len(articles) / max(time.process_time() - start, 1e-9)


def linear_growth(nlp) -> float:
    """CPU time for a pathological article twice as long, over the time for the shorter one (best of three
    each): 2.0 is linear. Shapes that make patterns backtrack: runs of spaces, slashes, digits, weekday names."""
    import extract
    from tests.support import extract_fixtures as fx

    unit = ("Rabu" + " " * 50 + "(" + "1/" * 30 + " 75,89,89,89 " + "Kabupaten " * 10 + fx.LAMONGAN[:300] + "\n"
            "- Kota Padang\n- Kabupaten Agam\n")

    def cost(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            list(extract.extract_articles([{"id": "linear", "title": None, "published": None, "text": text}], nlp=nlp))
            best = min(best, time.process_time() - start)
        return best

    cost(unit * 40)
    return cost(unit * 160) / cost(unit * 80)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    n = int(args[0]) if args and args[0].isdigit() else 600
    import spacy

    import extract

    articles = corpus(n)
    kb = sum(len(a["text"].encode("utf-8")) for a in articles) / len(articles) / 1024
    blank = spacy.blank("id")
    nlp = extract.load_pipeline()

    def tokenize_only(arts):
        for _ in blank.pipe(a["text"] for a in arts):
            pass

    def full_pipeline(arts):
        for _ in extract.extract_articles(arts, nlp=nlp):
            pass

    warm = articles[: min(50, n)]
    tokenize_only(warm)
    full_pipeline(warm)
    base, full = [], []
    for _ in range(5):  # best of five, interleaved: the machine is shared
        base.append(rate(tokenize_only, articles))
        full.append(rate(full_pipeline, articles))
    base_rate, full_rate = max(base), max(full)
    events = sum(1 for _ in extract.extract_articles(articles, nlp=nlp))

    tracemalloc.start()
    full_pipeline(articles[:200])
    _, py_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    growth = linear_growth(nlp)
    gated = sum(1 for d in extract.extract_docs(articles, nlp=nlp) if d._.pantau.sents)
    print(f"corpus: {n} articles, {kb:.1f} KB each on average, {events} events; "
          f"{gated / n:.0%} pass the trigger gate (the rest stop after one phrase-matcher pass)")
    print(f"baseline spacy.blank('id') tokenization: {base_rate:8.1f} articles/s")
    print(f"pantau extract pipeline (full):           {full_rate:8.1f} articles/s")
    print(f"ratio (baseline rate / pipeline rate):    {base_rate / full_rate:8.2f}x   (goal <= 3x)")
    print(f"goal >= 300 articles/s on one core:       {'met' if full_rate >= 300 else 'NOT met'}")
    print(f"linear growth (2x the text costs):        {growth:8.2f}x   (goal <= 2.5x; 2.0 is linear)")
    print(f"peak memory: process max RSS {rss_mb:.0f} MB; Python allocations during 200 articles {py_peak / 2**20:.1f} MB")


if __name__ == "__main__":
    main()
