"""Human-readable summaries of flow runs and of the store (Rich tables on stdout)."""

from __future__ import annotations

import re
from typing import Any

from rich.console import Console
from rich.table import Table

TYPE_LABELS = {"agreement_signing": "agreement signings", "inauguration": "inaugurations",
               "index_report": "index reports"}


def crawl_note(line: str) -> str:
    """The crawler's summary line (`crawl: pages=60 articles=35 new=35 ... errors=0 seconds=3.5`), shortened."""
    fields = dict(re.findall(r"(\w+)=([\w.]+)", line or ""))
    if not fields:
        return line or ""
    shown = [f"{fields[key]} {label}" for key, label in (("pages", "pages"), ("new", "new"), ("changed", "changed"),
                                                         ("errors", "errors")) if key in fields]
    if "seconds" in fields:
        shown.append(f"{fields['seconds']} s")
    return ", ".join(shown)


def print_nightly_summary(summary: dict[str, Any], console: Console, *, max_rows: int = 60) -> None:
    """The run in a table: failed and skipped sources first, each with its one-line reason (wrapped, never
    cut), then the totals counted once."""
    status = summary.get("status", "?")
    colour = {"completed": "green", "partial": "yellow", "failed": "red", "stopped": "red"}.get(status, "white")
    counts = summary.get("counts", {})
    console.print(f"[bold]Nightly run {summary.get('run_id')}[/]: [{colour}]{status}[/] in "
                  f"{summary.get('seconds', 0):.1f} s  (store {summary.get('db')}): "
                  f"{counts.get('ok', 0)} ok, {counts.get('failed', 0)} failed, {counts.get('skipped', 0)} skipped",
                  soft_wrap=True)
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("source", no_wrap=True, max_width=32, overflow="ellipsis")
    table.add_column("status", no_wrap=True)
    table.add_column("new", justify="right")
    table.add_column("changed", justify="right")
    table.add_column("note (reason first)", overflow="fold", ratio=1)
    order = {"failed": 0, "skipped": 1, "queued": 2, "claimed": 2}
    entries = sorted(summary.get("sources", []), key=lambda e: (order.get(e["status"], 3), e["target"]))
    for entry in entries[:max_rows]:
        note = (entry.get("error") or "").splitlines()[0] if entry.get("error") else crawl_note(entry.get("crawl", ""))
        style = {"failed": "red", "skipped": "yellow"}.get(entry["status"])
        table.add_row(entry["target"], entry["status"], str(entry.get("new", 0)), str(entry.get("changed", 0)),
                      note, style=style)
    if len(entries) > max_rows:
        table.add_row("…", f"{len(entries) - max_rows} more", "", "", "pantau sources --failing lists them all")
    console.print(table)
    articles = summary.get("articles", {})
    events = summary.get("events", {})
    console.print(f"Articles: {articles.get('crawled', 0)} new or changed at the sources; loaded "
                  f"{articles.get('inserted', 0)} new, {articles.get('updated', 0)} updated, "
                  f"{articles.get('unchanged', 0)} unchanged")
    by_type = ", ".join(f"{n} {TYPE_LABELS.get(t, t)}" for t, n in sorted(summary.get("events_by_type", {}).items()))
    console.print(f"Events:   {events.get('extracted', 0)} extracted" + (f" ({by_type})" if by_type else "")
                  + f"; {events.get('inserted', 0)} new")
    if summary.get("error"):
        console.print(f"[red]{summary['error']}[/]")
    console.print(f"Run files: {summary.get('run_dir')}")


def print_reextract_summary(summary: dict[str, Any], console: Console) -> None:
    store = summary.get("store", {})
    by_type = ", ".join(f"{n} {TYPE_LABELS.get(t, t)}" for t, n in sorted(summary.get("events_by_type", {}).items()))
    console.print(f"[bold]Re-extraction run {summary.get('run_id')}[/]: {summary.get('status')} in "
                  f"{summary.get('seconds', 0):.1f} s with {summary.get('extractor', '?')}")
    console.print(f"{summary.get('articles', 0)} articles re-extracted, {summary.get('events', 0)} events"
                  + (f" ({by_type})" if by_type else "")
                  + f"; {store.get('inserted', 0)} new, {store.get('unchanged', 0)} unchanged, "
                  f"{store.get('deleted', 0)} removed")


def print_store_stats(stats: dict[str, Any], console: Console, top: int = 15) -> None:
    console.print(f"[bold]In the store[/]: {stats['articles']} articles from {stats['sources']} source(s), "
                  f"{stats['events']} events")
    by_type = Table(title="Events by type", show_header=True, header_style="bold")
    by_type.add_column("type")
    by_type.add_column("events", justify="right")
    for event_type, count in sorted(stats.get("events_by_type", {}).items(), key=lambda item: -item[1]):
        by_type.add_row(TYPE_LABELS.get(event_type, event_type), str(count))
    console.print(by_type)
    by_regency = Table(title="Events by regency", show_header=True, header_style="bold")
    by_regency.add_column("code")
    by_regency.add_column("regency / city / province")
    by_regency.add_column("events", justify="right")
    rows = stats.get("events_by_regency", [])
    for row in rows[:top]:
        by_regency.add_row(row["code"], row["name"], str(row["events"]))
    if len(rows) > top:
        by_regency.add_row("…", f"{len(rows) - top} more", "")
    console.print(by_regency)
