"""Helpers shared by the benchmarks: timing, medians and one-line reports."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


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
