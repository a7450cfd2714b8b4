"""Timing and reporting helpers: medians, spread, ratios, units."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from typing import Callable, Sequence


@dataclass(frozen=True)
class Samples:
    """Seconds, one per repetition."""

    values: tuple[float, ...]

    @classmethod
    def of(cls, values: Sequence[float]) -> "Samples":
        if not values:
            raise ValueError("no samples")
        return cls(tuple(values))

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def iqr(self) -> tuple[float, float]:
        if len(self.values) < 4:
            return min(self.values), max(self.values)
        q = statistics.quantiles(self.values, n=4, method="inclusive")
        return q[0], q[2]

    def describe(self) -> str:
        lo, hi = min(self.values), max(self.values)
        q1, q3 = self.iqr
        return (f"median {fmt(self.median):>9}   min–max {fmt(lo)}–{fmt(hi)}"
                f"   IQR {fmt(q1)}–{fmt(q3)}   n={len(self.values)}")


def fmt(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.0f} µs"


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def interleaved(pairs: dict[str, Callable[[], float]], repeat: int,
                warmup: int = 1) -> dict[str, Samples]:
    """Run each measurement ``repeat`` times, alternating, after ``warmup`` rounds.

    Each callable returns the seconds it measured itself (so set-up stays out
    of the figure). Alternating keeps slow drifts of a noisy machine from
    landing on one side of a ratio.
    """
    results: dict[str, list[float]] = {name: [] for name in pairs}
    for round_ in range(warmup + repeat):
        for name, measure in pairs.items():
            seconds = measure()
            if round_ >= warmup:
                results[name].append(seconds)
    return {name: Samples.of(values) for name, values in results.items()}


def report(title: str, figure: tuple[str, Samples], floor: tuple[str, Samples] | None,
           target: str, notes: Sequence[str] = ()) -> None:
    print(f"\n{title}")
    width = max(len(figure[0]), len(floor[0]) if floor else 0)
    print(f"  figure  {figure[0]:<{width}}  {figure[1].describe()}")
    if floor is not None:
        print(f"  floor   {floor[0]:<{width}}  {floor[1].describe()}")
        ratio = figure[1].median / floor[1].median
        paired = ""
        if len(figure[1].values) == len(floor[1].values):
            per_round = [f / b for f, b in zip(figure[1].values, floor[1].values)]
            paired = f", per round {min(per_round):.2f}–{max(per_round):.2f}×"
        print(f"  ratio   {ratio:.2f}×  (median / floor median{paired})   target: {target}")
    else:
        print(f"  target  {target}")
    for note in notes:
        print(f"  note    {note}")
