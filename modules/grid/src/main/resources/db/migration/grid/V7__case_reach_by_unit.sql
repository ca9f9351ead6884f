-- The inboxes find a reader's cases by the codes of the units in the reader's scope (area_unit, responsible_unit,
-- both indexed: grd_case_area_unit_ix of V6, grd_case_unit_ix of V1), no longer by a prefix of the unit paths,
-- which an index cannot serve under every collation. The path indexes of V2 go.
drop index grd_case_area_ix;
drop index grd_case_responsible_path_ix;
