-- 执法证号 of enforcement officers (issue 14 item 4): kept with the account, shown to the
-- administrators who manage it; opening an enforcement officer's account requires one.
ALTER TABLE users ADD COLUMN badge_no text;
