-- The duplicate check asks for the cases of one category in a box of about 100 m around a new report
-- (JpaGridCaseRepository.nearby). Indexed by (category, latitude, longitude), the box's latitude range is a strip
-- across the whole city of which only the longitude is checked in the index: in the hotline benchmark the strip
-- held dozens of times the box's cases. place_band is floor(latitude × 1000), a band 0.001° (about 111 m) high
-- (GeoPoint.latitudeBand); the box spans one or two bands, and each band's entries are searched by longitude.
-- Only first reports are candidates (duplicate_of is null, DuplicateRule): with duplicate_of in the index, the
-- probable duplicates piled up at a busy spot are passed over in the index instead of being read from the table.
alter table grd_case add column place_band integer;
update grd_case set place_band = floor(latitude * 1000);
alter table grd_case alter column place_band set not null;
create index grd_case_band_ix on grd_case (case_kind, category_code, place_band, longitude, latitude, duplicate_of);
drop index grd_case_place_ix;
