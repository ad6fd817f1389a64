"""Entry script of the PyInstaller build (build.spec): ``python -m calculator`` frozen."""

from calculator.__main__ import main

raise SystemExit(main())
