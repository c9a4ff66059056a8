"""Blind test layouts (set 5) for newsfarm (--extra-layouts): five article
templates modelled on kinds of real Arabic news sites that no earlier layout
file imitates, written without reading the extractor. Each prints the whole
page a reader gets: header and menu, a breaking or market strip, the article,
the boxes sites put inside the text, and the lists, comments and footer after
it.

  b5_1  pan-Arab digital outlet on Next.js: the credit as an author chip (a
        letter avatar, the linked name, a follow icon) under the hero picture's
        caption; the whole article again in a __NEXT_DATA__ JSON blob
  b5_2  Lebanese daily: the writer's photo and linked name above the headline,
        the date only at the end in the print-issue line (Levantine months,
        Eastern digits where the charset allows)
  b5_3  old static Sudanese portal: nested tables and <font>, the writer in a
        small bordered table floated inside the text cell, ASP-style
        dd/mm/yyyy hh:mm:ss م date
  b5_4  news aggregator republishing an outlet's story: a source card above the
        headline (logo, outlet, follow button) whose second line is the
        credit; relative time plus a Unix timestamp, "read at the source" link
  b5_5  Gulf business daily: a market-index strip, the writer in a rail card
        beside the text with the yyyy/mm/dd publish and update times, a
        stock widget and a sector table inside market stories

Pages whose article has no author print no byline. The author string is
printed whole, as the corpus gives it (it often carries a city or an agency),
in an element of its own.

  python3 newsfarm.py pages --days '' --n 300 --extra-layouts blind5_layouts.py \
      --layouts b5_1,b5_2,b5_3,b5_4,b5_5 --out DIR
"""

import datetime as dt
import hashlib
import json
import random
import urllib.parse

import layouts as L

esc = L.esc

WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
LEVANT_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز",
                 "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def num(key, salt, lo, hi):
    """A stable per-article number (ids, counts, prices)."""
    return lo + int(hashlib.md5((key + salt).encode()).hexdigest()[:8], 16) % (hi - lo + 1)


def hx(s, n=5):
    return hashlib.md5(s.encode()).hexdigest()[:n]


def digits(s, page):
    """Eastern Arabic digits where the page's charset has them (windows-1256 has none)."""
    return s.translate(L.EASTERN) if page.site.encoding == "utf-8" else s


def paras_of(a):
    return L.paragraphs(a.text)


def twelve(d, long=False):
    h = d.hour % 12 or 12
    if long:
        return f"{h:02d}:{d.minute:02d} {'صباحاً' if d.hour < 12 else 'مساءً'}"
    return f"{h:02d}:{d.minute:02d} {'ص' if d.hour < 12 else 'م'}"


def ago(minutes):
    if minutes < 60:
        return "منذ دقيقة" if minutes == 1 else ("منذ دقيقتين" if minutes == 2 else
                                                 f"منذ {minutes} {'دقائق' if minutes <= 10 else 'دقيقة'}")
    h = minutes // 60
    if h < 24:
        return "منذ ساعة" if h == 1 else ("منذ ساعتين" if h == 2 else f"منذ {h} {'ساعات' if h <= 10 else 'ساعة'}")
    days = h // 24
    return "منذ يوم" if days == 1 else ("منذ يومين" if days == 2 else f"منذ {days} أيام")


# =====================================================================================
# b5_1: pan-Arab digital outlet on Next.js

N1_SECTIONS = ["أخبار", "سياسة", "اقتصاد", "ثقافة", "رياضة", "منوعات", "آراء", "تحقيقات ومطولات"]
N1_CAPTIONS = ["مشهد عام من موقع الحدث", "صورة تعبيرية", "جانب من الاجتماع", "من الأرشيف",
               "لقطة من المكان", "جانب من الفعالية"]
N1_CREDITS = ["رويترز", "أ ف ب", "غيتي", "أسوشيتد برس", "إي بي أي", "الأناضول"]
N1_INSTA = [("مجلة السفر", "safar.mag"), ("عدسة الخليج", "gulf.lens"), ("يوميات المدينة", "city.diaries"),
            ("ملاعب", "mala3eb"), ("ذوق", "thawq.food")]


def reading(m):
    if m == 1:
        return "دقيقة واحدة للقراءة"
    if m == 2:
        return "دقيقتان للقراءة"
    return f"{m} {'دقائق' if m <= 10 else 'دقيقة'} للقراءة"


def css(component, part):
    """A CSS-modules class as Next.js builds print it: Component_part__hash."""
    return f"{component}_{part}__{hx(component + part)}"


def initial(name):
    for ch in name:
        if "\u0621" <= ch <= "\u064a" or ch.isalpha():
            return ch
    return name[:1]


def slug(s):
    return urllib.parse.quote("-".join(s.split()[:6]).replace("/", "-"))


