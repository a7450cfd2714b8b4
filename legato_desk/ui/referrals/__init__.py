"""The Referral on tab: to whom a case was passed on, why, when, and whether the caller agreed."""
