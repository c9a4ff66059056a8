// Package sources manages where articles come from: the built-in list that a
// fresh install starts with, OPML in and out, and adding feeds given by users.
package sources

// Builtin is the list seeded when serve starts with no source stored: pan-Arab
// channels, national papers and agencies, each with its country (ISO 3166).
// The URLs are the outlets' public RSS feeds as published by them; a feed that
// moves shows up as a failing source on /sources, it never stops the engine.
var Builtin = []struct {
	Name, Country, FeedURL, SiteURL string
}{
	{"الجزيرة نت", "QA", "https://www.aljazeera.net/aljazeerarss/a7c186be-1baa-4bd4-9d80-a84db769f779/73d0e1b4-532f-45ef-b135-bfdff8b8cab9", "https://www.aljazeera.net/"},
	{"بي بي سي عربي", "GB", "https://feeds.bbci.co.uk/arabic/rss.xml", "https://www.bbc.com/arabic"},
	{"فرانس 24 عربي", "FR", "https://www.france24.com/ar/rss", "https://www.france24.com/ar/"},
	{"دويتشه فيله عربية", "DE", "https://rss.dw.com/rdf/rss-ar-all", "https://www.dw.com/ar/"},
	{"آر تي عربي", "RU", "https://arabic.rt.com/rss/", "https://arabic.rt.com/"},
	{"سي إن إن بالعربية", "US", "https://arabic.cnn.com/api/v1/rss/rss.xml", "https://arabic.cnn.com/"},
	{"العربية نت", "AE", "https://www.alarabiya.net/feed/rss2/ar.xml", "https://www.alarabiya.net/"},
	{"سكاي نيوز عربية", "AE", "https://www.skynewsarabia.com/web/rss", "https://www.skynewsarabia.com/"},
	{"يورونيوز عربي", "FR", "https://arabic.euronews.com/rss", "https://arabic.euronews.com/"},
	{"أخبار الأمم المتحدة", "UN", "https://news.un.org/feed/subscribe/ar/news/all/rss.xml", "https://news.un.org/ar/"},
	{"وكالة الأناضول", "TR", "https://www.aa.com.tr/ar/rss/default?cat=guncel", "https://www.aa.com.tr/ar"},
	{"الشرق الأوسط", "SA", "https://aawsat.com/feed", "https://aawsat.com/"},
	{"القدس العربي", "GB", "https://www.alquds.co.uk/feed/", "https://www.alquds.co.uk/"},
	{"اليوم السابع", "EG", "https://www.youm7.com/rss/SectionRss?SectionID=65", "https://www.youm7.com/"},
	{"المصري اليوم", "EG", "https://www.almasryalyoum.com/rss/rssfeeds", "https://www.almasryalyoum.com/"},
	{"هسبريس", "MA", "https://www.hespress.com/feed", "https://www.hespress.com/"},
	{"الغد", "JO", "https://alghad.com/feed/", "https://alghad.com/"},
	{"عنب بلدي", "SY", "https://www.enabbaladi.net/feed", "https://www.enabbaladi.net/"},
	{"الخليج أونلاين", "QA", "https://alkhaleejonline.net/rss.xml", "https://alkhaleejonline.net/"},
}
