"""Verify source addresses before crawling them: DNS first (every host at once, a short timeout), then one
HTTP request to the home page (short connect and read timeouts). A host that does not resolve, refuses,
or does not answer costs seconds here instead of a crawl process waiting out timeouts and retries.

    from flows.probe import probe_urls
    verdicts = probe_urls(["https://mojokertokab.go.id/", ...])   # {url: Verdict(ok, reason)}
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from pantau.config import USER_AGENT

DNS_TIMEOUT = 5.0
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 10.0
HTTP_CONCURRENCY = 64
READ_AT_MOST = 64 * 1024  # bytes of the home page read: enough to know it answers


@dataclass
class Verdict:
    ok: bool
    reason: str | None = None  # one line that starts with the reason, when not ok
    status: int | None = None
    seconds: float = 0.0


def resolve_hosts(hosts: list[str], timeout: float = DNS_TIMEOUT) -> dict[str, str | None]:
    """{host: None if it resolves, else the reason}. Every lookup runs at once in a daemon thread: the
    system resolver has no timeout of its own, and a lookup still hanging at the deadline is abandoned."""
    results: dict[str, str | None] = {}
    lock = threading.Lock()

    def lookup(host: str) -> None:
        try:
            socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
            outcome = None
        except socket.gaierror as exc:
            outcome = f"DNS: no address for {host} ({exc.strerror or exc})"
        except (OSError, UnicodeError) as exc:
            outcome = f"DNS: lookup of {host} failed ({exc})"
        with lock:
            results[host] = outcome

    threads = [threading.Thread(target=lookup, args=(host,), daemon=True, name=f"dns {host}") for host in set(hosts)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + timeout
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    with lock:
        return {host: results.get(host, f"DNS: no answer for {host} within {timeout:g} s") for host in set(hosts)}


async def _fetch(client, url: str, semaphore: asyncio.Semaphore) -> Verdict:
    import httpx

    started = time.monotonic()
    address = urlsplit(url).netloc
    async with semaphore:
        try:
            async with client.stream("GET", url) as response:
                received = 0
                async for chunk in response.aiter_bytes():
                    received += len(chunk)
                    if received >= READ_AT_MOST:
                        break
                status = response.status_code
        except httpx.ConnectTimeout:
            return Verdict(False, f"no connection to {address} within {CONNECT_TIMEOUT:g} s", None,
                           time.monotonic() - started)
        except httpx.ReadTimeout:
            return Verdict(False, f"no answer from {address} within {READ_TIMEOUT:g} s", None,
                           time.monotonic() - started)
        except httpx.ConnectError as exc:
            text = str(exc)
            chain, cause = [], exc.__cause__ or exc.__context__
            while cause is not None and len(chain) < 10:
                chain.append(cause)
                cause = cause.__cause__ or cause.__context__
            if any(isinstance(c, ConnectionRefusedError) for c in chain) or "refused" in text.lower():
                reason = f"connection refused by {address}"
            elif "ssl" in text.lower() or "certificate" in text.lower():
                reason = f"TLS handshake with {address} failed ({text[:120]})"
            else:
                reason = f"cannot connect to {address} ({text[:120] or type(exc).__name__})"
            return Verdict(False, reason, None, time.monotonic() - started)
        except httpx.TooManyRedirects:
            return Verdict(False, f"redirect loop at {url}", None, time.monotonic() - started)
        except httpx.HTTPError as exc:
            return Verdict(False, f"{type(exc).__name__} from {address}: {str(exc)[:120]}", None,
                           time.monotonic() - started)
    seconds = time.monotonic() - started
    if status >= 500 or status in (401, 403, 429):
        # The host is there but will not serve pages now; the crawl would only collect the same error.
        return Verdict(False, f"HTTP {status} from {url}", status, seconds)
    return Verdict(True, None, status, seconds)


async def _fetch_all(urls: list[str]) -> dict[str, Verdict]:
    import httpx

    timeout = httpx.Timeout(connect=CONNECT_TIMEOUT, read=READ_TIMEOUT, write=CONNECT_TIMEOUT, pool=None)
    semaphore = asyncio.Semaphore(HTTP_CONCURRENCY)
    # Certificates are not verified, as in the crawler: many regional sites serve expired or
    # self-signed ones, and a probe must not call a working site dead.
    async with httpx.AsyncClient(timeout=timeout, follow_redirects=True, max_redirects=5, verify=False,
                                 headers={"User-Agent": USER_AGENT}, trust_env=False) as client:
        verdicts = await asyncio.gather(*(_fetch(client, url, semaphore) for url in urls))
    return dict(zip(urls, verdicts, strict=True))


def probe_urls(urls: list[str], dns_timeout: float = DNS_TIMEOUT) -> dict[str, Verdict]:
    """Verify each address: DNS for every host at once, then an HTTP GET of the reachable ones."""
    urls = list(dict.fromkeys(urls))
    started = time.monotonic()
    hosts = {url: urlsplit(url).hostname or "" for url in urls}
    dns = resolve_hosts([host for host in hosts.values() if host], dns_timeout)
    verdicts: dict[str, Verdict] = {}
    reachable = []
    for url, host in hosts.items():
        problem = dns.get(host) if host else f"not an address: {url}"
        if problem:
            verdicts[url] = Verdict(False, problem, None, time.monotonic() - started)
        else:
            reachable.append(url)
    if reachable:
        verdicts.update(asyncio.run(_fetch_all(reachable)))
    return verdicts
