-- A write-up that follows an original loosely (no copy of it: it adds text
-- of its own) stays in the original's copy group for the copy test, and a
-- copy of its own text names it. The story engine keeps that link in memory;
-- stored here, a restarted engine warms with it and decides as one that ran
-- on (0: the article follows no original).
ALTER TABLE article_stories ADD COLUMN follows INTEGER NOT NULL DEFAULT 0;
