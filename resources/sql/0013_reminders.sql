-- Comptoir schema, version 13: activity reminders (F6).
--
-- reminder_min is how long before the deadline the responsible is reminded (0: at the deadline;
-- NULL: no reminder). remind_at is that instant, kept with the deadline by the activity store so
-- that the due reminders are one range of an index rather than date arithmetic on every row.
-- A reminder shown and snoozed comes back at reminder_snoozed_until; a dismissed one never
-- comes back until its deadline or offset changes (the store then clears both).
ALTER TABLE activities ADD COLUMN reminder_min INTEGER CHECK (reminder_min IS NULL OR reminder_min >= 0);
ALTER TABLE activities ADD COLUMN remind_at TEXT;
ALTER TABLE activities ADD COLUMN reminder_snoozed_until TEXT;
ALTER TABLE activities ADD COLUMN reminder_dismissed INTEGER NOT NULL DEFAULT 0 CHECK (reminder_dismissed IN (0, 1));
CREATE INDEX activities_reminders ON activities (responsible_id, remind_at)
    WHERE done = 0 AND reminder_dismissed = 0 AND remind_at IS NOT NULL;
