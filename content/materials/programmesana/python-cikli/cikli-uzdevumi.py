"""Cikli Python valodā — uzdevumi stundai.

Katram uzdevumam ir funkcija ar aprakstu. Aizstāj rindu `return None` ar savu
risinājumu. Palaid failu (Python 3.10 vai jaunāka):

    python3 cikli-uzdevumi.py

(Windows datorā: py cikli-uzdevumi.py; IDLE vai Thonny vidē — poga Run.)

Faila beigās esošās pārbaudes parāda, kuri uzdevumi jau atrisināti pareizi. Katra
pārbaude darbojas atsevišķā procesā ar laika ierobežojumu, tāpēc kļūda vai
bezgalīgs cikls vienā funkcijā neaptur pārējās pārbaudes.
"""


def summa_lidz(n):
    """1. uzdevums. Atgriež skaitļu 1 + 2 + ... + n summu, izmantojot for ciklu un range().

    Piemērs: summa_lidz(4) == 10
    """
    # TODO: izveido mainīgo summai, ar for ciklu pieskaiti katru skaitli
    return None


def reizrekina_rinda(skaitlis):
    """2. uzdevums. Atgriež sarakstu ar skaitļa reizinājumiem no 1 līdz 10.

    Piemērs: reizrekina_rinda(3) == [3, 6, 9, 12, 15, 18, 21, 24, 27, 30]
    """
    # TODO: izmanto range(1, 11)
    return None


def para_skaitli(saraksts):
    """3. uzdevums. Atgriež jaunu sarakstu tikai ar pāra skaitļiem no dotā saraksta.

    Piemērs: para_skaitli([1, 4, 7, 10]) == [4, 10]
    """
    # TODO: for cikls un nosacījums ar atlikumu % 2
    return None


def ciparu_summa(n):
    """4. uzdevums. Atgriež naturāla skaitļa ciparu summu, izmantojot while ciklu.

    Piemērs: ciparu_summa(2026) == 10
    """
    # TODO: kamēr n > 0, pieskaiti pēdējo ciparu (n % 10) un nomet to (n // 10)
    return None


def gadi_lidz_dubultosanai(procenti):
    """5. uzdevums. Cik pilnu gadu jāgaida, lai noguldījums ar doto gada procentu likmi
    (saliktie procenti) pirmo reizi vismaz divkāršotos? Izmanto while ciklu.

    Piemērs: gadi_lidz_dubultosanai(10) == 8
    """
    # TODO: sāc ar summu 1.0 un gadu skaitu 0; kamēr summa < 2, reizini ar (1 + procenti / 100)
    return None


# ---------------------------------------------------------------------------
# Pārbaudes. Šī daļa nav jāmaina.
# ---------------------------------------------------------------------------

import contextlib
import io
import json
import os
import subprocess
import sys
import threading
import traceback

# Cik sekunžu drīkst darboties viena pārbaude (ieskaitot procesa palaišanu).
LAIKA_LIMITS = 3

# (uzdevuma numurs, funkcijas nosaukums, argumenti, sagaidāmais rezultāts)
PARBAUDES = [
    (1, "summa_lidz", (4,), 10),
    (1, "summa_lidz", (1,), 1),
    (1, "summa_lidz", (100,), 5050),
    (2, "reizrekina_rinda", (3,), [3, 6, 9, 12, 15, 18, 21, 24, 27, 30]),
    (2, "reizrekina_rinda", (7,), [7, 14, 21, 28, 35, 42, 49, 56, 63, 70]),
    (3, "para_skaitli", ([1, 4, 7, 10],), [4, 10]),
    (3, "para_skaitli", ([],), []),
    (3, "para_skaitli", ([-2, 3, 0, 5],), [-2, 0]),
    (4, "ciparu_summa", (2026,), 10),
    (4, "ciparu_summa", (7,), 7),
    (4, "ciparu_summa", (1000,), 1),
    (5, "gadi_lidz_dubultosanai", (10,), 8),
    (5, "gadi_lidz_dubultosanai", (4,), 18),
    (5, "gadi_lidz_dubultosanai", (100,), 1),
]

_MARKIERIS = "@@PARBAUDES-REZULTATS@@"
_IZVADES_LIMITS = 300

_PADOMI = {
    "NameError": "kāds nosaukums nav definēts — pārbaudi mainīgo nosaukumus un burtu lielumu.",
    "TypeError": "darbība ar nepiemērota tipa vērtību, piemēram, None vai teksts skaitļa vietā.",
    "ZeroDivisionError": "dalīšana ar nulli.",
    "IndexError": "indekss ir ārpus saraksta robežām — pārbaudi range() robežas.",
    "UnboundLocalError": "mainīgais izmantots, pirms tam piešķirta vērtība.",
    "RecursionError": "funkcija sevi izsauc bezgalīgi.",
    "EOFError": "funkcija gaida ievadi ar input(); izmanto funkcijas parametru, nevis input().",
    "SystemExit": "funkcija izsauca exit() vai sys.exit().",
}


