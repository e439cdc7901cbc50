"""Data files parsed once per content: a JSON copy in the user's cache, under the file's hash.

A short command such as ``alliancegraph ask`` reads the ontology (Turtle: rdflib's import alone
takes longer than the rest of the question), the gazetteer and the question words (TOML, parsed
in pure Python); their JSON copies read in a millisecond. A copy is keyed by the hash of the
file's bytes, so an edited file is parsed again at its next use: the data file stays the only
source, and the copy is never stale. A cache that cannot be read or written is passed over (the
file is then parsed on each use), and an error in the file is raised by its parser as before.

>>> import tempfile, tomllib
>>> from pathlib import Path
>>> folder = Path(tempfile.mkdtemp())
>>> source = folder / "words.toml"
>>> _ = source.write_text('words = ["soutient"]', encoding="utf-8")
>>> parsed(source, lambda data: tomllib.loads(data.decode()), "words", root=folder)
{'words': ['soutient']}
>>> len(list(folder.glob("words-*.json")))
1
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the whole new file or the old one.

    The bytes go to a temporary file beside ``path`` (named by process and thread, so
    concurrent writers never share one), which then replaces ``path`` in one rename; a failed
    write removes its temporary file and raises.
    """
    partial = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def cache_root() -> Path:
    """The user's cache folder for alliancegraph (``$XDG_CACHE_HOME/alliancegraph`` on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("alliancegraph")) / "parsed"


def parsed(path: Path, parse: Callable[[bytes], Any], kind: str,
           root: Path | None = None) -> Any:
    """``parse(path's bytes)``, from the JSON copy of an earlier parse of the same bytes.

    ``kind`` names what ``parse`` makes of the file (two parsers of one file keep two copies).
    The result is always what JSON reads back (lists, dicts, strings, numbers), whether it came
    from the copy or from ``parse``; a result JSON cannot hold (a TOML date) is returned as
    ``parse`` made it and not kept.
    """
    source = path.read_bytes()
    digest = hashlib.sha256(source).hexdigest()[:24]
    copy = (root or cache_root()) / f"{kind}-{digest}.json"
    try:
        return json.loads(copy.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    data = parse(source)
    try:
        text = json.dumps(data, ensure_ascii=False)
    except (TypeError, ValueError):
        return data
    with contextlib.suppress(OSError):  # no copy kept: the file is parsed again next time
        copy.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(copy, text.encode("utf-8"))
    return json.loads(text)
