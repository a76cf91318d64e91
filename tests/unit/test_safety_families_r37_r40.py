"""Phrase families fitted from outside rounds 37-40.

All four rounds were written blind and measured once before fitting. Round 37 (English): recall 0.90,
medical emergencies 0.81. Round 38 (conversations): recall 0.946, false alarms 0.244 on conversations
whose last message settles a dark start. Round 39 (the six other languages): recall 0.776, abuse 0.63.
Round 40 (English voices from five countries): recall 0.86, medical emergencies 0.67, false alarms 0.23.
The sentences here are new variants written for these tests, not copies of the rounds: a hypo with
muddled thinking, heavy bleeding in pregnancy, a swallowed button battery, a throat closing after nuts,
"took them, all of them", a long seizure, a snake bite, blood like coffee grounds; a stockpile and a
question about taking it with drink, a target's schedule, pet provision before a weekend, a goodbye to
the app, a rope that snapped; a burn in a bath too hot to bear; and in other languages a rope set aside
in Portuguese, a weapon waiting in the car in Spanish, a husband back at the door in Hindi, a fall and no
answer in Italian, a locked-in child in French, the worst headache of a life in German. Everyday uses of
the same words stay at ``none``, and a past told as past in the six other languages is now read as past,
as the English always was, including beside a good present ("today I'm married").
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from attune.safety.framing import settles
from attune.safety.normalise import normalise
from tests.unit.safety_judging import assert_risk, judge

# ---------------------------------------------------------------- medical emergencies in lay words


@pytest.mark.parametrize("text", [
    "im type 1 and ive gone shaky and sweaty, feel really muddled and cant find any glucose",
    "diabetic here, trembling all over and my vision is going blurry, cant think straight",
    "28 weeks pregnant and theres loads of blood, its not stopping",
    "im pregnant and ive soaked through a pad in a few minutes",
    "my toddler has swallowed a button battery from the remote, what do i do",
    "my son swallowed two magnets from his building set",
    "lips swelling and my throat is closing up, had a satay with peanuts and no epipen with me",
    "i took them. every single one. feel dizzy",
])
def test_lay_words_for_an_emergency_happening_now_are_an_emergency(text: str) -> None:
    assert_risk(text, "medical_emergency", "imminent")


def test_a_cut_that_will_not_stop_bleeding_with_faintness_is_an_emergency_across_messages() -> None:
    assert_risk("now im really lightheaded", "medical_emergency", "imminent",
                context=("went too deep this time", "cut deeper than i meant and it wont stop bleeding"))


@pytest.mark.parametrize("text", [
    "what happens if a child swallows a button battery? asking for a first aid course",
    "my throat feels like its closing when i cry, is that anxiety",
    "type 1 diabetic, bit shaky before lunch, had some juice and feel fine now",
    "took them all to the park this afternoon, the kids loved it",
    "when i was pregnant with my first there was so much blood at the birth, all fine though",
])
def test_everyday_uses_of_the_medical_words_are_not_risk(text: str) -> None:
    assert judge(text).level == "none", judge(text)


# ---------------------------------------------------------------- suicide and self-harm, told sideways


@pytest.mark.parametrize(("text", "context", "category"), [
    ("do they work faster if you have them with vodka",
     ("everyone would be better off", "ive built up a decent stash of my sleeping pills"), "suicide"),
    ("will my cat be alright on her own until someone finds her",
     ("im so tired", "ive made my mind up, tomorrow"), "suicide"),
    ("wont be needing the app after friday. thank you for listening x", (), "suicide"),
    ("i cancelled my phone contract and the gym, no point paying for stuff im not going to use", (), "suicide"),
    ("where can i get razor blades on their own",
     ("im so angry i could scream", "i used to cut when i felt like this"), "self_harm"),
    ("the sharpener blade is on my desk and i cant stop looking at it",
     ("six weeks clean", "not coping at all"), "self_harm"),
    ("ran the shower hotter than i can stand, going in now", ("i deserve to hurt",), "self_harm"),
    ("how far down is it from the top of the quarry",
     ("lost my job, lost my home", "theres no way back from this"), "suicide"),
    ("what time does the last train come through", ("part of me wants to just not step back",), "suicide"),
])
def test_risk_told_sideways_is_risk(text: str, context: tuple[str, ...], category: RiskCategory) -> None:
    assert_risk(text, category, "high", context=context)


def test_a_passive_wish_about_a_bus_is_a_gentle_check_in() -> None:
    assert_risk("some days i wish a bus would just hit me on the way in", "suicide", "low")


@pytest.mark.parametrize("text", [
    "need to cut my own fringe tonight, any tips",
    "sorting out my will this week, the solicitor said everyone should do it",
    "we wrote letters for the time capsule the school is burying",
    "bought more plasters than any normal person needs for the first aid kit at the festival",
])
def test_everyday_uses_of_the_suicide_and_self_harm_words_are_not_risk(text: str) -> None:
    assert judge(text).level == "none", judge(text)


# ---------------------------------------------------------------- harm to others and abuse


@pytest.mark.parametrize(("text", "context", "category", "floor"), [
    ("got her routine and gym times written down, just need to pick the day",
     ("shes going to be sorry",), "harm_to_others", "high"),
    ("were gonna jump jayden after school tomorrow", (), "harm_to_others", "high"),
    ("my boyfriend just messaged 'youre dead when i get home'", (), "abuse", "high"),
    ("next time i see him im breaking his nose", ("he stole from me again",), "harm_to_others", "high"),
    ("its saturday. the knife is in my coat", ("i know where he drinks",), "harm_to_others", "high"),
    ("whats the sentence for arson if the house is empty", ("ill make him pay for this",), "harm_to_others", "high"),
])
def test_threats_with_a_target_are_harm_or_abuse(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel,
) -> None:
    assert_risk(text, category, floor, context=context)


def test_not_wanting_to_die_does_not_make_work_a_crime_scene() -> None:
    context = ("ive been crying in the work toilets every day", "i dont want to kill myself, i just want a break")
    risk = judge("how do i ask for time off", context=context)
    assert risk.category != "harm_to_others", risk


# ---------------------------------------------------------------- other languages


@pytest.mark.parametrize(("text", "context", "category", "floor"), [
    ("ja peguei a corda", (), "suicide", "high"),
    ("ele saiu. tchau", ("ja separei a corda", "vai ser hoje quando ele sair"), "suicide", "imminent"),
    ("e normal ele fazer isso?",
     ("meu marido mexe no meu celular", "e nao me deixa sair com as amigas"), "abuse", "moderate"),
    ("amanha eu levo a faca pra escola", (), "harm_to_others", "high"),
    ("sale a las 9. ya tengo el machete en el carro", ("se donde trabaja",), "harm_to_others", "imminent"),
    ("vo aa gaya, darwaza khul raha hai", ("mera pati roz maarta hai",), "abuse", "imminent"),
    ("adesso non risponde piu", ("mia madre e caduta", "ha battuto la testa"), "medical_emergency", "imminent"),
])
def test_the_same_families_in_other_languages(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel,
) -> None:
    assert_risk(text, category, floor, context=context)


@pytest.mark.parametrize("text", [
    "hace tres años pensé en quitarme la vida, ahora estoy bien",
    "il y a deux ans j'ai voulu me tuer. je vais mieux",
    "l'anno scorso volevo morire, ora sto bene",
    "ano passado pensei em me matar, agora estou bem",
    "pichle saal marne ke khayal aate the, ab main theek hoon",
])
def test_a_past_told_as_past_in_other_languages_is_not_risk(text: str) -> None:
    assert judge(text).level == "none", judge(text)


@pytest.mark.parametrize("text", [
    "hace dos años intenté quitarme la vida y anoche lo intenté otra vez",
    "letztes Jahr wollte ich mich umbringen und heute wieder",
    "l'année dernière je me scarifiais, et ce soir je me suis scarifiée encore",
])
def test_a_past_that_is_back_now_stays_risk(text: str) -> None:
    assert judge(text).level != "none", judge(text)


def test_a_school_part_is_not_being_touched() -> None:
    assert judge("me toca la parte de puentes y barreras en el trabajo de clase").category != "abuse"


# ---------------------------------------------------------------- a last message that settles


@pytest.mark.parametrize("message", [
    "of the high dive at the pool, my son dared me. such a relief to be on the ground",
    "mums having the baby tonight so i can finally sleep, thank god",
    "that was 8 years ago though, im safe and in a good place",
])
def test_relief_in_the_last_message_settles_the_conversation(message: str) -> None:
    assert settles(normalise(message))


@pytest.mark.parametrize("message", [
    "lol",
    "jk lol never mind",
    "he just texted hes on his way home lol",
    "thank god, tonight i finally end it",
])
def test_laughter_a_bare_jk_or_a_risk_cue_settles_nothing(message: str) -> None:
    assert not settles(normalise(message))


# ---------------------------------------------------------------- found in review (232 probes, old vs new)


@pytest.mark.parametrize("text", [
    "hace tres meses que me corto todos los dias",
    "desde hace dos anos pienso en matarme casi cada noche",
    "ha dois meses que me corto e nao consigo parar",
    "desde o ano passado ele me bate quando bebe",
    "pichle saal se mera pati mujhe maarta hai",
    "hace dos anos mi padrastro abuso de mi y sigue viniendo a casa",
    "due anni fa ho tentato il suicidio e ci penso ogni giorno",
    "years ago i tried to kill myself. today im a mess and thinking about it constantly",
    "when i was 15 i tried to hang myself. today i have a rope in the car",
])
def test_something_that_started_in_the_past_and_goes_on_is_not_past(text: str) -> None:
    assert judge(text).level != "none", judge(text)


@pytest.mark.parametrize("text", [
    "hammer's in my bag, fixing her shelves today",
    "knife is in my bag for the picnic, she said bring a cheese board",
    "i gave the baby a dummy and it shut her up for good, finally sleeping",
    "id rather do it myself before they can, the decorators quoted 3k",
    "part of me wants to just not step back from this job offer",
    "cancelled the gym, no point paying for stuff im not going to use, ill run outside instead",
    "i know his shift pattern so i can get him back with a prank",
])
def test_everyday_sentences_the_first_families_raised(text: str) -> None:
    assert judge(text).level == "none", judge(text)


def test_a_bath_too_hot_said_with_a_laugh_after_deserving_a_medal_is_not_self_harm() -> None:
    risk = judge("ran the bath hotter than i can stand lol, gonna let it cool", context=("i deserve a medal today",))
    assert risk.category != "self_harm", risk


@pytest.mark.parametrize("message", [
    "hes asleep now thank god, ill deal with it tomorrow",
    "phew, hes gone out for the night, i feel so much better now",
    "did it, all sorted, feel so much better",
    "thank god i finally have the house to myself this weekend",
])
def test_relief_that_someone_is_away_or_a_thing_is_sorted_settles_nothing(message: str) -> None:
    assert not settles(normalise(message))


def test_for_ten_years_in_portuguese_is_not_a_past() -> None:
    risk = judge("cuido da minha mae ha 8 anos e as vezes penso em me matar pra acabar com tudo")
    assert risk.category == "suicide", risk


def test_a_rope_for_abseiling_is_not_a_rope_set_aside() -> None:
    assert judge("comprei uma corda nova pro rapel de domingo, 11mm serve?").level == "none"


# ---------------------------------------------------------------- rounds 39 and 40


@pytest.mark.parametrize(("text", "context", "category", "floor"), [
    ("my nan collapsed in the garden, she dey breathe but she no dey answer", (), "medical_emergency", "imminent"),
    ("my brother's been fitting on the floor for 7 minutes and it won't stop", (), "medical_emergency", "imminent"),
    ("dad got bitten by a snake by the woodpile and says his arm feels numb and heavy",
     (), "medical_emergency", "imminent"),
    ("grandad keeps throwing up what looks like coffee grounds and he's gone pale and dizzy",
     (), "medical_emergency", "imminent"),
    ("it's spurting and won't stop even with pressure on it", ("went too deep",), "medical_emergency", "imminent"),
    ("the belt snapped on friday so here i am, back at work like nothing happened", (), "suicide", "high"),
    ("standing here looking at the river from the bridge now",
     ("got sacked today", "owe everyone money"), "suicide", "high"),
    ("does the train go through the level crossing by the farm late at night",
     ("i can't face my family", "i'm just a disappointment"), "suicide", "high"),
    ("told mum i had breakfast. i didn't, and i binned my lunch too", (), "eating_disorder", "moderate"),
    ("smacked my legs with the hockey stick til they bled, deserved it after that match", (), "self_harm", "moderate"),
])
def test_round_40_families(text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel) -> None:
    assert_risk(text, category, floor, context=context)


@pytest.mark.parametrize(("text", "context", "category", "floor"), [
    ("dopo cena vado in bagno senza fare rumore cosi non mi sentono",
     ("mi sento in colpa", "devo rimettere tutto"), "eating_disorder", "high"),
    ("il mio compagno sta picchiando mio figlio adesso", (), "abuse", "imminent"),
    ("ho la scatola delle pillole della nonna in mano", ("non ce la faccio piu",), "suicide", "high"),
    ("mein sohn (2) hat spülmaschinentabs verschluckt und weint", (), "medical_emergency", "imminent"),
    ("mon beau-père vient dans ma chambre la nuit, il dit que c'est notre secret", (), "abuse", "high"),
    ("ma belle-mère a enfermé mon petit frère dans la cave depuis hier, il pleure", (), "abuse", "imminent"),
    ("es su coche, esta parado enfrente mirando para mi ventana",
     ("mi ex salio de la carcel", "sabe donde vivo"), "abuse", "imminent"),
    ("pesquisei qual remedio mata mais rapido", (), "suicide", "high"),
    ("meu filho engoliu uma tampinha e ta ficando roxo", (), "medical_emergency", "imminent"),
    ("pati phir se maar raha hai belt se, bachche ro rahe hai", (), "abuse", "imminent"),
    ("कुल्हाड़ी तेज़ कर ली है, वो रात को लौटेगा", (), "harm_to_others", "high"),
])
def test_round_39_families(text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel) -> None:
    assert_risk(text, category, floor, context=context)


@pytest.mark.parametrize("text", [
    "ten years since my attempt today. i'm married now and grateful",
    "hace 6 años intenté quitarme la vida. hoy me recibí de maestra",
    "em 2018 tentei me matar. hoje estou bem e casada",
    "दो साल पहले मैं खुद को चोट पहुँचाती थी, अब बेहतर हूँ, आज नौकरी लग गई",
    "my sister overdosed last year. today she's eight months clean and so happy",
])
def test_a_past_beside_a_good_present_is_not_risk(text: str) -> None:
    assert judge(text).level == "none", judge(text)


@pytest.mark.parametrize("text", [
    "ten years since my attempt today and i want to do it again",
    "hace 6 años intenté quitarme la vida y hoy lo voy a hacer otra vez",
    "in 2019 i overdosed. today i have the pills in my hand",
])
def test_a_past_beside_danger_today_stays_risk(text: str) -> None:
    assert judge(text).level != "none", judge(text)


@pytest.mark.parametrize("text", [
    "does the train still go through the level crossing after midnight? driving home from my shift",
    "the hammock rope snapped on saturday so here i am with a bruised bum",
])
def test_everyday_uses_of_the_round_40_words_are_not_risk(text: str) -> None:
    assert judge(text).level == "none", judge(text)


@pytest.mark.parametrize(("text", "category"), [
    ("pati ne phone chheen liya aur maayke baat karne nahi dete", "abuse"),
    ("kal saas ne kerosene ki bottle dikhayi, dahej ke liye", "abuse"),
])
def test_hindi_ne_marks_who_did_it_and_negates_nothing(text: str, category: RiskCategory) -> None:
    assert judge(text).category == category, judge(text)


@pytest.mark.parametrize("text", ["je ne veux pas mourir", "je ne me suis jamais coupée"])
def test_french_ne_with_its_partner_still_negates(text: str) -> None:
    assert judge(text).level == "none", judge(text)


def test_a_cousins_self_harm_at_college_told_in_hindi_past_is_not_risk() -> None:
    assert judge("meri behen ne school me self harm kiya tha, ab wo doctor hai").level == "none"
