"""What a person's history suggests: the numbers behind the charts and the therapist summary.

Everything here is pure and works on plain points, so the store and the web layer only have
to hand over rows. The sentences are for the person (and, if they choose, their therapist):
tentative ("it may be", "seemed to"), warm, and never a verdict. Times are taken as they are
given; pass them already in the person's own time zone so "Monday evening" means their evening.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import takewhile
from statistics import fmean
from typing import Literal

from attune.domain.measures import Measure, UnknownMeasure, get_measure
from attune.domain.reading import Zone

ZONE_WORDS: dict[str, str] = {
    "hyper": "above your window",
    "within": "within your window",
    "hypo": "below your window",
}
REGION_WORDS: dict[str, str] = {
    "head": "head",
    "face": "face",
    "eyes": "eyes",
    "jaw": "jaw",
    "throat": "throat",
    "neck_shoulders": "neck and shoulders",
    "chest": "chest",
    "heart": "heart",
    "breath": "breathing",
    "stomach": "stomach",
    "back": "back",
    "arms_hands": "arms or hands",
    "legs_feet": "legs or feet",
    "skin": "skin",
    "whole_body": "whole body",
}
WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PARTS_OF_DAY: tuple[str, ...] = ("night", "morning", "afternoon", "evening")
PART_PHRASES: dict[str, str] = {
    "night": "at night",
    "morning": "in the morning",
    "afternoon": "in the afternoon",
    "evening": "in the evening",
}
MEASURE_ORDER: tuple[str, ...] = ("phq9", "gad7", "who5", "ders16")


# --- inputs: plain points handed over by the store ----------------------------------------------


@dataclass(frozen=True)
class CheckinPoint:
    at: datetime
    distress: int | None  # SUDS 0-10, when the person gave one
    zone: Zone | None
    emotion: str | None = None  # the plain word they named or confirmed
    body_regions: tuple[str, ...] = ()  # from reading.BODY_REGIONS


@dataclass(frozen=True)
class PracticePoint:
    slug: str
    name: str
    before: int | None  # distress 0-10 before the practice
    after: int | None
    at: datetime


@dataclass(frozen=True)
class ScorePoint:
    measure: str
    at: datetime
    score: int  # the raw total as scored (WHO-5 raw 0-25; shown as a percentage)


# --- emotions -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmotionCount:
    emotion: str
    count: int


def emotion_counts(checkins: Iterable[CheckinPoint]) -> list[EmotionCount]:
    """How often each feeling was named, most often first (ties alphabetical, for stable output)."""
    counts = Counter(c.emotion.strip().lower() for c in checkins if c.emotion and c.emotion.strip())
    return [EmotionCount(e, n) for e, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def emotions_sentence(counts: Sequence[EmotionCount]) -> str:
    if not counts:
        return "No feelings named yet. As you check in, the words you use will gather here."
    top = ", ".join(f"{c.emotion} ({_times(c.count)})" for c in counts[:3])
    kinds = "feeling" if len(counts) == 1 else "different feelings"
    return f"You've named {len(counts)} {kinds} so far. The ones that came up most: {top}."


# --- window of tolerance ------------------------------------------------------------------------


@dataclass(frozen=True)
class WindowWeek:
    """One week's check-ins by zone; low..high is the distress range at which they felt within."""

    week_start: date
    within: int
    above: int
    below: int
    low: int | None
    high: int | None

    @property
    def total(self) -> int:
        return self.within + self.above + self.below


TrendDirection = Literal["widening", "narrowing", "steady", "not_enough"]


@dataclass(frozen=True)
class WindowTrend:
    direction: TrendDirection
    earlier_high: float | None
    recent_high: float | None
    sentence: str


def week_start(moment: datetime | date) -> date:
    day = moment.date() if isinstance(moment, datetime) else moment
    return day - timedelta(days=day.weekday())


