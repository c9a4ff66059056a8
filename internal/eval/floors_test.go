package eval

import (
	"cmp"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/khabar-news/khabar/internal/extract"
)

// sharedDir is ../shared relative to the repository root.
const sharedDir = "../../../shared"

// genNewsfarm writes newsfarm pages into a temporary folder, skipping when
// newsfarm or python3 is missing.
func genNewsfarm(t *testing.T, n int, extra ...string) string {
	t.Helper()
	script := filepath.Join(sharedDir, "newsfarm", "newsfarm.py")
	if _, err := os.Stat(script); err != nil {
		t.Skipf("newsfarm not available (%s missing): skipping", script)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not in PATH: skipping newsfarm pages")
	}
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	args := append([]string{script, "pages", "--days", "", "--n", itoa(n), "--out", dir}, extra...)
	if out, err := exec.CommandContext(ctx, "python3", args...).CombinedOutput(); err != nil {
		t.Fatalf("newsfarm pages: %v: %s", err, out)
	}
	return dir
}

func itoa(n int) string {
	b := []byte{}
	for n > 0 || len(b) == 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

type floor struct {
	name      string
	got, want float64
}

func checkFloors(t *testing.T, rep *Report, floors []floor) {
	t.Helper()
	var b strings.Builder
	rep.Print(&b)
	t.Log("\n" + b.String())
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s %s: %.3f, floor %.3f", rep.Set, f.name, f.got, f.want)
		}
	}
}

func run(t *testing.T, set, dir string, ex extract.Extractor) *Report {
	t.Helper()
	pages, err := Load(set, dir)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Run(context.Background(), ex, set, pages, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Overall.Failed > 0 {
		t.Errorf("%d pages failed to extract", rep.Overall.Failed)
	}
	return rep
}

// The floors below are the figures measured when they were set (README,
// "Extraction quality"), less a margin of about 0.005-0.01: a regression
// fails the build. Every page is judged on its own (no host memory), which
// is the harder case: the first page of a new site.

// TestFloorNewsfarm: newsfarm's own layouts, 300 pages (50 per layout).
// Measured: P 0.998 R 0.999 F1 0.999, title 1.000, published 1.000, author 0.995,
// author precision 0.995 (n=600; the misses are name lines that open the
// corpus's own text on pages whose gold lists no author).
func TestFloorNewsfarm(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("floors run in the full test run")
	}
	rep := run(t, SetNewsfarm, genNewsfarm(t, 300), extract.New())
	o := rep.Overall
	checkFloors(t, rep, []floor{
		{"F1", o.F1, 0.99}, {"precision", o.Precision, 0.99}, {"recall", o.Recall, 0.99},
		{"title exact", o.Title, 0.99}, {"published to the minute", o.Published, 0.98}, {"author", o.Author, 0.97},
		{"author precision", o.AuthorPrecision, 0.98},
	})
}

// TestFloorHeldOut: three layouts written as a held-out check
// (testdata/heldout_layouts.py), never used to write rules; 150 pages.
// Measured: P 0.996 R 0.977 F1 0.987, author 0.996, author precision 1.000
// (n=300); on these 150 pages author 0.985 (0.970 before the cue rules: a
// city anchoring a name outside the given-name list, «بيروت: جوسلين إيليا»,
// now reads as a byline; no rule was written against this set).
func TestFloorHeldOut(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("floors run in the full test run")
	}
	layouts, err := filepath.Abs(filepath.Join("..", "extract", "testdata", "heldout_layouts.py"))
	if err != nil {
		t.Fatal(err)
	}
	rep := run(t, SetNewsfarm, genNewsfarm(t, 150, "--extra-layouts", layouts, "--layouts", "souq,levant,cards"), extract.New())
	o := rep.Overall
	checkFloors(t, rep, []floor{
		{"F1", o.F1, 0.975}, {"precision", o.Precision, 0.98}, {"published to the minute", o.Published, 0.98},
		{"author", o.Author, 0.975}, {"author precision", o.AuthorPrecision, 0.98},
	})
}

