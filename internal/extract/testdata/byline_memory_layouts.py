"""Blind byline layouts for newsfarm (--extra-layouts), written BEFORE the
host-memory byline rules and never tuned on: each prints the author with no
lead-in word and no class that says "author", in a slot of its own, beside
short varying lines that are not bylines (a kicker word, a section, a caption).
Most SaudiNewsNet authors are names outside any hand-written given-name list.

  python3 ../shared/newsfarm/newsfarm.py pages --days '' --n 300 \
      --extra-layouts internal/extract/testdata/byline_memory_layouts.py \
      --layouts bm_under,bm_endsig,bm_card,bm_linked,bm_h5 --out /tmp/bm_blind
"""

import hashlib

import layouts as L

esc = L.esc


def paras_html(a, tag="p"):
    return "\n".join(f"<{tag}>{esc(p)}</{tag}>" for p in L.paragraphs(a.text))


def kicker(a):
    """A one- or two-word kicker taken from the headline: it varies per page."""
    w = L.tags_for(a)
    return " ".join(w[:1 + len(a.title) % 2]) if w else ""


def bm_under(page):
    """Kicker above the headline, the name alone in a span under it, then the date."""
    a = page.article
    by = f'<div class="k2"><span>{esc(a.author)}</span></div>' if a.author else ""
    return f"""{L.head(page, L.og(page))}
<body>{L.nav(page)}{L.ticker(page)}
<div class="pg"><div class="k1"><a href="/tag/{esc(kicker(a))}">{esc(kicker(a))}</a></div>
<h1 class="t">{esc(a.title)}</h1>{by}
<div class="k3">{L.arabic_date(a.published)} - {L.clock(a.published)}</div>
<div class="k4">{paras_html(a)}</div></div>
{L.share(page)}{L.similar(page)}{L.footer(page)}</body></html>"""


def bm_endsig(page):
    """The name closes the article in a footer of its own, before the tags."""
    a = page.article
    sig = f'<footer class="z1"><p>{esc(a.author)}</p></footer>' if a.author else ""
    return f"""{L.head(page)}
<body><div class="top">{esc(page.site.name)}</div>{L.nav(page)}
<article><header><h1>{esc(a.title)}</h1><p class="z0">{L.hijri_date(a.published)} - {L.arabic_date(a.published)} {L.clock(a.published)}</p></header>
<div class="z2">{L.body_with_inserts(page, L.paragraphs(a.text), L.read_also_box(page))}</div>
{sig}</article>{L.tag_list(page)}{L.most_read(page)}{L.footer(page)}</body></html>"""


def bm_card(page):
    """An author card between the headline and the text: picture, name, outlet."""
    a = page.article
    card = (f'<div class="c8"><img src="/img/w.jpg" alt=""><div class="c9"><strong>{esc(a.author)}</strong>'
            f'<div>{esc(page.site.short)}</div></div></div>') if a.author else ""
    return f"""{L.head(page)}
<body><header>{L.nav(page)}</header>
<div class="c1"><h2 class="c2">{esc(a.title)}</h2>
<div class="c3"><span>{L.arabic_date(a.published)}</span> <span>{L.clock(a.published)}</span></div>
{card}
<figure><img src="/img/p.jpg" alt=""><figcaption>{esc(kicker(a))}</figcaption></figure>
<div class="c4">{paras_html(a)}</div></div>
{L.comments(page)}{L.footer(page)}</body></html>"""


def bm_linked(page):
    """The name links to the writer's page, in a meta row beside the date."""
    a = page.article
    wid = hashlib.md5(a.author.encode()).hexdigest()[:6] if a.author else ""
    by = f'<a href="/writer/{wid}">{esc(a.author)}</a> ' if a.author else ""
    return f"""{L.head(page, L.og(page))}
<body>{L.nav(page)}<main><div class="m1"><h1>{esc(a.title)}</h1>
<div class="m2">{by}<span>{L.arabic_date(a.published)} {L.clock(a.published)}</span></div>
<div class="m3">{paras_html(a)}</div></div>
{L.similar(page)}</main>{L.footer(page)}</body></html>"""


def bm_h5(page):
    """Headline, the name as an h5, the date as an h6, then the text."""
    a = page.article
    by = f"<h5>{esc(a.author)}</h5>" if a.author else ""
    return f"""{L.head(page)}
<body>{L.nav(page)}<div id="main"><div class="sec">{esc(L.NAV[1 + len(a.title) % 5])}</div>
<h1>{esc(a.title)}</h1>{by}<h6>{L.arabic_date(a.published)} {L.clock(a.published)}</h6>
<div class="txt">{paras_html(a, "div")}</div>
<div class="sec2">{esc(kicker(a))}</div></div>{L.similar(page)}{L.footer(page)}</body></html>"""


LAYOUTS = {"bm_under": bm_under, "bm_endsig": bm_endsig, "bm_card": bm_card,
           "bm_linked": bm_linked, "bm_h5": bm_h5}
