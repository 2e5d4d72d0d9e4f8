"""The sample capability's models: an indicator provider, a demo step and a home-page alert."""

from desktop.models.demo import DemoStep

INDICATORS = ("tests.sample_capability.models.provider:PROVIDER",)
DEMO = (DemoStep(90, "tests.sample_capability.models.provider:demo"),)
ALERTS = ("tests.sample_capability.models.provider:alerts",)
