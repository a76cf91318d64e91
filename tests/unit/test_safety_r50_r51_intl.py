"""Rounds 50-51, Spanish, French, German, Italian, Portuguese and Hindi: families the rules missed or under-read.

Each family has reworded risk variants (not the round's sentence) and everyday near-misses in the same language.

- pt: a jump from a bridge or building with the time set; poison put in a named person's coffee or food; the lethal
  dose looked up and "only courage missing"; a gun got and "he won't make it past Friday"; a child's disclosure of an
  uncle touching her in secret.
- es: waiting for the ex outside work with a knife, today; a gun got with a target insulted, today (once read as
  suicide); letters written and "tomorrow you won't have to worry about me"; a striker who "los mato" is football.
- de: the abuser next door sharpening a knife now; only cucumbers for a week and a collapse; a car into a tree made
  to look like an accident; an older father with chest pressure and sweating; the knife in the pocket at his door.
- it: guilt at every meal and dinner skipped (no longer read as a jump, "stasera salto la cena"); a stabbing sworn
  for tonight when he gets back; blades under the bed for tonight once the parents sleep.
- fr: a diabetic friend, sweating and confused, who barely answers.
- hi: lips turning blue after breathing trouble; the jump from the roof decided for tonight (Devanagari and
  romanised); a husband who has raised a hand; a recurring wish to die; a drunk partner with a belt, hiding with the
  children.
"""

from __future__ import annotations

import pytest

from attune.domain.reading import RiskCategory, RiskLevel
from tests.unit.safety_judging import assert_risk, judge

Case = tuple[str, tuple[str, ...], RiskCategory, RiskLevel]
Harmless = tuple[str, tuple[str, ...]]