class _IerobezotsIzvads(io.TextIOBase):
    """Saglabā tikai izvades sākumu, lai bezgalīgs print() nepārpildītu atmiņu."""

    def __init__(self):
        super().__init__()
        self.teksts = ""

    def writable(self):
        return True

    def write(self, s):
        if len(self.teksts) < _IZVADES_LIMITS:
            self.teksts += s[: _IZVADES_LIMITS - len(self.teksts)]
        return len(s)


def _apraksts(funkcija, argumenti):
    return f"{funkcija}({', '.join(repr(a) for a in argumenti)})"


def _kludas_rinda(kluda):
    """Atrod pēdējo šī faila rindu, kurā radās kļūda."""
    kadri = traceback.extract_tb(kluda.__traceback__)
    if not kadri:
        return None
    sis_fails = kadri[0].filename  # pirmais kadrs ir funkcija _izpildit šajā failā
    rinda = None
    for kadrs in kadri[1:]:
        if kadrs.filename == sis_fails:
            rinda = kadrs.lineno
    return rinda


def _izpildit(indekss, uztvert_izvadi=True):
    """Izpilda vienu pārbaudi šajā procesā un atgriež vārdnīcu ar rezultātu."""
    _, funkcijas_nosaukums, argumenti, sagaidams = PARBAUDES[indekss]
    funkcija = globals().get(funkcijas_nosaukums)
    if not callable(funkcija):
        return {"statuss": "kluda", "kluda": f"funkcija {funkcijas_nosaukums} nav atrasta",
                "padoms": "neizdzēs un nepārdēvē funkcijas.", "rinda": None, "izvade": ""}
    izvade = _IerobezotsIzvads()
    # Argumentu kopija, lai funkcija nevarētu sabojāt pārbaudes datus.
    kopija = json.loads(json.dumps(argumenti))
    try:
        with contextlib.ExitStack() as steks:
            if uztvert_izvadi:
                steks.enter_context(contextlib.redirect_stdout(izvade))
                steks.enter_context(contextlib.redirect_stderr(izvade))
            rezultats = funkcija(*kopija)
    except (Exception, SystemExit) as kluda:
        nosaukums = type(kluda).__name__
        return {"statuss": "kluda", "kluda": f"{nosaukums}: {kluda}",
                "padoms": _PADOMI.get(nosaukums, ""), "rinda": _kludas_rinda(kluda),
                "izvade": izvade.teksts}
    try:
        pareizi = rezultats == sagaidams and type(rezultats) is not bool
    except Exception:
        pareizi = False
    return {"statuss": "pareizi" if pareizi else "nepareizi", "iegutais": repr(rezultats)[:200],
            "bija_none": rezultats is None, "izvade": izvade.teksts}


def _berna_process(indekss):
    """Darbojas pārbaudes procesā: izpilda vienu pārbaudi un izdrukā rezultātu."""
    dati = _izpildit(indekss)
    sys.__stdout__.write(_MARKIERIS + json.dumps(dati, ensure_ascii=True) + "\n")
    sys.__stdout__.flush()


def _parbaudit_procesa(indekss):
    """Palaiž vienu pārbaudi atsevišķā Python procesā ar laika ierobežojumu."""
    vide = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONUTF8="1")
    try:
        process = subprocess.run(
            [sys.executable, os.path.abspath(__file__), "--parbaude", str(indekss)],
            stdin=subprocess.DEVNULL, capture_output=True, timeout=LAIKA_LIMITS, env=vide,
        )
    except subprocess.TimeoutExpired:
        return {"statuss": "laiks"}
    izvade = process.stdout.decode("utf-8", errors="replace")
    for rinda in reversed(izvade.splitlines()):
        if rinda.startswith(_MARKIERIS):
            return json.loads(rinda[len(_MARKIERIS):])
    # Rezultāta nav: process beidzās negaidīti, piemēram, kļūdas dēļ kodā ārpus funkcijām.
    kludas = process.stderr.decode("utf-8", errors="replace").strip().splitlines()
    pedeja = kludas[-1] if kludas else f"pārbaudes process beidzās ar kodu {process.returncode}"
    return {"statuss": "kluda", "kluda": pedeja, "rinda": None, "izvade": "",
            "padoms": "pārbaudi, vai failā ārpus funkcijām nav koda, kas rada kļūdu."}