def window_by_week(checkins: Iterable[CheckinPoint]) -> list[WindowWeek]:
    weeks: dict[date, list[CheckinPoint]] = defaultdict(list)
    for c in checkins:
        if c.zone is not None:
            weeks[week_start(c.at)].append(c)
    return [_window_week(start, points) for start, points in sorted(weeks.items())]


def _window_week(start: date, points: Sequence[CheckinPoint]) -> WindowWeek:
    zones = Counter(p.zone for p in points)
    within = [p.distress for p in points if p.zone == "within" and p.distress is not None]
    return WindowWeek(
        start,
        zones["within"],
        zones["hyper"],
        zones["hypo"],
        min(within) if within else None,
        max(within) if within else None,
    )


def window_trend(weeks: Sequence[WindowWeek], min_weeks: int = 2) -> WindowTrend:
    """Compare the top of the window (highest distress still felt as within) early vs lately."""
    highs = [w.high for w in weeks if w.high is not None]
    if len(highs) < min_weeks:
        return WindowTrend(
            "not_enough",
            None,
            None,
            "There isn't enough yet to see how your window is "
            "changing. A few more weeks of check-ins will help it show.",
        )
    half = len(highs) // 2
    earlier, recent = fmean(highs[:half]), fmean(highs[-half:])
    direction: TrendDirection = (
        "widening" if recent - earlier >= 1 else "narrowing" if earlier - recent >= 1 else "steady"
    )
    return WindowTrend(direction, earlier, recent, _window_sentence(direction, earlier, recent))


def _window_sentence(direction: str, earlier: float, recent: float) -> str:
    if direction == "widening":
        return (
            f"Lately you've stayed within your window at higher distress, up to about {about(recent)} "
            f"out of 10, compared with about {about(earlier)} earlier. It may be that your window is widening."
        )
    if direction == "narrowing":
        return (
            f"Lately your window may have felt narrower: up to about {about(recent)} out of 10, compared "
            f"with about {about(earlier)} earlier. That often happens in stressful stretches, and it can "
            "widen again."
        )
    return (
        f"Your window has looked fairly steady: you've stayed within it up to about {about(recent)} "
        "out of 10 most weeks."
    )


def zone_counts(checkins: Iterable[CheckinPoint]) -> dict[str, int]:
    counts = Counter(str(c.zone) for c in checkins if c.zone is not None)
    return {zone: counts[zone] for zone in ZONE_WORDS}


# --- practices ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PracticeEffect:
    slug: str
    name: str
    times: int
    mean_before: float
    mean_after: float

    @property
    def eased_by(self) -> float:
        """How far distress came down on average; negative when it went up."""
        return self.mean_before - self.mean_after


def practice_effects(practices: Iterable[PracticePoint]) -> list[PracticeEffect]:
    """Mean distress before and after each practice, counting only tries with both ratings."""
    rated: dict[str, list[PracticePoint]] = defaultdict(list)
    for p in practices:
        if p.before is not None and p.after is not None:
            rated[p.slug].append(p)
    effects = [_effect(points) for points in rated.values()]
    return sorted(effects, key=lambda e: (-e.eased_by, -e.times, e.name))


def _effect(points: Sequence[PracticePoint]) -> PracticeEffect:
    latest = max(points, key=lambda p: p.at)
    return PracticeEffect(
        latest.slug,
        latest.name,
        len(points),
        fmean(p.before for p in points if p.before is not None),
        fmean(p.after for p in points if p.after is not None),
    )


def practice_sentence(effects: Sequence[PracticeEffect]) -> str:
    if not effects:
        return (
            "No practices rated yet. When you rate your distress before and after a practice, "
            "you'll see here which ones seem to help you."
        )
    best = effects[0]
    if best.eased_by <= 0:
        return (
            "So far none of the practices has clearly eased distress on average. That's useful to "
            "know too; different practices suit different people and different moments."
        )
    sentence = (
        f"Of the practices you've rated, {best.name} seemed to help most: distress eased from "
        f"about {about(best.mean_before)} to about {about(best.mean_after)} on average, "
        f"over {best.times} {'try' if best.times == 1 else 'tries'}."
    )
    if best.times < 3:
        sentence += " It's early days, so this may change as you try it more."
    return sentence


