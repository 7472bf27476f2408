"""Cikli Python valodā — uzdevumi stundai.

Katram uzdevumam ir funkcija ar aprakstu. Aizstāj rindu `pass` (vai `return None`)
ar savu risinājumu. Palaid failu: python3 cikli-uzdevumi.py
Faila beigās esošās pārbaudes parāda, kuri uzdevumi jau atrisināti pareizi.
"""


def summa_lidz(n):
    """1. uzdevums. Atgriež skaitļu 1 + 2 + ... + n summu, izmantojot for ciklu un range().

    Piemērs: summa_lidz(4) == 10
    """
    # TODO: izveido mainīgo summai, ar for ciklu pieskaiti katru skaitli
    return None


def reizrekina_rinda(skaitlis):
    """2. uzdevums. Atgriež sarakstu ar skaitļa reizinājumiem no 1 līdz 10.

    Piemērs: reizrekina_rinda(3) == [3, 6, 9, ..., 30]
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


def parbaudit():
    """Salīdzina funkciju rezultātus ar sagaidāmajiem un izdrukā kopsavilkumu."""
    parbaudes = [
        ("1. summa_lidz(4)", lambda: summa_lidz(4), 10),
        ("1. summa_lidz(100)", lambda: summa_lidz(100), 5050),
        ("2. reizrekina_rinda(3)", lambda: reizrekina_rinda(3), [3, 6, 9, 12, 15, 18, 21, 24, 27, 30]),
        ("3. para_skaitli([1, 4, 7, 10])", lambda: para_skaitli([1, 4, 7, 10]), [4, 10]),
        ("4. ciparu_summa(2026)", lambda: ciparu_summa(2026), 10),
        ("5. gadi_lidz_dubultosanai(10)", lambda: gadi_lidz_dubultosanai(10), 8),
        ("5. gadi_lidz_dubultosanai(4)", lambda: gadi_lidz_dubultosanai(4), 18),
    ]
    pareizi = 0
    for nosaukums, izsaukums, sagaidams in parbaudes:
        rezultats = izsaukums()
        if rezultats == sagaidams:
            pareizi += 1
            print(f"✓ {nosaukums}")
        else:
            print(f"✗ {nosaukums}: iegūts {rezultats!r}, sagaidīts {sagaidams!r}")
    print(f"Pareizi: {pareizi} no {len(parbaudes)}")


if __name__ == "__main__":
    parbaudit()
