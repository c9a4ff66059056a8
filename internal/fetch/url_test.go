package fetch

import (
	"strings"
	"testing"
)

func TestNormalizeURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"http://Example.COM", "http://example.com/"},
		{"HTTP://example.com:80/a", "http://example.com/a"},
		{"https://example.com:443/a", "https://example.com/a"},
		{"http://example.com:8080/a", "http://example.com:8080/a"},
		{"https://example.com:80/a", "https://example.com:80/a"},
		{"http://example.com./a", "http://example.com/a"},
		{"http://example.com/a#comments", "http://example.com/a"},
		{"http://example.com/a?utm_source=tw&utm_medium=social", "http://example.com/a"},
		{"http://example.com/a?id=5&utm_campaign=x&page=2", "http://example.com/a?id=5&page=2"},
		{"http://example.com/a?b=2&a=1", "http://example.com/a?b=2&a=1"},
		{"http://example.com/a?fbclid=XYZ&gclid=1&dclid=2&msclkid=3&mc_cid=4&mc_eid=5&_ga=6&yclid=7&igshid=8&ref_src=twsrc", "http://example.com/a"},
		{"http://example.com/a?UTM_Source=x&FBCLID=y&q=1", "http://example.com/a?q=1"},
		{"http://example.com/a?utm%5Fsource=x&q=1", "http://example.com/a?q=1"},
		{"http://example.com/a?ref=home", "http://example.com/a?ref=home"},
		{"http://example.com/a?&&x=1&", "http://example.com/a?x=1"},
		{"http://example.com/a?", "http://example.com/a"},
		{"http://example.com/?p=123", "http://example.com/?p=123"},
		{"http://example.com/Content/NewsDetails.aspx?NewsID=1003", "http://example.com/Content/NewsDetails.aspx?NewsID=1003"},
		{"http://example.com/a/./b/../c", "http://example.com/a/c"},
		{"  http://example.com/x  ", "http://example.com/x"},
		{"http://127.0.0.1:8701/news/1001", "http://127.0.0.1:8701/news/1001"},
		{"http://[::1]:80/x", "http://[::1]/x"},
		{"http://user@example.com/x", "http://user@example.com/x"},
		{"http://example.com/%D8%AE%D8%A8%D8%B1", "http://example.com/%D8%AE%D8%A8%D8%B1"},
		{"http://example.com/خبر", "http://example.com/%D8%AE%D8%A8%D8%B1"},
		{"http://موقع.com/x", "http://xn--4gbrim.com/x"},
	} {
		got, err := NormalizeURL(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("NormalizeURL(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
			continue
		}
		if again, err := NormalizeURL(got); again != got || err != nil {
			t.Errorf("not idempotent: %q -> %q, %v", got, again, err)
		}
	}
	for _, in := range []string{
		"", "   ", "example.com/a", "/a/b", "//example.com/a", "ftp://example.com/", "mailto:a@b.c",
		"javascript:alert(1)", "http://", "http:///a", "http:example.com", "http://exa mple.com/",
		"http://%zz/", "http://..", "http://example.com:0/", "http://example.com:99999999999/", "data:text/html,hi", "http://[::1/",
	} {
		if got, err := NormalizeURL(in); err == nil {
			t.Errorf("NormalizeURL(%q) = %q, want an error", in, got)
		}
	}
}

func TestResolve(t *testing.T) {
	const base = "http://Example.com/news/2015/item.html?id=1#top"
	for _, tc := range []struct{ ref, want string }{
		{"other.html", "http://example.com/news/2015/other.html"},
		{"../index.html", "http://example.com/news/index.html"},
		{"/2015/08/1001/", "http://example.com/2015/08/1001/"},
		{"?p=7&utm_source=rss", "http://example.com/news/2015/item.html?p=7"},
		{"#comments", "http://example.com/news/2015/item.html?id=1"},
		{"//cdn.example.com/a", "http://cdn.example.com/a"},
		{"https://other.example:443/x?gclid=1", "https://other.example/x"},
		{" /spaced ", "http://example.com/spaced"},
	} {
		got, err := Resolve(base, tc.ref)
		if err != nil || got != tc.want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", tc.ref, got, err, tc.want)
		}
	}
	for _, ref := range []string{"mailto:x@y.z", "javascript:void(0)", "ftp://x/", "http://%zz/"} {
		if got, err := Resolve(base, ref); err == nil {
			t.Errorf("Resolve(%q) = %q, want an error", ref, got)
		}
	}
	if _, err := Resolve("::bad", "x"); err == nil || !strings.HasPrefix(err.Error(), "fetch: resolve") {
		t.Errorf("bad base: %v", err)
	}
}

func FuzzNormalizeURL(f *testing.F) {
	for _, s := range []string{
		"http://Example.COM:80/a/../b?utm_source=x&id=1#f", "https://[::1]:443/", "http://موقع.com/خبر?q=ع",
		"http://a.b/%2e%2e/x", "http://a.b/?a=%zz&utm_x", "http://a/b?c#d", "HTTPS://A.B:0/", "http://a.b/;x=1",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out, err := NormalizeURL(in)
		if err != nil {
			return
		}
		again, err := NormalizeURL(out)
		if err != nil || again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q (%v)", in, out, again, err)
		}
		if !strings.HasPrefix(out, "http://") && !strings.HasPrefix(out, "https://") {
			t.Fatalf("%q -> %q: not http(s)", in, out)
		}
		if strings.Contains(out, "#") || strings.Contains(strings.ToLower(out), "utm_") && strings.Contains(out, "?") && strings.Contains(strings.ToLower(out[strings.Index(out, "?"):]), "?utm_") {
			t.Fatalf("%q -> %q: fragment or tracking left", in, out)
		}
	})
}
