"""Parsing many mails on another core: the first sync of a mailbox parses thousands while
this process stores them. A few mails are parsed here; a worker process costs its start."""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from leaddesk.adapters.channels.email.parse import parse_mail
from leaddesk.domain.mail import ParsedMail

IN_A_WORKER_FROM = 40  # mails in one call
_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()


def _workers() -> int:
    return max(1, min(4, (os.cpu_count() or 2) - 1))


def _get_pool() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            # "spawn": the window has threads running, and a forked child of a threaded
            # process may inherit a held lock.
            _pool = ProcessPoolExecutor(_workers(),
                                        mp_context=multiprocessing.get_context("spawn"))
            atexit.register(shutdown)
        return _pool


def shutdown() -> None:
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


def parse_many(raws: list[bytes]) -> list[ParsedMail]:
    """``parse_mail`` of each, in order; never raises (a broken worker: parsed here)."""
    if len(raws) < IN_A_WORKER_FROM or os.environ.get("LEADDESK_PARSE_INLINE"):
        return [parse_mail(raw) for raw in raws]
    try:
        return list(_get_pool().map(parse_mail, raws, chunksize=25))
    except (BrokenProcessPool, OSError, RuntimeError):
        shutdown()
        return [parse_mail(raw) for raw in raws]