def next_json(obj):
    """Next.js escapes HTML-significant characters in its data script."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def b5_1(page):
    """A pan-Arab digital outlet rendered by Next.js: CSS-modules class names,
    a headline block with breadcrumbs, a weekday date and a reading time, an
    audio player, the hero picture with caption and agency credit, then the
    credit as an author chip (a letter avatar, the name linking to the author
    page, a follow icon), no label. In the text an «اقرأ المزيد» embedded
    card, a GPT ad slot, an Instagram embed and a newsletter box; topics,
    share buttons, a related carousel, most read, a Disqus slot. JSON-LD, and
    the whole article (HTML body, authors, UTC time) again in __NEXT_DATA__."""
    a = page.article
    d = a.published
    g = d - dt.timedelta(hours=3)
    paras = paras_of(a)
    rnd = random.Random(a.key + "b51")
    si = num(a.key, "sec", 0, 5)
    sec = N1_SECTIONS[si]
    aid = num(a.key, "id", 100000, 999999)
    mins = max(1, len(a.text.split()) // 180)
    c = css

    emb = page.others("b51-embed", 1)
    insta = page.others("b51-insta", 1)
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == 1 and emb and len(paras) > 2:
            o = emb[0]
            out.append(f'<aside class="{c("EmbeddedArticle", "card")}"><a href="{esc(page.url_of(o))}">'
                       f'<img class="{c("EmbeddedArticle", "img")}" src="/_next/image?url=%2Fimages%2F{o.key}.jpg&amp;w=256&amp;q=75" alt="" loading="lazy">'
                       f'<div class="{c("EmbeddedArticle", "text")}"><span class="{c("EmbeddedArticle", "kicker")}">اقرأ المزيد</span>'
                       f'<h3 class="{c("EmbeddedArticle", "title")}">{esc(o.title)}</h3></div></a></aside>')
        if i == 2 and len(paras) > 4:
            out.append(f'<div class="{c("AdSlot", "slot")}"><span class="{c("AdSlot", "label")}">إعلان</span>'
                       f'<div id="div-gpt-ad-14{num(a.key, "gpt", 10 ** 9, 10 ** 10 - 1)}-0" style="min-width:300px;min-height:250px"></div></div>')
        if i == len(paras) // 2 + 1 and insta and len(paras) > 5:
            o = insta[0]
            acct, handle = rnd.choice(N1_INSTA)
            code = hx(o.key, 11)
            od = o.published - dt.timedelta(hours=10)
            out.append(f'<div class="{c("Embed", "instagram")}"><blockquote class="instagram-media" '
                       f'data-instgrm-permalink="https://www.instagram.com/p/{code}/" data-instgrm-version="14">'
                       f'<div><a href="https://www.instagram.com/p/{code}/" target="_blank">عرض هذا المنشور على Instagram</a>'
                       f'<p><a href="https://www.instagram.com/p/{code}/" target="_blank">{esc(L.first_sentence(o.text))}</a></p>'
                       f'<p>تمت مشاركة منشور بواسطة {esc(acct)} (@{handle}) في <time datetime="{od:%Y-%m-%dT%H:%M:%S}+00:00">'
                       f'{EN_MONTHS[od.month - 1]} {od.day}, {od.year} at {od.hour % 12 or 12}:{od.minute:02d}{"am" if od.hour < 12 else "pm"} PDT</time></p>'
                       f'</div></blockquote></div>')
    out.append(f'<div class="{c("NewsletterInline", "box")}"><h4>النشرة الصباحية</h4>'
               f'<p>أهم القصص والتحليلات في بريدك كل صباح</p><form><input type="email" placeholder="بريدك الإلكتروني">'
               f'<button type="submit">اشترك</button></form></div>')

    authors = ""
    if a.author:
        aslug = f"{num(a.author, 'au', 1000, 99999)}"
        authors = (f'<div class="{c("ArticleAuthors", "authors")}"><div class="{c("AuthorChip", "chip")}">'
                   f'<div class="{c("AuthorChip", "avatar")}" aria-hidden="true">{esc(initial(a.author))}</div>'
                   f'<a class="{c("AuthorChip", "name")}" href="/author/{aslug}">{esc(a.author)}</a>'
                   f'<a class="{c("AuthorChip", "follow")}" href="https://twitter.com/intent/follow?user_id={aslug}" aria-label="تابع على تويتر">'
                   f'<svg width="16" height="16" viewBox="0 0 24 24"><path d="M23 3a10.9 10.9 0 0 1-3.14 1.53"></path></svg></a>'
                   f'</div></div>')

    nav = "".join(f'<li><a href="/{urllib.parse.quote(n)}">{esc(n)}</a></li>' for n in N1_SECTIONS + ["فيديو", "بودكاست"])
    br = page.others("b51-breaking", 1)
    breaking = (f'<div class="{c("BreakingNews", "bar")}"><span class="{c("BreakingNews", "label")}">عاجل</span>'
                f'<a href="{esc(page.url_of(br[0]))}">{esc(br[0].title)}</a>'
                f'<button aria-label="إغلاق">×</button></div>') if br else ""
    topics = "".join(f'<li><a href="/topic/{esc(t)}">{esc(t)}</a></li>' for t in L.tags_for(a))
    share = (f'<div class="{c("ShareBar", "bar")}">'
             + "".join(f'<button class="{c("ShareBar", "btn")}" aria-label="{n}"><svg width="20" height="20"></svg></button>'
                       for n in ["فيسبوك", "تويتر", "واتساب", "لينكدإن", "بريد إلكتروني"])
             + f'<button class="{c("ShareBar", "copy")}">نسخ الرابط</button></div>')
    rel = page.others("b51-rel", 6)
    carousel = "".join(
        f'<div class="{c("RelatedCarousel", "card")}"><a href="{esc(page.url_of(o))}">'
        f'<img src="/_next/image?url=%2Fimages%2F{o.key}.jpg&amp;w=384&amp;q=75" alt="" loading="lazy">'
        f'<span class="{c("RelatedCarousel", "kicker")}">{esc(N1_SECTIONS[num(o.key, "sec", 0, 5)])}</span>'
        f'<h3>{esc(o.title)}</h3></a><time dateTime="{(o.published - dt.timedelta(hours=3)):%Y-%m-%dT%H:%M:%S}.000Z">'
        f'{o.published.day} {L.MONTHS[o.published.month - 1]} {o.published.year}</time></div>' for o in rel)
    popular = page.others("b51-pop", 5)
    most = "".join(f'<li><span class="{c("MostRead", "num")}">{k + 1}</span><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                   for k, o in enumerate(popular))
    caption = rnd.choice(N1_CAPTIONS)
    credit = rnd.choice(N1_CREDITS)

    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": f"{d:%Y-%m-%dT%H:%M:%S}+03:00", "dateModified": f"{d:%Y-%m-%dT%H:%M:%S}+03:00",
          "image": [f"{page.site.base}/images/{a.key}.jpg"], "mainEntityOfPage": page.canonical,
          "publisher": {"@type": "NewsMediaOrganization", "name": page.site.name,
                        "logo": {"@type": "ImageObject", "url": f"{page.site.base}/logo.png"}},
          "articleSection": sec, "inLanguage": "ar"}
    if a.author:
        ld["author"] = [{"@type": "Person", "name": a.author, "url": f"{page.site.base}/author/{num(a.author, 'au', 1000, 99999)}"}]
    body_html = "".join(f"<p>{esc(p)}</p>" for p in paras)
    data = {"props": {"pageProps": {
        "article": {"id": aid, "nid": f"{a.n}", "title": a.title, "summary": L.first_sentence(a.text),
                    "section": {"name": sec, "slug": f"section-{si}"},
                    "body": body_html,
                    "authors": ([{"name": a.author, "slug": f"{num(a.author, 'au', 1000, 99999)}", "image": None}]
                                if a.author else []),
                    "publishedAt": f"{g:%Y-%m-%dT%H:%M:%S}.000Z", "updatedAt": f"{g:%Y-%m-%dT%H:%M:%S}.000Z",
                    "image": {"url": f"/images/{a.key}.jpg", "caption": caption, "credit": credit},
                    "tags": L.tags_for(a), "readingTime": mins},
        "related": [{"id": num(o.key, "id", 100000, 999999), "title": o.title, "url": page.url_of(o)} for o in rel],
        "mostRead": [{"title": o.title, "url": page.url_of(o)} for o in popular]},
        "__N_SSP": True},
        "page": "/[section]/[id]/[slug]",
        "query": {"section": f"section-{si}", "id": str(aid), "slug": a.title.split()[0] if a.title.split() else ""},
        "buildId": hx(page.site.id + "build", 21), "isFallback": False, "gssp": True, "locale": "ar",
        "locales": ["ar"], "defaultLocale": "ar", "scriptLoader": []}
    build = data["buildId"]
    head_extra = "\n".join([
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta property="og:title" content="{esc(a.title)}">',
        f'<meta property="og:description" content="{esc(L.first_sentence(a.text))}">',
        f'<meta property="og:url" content="{esc(page.canonical)}">',
        f'<meta property="og:image" content="{esc(page.site.base)}/images/{a.key}.jpg">',
        '<meta property="og:type" content="article">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<link rel="preload" href="/_next/static/css/{hx(page.site.id + "css", 16)}.css" as="style">',
        f'<link rel="stylesheet" href="/_next/static/css/{hx(page.site.id + "css", 16)}.css" data-n-g="">',
        '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>",
        '<noscript data-n-css=""></noscript>',
        f'<script defer="" nomodule="" src="/_next/static/chunks/polyfills-{hx("poly", 16)}.js"></script>',
        f'<script src="/_next/static/chunks/webpack-{hx("wp", 16)}.js" defer=""></script>',
        f'<script src="/_next/static/chunks/framework-{hx("fw", 16)}.js" defer=""></script>',
        f'<script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bid%5D/%5Bslug%5D-{hx("pg", 16)}.js" defer=""></script>',
    ])
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="{page.site.encoding}"><title>{esc(a.title)} | {esc(page.site.name)}</title>
<link rel="canonical" href="{esc(page.canonical)}">
{head_extra}
</head>
<body>
<div id="__next">
<header class="{c("Header", "header")}"><div class="{c("Header", "inner")}">
<button class="{c("Header", "menuBtn")}" aria-label="القائمة"><span></span><span></span><span></span></button>
<a class="{c("Header", "logo")}" href="/" aria-label="{esc(page.site.name)}"><svg width="140" height="32" viewBox="0 0 140 32"><title>{esc(page.site.name)}</title></svg></a>
<nav class="{c("Header", "nav")}"><ul>{nav}</ul></nav>
<div class="{c("Header", "tools")}"><a href="/search" aria-label="بحث"><svg width="18" height="18"></svg></a><a class="{c("Header", "lang")}" href="https://en.example.com">English</a></div>
</div></header>
{breaking}
<main class="{c("Layout", "main")}">
<div class="{c("ArticlePage", "grid")}">
<article class="{c("Article", "article")}">
<nav class="{c("Breadcrumbs", "crumbs")}" aria-label="breadcrumb"><ol><li><a href="/">الرئيسية</a></li><li><a href="/section-{si}">{esc(sec)}</a></li></ol></nav>
<h1 class="{c("ArticleHeader", "title")}">{esc(a.title)}</h1>
<div class="{c("ArticleHeader", "meta")}"><time dateTime="{g:%Y-%m-%dT%H:%M:%S}.000Z">{WEEKDAYS[d.weekday()]} {d.day} {L.MONTHS[d.month - 1]} {d.year} {d:%H:%M}</time><span class="{c("ArticleHeader", "dot")}"></span><span class="{c("ArticleHeader", "reading")}">{reading(mins)}</span></div>
<div class="{c("AudioPlayer", "player")}"><button class="{c("AudioPlayer", "play")}" aria-label="تشغيل"><svg width="24" height="24"></svg></button><span>استمع إلى المقال</span><span class="{c("AudioPlayer", "duration")}">0{num(a.key, "am", 1, 8)}:{num(a.key, "as", 10, 59)}</span></div>
<figure class="{c("HeroImage", "figure")}"><picture><source srcSet="/_next/image?url=%2Fimages%2F{a.key}.jpg&amp;w=1080&amp;q=75" type="image/webp"><img src="/_next/image?url=%2Fimages%2F{a.key}.jpg&amp;w=1080&amp;q=75" alt="{esc(caption)}" width="1080" height="608"></picture>
<figcaption class="{c("HeroImage", "caption")}">{esc(caption)} <span class="{c("HeroImage", "credit")}">({esc(credit)})</span></figcaption></figure>
{authors}
<div class="{c("ArticleBody", "body")}">
{chr(10).join(out)}
</div>
<div class="{c("ArticleTopics", "topics")}"><span>المزيد عن:</span><ul>{topics}</ul></div>
{share}
</article>
<aside class="{c("Sidebar", "sidebar")}">
<section class="{c("MostRead", "box")}"><h2>الأكثر قراءة</h2><ol>{most}</ol></section>
<div class="{c("AdSlot", "slot")}"><span class="{c("AdSlot", "label")}">إعلان</span><div id="div-gpt-ad-14{num(a.key, "gpt2", 10 ** 9, 10 ** 10 - 1)}-1" style="min-height:600px"></div></div>
</aside>
</div>
<section class="{c("RelatedCarousel", "section")}"><h2>مقالات ذات صلة</h2><div class="{c("RelatedCarousel", "track")}">{carousel}</div>
<button aria-label="السابق">‹</button><button aria-label="التالي">›</button></section>
<section class="{c("Comments", "section")}"><h2>التعليقات</h2><div id="disqus_thread"></div><noscript>يرجى تفعيل جافا سكريبت لعرض التعليقات</noscript></section>
</main>
<footer class="{c("Footer", "footer")}"><div class="{c("Footer", "social")}"><a href="https://facebook.com/x" aria-label="فيسبوك"></a><a href="https://twitter.com/x" aria-label="تويتر"></a><a href="https://instagram.com/x" aria-label="إنستغرام"></a><a href="https://youtube.com/x" aria-label="يوتيوب"></a></div>
<ul class="{c("Footer", "links")}"><li><a href="/about">من نحن</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/terms">شروط الاستخدام</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/careers">وظائف</a></li></ul>
<p class="{c("Footer", "copy")}">© 2015 {esc(page.site.name)}. جميع الحقوق محفوظة</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{next_json(data)}</script>
<script src="/_next/static/{build}/_buildManifest.js" defer=""></script><script src="/_next/static/{build}/_ssgManifest.js" defer=""></script>
</body></html>"""