// TestFloorBylineMemory: the byline check layouts (testdata/byline_layouts.py)
// read with the host memory on, as the crawler and `khabar eval` read them:
// names outside the given-name list are learned from the slot the rules found
// bylines in on the host's earlier pages. 150 pages. Measured: author 0.983
// (0.967 before the cue rules), author precision 1.000.
func TestFloorBylineMemory(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("floors run in the full test run")
	}
	layouts, err := filepath.Abs(filepath.Join("..", "extract", "testdata", "byline_layouts.py"))
	if err != nil {
		t.Fatal(err)
	}
	dir := genNewsfarm(t, 150, "--extra-layouts", layouts, "--layouts", "bl_tail,bl_kicker,bl_metaline,bl_table,bl_firstp,bl_icon")
	rep := run(t, SetNewsfarm, dir, extract.New(extract.WithMemory(extract.NewMemory())))
	o := rep.Overall
	checkFloors(t, rep, []floor{
		{"F1", o.F1, 0.975}, {"author", o.Author, 0.975}, {"author precision", o.AuthorPrecision, 0.99},
	})
}

// TestFloorCueBylines: the fresh byline check layouts
// (testdata/fresh_byline_layouts.py: a labelled writer in a <dl>, date | name,
// a name in italics closing the text box) and the byline dev layouts set 3
// (testdata/byline_dev3_layouts.py: a labelled table row, a writer's link, an
// italic sign-off, a plain closing name, a <cite> signature) and blind set 2
// (testdata/byline_blind2_layouts.py: a writer's card after the share bar, a
// «كتب» line under a standfirst, a labelled meta list, a bold lead-in, a
// legacy table portal), blind sets 3 to 8, and byline dev set 4, read with
// the host memory on; 150 pages each.
func TestFloorCueBylines(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("floors run in the full test run")
	}
	for _, c := range []struct {
		file, layouts   string
		author, authorP float64
		f1              float64 // 0: 0.985
		pub             float64 // 0: 0.98
		title           float64 // 0: 0.99
	}{
		// measured on these 150 pages: author 0.977, precision 1.000, F1 0.994
		// (300 pages: 0.996; 0.611 before the cue rules)
		{"fresh_byline_layouts.py", "fb_dl,fb_dateline,fb_em_end", 0.97, 0.99, 0, 0, 0},
		// measured on these 150 pages: author 0.909, precision 1.000, F1 0.999
		// (300 pages: 0.951; 0.510 before the cue rules): a plain closing name
		// is taken only once the host's pages showed it as a rule
		{"byline_dev3_layouts.py", "d3_labelrow,d3_authlink,d3_signoff,d3_plainend,d3_cite", 0.90, 0.99, 0, 0, 0},
		// measured on these 150 pages: author 0.985, precision 0.992, F1
		// 0.993 (300 pages: 0.965, 0.992, 0.992; blind, before session 3's
		// fixes for it: 0.710, 0.933, 0.932)
		{"byline_blind2_layouts.py", "b2_1,b2_2,b2_3,b2_4,b2_5", 0.97, 0.98, 0, 0, 0},
		// blind set 3: measured on these 150 pages: author 1.000, precision
		// 1.000, F1 0.995 (300 pages: 0.976, 0.996, 0.995; blind, before
		// the «عن الكاتب» and icon rules: 0.498, 0.992, 0.995)
		{"blind3_layouts.py", "b3_1,b3_2,b3_3,b3_4,b3_5", 0.97, 0.99, 0, 0, 0},
		// blind set 4: measured on these 150 pages: author 1.000, precision
		// 1.000, F1 0.993 (300 pages: 0.992, 1.000, 0.995; blind, before
		// the wire-credit, outlet-label and comment-item rules: 0.906,
		// 0.947, 0.992)
		{"blind4_layouts.py", "b4_1,b4_2,b4_3,b4_4,b4_5", 0.97, 0.99, 0, 0, 0},
		// blind set 5: measured on these 150 pages: author 1.000, precision
		// 1.000, F1 0.989 (300 pages: 0.992, 0.996, 0.990; blind, before
		// the rail-card, other-texts, relative-date and disclaimer rules:
		// 0.863, 0.791, 0.985, published 0.800)
		{"blind5_layouts.py", "b5_1,b5_2,b5_3,b5_4,b5_5", 0.97, 0.99, 0, 0, 0},
		// blind set 6: measured on these 150 pages: author 0.992, precision
		// 1.000, F1 0.977 (300 pages: 0.980, 0.996, 0.984 with P 0.972;
		// blind: 0.714, 0.752, 0.976). A Medium-like page's counters and
		// a photo report's video teasers keep its body precision lowest.
		{"blind6_layouts.py", "b6_1,b6_2,b6_3,b6_4,b6_5", 0.97, 0.99, 0.97, 0, 0},
		// blind set 7: measured on these 150 pages: author 0.992, precision
		// 0.992, F1 0.994 (300 pages: 0.996, 1.000, 0.993; blind: 0.537,
		// 0.502, 0.993, published 0.800)
		{"blind7_layouts.py", "b7_1,b7_2,b7_3,b7_4,b7_5", 0.97, 0.98, 0, 0, 0},
		// byline dev set 4 (a job title after the name, a byline under a
		// standfirst, a labelled story card beside the text): measured on
		// these 150 pages: author 0.969, precision 0.992, F1 0.991 (300
		// pages: 0.973, 1.000, 0.989; 0.553 before session 4's rules)
		// blind set 8: measured on these 150 pages: author 1.000, precision
		// 0.929, F1 0.987, published 0.800 (300 pages: 0.996, 0.924,
		// 0.986, 0.803; blind: author 0.769, precision 0.887). Its
		// Islamic-affairs layout prints a date with no time anywhere, so
		// published to the minute cannot be had there; its web-story
		// layout's pages whose gold has no author open with a byline line.
		{"blind8_layouts.py", "b8_1,b8_2,b8_3,b8_4,b8_5", 0.97, 0.90, 0, 0.75, 0},
		{"byline_dev4_layouts.py", "d4_role,d4_standfirst,d4_infobox,d4_sigrole,d4_h3name", 0.96, 0.98, 0, 0, 0},
		// blind set 9 (Blogger, a KUNA-style agency, Joomla K2, a Chinese
		// outlet's Arabic service, SharePoint): measured on these 150 pages:
		// author 1.000, precision 1.000, F1 0.988, published 1.000 (300
		// pages: 0.996, 1.000, 0.991, 0.983; blind: 0.816, 0.800, 0.967,
		// published 0.337, title 0.600)
		{"blind9_layouts.py", "b9_1,b9_2,b9_3,b9_4,b9_5", 0.97, 0.99, 0, 0, 0},
		// blind set 10 (K2, a Hijri-only government portal with a source
		// row, a Quran radio, a Sputnik-like service, a lifestyle magazine):
		// measured on these 150 pages: author 1.000, precision 1.000, F1
		// 0.991, published 0.987 (300 pages: 0.996, 1.000, 0.993, 0.987;
		// blind: 0.804, 1.000, 0.982, published 0.617, title 0.983)
		{"blind10_layouts.py", "b10_1,b10_2,b10_3,b10_4,b10_5", 0.97, 0.99, 0, 0, 0},
		// blind set 11 (an Algerian francophone site's Arabic edition, a
		// Facebook-post-like page, a Kurdish TV site, a Syrian opposition
		// site, a market-data site): measured on these 150 pages: author
		// 0.802, precision 0.905, F1 0.975, published 1.000 (300 pages:
		// 0.800, 0.887, 0.979, 1.000; blind: 0.800, 0.887, 0.979, published
		// 0.830). Still missed: the post-like page's «الوطن مع فلان» credit
		// (0.000), the market site's figures table inside the text and its
		// 3alyoum pages that open with a byline their gold leaves out.
		{"blind11_layouts.py", "b11_1,b11_2,b11_3,b11_4,b11_5", 0.79, 0.88, 0.97, 0, 0},
		// blind set 12 (a Tunisian radio site, an Omani daily, a vBulletin
		// forum's news thread, a Ghost newsroom, a Mailchimp newsletter's
		// archive): measured on these 150 pages: author 0.962, precision
		// 0.992, F1 0.932, published 0.800, title 0.780 (300 pages: 0.937,
		// 0.976, 0.937, 0.797, 0.797; blind: 0.710, 0.914, 0.911, published
		// 0.613, title 0.797). Still missed: the forum page keeps the
		// poster's rank and, after a long reply, the signature (P 0.871),
		// the newsletter page's title, date and text are the issue's, not
		// its featured story's (P 0.594).
		{"blind12_layouts.py", "b12_1,b12_2,b12_3,b12_4,b12_5", 0.95, 0.98, 0.925, 0.79, 0.77},
		// blind set 13 (a Sabq-like city site, a Shia shrine's news site, an
		// Iranian broadcaster's Arabic site, a press-release wire, a health
		// site): measured on these 150 pages: author 0.947, precision 0.976,
		// F1 0.978, published 1.000 (300 pages: 0.961, 0.992, 0.984, 1.000;
		// blind: 0.780, 0.847, 0.953, published 1.000).
		{"blind13_layouts.py", "b13_1,b13_2,b13_3,b13_4,b13_5", 0.94, 0.97, 0.97, 0, 0},
		// blind set 14 (a TV channel's live blog, a football portal, a
		// fact-check platform, a podcast episode's transcript, a Telegram
		// channel's web preview): measured on these 150 pages: author
		// 0.763, precision 0.719, F1 0.808, published 0.800, title 0.773
		// (300 pages: 0.784, 0.725, 0.836, 0.800, 0.790; blind: 0.349,
		// 0.325, 0.823, published 0.800, title 0.600). Far from the
		// targets: the channel's title, date and other messages, the
		// fact-check's claim and verdict boxes, the podcast's show notes.
		{"blind14_layouts.py", "b14_1,b14_2,b14_3,b14_4,b14_5", 0.75, 0.70, 0.80, 0.79, 0.76},
		// blind set 15 (a Wix blog, a Mauritanian agency laid out in
		// tables, a literary magazine, a Wikinews-like wiki, a WordPress
		// tech site): measured on these 150 pages: author 1.000, precision
		// 0.970, F1 0.968, published 1.000, title 0.993 (300 pages: 0.988,
		// 0.951, 0.976, 1.000, 1.000; blind: 0.902, 0.947, 0.770,
		// published 0.803, title 1.000).
		{"blind15_layouts.py", "b15_1,b15_2,b15_3,b15_4,b15_5", 0.99, 0.96, 0.96, 0.99, 0.98},
		// blind set 16 (a Drupal 8 daily, a paywalled Lebanese daily, a
		// Libyan portal, an Arc XP outlet, a bilingual state agency):
		// measured on these 150 pages: author 0.947, precision 0.992, F1
		// 0.987, published 1.000, title 0.993 (300 pages: 0.933, 0.988,
		// 0.990, 1.000, 1.000; blind: 0.765, 0.759, 0.982, 1.000, 1.000).
		{"blind16_layouts.py", "b16_1,b16_2,b16_3,b16_4,b16_5", 0.94, 0.98, 0.98, 0, 0.98},
		// blind set 17 (an Anadolu-like agency, a CNN-Arabic-like network,
		// an Erbil site with Kurdish dates, a Ma'an-like agency, a Libyan
		// portal): measured on these 150 pages: author 1.000, precision
		// 0.903, F1 0.982, published 1.000, title 0.993 (300 pages: 0.980,
		// 0.883, 0.989, 1.000, 1.000; blind: 0.976, 0.880, 0.967, 1.000,
		// 1.000). Precision: pages without a writer whose dateline names
		// the outlet («طرابلس - بوابة …») read as signed by it.
		{"blind17_layouts.py", "b17_1,b17_2,b17_3,b17_4,b17_5", 0.99, 0.89, 0.975, 0, 0.98},
		// blind set 18 (a Youm7-like portal splitting the story over two
		// pages, an Okaz-like daily that scrolls on to the next story, a
		// Reuters-Arabic-like wire, a Sudanese Elementor site, a Kuwaiti
		// Nuxt daily): measured on these 150 pages: author 1.000,
		// precision 1.000, F1 0.990, published 1.000, title 0.980 (300
		// pages: 0.996, 0.996, 0.994, 1.000, 1.000; blind: 0.769, 0.961,
		// 0.985, 1.000, 1.000).
		{"blind18_layouts.py", "b18_1,b18_2,b18_3,b18_4,b18_5", 0.99, 0.99, 0.985, 0, 0.97},
		// blind set 19 (a WAM-like agency, a SANA-like agency, a Bahraini
		// daily, a London pan-Arab daily, a Jordanian TV site): measured on
		// these 150 pages: author 0.992, precision 1.000, F1 0.986,
		// published 1.000, title 0.993 (300 pages: 0.988, 0.981, 0.985,
		// 1.000, 1.000; blind: 0.608, 0.711, 0.966, 1.000, 1.000).
		{"blind19_layouts.py", "b19_1,b19_2,b19_3,b19_4,b19_5", 0.98, 0.99, 0.98, 0, 0.98},
		// blind set 20 (an Al-Jazeera-Net-like network, a Sky-News-Arabia-
		// like channel, an Independent-Arabia-like Drupal site, an
		// Alhurra-like site, an Elnashra-like portal): measured on these
		// 150 pages: author 1.000, precision 0.970, F1 0.997, published
		// 1.000, title 0.980 (300 pages: 0.996, 0.958, 0.998, 1.000, 0.997;
		// blind the same but precision 0.958). Precision: pages without a
		// writer sign «أبوظبي - <source>».
		{"blind20_layouts.py", "b20_1,b20_2,b20_3,b20_4,b20_5", 0.99, 0.96, 0.99, 0, 0.97},
		// blind set 21 (a France-24-Arabic-like broadcaster, an RT-Arabic-
		// like channel, an Echorouk-like daily, an Al-Jazeera-Net-like
		// network, a Gulf daily's AMP page): measured on these 150 pages:
		// author 1.000, precision 0.985, F1 0.991, published 1.000, title
		// 0.993 (300 pages: 0.996, 0.966, 0.993, 1.000, 1.000; blind:
		// 0.996, 0.876, 0.956, 1.000, 1.000).
		{"blind21_layouts.py", "b21_1,b21_2,b21_3,b21_4,b21_5", 0.99, 0.97, 0.985, 0, 0.98},
		// blind set 22 (an Al-Arabiya-Net-like channel, an Al-Riyadh-like
		// daily, an Arabi21-like outlet, a Shafaq-like agency on Next.js,
		// an Alittihad-like daily): measured on these 150 pages: author
		// 1.000, precision 1.000, F1 0.995, published 1.000, title 0.993
		// (300 pages: 0.996, 1.000, 0.997, 1.000, 1.000; blind: 0.996,
		// 1.000, 0.991, 1.000, 1.000).
		{"blind22_layouts.py", "b22_1,b22_2,b22_3,b22_4,b22_5", 0.99, 0.99, 0.99, 0, 0.98},
		// blind set 23 (an Elaph-like e-paper, an Alkhaleej-like daily, an
		// Arabi-Post-like site, SPA's new-style site, an Al-Sumaria-like TV
		// site): measured on these 150 pages: author 0.992, precision
		// 1.000, F1 0.991, published 1.000, title 0.993 (300 pages: 0.996,
		// 1.000, 0.995, 1.000, 1.000; blind: 0.996, 1.000, 0.990, 1.000,
		// 1.000).
		{"blind23_layouts.py", "b23_1,b23_2,b23_3,b23_4,b23_5", 0.98, 0.99, 0.985, 0, 0.98},
		// blind set 24 (an Al-Ahram-like state daily's new site, a
		// Dunya-Al-Watan-like portal, an Al-Ain-like outlet, an Ajel-like
		// site on a Quintype-like CMS, a DW-Arabic-like broadcaster):
		// measured on these 150 pages: author 1.000, precision 0.903, F1
		// 0.996, published 1.000, title 0.993 (300 pages: 0.996, 0.901,
		// 0.998, 1.000, 1.000; blind: 0.996, 0.879, 0.990, 1.000, 1.000).
		// Precision: the corpus's own credit line opening texts whose gold
		// names no author («رغد عشميل – عين اليوم»).
		{"blind24_layouts.py", "b24_1,b24_2,b24_3,b24_4,b24_5", 0.99, 0.89, 0.99, 0, 0.98},
		// blind set 25 (an Alghad-like daily, a Panet-like table portal, a
		// Filfan-like arts portal, a Tunisian daily, an Asharq-Business-
		// like site): measured on these 150 pages: author 1.000, precision
		// 0.929, F1 0.994, published 1.000, title 0.993 (300 pages: 0.996,
		// 0.927, 0.997, 1.000, 1.000; blind: 0.996, 0.914, 0.985, 1.000,
		// 1.000). Precision as on set 24.
		{"blind25_layouts.py", "b25_1,b25_2,b25_3,b25_4,b25_5", 0.99, 0.91, 0.99, 0, 0.98},
		// blind set 26 (an MSN-Arabic-like republished story, a sports
		// daily, a Lebanese TV site, a Drupal 7 portal, a weather
		// platform): measured on these 150 pages: author 1.000, precision
		// 1.000, F1 0.993, published 1.000, title 0.980 (300 pages: 0.992,
		// 1.000, 0.996, 1.000, 1.000, the same as blind).
		{"blind26_layouts.py", "b26_1,b26_2,b26_3,b26_4,b26_5", 0.99, 0.99, 0.985, 0, 0.97},
		// blind set 27 (JNews and Sahifa WordPress themes, Joomla 4, a
		// Substack post, a modern Blogger template): measured on these 150
		// pages: author 1.000, precision 1.000, F1 0.996, published 1.000,
		// title 0.993 (300 pages: 0.996, 0.988, 0.997, 1.000, 1.000; blind:
		// author 0.753, precision 1.000, F1 0.997, published 0.800).
		{"blind27_layouts.py", "b27_1,b27_2,b27_3,b27_4,b27_5", 0.99, 0.98, 0.99, 0, 0.98},
		// Sets 28–32, measured on these 150 pages at 1556b11 (author,
		// precision, F1, published, title): 28 (a QNA-like agency, a
		// Euronews-like site, a Raseef22-like magazine, a state TV site, a
		// Youm7-like mobile site) 0.992, 1.000, 0.983, 1.000, 0.993; 29
		// (SmartMag, Publisher, Olivero, Ghost Headline, telegra.ph) 1.000,
		// 1.000, 0.993, 1.000, 0.993; 30 (Egyptian and Moroccan sites on
		// ASP.NET, Laravel, Symfony, Zox News) 1.000, 1.000, 0.986, 1.000,
		// 0.993; 31 (Levantine and Iraqi sites: React, Foxiz, an interview
		// page, Hugo, Livewire) 1.000, 0.992, 0.990, 1.000, 0.993; 32 (a
		// print view, Sitecore, Soledad, a text-only lite page, Hugo)
		// 1.000, 0.992, 0.973, 1.000, 0.993. Set 32's precision (0.956) is
		// a hero caption, a video card marked only by its play button and
		// a Telegram follow line, left for now.
		{"blind28_layouts.py", "b28_1,b28_2,b28_3,b28_4,b28_5", 0.98, 0.99, 0.975, 0, 0.98},
		{"blind29_layouts.py", "b29_1,b29_2,b29_3,b29_4,b29_5", 0.99, 0.99, 0.985, 0, 0.98},
		{"blind30_layouts.py", "b30_1,b30_2,b30_3,b30_4,b30_5", 0.99, 0.99, 0.98, 0, 0.98},
		{"blind31_layouts.py", "b31_1,b31_2,b31_3,b31_4,b31_5", 0.99, 0.98, 0.985, 0, 0.98},
		{"blind32_layouts.py", "b32_1,b32_2,b32_3,b32_4,b32_5", 0.99, 0.98, 0.965, 0, 0.98},
	} {
		layouts, err := filepath.Abs(filepath.Join("..", "extract", "testdata", c.file))
		if err != nil {
			t.Fatal(err)
		}
		dir := genNewsfarm(t, 150, "--extra-layouts", layouts, "--layouts", c.layouts)
		rep := run(t, SetNewsfarm, dir, extract.New(extract.WithMemory(extract.NewMemory())))
		o := rep.Overall
		checkFloors(t, rep, []floor{
			{"F1", o.F1, cmp.Or(c.f1, 0.985)}, {"author", o.Author, c.author}, {"author precision", o.AuthorPrecision, c.authorP},
			{"published", o.Published, cmp.Or(c.pub, 0.98)}, {"title", o.Title, cmp.Or(c.title, 0.99)},
		})
	}
}

