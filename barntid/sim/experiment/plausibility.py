"""Runs that cannot mean anything, refused up front, and results so extreme that the user should be told.

`check_meaningful` is called before a run by the command line and the application (not by sweeps and goal
seeking, whose grids may pass through such points); `warnings` reads a finished result.
"""

from __future__ import annotations

import math

from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.scenario.io import ScenarioError, field_problem
from barntid.sim.scenario.schema import Scenario


def check_meaningful(sc: Scenario) -> None:
    """Raise ScenarioError, in plain words, if the scenario's key figures cannot be computed at all."""
    if sc.staff.social_workers <= 0:
        raise ScenarioError([field_problem(
            "staff.social_workers",
            "enheten har inga socialsekreterare (0 heltidstjänster). Då blir inget arbete gjort och ingen tid går "
            "till barn och familjer, så nyckeltalen går inte att räkna. Ange minst en tjänst")])


def warnings(result: ExperimentResult) -> list[str]:
    """Plain sentences about results at an extreme: nothing is wrong with the program, but the unit is."""
    if not result.replications:
        return []
    k = {name: e.mean for name, e in result.kpis.items()}
    sc = result.scenario
    out = []
    contact = k.get("contact_share", math.nan)
    if math.isfinite(contact) and contact < 0.005:
        out.append("Nästan ingen tid går till möten med barn och familjer: enheten hinner bara det mest "
                   "brådskande. Kontrollera bemanningen och inflödet av anmälningar.")
    if sc.demand.share_to_investigation > 0 and sc.demand.reports_per_week > 0 \
            and not math.isfinite(k.get("investigation_days", math.nan)):
        out.append("Ingen utredning hann avslutas under den simulerade tiden, så utredningstiden går inte att "
                   "räkna. Enheten hinner inte med utredningarna, eller så är den simulerade tiden för kort.")
    within = k.get("assessment_within_14d", math.nan)
    if not math.isfinite(within) and sc.demand.reports_per_week > 0:
        out.append("Ingen förhandsbedömning blev klar under den simulerade tiden: enheten hinner inte ens med "
                   "de nya anmälningarna.")
    elif math.isfinite(within) and within < 0.1:
        out.append("Färre än 1 av 10 förhandsbedömningar blir klara inom 14 dagar: enheten är långt över sin "
                   "förmåga.")
    if len(result.replications) < 2:
        out.append("Resultatet bygger på en enda körning, så det finns inget osäkerhetsintervall; välj minst två "
                   "körningar.")
    return out
