package extract

import (
	"strings"
	"testing"
)

// A source label gives the byline when its value is a wire credit (it
// names an agency) or a writer's name (portals credit the paper's reporter
// so: blind set 10); a ministry or another site under «المصدر» is a
// source, not a writer.
func TestWireCredit(t *testing.T) {
	cases := []struct{ name, under, want string }{
		{"label element", `<div class="wb"><span>المصدر:</span> <strong>الرياض: واس</strong></div>`, "الرياض: واس"},
		{"label on the line", `<div class="wb">المصدر: باريس - أ ف ب</div>`, "باريس - أ ف ب"},
		{"a ministry", `<div class="wb"><span>المصدر:</span> <strong>وزارة الصحة</strong></div>`, ""},
		{"a person", `<div class="wb"><span>المصدر:</span> <strong>سهيلة طيبي</strong></div>`, "سهيلة طيبي"},
	}
	ex := New()
	for _, c := range cases {
		authorOf(t, ex, c.name, cuePage(c.under, ""), c.want)
	}
}

// The site's own name in an element of its own before a writer's line is
// the site's label, not part of the byline; written as one text, or with
// no writer after it, the outlet signs and stays.
func TestOutletSigned(t *testing.T) {
	cases := []struct{ name, under, want string }{
		{"label element", `<div class="m"><span class="s">المرصد</span> - <span class="a">جدة: خالد الزهراني</span></div>`, "جدة: خالد الزهراني"},
		{"one text", `<div class="m">المرصد - خالد الزهراني</div>`, "المرصد - خالد الزهراني"},
		{"no writer", `<div class="m"><span class="s">المرصد</span> - <span class="a">جدة</span></div>`, "المرصد - جدة"},
	}
	ex := New()
	for _, c := range cases {
		res := authorOf(t, ex, c.name, cuePage(c.under, ""), c.want)
		if strings.Contains(res.Text, "الزهراني") {
			t.Errorf("%s: the byline stays in the text: %q", c.name, res.Text)
		}
	}
}

// A labelled credit of a city and the outlet's own name is the byline even
// when the outlet's name is a heading of the page: the topic check (a
// kicker repeats the headline's words) reads the outlet as the outlet.
func TestLabelledOutletCredit(t *testing.T) {
	page := cuePage("", `<p>ـــــ</p>`)
	page = strings.Replace(page, `<nav>`, `<header><h2>المرصد</h2></header><nav>`, 1)
	page = strings.Replace(page, `</div></div><div class="f0">`, `</div><div class="fld"><div class="fld-l">المحرر</div><div class="fld-i"><a href="/taxonomy/term/6">الرياض: المرصد</a></div></div></div><div class="f0">`, 1)
	authorOf(t, New(), "labelled outlet credit", page, "الرياض: المرصد")
}