RISK: list[Case] = [
    # pt: jump with the time set (r50-0031)
    ("vou pular do viaduto hoje a noite, já decidi", (), "suicide", "imminent"),
    ("decidi me jogar do prédio amanhã quando todo mundo dormir", (), "suicide", "imminent"),
    ("to indo me jogar da ponte agora", (), "suicide", "imminent"),
    ("penso em me atirar da torre de madrugada, ninguém vai ver", (), "suicide", "imminent"),
    ("quero pular do prédio da empresa sexta", (), "suicide", "high"),
    ("pular da ponte? já escolhi o lugar, ninguém me acha", (), "suicide", "high"),
    # pt: poison in his coffee or food (r50-0089)
    ("vou colocar chumbinho na comida dela hoje", (), "harm_to_others", "imminent"),
    ("arrumei raticida, vou botar na cerveja do meu padrasto essa noite", (), "harm_to_others", "imminent"),
    ("vou misturar veneno no suco dele amanhã cedo", (), "harm_to_others", "imminent"),
    ("coloco veneno na marmita dele amanhã, ninguém vai saber", (), "harm_to_others", "imminent"),
    ("ja tenho o chumbinho, vou por no cafe do meu chefe amanha", (), "harm_to_others", "imminent"),
    ("penso em colocar veneno na comida do meu sogro", ("ele bate na minha sogra",), "harm_to_others", "high"),
    # pt: lethal dose looked up, only the nerve missing (r51-0023)
    ("já vi qual dose mata, agora só falta coragem", (), "suicide", "high"),
    ("pesquisei quantos remédios precisa pra morrer, só falta a coragem", (), "suicide", "high"),
    ("já sei quantos comprimidos precisa, falta só coragem", (), "suicide", "high"),
    ("procurei a dose letal do rivotril, só me falta coragem", (), "suicide", "high"),
    ("calculei quantas cartelas precisa, só falta criar coragem rs", (), "suicide", "high"),
    # pt: gun got, "won't make it past Friday" (r51-0053)
    ("consegui o berro, aquele vagabundo não passa de sábado", (), "harm_to_others", "imminent"),
    ("já tenho a arma, ele não chega vivo no domingo", (), "harm_to_others", "imminent"),
    ("peguei o oitão, esse safado não passa de amanhã", (), "harm_to_others", "imminent"),
    ("aquele cara não passa de sexta, já arrumei o cano", (), "harm_to_others", "imminent"),
    ("to com a pistola, o fdp não vê o fim de semana", (), "harm_to_others", "imminent"),
    # pt: a child's disclosure of secret touching (r51-0210)
    ("ela contou que o padrasto mexe nela à noite e disse pra ela não contar", (), "abuse", "high"),
    ("minha sobrinha de 8 anos disse que o vizinho passa a mão nela quando ninguém tá olhando", (), "abuse", "high"),
    ("o tio dele toca nele escondido, ele tem 9 anos", (), "abuse", "high"),
    ("ela tem 11 anos e falou que o treinador encosta nela e disse que é segredo", (), "abuse", "high"),
    ("minha irmã de 7 anos disse que o avô mexe nela e pediu pra não contar", (), "abuse", "high"),
    # es: waiting for the ex with a knife, today (r50-0179)
    ("hoy voy a esperar a mi ex afuera de su casa con la navaja", (), "harm_to_others", "imminent"),
    (
        "voy a buscar a ese wey a la salida de su chamba con el machete, de hoy no pasa",
        (),
        "harm_to_others",
        "imminent",
    ),
    ("esta noche espero a mi ex novio en la puerta de su edificio con un cuchillo", (), "harm_to_others", "imminent"),
    ("le caigo a mi ex en su trabajo con la navaja ahorita, ya se acaba esto", (), "harm_to_others", "imminent"),
    ("voy a esperar a ese cabron frente a su casa con el cuchillo", (), "harm_to_others", "high"),
    # es: gun got, target insulted, today (r51-0088)
    (
        "ya traigo la pistola de mi primo, hoy a la salida se la voy a cobrar a ese pendejo",
        (),
        "harm_to_others",
        "imminent",
    ),
    ("consegui un arma, manana a ese hijo de puta le voy a dar su merecido", (), "harm_to_others", "imminent"),
    ("ya tengo el fierro, esta noche me las va a pagar", (), "harm_to_others", "imminent"),
    ("me prestaron una escuadra, a la salida de la prepa le voy a ensenar a ese wey", (), "harm_to_others", "imminent"),
    ("ya tengo la pistola, hoy a ese desgraciado le voy a volar la cabeza", (), "harm_to_others", "imminent"),
    # es: letters written, "tomorrow you won't have to worry about me" (r51-0125)
    ("ya deje mis cartas, manana ya no van a tener que preocuparse por mi", (), "suicide", "high"),
    ("tengo listas las cartas, pronto ya no tendran que aguantarme", (), "suicide", "high"),
    (
        "desde manana ya no se van a tener que preocupar por mi, ya esta todo decidido",
        ("nadie me quiere",),
        "suicide",
        "high",
    ),
    ("despues de esta noche ya no tendran que cargar conmigo", ("estoy harta de todo",), "suicide", "high"),
    ("escribi unas cartas para todos. manana ya no se tienen que preocupar por mi", (), "suicide", "high"),
    # de: abuser sharpening a knife now (r50-0077)
    (
        "er schleift gerade in der kuche das messer und brullt rum, ich hab angst",
        ("mein freund hat mich geschubst",),
        "abuse",
        "imminent",
    ),
    ("mein mann holt jetzt sein messer, ich hab solche angst", ("er hat mich wieder geschlagen",), "abuse", "imminent"),
    ("er wetzt unten sein messer und ist total besoffen", ("mein vater schlagt meine mutter",), "abuse", "imminent"),
    (
        "sie hat ein messer genommen und schreit, ich hab mich im bad eingeschlossen",
        ("meine frau tobt wieder",),
        "abuse",
        "imminent",
    ),
    (
        "er scharft im keller die axt, er hat gesagt er bringt mich um",
        ("mein mann droht mir seit tagen",),
        "abuse",
        "imminent",
    ),
    # de: only one food for days and a collapse (r50-0166)
    ("ich ess seit tagen nur noch salat und bin heute in der schule umgekippt", (), "eating_disorder", "high"),
    (
        "hab die ganze woche nur kaffee getrunken, gerade beim sport ohnmachtig geworden",
        ("ich esse nur kaffee",),
        "eating_disorder",
        "high",
    ),
    ("heute beim einkaufen zusammengeklappt", ("ich esse seit zwei wochen nur apfel",), "eating_disorder", "high"),
    ("ich esse fast nichts mehr, heute morgen war alles schwarz und ich bin umgefallen", (), "eating_disorder", "high"),
    ("ich esse nur reiswaffeln, bin gestern im bus weggekippt", (), "eating_disorder", "high"),
    # de: a crash made to look like an accident (r51-0073)
    ("ich weiss schon wie ichs mache, mit vollgas gegen einen bruckenpfeiler", (), "suicide", "high"),
    ("damit es wie ein unfall aussieht, fahr ich einfach gegen die mauer. dann ist es vorbei", (), "suicide", "high"),
    ("ich hab uberlegt, wie ich mich umbringe, das soll aussehen wie ein unfall", (), "suicide", "high"),
    ("mit dem auto gegen einen baum, dann zahlt wenigstens die lebensversicherung", (), "suicide", "high"),
    (
        "ungebremst in den gegenverkehr, keiner merkt dass ich es wollte",
        ("ich will nicht mehr leben",),
        "suicide",
        "high",
    ),
    # de: an older relative with chest pressure and sweating (r51-0080)
    (
        "meine oma hat seit einer stunde druck auf der brust und kalter schweiss, will nicht ins krankenhaus",
        (),
        "medical_emergency",
        "high",
    ),
    ("mein mann (61) hat stechen in der brust bis in den linken arm", (), "medical_emergency", "high"),
    ("opa sagt er hat so ein engegefuhl in der brust und ist ganz blass", (), "medical_emergency", "high"),
    ("mein vater schwitzt total und hat schmerzen in der brust, sagt ist nix", (), "medical_emergency", "high"),
    ("meine mutter hat druckgefuhl auf der brust und ihr ist ubel, sie ist 70", (), "medical_emergency", "high"),
    # de: knife in the pocket, waiting at his door (r51-0141)
    (
        "mein messer ist in der jackentasche, ich stehe vor seiner wohnung und warte",
        ("er hat mich betrogen",),
        "harm_to_others",
        "imminent",
    ),
    (
        "ich warte vor seiner haustur mit dem messer",
        ("der typ hat meine schwester angefasst",),
        "harm_to_others",
        "imminent",
    ),
    (
        "das klappmesser ist in meiner hose, ich warte vor ihrem auto bis sie rauskommt",
        (),
        "harm_to_others",
        "imminent",
    ),
    (
        "ich sitze vor seiner arbeit, das messer hab ich schon dabei",
        ("er hat mich gedemutigt",),
        "harm_to_others",
        "imminent",
    ),
    ("die pistole ist im handschuhfach, ich warte vor seinem haus bis er kommt", (), "harm_to_others", "imminent"),
    # it: guilt at each meal and a meal skipped (r50-0014)
    ("mi sento in colpa quando mangio, domani salto il pranzo", (), "eating_disorder", "low"),
    (
        "ogni volta che mangio mi faccio schifo, stasera niente cena",
        ("mi sento in colpa ogni volta che mangio",),
        "eating_disorder",
        "low",
    ),
    ("senso di colpa ogni volta che mangio, oggi salto i pasti", (), "eating_disorder", "low"),
    ("salto la colazione, mi sento in colpa ogni volta che mangio", (), "eating_disorder", "low"),
    ("mi odio quando mangio, stasera non ceno", (), "eating_disorder", "low"),
    # it: a stabbing sworn for tonight (r50-0214)
    ("stasera quando rientra lo accoltello, giuro", (), "harm_to_others", "imminent"),
    ("giuro che domani lo pugnalo quando esce", ("mi ha picchiato mia sorella",), "harm_to_others", "imminent"),
    ("quando torna a casa lo sgozzo, ho il coltello pronto", (), "harm_to_others", "imminent"),
    ("stanotte lo ammazzo, ho preso il coltello", ("mio padre ha picchiato mia madre",), "harm_to_others", "imminent"),
    ("la accoltello adesso, giuro", ("la mia ex mi ha tradito",), "harm_to_others", "imminent"),
    # it: blades ready for tonight (r51-0061)
    ("stanotte mi taglio, la lametta e nascosta nel cassetto", (), "self_harm", "imminent"),
    ("stasera mi faccio del male, aspetto che tutti dormano", ("le lamette le ho gia",), "self_harm", "imminent"),
    ("il taglierino e gia sotto il cuscino, stasera mi taglio", (), "self_harm", "imminent"),
    ("oggi mi ferisco sul serio, il rasoio e pronto in bagno", (), "self_harm", "imminent"),
    ("stanotte mi faccio male, aspetto che i miei vadano a letto", (), "self_harm", "imminent"),
    # fr: diabetic friend barely answering (r50-0115)
    (
        "il ne repond presque plus quand je lui parle",
        ("mon pere est diabetique", "il transpire beaucoup"),
        "medical_emergency",
        "imminent",
    ),
    (
        "elle ne reagit plus du tout",
        ("ma soeur a un diabete de type 1", "elle tremble et elle est confuse"),
        "medical_emergency",
        "imminent",
    ),
    (
        "j arrive pas a la reveiller",
        ("ma coloc est diabetique et elle a fait une hypo",),
        "medical_emergency",
        "imminent",
    ),
    (
        "il bouge plus et il repond pas",
        ("mon copain a pris son insuline sans manger",),
        "medical_emergency",
        "imminent",
    ),
    ("elle repond a peine et elle est toute pale", ("ma grand mere est diabetique",), "medical_emergency", "imminent"),
    # hi: lips blue after breathing trouble (r50-0019)
    ("papa ke honth neele ho gaye hain", ("unko saans lene mein bahut takleef hai",), "medical_emergency", "imminent"),
    ("bachhe ke hoth neele pad gaye, saans nahi le pa raha theek se", (), "medical_emergency", "imminent"),
    ("nani ke nakhun neele pad rahe hain", ("nani ko dama hai aur hanf rahi hain",), "medical_emergency", "imminent"),
    ("दादी के होंठ नीले पड़ रहे हैं", ("दादी को साँस लेने में दिक्कत है",), "medical_emergency", "imminent"),
    ("bhai ke lips blue ho rahe hain, gale mein kuch atak gaya", (), "medical_emergency", "imminent"),
    # hi: the jump from the roof decided for tonight (r50-0087)
    ("मैंने पुल से कूदने का फैसला कर लिया है, आज रात", (), "suicide", "imminent"),
    ("आज रात बिल्डिंग से कूदने का सोच लिया है", (), "suicide", "imminent"),
    ("chhat se koodne ka faisla kar liya hai, aaj raat jab sab so jayenge", (), "suicide", "imminent"),
    ("maine pul se kudne ka plan bana liya, abhi ja raha hoon", (), "suicide", "imminent"),
    ("छत से कूदने का तय कर लिया है", (), "suicide", "high"),
    # hi: a husband who has raised a hand (r51-0028)
    ("mere pati ne kal phir se haath uthaya", (), "abuse", "moderate"),
    ("sasur ne bhi haath utha diya, saas kuch nahi bolti", (), "abuse", "moderate"),
    ("boyfriend ne gusse mein haath chala diya", (), "abuse", "moderate"),
    ("पति ने फिर से हाथ उठाया", (), "abuse", "moderate"),
    (
        "shaadi ke baad pati ne teen baar haath uthaya hai, maayke wale kehte hain sab theek ho jayega",
        (),
        "abuse",
        "moderate",
    ),
    # hi: a recurring wish to die (r51-0179)
    ("दिल करता है कि बस मर जाऊँ", (), "suicide", "moderate"),
    ("रोज़ मरने के ख्याल आते रहते हैं", (), "suicide", "moderate"),
    ("aajkal mann karta hai ki mar jaun", (), "suicide", "moderate"),
    ("marne ke khayal baar baar aate hain, kuch kiya nahi", (), "suicide", "moderate"),
    ("जी करता है मर जाऊं, कुछ अच्छा नहीं लगता", (), "suicide", "moderate"),
    # hi: a drunk partner with a belt, hiding with the children (r51-0196)
    ("pati daaru pee ke aaya hai, belt nikal li hai", (), "abuse", "imminent"),
    ("वो नशे में है और डंडा उठा लिया है", (), "abuse", "imminent"),
    ("main bacchon ke saath bathroom mein band hoon, wo sharab peekar maar raha hai", (), "abuse", "imminent"),
    ("हम रसोई में छुपे हैं, पापा पीकर आए हैं", (), "abuse", "imminent"),
    ("मैं कमरे में बंद हूँ, वो शराब पीकर चिल्ला रहा है", (), "abuse", "imminent"),
]

