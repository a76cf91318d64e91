"""Session 17: stop 24's leftovers read as families.

- A stop verb negated is going on, inside a hit too: abuse.physical is tagged check_inside, so "he won't stop
  hitting me" was dampened as a negation; a cue followed by a release word ("stop", "stopped") no longer counts
  there, as it already did before a hit. "he has never hit me" stays negated.
- A wish to die that keeps coming ("i never stopped wanting to die", "i can't stop wanting to die", "ive been
  wanting to die for weeks") matched nothing, and "to die for" masked the last one as an idiom; French "je n'arrête
  pas de penser à mourir" and "je n'arrive pas à m'arrêter de penser à mourir" likewise (fr.cant_stop_thinking).
- German: "ich denke nicht daran, mich umzubringen" (the comma cut the negation off) was moderate, and "ich werde
  mich heute nacht nicht umbringen" high through de.suicide.method's "heute nacht ... umbringen".
- A time named for it is intent in Spanish and Italian as in English ("voy a suicidarme esta noche", "voglio
  suicidarmi stanotte" were moderate; "going to kill myself tonight" is high).
- "N months since I last self harmed" is a past, as "years since" was.
- Older idioms that masked risk (found by the round 56-57 fit): Italian "la faccio finita con" a habit also took
  "stanotte la faccio finita con le pillole di mia madre" (r11-0221, imminent) as a diet; "i'd rather be dead than
  ..." stayed an idiom while the wish came back every night and got louder (r14-0163).
- A weapon held to the writer ("he held a gun to my head last night", "my husband held a knife to my throat") was
  read as the writer's own suicide wording, dropped as someone else's, and nothing else read it: abuse, high.
- "im jumping out the window" (the present for the act) matched no rule; "going to jump" did (review 10).
- Everyday false alarms: a printer sorted out myself, a bat taken to the park, a room locked to revise, a rescue
  from the sea.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_quiet, assert_risk

GOING_ON: list[tuple[str, RiskCategory, RiskLevel]] = [
    ("he won't stop hitting me", "abuse", "moderate"),
    ("he hasn't stopped hitting me since we got home", "abuse", "moderate"),
    ("i never stopped wanting to die", "suicide", "moderate"),
    ("I can't stop wanting to die", "suicide", "moderate"),
    ("i keep wanting to die", "suicide", "moderate"),
    ("ive been wanting to die for weeks", "suicide", "moderate"),
    ("i want to die for real this time", "suicide", "moderate"),
    ("je n'arrive pas à m'arrêter de penser à mourir", "suicide", "moderate"),
    ("je n'arrête pas de penser à mourir", "suicide", "moderate"),
    ("ich denke jeden tag daran, mich umzubringen", "suicide", "moderate"),
    ("ich werde mich heute nacht umbringen", "suicide", "high"),
    ("voy a suicidarme esta noche", "suicide", "high"),
    ("me voy a matar hoy", "suicide", "high"),
    ("quiero matarme ahora mismo", "suicide", "high"),
    ("voglio suicidarmi stanotte", "suicide", "high"),
    ("6 months since i last self harmed and i did it again tonight", "self_harm", "moderate"),
    ("2 months since my last cut but the urges are back bad", "self_harm", "moderate"),
    ("he keeps threatening my sister, ill sort him out myself", "harm_to_others", "high"),
    ("HR wont help. ill sort it out myself, she parks by the bins every night", "harm_to_others", "high"),
    ("grabbed the bat, going round his house now", "harm_to_others", "high"),
    ("locked myself in my room, hes banging on the door", "abuse", "high"),
    ("he dragged me out of the car by my hair", "abuse", "moderate"),
    ("he dragged me across the floor", "abuse", "moderate"),
    # review 10's leftovers: the present for the act itself
    ("im jumping out the window", "suicide", "imminent"),
    ("i am throwing myself off the balcony", "suicide", "imminent"),
    ("he held a gun to my head last night", "abuse", "high"),
    ("my husband held a knife to my throat", "abuse", "high"),
    ("my ex held me at knifepoint for an hour", "abuse", "high"),
    # older idioms that masked a plan or a wish that keeps coming back (r11-0221, r14-0163)
    ("ho già preparato tutto, stanotte la faccio finita con i sonniferi di mio padre", "suicide", "high"),
    ("stasera la faccio finita con le pastiglie", "suicide", "high"),
    ("every night i lie awake thinking about how i'd rather be dead than go back to that office", "suicide", "low"),
    ("id rather be dead than face them again, and it's getting louder every day", "suicide", "low"),
]

QUIET = [
    "my husband has never hit me",
    "he doesnt hit me, he just yells",
    "i stopped wanting to die after i moved out",
    "that chocolate cake is to die for",
    "j'ai arrêté de penser à mourir depuis la thérapie",
    "ich denke nicht daran, mich umzubringen",
    "ich werde mich heute nacht nicht umbringen, versprochen",
    "no voy a matarme esta noche, tranquila",
    "non voglio uccidermi stasera, voglio solo dormire",
    "it's been 6 months since I last self harmed",
    "its been 8 months since i last cut, proud of myself",
    "the printer broke again, ill sort it out myself",
    "grabbed my son's bat, going down to the park now",
    "locked myself in my room to revise all weekend",
    "he dragged me out of the sea when the waves got me",
    "my friend pulled me out of the river when i slipped",
    "im jumping out the window lol this lecture is endless",
    "im not jumping off the roof, i promise",
    "if the printer jams one more time i'm throwing myself out the window fr",
    "if i hear that jingle again im jumping off the balcony 😂",
    "in my dream he held a knife to my throat",
    "my brother pointed his water gun at my face lol",
    "my dad never held a knife to my throat, he just shouts",
    "la faccio finita con il fumo da lunedì",
    "la faccio finita con le patatine, dieta da domani",
    "id rather die than wear that dress",
    "i'd rather be dead than go to that party lol",
]


@pytest.mark.parametrize(("text", "category", "floor"), GOING_ON)
def test_risk_that_goes_on_or_names_a_time_is_read(text: str, category: RiskCategory, floor: RiskLevel) -> None:
    assert_risk(text, category, floor)


@pytest.mark.parametrize("text", QUIET)
def test_negations_pasts_and_everyday_errands_stay_quiet(text: str) -> None:
    assert_quiet(text)
