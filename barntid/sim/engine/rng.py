"""Named random streams, one per stochastic process, spawned from a SeedSequence per replication.

The same (seed, replication) gives the same streams in any process, so serial and parallel runs agree,
and two scenarios run with the same seed share their arrivals and case draws (common random numbers).
"""

from __future__ import annotations

import functools
import math

import numpy as np

# New streams go at the end: the first ones keep their seeds.
STREAM_NAMES: tuple[str, ...] = ("arrivals", "cases", "absence", "turnover", "recruitment", "visits", "sickness",
                                 "unaccompanied", "pairs", "calendar", "timeline")
_BLOCK = 2048


class Stream:
    """A NumPy generator that hands out scalars from pre-drawn blocks (scalar draws are slow)."""

    __slots__ = ("_i", "_j", "_u", "_z", "gen")

    def __init__(self, seed: np.random.SeedSequence) -> None:
        self.gen = np.random.default_rng(seed)
        self._u: list[float] = []
        self._i = 0
        self._z: list[float] = []
        self._j = 0

    def random(self) -> float:
        i = self._i
        if i >= len(self._u):
            self._u = self.gen.random(_BLOCK).tolist()
            i = 0
        self._i = i + 1
        return self._u[i]

    def normal(self) -> float:
        j = self._j
        if j >= len(self._z):
            self._z = self.gen.standard_normal(_BLOCK).tolist()
            j = 0
        self._j = j + 1
        return self._z[j]

    def exponential(self, mean: float) -> float:
        return -mean * math.log(1.0 - self.random())

    def lognormal_factor(self, cv: float) -> float:
        """A lognormal multiplier with mean 1 and the given coefficient of variation."""
        if cv <= 0:
            return 1.0
        s, half_s2 = _lognormal_shape(cv)
        return math.exp(s * self.normal() - half_s2)

    def poisson(self, lam: float) -> int:
        return int(self.gen.poisson(lam)) if lam > 0 else 0

    def gamma_mean(self, mean: float, shape: float = 4.0) -> float:
        return float(self.gen.gamma(shape, mean / shape)) if mean > 0 else 0.0


@functools.lru_cache(maxsize=64)
def _lognormal_shape(cv: float) -> tuple[float, float]:
    s2 = math.log1p(cv * cv)
    return math.sqrt(s2), 0.5 * s2


def replication_seed(seed: int, replication: int) -> np.random.SeedSequence:
    return np.random.SeedSequence(seed, spawn_key=(replication,))


def make_streams(seed: int, replication: int) -> dict[str, Stream]:
    children = replication_seed(seed, replication).spawn(len(STREAM_NAMES))
    return {name: Stream(child) for name, child in zip(STREAM_NAMES, children, strict=True)}


def substream(parent: Stream, index: int) -> np.random.Generator:
    """A generator for one member (e.g. one position), stable whatever the others do."""
    seq = parent.gen.bit_generator.seed_seq
    assert isinstance(seq, np.random.SeedSequence)
    return np.random.default_rng(np.random.SeedSequence(seq.entropy, spawn_key=(*seq.spawn_key, 1000 + index)))
