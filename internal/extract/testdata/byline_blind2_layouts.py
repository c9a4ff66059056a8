"""Blind byline test layouts (set 2) for newsfarm (--extra-layouts).

Written blind at the start of session 3 by a helper who did not read Khabar's
extractor, and run through Khabar once, after that session's cue rules
(commit 183e5e9), before any change for it. That blind figure, 300 pages:
author 0.710 with precision 0.933, body F1 0.932 with precision 0.874 (b2_5,
a legacy table portal, gave its text twice: F1 0.678; b2_1, a writer's card
after the share bar, author 0.000; b2_3, a labelled meta list, author 0.759
and comments in the text). Everything after that was tuned on it, so it is
no longer blind: after the fixes of session 3, author 0.965 (precision
0.992), body F1 0.992 (precision 0.985).

Each layout is an ordinary Arabic news article page (headline, visible date
and clock, text, nav, share, related lists, footer) whose byline sits in a
place and markup none of the earlier layout files use. Pages whose article
has no author print no byline. The author string is printed as the corpus
gives it (it often carries a city or agency), never in JSON-LD or <meta>.

  python3 ../shared/newsfarm/newsfarm.py pages --days '' --n 300 \
      --extra-layouts internal/extract/testdata/byline_blind2_layouts.py \
      --layouts b2_1,b2_2,b2_3,b2_4,b2_5 --out DIR
"""

import hashlib
import random

import layouts as L

esc = L.esc

WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def paras_html(paras, tag="p"):
    return "\n".join(f"<{tag}>{esc(p)}</{tag}>" for p in paras)


def writer_id(author):
    """A stable numeric id for the writer's archive page, as CMSs give them."""
    return int(hashlib.md5(author.encode()).hexdigest()[:6], 16) % 90000 + 1000


def section(a):
    return L.NAV[1 + len(a.title) % 5]


def b2_1(page):
    """Magazine-style opinion/news page: the writer's box comes after the text."""
    a = page.article
    paras = L.paragraphs(a.text)
    body = L.body_with_inserts(page, paras, L.read_also_box(page))
    box = ""
    if a.author:
        wid = writer_id(a.author)
        box = f"""<div class="wb-card">
<a class="wb-pic" href="/writers/{wid}"><img src="/uploads/writers/{wid}.jpg" alt="" width="80" height="80"></a>
<div class="wb-info">
<h4><a href="/writers/{wid}">{esc(a.author)}</a></h4>
<a class="wb-more" href="/writers/{wid}/articles">جميع المقالات</a>
<a class="wb-tw" href="https://twitter.com/intent/follow"><i class="icon-twitter"></i></a>
</div>
</div>"""
    d = a.published
    return f"""{L.head(page, L.og(page))}
<body class="single">
<header class="site-top"><a class="logo" href="/">{esc(page.site.name)}</a>{L.nav(page)}</header>
{L.ticker(page)}
<div class="container">
<div class="col-8">
<ol class="crumbs"><li><a href="/">الرئيسية</a></li><li><a href="/section/{len(a.title) % 5 + 1}">{esc(section(a))}</a></li></ol>
<article class="post-single">
<h1 class="post-title">{esc(a.title)}</h1>
<div class="post-info"><i class="icon-clock"></i> <time datetime="{d.isoformat()}+03:00">{WEEKDAYS[d.weekday()]} {L.arabic_date(d)} - {L.clock(d)}</time></div>
<figure class="post-img"><img src="/img/{a.key}.jpg" alt=""></figure>
<div class="post-text">
{body}
</div>
{L.tag_list(page, "الوسوم:")}
{L.share(page)}
{box}
</article>
{L.similar(page, "اقرأ المزيد", 6)}
{L.comments(page)}
</div>
<div class="col-4">{L.most_read(page)}</div>
</div>
{L.footer(page)}
</body></html>"""


def b2_2(page):
    """Egyptian-style headline block: section kicker, headline, summary line,
    then a «كتب» line whose name links to the writer's archive."""
    a = page.article
    paras = L.paragraphs(a.text)
    by = ""
    if a.author:
        by = (f'<div class="hb-w">كتب - <a href="/writers/{writer_id(a.author)}">{esc(a.author)}</a></div>')
    d = a.published
    views = random.Random(a.key + "views").randint(150, 40000)
    return f"""{L.head(page, L.og(page))}
<body>
<div class="topbar"><span>{WEEKDAYS[d.weekday()]} {L.arabic_date(d)}</span> <a href="/login">دخول</a></div>
<header><div class="brand">{esc(page.site.name)}</div>{L.nav(page)}</header>
{L.ticker(page, "عاجل")}
<div class="main">
<div class="hb">
<a class="hb-sec" href="/section/{len(a.title) % 5 + 1}">{esc(section(a))}</a>
<h1>{esc(a.title)}</h1>
<h2 class="hb-sub">{esc(L.first_sentence(a.text))}</h2>
{by}
<div class="hb-d"><span>{L.arabic_date(d)}</span> <span>{L.clock(d)}</span> <span class="hb-v">{views} مشاهدة</span></div>
</div>
{L.share(page)}
<div class="txt">
{paras_html(paras)}
</div>
{L.tag_list(page, "كلمات البحث")}
</div>
{L.similar(page, "موضوعات متعلقة", 6)}
{L.most_read(page)}
{L.footer(page)}
</body></html>"""


