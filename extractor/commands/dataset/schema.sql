-- The newsfacts dataset (SQLite, schema version 1). One row per record item; every row
-- keeps the doc_id of its article, and the items with a place in the text keep their
-- evidence span (text, start, end: offsets into the article). Loading an article again
-- deletes its rows and inserts the new ones, in one transaction.
CREATE TABLE IF NOT EXISTS articles (
    doc_id          TEXT PRIMARY KEY,
    published       TEXT,               -- YYYY-MM-DD, or NULL
    publisher       TEXT,
    authors         TEXT NOT NULL,      -- JSON list of names
    warnings        TEXT NOT NULL,      -- JSON list of what the pipeline doubted
    source          TEXT NOT NULL       -- FILE:LINE the record was loaded from
);
CREATE TABLE IF NOT EXISTS people (
    doc_id          TEXT NOT NULL REFERENCES articles (doc_id),
    person_index    INTEGER NOT NULL,   -- position in the record's people list
    name            TEXT NOT NULL,
    titles          TEXT NOT NULL,      -- JSON list, most specific first
    country         TEXT,               -- ISO 3166-1 alpha-2
    organization    TEXT,
    evidence_text   TEXT,               -- the first mention
    evidence_start  INTEGER,
    evidence_end    INTEGER,
    PRIMARY KEY (doc_id, person_index)
);
CREATE TABLE IF NOT EXISTS meetings (
    doc_id          TEXT NOT NULL REFERENCES articles (doc_id),
    meeting_index   INTEGER NOT NULL,   -- position in the record's meetings list
    kind            TEXT NOT NULL,      -- meeting, talks, visit, call, commission_session, summit, other
    status          TEXT NOT NULL,      -- held, planned
    date            TEXT,               -- YYYY, YYYY-MM or YYYY-MM-DD, or NULL
    date_source     TEXT,               -- text, published
    location        TEXT,
    topics          TEXT NOT NULL,      -- JSON list
    evidence_text   TEXT NOT NULL,      -- the sentence that reports it
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    PRIMARY KEY (doc_id, meeting_index)
);
CREATE TABLE IF NOT EXISTS meeting_participants (
    doc_id              TEXT NOT NULL,
    meeting_index       INTEGER NOT NULL,
    participant_index   INTEGER NOT NULL,
    name                TEXT,           -- NULL for an unnamed official
    title               TEXT,
    country             TEXT,
    PRIMARY KEY (doc_id, meeting_index, participant_index),
    FOREIGN KEY (doc_id, meeting_index) REFERENCES meetings (doc_id, meeting_index)
);
CREATE TABLE IF NOT EXISTS meeting_countries (
    doc_id          TEXT NOT NULL,
    meeting_index   INTEGER NOT NULL,
    country_index   INTEGER NOT NULL,   -- the record's order
    country         TEXT NOT NULL,      -- ISO 3166-1 alpha-2
    PRIMARY KEY (doc_id, meeting_index, country_index),
    FOREIGN KEY (doc_id, meeting_index) REFERENCES meetings (doc_id, meeting_index)
);
CREATE TABLE IF NOT EXISTS trade_stats (
    doc_id          TEXT NOT NULL REFERENCES articles (doc_id),
    stat_index      INTEGER NOT NULL,   -- position in the record's trade_stats list
    metric          TEXT NOT NULL,      -- turnover, exports, imports
    reporter        TEXT,               -- whose trade it is (alpha-2)
    partner         TEXT,               -- alpha-2, NULL: trade with the whole world
    amount          REAL,               -- whole units
    currency        TEXT,               -- ISO 4217
    approximate     INTEGER NOT NULL,   -- 0 or 1
    change_pct      REAL,
    change_amount   REAL,
    period_start    TEXT,               -- YYYY-MM-DD
    period_end      TEXT,
    commodity       TEXT,
    status          TEXT NOT NULL,      -- reported, target, forecast
    evidence_text   TEXT NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    PRIMARY KEY (doc_id, stat_index)
);
CREATE INDEX IF NOT EXISTS trade_stats_by_pair ON trade_stats (reporter, partner, metric);
CREATE INDEX IF NOT EXISTS meetings_by_date ON meetings (date);
CREATE INDEX IF NOT EXISTS meeting_countries_by_country ON meeting_countries (country);
