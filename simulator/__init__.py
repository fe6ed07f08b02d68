"""Barntid's simulation core: a SimPy model of a child and youth social-services unit (no Qt here)."""

from .accounting import CATEGORIES, KPI_NAMES
from .results import Estimate, ExperimentResult, ReplicationResult, paired_difference
from .runner import Cancelled, ReplicationError, make_pool, run_experiment, run_replication
from .scenario_io import ScenarioError, load, parse_text, save, with_changes
from .schema import Scenario

__version__ = "0.1.0"
__all__ = [
    "CATEGORIES", "KPI_NAMES", "Cancelled", "Estimate", "ExperimentResult", "ReplicationError",
    "ReplicationResult", "Scenario", "ScenarioError", "load", "make_pool", "paired_difference", "parse_text",
    "run_experiment", "run_replication", "save", "with_changes",
]
