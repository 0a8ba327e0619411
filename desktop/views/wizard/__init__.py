"""The setup wizard (KGI → KSF → KPIs → measurement → dashboard → PDCA) and its pages."""
