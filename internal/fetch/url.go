package fetch

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/net/idna"
)

// trackingParams are query parameters that only tell a site where a visitor
// came from: dropping them makes one article one URL.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "gclsrc": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "yclid": true,
	"igshid": true, "ref_src": true, "ref_url": true, "twclid": true, "ttclid": true,
	"li_fat_id": true, "_hsenc": true, "_hsmi": true, "mkt_tok": true, "vero_id": true,
	"oly_anon_id": true, "oly_enc_id": true, "wickedid": true, "s_cid": true, "ocid": true,
}

func isTracking(key string) bool {
	if k, err := url.QueryUnescape(key); err == nil {
		key = k
	}
	key = strings.ToLower(key)
	return strings.HasPrefix(key, "utm_") || trackingParams[key]
}

var errNotHTTP = errors.New("not an absolute http(s) URL")

// NormalizeURL returns the canonical spelling of an absolute http(s) URL:
// lowercase scheme and host (IDN hosts in punycode), no default port, no
// fragment, no dot segments, no tracking parameters (other parameters keep
// their order and spelling), and "/" for an empty path.
func NormalizeURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("fetch: normalize url: %w", err)
	}
	if err := normalize(u); err != nil {
		return "", fmt.Errorf("fetch: normalize url %q: %w", raw, err)
	}
	s := u.String()
	// url.Parse accepts a few spellings that String does not reproduce exactly;
	// a URL whose normal form is not stable cannot serve as a key, so refuse it.
	if v, err := url.Parse(s); err != nil || normalize(v) != nil || v.String() != s {
		return "", fmt.Errorf("fetch: normalize url %q: unstable form %q", raw, s)
	}
	return s, nil
}

// normalize rewrites u in place (see NormalizeURL).
func normalize(u *url.URL) error {
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" || u.Opaque != "" {
		return errNotHTTP
	}
	host, port := u.Hostname(), u.Port()
	host = strings.TrimRight(host, ".")
	if host == "" {
		return errors.New("no host")
	}
	if !isASCII(host) {
		h, err := idna.Lookup.ToASCII(host)
		if err != nil {
			return fmt.Errorf("host: %w", err)
		}
		host = h
	}
	host = strings.ToLower(host)
	if strings.ContainsAny(host, " \t\r\n%/\\?#@") {
		return fmt.Errorf("bad host %q", host)
	}
	if port != "" {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			return fmt.Errorf("bad port %q", port)
		}
	}
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	u.Fragment, u.RawFragment = "", ""
	u.RawQuery = cleanQuery(u.RawQuery)
	u.ForceQuery = false
	// Resolving the empty reference removes "." and ".." segments and turns an
	// empty path into "/".
	q := u.RawQuery
	*u = *u.ResolveReference(&url.URL{})
	u.RawQuery = q
	if u.Path == "" {
		u.Path, u.RawPath = "/", ""
	}
	return nil
}

func cleanQuery(raw string) string {
	if raw == "" {
		return ""
	}
	parts := strings.Split(raw, "&")
	kept := parts[:0]
	for _, p := range parts {
		if p == "" {
			continue
		}
		key, _, _ := strings.Cut(p, "=")
		if isTracking(key) {
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "&")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Resolve resolves the link ref found on the page at base and normalizes the
// result; links to other schemes (mailto:, javascript:) are errors.
func Resolve(base, ref string) (string, error) {
	b, err := url.Parse(strings.TrimSpace(base))
	if err != nil {
		return "", fmt.Errorf("fetch: resolve: base: %w", err)
	}
	r, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return "", fmt.Errorf("fetch: resolve: %w", err)
	}
	return NormalizeURL(b.ResolveReference(r).String())
}