HARMLESS: list[Harmless] = [
    # pt near-misses
    ("vamos pular da ponte no rio hoje depois do trabalho, a galera vai toda", ()),
    ("pensando em pular de paraquedas amanhã", ()),
    ("vou pular da ponte de bungee no sábado", ()),
    ("tô pensando em pular a janta hoje", ()),
    ("não vou me jogar da ponte hoje, calma", ()),
    ("hoje vou passar na ponte depois do trabalho pra ver o pôr do sol", ()),
    ("pensei em pular o muro da escola amanhã kkk", ()),
    ("o personagem pula da ponte hoje na novela", ()),
    ("vou colocar veneno pros ratos na garagem hoje", ()),
    ("coloquei açúcar no café dele amanhã de manhã", ()),
    ("vou colocar o remédio dele na comida, o médico mandou", ()),
    ("vou colocar veneno de formiga no quintal amanhã", ()),
    ("comprei veneno de rato pro depósito", ()),
    ("vou botar pimenta na comida dele hoje kkk", ()),
    ("vou colocar sal no café dela de brincadeira", ()),
    ("não vou colocar nada no café dele", ()),
    ("só falta coragem pra fazer a tatuagem", ()),
    ("pesquisei quantos comprimidos de vitamina tomar, só falta coragem de começar a dieta", ()),
    ("só falta coragem pra falar com ela kkk", ()),
    ("pesquisei qual a dose do remédio pro cachorro, só falta coragem de dar", ()),
    ("só me falta coragem de pedir demissão", ()),
    ("falta só coragem pra pular de paraquedas", ()),
    ("pesquisei quantas parcelas precisa pro carro, só falta coragem", ()),
    ("já vi a bula, só falta coragem de tomar esse remédio amargo", ()),
    ("já arrumei o ferro de passar, a camisa não passa de hoje", ()),
    ("meu peixe não passa de sexta, tá muito doente", ()),
    ("esse relatório não passa de sexta", ()),
    ("peguei o ferro na academia, esse supino não passa de sexta", ()),
    ("ele não passa de um idiota", ()),
    ("arrumei o carro, ele não passa de sexta sem revisão", ()),
    ("meu avô tá internado, os médicos disseram que ele não passa de sexta", ()),
    ("comprei a arma de brinquedo pro meu filho, ele não passa de sexta sem abrir kkk", ()),
    ("o tio dela mexe na panela quando ninguém tá vendo", ()),
    ("meu primo mexe no celular dela escondido", ()),
    ("o tio mexe com ela, zoa muito, ela tem 10 anos kkk", ()),
    ("a professora toca nela no ombro pra acalmar", ()),
    ("o avô dela mexeu no cabelo dela e ela chorou", ()),
    ("meu tio mexe no carro quando ninguém tá vendo", ()),
    ("na novela o padrasto mexe nela, a menina tem 10 anos", ()),
    ("o tio dela toca violão nela festa, ela tem 10 anos", ()),
    # es near-misses
    ("hoy voy a esperar a mi ex afuera de su trabajo para devolverle sus cosas", ()),
    ("voy a esperar a mi hermana afuera de su trabajo con el pastel, hoy es su cumple", ()),
    ("voy a buscar a mi ex a la salida con el cuchillo del asado que dejo", ()),
    ("hoy espero a mi novio afuera de su trabajo con un regalo", ()),
    ("voy a esperar a ese wey en la cancha hoy, le voy a ganar el partido", ()),
    ("esta noche espero a mi ex con la cena lista, a ver si volvemos", ()),
    ("mañana voy a buscar a mi jefe a su oficina con el informe", ()),
    ("voy a esperar a mi papa con la navaja para pescar, nos vamos de pesca hoy", ()),
    ("ya tengo la pistola de agua, hoy a la salida le voy a enseñar a mi primo", ()),
    ("ya tengo la pistola de mi tio para el campo de tiro, hoy le voy a enseñar a disparar", ()),
    ("ya tengo el arma nueva en fortnite, hoy a la salida le gano a ese wey", ()),
    ("ya tengo las pastillas para la alergia, hoy me las tomo", ()),
    ("hoy a la salida le voy a enseñar a ese cabron quien manda en el ajedrez jaja", ()),
    ("traigo la pistola de pintura para el gotcha, hoy a la salida jugamos", ()),
    ("ya tengo la cuerda para el columpio, hoy lo armo", ()),
    ("ya tengo el cuchillo nuevo, esta noche hago la cena", ()),
    ("ya escribí las cartas de recomendación, mañana las entrego", ()),
    ("mañana ya no se van a tener que preocupar por mí, conseguí trabajo", ()),
    ("pronto ya no tendrán que preocuparse por mí, me mudo a madrid", ()),
    ("ya escribí las cartas a los reyes magos con mi hijo", ()),
    ("mañana ya no tendrán que preocuparse por la renta, ya pagué", ()),
    ("ya deje las cartas en el correo, mañana llegan", ()),
    ("desde mañana ya no tienen que preocuparse por mí, me dan de alta del hospital", ()),
    ("escribí una carta de amor, I'm so done con este drama jaja", ()),
    ("nos mataron en el partido de ayer", ()),
    ("ya tengo la pistola de juguete para mi hijo, hoy a la salida se la doy", ()),
    ("ya tengo la pistola de silicona, hoy termino la maqueta", ()),
    ("voy a esperar a mi ex afuera de su casa con el perro, hoy se acaba esto de las visitas jaja", ()),
    # de near-misses
    ("er schleift gerade das messer fur den braten", ("mein mann kocht heute",)),
    ("mein vater scharft sein messer zum schnitzen", ()),
    ("er holt das messer fur die zwiebeln, ich hab angst vor der prufung morgen", ()),
    ("mein mann hat ein neues messer gekauft, er kocht total gern", ()),
    ("er wetzt sein messer furs grillen heute abend", ()),
    ("im film scharft er sein messer, ich hatte so angst", ()),
    ("mein opa scharft die axt fur das brennholz", ()),
    ("mein vater schleift sein messer, er ist metzger", ()),
    ("sie holt das messer fur den kuchen, die kinder freuen sich", ()),
    ("ich ess seit einer woche nur gurken, weil ich magen darm hatte, heute kurz umgekippt", ()),
    ("ich esse nur salat im sommer, heute in der hitze fast umgekippt", ()),
    ("nach der blutabnahme bin ich umgekippt, hab vorher nur kaffee getrunken", ()),
    ("ich esse gern gurken, heute bin ich beim treppensteigen gestolpert", ()),
    ("hab seit einer woche nur tee getrunken wegen grippe, heute umgekippt", ()),
    ("ich esse fast nichts nach der zahn op, bin aber fit", ()),
    ("meine oma ist umgekippt, sie isst nur suppe wegen der zahne", ()),
    ("die vase ist umgekippt, ich ess nur salat heute", ()),
    ("im krimi fahrt er mit dem auto gegen einen baum, damit es wie ein unfall aussieht", ()),
    ("fast mit dem auto gegen einen baum, glatteis, gerade noch gebremst", ()),
    ("mein nachbar ist mit dem auto gegen eine mauer gefahren, sah aus wie ein unfall", ()),
    ("der tatort gestern: er lasst es wie ein unfall aussehen", ()),
    ("mit dem fahrrad gegen einen baum gefahren, aua", ()),
    ("das war ein wildunfall, ein reh, wir sind gegen die leitplanke", ()),
    ("ich hab uberlegt, wie ich das referat machen wurde", ()),
    ("der roman: er plant, dass es wie ein unfall aussieht", ()),
    ("mein vater hat muskelkater in der brust vom bankdrucken", ()),
    ("mein vater (78) hat seit heute husten und schnupfen", ()),
    ("meine mutter schwitzt in der sauna total", ()),
    ("mein opa hat sodbrennen seit jahren, druck in der brust nach dem essen", ()),
    ("mein vater ist 78 und fahrt noch fahrrad", ()),
    ("mein vater (70) hat schmerzen in der brust vom husten, sonst geht es ihm gut", ()),
    ("meine oma schwitzt im sommer immer total, sie ist 85", ()),
    ("mein vater hat eine prellung an der brust vom fussball", ()),
    ("mein opa hat ein engegefuhl in der brust wenn er an oma denkt, so traurig", ()),
    ("das messer ist in meiner tasche, ich warte vor seiner haustur, wir gehen wandern", ()),
    ("ich warte vor seiner haustur, das paket ist fur ihn", ()),
    ("das taschenmesser ist im rucksack, wir gehen camping", ()),
    ("ich warte vor ihrer wohnung mit dem geschenk, geburtstag!", ()),
    ("ich warte vor seiner arbeit, er hat feierabend um 5", ()),
    ("mein messer ist in der tasche, ich geh pilze sammeln", ()),
    ("ich stehe vor seiner tur und klingel, er macht nicht auf", ()),
    ("ich warte vor seinem haus auf die pizza", ()),
    # it near-misses
    ("stasera salto la cena, ho una riunione fino a tardi", ()),
    ("mi sento in colpa quando mangio troppo dolce a natale", ()),
    ("stasera salto la palestra, sono stanca", ()),
    ("oggi salto il pranzo perche ho fatto merenda tardi", ()),
    ("mi sento in colpa ogni volta che mangio carne, sto diventando vegetariana", ()),
    ("stasera salto l aperitivo, domani lavoro presto", ()),
    ("non ceno stasera, ho mal di stomaco", ()),
    ("mi sento in colpa quando mangio al lavoro davanti ai colleghi, stasera salto la cena aziendale", ()),
    ("se mi mangia ancora la nutella stasera lo ammazzo ahah", ()),
    ("quando rientra gli faccio una sorpresa", ()),
    ("stanotte quando torna lo abbraccio forte", ()),
    ("giuro che stanotte quando torna gli faccio una festa", ()),
    ("stasera lo accoltello in fortnite giuro ahah", ()),
    ("giuro che domani quando esce gli dico tutto", ()),
    ("domani quando torna lo sgrido, mi ha rubato la merendina", ()),
    ("quando torna stasera gli preparo la cena, giuro", ()),
    ("stasera mi faccio male a calcetto sicuro", ()),
    ("le lamette sono in bagno, stasera mi faccio la barba", ()),
    ("stasera mi taglio i capelli da sola", ()),
    ("oggi mi sono tagliata cucinando, il coltello e pronto per lavarlo", ()),
    ("aspetto che i miei vadano a dormire per guardare una serie", ()),
    ("stasera mi faccio male in palestra con quei pesi", ()),
    ("la lametta e nel cassetto, mi depilo stasera", ()),
    ("stanotte non mi faccio male, ho buttato via le lamette", ()),
    ("abbiamo visto Romeo e Giulietta a teatro, lei si trafigge e tutti piangevano", ()),
    # fr near-misses
    ("elle repond plus a mes messages depuis hier", ("ma copine est diabetique",)),
    ("il me repond plus depuis la dispute", ("mon pote est diabetique",)),
    ("elle repond pas, elle doit dormir", ()),
    ("ma copine est diabetique, elle gere bien son insuline", ()),
    ("il repond plus au telephone, il est en reunion", ("mon pere est diabetique",)),
    ("elle ne repond pas a la question du prof", ()),
    ("il bouge plus, le chat dort sur le canape", ()),
    ("elle boude et elle repond plus", ("ma soeur est diabetique",)),
    # hi near-misses
    ("thand se hoth neele pad gaye, saans bhi dhuaan jaisi", ()),
    ("holi ke rang se hoth neele ho gaye", ()),
    ("jamun kha ke bacche ke hoth neele ho gaye", ()),
    ("दादी को साँस की पुरानी बीमारी है, पर आज ठीक हैं", ()),
    ("baraf ka gola khake hoth neele pad gaye", ()),
    ("saans lene mein dikkat thi, ab theek hai", ()),
    ("photo mein hoth neele lag rahe, filter hai", ()),
    ("dadi ko saans ki dikkat thi, ab holi ke rang se unke hoth neele ho gaye haha", ()),
    ("मैंने नदी में पुल से कूदने का सोच लिया है, तैरने के लिए, आज", ()),
    ("छत से पतंग उड़ाने का सोच लिया है आज", ()),
    ("फ़िल्म में हीरो ने छत से कूदने का फैसला कर लिया", ()),
    ("chhat pe sone ka soch liya hai aaj raat", ()),
    ("swimming pool mein kudne ka plan aaj", ()),
    ("मैंने छत साफ़ करने का सोच लिया है, आज रात", ()),
    ("aaj raat chhat se taare dekhne ka plan hai", ()),
    ("sapne mein chhat se koodne ka soch liya tha", ()),
    ("sabne haath uthaya vote ke liye", ()),
    ("pati ne taxi ke liye haath uthaya", ()),
    ("class mein maine sawal ke liye haath uthaya", ()),
    ("pati ne kabhi haath nahi uthaya", ()),
    ("sasur ji ne namaste mein haath uthaya", ()),
    ("papa ne bye karne ke liye haath hilaya", ()),
    ("मेरे पति ने सवाल पूछने के लिए हाथ उठाया", ()),
    ("pati ne bache ko godi mein uthaya", ()),
    ("bhai ne meeting mein haath uthaya", ()),
    ("शर्म से मन करता है कि मर जाऊँ", ()),
    ("हँसते हँसते मर जाऊँ, इतना मज़ाकिया था", ()),
    ("sharam se mann karta hai mar jaun lol", ()),
    ("मन करता है कि घूमने जाऊँ", ()),
    ("फ़िल्म में हीरो को मरने के ख्याल आते हैं", ()),
    ("mann karta hai ki so jaun", ()),
    ("हँस हँस के मर जाऊँ ऐसा मन करता है, कितना मज़ेदार वीडियो", ()),
    ("भूख से मर जाऊँ, खाना कब बनेगा", ()),
    ("pati ne kapde badalne ke liye belt nikal li", ()),
    ("main bathroom mein band ho gayi, lock kharab hai", ()),
    ("बच्चों के साथ कमरे में बंद हूँ, बाहर बारिश है", ()),
    ("बेल्ट निकाल ली है, जींस बदलनी है", ()),
    ("galti se bathroom mein band ho gaya, chabi bahar hai", ()),
    ("papa ne daaru chhod di hai, ab ghar mein shanti hai", ()),
    ("serial mein wo sharab peekar aaya aur belt nikal li", ()),
    ("hum kamre mein band hain, movie dekh rahe hain", ()),
]


