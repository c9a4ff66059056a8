-- Sources, articles, their URLs and the URLs that failed.
--
-- Times are RFC 3339 text ('' when unknown). Published keeps the offset the
-- outlet gave, because the export prints it as found; the *_ns columns are the
-- same instants as unix nanoseconds so ordering never depends on text.

CREATE TABLE sources (
	id            INTEGER PRIMARY KEY,
	feed_url      TEXT    NOT NULL UNIQUE,
	name          TEXT    NOT NULL DEFAULT '',
	site_url      TEXT    NOT NULL DEFAULT '',
	kind          TEXT    NOT NULL DEFAULT 'feed',
	country       TEXT    NOT NULL DEFAULT '',
	added         TEXT    NOT NULL,
	last_fetch    TEXT    NOT NULL DEFAULT '',
	last_success  TEXT    NOT NULL DEFAULT '',
	last_error    TEXT    NOT NULL DEFAULT '',
	failures      INTEGER NOT NULL DEFAULT 0,
	next_fetch    TEXT    NOT NULL DEFAULT '',
	etag          TEXT    NOT NULL DEFAULT '',
	last_modified TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE articles (
	id            INTEGER PRIMARY KEY,
	source_id     INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
	url           TEXT    NOT NULL,
	canonical_url TEXT    NOT NULL UNIQUE,
	title         TEXT    NOT NULL DEFAULT '',
	text          TEXT    NOT NULL,
	author        TEXT    NOT NULL DEFAULT '',
	language      TEXT    NOT NULL DEFAULT '',
	published     TEXT    NOT NULL DEFAULT '',
	published_ns  INTEGER,
	fetched       TEXT    NOT NULL,
	fetched_ns    INTEGER NOT NULL,
	-- The listing order: published when known, else fetched.
	sort_ns       INTEGER NOT NULL,
	content_hash  TEXT    NOT NULL DEFAULT ''
);

-- Newest first, overall and per source; the per-source one also serves the
-- cascade from sources and the article counts.
CREATE INDEX articles_order ON articles(sort_ns DESC, fetched_ns DESC, id DESC);
CREATE INDEX articles_source_order ON articles(source_id, sort_ns DESC, fetched_ns DESC, id DESC);
CREATE INDEX articles_content_hash ON articles(content_hash, source_id);
CREATE INDEX articles_published ON articles(published_ns);

-- Every URL an article was reached under, its canonical URL included, so a URL
-- is looked up in one place.
CREATE TABLE article_urls (
	url        TEXT    PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX article_urls_article ON article_urls(article_id);

CREATE TABLE failures (
	url       TEXT    PRIMARY KEY,
	source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE,
	reason    TEXT    NOT NULL,
	detail    TEXT    NOT NULL DEFAULT '',
	at        TEXT    NOT NULL,
	attempts  INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX failures_source ON failures(source_id);
CREATE INDEX failures_reason ON failures(reason);
