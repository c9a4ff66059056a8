package sources

import (
	"net/url"
	"strings"
)

// Outlet is what Khabar knows of a news site by its host: the name its
// readers know it by, in Arabic, its country and its home page.
type Outlet struct {
	Name, Country, SiteURL string
}

// outlets are the Arabic outlets of the built-in list and of the Saudi
// papers whose archives come as dumps (SaudiNewsNet names them by a Latin
// id: okaz, alweeam, was), by host without "www.".
var outlets = func() map[string]Outlet {
	m := map[string]Outlet{
		"aawsat.com":          {"الشرق الأوسط", "SA", "https://aawsat.com/"},
		"aleqt.com":           {"الاقتصادية", "SA", "https://www.aleqt.com/"},
		"al-jazirah.com":      {"الجزيرة", "SA", "https://www.al-jazirah.com/"},
		"al-madina.com":       {"المدينة", "SA", "https://www.al-madina.com/"},
		"alriyadh.com":        {"الرياض", "SA", "https://www.alriyadh.com/"},
		"alwatan.com.sa":      {"الوطن", "SA", "https://www.alwatan.com.sa/"},
		"alweeam.com.sa":      {"الوئام", "SA", "https://www.alweeam.com.sa/"},
		"alyaum.com":          {"اليوم", "SA", "https://www.alyaum.com/"},
		"arreyadi.com.sa":     {"الرياضي", "SA", "https://www.arreyadi.com.sa/"},
		"okaz.com.sa":         {"عكاظ", "SA", "https://www.okaz.com.sa/"},
		"sabq.org":            {"سبق", "SA", "https://sabq.org/"},
		"3alyoum.com":         {"عين اليوم", "SA", "https://www.3alyoum.com/"},
		"spa.gov.sa":          {"واس", "SA", "https://www.spa.gov.sa/"},
		"arriyadiyah.com":     {"الرياضية", "SA", "https://www.arriyadiyah.com/"},
		"okaz.com":            {"عكاظ", "SA", "https://www.okaz.com.sa/"},
		"alarabiya.net":       {"العربية نت", "AE", "https://www.alarabiya.net/"},
		"skynewsarabia.com":   {"سكاي نيوز عربية", "AE", "https://www.skynewsarabia.com/"},
		"aljazeera.net":       {"الجزيرة نت", "QA", "https://www.aljazeera.net/"},
		"arabic.rt.com":       {"آر تي عربي", "RU", "https://arabic.rt.com/"},
		"arabic.cnn.com":      {"سي إن إن بالعربية", "US", "https://arabic.cnn.com/"},
		"arabic.euronews.com": {"يورونيوز عربي", "FR", "https://arabic.euronews.com/"},
	}
	for _, b := range Builtin {
		if h := host(b.SiteURL); h != "" {
			if _, ok := m[h]; !ok {
				m[h] = Outlet{b.Name, b.Country, b.SiteURL}
			}
		}
	}
	return m
}()

// host is u's host, lower case, without "www." ("" when u is no URL).
func host(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

// Known is the outlet that publishes at a URL (an article's or a feed's),
// when Khabar knows its host or a host it is a subdomain of (rss.dw.com is
// dw.com's).
func Known(u string) (Outlet, bool) {
	h := host(u)
	for h != "" {
		if o, ok := outlets[h]; ok {
			return o, true
		}
		_, rest, ok := strings.Cut(h, ".")
		if !ok || !strings.Contains(rest, ".") {
			break
		}
		h = rest
	}
	return Outlet{}, false
}
