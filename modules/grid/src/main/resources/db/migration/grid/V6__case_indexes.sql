-- Indexes for the case inboxes and searches, from the grid benchmark with a million cases (modules/grid/README.md,
-- "Benchmark"). Runs on PostgreSQL and H2.

-- 督办: the supervised cases (about 1 % of all), most urgent first; without it the filter reads the whole table.
create index grd_case_supervised_ix on grd_case (supervised, stage_due_at);

-- Cases by the unit the place belongs to, as grd_case_unit_ix does for the responsible unit: an inbox that asks
-- for the units of the reader's subtree (area_unit in (...)) finds its rows here instead of filtering every open
-- case with "area_path like", which no B-tree index serves under a non-C collation.
create index grd_case_area_unit_ix on grd_case (area_unit, state, stage_due_at);
