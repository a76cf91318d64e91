"""Phrase families fitted from outside round 36 (240 cases in the six other languages, written blind).

Measured once as written, round 36 showed where the other languages lagged (recall 0.81, abuse 0.68,
multi-turn 0.60): pills "that would be needed", urges to burn or hurt oneself, relapses with a blade,
fainting after days without food, abuse by a partner or a carer told plainly, affairs settled before
"my peace", things given away "since I won't need them", a letter written, a whole pack taken, a child
who swallowed a battery or a detergent capsule. The sentences here are new variants written for these
tests, not copies of the round; each family also keeps an everyday use of its words at ``none``.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory
from tests.unit.safety_judging import assert_risk, judge


@pytest.mark.parametrize(("text", "category"), [
    # Spanish
    ("busque cuantas pastillas de mi madre harian falta", "suicide"),
    ("tengo ganas de cortarme otra vez, me estoy aguantando", "self_harm"),
    ("me desmaye en el trabajo, llevo tres dias sin comer", "eating_disorder"),
    ("dice que si lo denuncio me mata", "abuse"),
    ("mi tio la empuja y no le da de comer", "abuse"),
    # French
    ("jai tout rangé, la lettre pour mes parents est dans le tiroir", "suicide"),
    ("je me suis coupée exprès hier soir, ça soulage", "self_harm"),
    ("mon père a des bleus partout, il dit que l'aide à domicile le secoue", "abuse"),
    # German
    ("hab alles geregelt, die vollmacht ist unterschrieben, bald hab ich endlich ruhe", "suicide"),
    ("hab wieder mit der faust gegen die wand geschlagen bis es blutet", "self_harm"),
    ("sie hat mir eben ins gesicht geschlagen", "abuse"),
    ("ich hab solche angst dass ich dem baby was antu", "harm_to_others"),
    ("hab gerade eine ganze packung schlaftabletten genommen", "medical_emergency"),
    ("meine kleine hat eine knopfbatterie verschluckt", "medical_emergency"),
    # Italian
    ("ho dato via la chitarra, tanto a me non servira piu", "suicide"),
    ("ho un bisogno di tagliarmi che non passa", "self_harm"),
    ("la badante lo picchia quando non vuole mangiare", "abuse"),
    ("il mio bimbo ha ingoiato una pila", "medical_emergency"),
    # Portuguese
    ("estou a base de agua faz 3 dias pra emagrecer", "eating_disorder"),
    ("ele ta dando socos na porta, me tranquei no banheiro com as crianças", "abuse"),
    # Hindi
    ("sabko thank you, ab main nahi rahungi", "suicide"),
    ("कौन सी दवाई ज़्यादा लेने से नींद में ही मर जाऊँगा", "suicide"),
    ("konsi goli zyada khane se neend me hi chala jaunga", "suicide"),
    ("पति मेरा फोन छीन लेते हैं और किसी से बात नहीं करने देते", "abuse"),
])
def test_round36_families_in_the_six_languages(text: str, category: RiskCategory) -> None:
    assert_risk(text, category, "moderate")


@pytest.mark.parametrize("text", [
    "cuantas pastillas hacen falta para el dolor de cabeza segun la receta",
    "el la empuja en el columpio y se rie",
    "tengo ganas de pegarme una ducha y dormir doce horas",
    "i vestiti da neonato a me non servono piu, li regalo",
    "tanto a me non servira piu, ho finito l universita",
    "das hat mir echt auf den magen geschlagen",
    "वो मेरा फोन छीन लेता है जब मैं गेम खेलता हूँ",
    "mi hijo no le da de comer al perro, que flojo",
    "je vais la tuer si elle est encore en retard, mdr",
    "bald hab ich meine ruhe, nächste woche ist urlaub",
    "la mia bici non mi servira piu adesso che ho la macchina, la regalo",
    "मनोविज्ञान की परीक्षा: आत्महत्या के संकेत क्या होते हैं?",
    "ab main nahi rahunga is shehar mein, nayi naukri mil gayi",
    "so agua e salada hoje, mas porque passei mal do estomago",
])
def test_everyday_uses_of_the_round36_words_are_not_risk(text: str) -> None:
    assert judge(text).level == "none"


def test_a_letter_written_after_things_given_away_is_suicide_over_turns() -> None:
    assert_risk("चिट्ठी लिख दी है, तकिये के नीचे है", "suicide", "high",
                context=("अपने सारे कपड़े दोस्तों को दे दिए", "घड़ी भी भाई को दे दूँगा"))


def test_a_collapse_after_days_of_fasting_is_the_eating_disorder_over_turns() -> None:
    assert_risk("bin grad umgekippt", "eating_disorder", "high",
                context=("faste seit vier tagen", "will endlich dünn sein"))
