-- Rooms: one row per room, its link hashes, its append-only event log and its snapshots.
-- Times are kept as the ISO 8601 strings the app wrote (toISOString, UTC), returned byte for byte as
-- SQLite returns them; the expiry is also kept as a timestamptz for the sweep.
-- Event bodies and states are `json`, not `jsonb`: stored as written (cheaper to insert, keeps any
-- "\u0000" a learner typed, which jsonb refuses) and always read whole.
CREATE TABLE rooms (
  id text PRIMARY KEY,
  case_slug text NOT NULL,
  created_at text NOT NULL,
  expires_at text NOT NULL,
  expires_instant timestamptz NOT NULL,
  -- The seq of the last event stored; an append advances it in the same statement that inserts the events.
  last_seq integer NOT NULL DEFAULT 0 CHECK (last_seq >= 0)
);
CREATE INDEX rooms_expires_instant ON rooms (expires_instant);

CREATE TABLE room_tokens (
  room_id text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('interviewer', 'candidate', 'observer')),
  -- SHA-256 of the token, hex; the token itself is never stored.
  token_hash text NOT NULL,
  PRIMARY KEY (room_id, role)
);

CREATE TABLE room_events (
  room_id text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  seq integer NOT NULL CHECK (seq >= 1),
  at text NOT NULL,
  client_msg_id text,
  type text NOT NULL,
  body json NOT NULL,
  PRIMARY KEY (room_id, seq)
);

-- The log is append-only: an event is never changed, only deleted with its room.
CREATE FUNCTION room_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'room_events is append-only';
END;
$$;
CREATE TRIGGER room_events_append_only BEFORE UPDATE ON room_events
  FOR EACH ROW EXECUTE FUNCTION room_events_append_only();

CREATE TABLE room_snapshots (
  room_id text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  seq integer NOT NULL CHECK (seq >= 0),
  taken_at text NOT NULL,
  state json NOT NULL,
  PRIMARY KEY (room_id, seq)
);
