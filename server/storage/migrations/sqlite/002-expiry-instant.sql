-- Rooms expire by instant, not by text: an expiry written with an offset (2026-12-01T01:30:00+02:00)
-- sorts as text after 2026-12-01T00:00:00Z though it comes before it. julianday() reads both forms.
DROP INDEX rooms_expires_at;
CREATE INDEX rooms_expires_julianday ON rooms (julianday(expires_at));
