"""Malwa Punjabi wordings (in Latin letters) of everyday, mostly long-standing complaints, as a dispensary in the
Malwa districts hears them: "gode dukhde" (the knees hurt), "paakhana sakht" (hard stools), "paakhana 3-4 din baad"
(a motion every three or four days), "ji ni lagda" (nothing feels right: low mood), "rondi rehndi" (keeps crying),
"neend ni aundi" (no sleep), "roti ni khaanda" (does not eat), "bhaar ghatteya" (weight went down), "chitta paani"
(a white discharge; "chitta" alone is heroin, signs_care.py), "thalle ton khoon" (bleeding from below).

Merged into signs.SIGNS; each sets its symptoms only. Words the spelling corrector must keep are in EVERYDAY.
"""

from __future__ import annotations

from typing import Final

from .lexicon import Sign

# Everyday Punjabi words the spelling corrector must leave as they are (normalise.py): it read "dukhde" (hurt) as
# "dukhe", "rondi" (crying) as "rod", "paakhana" as "paaykhana", "pauriyan" (stairs) as "pasliyan" (ribs), "thalle"
# (below) as "thale", "ghatteya" (went down) as "ghatta", "nooh" (daughter-in-law) as "noon".
EVERYDAY: Final = frozenset("""
gode godde goday godeyan dukhde dukhdi dukhda rondi ronda rehndi rehnda pauriyan paudiyan aukha akad jande paakhana
pakhana paakhane sakht chhal maari hilda hildi ganth sakhat khaanda khaandi khanda khandi vadhda vadhdi ghatteya ghatteyaa ghatgya thalle aunda
aundi nooh jaape kadi lagda lagdi karda kardi kise naal gall karan neend tuttdi chhad turde khet
""".split())

_STOOL: Final = "{paakhana,pakhana,paakhane,latrin,latrine,tatti,jangal paani}"
_HARD: Final = "{sakht,sakhat,sakht aunda,sakht aaunda,kathor}"
_NO: Final = "{ni,nahi,nai,nahin}"

MALWA_SIGNS: dict[str, Sign] = {
    # --- the gut ---
    "pa_hard_stool": Sign(("constipation",), (
        _STOOL + " " + _HARD, _HARD + " " + _STOOL,
        # a motion once in three or four days: "paakhana 3-4 din baad (aunda)"
        _STOOL + " {2,3,4,5,6,7,do,teen,chaar,2-3,3-4,4-5,3 4,2 3,4 5} din {baad,baad aunda,baad aaunda,ch ik vaar}",
    )),
    "pa_weight_down": Sign(("weight loss",), ("{bhaar,bhar,wazan,vazan} {ghatteya,ghatteyaa,ghat gya,ghat gaya,ghatt gya,"
                                              "ghat geya,ghatgya,ghat reha,ghatda}",)),
    "pa_not_eating": Sign(("loss of appetite",), ("roti {khaanda,khaandi,khanda,khandi} {hi ,}" + _NO,
                                                  "{bhukh,bhook} " + _NO + " {lagdi,laggdi}")),
    # --- joints ---
    "pa_knees_hurt": Sign(("knee pain",), ("{gode,godde,goday,godeyan} {bahut ,}{dukhde,dukhda,dukhdi,dukhde ne,"
                                          "ch dard,vich dard}",)),
    # --- mood and sleep ---
    "pa_low_mood": Sign(("low mood",), ("{ji,jee,mann,man} " + _NO + " {lagda,lagdi}",
                                        "{rondi,ronda} {rehndi,rehnda,rehndi aa,rehnda aa}")),
    "pa_no_interest": Sign(("loss of interest",), ("{gall karan,kuch karan,kamm karan,bahar jaan} nu {dil,ji} " + _NO
                                                   + " {karda,kardi}",)),
    "pa_sleepless": Sign(("insomnia",), ("neend " + _NO + " {aundi,aunda}", "neend {ghat,tuttdi,tutt jandi,kacchi}")),
    # --- a habit stopped: "chitta chhad reha" (is giving up heroin), read with the drug (rules.drug_withdrawal) ---
    "pa_giving_up": Sign((), ("{chhad,chhadd} {reha,rahi,ditta,dita,ditti,de reha,de rahi,ditta hai}",),
                         flag="stopped_drug"),
    # --- injuries: "trolley ton chhal maari" (jumped down from the trolley), "hilda ni" (it does not move) ---
    "pa_jumped_down": Sign(("fall",), ("{ton,to} {chhal,chhaal} {maari,mari,maar ditti}",)),
    "pa_cant_walk": Sign(("reduced movement",), ("{turde,turda,turdi,tur} {ni,nahi,nai} {hunde,hunda,hundi,sakde,sakda,"
                                                 "sakdi}",)),
    # a wish to be dead told as relief ("mar jaavan taan changa"): seen today (rules.death_wish)
    "pa_better_dead": Sign((), ("mar {jaavan,jaawan,javan,jaan,jaava,jawan} {taan,ta,tan,te} {changa,vadiya,theek}",),
                           flag="death_wish"),
    "pa_wont_move": Sign(("reduced movement",), ("{hilda,hildi,hil} {ni,nahi,nai} {sakda,sakdi,}",)),
    # --- the heart and the breast ---
    "pa_heart_racing": Sign(("palpitations",), ("dil {dhak dhak,dhak-dhak,dhakdhak,dhadak dhadak,tez tez} {kita,kitta,"
                                               "karda,kardi,hunda,hoya,kar reha}",)),
    "pa_breast_lump": Sign(("swelling",), ("{chhati,chaati,chhaati,chhatti} {ch,vich,wich} {ganth,gandh,gilti,gath}",),
                           flag="lump"),
    # --- women's ---
    "pa_white_discharge": Sign(("vaginal discharge",), ("chitta paani {aunda,aundi,jaanda,jaandi,painda}",)),
    "pa_bleeding_below": Sign(("vaginal bleeding",), ("{khoon,lahu} {aaya,aunda,ponda,peya} thalle ton",
                                                      "thalle ton {khoon,lahu}")),
}
