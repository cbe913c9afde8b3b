"""Hub analytics over the events the boxes push: no-show rates and a no-show model, department
delays, doctor efficiency, pharmacy restock forecasts, triage overrides; server-made SVG charts."""
