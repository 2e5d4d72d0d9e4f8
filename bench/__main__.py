"""``python -m bench``: prepare the benchmark data and print every figure against its target.

``--quick`` uses a 20,000-person register and fewer repetitions, for use while developing; the
figures quoted in the README come from the full run (100,000 people).
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Sequence

from bench import (
    bench_activities,
    bench_attendance,
    bench_care,
    bench_consolidation,
    bench_dashboard,
    bench_kiosk,
    bench_month_close,
    bench_page_open,
    bench_roster,
    bench_sales_bazaar,
    bench_sales_income,
    bench_sales_till,
    bench_search,
    bench_startup,
    bench_training,
    bench_training_certificate,
    bench_training_claim,
    bench_volunteers,
    bench_workbook,
)
from bench.attendance_data import attendance_db, count_sign_ins
from bench.common import (
    Figure,
    format_machine,
    format_table,
    machine_info,
    save_results,
    working_copy,
)
from bench.people_scale import FULL_SIZE, QUICK_SIZE, ScaleOptions, scale_db, scale_path
from bench.reference import TODAY, reference_db

PARTS = ("search", "page", "startup", "attendance", "kiosk", "activities", "roster",
         "workbook", "consolidation", "monthclose", "dashboard", "care",
         "volunteers", "bazaar", "sales-till", "sales-income", "training",
         "training-certificate", "training-claim")
SEARCH_TARGET_REFERENCE_MS = 20.0
SEARCH_TARGET_SCALE_MS = 100.0


def _progress(message: str) -> None:
    print(f"… {message}", file=sys.stderr, flush=True)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help=f"{QUICK_SIZE:,} people and fewer repetitions")
    parser.add_argument("--people", type=int, default=None,
                        help=f"size of the scale register (default {FULL_SIZE:,})")
    parser.add_argument("--only", action="append", choices=PARTS,
                        help="run only this part (repeatable)")
    parser.add_argument("--regenerate", action="store_true",
                        help="rebuild the cached databases in bench/data/")
    return parser.parse_args(argv)


def _people_label(count: int) -> str:
    return f"{count:,} people"


def _keystroke_details(strokes: list[bench_search.Keystroke]) -> str:
    """One line per typed query: each prefix with its median time and number of matches."""
    lines: list[str] = []
    current = ""
    parts: list[str] = []
    for session, text, ms, hits in bench_search.per_session(strokes):
        if session != current:
            if parts:
                lines.append(f"  {current}: " + " · ".join(parts))
            current, parts = session, []
        parts.append(f"{text} {ms:.1f} ({hits:,})")
    if parts:
        lines.append(f"  {current}: " + " · ".join(parts))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the chosen parts and print the machine, the data sets and the figures."""
    args = _parse(argv)
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(line_buffering=True)  # keep the report and progress in order
    parts = set(args.only or PARTS)
    size = args.people or (QUICK_SIZE if args.quick else FULL_SIZE)
    search_rounds, page_runs, start_runs = (2, 1, 3) if args.quick else (3, 5, 5)
    kiosk_runs = 200 if args.quick else 800
    started = time.perf_counter()

    info = machine_info()
    mode = "quick" if args.quick else "full"
    print(f"Warm Home desktop benchmarks ({mode} run)\n")
    print(format_machine(info) + "\n", flush=True)

    _progress("reference data set (400 members, 80 volunteers, guardians, ten years of"
              " sign-ins, activities, daily care and volunteer service)")
    reference = reference_db(regenerate=args.regenerate)
    scale_options = ScaleOptions(people=size)
    if args.regenerate or not scale_path(scale_options).exists():
        _progress(f"generating the scale register ({size:,} people, about 30 s per 100,000)")
    scale = scale_db(scale_options, regenerate=args.regenerate)
    attendance = None
    if "attendance" in parts:
        _progress("reference data set with ten years of sign-ins (about 600,000)")
        attendance = attendance_db(regenerate=args.regenerate)
    print("data sets:")
    print(f"  reference: {reference.people:,} people, {reference.how} ({reference.path.name})")
    print(f"  scale:     {scale.people:,} people, {scale.how} ({scale.path.name})")
    sizes = bench_activities.data_set_sizes(reference.path)
    print(f"  reference attendance: {sizes['sign_in']:,} sign-in rows, {sizes['activity']:,}"
          f" activities, {sizes['activity_participant']:,} participations")
    care = bench_care.care_sizes(reference.path)
    print(f"  reference daily care: {care['care_entry']:,} care entries, {care['care_dose']:,}"
          f" doses, {care['care_log']:,} notes, {care['care_handover']:,} hand-overs,"
          f" {care['care_incident']:,} incidents, {care['care_provider_session']:,}"
          " purchased sessions")
    service = bench_volunteers.volunteer_sizes(reference.path)
    print(f"  reference volunteer service: {service['volunteer_shift']:,} shifts,"
          f" {service['volunteer_signup']:,} sign-ups, {service['volunteer_sign_in']:,}"
          f" sign-ins, {service['volunteer_service']:,} service rows\n")
    if attendance is not None:
        print(f"  sign-ins:  {count_sign_ins(attendance.path):,} over ten years, "
              f"{attendance.how} ({attendance.path.name})")
    print()

    figures: list[Figure] = []
    if reference.built_seconds is not None:
        figures.append(Figure("generate the reference data set (demo + bench account)",
                              reference.built_seconds, "s", 60.0, note="only when not cached"))
    if scale.built_seconds is not None:
        figures.append(Figure(f"generate the scale register, {_people_label(scale.people)}",
                              scale.built_seconds, "s", 120.0, note="only when not cached"))
    ref_label = f"reference, {reference.people} people"
    scale_label = _people_label(scale.people)
    details: dict[str, object] = {}
    if "search" in parts:
        _progress("search per keystroke on the reference data set")
        found, _ = bench_search.run_search(reference.path, ref_label,
                                           SEARCH_TARGET_REFERENCE_MS, search_rounds)
        figures += found
        _progress(f"search per keystroke on {scale_label}")
        found, strokes = bench_search.run_search(scale.path, scale_label,
                                                 SEARCH_TARGET_SCALE_MS, search_rounds)
        figures += found
        details["keystrokes"] = [
            {"session": s, "text": t, "median_ms": round(ms, 2), "matches": n}
            for s, t, ms, n in bench_search.per_session(strokes)]
        details["keystroke_lines"] = _keystroke_details(strokes)
    if "page" in parts:
        _progress(f"opening the people page on {scale_label}")
        page_db = working_copy(scale.path, "page-open.db")
        figures += bench_page_open.run_page_open(page_db, scale_label, page_runs)
    if "startup" in parts:
        _progress("cold start: bare window against the app")
        databases = {ref_label: working_copy(reference.path, "startup-reference.db")}
        if not args.quick:
            databases[scale_label] = working_copy(scale.path, "startup-scale.db")
        figures += bench_startup.run_startup(databases, start_runs)
    if "attendance" in parts and attendance is not None:
        if attendance.built_seconds is not None:
            figures.append(Figure("generate ten years of sign-ins", attendance.built_seconds,
                                  "s", 60.0, note="only when not cached"))
        _progress("month matrix on ten years of sign-ins")
        figures += bench_attendance.run_month_matrix(
            working_copy(attendance.path, "attendance.db"), "reference", TODAY,
            rounds=1 if args.quick else 3)

    if "kiosk" in parts:
        _progress(f"kiosk: scan to confirmation, {kiosk_runs} sign-ins on the reference data set")
        kiosk_db = working_copy(reference.path, "kiosk.db")
        figures += bench_kiosk.run_kiosk(kiosk_db, ref_label, kiosk_runs)

    if "activities" in parts:
        _progress("activities this year and `warmhome demo` for 400 members × 10 years")
        figures += bench_activities.run_activities(reference.path, 10 if args.quick else 30)

    if "roster" in parts:
        _progress("roster import: 1,000 rows into the reference data set")
        figures += bench_roster.run_roster_import(reference.path, 1 if args.quick else 3)
    if "workbook" in parts:
        _progress("the monthly workbook for the busiest month, against bare openpyxl")
        figures += bench_workbook.run_workbook(working_copy(reference.path, "workbook.db"),
                                               3 if args.quick else 5)
    if "consolidation" in parts:
        _progress("district consolidation of 15 centres' workbooks of the busiest month")
        figures += bench_consolidation.run_consolidation(reference.path, 3 if args.quick else 5)
    if "monthclose" in parts:
        _progress("month close: submit, reopen, edit, export v2 with 变更, submit again")
        figures += bench_month_close.run_month_close(reference.path, 1 if args.quick else 3)

    if "dashboard" in parts:
        _progress("the home page: each figure's query and the whole page")
        figures += bench_dashboard.run_dashboard(working_copy(reference.path, "dashboard.db"),
                                                 ref_label, 10 if args.quick else 30)

    if "care" in parts:
        _progress("daily care: the month's statistics on ten years of care logs")
        figures += bench_care.run_care(working_copy(reference.path, "care.db"),
                                       1 if args.quick else 3)
        _progress("daily care: the day's care log for 60 members, and one tick")
        figures += bench_care.run_care_log(working_copy(reference.path, "care-log.db"),
                                           1 if args.quick else 3)

    if "volunteers" in parts:
        _progress("volunteer service: the month's statistics on ten years of shifts")
        figures += bench_volunteers.run_volunteers(working_copy(reference.path, "volunteers.db"),
                                                   1 if args.quick else 3)
        _progress("volunteer service: the hours ledger, a kiosk sign-in, certificates")
        figures += bench_volunteers.run_volunteer_work(
            working_copy(reference.path, "volunteer-work.db"), 1 if args.quick else 3)

    if "bazaar" in parts:
        _progress("bazaar sales: importing a laptop's file of 1,000 sales")
        figures += bench_sales_bazaar.run_bazaar_import(reference.path, 1 if args.quick else 3)

    if "sales-till" in parts:
        _progress("希联圆梦 till: a scan to the line, a whole sale with its receipt (the bench"
                  " makes ten years of sales first when the data set has none)")
        figures += bench_sales_till.run_sales_till(
            working_copy(reference.path, "sales-till.db"), 1 if args.quick else 3)

    if "sales-income" in parts:
        _progress("handicraft sales: a month's makers' statements on ten years of sales")
        figures += bench_sales_income.run_sales_income(
            working_copy(reference.path, "sales-income.db"), 1 if args.quick else 3)

    if "training" in parts:
        _progress("vocational training: a roll call of 30 opened, a year's completion (the"
                  " bench makes ten years of courses first when the data set has none)")
        figures += bench_training.run_training(working_copy(reference.path, "training.db"),
                                               1 if args.quick else 3)

    if "training-certificate" in parts:
        _progress("training: a completion certificate issued and reprinted as PDFs")
        figures += bench_training_certificate.run_training_certificate(
            working_copy(reference.path, "training-certificate.db"), 1 if args.quick else 3)

    if "training-claim" in parts:
        _progress("vocational training: a course's claim workbook on ten years of courses,"
                  " the demo's training step")
        figures += bench_training_claim.run_training_claim(
            working_copy(reference.path, "training-claim.db"), 1 if args.quick else 3)

    print(format_table(figures))
    if "keystroke_lines" in details:
        print(f"\nsearch on {scale_label}, per keystroke (median ms, matches):")
        print(details.pop("keystroke_lines"))
    path = save_results(mode, info, figures, {
        "people": scale.people, "reference_people": reference.people, **details})
    elapsed = time.perf_counter() - started
    print(f"\n{sum(f.verdict == 'ok' for f in figures)} within target, "
          f"{sum(f.verdict == 'OVER' for f in figures)} over, "
          f"{sum(f.verdict == 'skipped' for f in figures)} skipped; "
          f"took {elapsed:.0f} s; saved {path.relative_to(path.parents[2])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
