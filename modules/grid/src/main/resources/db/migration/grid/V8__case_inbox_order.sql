-- The inboxes list cases supervised first, then by the stage deadline, newest first on a tie (JpaGridCaseRepository
-- .search). An index in exactly that order lets a broad list (a city-wide reader with no filter, 督办) read its
-- first page from the index instead of sorting every match: 747 ms for a million cases without it (modules/grid/
-- README.md, "Benchmark"). It also serves the supervised filter, so V6's index for that filter goes.
create index grd_case_inbox_order_ix on grd_case (supervised desc, stage_due_at, id desc);
drop index grd_case_supervised_ix;
