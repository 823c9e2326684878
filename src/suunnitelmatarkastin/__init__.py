"""suunnitelmatarkastin: reads Finnish project plans and checks them against declarative rules."""

__version__ = "0.1.0"