# =====================================================================================
# b5_2: Lebanese daily

LB_NAV = ["لبنان", "العالم العربي", "دوليات", "اقتصاد", "مجتمع", "ثقافة وناس", "رياضة", "رأي", "ملفات", "كاريكاتير"]
LB_FILES = ["أزمة النفايات", "الحرب في سوريا", "اليمن بين الحرب والتسوية", "النفط والغاز", "الاتفاق النووي",
            "الاستحقاق الرئاسي", "العدوان على غزة"]
LB_CAPTIONS = ["من الأرشيف", "جانب من التحرك", "صورة من المكان", "مشهد عام"]
LB_PHOTOGRAPHERS = ["مروان بو حيدر", "هيثم سليمان", "بلال جاويش", "علي حشيشو", "ربيع داغر"]
LB_COMMENTERS = ["أبو علي - الضاحية", "سمير", "نادين ح.", "مغترب في كندا", "جورج من زحلة", "قارئ قديم", "ريم"]
LB_COMMENTS = ["تحليل دقيق، لكن الكاتب أغفل دور الأطراف الخارجية في ما يجري",
               "كالعادة، المواطن هو من يدفع الثمن في النهاية",
               "مقال ممتاز. نتمنى أن يقرأه المسؤولون قبل أن يفوت الأوان",
               "ما في شي جديد، نفس الكلام من عشر سنين",
               "شكراً على المتابعة الدائمة، الجريدة ما زالت صوت الناس",
               "أين المحاسبة؟ هذا هو السؤال الحقيقي"]


def lb_date(d, page):
    return digits(f"{WEEKDAYS[d.weekday()]} {d.day} {LEVANT_MONTHS[d.month - 1]} {d.year}", page)


