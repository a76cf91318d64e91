"""The learned head loads from the package, gives probabilities, and only ever adds a low check-in."""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources

import numpy as np
import pytest

from attune.safety import features
from attune.safety.classifier import (
    EMBEDDING_HEADS,
    HEAD_FILE,
    Head,
    choose_head,
    fits_shipped_encoder,
    load_heads,
    opinion,
    probabilities,
    shipped_encoder_sha256,
)
from attune.safety.detector import SafetyDetector


def _head(emb_dim: int = 0) -> Head:
    k = 7
    emb = np.zeros((k, emb_dim), np.float32) if emb_dim else None
    return Head(("none", "suicide", "self_harm", "harm_to_others", "abuse", "medical_emergency", "eating_disorder"),
                np.zeros((k, features.DIM), np.float32), np.zeros(k, np.float32), 0.9, emb)


def test_the_shipped_head_loads_and_its_probabilities_sum_to_one() -> None:
    heads = load_heads()
    assert "ngram" in heads
    probs = probabilities(heads["ngram"], "i feel fine today")
    assert abs(sum(probs.values()) - 1.0) < 1e-5


def test_hashed_features_are_stable_and_normalised() -> None:
    idx, val = features.hashed("i want to die")
    again_idx, again_val = features.hashed("i want to die")
    assert np.array_equal(idx, again_idx) and np.allclose(val, again_val)
    assert abs(float(np.linalg.norm(val)) - 1.0) < 1e-5


def test_the_embedding_head_is_used_only_when_the_embedding_fits() -> None:
    heads = {"ngram": _head(), "ngram_embedding": _head(384)}
    assert choose_head(heads, [0.0] * 384) is heads["ngram_embedding"]
    assert choose_head(heads, ()) is heads["ngram"]
    only_ngram = {"ngram": _head()}
    assert choose_head(only_ngram, [0.0] * 384) is only_ngram["ngram"]


def test_an_unsure_head_raises_nothing() -> None:
    assert not opinion(_head(), "i want to die").confident


def test_the_head_never_overrides_a_framing_the_rules_found() -> None:
    certain = _head()
    certain.bias[1] = 50.0  # a head that calls everything suicide
    detector = SafetyDetector(heads={"ngram": certain})
    assert detector.assess("this deadline is killing me").level == "none"
    assert detector.assess("I had a lovely lunch").level == "low"


def _embedding_only_head(sha: str) -> Head:
    k = 7
    weights = np.zeros((k, 4), np.float32)
    weights[3, 0] = 8.0  # the first embedding dimension speaks for harm to others
    bias = np.zeros(k, np.float32)
    bias[0] = 4.0  # and without it, nothing is wrong
    return Head(("none", "suicide", "self_harm", "harm_to_others", "abuse", "medical_emergency", "eating_disorder"),
                np.zeros((k, 0), np.float32), bias, 0.5, weights, encoder_sha256=sha)


def test_an_embedding_only_head_reads_the_embedding_and_not_the_words() -> None:
    head = _embedding_only_head(shipped_encoder_sha256())
    assert opinion(head, "i feel fine today", [1.0, 0.0, 0.0, 0.0]).category == "harm_to_others"
    assert opinion(head, "i feel fine today", [1.0, 0.0, 0.0, 0.0]).confident
    assert not opinion(head, "i want to hurt him", [0.0, 0.0, 0.0, 0.0]).confident


def test_the_embedding_head_is_preferred_when_there_is_an_embedding() -> None:
    heads = {"ngram": _head(), "embedding": _embedding_only_head(shipped_encoder_sha256())}
    assert choose_head(heads, [0.0] * 4) is heads["embedding"]
    assert choose_head(heads, ()) is heads["ngram"]


def test_an_embedding_head_trained_on_another_encoder_is_not_used() -> None:
    assert fits_shipped_encoder(_embedding_only_head(shipped_encoder_sha256()))
    assert not fits_shipped_encoder(_embedding_only_head("0" * 64))
    assert fits_shipped_encoder(_head())  # the n-gram head needs no encoder


def test_the_shipped_embedding_head_belongs_to_the_shipped_encoder() -> None:
    stored = json.loads(resources.files("attune.safety.model").joinpath(HEAD_FILE).read_text("utf-8"))
    for name in EMBEDDING_HEADS:
        if name in stored["heads"]:
            assert stored["heads"][name]["encoder_sha256"] == shipped_encoder_sha256(), (
                f"retrain the {name!r} safety head after the encoder (attune.safety.training.encoder_head)")


def _head_that_knows(word: str) -> Head:
    """A head that calls one made-up word suicide risk and is unsure of everything else."""
    head = _head()
    idx, _ = features.hashed(word)
    head.weights[1, idx] = 60.0
    return head


def test_risk_the_rules_missed_in_an_earlier_message_still_gets_a_check_in() -> None:
    detector = SafetyDetector(heads={"ngram": _head_that_knows("qqxjjzzq")})
    later = detector.assess("ok thanks, talk tomorrow", context=("qqxjjzzq", "the bus was late again"))
    assert later.level == "low" and later.category == "suicide"
    assert later.reasons == ("classifier:check_in_earlier",)
    calm = detector.assess("ok thanks, talk tomorrow", context=("I had a lovely lunch",))
    assert calm.level == "none"


def test_an_earlier_message_never_overrides_a_framing_in_the_last_one() -> None:
    detector = SafetyDetector(heads={"ngram": _head_that_knows("qqxjjzzq")})
    assert detector.assess("this deadline is killing me", context=("qqxjjzzq",)).level == "none"


def test_where_the_encoder_classifier_is_unsure_the_head_still_has_its_say() -> None:
    from attune.safety.classifier import Opinion

    class Unsure:
        def opinions(self, normalised_texts: Sequence[str]) -> list[Opinion]:
            return [Opinion(p_risk=0.0, category="suicide", confident=False) for _ in normalised_texts]

    detector = SafetyDetector(heads={"ngram": _head_that_knows("qqxjjzzq")}, encoder=Unsure())
    risk = detector.assess("qqxjjzzq")
    assert (risk.level, risk.category, risk.reasons) == ("low", "suicide", ("classifier:check_in",))


def test_a_long_last_statement_that_explains_itself_quiets_the_check_in_on_an_earlier_one() -> None:
    detector = SafetyDetector(heads={"ngram": _head_that_knows("qqxjjzzq")})
    explained = "i meant the board game we play on fridays with my cousins, it went fine in the end"
    assert detector.assess(explained, context=("qqxjjzzq",)).level == "none"


@pytest.mark.parametrize("last", [
    "do you think the bus that goes past the old quarry road still runs late at night on a sunday?",
    "work was awful again, my manager shouted at me in front of everyone and then the train was cancelled",
    "lol spent the afternoon cleaning the flat top to bottom and cancelling my subscriptions so nobody has to",
])
def test_a_long_question_a_rant_or_tidying_up_still_gets_the_check_in(last: str) -> None:
    detector = SafetyDetector(heads={"ngram": _head_that_knows("qqxjjzzq")})
    assert detector.assess(last, context=("qqxjjzzq",)).reasons == ("classifier:check_in_earlier",)


def test_relief_in_the_last_message_quiets_the_check_in_on_an_earlier_one() -> None:
    detector = SafetyDetector(heads={"ngram": _head_that_knows("qqxjjzzq")})
    assert detector.assess("the scan came back clear, thank god", context=("qqxjjzzq",)).level == "none"
    assert detector.assess("he just texted hes on his way home lol", context=("qqxjjzzq",)).level == "low"
