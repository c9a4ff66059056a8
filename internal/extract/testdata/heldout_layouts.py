"""Held-out newsfarm layouts for Khabar's extraction: markup, class names, box
positions and lead-in words the extractor's rules were NOT written against.
Use them only to check, never to tune:

    python3 newsfarm.py pages --days '' --n 300 --out DIR \
        --extra-layouts internal/extract/testdata/heldout_layouts.py \
        --layouts souq,levant,cards

Loaded by newsfarm.py --extra-layouts; it imports newsfarm's layouts module
for the shared helpers (esc, paragraphs, dates)."""

import random

import layouts as L

esc = L.esc

LEVANT_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز",
                 "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def rid(page, salt):
    """A random-looking class name, stable per site: hashed CSS-module names."""
    r = random.Random(page.site.id + salt)
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))


def twelve_hour(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'ص' if dt.hour < 12 else 'م'}"


def layout_souq(page):
    """A Gulf portal on a CSS-modules build: every class is a hash. The body is
    <div>s, not <p>s; a 'topics that may interest you' list sits after the third
    paragraph, an embedded tweet and a poll inside the story, a newsletter line
    at its end, share buttons as <button>s and a view counter with an eye."""
    a = page.article
    paras = L.paragraphs(a.text)
    c = lambda s: rid(page, s)
    related = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                      for o in page.others("souq-related", 3))
    box = (f'<div class="{c("rel")}"><span class="{c("lbl")}">مواضيع قد تهمك</span>'
           f'<ul class="{c("rl")}">{related}</ul></div>')
    tweet = ('<blockquote class="{0}"><p dir="rtl">نتابع التطورات لحظة بلحظة</p>&mdash; {1} '
             '(@news{2}) <a href="https://twitter.com/news{2}/status/6312{2}0">August 2015</a></blockquote>'
             ).format(c("tw"), esc(page.site.name), random.Random(a.key).randint(10, 99))
    poll = (f'<div class="{c("poll")}"><b>استطلاع:</b> هل تؤيد القرار؟'
            f'<form><label><input type="radio" name="v"> نعم</label> <label><input type="radio" name="v"> لا</label>'
            f'<button>صوّت</button></form></div>')
    out = []
    for i, p in enumerate(paras):
        out.append(f'<div class="{c("par")}">{esc(p)}</div>')
        if i == 2:
            out.append(box)
        if i == 0 and len(paras) > 2:
            out.append(tweet)
        if i == len(paras) - 2:
            out.append(poll)
    body = "\n".join(out)
    if len(paras) <= 2:
        body += "\n" + box
    d = a.published
    by = f'<div class="{c("by")}">بقلم: {esc(a.author)}</div>' if a.author else ""
    views = random.Random(a.key + "v").randint(200, 20000)
    return f"""{L.head(page, L.og(page))}
<body>
<div class="{c("top")}"><div class="{c("brand")}"><img src="/l.png" alt="{esc(page.site.name)}"></div>
<div class="{c("menu")}">{''.join(f'<a href="/c/{i}">{esc(n)}</a>' for i, n in enumerate(L.NAV))}</div></div>
<div class="{c("wrap")}">
<div class="{c("main")}">
<h1 class="{c("h")}">{esc(a.title)}</h1>
{by}
<div class="{c("dt")}">نُشر في: {DAYS[d.weekday()]}، {L.arabic_date(d)} - {twelve_hour(d)}</div>
<div class="{c("eye")}">👁 {views}</div>
<div class="{c("txt")}">
{body}
<div class="{c("nl")}">اشترك في نشرتنا اليومية ليصلك كل جديد <input type="email" placeholder="بريدك"> <button>اشترك</button></div>
</div>
<div class="{c("sh")}"><button>واتساب</button><button>تويتر</button><button>نسخ الرابط</button></div>
</div>
<div class="{c("side")}">{''.join(f'<div class="{c("it")}"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></div>' for o in page.others("souq-side", 6))}</div>
</div>
<div class="{c("foot")}">© {esc(page.site.name)} 2015</div>
</body></html>"""


