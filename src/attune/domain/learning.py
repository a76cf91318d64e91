"""Which practices help this person: Thompson sampling on the drop in distress they report.

Why a Gaussian (Normal-Inverse-Gamma) posterior on the drop, not Beta on "dropped by 2 or more":
the drop carries more than a yes/no. A practice that takes someone from 9 to 3 should beat one
that takes them from 6 to 4, and a threshold throws that away; near the threshold a Beta arm
also flips on a single point of rating noise. The conjugate posterior keeps the state to three
sums per arm (plain, JSON-friendly numbers), learns each person's own noise, and its draws
explore untried practices while the prior is wide. Successes (drop >= 2) are still counted, for
showing the person plainly what has helped.

Arms are kept per zone ("hyper:cyclic-sighing"): settling a racing heart and waking up from a
shutdown are different jobs, and one practice may do one well and the other not.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from attune.domain.reading import Zone

PRIOR_MEAN_DROP = 1.0  # a modest expected drop, so untried practices are worth trying
PRIOR_COUNT = 1.0  # the prior mean weighs as much as one real practice
PRIOR_SHAPE = 2.0
PRIOR_SCALE = 4.0  # prior noise variance ~4 (about 2 SUDS points)
SUCCESS_DROP = 2


@dataclass(frozen=True)
class ArmStats:
    """Sufficient statistics of the distress drops seen for one practice in one zone."""

    n: int = 0
    total: float = 0.0
    total_sq: float = 0.0
    successes: int = 0

    def add(self, drop: float) -> ArmStats:
        return ArmStats(self.n + 1, self.total + drop, self.total_sq + drop * drop,
                        self.successes + (drop >= SUCCESS_DROP))

    @property
    def mean(self) -> float:
        return self.total / self.n if self.n else 0.0


@dataclass(frozen=True)
class LearningState:
    arms: Mapping[str, ArmStats] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"arms": {key: vars(arm).copy() for key, arm in self.arms.items()}}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LearningState:
        return cls({key: ArmStats(**arm) for key, arm in data.get("arms", {}).items()})


@dataclass(frozen=True)
class PracticeEffect:
    """What a practice has done for this person, in their own numbers."""

    slug: str
    times: int
    mean_drop: float
    successes: int
    name: str = ""


def arm_key(zone: Zone, slug: str) -> str:
    return f"{zone}:{slug}"


def record(state: LearningState, zone: Zone, slug: str, before: int, after: int) -> LearningState:
    """The state after one practice, from distress before and after (0-10)."""
    key = arm_key(zone, slug)
    arms = dict(state.arms)
    arms[key] = arms.get(key, ArmStats()).add(before - after)
    return replace(state, arms=arms)


def choose(state: LearningState, zone: Zone, candidates: Sequence[str], rng: random.Random) -> str:
    """Thompson sampling: draw a plausible mean drop for each candidate, take the best draw."""
    if not candidates:
        raise ValueError("no practice to choose from")
    draws = {slug: sample_mean_drop(state.arms.get(arm_key(zone, slug), ArmStats()), rng) for slug in candidates}
    return max(candidates, key=lambda slug: draws[slug])


def sample_mean_drop(arm: ArmStats, rng: random.Random) -> float:
    """One draw of the mean drop from the Normal-Inverse-Gamma posterior of this arm."""
    count, mean, shape, scale = posterior(arm)
    variance = scale / rng.gammavariate(shape, 1.0)
    return rng.gauss(mean, math.sqrt(variance / count))


def posterior(arm: ArmStats) -> tuple[float, float, float, float]:
    """(kappa, mean, alpha, beta) after the conjugate update of the prior with this arm's drops."""
    count = PRIOR_COUNT + arm.n
    mean = (PRIOR_COUNT * PRIOR_MEAN_DROP + arm.total) / count
    spread = max(0.0, arm.total_sq - arm.n * arm.mean**2)
    pull = PRIOR_COUNT * arm.n * (arm.mean - PRIOR_MEAN_DROP) ** 2 / count
    return count, mean, PRIOR_SHAPE + arm.n / 2, PRIOR_SCALE + 0.5 * (spread + pull)


def explain_what_helps(state: LearningState, names: Mapping[str, str] | None = None) -> list[PracticeEffect]:
    """Practices the person has tried, across zones, the most helpful first."""
    pooled: dict[str, ArmStats] = {}
    for key, arm in state.arms.items():
        slug = key.split(":", 1)[-1]
        seen = pooled.get(slug, ArmStats())
        pooled[slug] = ArmStats(seen.n + arm.n, seen.total + arm.total, seen.total_sq + arm.total_sq,
                                seen.successes + arm.successes)
    effects = [PracticeEffect(slug, arm.n, round(arm.mean, 2), arm.successes, (names or {}).get(slug, ""))
               for slug, arm in pooled.items() if arm.n]
    return sorted(effects, key=lambda e: (-e.mean_drop, -e.times, e.slug))
