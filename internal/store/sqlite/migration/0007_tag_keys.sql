-- A tag page holds every spelling of its tag: «التحرش» and «تحرش», «الإنماء»
-- and «الانماء» (arabic.NameKey). The key is computed in Go, so rows stored
-- before this migration get theirs when the store opens (fillTagKeys).
ALTER TABLE story_tags ADD COLUMN key TEXT NOT NULL DEFAULT '';
CREATE INDEX story_tags_key ON story_tags(key, story_id);