def b5_2(page):
    """A Lebanese daily: an issue strip (today's date, PDF edition, archive),
    a «آخر الأخبار» strip with clocks, then section and dossier kicker, the
    writer's photo and name linking to the writer's page ABOVE the headline
    (no label), share and font tools, the picture with a caption and
    «(تصوير: ...)» credit. In the text an «اقرأ أيضاً» list and a quote box
    repeating a sentence from further on. The publish date is printed only
    at the end, in the print-issue line «العدد NNNN الاثنين ١٠ آب ٢٠١٥»
    (Levantine month, Eastern digits on UTF-8 sites, no clock); the time is
    in OpenGraph. Keywords, the writer's other articles, a threaded comment
    list with replies and a moderated form, a tabbed most-read box and a
    cartoon of the day."""
    a = page.article
    d = a.published
    paras = paras_of(a)
    rnd = random.Random(a.key + "b52")
    issue = 2600 + (d - dt.datetime(2015, 6, 1)).days
    si = num(a.key, "sec", 0, 4)
    nav = "".join(f'<li><a href="/section/{i}">{esc(n)}</a></li>' for i, n in enumerate(LB_NAV))
    latest = "".join(f'<li><span class="t">{digits(L.clock(o.published), page)}</span> {L.link(page, o)}</li>'
                     for o in page.others("b52-latest", 5))
    rel = page.others("b52-rel", 3)
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == 0 and len(paras) > 2 and rel:
            out.append('<div class="inline-related"><h5>اقرأ أيضاً</h5><ul>'
                       + "".join(f"<li>{L.link(page, o)}</li>" for o in rel) + "</ul></div>")
        if i == 2 and len(paras) > 4:
            out.append(f'<blockquote class="article-quote"><p>{esc(L.first_sentence(paras[4]))}</p></blockquote>')
    writer = ""
    more = ""
    if a.author:
        wid = num(a.author, "w", 100, 9999)
        writer = (f'<div class="article-writer"><a href="/author/{wid}" class="writer-link">'
                  f'<img class="writer-photo" src="/sites/default/files/writers/{wid}.jpg" width="48" height="48" alt="">'
                  f'<span class="writer-name">{esc(a.author)}</span></a></div>')
        more = ('<div class="writer-more"><h3>للكاتب نفسه</h3><ul>'
                + "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("b52-w", 3)) + "</ul></div>")
    tags = "، ".join(f'<a href="/tags/{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a))
    # threaded comments: top-level comments, some with a reply
    k = rnd.randint(0, 4)
    t = d
    items = []
    for j in range(k):
        t = t + dt.timedelta(minutes=rnd.randint(20, 200))
        reply = ""
        if rnd.random() < 0.4:
            t2 = t + dt.timedelta(minutes=rnd.randint(5, 60))
            reply = (f'<ul class="children"><li class="comment reply"><div class="comment-author">{esc(rnd.choice(LB_COMMENTERS))}</div>'
                     f'<div class="comment-date">{lb_date(t2, page)} {digits(L.clock(t2), page)}</div>'
                     f'<div class="comment-body">{esc(rnd.choice(LB_COMMENTS))}</div><a class="reply-link" href="#reply">ردّ</a></li></ul>')
        items.append(f'<li class="comment"><div class="comment-author">{esc(rnd.choice(LB_COMMENTERS))}</div>'
                     f'<div class="comment-date">{lb_date(t, page)} {digits(L.clock(t), page)}</div>'
                     f'<div class="comment-body">{esc(rnd.choice(LB_COMMENTS))}</div><a class="reply-link" href="#reply">ردّ</a>{reply}</li>')
    coms = (f'<div id="comments" class="comments"><h3>تعليقات القرّاء ({digits(str(k), page)})</h3>'
            + (f'<ul class="comment-list">{"".join(items)}</ul>' if items else '<p class="no-comments">لا توجد تعليقات بعد</p>')
            + '<form class="comment-form"><h4>أضف تعليقاً</h4><input name="name" placeholder="الاسم"><input name="mail" placeholder="البريد الإلكتروني (لن يُنشر)">'
              '<textarea name="comment"></textarea><p class="note">تخضع التعليقات للمراجعة قبل نشرها، ويحتفظ الموقع بحق عدم نشر التعليقات المسيئة.</p>'
              '<button>أرسل</button></form></div>')
    pop = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("b52-pop", 5))
    cm = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("b52-cm", 5))
    cap = rnd.choice(LB_CAPTIONS)
    cam = rnd.choice(LB_PHOTOGRAPHERS)
    file_ = LB_FILES[num(a.key, "file", 0, len(LB_FILES) - 1)]
    return f"""{L.head(page, L.og(page) + chr(10) + f'<meta property="og:image" content="{esc(page.site.base)}/sites/default/files/{a.key}.jpg">')}
<body class="node-type-article">
<div class="issue-strip"><div class="container"><span class="today">{lb_date(d, page)}</span>
<a href="/pdf/{d:%Y%m%d}">العدد الورقي (PDF)</a> <a href="/archive">الأرشيف</a> <a href="/subscribe">اشترك</a> <a href="/en">English</a></div></div>
<header id="header"><div class="container"><a class="logo" href="/"><img src="/themes/daily/logo.png" alt="{esc(page.site.name)}"></a>
<div class="header-ad"><span>إعلان</span></div></div></header>
<nav id="main-menu"><div class="container"><ul>{nav}</ul><form class="search" action="/search"><input name="q" placeholder="ابحث"></form></div></nav>
<div class="latest-news"><div class="container"><strong>آخر الأخبار</strong><ul>{latest}</ul></div></div>
<div id="content" class="container">
<div class="main-column">
<div class="article-head">
<div class="article-kicker"><a class="section" href="/section/{si}">{esc(LB_NAV[si])}</a> <span class="file">من ملف: <a href="/file/{num(a.key, 'file', 0, len(LB_FILES) - 1)}">{esc(file_)}</a></span></div>
{writer}
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-tools"><a class="fb" href="https://www.facebook.com/sharer/sharer.php">فايسبوك</a> <a class="tw" href="https://twitter.com/intent/tweet">تويتر</a> <a class="wa" href="whatsapp://send">واتساب</a> <a class="mail" href="mailto:?subject=article">بريد</a> <a class="print" href="#print">طباعة</a> <span class="font-size">حجم الخط <a href="#">+</a> <a href="#">-</a></span></div>
</div>
<figure class="article-image"><img src="/sites/default/files/{a.key}.jpg" alt=""><figcaption>{esc(cap)} (تصوير: {esc(cam)})</figcaption></figure>
<div class="article-body">
{chr(10).join(out)}
</div>
<div class="article-issue">العدد {digits(str(issue), page)} {lb_date(d, page)}</div>
<div class="article-keywords"><span>كلمات مفتاحية:</span> {tags}</div>
{more}
{coms}
</div>
<aside class="side-column">
<div class="tabs"><ul class="tab-titles"><li class="active">الأكثر قراءة</li><li>الأكثر تعليقاً</li></ul>
<ol class="tab-pane active">{pop}</ol><ol class="tab-pane">{cm}</ol></div>
<div class="cartoon"><h3>كاريكاتير</h3><img src="/cartoons/{d:%Y%m%d}.jpg" alt=""><p>بريشة {esc(LB_PHOTOGRAPHERS[num(a.key, 'toon', 0, 4)])}</p></div>
<div class="side-ad"><span>إعلان</span></div>
</aside>
</div>
<footer id="footer"><div class="container"><ul><li><a href="/about">من نحن</a></li><li><a href="/team">أسرة التحرير</a></li><li><a href="/ads">للإعلان</a></li><li><a href="/contact">اتصل بنا</a></li></ul>
<p>© جميع الحقوق محفوظة لـ{esc(page.site.name)} 2015</p></div></footer>
</body></html>"""


# =====================================================================================
# b5_3: old static Sudanese portal (tables and <font>)

SD_NAV = ["الرئيسية", "أخبار سودانية", "منبر الرأي", "تقارير وحوارات", "اقتصاد", "رياضة", "منوعات", "الأرشيف", "اتصل بنا"]
SD_NAMES = ["ود البلد", "أبو محمد - الخرطوم", "سوداني مغترب", "حامد", "بت البلد", "عثمان - أم درمان", "زول ساي"]
SD_COMMENTS = ["والله كلام في محله، ربنا يصلح الحال",
               "يا جماعة الموضوع دا محتاج متابعة أكتر من كدا",
               "شكراً للموقع على نقل الخبر بأمانة",
               "نحن في انتظار التنفيذ، الكلام ساهل",
               "الله يحفظ البلاد والعباد"]


def asp_date(d):
    """Classic ASP Now() in an Arabic locale: dd/mm/yyyy hh:mm:ss ص/م."""
    h = d.hour % 12 or 12
    return f"{d.day:02d}/{d.month:02d}/{d.year} {h:02d}:{d.minute:02d}:{num(str(d), 's', 0, 59):02d} {'ص' if d.hour < 12 else 'م'}"