def layout_levant(page):
    """A Levantine daily with French class names: text as <br><br>-separated
    runs, Levantine month names, a 'watch also' table with picture and lead
    after the first run, a 'related news' list after the second, hashtag-style
    tags, and print/e-mail links that are only icons."""
    a = page.article
    paras = L.paragraphs(a.text)
    d = a.published
    o = page.others("levant-watch", 1)
    watch = ""
    if o:
        o = o[0]
        watch = (f'<table class="voir-aussi"><tr><td><img src="/i/{o.key}.jpg"></td><td>'
                 f'<em>شاهد أيضاً</em><br><a href="{esc(page.url_of(o))}">{esc(o.title)}</a><br>'
                 f'<small>{esc(L.first_sentence(o.text))}</small></td></tr></table>')
    rel = "".join(f'<a href="{esc(page.url_of(x))}">{esc(x.title)}</a><br>' for x in page.others("levant-rel", 4))
    related = f'<div class="liens"><i>أخبار ذات صلة</i><br>{rel}</div>'
    pieces, chunk = [], []
    for i, p in enumerate(paras):
        chunk.append(esc(p))
        box = watch if i == 0 else related if i == 1 else ""
        if box:
            pieces.append('<div class="corps">' + "<br><br>\n".join(chunk) + "</div>")
            pieces.append(box)
            chunk = []
    if chunk:
        pieces.append('<div class="corps">' + "<br><br>\n".join(chunk) + "</div>")
    text = "\n".join(pieces)
    tags = " ".join(f'<a href="/hashtag/{esc(t)}">#{esc(t)}</a>' for t in L.tags_for(a))
    author = f'<div class="signature">{esc(a.author)}</div>' if a.author else ""
    return f"""{L.head(page)}
<body>
<div id="entete"><a href="/"><b>{esc(page.site.name)}</b></a> <span class="date-du-jour">{d.day} {LEVANT_MONTHS[d.month - 1]} {d.year}</span></div>
<div id="rubriques">{''.join(f'<a href="/r/{i}">{esc(n)}</a> ' for i, n in enumerate(L.NAV))}</div>
<div id="contenu">
<div class="titre-article">{esc(a.title)}</div>
<div class="infos">{d.day} {LEVANT_MONTHS[d.month - 1]} {d.year} | {L.clock(d)}</div>
{author}
{text}
<div class="motscles">{tags}</div>
<div class="outils"><a href="#imprimer" title="طباعة"><img src="/p.gif"></a> <a href="mailto:?subject=x" title="بريد"><img src="/m.gif"></a></div>
<div class="reactions"><b>{random.Random(a.key).randint(0, 40)} تعليق</b> <a href="#commenter">أضف تعليقاً</a></div>
</div>
<div id="pied">{esc(page.site.name)} - جميع الحقوق محفوظة</div>
</body></html>"""


def layout_cards(page):
    """An app-like news site: JSON-LD only, body paragraphs in <p>, a whole-card
    link (block inside <a>) between paragraphs titled 'more on this', a breaking
    strip inside the main column, a follow-us line after the story, an ad label
    in a <small>, and the author at the bottom."""
    a = page.article
    paras = L.paragraphs(a.text)
    cards = page.others("cards-inline", 1)
    card = ""
    if cards:
        o = cards[0]
        card = (f'<a class="karte" href="{esc(page.url_of(o))}"><div class="k-in"><h4>{esc(o.title)}</h4>'
                f'<p>{esc(L.first_sentence(o.text))}</p></div></a>')
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == len(paras) // 2 and card:
            out.append('<div class="mehr"><h5>المزيد حول هذا الموضوع</h5>' + card + "</div>")
        if i == 0:
            out.append('<div class="slot"><small>إعلان</small><div class="slot-in"></div></div>')
    strip = " • ".join(f'<a href="{esc(page.url_of(o))}">{esc(o.title)}</a>' for o in page.others("cards-strip", 4))
    by = f'<p class="wer">{esc(a.author)}</p>' if a.author else ""
    return f"""{L.head(page, L.jsonld(page))}
<body>
<div class="app"><div class="bar"><a href="/">{esc(page.site.name)}</a></div>
<div class="spalte">
<div class="eilmeldung"><strong>الآن</strong> {strip}</div>
<h1>{esc(a.title)}</h1>
<div class="inhalt">
{chr(10).join(out)}
</div>
{by}
<p class="folgen">تابعونا على <a href="https://t.me/x">تلغرام</a> و<a href="https://twitter.com/x">تويتر</a></p>
<div class="weiter">{''.join(f'<div><a href="{esc(page.url_of(o))}"><span>{esc(o.title)}</span></a><span>{L.clock(o.published)}</span></div>' for o in page.others("cards-more", 6))}</div>
</div></div>
</body></html>"""


LAYOUTS = {
    "souq": layout_souq,
    "levant": layout_levant,
    "cards": layout_cards,
}
