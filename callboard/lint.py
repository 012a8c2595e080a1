"""The employer's quality report for an ad: what is missing or vague, and how to fix it."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from callboard.profile import Profile

MAX_DUTIES = 10
# Failed checks that make an ad fail the lint; the others are warnings.
BLOCKING = frozenset(
    {
        "employer_identified",
        "pay_stated",
        "contract_stated",
        "no_discrimination",
        "pl_pay_transparency",
        "no_past_pay_request",
    }
)


@dataclass(frozen=True)
class Finding:
    id: str
    severity: str  # "error" | "warning"
    message: str
    suggestion: str | None


@dataclass(frozen=True)
class LintReport:
    score: int
    findings: tuple[Finding, ...]

    @property
    def passed(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)

    def to_dict(self) -> dict[str, object]:
        return {"passed": self.passed, "score": self.score, "findings": [asdict(f) for f in self.findings]}


def lint_profile(p: Profile) -> LintReport:
    findings: list[Finding] = []
    for c in p.transparency.checks:
        if not c.passed:
            findings.append(Finding(c.id, "error" if c.id in BLOCKING else "warning", c.reason, c.suggestion))
    duties = p.duties
    if not duties:
        findings.append(
            Finding(
                "duties_missing",
                "error",
                "no list of duties found",
                "Add a 'Duties' / 'Zakres obowiązków' / 'Обязанности' section with 4-8 concrete items.",
            )
        )
    elif len(duties) > MAX_DUTIES:
        findings.append(
            Finding(
                "too_many_duties",
                "warning",
                f"{len(duties)} duties listed (more than {MAX_DUTIES})",
                "Keep the 5-8 duties that fill most of the day; move the rest to the interview.",
            )
        )
    vague = [d for d in duties if len(d.text.split()) < 3 and not d.goals]
    if vague:
        findings.append(
            Finding(
                "vague_duties",
                "warning",
                "vague duties: " + "; ".join(d.text for d in vague[:3]),
                "Say what the person does, with whom and through which channel.",
            )
        )
    if not p.reporting_line:
        findings.append(
            Finding(
                "no_reporting_line",
                "warning",
                "the ad does not say whom the person reports to",
                "Name the reporting line (e.g. 'you report to the team leader of the inbound team').",
            )
        )
    for f in p.risk.flags:
        if f.weight >= 0.3:
            findings.append(
                Finding(
                    f"risk_{f.id}",
                    "error",
                    f"looks like a scam signal: {f.reason}",
                    "Remove requests for fees, ID or bank data; name the employer and the contact.",
                )
            )
    return LintReport(p.transparency.score, tuple(findings))


def render_report(r: LintReport) -> str:
    lines = [f"transparency score: {r.score}/100", "PASS" if r.passed else "FAIL", ""]
    for f in r.findings:
        lines.append(f"[{f.severity}] {f.id}: {f.message}")
        if f.suggestion:
            lines.append(f"    -> {f.suggestion}")
    if not r.findings:
        lines.append("no findings: the ad states everything a candidate needs.")
    return "\n".join(lines)
