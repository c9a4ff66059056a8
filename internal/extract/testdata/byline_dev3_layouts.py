"""Byline dev layouts, set 3 (--extra-layouts): written at the start of the
"general byline finder" work, before any of its rules, to tune on a wider
spread of byline placements than the earlier files hold. Placements here are
not in byline_layouts.py, byline_memory_layouts.py or
fresh_byline_layouts.py:

  d3_labelrow  a labelled table row «المحرر» | name above the text
  d3_authlink  a meta bar with the name as a link to /kuttab/<id>, then the date
  d3_signoff   the name closing the text box in its own <p> in <i>
  d3_plainend  the name as the last plain <p> of the text box, no markup
  d3_cite      a «— name» signature in <cite> in an article footer box

Before-figure (main at 60c09b7, with host memory, 300 pages): author 0.510
(d3_authlink 0.962, d3_cite 0.957, d3_labelrow 0.912, d3_plainend 0.000,
d3_signoff 0.000), precision 0.992, body P/R/F1 0.980/0.999/0.989
(d3_labelrow P 0.926: the table rows leak into the text); 0.482 with
--no-memory.

After the cue rules (bylinecue.go; tuned on this set, so no longer blind):
author 0.951 (d3_authlink 1.000, d3_cite 0.957, d3_labelrow 1.000,
d3_plainend 0.855, d3_signoff 0.930), precision 1.000, body P/R/F1
0.999/0.999/0.999; 0.751 with --no-memory (d3_plainend 0.000: a plain
closing name is taken only once the host's pages showed it as a rule).

  python3 ../shared/newsfarm/newsfarm.py pages --days '' --n 300 \
      --extra-layouts internal/extract/testdata/byline_dev3_layouts.py \
      --layouts d3_labelrow,d3_authlink,d3_signoff,d3_plainend,d3_cite --out /tmp/dev3
"""

import hashlib

import layouts as L

esc = L.esc


def paras(a, tag="p"):
    return "\n".join(f"<{tag}>{esc(p)}</{tag}>" for p in L.paragraphs(a.text))


def rid(a):
    return int(hashlib.sha1(a.author.encode()).hexdigest()[:6], 16) % 900 + 100


def d3_labelrow(page):
    """A small table under the headline: a labelled editor row, a date row."""
    a = page.article
    by = f"<tr><th>المحرر</th><td>{esc(a.author)}</td></tr>" if a.author else ""
    return f"""{L.head(page)}
<body>{L.nav(page)}<div class="m"><h1 class="t1">{esc(a.title)}</h1>
<table class="inf">{by}<tr><th>نشر في</th><td>{L.arabic_date(a.published)} {L.clock(a.published)}</td></tr></table>
<div class="bx">{paras(a)}</div></div>{L.share(page)}{L.most_read(page)}{L.footer(page)}</body></html>"""


def d3_authlink(page):
    """A meta bar: the writer as a link to the writer's page, the section, the date."""
    a = page.article
    by = f'<a href="/kuttab/{rid(a)}">{esc(a.author)}</a> · ' if a.author else ""
    return f"""{L.head(page, L.og(page))}
<body><header>{L.nav(page)}</header><div class="c0">
<h1>{esc(a.title)}</h1>
<div class="mb">{by}<a href="/section/1">محليات</a> · {L.arabic_date(a.published)} {L.clock(a.published)}</div>
<div class="c3">{paras(a)}</div></div>{L.tag_list(page)}{L.similar(page)}{L.footer(page)}</body></html>"""


def d3_signoff(page):
    """The text box ends with the writer's name in italics, its own paragraph."""
    a = page.article
    by = f"<p><i>{esc(a.author)}</i></p>" if a.author else ""
    return f"""{L.head(page)}
<body><div class="lg">{esc(page.site.name)}</div>{L.nav(page)}{L.ticker(page)}
<div class="art"><h2 class="ttl">{esc(a.title)}</h2><span class="dd">{L.clock(a.published)} {L.arabic_date(a.published)}</span>
<div class="txt">{paras(a)}
{by}</div></div>{L.similar(page)}{L.footer(page)}</body></html>"""


def d3_plainend(page):
    """The writer's name as the last plain paragraph of the text box."""
    a = page.article
    by = f"<p>{esc(a.author)}</p>" if a.author else ""
    return f"""{L.head(page)}
<body>{L.nav(page)}<article class="n1"><h1>{esc(a.title)}</h1>
<p class="n2">{L.hijri_date(a.published)} الموافق {L.arabic_date(a.published)} {L.clock(a.published)}</p>
<div class="n3">{paras(a)}{by}</div></article>{L.comments(page)}{L.footer(page)}</body></html>"""


def d3_cite(page):
    """A signature «— name» in <cite> in a box after the text, before the tags."""
    a = page.article
    sig = f'<div class="sg"><cite>— {esc(a.author)}</cite></div>' if a.author else ""
    return f"""{L.head(page)}
<body>{L.nav(page)}<div class="w0"><h1>{esc(a.title)}</h1>
<div class="w1">{L.arabic_date(a.published)} - {L.clock(a.published)}</div>
<div class="w2">{L.body_with_inserts(page, L.paragraphs(a.text), L.read_also_box(page))}</div>
{sig}{L.tag_list(page)}</div>{L.most_read(page)}{L.footer(page)}</body></html>"""


LAYOUTS = {"d3_labelrow": d3_labelrow, "d3_authlink": d3_authlink, "d3_signoff": d3_signoff,
           "d3_plainend": d3_plainend, "d3_cite": d3_cite}
