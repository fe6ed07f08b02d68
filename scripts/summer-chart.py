"""Draw docs/img/summer-weeks.png: Sjöbo 2015's weekly contact share (mean of 30 replications) with and
without three summer substitutes, and print the lowest week and the summer and ordinary-week means.

    .venv/bin/python scripts/summer-chart.py          # 30 replications, as docs/model.md section 6.5 shows
"""

from __future__ import annotations

import argparse
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

from barntid.present.calendar import month_ticks
from barntid.sim import load, run_experiment, with_changes

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=30, help="replications (30)")
    ap.add_argument("--out", default=str(ROOT / "docs" / "img" / "summer-weeks.png"))
    args = ap.parse_args()
    fig, ax = plt.subplots(figsize=(10, 4.2), dpi=110)
    for name in ("sjobo-2015", "sjobo-2017"):
        sc = load(ROOT / "scenarios" / f"{name}.toml")
        for subs, style in ((0, "-"), (3, "--")):
            r = run_experiment(with_changes(sc, {"calendar.substitutes": subs}), replications=args.n, workers=2)
            mean = r.series("contact_share")[0]
            x = np.arange(1, len(mean) + 1)
            text = f"{sc.name}, {'utan' if not subs else f'{subs}'} sommarvikarier"
            ax.plot(x, 100 * mean, style, lw=1.6, label=text)
            summer = [w for w in range(len(mean)) if 24 <= (w + sc.simulation.warmup_weeks) % 52 <= 33]
            print(f"{text}: lägsta vecka {100 * np.nanmin(mean):.1f} %, "
                  f"sommarveckorna {100 * np.nanmean(mean[summer]):.1f} %, "
                  f"året {100 * r.kpis['contact_share'].mean:.1f} %, vanliga veckor "
                  f"{100 * r.kpis['contact_share_ordinary_weeks'].mean:.1f} %")
    ticks = month_ticks(sc.calendar.start_date, sc.simulation.warmup_weeks, len(mean))
    ax.set_xticks([t for t, _ in ticks], [s for _, s in ticks])
    ax.axhline(20, color="#c62828", ls=":", lw=1.2)
    ax.set_ylim(0, 25)
    ax.set_ylabel("Tid i direktkontakt, veckomedel (%)")
    ax.set_title("Veckovis kontakttid, medel av körningarna: sommaren med och utan vikarier")
    ax.legend(fontsize=8, ncol=2, loc="lower left")
    ax.grid(True, axis="y", color="#e0e0e0")
    fig.tight_layout()
    fig.savefig(args.out)
    print(f"sparad: {args.out}")


if __name__ == "__main__":
    main()
