-- The breaking-news ticker counts the distinct outlets of each story's
-- articles in the last six hours (TrendingStories). With the publication
-- time and the outlet in one index the count never reads an article's row,
-- whose text is most of it: 8 ms → 1 ms over SaudiNewsNet's last six hours
-- (1,676 articles), on every page that shows the ticker.
CREATE INDEX IF NOT EXISTS articles_sort_source ON articles(sort_ns, source_id);
