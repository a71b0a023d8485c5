"""Run every benchmark module in this folder (`python -m bench [name ...]`)."""

import importlib
import pkgutil
import sys
from pathlib import Path

wanted = set(sys.argv[1:])
for module in sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)])):
    if module.startswith("bench_") and (not wanted or module.removeprefix("bench_") in wanted or module in wanted):
        print(f"== {module}", flush=True)
        importlib.import_module(f"bench.{module}").main()
