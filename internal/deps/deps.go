//go:build tools

// Package deps pins the modules the packages are being built against while they
// are written in parallel; removed once every one is imported for real.
package deps

import (
	_ "github.com/PuerkitoBio/goquery"
	_ "github.com/chromedp/chromedp"
	_ "github.com/markusmobius/go-trafilatura"
	_ "github.com/microcosm-cc/bluemonday"
	_ "github.com/mmcdole/gofeed"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/schollz/progressbar/v3"
	_ "github.com/temoto/robotstxt"
	_ "golang.org/x/net/html"
	_ "golang.org/x/net/html/charset"
	_ "golang.org/x/text/encoding/charmap"
	_ "golang.org/x/term"
	_ "modernc.org/sqlite"
	_ "github.com/hablullah/go-hijri"
)
