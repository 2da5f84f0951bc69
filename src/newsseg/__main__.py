"""``python -m newsseg``: the command line, as the ``newsseg`` script."""

from newsseg.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
