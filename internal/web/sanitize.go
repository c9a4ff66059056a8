package web

import (
	"html/template"

	"github.com/microcosm-cc/bluemonday"
)

// ugc is the policy for HTML that comes from feeds and pages. bluemonday
// policies are safe for concurrent use once built.
var ugc = newPolicy()

func newPolicy() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	// Links leave the site: they must not be followed for ranking, nor get a
	// handle on this window.
	p.RequireNoFollowOnLinks(true)
	p.AddTargetBlankToFullyQualifiedLinks(false)
	p.RequireNoReferrerOnLinks(true)
	p.AllowURLSchemes("http", "https", "mailto")
	// Text direction is part of Arabic content; keep it where authors set it.
	p.AllowAttrs("dir").Matching(bluemonday.Direction).Globally()
	return p
}

// SanitizeHTML returns s with everything that could run script or load
// active content removed: <script>, event handler attributes, javascript:
// and data: URLs, styles, iframes, forms. Use it for any HTML from outside
// that is to be rendered as HTML.
func SanitizeHTML(s string) string {
	return ugc.Sanitize(s)
}

// safeHTML is the template function for outside HTML: sanitized first, then
// trusted.
func safeHTML(s string) template.HTML {
	return template.HTML(SanitizeHTML(s)) // #nosec G203 -- sanitized just above
}
