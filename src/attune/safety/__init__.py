"""Safety: recognise risk in every message and answer it with a real crisis response.

Public API:
    SafetyDetector().assess(text, context=(), reading=None) -> Risk   (domain.ports.RiskAssessor)
    assess(text, context=(), reading=None) -> Risk                      (shared detector)
    enters_crisis_pathway(risk) -> bool                                  (low and above)
    crisis_response(risk, locale, safety_plan=None) -> CrisisResponse
    lines_for(locale, category) -> list[CrisisLine]; emergency_for(locale) -> CrisisLine
    SafetyPlan (Stanley & Brown), SafetyPlanError
"""

from attune.safety.detector import SafetyDetector, assess, enters_crisis_pathway
from attune.safety.lines import CrisisLine, emergency_for, lines_for
from attune.safety.response import CrisisResponse, PlanSection, crisis_response
from attune.safety.safety_plan import SafetyPlan, SafetyPlanError

__all__ = [
    "CrisisLine",
    "CrisisResponse",
    "PlanSection",
    "SafetyDetector",
    "SafetyPlan",
    "SafetyPlanError",
    "assess",
    "crisis_response",
    "emergency_for",
    "enters_crisis_pathway",
    "lines_for",
]
