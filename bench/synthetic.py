"""Synthetic stores shaped like the real one, for benchmarks (`bench store`, `bench web`).

Articles hold several events each (3-10, like the long roundup pieces regional outlets publish), a quarter of
them are republished by another outlet a few days later with a new headline and a few words changed (the same
events, so the same stories, and a near-duplicate body), and the words follow a long-tailed distribution so
the full-text index has rare and common terms like real text. Everything derives from `seed`: the same
arguments give the same records, so a store built once can be reused by later runs.

    articles, events = synthetic(5000)                       # lists, for small runs
    for article, events in iter_synthetic(1_000_000): ...    # streamed, for large ones
    url, seconds = cached_store("sqlite", 1_000_000)         # built once under /tmp, then reused
"""

from __future__ import annotations

import datetime as dt
import os
import random
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa

# Bump when the generator's output changes: cached stores of an older version are rebuilt.
VERSION = 2
CACHE = Path(os.environ.get("PANTAU_BENCH_CACHE", Path(tempfile.gettempdir()) / "pantau-bench"))
PG_SERVER = os.environ.get("PANTAU_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")
# Names of the PostgreSQL stores (with `CACHE` for SQLite): two engineers benchmarking different schemas at once
# each set their own, so neither migrates the other's store.
PG_PREFIX = os.environ.get("PANTAU_BENCH_PG_PREFIX", "pantau_")

_FIRST = ("Ahmad Budi Dewi Eko Fitri Gatot Hendra Ika Joko Kartika Lukman Maya Nur Oktavia Putri Rahmat Sri "
          "Teguh Umar Wahyu Yuni Zainal Agus Bambang Citra Dian Endang Farid Gilang Hasan Indah").split()
_LAST = ("Santoso Wibowo Lestari Saputra Hidayat Kusuma Pratama Nugroho Rahayu Setiawan Fahmawati Efendi "
         "Ganinduto Puspitasari Setiono Cahyadi Buana Maharani Syahputra Wijaya Sulistyo Handoko").split()
_ROLES = ("Bupati", "Wakil Bupati", "Wali Kota", "Sekretaris Daerah", "Kepala Dinas Kesehatan",
          "Kepala Bappeda", "Ketua DPRD", "Kepala Inspektorat")
_OUTLETS = tuple(f"{name}.test" for name in (
    "kabarjatim radarkota warta-daerah suarapantura beritabalai tribunkab lintasnusa detakdesa "
    "harianrakyat pelitanews gemaregional sorotkota koranbumi infopemda jurnalkab").split())
# Common words first: sampled with Zipf-like weights, so a few appear everywhere and most rarely.
_WORDS = ("pemerintah daerah pelayanan publik program kegiatan anggaran masyarakat desa kecamatan dinas "
          "kesehatan pendidikan jalan pembangunan evaluasi target capaian laporan rapat koordinasi warga "
          "kabupaten kota provinsi pejabat kepala bidang sekretariat bantuan sosial infrastruktur jembatan "
          "irigasi pertanian nelayan pasar retribusi pajak realisasi belanja modal rencana strategis "
          "musrenbang puskesmas sekolah guru tenaga honorer stunting posyandu sanitasi air bersih banjir "
          "longsor bencana tanggap darurat relawan inspektorat pengawasan audit temuan rekomendasi "
          "transparansi akuntabilitas digitalisasi aplikasi layanan daring kependudukan perizinan investasi "
          "umkm koperasi pariwisata festival budaya olahraga pemuda perempuan anak lansia disabilitas "
          "kemiskinan pengangguran inflasi harga beras cabai bawang minyak goreng operasi pasar subsidi "
          "pupuk benih panen gabah lumbung ketahanan pangan peternakan perikanan hutan lingkungan sampah "
          "limbah terminal pelabuhan bandara transportasi angkutan kendaraan parkir ketertiban satpol "
          "kebakaran ambulans rumah sakit dokter bidan perawat vaksinasi imunisasi gizi keluarga berencana "
          "nikah cerai pengadilan kejaksaan kepolisian korupsi gratifikasi pengadaan barang jasa lelang "
          "tender konsultan kontraktor proyek mangkrak molor denda adendum serapan silpa defisit surplus "
          "hibah bansos dana desa alokasi transfer pusat kementerian gubernur menteri presiden dprd fraksi "
          "paripurna interpelasi hak angket reses aspirasi konstituen pemilu pilkada kampanye netralitas asn "
          "mutasi rotasi promosi jabatan eselon formasi cpns pppk seleksi").split()
