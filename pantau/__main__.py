"""`python -m pantau …` runs the `pantau` command (`cli.main`). The one import from `pantau/` upward: a
module run as a program, which nothing imports (the import contract names it as its only exception)."""

from cli.main import main

main()
