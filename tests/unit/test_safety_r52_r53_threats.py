"""Rounds 52-53: harm to others and abuse the rules let go, mostly in other languages, each fitted as a family.

- fr: a partner behind the door saying he will kill her (r52-0018): "derriere la porte" is now a sign of danger now
  in fr_kill_sign, so fr.abuse.kill_me_now reads it and the idiom mask ("va me tuer si ...") no longer hides it.
- fr: a threat to hurt someone with the way already chosen (fr.harm_to_others.hurt_how_chosen_r52, r52-0047).
- fr: a knife carried in the bag and the target waited for at the gate or a time (fr.harm_to_others.armed_waiting_r52,
  r52-0141).
- pt: a gun taken from a relative, in the school bag, "tomorrow they'll see"
  (pt.harm_to_others.gun_in_bag_they_will_see_r52, r52-0006).
- es: a knife in hand and the abuser asleep after years of blows (es.harm_to_others.knife_in_hand_asleep_r52, r52-0056).
- es: a partner who screams, insults and belittles in front of others, "doesn't hit me but"
  (es.abuse.partner_degrades_r52, r52-0049).
- it: a child told by a parent to say they fell, with bruises seen (it.abuse.told_to_say_fell_r52, r52-0050).
- hi: a husband or parent who hit again and is still shouting, children crying
  (hi.abuse.hit_still_raging_r52, r52-0079).
- de: a partner's threat to set the writer on fire or kill them (de.abuse.threatened_fire_or_kill_r52, r52-0112).
- de: an urge to go and hit someone, resisted (de.harm_to_others.urge_to_hit_r53, r53-0210): low.
- en: a passing urge to shove or hit someone, walked off (harm_to_others.urge_shove_walked_off_r52, r52-0170): low.

Each family needs the telling combination (a weapon AND a target AND a time or place; a threat AND a sign it is
happening now; an urge AND a person AND the walking away), so the everyday sentences that share its words stay none.
The sentences were written for these tests, not copied from any eval/safety set.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]
Harmless = tuple[str, tuple[str, ...]]

RISK: list[Case] = [
    # r52-0018 (fr): a partner behind the door threatening to kill
    (
        "je fais quoi? j'ai trop peur",
        ("on s'est engueulés", "il attend derrière la porte, il dit qu'il va me tuer si j'ouvre pas"),
        "abuse",
        "imminent",
    ),
    ("mon copain va me tuer, il est derrière la porte", (), "abuse", "imminent"),
    ("mon mari est toujours derrière la porte de la chambre, il va me tuer si je sors", (), "abuse", "imminent"),
    ("il a dit qu'il allait me tuer, il reste derrière la porte", (), "abuse", "imminent"),
    ("aidez moi", ("mon ex est derrière ma porte et il dit qu'il va me tuer",), "abuse", "imminent"),
    # r52-0047 (fr): a threat to hurt someone with the how chosen
    (
        "si mon collègue me rabaisse encore une fois je vais lui faire du mal, je sais déjà comment",
        (),
        "harm_to_others",
        "high",
    ),
    ("le prochain qui raye ma voiture je lui fais la peau, j'ai déjà décidé comment", (), "harm_to_others", "high"),
    ("s'il recommence je le tue, j'ai tout prévu comment", (), "harm_to_others", "high"),
    ("j'ai déjà choisi comment je vais lui faire du mal à ce connard de voisin", (), "harm_to_others", "high"),
    (
        "si mon beau frere crie encore sur ma soeur je lui fais tres mal, je sais exactement avec quoi",
        (),
        "harm_to_others",
        "high",
    ),
    # r52-0141 (fr): a knife in the bag and the target waited for
    (
        "il finit à 17h, je l'attends devant le lycée",
        ("il se fout de moi depuis des mois", "j'ai pris le couteau de mon père dans mon sac"),
        "harm_to_others",
        "imminent",
    ),
    ("j'ai mis un couteau dans ma poche. je l'attends à la sortie ce soir", (), "harm_to_others", "imminent"),
    ("j'ai planqué un cutter dans mon cartable, demain je la guette à la grille", (), "harm_to_others", "imminent"),
    ("je vais le choper au parking", ("jai glisse le couteau de cuisine dans ma veste",), "harm_to_others", "imminent"),
    ("j'ai embarqué une lame dans mon sac a dos, je l'attendrai apres les cours", (), "harm_to_others", "imminent"),
    # r52-0006 (pt): a gun in the school bag, "they'll see"
    (
        "amanha eles vao ver",
        ("os meninos da sala me zoam todo dia", "peguei o revolver do meu pai e coloquei na mochila"),
        "harm_to_others",
        "imminent",
    ),
    (
        "segunda de manha vai todo mundo ver",
        ("todo mundo me humilha no colegio", "o revolver do meu padrasto ta na minha mochila"),
        "harm_to_others",
        "imminent",
    ),
    (
        "amanha cedo acabou pra eles",
        ("a turma inteira ri de mim", "escondi a arma do meu tio na mochila"),
        "harm_to_others",
        "imminent",
    ),
    (
        "peguei a faca da cozinha e botei na mochila, amanha na saida esses moleques vao pagar",
        (),
        "harm_to_others",
        "imminent",
    ),
    ("to com a pistola do meu avo no bolso, hoje no recreio ninguem mais vai rir", (), "harm_to_others", "imminent"),
    # r52-0056 (es): a knife in hand, the abuser asleep
    (
        "esta vez se termina",
        ("quince años de palizas", "tengo la navaja en la mano y mi marido está roncando en la cama"),
        "harm_to_others",
        "imminent",
    ),
    (
        "me ha pegado durante años. ahora mi marido está dormido y tengo la navaja en la mano. esta vez se acaba",
        (),
        "harm_to_others",
        "imminent",
    ),
    (
        "agarré el cuchillo en la mano, él sigue dormido en el sillón. ya no más",
        ("me golpea desde hace años",),
        "harm_to_others",
        "imminent",
    ),
    (
        "mi padrastro está borracho tirado en el suelo y tengo el cuchillo en mi mano, me las va a pagar",
        (),
        "harm_to_others",
        "imminent",
    ),
    (
        "ella se durmió y tengo el cuchillo en la mano. nunca más",
        ("me maltrata cada noche",),
        "harm_to_others",
        "imminent",
    ),
    # r52-0049 (es): a partner who screams, insults and belittles
    (
        "mi esposo me humilla delante de su familia y me dice que no valgo nada, nunca me ha pegado pero",
        (),
        "abuse",
        "moderate",
    ),
    ("mi pareja me insulta todo el tiempo y me dice que nadie mas me va a querer", (), "abuse", "moderate"),
    ("mi novio me llama gorda delante de sus amigos y se rien", (), "abuse", "moderate"),
    ("mi mujer me ridiculiza en publico, no me toca pero me hace sentir una basura", (), "abuse", "moderate"),
    ("mi novia me grita frente a todos y me repite que soy un inutil", (), "abuse", "moderate"),
    # r52-0050 (it): a child told to say they fell
    (
        "papà torna alle otto",
        ("ho 10 anni", "la prof ha visto i segni sul braccio e mamma mi ha detto di dire che sono caduta"),
        "abuse",
        "high",
    ),
    ("mio padre mi ha detto di dire che sono caduta dalle scale, ma i lividi sono suoi", (), "abuse", "high"),
    (
        "ho 9 anni e papa mi dice di dire a scuola che mi sono fatto male giocando, ho lividi dappertutto",
        (),
        "abuse",
        "high",
    ),
    (
        "il compagno di mia madre vuole che dica alla maestra che sono inciampato, ho un occhio nero",
        (),
        "abuse",
        "high",
    ),
    ("mi hanno detto di raccontare che sono scivolata in bagno, ma le botte me le danno loro", (), "abuse", "high"),
    # r52-0079 (hi): hit again, still raging now
    ("mere husband ne aaj phir maara, abhi bhi chilla raha hai", (), "abuse", "imminent"),
    ("papa ne mummy ko phir maara, bacche ro rahe hain, abhi bhi gaali de rahe hain", (), "abuse", "imminent"),
    ("pati ne thappad mara aur ab bhi darwaza peet raha hai", (), "abuse", "imminent"),
    ("shohar ne dhakka diya, abhi tak cheekh raha hai bahar 😢", (), "abuse", "imminent"),
    ("usne phir se maara yaar, bachhe dar gaye hai, bachao", (), "abuse", "imminent"),
    # r52-0112 (de): a partner's threat to burn or kill the writer
    ("meine frau droht mir, mich anzuzünden, wenn ich gehe", (), "abuse", "high"),
    (
        "mein freund hat gedroht, mir die kinder wegzunehmen und mich abzufackeln, falls ich ihn anzeige",
        (),
        "abuse",
        "high",
    ),
    ("sie hat mir geschrieben, sie wird die wohnung und mich anzünden wenn ich ausziehe", (), "abuse", "high"),
    ("mein ex hat gedroht, mich nachts abzustechen, wenn ich zum jugendamt gehe", (), "abuse", "high"),
    ("er drohte, das haus zu verriegeln und mich zu verbrennen, wenn ich die polizei rufe", (), "abuse", "high"),
    # r53-0210 (de): an urge to hit, resisted
    ("ich hatte den drang, meinem chef eine reinzuhauen, hab es aber nicht gemacht", (), "harm_to_others", "low"),
    ("ich wollte ihm so gern eine reinhauen, bin aber rausgegangen", (), "harm_to_others", "low"),
    ("hatte lust, den typen zu schubsen, bin aber weitergegangen", (), "harm_to_others", "low"),
    (
        "der impuls, ihr eine zu scheuern, war stark. ich bin spazieren gegangen",
        ("meine schwester hat mich wieder vor allen blossgestellt",),
        "harm_to_others",
        "low",
    ),
    (
        "ich hätte meinem bruder am liebsten eine geknallt. wollte ihm eine verpassen, habs gelassen",
        (),
        "harm_to_others",
        "low",
    ),
    # r52-0170 (en): a passing urge to shove or hit, walked off
    ("wanted to shove my brother so bad but i left the room", (), "harm_to_others", "low"),
    (
        "had this flash of wanting to punch the guy at the bar, walked off and felt weird after",
        (),
        "harm_to_others",
        "low",
    ),
    ("almost smacked the dude who took my parking spot, stopped myself tho", (), "harm_to_others", "low"),
    (
        "split second urge to push that woman in the queue haha. just left the shop, felt bad",
        (),
        "harm_to_others",
        "low",
    ),
    ("came close to decking my flatmate tonight, held myself back and took a breath", (), "harm_to_others", "low"),
]

HARMLESS: list[Harmless] = [
    # fr door: a sister or a parent at the bathroom door, someone waiting while the writer gets ready, a film
    ("ma soeur va me tuer si je sors pas de la salle de bain, elle est derrière la porte", ()),
    ("mon copain va me tuer, il est derrière la porte et je suis toujours pas prête", ()),
    ("ma mère va me tuer, elle est derrière la porte depuis 20 minutes", ()),
    ("le livreur est derrière la porte, j'ai peur des chiens du voisin", ()),
    ("il y a un chat derrière la porte", ()),
    ("dans le film il est derrière la porte avec un masque", ()),
    ("mon coloc attend derrière la porte des toilettes", ()),
    ("le prof va me tuer si je rends pas le devoir, il est derrière la porte de la classe", ()),
    # fr how chosen: a surprise, a game boss, a massage, a plan for a party
    ("je lui fais une surprise pour son anniversaire, j'ai déjà choisi comment", ()),
    ("je sais comment le tuer, ce boss final, faut l'attaquer par derrière", ()),
    ("je lui fais mal quand je le masse, je sais pas comment faire", ()),
    ("j'ai déjà choisi comment décorer le salon", ()),
    ("je lui fais plaisir ce soir, je sais exactement comment", ()),
    ("dans le roman il la tue et il sait comment cacher le corps", ()),
    ("je sais comment il s'est fait mal au genou", ()),
    ("si ma voisine touche encore à mes poubelles je vais lui écrire un mot", ()),
    # fr knife and waiting: a picnic, a cake, a friend met at the gate, a cinema
    ("j'ai pris un opinel dans mon sac pour le pique-nique, je l'attends au portail à 16h", ()),
    ("j'ai mis un couteau dans mon sac pour couper le gâteau, je l'attends à la sortie", ()),
    ("je l'attends au portail à 16h, on va au cinéma", ()),
    ("j'ai mis mon couteau suisse dans mon sac pour le camping, je t'attends à 8h", ()),
    ("elle sort de cours à 16h, je l'attends au portail avec des fleurs", ()),
    ("j'ai pris ma gourde dans mon sac, je l'attends à la sortie", ()),
    ("j'ai mis le couteau à pain dans mon sac pour la rando, je l'attends à la gare demain", ()),
    ("le couteau est dans le tiroir, je t'attends pour dîner à 20h", ()),
    # pt gun in bag: a water pistol, a cake, fishing, a surprise, a game
    ("peguei a pistola de agua do meu primo, ta na mochila, amanha eles vao ver kkkk", ()),
    ("coloquei a faca na mochila pra cortar o bolo, amanha todo mundo vai ver a surpresa", ()),
    ("peguei o canivete do meu avo pra pescaria, ta na mochila, amanha cedo eles vao ver o rio", ()),
    ("peguei o caderno do meu tio, ta na mochila, amanha eles vao ver meu desenho", ()),
    ("no free fire peguei a arma do inimigo, amanha eles vao ver", ()),
    ("a arma do meu tio e de airsoft, ta na mochila, amanha eles vao ver no campo", ()),
    ("amanha cedo eles vao ver o resultado da prova", ("todo mundo ri de mim na escola",)),
    ("meu tio e policial, a arma dele fica no cofre", ()),
    # es knife asleep: cooking, a baby, carving, a film
    (
        "tengo el cuchillo en la mano para picar cebolla y él está dormido en el sofá, esta vez se acaba la paciencia",
        (),
    ),
    ("tengo el cuchillo en la mano y el bebé está dormido, por fin", ()),
    ("tengo la navaja en la mano tallando madera y el abuelo esta dormido", ()),
    ("él está dormido en el sofá, esta vez se acaba la serie sin él", ()),
    ("en la pelicula ella tiene el cuchillo en la mano y él está dormido", ()),
    ("tengo el cuchillo en la mano para la carne, mi marido esta dormido y se acaba el gas", ()),
    ("diez años aguantando sus ronquidos, esta noche duermo en el sofa", ()),
    ("mi perro está dormido y tengo el cuchillo en la mano para el pan", ()),
    # es degrades: a goal cheered, a game, a joke, a coach, a song
    ("mi novia me grita de emocion delante de mis amigos cuando marco un gol", ()),
    ("mi novia me grita cuando pierde al fifa jaja", ()),
    ("mi novio me ridiculiza en publico y luego dice que es broma", ()),
    ("el entrenador me grita delante de todos en el partido", ()),
    ("mi novia canta delante de mis amigos una cancion que dice que nadie me querria", ()),
    ("mi novia me grita que la cena esta lista", ()),
    ("mi novio me dice que soy la mejor delante de sus amigos", ()),
    ("mi pareja me insulta jugando al parchis y nos reimos", ()),
    # it told to say fell: a school play, a sport, faking illness, own fall
    ("nella recita devo dire che sono caduto dalle scale, ho dei lividi finti", ()),
    ("mi sono fatta dei lividi a pallavolo, mamma ha detto di dire al coach che sono caduta", ()),
    ("mamma mi ha detto di dire che sono malato per non andare a scuola", ()),
    ("sono caduto dalla bici e ho dei lividi sulle gambe", ()),
    ("il regista mi ha detto di dire che sono caduto nella scena del film, poi il livido finto", ()),
    ("ho detto alla maestra che sono caduto in cortile, ed era vero", ()),
    ("mi ha detto di dire che sono caduto in amore, che scemo", ()),
    ("la nonna dice che sono caduto dal seggiolone da piccolo", ()),
    # hi still raging: a mosquito, a past blow, cricket, a film
    ("pati ne machhar maara aur bacche so rahe hain", ()),
    ("pati ne phir maara tha pichle saal, ab sab theek hai", ()),
    ("papa ne chakka maara, bacche khush ho rahe hain", ()),
    ("film mein hero ne villain ko maara, bacche ro rahe the", ()),
    ("bhai ne cockroach maara, mummy abhi bhi chilla rahi hai", ()),
    ("pati abhi bhi chilla raha hai kyunki india match haar gaya", ()),
    ("bacche ro rahe hain kyunki unhe neend aa rahi hai", ()),
    ("husband ne makhi maari aur abhi bhi hans raha hai", ()),
    # de threatened: candles, a barbecue, a joke, a film
    ("er hat gedroht, die kerzen anzuzünden, wenn ich nicht komme", ()),
    ("mein bruder hat gedroht, den grill anzuzünden, wenn wir nicht bald essen", ()),
    ("sie hat gedroht, mich im spiel umzubringen, haha", ()),
    ("im film droht er, sie anzuzünden", ()),
    ("meine frau hat gedroht, mich zum yoga mitzunehmen", ()),
    ("die polizei hat die anzeige aufgenommen, ich fühle mich sicherer", ()),
    ("meine freundin hat angedroht, die kinder zu oma mitzunehmen, wenn ich wieder zu spat komme", ()),
    ("sie hat gesagt, ich soll mich nicht so anstellen", ()),
    # de urge to hit: a punch bag, a ball, a fly, pizza
    ("ich hatte den drang, dem boxsack eine reinzuhauen", ()),
    ("ich hatte lust auf pizza", ()),
    ("ich wollte den ball ins tor schlagen", ()),
    ("hatte lust, der fliege eine zu klatschen", ()),
    ("im traum wollte ich ihm eine reinhauen, komisch", ()),
    ("ich hatte den drang, hinzufahren und ihn zu umarmen", ()),
    ("er hat mir eine reingehauen beim tischtennis, tat weh lol", ()),
    ("ich hatte den drang, meinem chef zu kündigen", ()),
    # en urge to shove: a joke about fries, a swing, a game, boxing, a button
    ("wanted to smack my brother lol he ate my fries", ()),
    ("i wanted to push my daughter on the swing, she loved it", ()),
    ("had the urge to hit the guy in the game, felt weird", ()),
    ("wanted to punch the bag harder at boxing, felt great after", ()),
    ("had a flash of wanting to push the button, walked off", ()),
    ("wanted to hug the guy who let me in the queue, felt weird", ()),
    ("almost hit the curb parking, felt bad", ()),
    ("my mate wanted to shove me in the pool lol", ()),
]


@pytest.mark.parametrize(("text", "context", "category", "floor"), RISK)
def test_round52_53_threat_family_is_flagged(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)


@pytest.mark.parametrize(("text", "context"), HARMLESS)
def test_round52_53_threat_near_miss_stays_none(text: str, context: tuple[str, ...]) -> None:
    assert judge(text, context).level == "none", (text, judge(text, context))
