"""The project file's schema as a list of forward migrations, applied in order.

`PRAGMA user_version` records how many have run. A migration is never edited once released:
add a new one at the end instead, so every older project file can be brought forward.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: the initial schema.
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        title TEXT,
        outlet TEXT,
        author TEXT,
        url TEXT,
        published TEXT,               -- ISO date when known
        imported TEXT NOT NULL,       -- ISO timestamp (UTC)
        text TEXT NOT NULL,           -- clean plain text; claim offsets point into it
        content_hash TEXT NOT NULL UNIQUE,
        file TEXT,                    -- origin file name
        format TEXT,
        wire_group INTEGER            -- articles sharing a group are copies of one wire story
    );

    CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        kind TEXT NOT NULL DEFAULT 'person',
        reliability TEXT,             -- Admiralty grade A-F
        notes TEXT NOT NULL DEFAULT ''
    );

    CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        quote TEXT NOT NULL,          -- == articles.text[start:end]
        text TEXT NOT NULL,           -- standalone wording of the claim
        sentence_start INTEGER,
        sentence_end INTEGER,
        speaker TEXT,
        relayed_by TEXT,
        speaker_anonymous INTEGER NOT NULL DEFAULT 0,
        quantities TEXT NOT NULL DEFAULT '[]',  -- JSON list of Quantity
        dates TEXT NOT NULL DEFAULT '[]',       -- JSON list of DateMention
        hedged INTEGER NOT NULL DEFAULT 0,
        kind TEXT NOT NULL DEFAULT 'claim',
        status TEXT NOT NULL DEFAULT 'unverified',
        confidence TEXT,
        source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
        notes TEXT NOT NULL DEFAULT '',
        cluster_id INTEGER,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX idx_claims_article ON claims(article_id, start);
    CREATE INDEX idx_claims_status ON claims(status);
    CREATE INDEX idx_claims_source ON claims(source_id);
    CREATE INDEX idx_claims_cluster ON claims(cluster_id);

    CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        stance TEXT NOT NULL CHECK (stance IN ('supports', 'contradicts')),
        note TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        UNIQUE (claim_id, article_id)
    );
    CREATE INDEX idx_evidence_article ON evidence(article_id);

    CREATE TABLE links (
        id INTEGER PRIMARY KEY,
        claim_a INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        claim_b INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        relation TEXT NOT NULL,       -- duplicate | conflict | related
        score REAL NOT NULL,
        state TEXT NOT NULL DEFAULT 'suggested',  -- suggested | confirmed | rejected
        auto INTEGER NOT NULL DEFAULT 1,          -- 1 while only the machine decided
        reasons TEXT NOT NULL DEFAULT '[]',
        created TEXT NOT NULL,
        CHECK (claim_a < claim_b),
        UNIQUE (claim_a, claim_b)
    );
    CREATE INDEX idx_links_b ON links(claim_b);

    CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        time TEXT NOT NULL,
        action TEXT NOT NULL,         -- what the user did, e.g. "set status"
        entity TEXT NOT NULL,         -- claim | article | source | evidence | link
        entity_id INTEGER,
        field TEXT,
        old TEXT,
        new TEXT
    );
    CREATE INDEX idx_history_entity ON history(entity, entity_id);

    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT
    );

    CREATE VIRTUAL TABLE claims_fts USING fts5(
        text, quote, speaker, content='claims', content_rowid='id', tokenize='porter unicode61'
    );
    CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
        INSERT INTO claims_fts(rowid, text, quote, speaker) VALUES (new.id, new.text, new.quote, new.speaker);
    END;
    CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
        INSERT INTO claims_fts(claims_fts, rowid, text, quote, speaker)
        VALUES ('delete', old.id, old.text, old.quote, old.speaker);
    END;
    CREATE TRIGGER claims_au AFTER UPDATE OF text, quote, speaker ON claims BEGIN
        INSERT INTO claims_fts(claims_fts, rowid, text, quote, speaker)
        VALUES ('delete', old.id, old.text, old.quote, old.speaker);
        INSERT INTO claims_fts(rowid, text, quote, speaker) VALUES (new.id, new.text, new.quote, new.speaker);
    END;

    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='id', tokenize='porter unicode61'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    """,
    # 2: work a kill left unfinished (e.g. matching the claims of an import), completed later.
    """
    CREATE TABLE pending (
        job TEXT NOT NULL,            -- 'match' (claim ids) | 'match-all' | 'import' (article ids)
        item INTEGER NOT NULL,        -- e.g. a claim id
        owner TEXT,                   -- 'host:pid' of the process doing it, when that matters
        PRIMARY KEY (job, item)
    ) WITHOUT ROWID;
    """,
    # 3: one sentence vector per claim (semantic matching), computed once at import; text_key says
    #    which text it was computed from, so an edited claim is embedded again and nothing else is.
    """
    CREATE TABLE claim_vectors (
        claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        text_key TEXT NOT NULL,
        vector BLOB NOT NULL
    );
    """,
    # 4: facts (issue 13): the group of claims, from any articles, that state the same thing. The
    # verdict lives on the fact and is mirrored onto every member claim's status/confidence (so a
    # claim's `status` is always its effective verdict); a claim `verdict_apart` keeps its own.
    # `fact_pinned` marks a claim the analyst placed by hand: regrouping never moves it.
    """
    CREATE TABLE facts (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL DEFAULT '',            -- the wording of its most central claim
        status TEXT NOT NULL DEFAULT 'unverified',
        confidence TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    ALTER TABLE claims ADD COLUMN fact_id INTEGER REFERENCES facts(id) ON DELETE SET NULL;
    ALTER TABLE claims ADD COLUMN fact_pinned INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE claims ADD COLUMN verdict_apart INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX idx_claims_fact ON claims(fact_id);
    -- Bumped on every change of the links table, so facts know when to be regrouped.
    INSERT OR IGNORE INTO settings (key, value) VALUES ('links_version', '0');
    CREATE TRIGGER links_version_ai AFTER INSERT ON links BEGIN
        UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'links_version';
    END;
    CREATE TRIGGER links_version_ad AFTER DELETE ON links BEGIN
        UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'links_version';
    END;
    CREATE TRIGGER links_version_au AFTER UPDATE ON links BEGIN
        UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'links_version';
    END;
    """,
    # 5: a claim derived from another (its core without the time and place, issue 12): shown nested
    # under its full claim. Deleting the full claim leaves the derived one standing on its own.
    """
    ALTER TABLE claims ADD COLUMN derived_from INTEGER REFERENCES claims(id) ON DELETE SET NULL;
    CREATE INDEX idx_claims_derived ON claims(derived_from);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