// TestFloorTrafilaturaEval: the 435 general web pages; go-trafilatura alone
// scores F 0.910 here. Measured: P 0.924 R 0.926 F 0.925 (R 0.917 F 0.920
// before session 8's main-box rule), title 0.715 (0.717 before an <article>
// holding the <h1> marked the article), author 0.488 of the 258 pages
// whose gold names one (go-trafilatura alone 0.492; our Arabic byline rules
// alone 0.384; 0.477 before session 6's space between inline siblings,
// 0.484 before a year ended a byline on pages not in Arabic).
func TestFloorTrafilaturaEval(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("floors run in the full test run")
	}
	dir := filepath.Join(sharedDir, "data", "trafilatura-eval")
	if _, err := os.Stat(filepath.Join(dir, "evaldata.json")); err != nil {
		t.Skipf("%s not available: skipping", dir)
	}
	rep := run(t, SetSnippets, dir, extract.New())
	o := rep.Overall
	rep.Groups = nil // 435 one-page rows say nothing in a log
	checkFloors(t, rep, []floor{{"F", o.F1, 0.918}, {"precision", o.Precision, 0.915}, {"recall", o.Recall, 0.918}, {"title", o.Title, 0.71}, {"author", o.Author, 0.48}})
}

// TestFloorArabicReal: six real Arabic article pages. Measured: P 0.938 R 1.000 F 0.968.
func TestFloorArabicReal(t *testing.T) {
	dir := filepath.Join(sharedDir, "data", "arabic-real")
	if _, err := os.Stat(filepath.Join(dir, "evaldata.json")); err != nil {
		t.Skipf("%s not available: skipping", dir)
	}
	rep := run(t, SetSnippets, dir, extract.New())
	o := rep.Overall
	checkFloors(t, rep, []floor{{"F", o.F1, 0.96}, {"recall", o.Recall, 1}, {"title", o.Title, 1}})
}
