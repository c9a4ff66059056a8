-- Stories: each event's coverage grouped, copies linked to their original,
-- tags. Written by the story engine (internal/story); a story's id is the id
-- of the article that started it. merged_into is 0 for a live story, else
-- the story that took its articles (old ids redirect there).

CREATE TABLE stories (
	id          INTEGER PRIMARY KEY,
	merged_into INTEGER NOT NULL DEFAULT 0,
	headline_id INTEGER NOT NULL DEFAULT 0,
	first_id    INTEGER NOT NULL DEFAULT 0,
	articles    INTEGER NOT NULL DEFAULT 0,
	sources     INTEGER NOT NULL DEFAULT 0,
	first_ns    INTEGER NOT NULL DEFAULT 0,
	last_ns     INTEGER NOT NULL DEFAULT 0,
	tags        TEXT    NOT NULL DEFAULT '' -- tab-separated
);
CREATE INDEX stories_last ON stories(merged_into, last_ns DESC, id DESC);

CREATE TABLE article_stories (
	article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
	story_id   INTEGER NOT NULL,
	copy_of    INTEGER NOT NULL DEFAULT 0,
	tags       TEXT    NOT NULL DEFAULT '' -- tab-separated
);
CREATE INDEX article_stories_story ON article_stories(story_id);

CREATE TABLE story_tags (
	tag      TEXT    NOT NULL,
	story_id INTEGER NOT NULL,
	PRIMARY KEY (tag, story_id)
) WITHOUT ROWID;
CREATE INDEX story_tags_story ON story_tags(story_id);

CREATE TABLE story_related (
	story_id   INTEGER NOT NULL,
	related_id INTEGER NOT NULL,
	score      REAL    NOT NULL,
	PRIMARY KEY (story_id, related_id)
) WITHOUT ROWID;
