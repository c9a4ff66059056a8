"""Blind test layouts (set 3) for newsfarm (--extra-layouts): five pages whose
byline placement and chrome none of the earlier layout files use.

Written blind at the end of session 3 by a helper who did not read Khabar's
extractor, and run through Khabar once (commit 91879ed), before any change
for it. That blind figure, 300 pages: body F1 0.995 (precision 0.991;
go-trafilatura alone 0.965), title and published time 1.000, author 0.498
(precision 0.992): b3_1 (reporter after a pen icon in the lead image's strip)
and b3_2 («عن الكاتب» box beside the text) 0.000, b3_3 0.862, b3_4 0.800,
b3_5 1.000. After it the «عن الكاتب» rule (b3_2 0.880) and the writer's icon
rule (b3_1 0.932) were added: author 0.886, precision 0.996. The set is no
longer blind.

  python3 ../shared/newsfarm/newsfarm.py pages --days '' --n 300 \
      --extra-layouts internal/extract/testdata/blind3_layouts.py \
      --layouts b3_1,b3_2,b3_3,b3_4,b3_5 --out DIR
"""

import datetime as dt
import hashlib
import random

import layouts as L

esc = L.esc

WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
PHOTOGRAPHERS = ["خالد الرشيد", "ماجد الزهراني", "سعد العنزي", "فهد الدوسري", "عمر باصالح",
                 "ناصر المطيري", "إبراهيم الغامدي"]
CAPTIONS = ["جانب من الحدث", "لقطة من الموقع", "صورة من الأرشيف", "مشاركون خلال الفعالية",
            "من أجواء اليوم", "جانب من الحضور"]
SUBHEADS = ["التفاصيل", "خلفية", "ردود الفعل", "ماذا بعد؟", "أرقام ودلالات"]


def sid(s):
    return int(hashlib.md5(s.encode()).hexdigest()[:6], 16) % 90000 + 1000


def section(a):
    return L.NAV[1 + len(a.title) % 5]


def twelve(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'ص' if d.hour < 12 else 'م'}"


# ---------------------------------------------------------------------------------


def b3_1(page):
    """A photo-led daily: a lead picture under the headline, a media strip under
    it with the caption, the camera credit and the reporter; photo galleries
    with captions between paragraphs."""
    a = page.article
    d = a.published
    paras = L.paragraphs(a.text)
    rnd = random.Random(a.key + "g")
    cam = rnd.choice(PHOTOGRAPHERS)
    strip = [f'<span class="ms-cap">{esc(rnd.choice(CAPTIONS))}</span>',
             f'<span class="ms-cam"><i class="ico-camera"></i> {esc(cam)}</span>']
    if a.author:
        strip.append(f'<span class="ms-rep"><i class="ico-pen"></i> {esc(a.author)}</span>')
    out = []
    g = 0
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i % 3 == 1 and i < len(paras) - 1:
            g += 1
            shots = "".join(
                f'<li><a href="/gallery/{a.key}/{g}{k}"><img src="/img/g/{a.key}-{g}{k}.jpg" alt=""></a>'
                f'<span class="gc">{esc(rnd.choice(CAPTIONS))}</span></li>' for k in range(rnd.randint(2, 4)))
            out.append(f'<div class="gallery"><div class="g-h"><i class="ico-images"></i> ألبوم الصور</div>'
                       f'<ul>{shots}</ul><span class="g-n">عدسة: {esc(cam)}</span></div>')
    return f"""{L.head(page, L.og(page))}
<body class="article-page">
<div class="topline"><span>{WEEKDAYS[d.weekday()]}، {L.hijri_date(d)}</span> <a href="/epaper">النسخة الورقية</a> <a href="/login">دخول</a></div>
<header class="mast"><a class="logo" href="/">{esc(page.site.name)}</a>{L.nav(page)}</header>
{L.ticker(page)}
<div class="wrap">
<main class="main-col">
<div class="kicker"><a href="/section/{len(a.title) % 5 + 1}">{esc(section(a))}</a></div>
<h1 class="headline">{esc(a.title)}</h1>
<div class="stamp"><time datetime="{d.isoformat()}+03:00">{L.arabic_date(d)}</time> <span class="hr">{L.clock(d)}</span></div>
<div class="lead-media">
<img src="/img/{a.key}-lead.jpg" alt="{esc(a.title)}" width="860" height="484">
<div class="media-strip">{' '.join(strip)}</div>
</div>
{L.share(page)}
<div class="story">
{chr(10).join(out)}
</div>
{L.tag_list(page, "الوسوم")}
<div class="photo-more"><h3>صور ذات صلة</h3>{''.join(f'<a href="{esc(page.url_of(o))}"><img src="/img/{o.key}-t.jpg" alt=""><span>{esc(o.title)}</span></a>' for o in page.others("photos", 4))}</div>
{L.similar(page, "اقرأ أيضاً", 6)}
{L.comments(page)}
</main>
<aside class="side-col">{L.most_read(page)}</aside>
</div>
{L.footer(page)}
</body></html>"""


