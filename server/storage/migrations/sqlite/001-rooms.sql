-- Rooms: one row per room, its link hashes, its append-only event log and its snapshots.
CREATE TABLE rooms (
  id TEXT PRIMARY KEY,
  case_slug TEXT NOT NULL,
  created_at TEXT NOT NULL,
  -- ISO 8601 in UTC (toISOString), so text order is time order.
  expires_at TEXT NOT NULL,
  last_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX rooms_expires_at ON rooms (expires_at);

CREATE TABLE room_tokens (
  room_id TEXT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('interviewer', 'candidate', 'observer')),
  -- SHA-256 of the token, hex; the token itself is never stored.
  token_hash TEXT NOT NULL,
  PRIMARY KEY (room_id, role)
);

CREATE TABLE room_events (
  room_id TEXT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  at TEXT NOT NULL,
  client_msg_id TEXT,
  type TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (room_id, seq)
) WITHOUT ROWID;

-- The log is append-only: an event is never changed, only deleted with its room.
CREATE TRIGGER room_events_append_only BEFORE UPDATE ON room_events
BEGIN
  SELECT RAISE(ABORT, 'room_events is append-only');
END;

CREATE TABLE room_snapshots (
  room_id TEXT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  taken_at TEXT NOT NULL,
  state TEXT NOT NULL,
  PRIMARY KEY (room_id, seq)
) WITHOUT ROWID;
