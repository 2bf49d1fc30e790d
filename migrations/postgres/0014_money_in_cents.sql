-- Money in exact euro cents. Amounts used to be whole euros; every amount
-- column is renamed with its unit and multiplied by 100. Amounts above one
-- billion euros (which the old parser could produce by dropping a decimal
-- point) are capped at the largest amount Mozaik now holds.
ALTER TABLE fund_calls RENAME COLUMN budget TO budget_cents;
ALTER TABLE fund_calls RENAME COLUMN max_amount TO max_amount_cents;
ALTER TABLE fund_applications RENAME COLUMN amount TO amount_cents;
ALTER TABLE fund_tranches RENAME COLUMN amount TO amount_cents;
ALTER TABLE work_activities RENAME COLUMN budget TO budget_cents;
ALTER TABLE experts RENAME COLUMN daily_rate TO daily_rate_cents;

UPDATE fund_calls SET
    budget_cents = CASE WHEN budget_cents > 1000000000 THEN 100000000000 ELSE budget_cents * 100 END,
    max_amount_cents = CASE WHEN max_amount_cents > 1000000000 THEN 100000000000 ELSE max_amount_cents * 100 END;
UPDATE fund_applications SET
    amount_cents = CASE WHEN amount_cents > 1000000000 THEN 100000000000 ELSE amount_cents * 100 END;
UPDATE fund_tranches SET
    amount_cents = CASE WHEN amount_cents > 1000000000 THEN 100000000000 ELSE amount_cents * 100 END;
UPDATE work_activities SET
    budget_cents = CASE WHEN budget_cents > 1000000000 THEN 100000000000 ELSE budget_cents * 100 END;
UPDATE experts SET
    daily_rate_cents = CASE WHEN daily_rate_cents > 1000000000 THEN 100000000000 ELSE daily_rate_cents * 100 END;
