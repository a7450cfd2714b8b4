-- Schema 18: PLACEHOLDER on the "conference" branch only. The "plan" branch
-- owns 0018_intervention_plan.sql (issue 19, part 1); migrations must be
-- numbered 1..n, so this branch needs an 18 to carry its 19. On merge, take
-- plan's file and drop this one.
SELECT 1;
