"""The goal-seeking result in words for the dialog (rich text): the plan or the nearest candidate, today and
the plan side by side on both contact measures, the cost, the independent check and what the measures mean."""

from __future__ import annotations

import html
import math
from typing import Any

from barntid.gui.decision.charts import key_label, unit_text, value_text
from barntid.gui.i18n import lang
from barntid.sim.decision.goal import GoalResult, Plan
from barntid.sim.scenario.io import get
from barntid.sim.scenario.schema import Scenario


def tr(text: str) -> str:
    return lang.tr("Decision", text)


def with_unit(value: Any, key: str) -> str:
    text = value_text(value, key)
    unit = unit_text(key)
    return f"{text} {unit}" if unit and isinstance(value, int | float) and not isinstance(value, bool) else text


def share_text(x: float, decimals: int = 1) -> str:
    """A share with a fixed number of decimals ('11,0 %', never '11 %' beside '10,6 %')."""
    if not math.isfinite(x):
        return "–"
    text = f"{100 * x:.{decimals}f}"
    text = text.replace(".", ",") if lang.current() == "sv" else text
    return f"{text}\u00a0%" if lang.current() == "sv" else f"{text}%"  # never '100' at a line's end, '%' below


def _mkr(x: float, sign: bool = False) -> str:
    if not math.isfinite(x):
        return "–"
    text = lang.number(abs(x) / 1e6, 2) + " " + tr("mkr")
    return (("+" if x >= 0 else "−") + text) if sign else text


def _interval(p: Plan, child: bool = False) -> str:
    e = p.child if child else p.contact
    if not (math.isfinite(e.lo) and math.isfinite(e.hi)):
        return ""
    return f"{share_text(e.lo)[:-2]}–{share_text(e.hi)}"


def changes_table(plan: Plan, base: Scenario | None, head: str) -> str:
    esc = html.escape
    rows = [f"<tr><th align='left'>{esc(tr('Ändring'))}</th><th align='left'>{esc(tr('I dag'))}</th>"
            f"<th align='left'>{esc(head)}</th></tr>"]
    for key, value in plan.settings.items():
        old = with_unit(get(base, key), key) if base is not None else ""
        rows.append(f"<tr><td>{esc(key_label(key))}</td><td>{esc(old)}</td><td><b>{esc(with_unit(value, key))}</b>"
                    "</td></tr>")
    return "<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"


def side_by_side(res: GoalResult, plan: Plan, head: str) -> str:
    """Today and the plan: staff contact time, children's time, probability and cost."""
    esc = html.escape
    t = res.today
    rows = [(tr("Personalens kontakttid"), share_text(t.contact.mean), share_text(plan.contact.mean), _interval(plan)),
            (tr("Barnens tid"), share_text(t.child.mean), share_text(plan.child.mean), _interval(plan, child=True)),
            (tr("Sannolikhet att nå målet"), share_text(t.p_goal, 0), share_text(plan.p_goal, 0), ""),
            (tr("Merkostnad enligt budget"), "–", _mkr(plan.cost, sign=True) + " " + tr("per år"), ""),
            (tr("Årskostnad i simuleringen"), _mkr(t.annual_cost), _mkr(plan.annual_cost), "")]
    cells = [f"<tr><th align='left'></th><th align='right'>{esc(tr('I dag'))}</th><th align='right'>{esc(head)}"
             f"</th><th align='left'>{esc(tr('95 %-intervall'))}</th></tr>"]
    cells += [f"<tr><td>{esc(a)}</td><td align='right'>{esc(b)}</td><td align='right'><b>{esc(c)}</b></td>"
              f"<td>{esc(d)}</td></tr>" for a, b, c, d in rows]
    return "<table cellspacing='0' cellpadding='3'>" + "".join(cells) + "</table>"


def summary_html(res: GoalResult, base: Scenario | None) -> str:
    esc = html.escape
    goal, chance = share_text(res.target), share_text(res.probability, 0)
    n = res.today.replications
    parts: list[str] = []
    plan = res.plan
    if plan is not None and not plan.settings:
        parts.append("<b>" + esc(tr("Scenariot når redan målet utan ändringar.")) + "</b>")
    elif plan is not None:
        parts.append("<b>" + esc(tr("Billigaste planen som når målet %1 med minst %2 sannolikhet och håller vid "
                                    "kontrollen:").replace("%1", goal).replace("%2", chance)) + "</b>")
        parts.append(changes_table(plan, base, tr("Planen")))
    else:
        parts.append("<b>" + esc(tr("Ingen plan hittades inom dessa hävstänger.")) + "</b>")
    shown = plan or res.nearest
    if plan is None and shown is not None:
        gap = max(0.0, res.target - shown.contact.mean)
        parts.append(esc(tr("Närmast kom planen nedan: %1, %2 procentenheter under målet %3, sannolikhet %4 (minst "
                            "%5 krävs). Tillåt fler hävstänger, högre värden eller sänk målet.")
                         .replace("%1", share_text(shown.contact.mean)).replace("%2", share_text(gap)[:-2])
                         .replace("%3", goal).replace("%4", share_text(shown.p_goal, 0)).replace("%5", chance)))
        if shown.settings:
            parts.append(changes_table(shown, base, tr("Närmast")))
    if shown is not None:
        parts.append(side_by_side(res, shown, tr("Planen") if plan is not None else tr("Närmast")))
    if plan is not None:
        check = tr("Kontroll: planen kördes som huvudfönstret kör den (%1 körningar, andra än sökningens) och når "
                   "målet i %2 av dem; minst %3 krävs.").replace("%1", str(n)).replace(
            "%2", share_text(plan.p_goal, 0)).replace("%3", chance)
        if res.keep_child_time:
            check += " " + tr("Barnens tid minskar inte.")
        parts.append(esc(check) + " <span style='color:#1b5e20'>✔ " + esc(tr("Planen håller.")) + "</span>")
    if res.rejected:
        parts.append(esc(tr("%1 billigare plan(er) klarade sökningen men inte kontrollen och valdes bort.")
                         .replace("%1", str(len(res.rejected)))))
    parts.append("<i>" + esc(tr(
        "Personalens kontakttid räknar båda socialsekreterarna vid ett parbesök, som tidsstudien och målet gör; "
        "barnens tid räknar varje möte en gång. Merkostnaden är budgetens (tjänster, datorer, jour, konsulter); "
        "arbetssätt som parbesök kostar inget.")) + "</i>")
    return "<p style='margin-top:4px'>" + "</p><p>".join(parts) + "</p>"
