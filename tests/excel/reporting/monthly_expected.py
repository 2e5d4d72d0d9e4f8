"""Every 汇总 figure counted again, independently: raw rows fetched, counted in Python."""

from __future__ import annotations

import calendar
import sqlite3
from collections import Counter
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from desktop.models.db import Database


def _months(month: str) -> tuple[list[str], list[str], list[str]]:
    year, number = int(month[:4]), int(month[5:7])
    last = f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"
    return [month], [last], [f"{year}-{m:02d}" for m in range(1, number + 1)]


def _month_end(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return f"{month}-{calendar.monthrange(year, number)[1]:02d}"


def _figures(db: Database, months: list[str]) -> dict[str, float | int | Decimal]:
    first, last = months[0] + "-01", _month_end(months[-1])
    members = db.query("SELECT m.person_id, m.category, m.grade, m.joined_on, m.left_on,"
                       " m.active, p.archived_at FROM member m JOIN person p ON p.id = m.person_id")
    # Archived after the period's last day: still on its register (archived_at is a timestamp).
    on = [m for m in members if m["active"] == 1
          and (m["archived_at"] is None or m["archived_at"][:10] > last)
          and (m["joined_on"] is None or m["joined_on"] <= last)
          and (m["left_on"] is None or m["left_on"] >= first)]
    out: dict[str, float | int | Decimal] = {"members.total": len(on)}
    categories = Counter(m["category"] for m in on)
    grades = Counter(m["grade"] for m in on)
    out.update({f"members.category.{c}": categories.get(c, 0) for c in range(1, 8)})
    out.update({f"members.grade.{g}": grades.get(g, 0) for g in range(1, 5)})
    # Without a certificate there is no category or grade: their own rows.
    out["members.category.none"] = sum(1 for m in on if m["category"] not in range(1, 8))
    out["members.grade.none"] = sum(1 for m in on if m["grade"] not in range(1, 5))
    out["members.joined"] = sum(1 for m in members if m["joined_on"]
                                and first <= m["joined_on"] <= last)
    out["members.left"] = sum(1 for m in members if m["left_on"] and first <= m["left_on"] <= last)

    signs = [s for s in db.query("SELECT person_id, day, voided_at, signed_in_at, signed_out_at"
                                 " FROM sign_in") if s["voided_at"] is None
             and first <= s["day"] <= last]
    out["attendance.sign_ins"] = len(signs)
    out["attendance.members"] = len({s["person_id"] for s in signs})
    days_open = len({s["day"] for s in signs})
    out["attendance.days_open"] = days_open
    out["attendance.average_per_day"] = round(len(signs) / days_open, 1) if days_open else 0.0
    programmes: dict[str, set[int]] = {}
    for r in db.query("SELECT person_id, programme FROM member_programme"):
        programmes.setdefault(r["programme"], set()).add(r["person_id"])
    for name, key in (("温馨家园", "wenxin"), ("职康站", "zhikang"), ("日间照料", "rijian")):
        mine = [s for s in signs if s["person_id"] in programmes.get(name, set())]
        out[f"attendance.{key}.sign_ins"] = len(mine)
        out[f"attendance.{key}.members"] = len({s["person_id"] for s in mine})

    activities = {a["id"]: a for a in db.query("SELECT id, day, kind, voided_at FROM activity")}
    parts = db.query("SELECT activity_id, person_id FROM activity_participant")
    held = [a for a in activities.values() if a["voided_at"] is None
            and first <= a["day"] <= last]
    out["activities.held"] = len(held)
    held_ids = {a["id"] for a in held}
    out["activities.participations"] = sum(1 for p in parts if p["activity_id"] in held_ids)
    year_start = last[:4] + "-01-01"
    per_person = Counter(p["person_id"] for p in parts
                         if activities[p["activity_id"]]["voided_at"] is None
                         and activities[p["activity_id"]]["kind"] in ("文化", "体育")
                         and year_start <= activities[p["activity_id"]]["day"] <= last)
    out["activities.goal_met"] = sum(1 for n in per_person.values() if n >= 3)

    # Each month at the rate and minimum stay in effect for it (the latest entry from then or
    # before), read raw from subsidy_rate.
    entries = [(r["effective_from"], int(r["daily_rate_fen"]), r["min_stay_minutes"])
               for r in db.query("SELECT * FROM subsidy_rate ORDER BY effective_from")]
    zhikang = programmes.get("职康站", set())

    def rule(day: str) -> tuple[int, int | None]:
        applying = [(rate, stay) for start, rate, stay in entries if start <= day[:7]]
        return applying[-1] if applying else (0, None)

    def counted(s: sqlite3.Row) -> bool:
        stay = rule(s["day"])[1]
        if stay is None:
            return True
        if s["signed_out_at"] is None:
            return False
        start = datetime.fromisoformat(s["signed_in_at"])
        end = datetime.fromisoformat(s["signed_out_at"])
        return (end - start).total_seconds() >= stay * 60

    subsidised = [s for s in signs if s["person_id"] in zhikang and counted(s)]
    days = len(subsidised)
    amount = sum(rule(s["day"])[0] for s in subsidised)
    last_month = [s for s in signs if s["day"][:7] == months[-1]]
    out["subsidy.members"] = len({s["person_id"] for s in last_month
                                  if s["person_id"] in zhikang and counted(s)})
    out["subsidy.days"] = days
    out["subsidy.amount_fen"] = Decimal(amount).scaleb(-2)  # shown in yuan
    out.update(_care_figures(db, months, first, last))
    out.update(_volunteer_figures(db, first, last))
    out.update(_sales_figures(db, months, first, last))
    out.update(_training_figures(db, first, last))
    return out


def _training_figures(db: Database, first: str, last: str) -> dict[str, float | int | Decimal]:
    """Vocational training: courses overlapping the period and the people who attended its
    sessions held up to the clock's today (distinct over the period), sessions, 人时, completions,
    placements and 6-month follow-ups still employed."""
    held_until = min(last, db.clock.today().isoformat())
    courses = {r["id"]: r for r in db.query("SELECT * FROM training_course")
               if r["cancelled_at"] is None}
    held = {r["id"]: r for r in db.query("SELECT * FROM training_session")
            if r["cancelled_at"] is None and r["course_id"] in courses
            and first <= r["day"] <= held_until}
    enrolled = {r["id"]: r["person_id"] for r in db.query("SELECT * FROM training_enrolment")}
    attended = [r for r in db.query("SELECT * FROM training_attendance")
                if r["session_id"] in held and r["mark"] in ("present", "late", "left_early")]
    minutes = sum(held[r["session_id"]]["minutes"] for r in attended)
    placements = {r["id"]: r for r in db.query("SELECT * FROM training_placement")
                  if r["voided_at"] is None}
    return {
        "training.courses": sum(1 for c in courses.values()
                                if c["first_day"] <= last and c["last_day"] >= first),
        "training.sessions": len(held),
        "training.trainees": len({enrolled[r["enrolment_id"]] for r in attended}),
        "training.training_hours": float((Decimal(minutes) / 60).quantize(
            Decimal("0.1"), ROUND_HALF_UP)),
        "training.completions": sum(1 for r in db.query("SELECT completed_on FROM"
                                                        " training_enrolment")
                                    if r[0] is not None and first <= r[0] <= last),
        "training.placements": sum(1 for p in placements.values()
                                   if first <= p["started_on"] <= last),
        "training.employed_at_6_months": sum(
            1 for f in db.query("SELECT * FROM training_follow_up")
            if f["voided_at"] is None and f["placement_id"] in placements
            and f["due_month"] == 6 and f["still_employed"] == 1
            and first <= f["done_on"] <= last),
    }


def _volunteer_figures(db: Database, first: str,
                       last: str) -> dict[str, float | int | Decimal]:
    """Volunteer service: active and new volunteers, shifts, places, sign-ups, 满员率, hours,
    no-shows (records up to the day of export: the tests export past months only)."""
    valid = [s for s in db.query("SELECT person_id, day, minutes, voided_at"
                                 " FROM volunteer_service") if s["voided_at"] is None]
    inside = [s for s in valid if first <= s["day"] <= last]
    active = {s["person_id"] for s in inside}
    before = {s["person_id"] for s in valid if s["day"] < first}
    shifts = {r["id"]: r for r in db.query("SELECT id, day, capacity, cancelled_at"
                                           " FROM volunteer_shift")
              if r["cancelled_at"] is None and first <= r["day"] <= last}
    signups = [r for r in db.query("SELECT shift_id, status FROM volunteer_signup")
               if r["shift_id"] in shifts and r["status"] != "cancelled"]
    places = sum(r["capacity"] for r in shifts.values())
    return {
        "volunteers.active": len(active), "volunteers.new": len(active - before),
        "volunteers.shifts": len(shifts),
        "volunteers.places": places,
        "volunteers.signups": len(signups),
        # 满员率: whole percent, half up, 0 without places.
        "volunteers.filled_percent": int((Decimal(100 * len(signups)) / places).quantize(
            Decimal(1), ROUND_HALF_UP)) if places else 0,
        "volunteers.service_hours": round(sum(s["minutes"] for s in inside) / 60, 2),
        "volunteers.no_shows": sum(1 for r in signups if r["status"] == "no_show"),
    }


def _maker_shares(db: Database, month: str) -> dict[int, int]:
    """Each maker's share of ``month`` in fen, counted from the raw rows: (revenue less
    restocked material cost, or revenue) × the maker's % × the makers' %, never below 0; the
    pool rounded half up and split by the largest remainder."""
    settings = {r["key"]: r["value"] for r in db.query("SELECT key, value FROM setting")}
    basis = settings.get("sales.share_basis", "margin")
    makers_percent = int(settings.get("sales.makers_percent", "100"))
    first, last = month + "-01", _month_end(month)
    valid = {r["id"]: r["day"] for r in db.query("SELECT id, day, voided_at FROM sales_sale")
             if r["voided_at"] is None}
    shares: dict[int, list[tuple[int, int]]] = {}
    for r in db.query("SELECT set_id, person_id, share_percent FROM sales_maker_share"):
        shares.setdefault(r["set_id"], []).append((r["person_id"], r["share_percent"]))
    lines = {r["id"]: r for r in db.query("SELECT * FROM sales_line")}
    moves: list[tuple[int, int, int]] = []  # (set, revenue, cost)
    for line in lines.values():
        if first <= valid.get(line["sale_id"], "") <= last:
            moves.append((line["maker_set_id"],
                          line["quantity"] * line["unit_price_fen"] - line["discount_fen"],
                          line["quantity"] * line["unit_material_cost_fen"]))
    for r in db.query("SELECT * FROM sales_refund"):
        line = lines[r["line_id"]]
        if first <= r["day"] <= last and line["sale_id"] in valid:
            moves.append((line["maker_set_id"], -r["amount_fen"],
                          -r["quantity"] * line["unit_material_cost_fen"] if r["restocked"]
                          else 0))
    weight: dict[int, Decimal] = {}
    for set_id, revenue, cost in moves:
        for person, percent in shares[set_id]:
            part = Decimal(revenue - (cost if basis == "margin" else 0)) * percent / 100
            weight[person] = weight.get(person, Decimal(0)) + part
    owed = {p: max(Decimal(0), w) * makers_percent / 100 for p, w in weight.items()}
    pool = int(sum(owed.values(), Decimal(0)).quantize(Decimal(1), ROUND_HALF_UP))
    total = sum(owed.values(), Decimal(0))
    if not total:
        return dict.fromkeys(owed, 0)
    exact = {p: pool * w / total for p, w in owed.items()}
    parts = {p: int(e) for p, e in exact.items()}
    for p in sorted(exact, key=lambda p: -(exact[p] - parts[p]))[:pool - sum(parts.values())]:
        parts[p] += 1
    return parts


def _sales_figures(db: Database, months: list[str], first: str,
                   last: str) -> dict[str, float | int | Decimal]:
    """Handicraft sales: valid sales of the period less its refunds, the makers' income."""
    sales = {r["id"]: r for r in db.query("SELECT id, day, voided_at FROM sales_sale")
             if r["voided_at"] is None and first <= r["day"] <= last}
    valid = {r["id"] for r in db.query("SELECT id FROM sales_sale WHERE voided_at IS NULL")}
    lines = {r["id"]: r for r in db.query("SELECT * FROM sales_line")}
    items = sum(line["quantity"] for line in lines.values() if line["sale_id"] in sales)
    revenue = sum(line["quantity"] * line["unit_price_fen"] - line["discount_fen"]
                  for line in lines.values() if line["sale_id"] in sales)
    for r in db.query("SELECT * FROM sales_refund"):
        if first <= r["day"] <= last and lines[r["line_id"]]["sale_id"] in valid:
            items -= r["quantity"]
            revenue -= r["amount_fen"]
    income, makers = 0, set()
    for month in months:
        shares = _maker_shares(db, month)
        income += sum(shares.values())
        makers |= {p for p, fen in shares.items() if fen > 0}
    paid = sum(r["share_fen"] for r in db.query("SELECT share_fen, paid_on FROM sales_payout")
               if first <= r["paid_on"] <= last)
    average = int((Decimal(income) / len(makers)).quantize(Decimal(1), ROUND_HALF_UP)
                  ) if makers else 0
    yuan = Decimal("0.01")
    return {"sales.sales": len(sales), "sales.items": items,
            "sales.revenue_fen": Decimal(revenue) * yuan,
            "sales.makers_with_income": len(makers),
            "sales.maker_income_fen": Decimal(income) * yuan,
            "sales.average_maker_income_fen": Decimal(average) * yuan,
            "sales.paid_out_fen": Decimal(paid) * yuan}


def _care_figures(db: Database, months: list[str], first: str,
                  last: str) -> dict[str, float | int | Decimal]:
    """Daily care: care days, meals, doses, rehab minutes, incidents, purchased services."""
    kinds = {r["key"]: r["kind"] for r in db.query("SELECT key, kind FROM care_service")}
    entries = [e for e in db.query("SELECT person_id, day, service, minutes, voided_at"
                                   " FROM care_entry")
               if e["voided_at"] is None and first <= e["day"] <= last]
    out: dict[str, float | int | Decimal] = {
        "care.members": len({e["person_id"] for e in entries}),
        "care.care_days": len({(e["person_id"], e["day"]) for e in entries}),
        "care.meals": sum(1 for e in entries if kinds[e["service"]] == "meal"),
        "care.rehab_minutes": sum(e["minutes"] or 0 for e in entries
                                  if kinds[e["service"]] == "rehab"),
        "care.doses_given": sum(1 for d in db.query("SELECT day, status, voided_at FROM care_dose")
                                if d["voided_at"] is None and d["status"] == "given"
                                and first <= d["day"] <= last),
    }
    severities = Counter(i["severity"] for i in db.query(
        "SELECT occurred_at, severity, voided_at FROM care_incident")
        if i["voided_at"] is None and first <= i["occurred_at"][:10] <= last)
    for severity, key in (("一般", "minor"), ("较重", "major"), ("严重", "serious")):
        out[f"care.incidents.{key}"] = severities.get(severity, 0)
    sessions = [s for s in db.query("SELECT provider_id, day, minutes, voided_at"
                                    " FROM care_provider_session")
                if s["voided_at"] is None and first <= s["day"] <= last]
    out["care.purchased.hours"] = round(sum(s["minutes"] for s in sessions) / 60, 2)
    owed = {"hours": 0.0, "sessions": 0.0}
    done = {"hours": 0.0, "sessions": 0.0}
    for c in db.query("SELECT * FROM care_provider"):
        start, end = datetime.fromisoformat(c["starts_on"]), datetime.fromisoformat(c["ends_on"])
        total = (end - start).days + 1
        for month in months:
            month_first = datetime.fromisoformat(month + "-01")
            month_last = datetime.fromisoformat(_month_end(month))
            covered = (min(end, month_last) - max(start, month_first)).days + 1
            if covered > 0:
                owed[c["unit"]] += round(c["contracted_quantity"] * covered / total, 2)
        mine = [s for s in sessions if s["provider_id"] == c["id"]]
        done[c["unit"]] += (round(sum(s["minutes"] for s in mine) / 60, 2)
                            if c["unit"] == "hours" else len(mine))
    for unit in ("hours", "sessions"):
        out[f"care.purchased.{unit}_owed"] = round(owed[unit], 2)
        out[f"care.purchased.{unit}_delivered"] = round(done[unit], 2)
    return out


CUMULATIVE_POINT = {"members.total", "activities.goal_met", "subsidy.members",
                    *(f"members.category.{c}" for c in range(1, 8)),
                    *(f"members.grade.{g}" for g in range(1, 5)),
                    "members.category.none", "members.grade.none"}


def expected_summary(db: Database, month: str) -> dict[str, tuple[object, object, object]]:
    """{indicator key: (this month, last month, year to date)} as 汇总 should show them."""
    this, last, ytd = _months(month)
    now, before, year = _figures(db, this), _figures(db, last), _figures(db, ytd)
    return {key: (now[key], before[key], now[key] if key in CUMULATIVE_POINT else year[key])
            for key in now}
