"""Byline check layouts for newsfarm (--extra-layouts): each prints the author
with no lead-in word and no class that says so, in a place of its own. They
were written after the bare-byline rules, to measure them, not to tune them:

  python3 ../shared/newsfarm/newsfarm.py pages --days '' --n 300 \
      --extra-layouts internal/extract/testdata/byline_layouts.py \
      --layouts bl_tail,bl_kicker,bl_metaline,bl_table,bl_firstp,bl_icon --out /tmp/bylines
"""

import layouts as L

esc = L.esc


def paras_html(a, tag="p"):
    return "\n".join(f"<{tag}>{esc(p)}</{tag}>" for p in L.paragraphs(a.text))


def bl_tail(page):
    """Byline closing the article, in a box after the body."""
    a = page.article
    sig = f'<div class="q-81"><span>{esc(a.author)}</span></div>' if a.author else ""
    return f"""{L.head(page)}
<body><div class="hd"><a href="/">{esc(page.site.name)}</a></div>{L.nav(page)}
<div class="wrap-2"><h1>{esc(a.title)}</h1>
<div class="d-7">{L.arabic_date(a.published)} {L.clock(a.published)}</div>
<div class="tx-3">{paras_html(a)}</div>
{sig}
{L.share(page)}</div>
{L.similar(page)}{L.footer(page)}</body></html>"""


def bl_kicker(page):
    """Byline above the headline, date under it."""
    a = page.article
    by = f'<div class="u-4">{esc(a.author)}</div>' if a.author else ""
    return f"""{L.head(page)}
<body><header><div class="lg">{esc(page.site.name)}</div>{L.nav(page)}</header>
<main><section>{by}<h1 class="h">{esc(a.title)}</h1>
<p class="x">{L.arabic_date(a.published)} - {L.clock(a.published)}</p>
<section class="bd">{paras_html(a)}</section></section>
{L.most_read(page)}</main>{L.footer(page)}</body></html>"""


def bl_metaline(page):
    """Byline and date on one line: «name | date»."""
    a = page.article
    meta = (f"{esc(a.author)} | " if a.author else "") + f"{L.arabic_date(a.published)} {L.clock(a.published)}"
    return f"""{L.head(page)}
<body>{L.nav(page)}<div id="c"><div class="p1"><h2>{esc(a.title)}</h2>
<div class="p2">{meta}</div>
<div class="p3">{paras_html(a, "div")}</div></div>
{L.tag_list(page)}</div>{L.footer(page)}</body></html>"""


def bl_table(page):
    """An old table portal: title cell, byline cell, date cell, text with <br>."""
    a = page.article
    by = f"<tr><td>{esc(a.author)}</td></tr>" if a.author else ""
    body = "<br><br>\n".join(esc(p) for p in L.paragraphs(a.text))
    return f"""{L.head(page)}
<body><table width="100%"><tr><td>{L.nav(page)}</td></tr>
<tr><td><table><tr><td><font size="4"><b>{esc(a.title)}</b></font></td></tr>
{by}<tr><td>{L.arabic_date(a.published)} {L.clock(a.published)}</td></tr>
<tr><td>{body}</td></tr></table></td></tr>
<tr><td>{L.footer(page)}</td></tr></table></body></html>"""


def bl_firstp(page):
    """Byline as the first paragraph of the body, in bold, no class."""
    a = page.article
    by = f"<p><strong>{esc(a.author)}</strong></p>" if a.author else ""
    return f"""{L.head(page, L.og(page))}
<body>{L.nav(page)}<article><h1>{esc(a.title)}</h1>
<time datetime="{a.published.isoformat()}">{L.arabic_date(a.published)}</time>
<div>{by}{paras_html(a)}</div></article>{L.similar(page)}{L.footer(page)}</body></html>"""


def bl_icon(page):
    """Byline in a span after an icon, beside the date span, in a header row."""
    a = page.article
    by = f'<span><i class="i-u"></i> {esc(a.author)}</span>' if a.author else ""
    return f"""{L.head(page)}
<body>{L.nav(page)}<div class="r"><div class="r1"><h1>{esc(a.title)}</h1>
<div class="r2">{by} <span><i class="i-c"></i> {L.arabic_date(a.published)} {L.clock(a.published)}</span></div></div>
<div class="r3">{paras_html(a)}</div></div>{L.comments(page)}{L.footer(page)}</body></html>"""


LAYOUTS = {"bl_tail": bl_tail, "bl_kicker": bl_kicker, "bl_metaline": bl_metaline,
           "bl_table": bl_table, "bl_firstp": bl_firstp, "bl_icon": bl_icon}
