-- Per-host template memory of the extractor (news.TemplateStore).
--
-- template_hosts counts the pages recorded per host; template_blocks counts,
-- per host and paragraph fingerprint, on how many pages it was kept, and the
-- host's page number when it was last seen, so fingerprints seen once long ago
-- (the paragraphs of one article) can be pruned.

CREATE TABLE template_hosts (
	host  TEXT    PRIMARY KEY,
	pages INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE template_blocks (
	host      TEXT    NOT NULL,
	fp        INTEGER NOT NULL,
	pages     INTEGER NOT NULL,
	last_page INTEGER NOT NULL,
	PRIMARY KEY (host, fp)
) WITHOUT ROWID;