def b5_3(page):
    """An old static portal (a Sudanese news site from the 2000s): a 990px
    table, a banner image, a navy menu row of <font> links, a <marquee> of
    latest headlines, a right column of sections, a poll and a visitor
    counter. The story is a table: breadcrumbs, the title in a red <font>
    (no heading tag), an info row «أضيف في: dd/mm/yyyy hh:mm:ss م» with the
    read count, then the text cell, which opens with the writer's box: a
    small bordered table floated left with a «الكاتب» header cell, the
    writer's photo and the name in bold <font>, and a link to the writer's
    articles. Paragraphs are <p align=justify><font>; a 468x60 banner sits
    between them. Print / send / favourites icons, a related-news table,
    comments as numbered table rows and a comment form follow."""
    a = page.article
    d = a.published
    paras = paras_of(a)
    rnd = random.Random(a.key + "b53")
    nid = a.n
    reads = num(a.key, "reads", 40, 9000)
    enc = page.site.encoding
    nav = " | ".join(f'<a href="/{["index", "news", "articles", "reports", "economy", "sport", "misc", "archive", "contact"][i]}.asp">'
                     f'<font face="Tahoma" size="2" color="#FFFFFF"><b>{esc(n)}</b></font></a>' for i, n in enumerate(SD_NAV))
    marquee = " &nbsp;::&nbsp; ".join(f'<a href="{esc(page.url_of(o))}"><font color="#000080">{esc(o.title)}</font></a>'
                                      for o in page.others("b53-marq", 6))
    box = ""
    if a.author:
        wid = num(a.author, "w", 10, 999)
        box = (f'<table align="left" width="150" border="1" cellpadding="3" cellspacing="0" bordercolor="#CCCCCC" style="margin:0 0 8px 8px">'
               f'<tr><td align="center" bgcolor="#003366"><font face="Tahoma" size="2" color="#FFFFFF">الكاتب</font></td></tr>'
               f'<tr><td align="center" bgcolor="#F7F7F7"><img src="/writers/w{wid}.jpg" width="100" height="120" border="0" alt=""><br>'
               f'<font face="Tahoma" size="2" color="#003366"><b>{esc(a.author)}</b></font><br>'
               f'<a href="/articles.asp?writer={wid}"><font face="Tahoma" size="1">مقالات الكاتب</font></a></td></tr></table>\n')
    out = []
    for i, p in enumerate(paras):
        out.append(f'<p align="justify"><font face="Simplified Arabic" size="4">{esc(p)}</font></p>')
        if i == 1 and len(paras) > 3:
            out.append(f'<p align="center"><a href="/ads/click.asp?id={num(a.key, "ad", 10, 60)}" target="_blank">'
                       f'<img src="/ads/banner468x60_{num(a.key, "ad", 10, 60)}.gif" width="468" height="60" border="0" alt="إعلان"></a></p>')
    related = "".join(f'<tr><td><font face="Tahoma" size="2">&raquo; <a href="{esc(page.url_of(o))}">{esc(o.title)}</a> '
                      f'<font color="#808080" size="1">({o.published.day:02d}/{o.published.month:02d}/{o.published.year})</font></font></td></tr>'
                      for o in page.others("b53-rel", 6))
    k = rnd.randint(0, 4)
    t = d
    crows = []
    for j in range(k):
        t = t + dt.timedelta(minutes=rnd.randint(10, 300))
        crows.append(f'<tr><td bgcolor="#F2F2F2"><font face="Tahoma" size="2" color="#990000"><b>({j + 1}) {esc(rnd.choice(SD_NAMES))}</b></font> '
                     f'<font face="Tahoma" size="1" color="#808080">{asp_date(t)}</font></td></tr>'
                     f'<tr><td><font face="Tahoma" size="2">{esc(rnd.choice(SD_COMMENTS))}</font></td></tr>')
    comments = (f'<table width="100%" border="0" cellpadding="4" cellspacing="1">'
                f'<tr><td bgcolor="#003366"><font face="Tahoma" size="2" color="#FFFFFF"><b>التعليقات ({k})</b></font></td></tr>'
                + ("".join(crows) if crows else '<tr><td><font face="Tahoma" size="2">لا توجد تعليقات</font></td></tr>')
                + '<tr><td><font face="Tahoma" size="1" color="#808080">ما يُنشر من تعليقات لا يعبر بالضرورة عن رأي الموقع</font></td></tr></table>'
                f'<form method="post" action="/addcomment.asp?id={nid}"><table width="100%" border="0" cellpadding="3">'
                '<tr><td colspan="2" bgcolor="#DDDDDD"><font face="Tahoma" size="2"><b>أضف تعليقك</b></font></td></tr>'
                '<tr><td width="80"><font face="Tahoma" size="2">الاسم:</font></td><td><input type="text" name="name" size="30"></td></tr>'
                '<tr><td><font face="Tahoma" size="2">البريد:</font></td><td><input type="text" name="email" size="30"></td></tr>'
                '<tr><td><font face="Tahoma" size="2">التعليق:</font></td><td><textarea name="comment" rows="5" cols="45"></textarea></td></tr>'
                '<tr><td></td><td><input type="submit" value="أرسل"> <input type="reset" value="مسح"></td></tr></table></form>')
    sections = "".join(f'<tr><td><font face="Tahoma" size="2">&#8226; <a href="/news.asp?cat={i}">{esc(n)}</a></font></td></tr>'
                       for i, n in enumerate(["أخبار الخرطوم", "الولايات", "دارفور", "السودان والعالم", "بيانات", "وفيات"]))
    popular = "".join(f'<tr><td><font face="Tahoma" size="2">{j + 1}. <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></font></td></tr>'
                      for j, o in enumerate(page.others("b53-pop", 6)))
    kw = ",".join(L.tags_for(a))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={enc}">
