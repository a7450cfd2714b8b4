-- Schema 16: PLACEHOLDER on the "release" branch only. The "tapering" branch
-- owns 0016_contact_plan.sql (issue 19, part 3); migrations must be numbered
-- 1..n, so this branch needs a 16 to carry its 17. On merge, take tapering's
-- file and drop this one.
SELECT 1;
