"""Why a requirement stays unmet, in words a planner can act on (planning spec § Objective).

Static blockers come first (no skill, no shared site, no common free time, not enough compatible
participants); otherwise every slot the static rules allow is tried against the final plan with
the rules engine, and the rules that block them are named with the people and sites involved.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter, defaultdict
from dataclasses import dataclass

from sosdesk.domain.closures import ddmm, describe
from sosdesk.domain.model import Meeting, MeetingType, PlanningProblem, Violation
from sosdesk.domain.rules import WeekIndex
from sosdesk.domain.rules_base import and_list, windows_text
from sosdesk.domain.vocabulary import clock, duration, of, skill_label, weekday
from sosdesk.planning import spans as sp
from sosdesk.planning.candidates import DAYS, Availability, is_grouped, pair_free, pro_tuples

MAX_TRIES = 400
# Professional tuples tried per site and day (the first ones with a free slot, in a stable order).
TUPLES_PER_SITE_DAY = 6
# Tries shared by every unmet requirement, so the analysis stays within the planner's time limit.
TOTAL_TRIES = 2500


@dataclass(frozen=True, slots=True)
class Unmet:
    beneficiary: str
    type: str
    minutes: int
    reason: str

    def to_json(self) -> dict[str, object]:
        return {"beneficiary": self.beneficiary, "type": self.type, "minutes": self.minutes,
                "reason": self.reason}


def _days_text(days: list[int]) -> str:
    return and_list(weekday(d) for d in sorted(set(days))) or "aucun jour"


def _sites(av: Availability, sites: list[str]) -> str:
    return and_list(av.names.site(s) for s in sites)


def _ben_windows(av: Availability, ben: str) -> str:
    b = av.p.beneficiaries[ben]
    if b.available:
        return f"ses créneaux autorisés ({windows_text(b.available)})"
    if b.unavailable:
        return f"ses heures libres (indisponible {windows_text(b.unavailable)})"
    return "la semaine"


def _dated_note(av: Availability, ben: str, t: MeetingType, limit: int = 3) -> str:
    """The week's dated unavailability that narrows this requirement (issue 12): the
    beneficiary's absences, leave of the skilled professionals, closures of the possible sites
    (« ; congé de P3 du 21/12 au 31/12 ; le 25/12 est férié (Noël) : le site S1 est fermé »)."""
    sites = set(av.ben_sites(ben))
    pros = {p for p in av.skilled(t.skill) if av.pro_sites(p) & sites}
    texts: list[str] = []
    for w in sorted(av.p.dated, key=lambda w: (w.day, w.subject, w.who)):
        concerned = ((w.subject == "beneficiary" and w.who == ben) or (w.subject == "professional" and w.who in pros)
                     or (w.subject == "site" and w.who in sites))
        if concerned and w.closes:
            text = describe(w, av.names.site(w.who) if w.subject == "site" else av.names.person(w.who))
            if w.kind == "holiday" and w.subject == "site":
                text = f"le {ddmm(w.date)} est férié ({w.reason})"
            if text not in texts:
                texts.append(text)
    if not texts:
        return ""
    more = f" et {len(texts) - limit} autre(s)" if len(texts) > limit else ""
    return " ; " + " ; ".join(texts[:limit]) + more


def _static(av: Availability, ben: str, t: MeetingType) -> tuple[str | None, list[Meeting]]:
    """A reason that holds whatever else is planned, or the slots to try against the plan."""
    p, n = av.p, av.names
    who, label = n.person(ben), n.type(t.id)
    if t.kind == "law_enforcement":
        return ("les rendez-vous judiciaires ne sont pas planifiés automatiquement : "
                "saisissez-les comme rendez-vous fixes", [])
    skilled = av.skilled(t.skill)
    if len(skilled) < t.professionals:
        have = f"seulement {len(skilled)}" if skilled else "aucun"
        return (f"{have} professionnel avec la compétence « {skill_label(t.skill)} » "
                f"({t.professionals} requis par rendez-vous « {label} »)", [])
    sites = [s for s in av.ben_sites(ben) if t.professionals == 0 or any(s in av.pro_sites(x) for x in skilled)]
    if not sites:
        return (f"aucun professionnel « {skill_label(t.skill)} » n'intervient sur les sites {of(who)} "
                f"({_sites(av, av.ben_sites(ben))})", [])
    tries: list[Meeting] = []
    ben_days: list[int] = []
    for site in sites:
        for day in DAYS:
            ben_free = av.ben_free(ben, day, site)
            if any(b - a >= t.minutes for a, b in ben_free):
                ben_days.append(day)
            if not ben_free:
                continue
            found = 0
            for pros in pro_tuples(av, t, site, 50):
                free = sp.intersect(ben_free, pair_free(av, pros, day, site))
                starts = sp.starts(free, t.minutes, 30, p.slot_minutes)
                for start in starts:
                    tries.append(Meeting("__candidate__", t.id, day, start, t.minutes, site, pros, (ben,)))
                found += bool(starts)
                if found >= TUPLES_PER_SITE_DAY:  # enough to tell what blocks them, at office scale too
                    break
    if not ben_days:
        fixed = sorted({m.id: m for m in av.fixed_by_person.get(ben, []) if ben in m.beneficiaries}.values(),
                       key=lambda m: (m.day, m.start, m.id))
        if fixed and _free_without_fixed(av, ben, sites, t.minutes):
            return (f"les rendez-vous fixes {of(who)} ({n.meetings(fixed)}), avec leur marge et les trajets, "
                    f"ne laissent aucun créneau de {duration(t.minutes)} sur ses sites ({_sites(av, sites)})", [])
        since = ""
        if av.not_before is not None:
            day, minute = av.not_before
            since = (" d'ici la fin de la semaine" if day > 7 else
                     f" à partir de maintenant ({n.day(day)} à {clock(minute)})")
        return (f"aucun créneau de {duration(t.minutes)}{since} où {who} est libre et un de ses sites "
                f"({_sites(av, sites)}) ouvert, compte tenu de {_ben_windows(av, ben)}"
                f"{_dated_note(av, ben, t)}", [])
    if not tries:
        return (f"aucun professionnel « {skill_label(t.skill)} » libre pendant {_ben_windows(av, ben)} "
                f"sur ses sites ({_sites(av, sites)}), jours possibles : {_days_text(ben_days)}"
                f"{_dated_note(av, ben, t)}", [])
    return None, tries


def _free_without_fixed(av: Availability, ben: str, sites: list[str], minutes: int) -> bool:
    b = av.p.beneficiaries[ben]
    for site in sites:
        s = av.p.sites[site]
        for day in DAYS:
            base = sp.of_windows(b.available, day) if b.available else list(sp.WHOLE_DAY)
            base = sp.subtract(base, sp.of_windows(b.unavailable, day))
            base = sp.subtract(base, av.dated_off("beneficiary", ben, day))
            open_spans = sp.of_windows(s.open, day) if s.open else list(sp.WHOLE_DAY)
            open_spans = sp.subtract(open_spans, av.dated_off("site", site, day))
            if any(e - a >= minutes for a, e in sp.intersect(base, open_spans)):
                return True
    return False


class _FreeAt:
    """Who needs a type and is free for a whole session at (site, day, start): shared by every
    unmet requirement of the type (the professionals of a try do not change who is free)."""

    def __init__(self, av: Availability) -> None:
        self.av = av
        self.needing: dict[str, list[str]] = {}
        self.cache: dict[tuple[str, str, int, int, int], frozenset[str]] = {}

    def __call__(self, t: MeetingType, site: str, day: int, start: int, end: int) -> frozenset[str]:
        key = (t.id, site, day, start, end)
        found = self.cache.get(key)
        if found is None:
            if t.id not in self.needing:
                self.needing[t.id] = [b.id for b in self.av.p.beneficiaries.values()
                                      if any(r.type == t.id for r in b.requirements)]
            found = frozenset(o for o in self.needing[t.id] if site in self.av.ben_sites(o)
                              and sp.covers(self.av.ben_free(o, day, site), start, end))
            self.cache[key] = found
        return found


def _group_reason(av: Availability, ben: str, t: MeetingType, tries: list[Meeting],
                  free_at: _FreeAt | None = None) -> str | None:
    """Collective: who could sit with ``ben`` in any possible session, and who is forbidden."""
    free_at = free_at or _FreeAt(av)
    best, best_without_ban = 0, 0
    banned: set[str] = set()
    forbidden = av.forbidden(ben)
    need = max(t.min_participants, 1)
    for site, day, start, end in sorted({(m.site, m.day, m.start, m.end) for m in tries}):
        free = free_at(t, site, day, start, end) - {ben}
        ok = free - forbidden
        banned.update(free & forbidden)
        best, best_without_ban = max(best, len(ok) + 1), max(best_without_ban, len(free) + 1)
        if best >= need:
            break
    need = max(t.min_participants, 1)
    if best >= need:
        return None
    n = av.names
    if best_without_ban >= need:
        return (f"interdit avec {n.persons(sorted(banned))} dans toutes les sessions « {n.type(t.id)} » "
                f"possibles (au plus {best} participants compatibles, {need} requis)")
    return (f"pas assez de participants disponibles en même temps que {n.person(ben)} pour "
            f"« {n.type(t.id)} » (au plus {best}, {need} requis)")


def _with_company(av: Availability, ben: str, t: MeetingType, m: Meeting, short: set[str]) -> Meeting:
    """A new session for ``ben`` filled with other compatible people still short of ``t``."""
    others = [b for b in sorted(short)
              if b != ben and b not in av.forbidden(ben)
              and sp.covers(av.ben_free(b, m.day, m.site), m.start, m.end)]
    return dataclasses.replace(m, beneficiaries=(ben, *others[: t.max_participants - 1]))


_RULE_TEXT = {
    "H1": "{ben} a déjà un autre rendez-vous sur ces créneaux",
    "H2": "les professionnels « {skill} » possibles ({pros}) sont déjà occupés sur ces créneaux",
    "H3": "hors des disponibilités {of_ben}",
    "H4": "hors des disponibilités des professionnels ({pros})",
    "H6": "professionnels en nombre ou compétence insuffisants",
    "H10": "un des participants ne peut pas se rendre sur ce site",
    "H13": "la session dépasserait l'obligation d'un participant",
    "H5": "site complet ({sites}) sur ces créneaux",
    "H7": "la session serait complète ou sous le minimum de participants",
    "H8": "interdit avec {partners}, présent(s) au même site sur ces créneaux",
    "H9": "temps de trajet insuffisant avec les autres rendez-vous de la journée",
    "H11": "{ben} atteint déjà son maximum de rendez-vous par jour ({days})",
    "H12": "plafond hebdomadaire atteint pour {capped}",
    "H14": "marge autour d'un rendez-vous fixe (judiciaire) {of_ben}",
}


def _dynamic(av: Availability, index: WeekIndex, ben: str, t: MeetingType, tries: list[Meeting],
             meetings: list[Meeting], short: set[str], max_tries: int = MAX_TRIES) -> str:
    """Try each allowed slot (and joining each planned session) against the final plan."""
    if len(tries) > max_tries:
        stride = len(tries) / max_tries
        tries = [tries[int(i * stride)] for i in range(max_tries)]
    if is_grouped(t):
        sessions = [m for m in meetings if m.type == t.id and ben not in m.beneficiaries and not m.fixed]
        if len(sessions) > max_tries:  # at office scale hundreds of sessions: a spread sample is enough
            stride = len(sessions) / max_tries
            sessions = [sessions[int(i * stride)] for i in range(max_tries)]
        joins = [dataclasses.replace(m, beneficiaries=(*m.beneficiaries, ben), fixed=False) for m in sessions]
        tries = joins + [_with_company(av, ben, t, m, short) for m in tries]
    counts: Counter[str] = Counter()
    details: dict[str, list[Violation]] = defaultdict(list)
    rule_days: dict[str, list[int]] = defaultdict(list)
    for cand in tries:
        found = index.check_candidate(cand)
        if not found:
            return (f"créneau encore possible non retenu ({av.names.day(cand.day)} à {clock(cand.start)}, "
                    f"{av.names.site(cand.site)}) : limite de temps de calcul ou arbitrage avec d'autres "
                    f"obligations")
        for rule in sorted({v.rule for v in found}):
            counts[rule] += 1
            details[rule].extend(found)
            rule_days[rule].append(cand.day)
    if not counts:
        return (f"aucune session « {av.names.type(t.id)} » planifiée à rejoindre et pas assez de participants "
                f"pour en ouvrir une")
    pros = sorted({x for c in tries for x in c.professionals})
    capped = sorted({p for v in details.get("H12", []) for p in v.people if p in av.p.professionals})
    partners = sorted({p for v in details.get("H8", []) for p in v.people if p != ben})
    sites = sorted({c.site for c in tries})
    days = _days_text(rule_days.get("H11", []))
    n = av.names
    texts = [_RULE_TEXT.get(rule, f"règle {rule}").format(
        ben=n.person(ben), of_ben=of(n.person(ben)), skill=skill_label(t.skill), pros=n.persons(pros),
        sites=_sites(av, sites), partners=n.persons(partners), days=days, capped=n.persons(capped))
        for rule, _n in counts.most_common(3)]
    return "tous les créneaux possibles sont bloqués : " + " ; ".join(texts) + _dated_note(av, ben, t)


LATE_REASON = ("analyse non terminée dans la limite de temps : relancez avec une limite plus longue "
               "pour connaître la raison")


def explain_unmet(problem: PlanningProblem, meetings: list[Meeting], required: dict[tuple[str, str], int],
                  planned: dict[tuple[str, str], int], not_before: tuple[int, int] | None = None,
                  deadline: float | None = None) -> tuple[list[Unmet], bool]:
    """Every requirement not fully covered, with its missing minutes and the reason
    (``not_before``: nothing could be planned before that (day, minute), see ``Availability``),
    and whether every reason was worked out before ``deadline`` (``time.monotonic()``): past it,
    the remaining requirements are still listed, with ``LATE_REASON``."""
    av = Availability(problem, not_before)
    index: WeekIndex | None = None
    out: list[Unmet] = []
    n_short = sum(1 for k, minutes in required.items() if planned.get(k, 0) < minutes)
    max_tries = max(min(MAX_TRIES, TOTAL_TRIES // max(n_short, 1)), 10)
    free_at = _FreeAt(av)
    short_of: dict[str, set[str]] = {}
    complete = True
    for (ben, type_id), minutes in sorted(required.items()):
        missing = minutes - min(planned.get((ben, type_id), 0), minutes)
        if missing <= 0:
            continue
        if deadline is not None and time.monotonic() > deadline:
            complete = False
            out.append(Unmet(ben, type_id, missing, LATE_REASON))
            continue
        t = problem.meeting_types[type_id]
        reason, tries = _static(av, ben, t)
        if reason is None and is_grouped(t):
            reason = _group_reason(av, ben, t, tries, free_at)
        if reason is None:
            index = index or WeekIndex(problem, meetings)
            if type_id not in short_of:
                short_of[type_id] = {b for (b, tid), need in required.items()
                                     if tid == type_id and planned.get((b, tid), 0) < need}
            short = short_of[type_id]
            reason = _dynamic(av, index, ben, t, tries, meetings, short, max_tries)
        out.append(Unmet(ben, type_id, missing, reason))
    return out, complete
