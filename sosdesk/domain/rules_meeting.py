"""Rules judged on one meeting alone: unknown ids, H3–H7, H8 (same meeting), H10, H14 (unchanged)."""

from __future__ import annotations

from sosdesk.domain import vocabulary as voc
from sosdesk.domain.closures import describe
from sosdesk.domain.model import Meeting, MeetingType, inside_any
from sosdesk.domain.rules_base import (
    RuleContext,
    Violation,
    sentence,
    violation,
    windows_text,
)


def meeting_violations(ctx: RuleContext, m: Meeting) -> list[Violation]:
    """Every single-meeting problem of ``m``; law-enforcement meetings skip H3–H8 and H10."""
    out = _unknown_ids(ctx, m)
    out += _fixed_changed(ctx, m)
    if ctx.is_law(m):
        return out
    out += _forbidden_inside(ctx, m)
    out += _windows(ctx, m)
    mtype = ctx.problem.meeting_types.get(m.type)
    if mtype is not None:
        out += _staffing(ctx, m, mtype)
    out += _allowed_sites(ctx, m)
    return out


def _unknown_ids(ctx: RuleContext, m: Meeting) -> list[Violation]:
    p = ctx.problem
    what = sentence(ctx.names.meeting(m))
    out: list[Violation] = []
    if m.type not in p.meeting_types:
        out.append(violation("H6", [m.id], [], f"{what} : type de rendez-vous inconnu « {m.type} »"))
    if m.site not in p.sites:
        out.append(violation("H5", [m.id], [], f"{what} : site inconnu « {m.site} »"))
    for pid in dict.fromkeys(m.professionals):
        if pid not in p.professionals:
            out.append(violation("H6", [m.id], [pid], f"{what} : professionnel inconnu « {pid} »"))
    for bid in dict.fromkeys(m.beneficiaries):
        if bid not in p.beneficiaries:
            out.append(violation("H6", [m.id], [bid], f"{what} : bénéficiaire inconnu « {bid} »"))
    return out


def _fixed_changed(ctx: RuleContext, m: Meeting) -> list[Violation]:
    given = ctx.fixed.get(m.id)
    if given is None:
        return []
    changed = [
        label
        for label, same in (
            ("type", m.type == given.type),
            ("jour", m.day == given.day),
            ("début", m.start == given.start),
            ("durée", m.minutes == given.minutes),
            ("site", m.site == given.site),
            ("professionnels", sorted(m.professionals) == sorted(given.professionals)),
            ("bénéficiaires", sorted(m.beneficiaries) == sorted(given.beneficiaries)),
        )
        if not same
    ]
    if not changed:
        return []
    n = ctx.names
    who = [*given.beneficiaries, *given.professionals]
    with_whom = f" avec {n.persons(who)}" if who else ""
    message = (
        f"{sentence(n.fixed_meeting(given))} a été modifié ({', '.join(changed)}) : il doit "
        f"rester le {n.span(given.day, given.start, given.end)} à {n.site(given.site)}{with_whom}"
    )
    return [violation("H14", [m.id], [*who, *m.beneficiaries, *m.professionals], message)]


def _forbidden_inside(ctx: RuleContext, m: Meeting) -> list[Violation]:
    """H8: two beneficiaries forbidden together in the same meeting (either side suffices)."""
    out: list[Violation] = []
    bens = sorted(set(m.beneficiaries))
    for i, a in enumerate(bens):
        for b in bens[i + 1 :]:
            if ctx.is_forbidden(a, b):
                message = (
                    f"{ctx.names.persons([a, b])} ne doivent pas se croiser : ils sont tous deux dans "
                    f"{ctx.names.meeting(m)}"
                )
                out.append(violation("H8", [m.id], [a, b], message))
    return out


