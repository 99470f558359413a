"""``python -m geomap``: the same command line as ``geomap``."""

from geomap.cli import main

if __name__ == "__main__":
    main()
