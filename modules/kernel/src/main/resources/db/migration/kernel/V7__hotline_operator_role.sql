-- 12345 热线坐席 / 回访员: routes hotline tickets by hand and, for return visits, may see a caller's whole phone
-- number (every view audited).
insert into krn_role (code, name_zh, name_en, built_in, created_at, updated_at) values
    ('HOTLINE_OPERATOR', '热线坐席（回访员）', 'Hotline operator (return visits)', true, current_timestamp, current_timestamp);
