"""`python -m demo [--port N] [--gold FILE]`: serve the demo site until interrupted (for looking at it
in a browser or crawling it by hand); `--gold` also writes the gold events for that address."""

from __future__ import annotations

import argparse
import json
import time

from demo import DemoServer, gold_records


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m demo", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--gold", help="write the gold events (shared/eval format) for this address to FILE")
    args = parser.parse_args()
    with DemoServer(port=args.port) as site:
        if args.gold:
            with open(args.gold, "w", encoding="utf-8") as out:
                for record in gold_records(site.base_url):
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"Demo site: {site.url}  ({len(site.content.articles)} articles; Ctrl+C to stop)", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
