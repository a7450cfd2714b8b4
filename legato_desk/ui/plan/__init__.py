"""The intervention plan of a case: goals, measures and reviews (model/plan.py)."""