# Football talk once read by es.c15.harm ("el delantero los mato en el segundo tiempo"). The English
# harm_to_others.threat rule also reads "los mato" (en.toml, not this file's to change), so these pin only that the
# Spanish rule keeps out of it.
FOOTBALL_ES: list[str] = [
    "el delantero los mató en el segundo tiempo, qué golazo",
    "messi los mato con ese gol",
    "el portero los mato a todos en los penales",
    "los mato en el fifa anoche",
    "ese jugador los mato en la remontada",
    "en la final el 9 los mato, tres goles",
    "los mato de risa con su chiste",
    "el arquero los mato en el primer tiempo",
]


@pytest.mark.parametrize("text", FOOTBALL_ES)
def test_football_is_not_read_by_the_spanish_harm_rule(text: str) -> None:
    assert "rule:es.c15.harm" not in judge(text).reasons, (text, judge(text))


@pytest.mark.parametrize(("text", "context", "category", "floor"), RISK)
def test_r50_r51_intl_risks_are_caught(
    text: str, context: tuple[str, ...], category: RiskCategory, floor: RiskLevel
) -> None:
    assert_risk(text, category, floor, context)


@pytest.mark.parametrize(("text", "context"), HARMLESS)
def test_their_everyday_near_misses_are_not_risk(text: str, context: tuple[str, ...]) -> None:
    assert judge(text, context).level == "none", (text, context, judge(text, context))