<title>{esc(page.site.name)} :: {esc(a.title)}</title>
<meta name="keywords" content="{esc(kw)}">
<link rel="stylesheet" type="text/css" href="/style.css">
<script language="JavaScript" type="text/javascript" src="/js/menu.js"></script>
<script language="JavaScript">function addfav(){{window.external.AddFavorite(location.href,document.title)}}</script>
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><a href="/"><img src="/images/top_banner.jpg" width="990" height="120" border="0" alt="{esc(page.site.name)}"></a></td></tr>
<tr><td bgcolor="#003366" height="28" align="center">{nav}</td></tr>
<tr><td bgcolor="#EEEEEE" height="24"><table width="100%" cellpadding="0" cellspacing="0"><tr><td width="90" bgcolor="#990000" align="center"><font face="Tahoma" size="2" color="#FFFFFF"><b>آخر الأخبار</b></font></td>
<td><marquee direction="right" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font face="Tahoma" size="2">{marquee}</font></marquee></td></tr></table></td></tr>
<tr><td>
<table width="100%" border="0" cellpadding="4" cellspacing="0"><tr>
<td width="180" valign="top" bgcolor="#F5F5F5">
<table width="100%" border="0" cellpadding="3"><tr><td bgcolor="#003366"><font face="Tahoma" size="2" color="#FFFFFF"><b>أقسام الموقع</b></font></td></tr>{sections}</table>
<br>
<form action="/poll.asp" method="post"><table width="100%" border="0" cellpadding="3"><tr><td bgcolor="#003366"><font face="Tahoma" size="2" color="#FFFFFF"><b>استطلاع الرأي</b></font></td></tr>
<tr><td><font face="Tahoma" size="2">هل أنت راضٍ عن أداء الحكومة؟</font></td></tr>
<tr><td><font face="Tahoma" size="2"><input type="radio" name="v" value="1"> نعم<br><input type="radio" name="v" value="2"> لا<br><input type="radio" name="v" value="3"> لا أدري</font></td></tr>
<tr><td align="center"><input type="submit" value="تصويت"> <a href="/poll.asp?r=1"><font size="1">النتائج</font></a></td></tr></table></form>
<p align="center"><font face="Tahoma" size="1">عدد الزوار: {num(page.site.id, "visits", 1000000, 9000000)}</font></p>
</td>
<td valign="top">
<table width="100%" border="0" cellpadding="5" cellspacing="0">
<tr><td bgcolor="#F0F0F0"><font face="Tahoma" size="1"><a href="/">الرئيسية</a> &raquo; <a href="/news.asp">أخبار سودانية</a></font></td></tr>
<tr><td><font face="Simplified Arabic" size="5" color="#990000"><b>{esc(a.title)}</b></font></td></tr>
<tr><td><font face="Tahoma" size="1" color="#808080">أضيف في: {asp_date(d)} &nbsp;&nbsp;|&nbsp;&nbsp; عدد القراءات: {reads}</font></td></tr>
<tr><td>
{box}{chr(10).join(out)}
</td></tr>
<tr><td align="center" bgcolor="#F7F7F7"><font face="Tahoma" size="2"><a href="/print.asp?id={nid}" target="_blank"><img src="/images/print.gif" border="0" alt=""> طباعة</a> &nbsp;|&nbsp;
<a href="/send.asp?id={nid}"><img src="/images/mail.gif" border="0" alt=""> أرسل لصديق</a> &nbsp;|&nbsp; <a href="javascript:addfav()"><img src="/images/fav.gif" border="0" alt=""> أضف للمفضلة</a></font></td></tr>
</table>
<br>
<table width="100%" border="0" cellpadding="4" cellspacing="1"><tr><td bgcolor="#003366"><font face="Tahoma" size="2" color="#FFFFFF"><b>أخبار ذات صلة</b></font></td></tr>{related}</table>
<br>
{comments}
</td>
<td width="170" valign="top">
<table width="100%" border="0" cellpadding="3"><tr><td bgcolor="#990000"><font face="Tahoma" size="2" color="#FFFFFF"><b>الأكثر قراءة</b></font></td></tr>{popular}</table>
<br><p align="center"><img src="/ads/side160x600.gif" width="160" height="600" border="0" alt="إعلان"></p>
</td>
</tr></table>
</td></tr>
<tr><td bgcolor="#003366" align="center" height="40"><font face="Tahoma" size="1" color="#FFFFFF">جميع الحقوق محفوظة &copy; 2015 {esc(page.site.name)} &nbsp;|&nbsp; تصميم وبرمجة: النيل لتقنية المعلومات</font></td></tr>
</table>
</body>
</html>"""


# =====================================================================================
# b5_4: news aggregator republishing an outlet's story

AG_BRAND = "مرصد الأخبار"
AG_NAV = ["الرئيسية", "أخبار السعودية", "الخليج", "العالم", "اقتصاد", "رياضة", "تقنية", "صحة", "فن ومشاهير"]
AG_OTHER_SOURCES = ["المواطن", "صدى", "تواصل", "عاجل", "المرصد", "مكة", "الحياة", "إرم نيوز"]
AG_USERS = ["Abu Fahad", "نورة", "محمد العتيبي", "Saad 99", "أم خالد", "ابو ريان", "سلطان"]
AG_COMMENTS = ["الله يوفقهم", "خبر قديم", "وش الجديد؟", "ممتاز 👍", "نبي تفاصيل أكثر",
               "الله يحفظ بلادنا", "يعطيكم العافية على النقل"]


def b5_4(page):
    """A news aggregator page republishing one outlet's story (Nabd-like web
    front): Bootstrap navbar with the aggregator's brand, a breaking strip,
    breadcrumbs ending in the outlet, then a source card ABOVE the headline:
    the outlet's logo and name, a follow button with a follower count, and
    under the outlet's name the story's credit in a line of its own (no
    label). Under the headline a relative «منذ ...» time with a data-timestamp
    and the absolute «dd-mm-yyyy | hh:mm» after a bullet, a view count. In the
    text an app banner, an AdSense unit and an embedded Facebook post; then a
    «اقرأ الخبر من المصدر» button to the original URL, a disclaimer naming
    the outlet, hashtag chips, share counts, «the same story from other
    sources», app-style comments with likes, and sidebar lists."""
    a = page.article
    d = a.published
    g = d - dt.timedelta(hours=3)
    ts = int((g - dt.datetime(1970, 1, 1)).total_seconds())
    paras = paras_of(a)
    rnd = random.Random(a.key + "b54")
    mins_ago = num(a.key, "ago", 4, 60 * 30)
    site = page.site
    followers = num(site.id, "fol", 20, 900)
    si = num(a.key, "sec", 1, 5)
    nav = "".join(f'<li class="nav-item"><a class="nav-link" href="/c/{i}">{esc(n)}</a></li>' for i, n in enumerate(AG_NAV))
    brk = "".join(f'<div class="carousel-item{" active" if j == 0 else ""}"><a href="/story/{num(o.key, "sid", 10 ** 6, 10 ** 7)}">{esc(o.title)}</a></div>'
                  for j, o in enumerate(page.others("b54-brk", 4)))
    credit = f'<div class="source-card__byline">{esc(a.author)}</div>' if a.author else ""
    card = (f'<div class="source-card d-flex align-items-center">'
            f'<a class="source-card__logo" href="/source/{site.id}"><img src="/logos/{site.id}.png" width="44" height="44" alt=""></a>'
            f'<div class="source-card__info"><a class="source-card__name" href="/source/{site.id}">{esc(site.name)}</a>{credit}</div>'
            f'<button class="btn btn-sm btn-outline-primary source-card__follow">+ متابعة <span class="count">{followers} ألف</span></button></div>')
    fb = page.others("b54-fb", 1)
    out = []
    for i, p in enumerate(paras):
        out.append(f'<p>{esc(p)}</p>')
        if i == 0 and len(paras) > 1:
            out.append(f'<div class="app-banner"><img src="/img/app-icon.png" width="32" height="32" alt="">'
                       f'<span>تابع آخر الأخبار لحظة بلحظة عبر تطبيق {AG_BRAND}</span> <a class="btn btn-sm btn-success" href="/app">حمّل الآن</a></div>')
        if i == 2 and len(paras) > 4:
            out.append(f'<div class="ad-unit"><small>إعلان</small><ins class="adsbygoogle" style="display:block" '
                       f'data-ad-client="ca-pub-{num("ag", "pub", 10 ** 15, 10 ** 16 - 1)}" data-ad-slot="{num(a.key, "slot", 10 ** 9, 10 ** 10 - 1)}" '
                       'data-ad-format="auto"></ins><script>(adsbygoogle=window.adsbygoogle||[]).push({});</script></div>')
        if i == 3 and len(paras) > 5 and fb:
            o = fb[0]
            pid = num(o.key, "fbp", 10 ** 14, 10 ** 15 - 1)
            od = o.published
            out.append(f'<div class="fb-post" data-href="https://www.facebook.com/{site.id}/posts/{pid}" data-width="500">'
                       f'<blockquote cite="https://www.facebook.com/{site.id}/posts/{pid}" class="fb-xfbml-parse-ignore">'
                       f'<p>{esc(o.title)}</p>Posted by <a href="https://www.facebook.com/{site.id}">{esc(site.name)}</a> on '
                       f'<a href="https://www.facebook.com/{site.id}/posts/{pid}">{["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][od.weekday()]}, '
                       f'{["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][od.month - 1]} {od.day}, {od.year}</a></blockquote></div>')
    same = "".join(f'<li><span class="src-badge">{esc(AG_OTHER_SOURCES[(num(o.key, "src", 0, 99) + j) % len(AG_OTHER_SOURCES)])}</span> '
                   f'<a href="/story/{num(o.key, "sid", 10 ** 6, 10 ** 7)}">{esc(o.title)}</a> <span class="ago">{ago(num(o.key, "ago", 5, 900))}</span></li>'
                   for j, o in enumerate(page.others("b54-same", 3)))
    tags = "".join(f'<a class="badge badge-light" href="/hashtag/{esc(t)}">#{esc(t.replace(" ", "_"))}</a> ' for t in L.tags_for(a))
    k = rnd.randint(0, 5)
    cm = []
    for j in range(k):
        cm.append(f'<div class="comment media"><img class="comment__avatar" src="/avatars/{rnd.randint(1, 400)}.png" width="36" height="36" alt="">'
                  f'<div class="media-body"><div class="comment__head"><b>{esc(rnd.choice(AG_USERS))}</b> <span class="ago">{ago(rnd.randint(3, mins_ago))}</span></div>'
                  f'<p class="comment__text">{esc(rnd.choice(AG_COMMENTS))}</p>'
                  f'<div class="comment__actions"><button class="like">أعجبني {rnd.randint(0, 80)}</button> <button class="reply">رد</button></div></div></div>')
    comments = (f'<section class="comments"><h3>التعليقات <span class="badge">{k}</span></h3>'
                + "".join(cm)
                + '<div class="comment-box"><textarea placeholder="اكتب تعليقك..."></textarea><button class="btn btn-primary">نشر</button>'
                  '<p class="small">يجب <a href="/login">تسجيل الدخول</a> للتعليق</p></div></section>')
    trend = "".join(f'<li><span class="rank">{j + 1}</span><a href="/story/{num(o.key, "sid", 10 ** 6, 10 ** 7)}">{esc(o.title)}</a>'
                    f'<span class="src">{esc(AG_OTHER_SOURCES[num(o.key, "s2", 0, len(AG_OTHER_SOURCES) - 1)])}</span></li>'
                    for j, o in enumerate(page.others("b54-trend", 6)))
    sugg = "".join(f'<li><img src="/logos/s{j}.png" width="24" height="24" alt=""> {esc(n)} <button class="btn btn-link btn-sm">متابعة</button></li>'
                   for j, n in enumerate(AG_OTHER_SOURCES[:5]))
    head_extra = "\n".join([
        f'<meta property="og:title" content="{esc(a.title)}">',
        f'<meta property="og:site_name" content="{AG_BRAND}">',
        f'<meta property="og:url" content="{esc(page.canonical)}">',
        f'<meta property="og:image" content="{esc(site.base)}/img/stories/{a.key}.jpg">',
        '<meta name="apple-itunes-app" content="app-id=505000000">',
        '<link rel="stylesheet" href="/css/bootstrap.rtl.min.css">',
    ])
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - {AG_BRAND}</title>
<link rel="canonical" href="{esc(page.canonical)}">
{head_extra}
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">
<a class="navbar-brand" href="/">{AG_BRAND}</a><button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#nv"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="nv"><ul class="navbar-nav">{nav}</ul>
<form class="form-inline mr-auto"><input class="form-control" type="search" placeholder="ابحث في الأخبار"></form>
<a class="btn btn-light btn-sm" href="/app">حمّل التطبيق</a></div></div></nav>
<div class="breaking bg-danger text-white"><div class="container d-flex"><span class="breaking__label">عاجل</span>
<div id="brk" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{brk}</div></div></div></div>
<div class="container mt-3"><div class="row">
<div class="col-lg-8">
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">الرئيسية</a></li><li class="breadcrumb-item"><a href="/c/{si}">{esc(AG_NAV[si])}</a></li><li class="breadcrumb-item active">{esc(site.name)}</li></ol>
<div class="story">
{card}
<h1 class="story__title">{esc(a.title)}</h1>
<div class="story__meta text-muted"><span class="time" data-timestamp="{ts}">{ago(mins_ago)}</span> <span class="dot">•</span> <span class="date">{d:%d-%m-%Y} | {d:%H:%M}</span> <span class="dot">•</span> <span class="views">{num(a.key, "v", 2, 95) / 10:.1f} ألف مشاهدة</span></div>
<div class="story__image"><img class="img-fluid" src="{esc(site.base)}/img/stories/{a.key}.jpg" alt=""><span class="story__image-src">الصورة: {esc(site.short)}</span></div>
<div class="story__text" id="storyText">
{chr(10).join(out)}
</div>
<div class="story__source"><a class="btn btn-outline-secondary btn-block" href="{esc(a.orig_url)}" target="_blank" rel="nofollow noopener">اقرأ الخبر من المصدر</a></div>
<p class="story__disclaimer small text-muted">هذا الخبر منقول من موقع {esc(site.name)} ولا يعبر عن وجهة نظر {AG_BRAND}، وإنما تم نقله بمحتواه كما هو، والمصدر وحده يتحمل مسؤولية صحته.</p>
<div class="story__tags">{tags}</div>
<div class="story__share"><a class="share fb" href="https://www.facebook.com/sharer/sharer.php">فيسبوك <b>{num(a.key, "fb", 0, 400)}</b></a>
<a class="share tw" href="https://twitter.com/intent/tweet">تويتر <b>{num(a.key, "tw", 0, 300)}</b></a> <a class="share wa" href="whatsapp://send">واتساب</a> <button class="share copy">نسخ الرابط</button></div>
<section class="same-story"><h3>نفس الخبر من مصادر أخرى</h3><ul class="list-unstyled">{same}</ul></section>
{comments}
</div>
</div>
<div class="col-lg-4">
<div class="card mb-3"><div class="card-header">الأكثر تداولاً</div><ol class="list-group trending">{trend}</ol></div>
<div class="card mb-3"><div class="card-header">مصادر مقترحة</div><ul class="list-unstyled suggested">{sugg}</ul></div>
<div class="ad-unit"><small>إعلان</small><ins class="adsbygoogle" style="display:inline-block;width:300px;height:600px"></ins></div>
</div>
</div></div>
<footer class="bg-dark text-white-50 mt-4"><div class="container py-4">
<p>{AG_BRAND} يجمع لك الأخبار من أكثر من 600 مصدر عربي في مكان واحد.</p>
<ul class="list-inline"><li class="list-inline-item"><a href="/about">عن {AG_BRAND}</a></li><li class="list-inline-item"><a href="/sources">المصادر</a></li><li class="list-inline-item"><a href="/privacy">الخصوصية</a></li><li class="list-inline-item"><a href="/contact">تواصل معنا</a></li></ul>
<p>© 2015 {AG_BRAND}</p></div></footer>
<script src="/js/jquery.min.js"></script><script src="/js/bootstrap.min.js"></script>
</body></html>"""