# --- early warning signs ------------------------------------------------------------------------


@dataclass(frozen=True)
class WarningSign:
    """A body region noticed `region_count` times; `together` of those came before or with `emotion`."""

    region: str
    emotion: str
    together: int
    region_count: int

    @property
    def share(self) -> float:
        return self.together / self.region_count

    @property
    def sentence(self) -> str:
        return (
            f"Something in your {region_words(self.region)} came before or with {self.emotion} on "
            f"{self.together} of the {self.region_count} check-ins where you noticed it. "
            "It might be one of your early signals."
        )


def region_words(region: str) -> str:
    return REGION_WORDS.get(region, region.replace("_", " "))


def is_strong(c: CheckinPoint, strong_distress: int = 6) -> bool:
    """A strong feeling: named, and either high distress or outside the window."""
    if not c.emotion:
        return False
    return (c.distress is not None and c.distress >= strong_distress) or c.zone in ("hyper", "hypo")


def early_warning_signs(
    checkins: Iterable[CheckinPoint],
    lookahead: timedelta = timedelta(hours=6),
    strong_distress: int = 6,
    min_together: int = 2,
    min_share: float = 0.4,
) -> list[WarningSign]:
    """Body regions that were noticed in the same check-in as, or shortly before, a strong feeling."""
    ordered = sorted(checkins, key=lambda c: c.at)
    noticed: Counter[str] = Counter()
    together: Counter[tuple[str, str]] = Counter()
    for i, c in enumerate(ordered):
        following = _strong_emotions_after(ordered, i, lookahead, strong_distress)
        for region in dict.fromkeys(c.body_regions):
            noticed[region] += 1
            together.update((region, emotion) for emotion in following)
    signs = [WarningSign(r, e, n, noticed[r]) for (r, e), n in together.items()]
    # Below min_share a pairing is more likely chance than a signal; don't suggest it is one.
    signs = [s for s in signs if s.together >= min_together and s.share >= min_share]
    return sorted(signs, key=lambda s: (-s.together, -s.share, s.region, s.emotion))


def _strong_emotions_after(
    ordered: Sequence[CheckinPoint], i: int, lookahead: timedelta, strong_distress: int
) -> set[str]:
    start = ordered[i].at
    window = takewhile(lambda c: c.at - start <= lookahead, ordered[i:])
    return {c.emotion.strip().lower() for c in window if c.emotion and is_strong(c, strong_distress)}


def warning_signs_sentence(signs: Sequence[WarningSign]) -> str:
    if not signs:
        return (
            "No clear links between body cues and strong feelings yet. Noticing where you feel things "
            "in your body when you check in will help these show up."
        )
    return " ".join(s.sentence for s in signs[:2])


# --- rhythm ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rhythm:
    """Check-in counts by weekday (rows, Monday first) and part of the day (columns, night first)."""

    grid: tuple[tuple[int, ...], ...]

    @property
    def total(self) -> int:
        return sum(sum(row) for row in self.grid)

    def busiest(self) -> tuple[str, str, int]:
        day, part = max(((d, p) for d in range(7) for p in range(4)), key=lambda dp: self.grid[dp[0]][dp[1]])
        return WEEKDAYS[day], PARTS_OF_DAY[part], self.grid[day][part]


def part_of_day(moment: datetime) -> int:
    return moment.hour // 6  # 0-5 night, 6-11 morning, 12-17 afternoon, 18-23 evening


def rhythm(checkins: Iterable[CheckinPoint]) -> Rhythm:
    grid = [[0] * len(PARTS_OF_DAY) for _ in WEEKDAYS]
    for c in checkins:
        grid[c.at.weekday()][part_of_day(c.at)] += 1
    return Rhythm(tuple(tuple(row) for row in grid))


