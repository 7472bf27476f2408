"""Skolotāja pārbaudes skripts summatīvajam darbam „Funkcijas un saraksti Python valodā”.

Lietošana (Python 3.8 vai jaunāks):
    python3 funkcijas-saraksti-parbaude.py risinajums.py

Skripts ielādē skolēna failu, izsauc 4.–7. un 9. uzdevuma funkcijas ar testa datiem un
izdrukā, kuri testi izdevās. Tas palīdz vērtēt ātrāk, bet punktus piešķir skolotājs pēc
vērtēšanas kritērijiem: daļēji pareizs risinājums var saņemt daļu punktu arī tad, ja
kāds tests neizdodas.

Uzmanību: ielādējot failu, Python izpilda arī skolēna koda augšējā līmeņa rindas
(piemēram, print vai input). Palaidiet skriptu tikai ar skolēnu iesniegtajiem darbiem.
"""

import copy
import importlib.util
import sys


def ieladet(cels):
    """Ielādē skolēna failu kā moduli."""
    spec = importlib.util.spec_from_file_location("skolena_risinajums", cels)
    modulis = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modulis)
    return modulis


# (uzdevums, funkcija, argumenti, sagaidāmais rezultāts)
TESTI = [
    ("4", "videja_atzime", ([7, 8, 10],), 8.3),
    ("4", "videja_atzime", ([6, 9],), 7.5),
    ("4", "videja_atzime", ([10],), 10.0),
    ("4", "videja_atzime", ([],), None),
    ("5", "nesekmigie", (["Anna", "Jānis", "Marta", "Oskars"], [8, 3, 4, 2]), ["Jānis", "Oskars"]),
    ("5", "nesekmigie", (["Ilze", "Rihards"], [4, 9]), []),
    ("5", "nesekmigie", ([], []), []),
    ("6", "biezaka_atzime", ([7, 8, 7, 9, 8],), 7),
    ("6", "biezaka_atzime", ([5, 6, 6],), 6),
    ("6", "biezaka_atzime", ([10],), 10),
    ("7", "maksimums", ([3, 5, 8],), 8),
    ("7", "maksimums", ([-5, -2, -9],), -2),
    ("7", "maksimums", ([9, 2, 3],), 9),
    ("9", "saspiest", ([3, 3, 3, 1, 1, 5],), [[3, 3], [1, 2], [5, 1]]),
    ("9", "saspiest", ([2, 2, 1, 2],), [[2, 2], [1, 1], [2, 1]]),
    ("9", "saspiest", ([7],), [[7, 1]]),
    ("9", "saspiest", ([],), []),
]


def parbaudit(modulis):
    """Izpilda testus un atgriež (izdevušies, kopā)."""
    izdevas = 0
    for uzdevums, nosaukums, argumenti, sagaidams in TESTI:
        apraksts = f"{uzdevums}. {nosaukums}({', '.join(repr(a) for a in argumenti)})"
        funkcija = getattr(modulis, nosaukums, None)
        if funkcija is None:
            print(f"✗ {apraksts}: funkcija nav atrasta")
            continue
        kopija = copy.deepcopy(argumenti)
        try:
            rezultats = funkcija(*kopija)
        except Exception as kluda:  # skolēna kods var mest jebkuru izņēmumu
            print(f"✗ {apraksts}: izņēmums {type(kluda).__name__}: {kluda}")
            continue
        if kopija != argumenti:
            print(f"! {apraksts}: funkcija izmainīja doto sarakstu")
        if rezultats == sagaidams:
            izdevas += 1
            print(f"✓ {apraksts}")
        else:
            print(f"✗ {apraksts}: iegūts {rezultats!r}, sagaidīts {sagaidams!r}")
    return izdevas, len(TESTI)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("Lietošana: python3 funkcijas-saraksti-parbaude.py risinajums.py")
        sys.exit(1)
    izdevas, kopa = parbaudit(ieladet(sys.argv[1]))
    print(f"Izdevās {izdevas} no {kopa} testiem.")