_WEIGHTS = [1 / (rank + 1) ** 0.9 for rank in range(len(_WORDS))]
_INDEX_SENTENCES = {
    "spbe": ("Indeks SPBE {region} tahun {year} mencapai {value} dengan predikat {predicate}.", (1.5, 4.5),
             ("Baik", "Sangat Baik", "Cukup")),
    "sakip": ("Nilai SAKIP {region} tahun {year} sebesar {value} dengan predikat {predicate}.", (55, 85),
              ("BB", "B", "A", "CC")),
    "ipm": ("Indeks Pembangunan Manusia {region} tahun {year} tercatat {value}.", (62, 82), (None,)),
    "spi": ("Skor Survei Penilaian Integritas KPK untuk {region} tahun {year} sebesar {value}.", (60, 80), (None,)),
    "opini_bpk": ("{region} kembali meraih opini {predicate} dari BPK atas laporan keuangan tahun {year}.", None,
                  ("WTP", "WDP")),
    "sistem_merit": ("Indeks Sistem Merit {region} tahun {year} meraih nilai {value} kategori {predicate}.",
                     (200, 380), ("Baik", "Sangat Baik")),
    "kemiskinan": ("Persentase penduduk miskin {region} tahun {year} turun menjadi {value} persen.", (5, 18),
                   (None,)),
}
_KINDS = {"perjanjian_kinerja": "Perjanjian Kinerja tahun {year}", "mou": "nota kesepahaman",
          "pakta_integritas": "pakta integritas", "pks": "perjanjian kerja sama", "nphd": "naskah perjanjian hibah daerah"}


def _filler(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choices(_WORDS, _WEIGHTS, k=rng.randint(low, high)))


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _number(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def _event(rng: random.Random, region, day: dt.date) -> dict[str, Any]:
    """One event (without its article) and the sentence that reports it."""
    person, role = _person(rng), rng.choice(_ROLES)
    people = [{"name": person, "role": f"{role} {region.short_name}"}]
    base = {"regency": {"code": region.code, "name": region.name}, "date": day.isoformat(), "people": people,
            "venue": rng.choice(["pendopo", "aula kantor bupati", "gedung DPRD", "balai desa", None])}
    roll = rng.random()
    if roll < 0.45:
        kind = rng.choices(list(_KINDS), [5, 2, 2, 2, 1])[0]
        title = _KINDS[kind].format(year=day.year)
        sentence = (f"{role} {person} menandatangani {title} bersama {rng.randint(3, 40)} kepala perangkat daerah "
                    f"{region.name} di {base['venue'] or 'kantor bupati'}.")
        return {**base, "type": "agreement_signing", "evidence": sentence, "agreement_kind": kind,
                "agreement_title": title, "agreement_year": day.year, "parties": ["kepala perangkat daerah"]}
    if roll < 0.75:
        count = rng.randint(5, 120)
        level = rng.choice(["pejabat administrator", "pejabat pengawas", "pejabat fungsional",
                            "pimpinan tinggi pratama", "kepala desa"])
        sentence = f"{role} {person} melantik {count} {level} di lingkungan Pemerintah {region.name}."
        return {**base, "type": "inauguration", "evidence": sentence, "officials_count": count,
                "positions": [level], "inaugurated_by": people[0]}
    index = rng.choice(list(_INDEX_SENTENCES))
    template, scale, predicates = _INDEX_SENTENCES[index]
    year = day.year - rng.choice([0, 1])
    value = round(rng.uniform(*scale), 2) if scale else None
    predicate = rng.choice(predicates)
    sentence = template.format(region=region.name, year=year, value=_number(value) if value is not None else "",
                               predicate=predicate or "")
    record = {**base, "type": "index_report", "evidence": sentence, "index": index, "year": year,
              "index_label": sentence.split(" " + region.name)[0], "predicate": predicate}
    if value is not None:
        record.update(value=_number(value), value_number=value)
    elif predicate:
        record["value"] = predicate
    return record


def iter_synthetic(events: int, seed: int = 11) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """(article, its events) pairs holding `events` events in all, in publication-ish order."""
    from pantau import fingerprint
    from pantau.regions import all_regions

    rng = random.Random(seed)
    regencies = [r for r in all_regions() if not r.is_province]
    produced, number = 0, 0
    while produced < events:
        region = rng.choice(regencies)
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 5 * 365))
        found = [_event(rng, region, day) for _ in range(rng.randint(3, 10))][:events - produced]
        headline = f"{found[0]['evidence'].split(' di ')[0][:90]}"
        body = " ".join(e["evidence"] + " " + _filler(rng, 15, 40) for e in found)
        outlets = rng.sample(_OUTLETS, 2 if rng.random() < 0.25 else 1)
        for copy, outlet in enumerate(outlets):
            if produced >= events:
                break
            article_id = f"syn{seed}-{number:07d}"
            number += 1
            text = body if copy == 0 else body.replace(" dan ", " serta ") + " " + _filler(rng, 3, 8)
            published = day + dt.timedelta(days=copy * rng.randint(0, 3))
            # With the fingerprints the crawler writes in its output (`crawlers/pipelines.py`), as `pantau load` gets them.
            article = {"id": article_id, "url": f"https://{outlet}/berita/{article_id}", "source": outlet,
                       "title": headline if copy == 0 else f"{region.short_name}: {headline}",
                       "published": published.isoformat(), "text": text,
                       "content_hash": fingerprint.content_hash(text), "simhash": fingerprint.simhash(text)}
            records = [{**event, "article_id": article_id} for event in found[:events - produced]]
            produced += len(records)
            yield article, records


