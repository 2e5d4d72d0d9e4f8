"""A capability that exists only for the tests: it plugs in the way a real one does, by
declaring itself in its own packages, one per layer (``models``, ``excel``, ``ui``) and one CLI
module (``cli``), and needs no edit anywhere else.

The entry points take it through their ``extra`` parameter (``MainWindow(extra=…)``,
``export_monthly_workbook(extra=…)``, ``indicators.compute(extra=…)``, ``cli.main(extra=…)``):
the installed app has no way to import it.
"""

MODELS = "tests.sample_capability.models"
EXCEL = "tests.sample_capability.excel"
UI = "tests.sample_capability.ui"
CLI = "tests.sample_capability.cli"
# Everything but the UI, for the command line and the workbook (no Qt there).
WITHOUT_UI = (MODELS, EXCEL, CLI)
EVERYTHING = (*WITHOUT_UI, UI)

PAGE_ID = "sample"
SHEET_TITLE = "样例明细"
INDICATOR_KEY = "sample.volunteers"
FINDING_RULE = "sample.no_volunteers"