def rhythm_sentence(r: Rhythm) -> str:
    if r.total == 0:
        return "No check-ins yet. Once you've checked in a few times, you'll see when in the week you tend to check in."
    day, part, count = r.busiest()
    by_part = [sum(row[p] for row in r.grid) for p in range(len(PARTS_OF_DAY))]
    usual = PARTS_OF_DAY[by_part.index(max(by_part))]
    return (
        f"You've checked in {_times(r.total)}. The most common time was {day} {part}s "
        f"({_times(count)}), and overall you checked in most often {PART_PHRASES[usual]}."
    )


# --- questionnaire scores -----------------------------------------------------------------------


@dataclass(frozen=True)
class ScoreChange:
    """First and latest score on one measure; values are percentages for WHO-5."""

    measure: str
    title: str
    first_at: datetime
    last_at: datetime
    first: int
    last: int
    count: int
    meaningful: bool | None  # None when the measure has no published meaningful change

    @property
    def change(self) -> int:
        return self.last - self.first


def display_value(measure: Measure, score: int) -> int:
    """What a person sees: WHO-5 as a percentage, the others as their raw total."""
    percentage = measure.percentage_of(score)
    return score if percentage is None else percentage


def scores_by_measure(scores: Iterable[ScorePoint]) -> dict[str, list[ScorePoint]]:
    """Known measures only, in a stable order, each sorted by time; unknown names are skipped."""
    grouped: dict[str, list[ScorePoint]] = defaultdict(list)
    for s in scores:
        if _known(s.measure):
            grouped[s.measure].append(s)
    order = sorted(grouped, key=lambda n: (MEASURE_ORDER.index(n) if n in MEASURE_ORDER else 99, n))
    return {n: sorted(grouped[n], key=lambda s: s.at) for n in order}


def _known(name: str) -> bool:
    try:
        get_measure(name)
    except UnknownMeasure:
        return False
    return True


def score_changes(scores: Iterable[ScorePoint]) -> list[ScoreChange]:
    return [_change(get_measure(n), points) for n, points in scores_by_measure(scores).items()]


def _change(m: Measure, points: Sequence[ScorePoint]) -> ScoreChange:
    first, last = display_value(m, points[0].score), display_value(m, points[-1].score)
    meaningful = None if m.meaningful_change is None else abs(last - first) >= m.meaningful_change
    return ScoreChange(m.name, m.title, points[0].at, points[-1].at, first, last, len(points), meaningful)


def score_change_sentence(c: ScoreChange) -> str:
    unit = "%" if get_measure(c.measure).percentage_factor else ""
    if c.count == 1:
        return f"{c.title}: one answer so far, {c.last}{unit} on {day_month(c.last_at)}."
    sentence = (
        f"{c.title}: {c.first}{unit} on {day_month(c.first_at)} and {c.last}{unit} on "
        f"{day_month(c.last_at)}, across {c.count} answers."
    )
    if c.meaningful:
        sentence += " A change this size is usually seen as a meaningful one."
    elif c.meaningful is False:
        sentence += " That is smaller than the change usually seen as meaningful."
    return sentence


# --- a short summary a person may choose to share -------------------------------------------------


def summary_sentences(
    checkins: Sequence[CheckinPoint], practices: Sequence[PracticePoint], scores: Sequence[ScorePoint]
) -> list[str]:
    """The therapist-summary paragraph, one sentence group per topic, each safe to show the person."""
    sentences = [
        window_trend(window_by_week(checkins)).sentence,
        emotions_sentence(emotion_counts(checkins)),
        practice_sentence(practice_effects(practices)),
        warning_signs_sentence(early_warning_signs(checkins)),
        rhythm_sentence(rhythm(checkins)),
    ]
    return sentences + [score_change_sentence(c) for c in score_changes(scores)]


# --- small wording helpers ------------------------------------------------------------------------


def day_month(moment: datetime | date) -> str:
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{moment.day} {months[moment.month - 1]}"  # not strftime: independent of the server locale


def about(value: float) -> str:
    """Averages to one decimal, without a trailing .0: "about 6.5", "about 4"."""
    return f"{value:.1f}".removesuffix(".0")


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"
