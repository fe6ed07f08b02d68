"""Barntid's simulation core: a SimPy model of a child and youth social-services unit (no Qt here)."""

from barntid import __version__ as __version__
from barntid.sim.engine.accounting import CATEGORIES, KPI_NAMES
from barntid.sim.experiment.results import Estimate, ExperimentResult, ReplicationResult, paired_difference
from barntid.sim.experiment.runner import Cancelled, ReplicationError, make_pool, run_experiment, run_replication
from barntid.sim.scenario.io import ScenarioError, load, parse_text, save, with_changes
from barntid.sim.scenario.schema import Scenario

__all__ = [
    "CATEGORIES", "KPI_NAMES", "Cancelled", "Estimate", "ExperimentResult", "ReplicationError",
    "ReplicationResult", "Scenario", "ScenarioError", "load", "make_pool", "paired_difference", "parse_text",
    "run_experiment", "run_replication", "save", "with_changes",
]