# =====================================================================================
# b5_5: Gulf business daily

BZ_NAV = ["الأسواق", "الشركات", "الطاقة", "العقار", "الاقتصاد الكلي", "البنوك والتمويل", "تقنية", "رأي", "مؤشرات"]
BZ_SECTORS = ["المصارف والخدمات المالية", "الصناعات البتروكيماوية", "الاتصالات وتقنية المعلومات",
              "التطوير العقاري", "التجزئة", "الإسمنت", "التأمين"]
BZ_STOCKS = ["سابك", "الراجحي", "الاتصالات", "معادن", "الأهلي", "إعمار", "المراعي", "ينساب"]
BZ_MARKET_WORDS = ["سوق", "أسهم", "الأسهم", "مؤشر", "نفط", "النفط", "برميل", "شركة", "بنك", "مصرف", "ريال",
                   "مليار", "مليون", "اقتصاد", "استثمار", "أرباح", "تداول"]
BZ_COMMENTS = ["السوق يحتاج إلى محفزات حقيقية وليس مجرد تصريحات",
               "تحليل جيد، لكن ماذا عن أثر أسعار النفط؟",
               "المستثمر الصغير هو الخاسر الأكبر دائماً",
               "ننتظر نتائج الربع الثالث لتتضح الصورة"]