def b3_2(page):
    """An analysis page: an editor's note box over the text, the text in several
    <section>s with subheadings, and an 'about the writer' box in a side column
    beside the text."""
    a = page.article
    d = a.published
    paras = L.paragraphs(a.text)
    n = len(paras)
    parts = 1 if n < 3 else min(4, max(2, n // 3))
    size = -(-n // parts)
    secs = []
    for k in range(parts):
        chunk = paras[k * size:(k + 1) * size]
        if not chunk:
            continue
        h = f'<h2 class="sub">{esc(SUBHEADS[k % len(SUBHEADS)])}</h2>\n' if k else ""
        secs.append(f'<section class="part part-{k + 1}">\n{h}' + "\n".join(f"<p>{esc(p)}</p>" for p in chunk)
                    + "\n</section>")
    about = ""
    if a.author:
        w = sid(a.author)
        others = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("writer", 3))
        about = f"""<div class="about-writer">
<div class="aw-h">عن الكاتب</div>
<img class="aw-img" src="/writers/{w}.jpg" alt="">
<h3 class="aw-name">{esc(a.author)}</h3>
<p class="aw-bio">من فريق تحرير {esc(page.site.name)}، يغطي الشؤون المحلية والإقليمية.</p>
<div class="aw-more"><span>مقالات أخرى</span><ul>{others}</ul></div>
<a class="aw-follow" href="/writers/{w}">متابعة</a>
</div>"""
    note = ('<div class="editor-note"><strong>ملاحظة المحرر:</strong> '
            'تم تحديث هذا التقرير بمعلومات إضافية بعد نشره لأول مرة.</div>')
    return f"""{L.head(page, L.og(page))}
<body>
<header class="hd"><div class="hd-in"><a href="/" class="brand">{esc(page.site.name)}</a>{L.nav(page)}<form class="srch"><input name="s" placeholder="بحث"></form></div></header>
<div class="crumb"><a href="/">الرئيسية</a> / <a href="/section/{len(a.title) % 5 + 1}">{esc(section(a))}</a> / <a href="/analysis">تحليلات</a></div>
<div class="page-grid">
<div class="g-main">
<h1 class="a-title">{esc(a.title)}</h1>
<p class="a-date">نُشر في {L.arabic_date(d)} الساعة {L.clock(d)}</p>
{note}
<div class="a-body">
{chr(10).join(secs)}
</div>
{L.share(page)}
{L.tag_list(page, "موضوعات:")}
</div>
<aside class="g-side">
{about}
{L.most_read(page)}
</aside>
</div>
{L.similar(page, "تحليلات أخرى", 6)}
{L.comments(page)}
{L.footer(page)}
</body></html>"""


def b3_3(page):
    """A live-coverage page: a credit line naming the reporter and the
    photographer together, then the story as timestamped update cards,
    oldest first."""
    a = page.article
    d = a.published
    paras = L.paragraphs(a.text)
    rnd = random.Random(a.key + "live")
    last = d + dt.timedelta(minutes=6 * max(0, len(paras) - 1) + rnd.randint(1, 5))
    credit = ""
    if a.author:
        credit = (f'<div class="credits">{esc(a.author)} <span class="sep">|</span> '
                  f'تصوير: {esc(rnd.choice(PHOTOGRAPHERS))}</div>')
    cards = []
    for i, p in enumerate(paras):
        t = d + dt.timedelta(minutes=6 * i)
        pin = ' pinned' if i == 0 else ''
        cards.append(f'<div class="upd{pin}"><div class="upd-t"><span class="dot"></span>{L.clock(t)}</div>'
                     f'<div class="upd-b"><p>{esc(p)}</p></div>'
                     f'<div class="upd-s"><a href="#u{i}">رابط التحديث</a></div></div>')
    return f"""{L.head(page, L.og(page))}
<body class="live">
<header><a class="logo" href="/">{esc(page.site.name)}</a>{L.nav(page)}</header>
<div class="live-bar"><span class="live-badge">● مباشر</span> تغطية مستمرة</div>
<div class="container">
<div class="live-main">
<h1>{esc(a.title)}</h1>
<div class="live-times"><span>بدأت التغطية: {L.arabic_date(d)} - {L.clock(d)}</span> <span>آخر تحديث: {L.clock(last)}</span></div>
{credit}
{L.share(page)}
<div class="updates">
{chr(10).join(cards)}
</div>
<button class="more-upd">تحميل المزيد من التحديثات</button>
</div>
<aside class="live-side"><h3>تغطيات أخرى</h3><ul>{''.join(f'<li>{L.link(page, o)} <small>{L.clock(o.published)}</small></li>' for o in page.others("live", 5))}</ul>{L.most_read(page)}</aside>
</div>
{L.similar(page, "أخبار ذات صلة", 6)}
{L.footer(page)}
</body></html>"""


def b3_4(page):
    """A utility-class front end (deeply nested divs): a crumb-like meta row
    with small icons under the headline, inline related-article cards between
    paragraphs."""
    a = page.article
    d = a.published
    paras = L.paragraphs(a.text)
    svg = lambda k: (f'<svg class="w-4 h-4 inline-block" viewBox="0 0 24 24" aria-hidden="true">'
                     f'<use href="#i-{k}"></use></svg>')
    row = [f'<a class="hover:underline" href="/">الرئيسية</a>', '<span class="mx-1 text-gray-300">›</span>',
           f'<a class="hover:underline" href="/section/{len(a.title) % 5 + 1}">{esc(section(a))}</a>']
    if a.author:
        row += ['<span class="mx-1 text-gray-300">›</span>',
                f'<span class="inline-flex items-center gap-1">{svg("user")}<a class="font-semibold" href="/author/{sid(a.author)}">{esc(a.author)}</a></span>']
    mins = max(1, len(a.text.split()) // 200)
    row += ['<span class="mx-1 text-gray-300">›</span>',
            f'<span class="inline-flex items-center gap-1">{svg("cal")}{L.arabic_date(d)}</span>',
            f'<span class="inline-flex items-center gap-1">{svg("clock")}{L.clock(d)}</span>',
            f'<span class="inline-flex items-center gap-1">{svg("book")}{mins} دقائق للقراءة</span>']
    cards = page.others("inline", 2)
    out = []
    for i, p in enumerate(paras):
        out.append(f'<div class="my-4"><p class="text-lg leading-8">{esc(p)}</p></div>')
        if i in (1, 4) and cards and i < len(paras) - 1:
            o = cards.pop(0)
            out.append(f'<div class="my-6 flex gap-3 rounded-lg border p-3 bg-gray-50">'
                       f'<div class="w-24 shrink-0"><img class="rounded" src="/img/{o.key}-s.jpg" alt=""></div>'
                       f'<div class="flex-1"><div class="text-xs text-red-600">اقرأ أيضاً</div>'
                       f'<div class="font-bold"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></div>'
                       f'<div class="text-sm text-gray-600">{esc(L.first_sentence(o.text))}</div></div></div>')
    return f"""{L.head(page, L.og(page))}
<body class="bg-white text-gray-900">
<svg style="display:none"><symbol id="i-user"></symbol><symbol id="i-cal"></symbol><symbol id="i-clock"></symbol><symbol id="i-book"></symbol></svg>
<div id="__next"><div class="min-h-screen flex flex-col">
<div class="sticky top-0 z-50 bg-white shadow"><div class="container mx-auto px-4"><div class="flex items-center justify-between h-16">
<a class="text-2xl font-black" href="/">{esc(page.site.name)}</a><div class="hidden md:block">{L.nav(page)}</div>
</div></div></div>
<div class="bg-red-700 text-white"><div class="container mx-auto px-4">{L.ticker(page, "عاجل")}</div></div>
<div class="container mx-auto px-4 py-6"><div class="grid grid-cols-12 gap-6">
<div class="col-span-12 lg:col-span-8"><div class="flex flex-col">
<div class="mb-4"><div><h1 class="text-3xl font-extrabold leading-tight">{esc(a.title)}</h1></div></div>
<div class="mb-4"><div class="flex flex-wrap items-center gap-2 text-sm text-gray-500">{''.join(row)}</div></div>
<div class="mb-6"><div class="aspect-video overflow-hidden"><img class="w-full" src="/img/{a.key}.jpg" alt=""></div></div>
<div class="flex flex-col"><div>
{chr(10).join(out)}
</div></div>
<div class="mt-6"><div class="flex gap-2">{L.share(page)}</div></div>
<div class="mt-4">{L.tag_list(page, "الوسوم:")}</div>
</div></div>
<div class="col-span-12 lg:col-span-4"><div class="sticky top-20">{L.most_read(page)}</div></div>
</div></div>
<div class="container mx-auto px-4">{L.similar(page, "المزيد من الأخبار", 8)}</div>
<div class="mt-auto bg-gray-900 text-gray-300"><div class="container mx-auto px-4 py-8">{L.footer(page)}</div></div>
</div></div>
</body></html>"""


def b3_5(page):
    """An old portal's print-friendly version: the credit printed at the top
    under the headline and again at the end in a quote-styled signature."""
    a = page.article
    d = a.published
    paras = L.paragraphs(a.text)
    top = sig = ""
    if a.author:
        top = f'<div class="pr-by">{esc(a.author)}</div>'
        sig = (f'<blockquote class="pr-sig"><p>{esc(a.author)}</p>'
               f'<p class="pr-src">{esc(page.site.name)}</p></blockquote>')
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    more = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("similar", 5))
    return f"""{L.head(page)}
<body onload="" class="print-version">
<div class="noprint">{L.nav(page)}<div class="pr-tools"><a href="javascript:window.print()">اطبع هذه الصفحة</a> | <a href="{esc(page.url_of(a))}">العودة إلى الخبر</a> | <a href="javascript:window.close()">إغلاق النافذة</a></div></div>
<div id="printarea">
<div class="pr-head"><img src="/images/logo_print.gif" alt="{esc(page.site.name)}"> <span>نسخة للطباعة</span></div>
<hr>
<h2 class="pr-title">{esc(a.title)}</h2>
{top}
<div class="pr-date">تاريخ النشر: {WEEKDAYS[d.weekday()]} {L.arabic_date(d)} - {twelve(d)}</div>
<div class="pr-text">
{body}
</div>
{sig}
<hr>
<div class="pr-url">رابط الخبر: {esc(page.canonical)}</div>
</div>
<div class="noprint">
{L.share(page)}
<div class="pr-more"><b>أخبار ذات صلة</b><ul>{more}</ul></div>
</div>
{L.footer(page)}
</body></html>"""


LAYOUTS = {"b3_1": b3_1, "b3_2": b3_2, "b3_3": b3_3, "b3_4": b3_4, "b3_5": b3_5}
