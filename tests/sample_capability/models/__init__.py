"""The sample capability's models: an indicator provider and a demo step."""

from desktop.models.demo import DemoStep

INDICATORS = ("tests.sample_capability.models.provider:PROVIDER",)
DEMO = (DemoStep(90, "tests.sample_capability.models.provider:demo"),)