def _parbaudit_pavediena(indekss):
    """Rezerves variants, ja procesu nevar palaist: pavediens ar laika ierobežojumu."""
    rezultats = {}

    def darbs():
        rezultats.update(_izpildit(indekss, uztvert_izvadi=False))

    pavediens = threading.Thread(target=darbs, daemon=True)
    pavediens.start()
    pavediens.join(LAIKA_LIMITS)
    if pavediens.is_alive():
        return {"statuss": "laiks"}
    return rezultats


def _simboli():
    try:
        "✓✗āēīūšžčņļķģ".encode(sys.stdout.encoding or "ascii")
        return "✓", "✗"
    except (LookupError, UnicodeEncodeError):
        return "+", "-"


def parbaudit():
    """Palaiž visas pārbaudes un izdrukā rezultātus un kopsavilkumu latviski."""
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    labi, slikti = _simboli()
    var_procesus = "__file__" in globals() and os.path.isfile(__file__) and bool(sys.executable)
    if not var_procesus:
        print("Piezīme: pārbaudes darbojas bez atsevišķiem procesiem.")

    skaits = {"pareizi": 0, "nepareizi": 0, "kluda": 0, "laiks": 0, "izlaista": 0}
    uzdevumi = {}
    jau_teikts = set()
    iestrega = set()

    def vienreiz(uzdevums, rinda):
        # Vienu un to pašu padomu vienam uzdevumam rāda tikai vienreiz.
        if (uzdevums, rinda) not in jau_teikts:
            jau_teikts.add((uzdevums, rinda))
            print("    " + rinda)

    def padoms(uzdevums, teksts):
        if teksts:
            vienreiz(uzdevums, f"Padoms: {teksts}")

    for indekss, (uzdevums, funkcija, argumenti, sagaidams) in enumerate(PARBAUDES):
        dati = None
        if uzdevums in iestrega:
            # Pēc bezgalīga cikla pārējās šī uzdevuma pārbaudes neizpilda, lai nebūtu jāgaida.
            dati = {"statuss": "izlaista"}
        elif var_procesus:
            try:
                dati = _parbaudit_procesa(indekss)
            except OSError:
                var_procesus = False
                print("Piezīme: procesu nevar palaist, pārbaudes turpinās bez tiem.")
        if dati is None:
            dati = _parbaudit_pavediena(indekss)

        statuss = dati.get("statuss", "kluda")
        skaits[statuss] += 1
        uzdevumi.setdefault(uzdevums, []).append(statuss == "pareizi")
        nosaukums = f"{uzdevums}. {_apraksts(funkcija, argumenti)}"

        if statuss == "pareizi":
            print(f"{labi} {nosaukums}")
        elif statuss == "nepareizi":
            print(f"{slikti} {nosaukums}: iegūts {dati['iegutais']}, sagaidīts {sagaidams!r}")
            if dati.get("bija_none"):
                padoms(uzdevums, "funkcija atgrieza None — vai uzrakstīji return ar rezultātu?")
        elif statuss == "izlaista":
            print(f"{slikti} {nosaukums}: izlaista, jo šī uzdevuma iepriekšējā pārbaude nebeidzās laikā.")
        elif statuss == "laiks":
            iestrega.add(uzdevums)
            print(f"{slikti} {nosaukums}: funkcija nebeidza darbu {LAIKA_LIMITS} sekunžu laikā.")
            padoms(uzdevums, "iespējams, bezgalīgs cikls — vai while nosacījums kādreiz kļūst aplams?")
        else:
            vieta = f" ({dati['rinda']}. rindā)" if dati.get("rinda") else ""
            print(f"{slikti} {nosaukums}: kļūda{vieta} — {dati.get('kluda', '')}")
            padoms(uzdevums, dati.get("padoms"))
        if statuss != "pareizi" and dati.get("izvade"):
            vienreiz(uzdevums, f"Funkcija izdrukāja: {dati['izvade'].strip()[:120]!r}")

    kopa = len(PARBAUDES)
    print()
    print(f"Pareizi: {skaits['pareizi']} no {kopa} pārbaudēm.")
    if skaits["pareizi"] < kopa:
        teksts = (f"Nepareizs rezultāts: {skaits['nepareizi']}, kļūda: {skaits['kluda']}, "
                  f"laiks beidzās: {skaits['laiks']}")
        if skaits["izlaista"]:
            teksts += f", izlaistas: {skaits['izlaista']}"
        print(teksts + ".")
    atrisinati = [str(u) for u, rez in sorted(uzdevumi.items()) if all(rez)]
    if len(atrisinati) == len(uzdevumi):
        print("Visi uzdevumi atrisināti. Lieliski!")
    elif atrisinati:
        print("Pilnībā atrisināti uzdevumi: " + ", ".join(u + "." for u in atrisinati))
    else:
        print("Vēl neviens uzdevums nav pilnībā atrisināts.")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--parbaude":
        _berna_process(int(sys.argv[2]))
    else:
        parbaudit()
