"""Helpers shared by the benchmarks: timing, medians and one-line reports."""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def maxrss_mb() -> float:
    """This process's peak resident memory: VmHWM on Linux. (ru_maxrss is not used there: it carries the
    parent's peak across fork and exec, so a child started by a big parent reports the parent's size.)"""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux, bytes on macOS


def timed(work: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of `repeat` runs of `work`."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def report(name: str, seconds: list[float], baseline: list[float] | None = None, unit: str = "s") -> None:
    """Print one line: the median, and the ratio to a baseline measured in the same run."""
    median = statistics.median(seconds)
    scale = 1000 if unit == "ms" else 1
    line = f"{name}: median {median * scale:.3f} {unit} over {len(seconds)} runs"
    if baseline:
        base = statistics.median(baseline)
        line += f"; baseline {base * scale:.3f} {unit}; ratio {median / base:.2f}x"
    print(line, flush=True)


def load_text() -> str:
    """The machine's load averages and cores, for the record beside a figure (these machines are shared)."""
    import os

    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"
