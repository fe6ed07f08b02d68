"""Goal seeking in words and in JSON, for the command line (the dialog says the same with Qt's translations)."""

from __future__ import annotations

import math
from typing import Any

from barntid.present.format import fmt, fmt_difference, fmt_interval, table
from barntid.sim.decision.goal import Candidate, GoalResult, Plan

BOTH_MEASURES = ("Personalens kontakttid räknar båda socialsekreterarna vid ett parbesök (som tidsstudien och "
                 "20-procentsmålet); barnens tid räknar varje möte en gång, den tid barnen och familjerna får.")


def pct(x: float) -> str:
    """A probability as a whole percent: '80 %'."""
    return f"{100 * x:.0f} %" if math.isfinite(x) else "–"


def _r(x: float) -> float | None:
    return round(x, 6) if math.isfinite(x) else None


def plan_json(p: Plan | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"settings": p.settings, "extra_cost_sek": round(p.cost), "annual_cost_sek": _r(p.annual_cost),
            "contact_share": {"mean": _r(p.contact.mean), "ci95": [_r(p.contact.lo), _r(p.contact.hi)]},
            "child_contact_share": {"mean": _r(p.child.mean), "ci95": [_r(p.child.lo), _r(p.child.hi)]},
            "p_goal": _r(p.p_goal), "replications": p.replications}


def candidate_json(c: Candidate) -> dict[str, Any]:
    return {"settings": c.settings, "extra_cost_sek": round(c.cost), "contact_share": _r(c.contact),
            "child_contact_share": _r(c.child), "p_goal": _r(c.p_goal), "replications": c.replications,
            "passed": c.passed}


def result_json(res: GoalResult, scenario: str, seed: int) -> dict[str, Any]:
    """The JSON of `barntid goal --json`: `settings` is the plan's (for `run --set`), or null."""
    checked = res.plan or (res.rejected[-1] if res.rejected else None)
    near = plan_json(res.nearest)
    if near is not None and res.nearest is not None:
        near["gap"] = {"contact_share": _r(res.target - res.nearest.contact.mean),
                       "p_goal": _r(res.probability - res.nearest.p_goal)}
    return {
        "scenario": scenario, "target": res.target, "probability": res.probability, "seed": seed,
        "keep_child_time": res.keep_child_time, "holds": res.plan is not None,
        "settings": res.plan.settings if res.plan else None,
        "today": plan_json(res.today), "plan": plan_json(res.plan), "nearest": near,
        "confirmation": None if checked is None else {
            "seed": seed, "replications": [0, checked.replications - 1], "holds": res.plan is not None,
            "rule": "p_goal >= probability" + (" and child_contact_share >= today" if res.keep_child_time else "")},
        "rejected": [plan_json(p) for p in res.rejected],
        "search": {"replications": [res.today.replications, res.today.replications + res.search_replications - 1],
                   "grid_points": res.grid_points, "candidates_tested": len(res.evaluated)},
        "frontier": [candidate_json(c) for c in res.frontier],
    }


def side_by_side(res: GoalResult, plan: Plan, head: str) -> str:
    """Today and the plan: both contact measures, the probability and the cost."""
    t = res.today
    rows = [
        ["Personalens kontakttid", fmt("contact_share", t.contact.mean), fmt("contact_share", plan.contact.mean),
         fmt_difference("contact_share", plan.contact.mean - t.contact.mean),
         fmt_interval("contact_share", plan.contact)],
        ["Barnens tid", fmt("child_contact_share", t.child.mean), fmt("child_contact_share", plan.child.mean),
         fmt_difference("child_contact_share", plan.child.mean - t.child.mean),
         fmt_interval("child_contact_share", plan.child)],
        ["Sannolikhet att nå målet", pct(t.p_goal), pct(plan.p_goal),
         "", ""],
        ["Årskostnad (simulerad)", fmt("annual_cost_sek", t.annual_cost), fmt("annual_cost_sek", plan.annual_cost),
         fmt_difference("annual_cost_sek", plan.annual_cost - t.annual_cost), ""],
    ]
    return table(rows, ["", "I dag", head, "Skillnad", "95 %-intervall"])


def result_text(res: GoalResult, scenario: str, seed: int) -> str:
    goal = fmt("contact_share", res.target)
    need = pct(res.probability)
    n = res.today.replications
    lines = [f"Mål: minst {goal} av arbetstiden i direktkontakt i minst {need} av körningarna ({scenario})"
             + (", och barnens tid minskar inte." if res.keep_child_time else ".")]
    plan = res.plan
    if plan is not None:
        lines.append("Scenariot når redan målet utan ändringar." if not plan.settings else
                     f"Billigaste planen som håller (av {res.grid_points} kombinationer av hävstängerna):")
        lines += [f"  {k}={str(v).lower() if isinstance(v, bool) else v}" for k, v in plan.settings.items()]
        lines.append(f"Merkostnad enligt budget: {fmt('annual_cost_sek', plan.cost)} per år.")
        lines.append(side_by_side(res, plan, "Planen"))
        lines.append(f"Kontroll: planen kördes som huvudfönstret och `barntid run` kör den ({n} körningar med frö "
                     f"{seed}, andra än sökningens {res.search_replications}) och når målet i "
                     f"{pct(plan.p_goal)} av dem (minst {need} krävs): planen håller.")
    else:
        lines.append("Ingen plan hittades inom dessa hävstänger.")
        near = res.nearest
        if near is not None:
            gap = max(0.0, res.target - near.contact.mean)
            what = ", ".join(f"{k}={v}" for k, v in near.settings.items()) or "i dag"
            lines.append(f"Närmast kom {what}: {fmt('contact_share', near.contact.mean)}, "
                         f"{fmt_difference('contact_share', gap).lstrip('+')} under målet, sannolikhet "
                         f"{pct(near.p_goal)} (minst {need} krävs).")
            lines.append(side_by_side(res, near, "Närmast"))
        lines.append("Tillåt fler hävstänger eller högre värden med --lever, eller sänk målet.")
    if res.rejected and plan is not None:
        lines.append(f"{len(res.rejected)} billigare plan(er) klarade sökningen men inte kontrollen och valdes bort.")
    lines.append(BOTH_MEASURES)
    front = [[fmt("annual_cost_sek", c.cost), fmt("contact_share", c.contact), fmt("child_contact_share", c.child),
              ", ".join(f"{k.split('.')[-1]}={v}" for k, v in c.settings.items()) or "i dag"] for c in res.frontier]
    lines.append("\nMerkostnad mot kontakttid (prövade planer som ingen billigare slår; uppskattning från sökningen):")
    lines.append(table(front, ["Merkostnad", "Kontakttid", "Barnens tid", "Inställningar"]))
    return "\n".join(lines)