def synthetic(events: int, seed: int = 11) -> tuple[list[dict], list[dict]]:
    """Articles and events (`iter_synthetic`) as two lists."""
    articles, records = [], []
    for article, found in iter_synthetic(events, seed):
        articles.append(article)
        records += found
    return articles, records


def load(store, events: int, seed: int = 11, chunk_events: int = 5000, progress=None) -> float:
    """Load `iter_synthetic(events, seed)` through `store` (the real load path) in chunks; seconds taken."""
    start = time.perf_counter()
    articles: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    done = 0

    def flush() -> None:
        store.load_articles(articles)
        store.replace_events([a["id"] for a in articles], records, extractor="synthetic")
        articles.clear()
        records.clear()

    for article, found in iter_synthetic(events, seed):
        articles.append(article)
        records.extend(found)
        if len(records) >= chunk_events:
            done += len(records)
            flush()
            if progress:
                progress(done, time.perf_counter() - start)
    if articles:
        flush()
    return time.perf_counter() - start


MARKER = "bench-synthetic"


def analyse(store) -> None:
    """Planner statistics after a bulk build, as a deployment has them (PostgreSQL's autovacuum; on SQLite
    `PRAGMA optimize`): without them both planners guess, and PostgreSQL guesses badly. PostgreSQL: VACUUM
    too, as autovacuum would, so the visibility map lets index-only scans skip the table's rows."""
    if store.dialect == "postgresql":
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM (ANALYZE)")
        return
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")


def _complete(store, events: int, seed: int) -> bool:
    from db.tables import RUNS

    with store.engine.connect() as conn:
        stats = conn.execute(sa.select(RUNS.c.stats).where(RUNS.c.flow == MARKER, RUNS.c.status == "completed")).scalars().first()
    return bool(stats) and stats.get("events") == events and stats.get("seed") == seed and stats.get("version") == VERSION


def cached_store(backend: str, events: int, seed: int = 11, progress=None) -> tuple[str, float | None]:
    """(URL of a store holding `iter_synthetic(events, seed)`, seconds its build took or None if reused).
    SQLite: a file under `CACHE`; PostgreSQL: a database on `PG_SERVER`. A store whose build did not finish
    is rebuilt."""
    from db import Store
    from db.engine import get_engine, migrate

    name = f"synthetic_{events}_s{seed}_v{VERSION}"
    if backend == "sqlite":
        CACHE.mkdir(parents=True, exist_ok=True)
        path = CACHE / f"{name}.db"
        url = f"sqlite:///{path}"
        if path.exists() and _complete(Store(url), events, seed):
            return url, None
        get_engine(url).dispose()
        for leftover in CACHE.glob(f"{name}.db*"):
            leftover.unlink()
    else:
        database = f"{PG_PREFIX}{name}"
        url = f"{PG_SERVER}/{database}"
        admin = sa.create_engine(f"{PG_SERVER}/test", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            exists = conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": database}).first()
        if exists and _complete(Store(url), events, seed):
            admin.dispose()
            return url, None
        get_engine(url).dispose()
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            conn.execute(sa.text(f'CREATE DATABASE "{database}"'))
        admin.dispose()
    migrate(url)  # a database dropped and made again in this process: `Store` would think it migrated
    store = Store(url)
    store.sync_regions()
    seconds = load(store, events, seed, progress=progress)
    analyse(store)
    run = store.start_run(MARKER)
    store.finish_run(run, "completed", {"events": events, "seed": seed, "version": VERSION, "seconds": seconds})
    return url, seconds


def postgres_reachable() -> bool:
    """Whether the PostgreSQL server answers; a bench without one runs SQLite only and says so."""
    try:
        sa.create_engine(f"{PG_SERVER}/test").connect().close()
    except Exception as exc:
        print(f"[postgresql] skipped: {exc.__class__.__name__}")
        return False
    return True
