r"""newsseg's cache folder: tables built once per machine from installed data files, read back in a few ms.

Two tables live here: the compact lexicon (``_lexicon``, from jieba's ``dict.txt``) and the Traditional ->
Simplified character table (``_text``, from OpenCC's files). Each file holds the key it was built for (the data
files' paths, sizes and modification times), so that an upgrade of jieba or OpenCC is seen and the table built
again; each is written beside its final name and renamed into place, so that a reader sees the old file or the
whole new one.

The folder is ``NEWSSEG_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsseg`` or ``~/.cache/newsseg``
(``%LOCALAPPDATA%\newsseg`` on Windows); ``NEWSSEG_CACHE_DIR=""`` turns the cache off.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def cache_dir() -> Path | None:
    """Where newsseg caches its tables: ``NEWSSEG_CACHE_DIR``, else the user's cache folder; None: no cache."""
    override = os.environ.get("NEWSSEG_CACHE_DIR")
    if override is not None:
        return Path(override) if override else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "newsseg" if base else None
    base = os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "newsseg" if base else Path.home() / ".cache" / "newsseg"


def files_key(paths: list[Path]) -> str:
    """A key for data read from ``paths``: each one's path, size and modification time (in nanoseconds).

    What Python checks its bytecode against, and jieba its own cache: an upgrade in place changes the size or the
    time. Raises ``OSError`` where a file cannot be looked at.
    """
    parts = []
    for path in paths:
        stat = path.stat()
        parts.append(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}")
    return "\0".join(parts)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed into place; a failure is no error.

    A read-only home or a full disk only means the next process builds the table again.
    """
    import tempfile  # noqa: PLC0415 - only when a table is (re)built

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside its final name and renamed into place: a reader sees the old file or the whole new one,
        # never half of one, even with several processes building at once.
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name.split('-')[0]}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            Path(temp).replace(path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        import logging  # noqa: PLC0415 - only on this path: `logging` costs every start some 7 ms to import

        logging.getLogger(__name__).debug("newsseg: cache not written to %s: %s", path, exc)
