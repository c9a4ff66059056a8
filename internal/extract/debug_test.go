package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestDebugPage(t *testing.T) {
	f := os.Getenv("DEBUG_PAGE")
	if f == "" {
		t.Skip("DEBUG_PAGE not set")
	}
	raw, _ := os.ReadFile(f)
	src, _, _ := decode(raw, "")
	doc, _ := html.Parse(strings.NewReader(src))
	p := parsePage(doc)
	fmt.Printf("title tag %q\nsites %q\nbylines %q\n", p.titleTag, siteNames(p), p.bylines)
	for _, o := range p.ldArticles() {
		fmt.Printf("ld %v author=%v\n", o["@type"], o["author"])
	}
	for k, v := range p.metas {
		if strings.Contains(k, "author") || strings.Contains(k, "title") || strings.Contains(k, "date") {
			fmt.Printf("meta %s = %q\n", k, v)
		}
	}
	for _, h := range p.headings {
		if h.tag == "h1" {
			fmt.Printf("h1 %q block %d\n", h.text, h.block)
		}
	}
}
