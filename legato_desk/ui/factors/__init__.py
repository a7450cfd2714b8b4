"""The Factors tab (dated risk and protective factors), its settings page, and the
Referral on tab of the case workspace."""
