"""Run every benchmark module in this folder (`python -m bench [name ...] [--option ...]`); options go to the
benchmarks that take them (`python -m bench store --events 1000000`)."""

import importlib
import pkgutil
import sys
from pathlib import Path

names = []
while len(sys.argv) > 1 and not sys.argv[1].startswith("-") and not sys.argv[1].isdigit():
    names.append(sys.argv.pop(1))
wanted = set(names)
for module in sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)])):
    if module.startswith("bench_") and (not wanted or module.removeprefix("bench_") in wanted or module in wanted):
        print(f"== {module}", flush=True)
        importlib.import_module(f"bench.{module}").main()