def b2_3(page):
    """A PHP portal's meta strip: a two-column list of labelled items
    (editor, section, date, time, views) between the headline and the text."""
    a = page.article
    paras = L.paragraphs(a.text)
    d = a.published
    views = random.Random(a.key + "v").randint(80, 9000)
    items = []
    if a.author:
        items.append(f'<li><span class="lb">المحرر:</span> {esc(a.author)}</li>')
    items.append(f'<li><span class="lb">القسم:</span> <a href="/section/{len(a.title) % 5 + 1}">{esc(section(a))}</a></li>')
    items.append(f'<li><span class="lb">التاريخ:</span> {L.arabic_date(d)}</li>')
    items.append(f'<li><span class="lb">الوقت:</span> {L.clock(d)}</li>')
    items.append(f'<li><span class="lb">المشاهدات:</span> {views}</li>')
    return f"""{L.head(page, L.og(page))}
<body>
<div id="wrapper">
<div id="header"><h2><a href="/">{esc(page.site.name)}</a></h2>{L.nav(page)}</div>
<div id="content">
<div class="news-box">
<h1 class="news-title">{esc(a.title)}</h1>
<ul class="news-meta cols-2">
{chr(10).join(items)}
</ul>
<div class="news-img"><img src="/media/{a.key}.jpg" alt="{esc(a.title)}"></div>
<div class="news-text">
{paras_html(paras)}
</div>
{L.share(page)}
</div>
<div class="more-news"><h3>أخبار أخرى</h3><ul>{''.join(f'<li>{L.link(page, o)} <small>{L.clock(o.published)}</small></li>' for o in page.others("more", 6))}</ul></div>
{L.comments(page)}
</div>
<div id="sidebar">{L.most_read(page)}{L.ticker(page, "آخر الأخبار")}</div>
{L.footer(page)}
</div>
</body></html>"""


def b2_4(page):
    """A Saudi daily's web edition: the credit line opens the first paragraph
    in bold, run into the text as in print."""
    a = page.article
    paras = L.paragraphs(a.text)
    d = a.published
    out = []
    for i, p in enumerate(paras):
        if i == 0 and a.author:
            out.append(f"<p><b>{esc(a.author)}</b> {esc(p)}</p>")
        else:
            out.append(f"<p>{esc(p)}</p>")
        if i == 1:
            out.append(L.read_also_box(page, "اقرأ أيضاً"))
    return f"""{L.head(page, L.og(page))}
<body>
<div class="hdr"><a href="/" class="lg">{esc(page.site.name)}</a><span class="today">{L.hijri_date(d)} - {L.arabic_date(d)}</span></div>
{L.nav(page)}
<div class="pg">
<div class="art">
<div class="art-sec">{esc(section(a))}</div>
<h1 class="art-t">{esc(a.title)}</h1>
<div class="art-d"><time datetime="{d.isoformat()}+03:00">{L.arabic_date(d)}</time> | {L.clock(d)}</div>
<div class="art-b">
{chr(10).join(out)}
</div>
<div class="art-tools"><a href="#print">طباعة</a> <a href="#font+">تكبير الخط</a> <a href="#font-">تصغير الخط</a></div>
{L.share(page)}
</div>
{L.similar(page, "أخبار ذات صلة", 6)}
</div>
{L.most_read(page)}
{L.footer(page)}
</body></html>"""


def b2_5(page):
    """A legacy table portal: title row, then one info row where date, time
    and the credit are run together with middle dots, then the text."""
    a = page.article
    paras = L.paragraphs(a.text)
    d = a.published
    info = f"{WEEKDAYS[d.weekday()]} {L.arabic_date(d)} · {L.clock(d)}"
    if a.author:
        info += f" · {esc(a.author)}"
    body = "<br><br>\n".join(esc(p) for p in paras)
    reads = random.Random(a.key + "r").randint(100, 12000)
    more = "".join(f'<tr><td class="b">&raquo; {L.link(page, o)}</td></tr>' for o in page.others("similar", 6))
    return f"""{L.head(page)}
<body bgcolor="#ffffff">
<table width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/images/banner.gif" alt="{esc(page.site.name)}"></td></tr>
<tr><td colspan="2">{L.nav(page)}</td></tr>
<tr>
<td width="680" valign="top">
<table width="100%" cellpadding="4" class="tbl">
<tr><td class="ttl"><font color="#003366" size="5"><b>{esc(a.title)}</b></font></td></tr>
<tr><td class="inf"><font color="#808080" size="2">{info}</font></td></tr>
<tr><td class="txt"><font size="3">
{body}
</font></td></tr>
<tr><td class="cnt">عدد القراءات: {reads} | <a href="#print">نسخة للطباعة</a> | <a href="#send">أرسل لصديق</a></td></tr>
</table>
<table width="100%" class="tbl2"><tr><td class="h"><b>أخبار ذات صلة</b></td></tr>
{more}
</table>
</td>
<td width="300" valign="top">{L.most_read(page)}</td>
</tr>
<tr><td colspan="2">{L.footer(page)}</td></tr>
</table>
</body></html>"""


LAYOUTS = {"b2_1": b2_1, "b2_2": b2_2, "b2_3": b2_3, "b2_4": b2_4, "b2_5": b2_5}