def b5_5(page):
    """A Gulf business daily: a market strip of index values and changes
    (TASI, DFM, ADX, QE, Brent, gold), a dated top bar with Hijri and
    Gregorian dates, the section kicker and headline, then a two-column
    article grid whose narrow rail, before the text in the source, is a card
    with the writer's photo, the name linking to the writer's page and
    «جميع مقالات الكاتب», then «تاريخ النشر» 2015/08/10 14:35 and «آخر
    تحديث» lines, share icons and font buttons. On market stories a chart
    picture with «المصدر: تداول», a stock quote widget and a sector table with
    a caption inside the text; on others a wire photo and a markets promo
    line; a «ذات علاقة» box in both; an investment disclaimer, a «was this useful»
    widget, tags, related cards, a newsletter band, readers' comments as
    <article> elements, and a most-active stocks table in the sidebar."""
    a = page.article
    d = a.published
    upd = d + dt.timedelta(minutes=num(a.key, "upd", 15, 240))
    paras = paras_of(a)
    rnd = random.Random(a.key + "b55")
    si = num(a.key, "sec", 0, 6)

    def chg(salt):
        v = num(a.key, salt, -250, 250) / 100
        return f'<span class="{"up" if v >= 0 else "down"}">{v:+.2f}%</span>'

    strip = (f'<div class="market-strip"><ul>'
             f'<li><b>تاسي</b> {num(a.key, "tasi", 8300, 9200):,}.{num(a.key, "tasid", 10, 99)} {chg("c1")}</li>'
             f'<li><b>دبي</b> {num(a.key, "dfm", 3900, 4200):,}.{num(a.key, "dfmd", 10, 99)} {chg("c2")}</li>'
             f'<li><b>أبوظبي</b> {num(a.key, "adx", 4600, 4900):,}.{num(a.key, "adxd", 10, 99)} {chg("c3")}</li>'
             f'<li><b>قطر</b> {num(a.key, "qe", 11500, 12200):,}.{num(a.key, "qed", 10, 99)} {chg("c4")}</li>'
             f'<li><b>برنت</b> {num(a.key, "brent", 480, 540) / 10:.2f}$ {chg("c5")}</li>'
             f'<li><b>الذهب</b> {num(a.key, "gold", 1085, 1125):,}$ {chg("c6")}</li></ul>'
             f'<span class="ms-note">بيانات متأخرة 15 دقيقة</span></div>')
    nav = "".join(f'<li><a href="/{i}">{esc(n)}</a></li>' for i, n in enumerate(BZ_NAV))
    rail_author = ""
    if a.author:
        wid = num(a.author, "wr", 100, 9999)
        rail_author = (f'<div class="rail-author"><img class="rail-author__pic" src="/writers/{wid}.jpg" width="72" height="72" alt="">'
                       f'<div class="rail-author__name"><a href="/writers/{wid}">{esc(a.author)}</a></div>'
                       f'<a class="rail-author__all" href="/writers/{wid}/articles">جميع مقالات الكاتب</a></div>')
    rail = (f'<aside class="article-rail">{rail_author}'
            f'<div class="rail-date"><div><span class="rail-date__label">تاريخ النشر</span> '
            f'<span class="rail-date__value">{d:%Y/%m/%d} {d:%H:%M}</span></div>'
            f'<div><span class="rail-date__label">آخر تحديث</span> <span class="rail-date__value">{upd:%Y/%m/%d} {upd:%H:%M}</span></div>'
            f'<div class="rail-date__tz">بتوقيت مكة المكرمة</div></div>'
            f'<div class="rail-share"><a href="https://twitter.com/share" title="تويتر"><i class="icon-tw"></i></a>'
            f'<a href="https://www.linkedin.com/shareArticle" title="لينكدإن"><i class="icon-in"></i></a>'
            f'<a href="whatsapp://send" title="واتساب"><i class="icon-wa"></i></a><a href="mailto:?" title="بريد"><i class="icon-mail"></i></a></div>'
            f'<div class="rail-font"><button>أ+</button><button>أ-</button><button class="print">طباعة</button></div></aside>')
    rel = page.others("b55-rel", 2)
    stock = BZ_STOCKS[num(a.key, "stk", 0, len(BZ_STOCKS) - 1)]
    # market widgets and the index chart only go with market stories; other
    # stories get a wire photo and a markets promo line
    market = any(w in a.title + " " + a.text[:600] for w in BZ_MARKET_WORDS)
    if market:
        fig = (f'<figure class="chart"><img src="/media/charts/{a.key}.png" alt=""><figcaption>أداء المؤشر العام خلال الجلسة '
               f'<span class="chart-src">المصدر: تداول</span></figcaption></figure>')
    else:
        fig = (f'<figure class="lead-photo"><img src="/media/{a.key}.jpg" alt=""><figcaption>صورة أرشيفية '
               f'<span class="photo-src">({esc(rnd.choice(["رويترز", "أ ف ب", "بلومبيرغ"]))})</span></figcaption></figure>')
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == 0 and len(paras) > 1 and not market:
            out.append('<p class="markets-promo"><a href="/markets">تابع أداء الأسواق الخليجية لحظة بلحظة عبر صفحة المؤشرات</a></p>')
        if i == 0 and len(paras) > 1 and market:
            out.append(f'<div class="stock-widget"><span class="sw-name">{esc(stock)}</span> '
                       f'<span class="sw-price">{num(a.key, "px", 1500, 12000) / 100:.2f}</span> {chg("sw")} '
                       f'<span class="sw-vol">حجم التداول: {num(a.key, "vol", 100, 9000):,} ألف سهم</span> '
                       f'<a href="/stocks/{num(a.key, "stk", 0, 7)}">صفحة السهم</a></div>')
        if i == 2 and len(paras) > 3 and rel:
            out.append('<div class="related-box"><h4>ذات علاقة</h4><ul>'
                       + "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in rel) + "</ul></div>")
        if i == len(paras) - 2 and len(paras) > 4 and market:
            secs = rnd.sample(BZ_SECTORS, 4)
            rows = "".join(f'<tr><td>{esc(s)}</td><td>{num(a.key, s, 3000, 25000):,}.{num(a.key, s + "d", 10, 99)}</td>'
                           f'<td>{chg(s + "c")}</td></tr>' for s in secs)
            out.append(f'<table class="data-table"><caption>أداء أبرز القطاعات في جلسة {d:%Y/%m/%d}</caption>'
                       f'<thead><tr><th>القطاع</th><th>الإغلاق</th><th>التغير</th></tr></thead><tbody>{rows}</tbody></table>')
    tags = "".join(f'<a href="/tags/{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a))
    cards = "".join(f'<div class="rel-card"><img src="/media/{o.key}-s.jpg" alt=""><a href="{esc(page.url_of(o))}">{esc(o.title)}</a>'
                    f'<span class="rel-date">{o.published:%Y/%m/%d}</span></div>' for o in page.others("b55-cards", 4))
    active = "".join(f'<tr><td>{esc(s)}</td><td>{num(a.key, "a" + s, 1500, 12000) / 100:.2f}</td><td>{chg("ac" + s)}</td></tr>'
                     for s in rnd.sample(BZ_STOCKS, 5))
    pop = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("b55-pop", 5))
    k = rnd.randint(0, 3)
    t = d
    cms = []
    for j in range(k):
        t = t + dt.timedelta(minutes=rnd.randint(15, 240))
        cms.append(f'<article class="comment"><footer class="comment__meta"><span class="comment__author">'
                   f'{esc(rnd.choice(["مستثمر", "أبو عبدالله", "متداول قديم", "محلل هاوٍ", "خالد"]))}</span> '
                   f'<time>{t:%Y/%m/%d} {t:%H:%M}</time></footer><p>{esc(rnd.choice(BZ_COMMENTS))}</p></article>')
    comments = (f'<section class="reader-comments"><h3>تعليقات القراء ({k})</h3>{"".join(cms)}'
                '<p class="comments-policy">تعبر التعليقات عن آراء أصحابها، ولا تنشر التعليقات التي تتضمن إساءة أو ترويجاً تجارياً.</p>'
                '<form><input name="n" placeholder="الاسم"><textarea name="c" placeholder="تعليقك"></textarea><button>إرسال</button></form></section>')
    return f"""{L.head(page, L.og(page))}
<body class="article-page biz">
{strip}
<div class="top-bar"><div class="wrap"><span class="dates">{WEEKDAYS[d.weekday()]} {L.hijri_date(d)} - {d.day} {L.MONTHS[d.month - 1]} {d.year}م</span>
<a href="/epaper">العدد الورقي</a> <a href="/subscribe" class="sub-btn">اشترك</a> <a href="/login">دخول</a></div></div>
<header class="masthead"><div class="wrap"><a class="logo" href="/"><img src="/assets/logo.svg" alt="{esc(page.site.name)}"></a>
<nav class="primary"><ul>{nav}</ul></nav><a class="search-btn" href="/search">بحث</a></div></header>
<div class="subnav"><div class="wrap"><a href="/stocks">الأسهم</a> <a href="/commodities">السلع</a> <a href="/currencies">العملات</a> <a href="/ipo">الاكتتابات</a> <a href="/results">نتائج الشركات</a></div></div>
<div class="wrap page">
<main class="content">
<div class="article-kicker"><a href="/{si}">{esc(BZ_SECTORS[si])}</a></div>
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-grid">
{rail}
<div class="article-main">
{fig}
<div class="article-text">
{chr(10).join(out)}
</div>
<p class="disclaimer">المعلومات الواردة في هذا المقال لأغراض إعلامية فقط ولا تعد توصية بالبيع أو الشراء.</p>
<div class="useful"><span>هل كان هذا المقال مفيداً؟</span> <button>نعم</button> <button>لا</button></div>
<div class="article-tags"><span>الوسوم</span>{tags}</div>
</div>
</div>
<section class="related-cards"><h3>أخبار ذات علاقة</h3>{cards}</section>
<div class="newsletter-band"><h3>النشرة الاقتصادية اليومية</h3><p>ملخص الأسواق وأهم أخبار الشركات قبل افتتاح التداول</p><form><input type="email" placeholder="البريد الإلكتروني"><button>اشترك مجاناً</button></form></div>
{comments}
</main>
<aside class="sidebar">
<div class="widget"><h3>الأسهم الأكثر نشاطاً</h3><table><thead><tr><th>السهم</th><th>السعر</th><th>التغير</th></tr></thead><tbody>{active}</tbody></table></div>
<div class="widget"><h3>الأكثر قراءة</h3><ol>{pop}</ol></div>
<div class="widget ad"><span>إعلان</span></div>
</aside>
</div>
<footer class="site-footer"><div class="wrap"><ul><li><a href="/about">عن الصحيفة</a></li><li><a href="/advertise">الإعلان</a></li><li><a href="/subscriptions">الاشتراكات</a></li><li><a href="/privacy">الخصوصية</a></li><li><a href="/contact">اتصل بنا</a></li></ul>
<p>© 2015 {esc(page.site.name)}. جميع الحقوق محفوظة</p></div></footer>
</body></html>"""


LAYOUTS = {"b5_1": b5_1, "b5_2": b5_2, "b5_3": b5_3, "b5_4": b5_4, "b5_5": b5_5}