def _windows(ctx: RuleContext, m: Meeting) -> list[Violation]:
    """H3 (beneficiary available/unavailable), H4 (professional available), H5 (site open)."""
    p, n = ctx.problem, ctx.names
    what = sentence(n.meeting(m))
    out: list[Violation] = []
    for bid in dict.fromkeys(m.beneficiaries):
        ben = p.beneficiaries.get(bid)
        if ben is None:
            continue
        if ben.available and not inside_any(ben.available, m.day, m.start, m.end):
            out.append(violation("H3", [m.id], [bid], (
                f"{what} tombe hors des disponibilités {voc.of(n.person(bid))} "
                f"({windows_text(ben.available)}) : placez-le dans un de ces créneaux")))
        clashes = [w for w in ben.unavailable if w.overlaps(m.day, m.start, m.end)]
        if clashes:
            out.append(violation("H3", [m.id], [bid], (
                f"{what} empiète sur une indisponibilité {voc.of(n.person(bid))} ({windows_text(clashes)})")))
    for pid in dict.fromkeys(m.professionals):
        pro = p.professionals.get(pid)
        if pro is not None and pro.available and not inside_any(pro.available, m.day, m.start, m.end):
            out.append(violation("H4", [m.id], [pid], (
                f"{what} tombe hors des disponibilités {voc.of(n.person(pid))} "
                f"({windows_text(pro.available)}) : placez-le dans un de ces créneaux")))
    site = p.sites.get(m.site)
    if site is not None and site.open and not inside_any(site.open, m.day, m.start, m.end):
        same_day = [w for w in site.open if w.day == m.day]
        hours = windows_text(same_day) if same_day else f"fermé le {voc.weekday(m.day)}"
        out.append(violation("H5", [m.id], [], (
            f"{what} a lieu quand le site {n.site(m.site)} est fermé (horaires : {hours})")))
    return out + _dated(ctx, m)


def _dated(ctx: RuleContext, m: Meeting) -> list[Violation]:
    """H3/H4/H5 on dates (issue 12): a person's leave or absence, a site closed that day (public
    holiday, closed day, closure). Reduced capacity is judged with the site's load (rules_groups)."""
    n = ctx.names
    what = sentence(n.meeting(m))
    out: list[Violation] = []
    for rule, subject, ids in (("H3", "beneficiary", m.beneficiaries), ("H4", "professional", m.professionals)):
        for who in dict.fromkeys(ids):
            for w in ctx.dated_on(subject, who, m.day):
                if w.closes and w.overlaps(m.day, m.start, m.end):
                    out.append(violation(rule, [m.id], [who], f"{what} : {describe(w, n.person(who))}"))
    for w in ctx.dated_on("site", m.site, m.day):
        if w.closes and w.overlaps(m.day, m.start, m.end):
            out.append(violation("H5", [m.id], [], f"{what} : {describe(w, n.site(m.site))}"))
    return out


def _staffing(ctx: RuleContext, m: Meeting, mtype: MeetingType) -> list[Violation]:
    """H6 (skill and professional count) and H7 (participant count)."""
    n = ctx.names
    out: list[Violation] = []
    for pid in dict.fromkeys(m.professionals):
        pro = ctx.problem.professionals.get(pid)
        if pro is not None and mtype.skill not in pro.skills:
            out.append(violation("H6", [m.id], [pid], (
                f"{n.person(pid)} n'a pas la compétence « {voc.skill_label(mtype.skill)} » requise par "
                f"{n.meeting(m)}")))
    count = len(set(m.professionals))
    if count != mtype.professionals:
        out.append(violation("H6", [m.id], m.professionals, (
            f"{sentence(n.meeting(m))} demande {voc.count(mtype.professionals, 'professionnel')}, "
            f"il en a {count}")))
    participants = len(set(m.beneficiaries))
    if not mtype.min_participants <= participants <= mtype.max_participants:
        out.append(violation("H7", [m.id], m.beneficiaries, (
            f"{sentence(n.meeting(m))} a {voc.count(participants, 'participant')} ; ce type en demande "
            f"de {mtype.min_participants} à {mtype.max_participants}")))
    return out


def _allowed_sites(ctx: RuleContext, m: Meeting) -> list[Violation]:
    """H10: people only go to the sites listed for them (when a list is given)."""
    p = ctx.problem
    out: list[Violation] = []
    people: list[tuple[str, tuple[str, ...]]] = []
    for bid in dict.fromkeys(m.beneficiaries):
        ben = p.beneficiaries.get(bid)
        if ben is not None:
            people.append((bid, ben.sites))
    for pid in dict.fromkeys(m.professionals):
        pro = p.professionals.get(pid)
        if pro is not None:
            people.append((pid, pro.sites))
    n = ctx.names
    for who, sites in people:
        if sites and m.site not in sites:
            out.append(violation("H10", [m.id], [who], (
                f"{n.person(who)} ne peut pas aller à {n.site(m.site)} ({n.meeting(m)}) : "
                f"sites autorisés {', '.join(n.site(s) for s in sites)}")))
    return out
