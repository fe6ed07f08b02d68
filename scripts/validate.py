"""Print the model's values beside every published figure it is calibrated to or checked against.

    .venv/bin/python scripts/validate.py            # 30 replications, as docs/model.md reports
    .venv/bin/python scripts/validate.py -n 8       # a quicker look

Each row says whether the figure was used to calibrate the model (then agreement is by construction) or
only to check it (a validation). The output is the validation table of docs/model.md, section 6.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from barntid.sim import ExperimentResult, load, run_experiment, with_changes

ROOT = Path(__file__).resolve().parents[1]


def pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=30, help="replications per scenario (30)")
    n = ap.parse_args().n

    def run(name: str, changes: dict[str, object] | None = None) -> ExperimentResult:
        sc = load(ROOT / "scenarios" / f"{name}.toml")
        return run_experiment(with_changes(sc, changes) if changes else sc, replications=n, workers=2)

    s15, s17, nat = run("sjobo-2015"), run("sjobo-2017"), run("national-time-study")
    strain = run("sjobo-2015", {"demand.reports_per_week": 11.5 * 1.25})
    surge, calm = run("surge-2015"), run("surge-2015", {"demand.unaccompanied": []})
    path = run("sjobo-2015-2017")
    mean = path.series("contact_share")[0]
    before, after = float(mean[:19].mean()), float(mean[-13:].mean())  # 12 Jan–May 2015; Feb–Apr 2017

    def k(r: ExperimentResult, name: str) -> float:
        return r.kpis[name].mean

    rows = [
        ("Sjöbo 2015, tid i direktkontakt (vanliga veckor; helår)", "11 %",
         f"{pct(k(s15, 'contact_share_ordinary_weeks'))}; {pct(k(s15, 'contact_share'))}", "kalibrering (tjänster)"),
        ("Sjöbo 2017, tid i direktkontakt (vanliga veckor; helår)", "18,5 %",
         f"{pct(k(s17, 'contact_share_ordinary_weeks'))}; {pct(k(s17, 'contact_share'))}",
         "kalibrering (effekter av dator, checklistor, par, skola)"),
        ("Barnens tid, Sjöbo 2017 mot 2015 (varje möte en gång)", "mer än 2015 (krav i uppdraget)",
         f"{pct(k(s17, 'child_contact_share'))} mot {pct(k(s15, 'child_contact_share'))}; "
         f"{k(s17, 'child_hours_per_case_month'):.2f} mot {k(s15, 'child_hours_per_case_month'):.2f} h per ärende "
         "och månad", "validering (riktning)"),
        ("Sjöbo 2015–2017 i en körning (tidslinje): jan–maj 2015 → feb–apr 2017", "11 % → 18,5 %",
         f"{pct(before)} → {pct(after)}",
         "samstämmighet: ändpunkterna är kalibrerade ovan; datumen och inlärningstiden är antaganden"),
    ]
    for cat, fig in (("contact", "13 %"), ("documentation", "35 %"), ("administration", "11 %"),
                     ("travel", "9 %"), ("supervision", "3 %"), ("development", "2 %")):
        rows.append((f"Nationella tidsstudien, {cat}", fig, pct(nat.time_use[cat]),
                     "kalibrering (tjänster, timmar per steg)"))
    rows += [
        ("Utredningstid, medel (Sjöbo 2015)", "98 dagar", f"{k(s15, 'investigation_days'):.0f} dagar",
         "kalibrering (planerad tid, spridning)"),
        ("Utredningar inom 4 månader (Sjöbo 2015)", "minst 85 % (krav i uppdraget)",
         pct(k(s15, "investigation_within_4m")), "kalibrering"),
        ("Utredningar över 4 månader, +25 % anmälningar", "33 % (Stockholm 2018)",
         pct(1 - k(strain, "investigation_within_4m")), "kalibrering (bokad uppföljningskontakt)"),
        ("Personalomsättning (Sjöbo 2015)", "30–34 %", pct(k(s15, "turnover_rate")), "kalibrering"),
        ("Under 1 års erfarenhet", "25 %", pct(k(s15, "newcomer_share")), "kalibrering (de första åren)"),
        ("Över 5 års erfarenhet", "36–47 %", pct(k(s15, "veteran_share")), "kalibrering (de första åren)"),
        ("Personalomsättning, +25 % anmälningar", "högre än utgångsläget",
         f"{pct(k(strain, 'turnover_rate'))} mot {pct(k(s15, 'turnover_rate'))}", "validering (riktning)"),
        ("Sjukfrånvaro, +25 % anmälningar", "högre än utgångsläget",
         f"{pct(k(strain, 'sickness_share'))} mot {pct(k(s15, 'sickness_share'))}", "validering (riktning)"),
        ("Vakanser, +25 % anmälningar", "högre än utgångsläget",
         f"{pct(k(strain, 'vacancy_rate'))} mot {pct(k(s15, 'vacancy_rate'))}", "validering (riktning)"),
        ("Konsultkostnad efter flyktingvågen", "+41 % (Expressen 2016–2017)",
         f"{k(surge, 'consultant_cost_sek') / 1e6:.2f} mkr mot {k(calm, 'consultant_cost_sek') / 1e6:.2f} mkr "
         f"({100 * (k(surge, 'consultant_cost_sek') / max(1.0, k(calm, 'consultant_cost_sek')) - 1):+.0f} %)",
         "validering"),
        ("Arbetad tid under hög belastning (England 2012)", "45,9 h mot 37,2 avtalade (+23 %)",
         f"övertid {pct(k(strain, 'overtime_share'))} av avtalad tid vid +25 %", "skillnad (tak 4 h/vecka, ATL)"),
        ("Skyddsbedömningar senast nästa dag (Sjöbo 2015, med socialjour)", "—",
         pct(k(s15, "protection_next_day")), "utdata"),
        ("Möten per barn i uppföljning och år (Sjöbo 2015)", "minst 4 enskilda samtal med placerade barn; Umeå 4,2",
         f"{k(s15, 'followup_meetings_per_child_year'):.1f} möten", "jämförelse (alla möten är inte enskilda samtal)"),
    ]
    print(f"| mått | publicerat | modellen ({n} replikeringar) | används till |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
