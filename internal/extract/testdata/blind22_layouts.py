"""Blind test layouts (set 22) for newsfarm (--extra-layouts): five article
templates modelled on mainstream, high-traffic Arabic news sites of kinds that
no earlier layout file imitates, written without reading Khabar's extractor.
Each prints the whole page a reader gets: top bar, header and menus, tickers,
the article, the boxes real sites put inside the text, and the lists,
comments, sidebars and footer around it.

  b22_1  DUBAI news channel's site in its current design (Al-Arabiya.net-
         like; b4_1 imitated the old 2015 design with KSA/GMT clocks, this
         one prints GULF STANDARD TIME, UTC+4, one hour AHEAD of Riyadh, so
         the day can roll forward): language switch (English, فارسی, اردو),
         «البث المباشر» and sister-channel links, «عاجل» bar with GST
         clocks; breadcrumb, headline, then the LEAD PICTURE (caption and
         «(agency)» credit) and only UNDER it the byline block: the writer
         as <a class="author-name"> beside an avatar (only with an author),
         then «نشر في: 09 أغسطس ,2015: 03:32 م GST» and «آخر تحديث: …
         GST» (the site's odd comma-before-year format, 12-hour clock);
         <time datetime="…Z"> (UTC) round the published stamp, JSON-LD
         datePublished in +04:00; a Chartbeat config names the writer (the
         channel's name on pages without one). In
         the text an «اقرأ أيضاً» card (thumbnail + headline), a
         doubleclick slot «إعلان», a «فيديو» player card of another story
         with duration, and an embedded tweet of the channel's own
         account (its own, earlier date); after it «مواضيع» chips,
         share, an Outbrain-like «قد يعجبك أيضاً» block of sponsored links
         («محتوى مدعوم»), «المزيد من <section>» cards with GST dates,
         most-read, satellite frequencies and app links in the footer.
  b22_2  SAUDI daily's web edition (Al-Riyadh-newspaper-like; one site is
         windows-1256): top bar with TODAY (the render day, minutes to
         hours after publication) «الأحد 24 شوال 1436هـ - 9 أغسطس 2015م»,
         today's print issue «العدد 17215», Riyadh weather, PDF
         and archive links; masthead naming the publishing house and the
         editor-in-chief (a distractor name); «عاجل» ticker; breadcrumb,
         kicker, headline; the writer as <a class="writer-name"> on its own
         line (only with an author), then the Hijri + Gregorian date in a
         <time datetime="…+03:00"> and a separate 12-hour clock «02:32 م»
         (Riyadh; nothing says so), «نشر في العدد 17215 - الصفحة 12»; a
         tools row (A+/A-, print, e-mail). In the text a picture with
         caption and «تصوير:» + a photographer (a distractor), an «إعلان»
         slot, a «ذات صلة» list box and, closing it, the paper's SMS news
         service promo; after it «الوسوم», share, readers' comments
         (numbered, names, Riyadh dates, like counts, comment rules),
         «المزيد من <section>», most-read / most-commented, a columnists
         rail «كتّاب <short>» (names), publisher's address in the footer.
         article:published_time +03:00; no JSON-LD.
  b22_3  Independent pan-Arab digital outlet based in London (Arabi21-like;
         one site is windows-1256): top bar with the day, «النسخة
         الإنجليزية», social links; «آخر الأخبار» ticker; section, headline;
         the meta row ABOVE the lead picture «<short>- <writer> # الأحد، 09
         أغسطس 2015 11:32 ص بتوقيت غرينتش» (the writer alone in
         <span class="writer">, the row without writer on pages with no
         author), GMT on screen so the day can roll BACK, views and comment
         counts; article:published_time and JSON-LD in +00:00. In the text
         the red bold «اقرأ أيضا:» link paragraph, an embedded tweet, a
         YouTube iframe, an «إعلان» slot, and on press-review rubrics a
         closing «للاطلاع على النص الأصلي (هنا)» line; after it hashtags,
         share counts, the Facebook comments plugin, «مقالات» (opinion
         writers' names with their column titles), related news, most-read,
         «الأكثر تعليقا», footer.
  b22_4  IRAQI news agency on Next.js (Shafaq-News-like; BAGHDAD time =
         UTC+3, the Riyadh wall clock): dollar-rate strip (Baghdad and
         Erbil exchanges, dinars per 100 dollars) and Iraqi weather, language
         switch (English, کوردی), CSS-module hashed class names, «عاجل»;
         section chip, headline, the author row (avatar + the writer as a
         link, only with an author) and «الأحد 09 آب 2015 - 14:32» (Iraqi
         Syriac month names, no zone printed), view count. The first
         paragraph opens with the agency's «<short>/ » lead-in in bold, as
         the agency prints it (not in the gold text). In the text a «ذات صلة» card, an embedded
         Facebook post of a ministry (fb-post blockquote with its own
         date), a YouTube player with the agency's caption, an «إعلان» slot
         and a «تابعوا قناة <short> على واتساب» prompt; after it tags, share,
         related with Baghdad dates, most-read, footer with the Baghdad and
         Erbil offices. JSON-LD datePublished +03:00; __NEXT_DATA__ holds
         the article again (full content HTML, published_at in UTC «Z»).
  b22_5  ABU DHABI daily (Alittihad-like; UAE time = UTC+4, one hour AHEAD
         of Riyadh): top bar with TODAY (the render day, later than
         publication) in Gregorian and Hijri, Abu Dhabi prayer times and
         weather, the PDF issue; nav with the
         paper's sections and supplements; «عاجل» ticker; breadcrumb,
         headline, the date row «9 أغسطس 2015 | 15:32» (UAE time, no zone
         printed) with article:published_time and JSON-LD in +04:00; lead
         picture captioned «(من المصدر)» / «(وام)». The writer is NOT in a
         meta row: the text opens with the paper's credit paragraph, the
         writer in <strong> alone (only with an author), as the paper does.
         In the text bold «اقرأ أيضاً..» link lines, a doubleclick
         «إعلان», an Instagram embed («عرض هذا المنشور على Instagram»,
         «منشور مشترك بواسطة», its own earlier <time datetime> in UTC) and
         an inline picture with a «تصوير:»
         credit; after it tags, share, «ذات صلة» cards with UAE dates,
         most-read, a «الرأي» rail of columnists' names, the newsletter box,
         the publisher's footer.

Pages whose article has no author print no byline. The author string is
printed whole, exactly as the corpus gives it, as the only text of its
element (and as a JSON-LD Person only where the page has an author). Gold
times are Asia/Riyadh (+03:00); b22_1 and b22_5 show UAE time (UTC+4; b22_1
prints «GST», b22_5 carries +04:00 in its metadata); b22_3 shows GMT («بتوقيت
غرينتش») and carries +00:00; b22_2 and b22_4 show the Riyadh/Baghdad wall
clock (+03:00 in their metadata). The conversions are exact. Hijri dates
follow Umm al-Qura (1 Shawwal 1436 = 17 July 2015). On windows-1256 sites,
characters the charset lacks are written as numeric character references
(\\u escapes inside scripts).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts internal/extract/testdata/blind22_layouts.py \\
      --layouts b22_1,b22_2,b22_3,b22_4,b22_5 --out /work/blind22/pages
"""

import datetime as dt
import hashlib
import json
import re
import sys
import urllib.parse

sys.path.insert(0, "/work/shared/newsfarm")
import layouts as L  # noqa: E402

esc = L.esc
MONTHS = L.MONTHS
HIJRI_MONTHS = L.HIJRI_MONTHS
IQ_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول"]
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


# --- helpers ---------------------------------------------------------------------------

def num(a, salt, lo, hi):
    h = int(hashlib.md5((a.key + salt).encode()).hexdigest()[:8], 16)
    return lo + h % (hi - lo + 1)


def pick(a, salt, seq):
    return seq[num(a, salt, 0, len(seq) - 1)]


def utf(page):
    return page.site.encoding.lower().startswith("utf")


def shift(d, hours):
    return d + dt.timedelta(hours=hours)


def iso_off(d, off):
    """Naive Riyadh time -> ISO string in the zone UTC+off."""
    t = shift(d, off - 3)
    sign = "+" if off >= 0 else "-"
    return t.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{abs(off):02d}:00"


def iso_z(d, ms=False):
    t = shift(d, -3)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".000000Z" if ms else "Z")


def ampm(d, pad=False):
    h = d.hour % 12 or 12
    return (f"{h:02d}" if pad else f"{h}") + f":{d.minute:02d} {'ص' if d.hour < 12 else 'م'}"


HIJRI_STARTS = [((1436, 9), dt.date(2015, 6, 18)), ((1436, 10), dt.date(2015, 7, 17)),
                ((1436, 11), dt.date(2015, 8, 15)), ((1436, 12), dt.date(2015, 9, 14))]


def hijri(d):
    day = d.date() if isinstance(d, dt.datetime) else d
    for ((y, m), start), (_, nxt) in zip(HIJRI_STARTS, HIJRI_STARTS[1:]):
        if start <= day < nxt:
            return (day - start).days + 1, HIJRI_MONTHS[m - 1], y
    raise ValueError(f"no Hijri table entry for {day}")


def short(text, n=12):
    w = text.split()
    return " ".join(w[:n]) + ("..." if len(w) > n else "")


def weave(blocks, boxes):
    """Paragraph blocks with boxes after the given paragraph index (past the end: after the last)."""
    out = []
    last = len(blocks) - 1
    for i, b in enumerate(blocks):
        out.append(b)
        for at, box in boxes:
            if at == i or (i == last and at > last):
                out.append(box)
    if not blocks:
        out += [box for _, box in boxes]
    return "\n".join(out)


def _js_escape(ch):
    o = ord(ch)
    if o > 0xFFFF:
        o -= 0x10000
        return "\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF))
    return "\\u%04x" % o


def finish(s, page):
    """Characters the page's charset lacks: NCRs in markup, \\u escapes in scripts."""
    enc = page.site.encoding
    if utf(page):
        return s

    def fix(part, script):
        out = []
        for ch in part:
            try:
                ch.encode(enc)
                out.append(ch)
            except UnicodeEncodeError:
                out.append(_js_escape(ch) if script else f"&#{ord(ch)};")
        return "".join(out)

    parts = re.split(r"(<script[^>]*>.*?</script>)", s, flags=re.S)
    return "".join(fix(p, i % 2 == 1) for i, p in enumerate(parts))


def jdump(obj):
    return json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")


def ldjson(obj):
    return '<script type="application/ld+json">' + jdump(obj) + "</script>"


def paras_html(a):
    return [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]


def slug(text, n=6):
    return urllib.parse.quote("-".join(text.split()[:n]).replace("/", "-"))


def ratio_at(blocks, frac):
    return max(0, min(len(blocks) - 1, int(len(blocks) * frac)))


def thousands(n):
    return f"{n:,}"


PEOPLE = ["عبدالعزيز بن سعد القحطاني", "منيرة عبدالله الدوسري", "سامي يوسف الحمدان", "نورة خالد العتيبي",
          "فيصل محمد الزهراني", "هيفاء سليمان الرشيد", "ماجد عبدالرحمن الشمري", "ريم ناصر الغامدي",
          "طلال إبراهيم المطيري", "أمل حسن البلوشي", "وليد عادل الكبيسي", "ليلى منصور الحارثي"]


# --- b22_1: Al-Arabiya.net-like Dubai channel, GST on screen ----------------------------

AA_LANGS = [("en", "English"), ("fa", "فارسی"), ("ur", "اردو")]
AA_NAV = ["السعودية اليوم", "الخليج", "العالم العربي", "العالم", "إيران", "اقتصاد", "رياضة", "منوعات",
          "ثقافة وفن", "صحة", "علوم وتكنولوجيا", "سياحة وسفر", "مقالات", "فيديو", "برامج"]
AA_SECTIONS = ["السعودية اليوم", "الخليج", "العالم العربي", "اقتصاد", "رياضة", "منوعات"]
AA_CREDITS = ["(رويترز)", "(فرانس برس)", "(أسوشييتد برس)", "(واس)", "(أرشيفية)", "(صورة تعبيرية)"]
AA_HANDLES = [("{s} عاجل", "AlArabiya_Brk"), ("{s}", "AlArabiya"), ("{s} السعودية", "AlArabiya_KSA"),
              ("{s} - اقتصاد", "AlArabiya_Eco")]
AA_SPONSORED = [("لن تصدق كيف تبدو هذه الشقق في دبي من الداخل", "عقارات دبي"),
                ("تعلّم الإنجليزية في 3 أشهر فقط بهذه الطريقة المجربة", "بابل"),
                ("أسعار سيارات 2015 في السعودية: عروض لا تفوّت", "موتري"),
                ("10 وجهات سياحية عائلية قريبة من الخليج لعطلة الصيف", "سفر"),
                ("هكذا تحمي بشرتك من حرارة الصيف بخطوات بسيطة", "صحتك")]
AA_FREQ = [("عربسات بدر 6", "11843 أفقي"), ("نايل سات", "11785 أفقي"), ("هوت بيرد", "12597 عمودي")]


def gst(d):
    return shift(d, 1)


def aa_stamp(d):
    t = gst(d)
    return f"{t.day:02d} {MONTHS[t.month - 1]} ,{t.year}: {ampm(t, pad=True)} GST"


def layout_b22_1(page):
    """Al-Arabiya.net-like (current design): byline block under the lead picture with
    «نشر في: 09 أغسطس ,2015: 03:32 م GST»; read-also card, ad, video card and tweet in the
    text; sponsored links and section cards after it."""
    a, site = page.article, page.site
    d = a.published
    upd = d + dt.timedelta(minutes=num(a, "upd", 6, 140))
    sec = pick(a, "sec", AA_SECTIONS)
    sec_slug = slug(sec, 2)
    blocks = paras_html(a)
    boxes = []
    ra = page.others("read_also", 1)
    if ra:
        o = ra[0]
        boxes.append((0, f'<div class="article-embed article-embed--related"><span class="article-embed__label">اقرأ أيضاً</span>'
                         f'<a class="article-embed__link" href="/ar/{sec_slug}{esc(page.url_of(o))}">'
                         f'<img class="article-embed__img" src="https://vid.example-aa.net/images/{o.key}/thumb.jpg" width="140" height="79" alt="">'
                         f'<span class="article-embed__title">{esc(o.title)}</span></a></div>'))
    boxes.append((1, f'<div class="ad_container ad_container--inarticle"><span class="ad_label">إعلان</span>'
                     f'<div id="div-gpt-ad-1450{num(a, "ad", 100000, 999999)}-0" class="dfp-slot" data-slot="/8148/AlArabiya/article/inread"></div></div>'))
    vid = page.others("video", 1)
    if vid:
        v = vid[0]
        dur = f"{num(v, 'vm', 0, 3):02d}:{num(v, 'vs', 10, 59):02d}"
        boxes.append((2, f'<div class="inline-video" data-media-id="{v.key[:8]}"><div class="inline-video__label">فيديو</div>'
                         f'<div class="jwplayer-wrap"><img src="https://vid.example-aa.net/images/{v.key}/poster.jpg" alt="">'
                         f'<span class="inline-video__duration">{dur}</span></div>'
                         f'<p class="inline-video__title"><a href="/ar/videos{esc(page.url_of(v))}">{esc(v.title)}</a></p></div>'))
    hname, handle = pick(a, "tw", AA_HANDLES)
    tw = gst(d - dt.timedelta(minutes=num(a, "twm", 15, 300)))
    boxes.append((ratio_at(blocks, 0.7) if len(blocks) > 4 else 99,
                  f'<div class="twitter-embed"><blockquote class="twitter-tweet" data-lang="ar" dir="rtl">'
                  f'<p lang="ar" dir="rtl">{esc(short(a.title, 12))} <a href="https://t.co/{a.key[:10]}">https://t.co/{a.key[:10]}</a></p>'
                  f'— {esc(hname.format(s=site.short))} (@{handle}) <a href="https://twitter.com/{handle}/status/63{num(a, "tid", 10**15, 10**16)}">'
                  f'{tw.day} {MONTHS[tw.month - 1]} {tw.year}</a></blockquote>'
                  '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div>'))
    body = weave(blocks, boxes)
    credit = pick(a, "cr", AA_CREDITS)
    by = ""
    if a.author:
        by = (f'<div class="article-author"><img class="article-author__img" src="/ar/authors/{num(a, "av", 10, 99)}.png" width="40" height="40" alt="">'
              f'<a class="author-name" href="/ar/author/{num(a, "aid", 1000, 9999)}">{esc(a.author)}</a></div>')
    langs = "".join(f'<li><a href="https://{c}.example-aa.net/" lang="{c}" hreflang="{c}">{n}</a></li>' for c, n in AA_LANGS)
    nav = "".join(f'<li class="nav__item"><a href="/ar/{slug(n, 3)}">{n}</a></li>' for n in AA_NAV)
    breaking = "".join(f'<li><span class="breaking__time">{gst(o.published):%H:%M}</span> {L.link(page, o)}</li>'
                       for o in page.others("ticker", 5))
    chips = "".join(f'<li><a href="/ar/tags/{esc(t)}">{esc(t)}</a></li>' for t in L.tags_for(a)[:4])
    sponsored = "".join(f'<li class="ob-item"><a href="https://paid.outbrain.example/{num(a, s, 1000, 9999)}" rel="nofollow sponsored">'
                        f'<img src="https://images.outbrain.example/{num(a, s, 1000, 9999)}.jpg" alt=""><span class="ob-title">{t}</span>'
                        f'<span class="ob-source">{s}</span></a></li>'
                        for t, s in [AA_SPONSORED[(num(a, "ob", 0, 4) + j) % len(AA_SPONSORED)] for j in range(4)])
    more = "".join(f'<div class="card"><a href="{esc(page.url_of(o))}"><img src="https://vid.example-aa.net/images/{o.key}/card.jpg" alt="">'
                   f'<h3 class="card__title">{esc(o.title)}</h3></a><span class="card__date">{aa_stamp(o.published)}</span></div>'
                   for o in page.others("similar", 4))
    popular = "".join(f'<li><span class="rank">{i + 1}</span> {L.link(page, o)}</li>'
                      for i, o in enumerate(page.others("popular", 5)))
    freq = "".join(f"<li>{n}: {f}</li>" for n, f in AA_FREQ)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "description": L.first_sentence(a.text), "datePublished": iso_off(d, 4), "dateModified": iso_off(upd, 4),
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical}, "articleSection": sec, "inLanguage": "ar",
          "image": {"@type": "ImageObject", "url": f"https://vid.example-aa.net/images/{a.key}/main.jpg", "width": 1200, "height": 675},
          "publisher": {"@type": "Organization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/ar/logo.png", "width": 600, "height": 60}}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    ld_crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": f"{site.base}/ar"},
        {"@type": "ListItem", "position": 2, "name": sec, "item": f"{site.base}/ar/{sec_slug}"}]}
    cb = {"uid": 60213, "domain": "example-aa.net", "useCanonical": True, "sections": sec,
          "authors": a.author if a.author else site.short}
    dl = {"event": "pageview", "pageType": "article", "articleId": str(a.n), "section": sec,
          "hasVideo": bool(vid), "wordCount": len(a.text.split())}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="amphtml" href="{esc(site.base)}/amp{esc(page.url_of(a))}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="https://vid.example-aa.net/images/{a.key}/main.jpg">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@AlArabiya">
{ldjson(ld)}
{ldjson(ld_crumbs)}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({jdump(dl)});</script>
<script>var _sf_async_config={jdump(cb)};</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<link rel="stylesheet" href="/ar/assets/css/article.rtl.min.css?v=3.14.2">
</head>
<body class="page-article">
<div class="top-header">
<ul class="lang-switch">{langs}</ul>
<a class="live-btn" href="/ar/live-stream"><span class="live-btn__dot"></span> البث المباشر</a>
<a class="sister" href="https://www.alhadath.example/">الحدث</a>
<div class="top-header__social"><a href="https://twitter.com/AlArabiya">تويتر</a> <a href="https://facebook.com/AlArabiya">فيسبوك</a> <a href="https://instagram.com/alarabiya">إنستغرام</a> <a href="https://youtube.com/alarabiya">يوتيوب</a></div>
</div>
<header class="main-header"><a class="logo" href="/ar"><img src="/ar/assets/img/logo-ar.svg" alt="{esc(site.name)}"></a>
<nav class="main-nav"><ul>{nav}</ul></nav>
<button class="search-btn" aria-label="بحث">بحث</button></header>
<div class="breaking-bar"><span class="breaking-bar__label">عاجل</span><ul class="breaking-bar__list">{breaking}</ul></div>
<main class="main-content">
<article class="article-page">
<nav class="breadcrumb"><a href="/ar">الرئيسية</a> <span>/</span> <a href="/ar/{sec_slug}">{esc(sec)}</a></nav>
<h1 class="article-title">{esc(a.title)}</h1>
<figure class="article-hero"><img src="https://vid.example-aa.net/images/{a.key}/main.jpg" alt="{esc(short(a.title, 8))}">
<figcaption class="article-hero__caption">{esc(short(a.title, 8))} {credit}</figcaption></figure>
<div class="article-info">
{by}
<div class="article-dates"><div class="timeDate_element"><span class="timeDate_label">نشر في:</span> <time datetime="{iso_z(d)}">{aa_stamp(d)}</time></div>
<div class="timeDate_element timeDate_element--updated"><span class="timeDate_label">آخر تحديث:</span> <span>{aa_stamp(upd)}</span></div></div>
<div class="share-top"><a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="whatsapp://send">واتساب</a> <a href="#copy" class="copy-link">نسخ الرابط</a></div>
</div>
<div class="article-body" id="body-text">
{body}
</div>
<div class="article-topics"><span class="article-topics__label">مواضيع</span><ul>{chips}</ul></div>
<div class="share-bottom"><span>شارك</span> <a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://www.linkedin.com/shareArticle">لينكد إن</a> <a href="whatsapp://send">واتساب</a> <a href="mailto:?subject={esc(short(a.title, 6))}">البريد الإلكتروني</a></div>
</article>
<section class="outbrain" data-widget-id="AR_1"><h2 class="ob-header">قد يعجبك أيضاً</h2><span class="ob-label">محتوى مدعوم</span><ul>{sponsored}</ul><a class="ob-logo" href="https://www.outbrain.example/what-is/">Recommended by Outbrain</a></section>
<section class="more-section"><h2>المزيد من {esc(sec)}</h2><div class="cards">{more}</div></section>
</main>
<aside class="sidebar">
<section class="most-read"><h2>الأكثر قراءة</h2><ol>{popular}</ol></section>
<div class="ad_container ad_container--sidebar"><span class="ad_label">إعلان</span><div id="div-gpt-ad-mpu-side"></div></div>
<section class="live-promo"><h3>شاهد البث المباشر</h3><a href="/ar/live-stream">{esc(site.short)} مباشر</a> | <a href="https://www.alhadath.example/live">الحدث مباشر</a></section>
</aside>
<footer class="main-footer">
<div class="footer-apps">حمّل تطبيق {esc(site.short)}: <a href="https://apps.apple.com/app/id-aa">App Store</a> <a href="https://play.google.com/store/apps/details?id=aa">Google Play</a></div>
<div class="footer-freq"><h4>ترددات القناة</h4><ul>{freq}</ul></div>
<ul class="footer-links"><li><a href="/ar/about-us">من نحن</a></li><li><a href="/ar/contact-us">اتصل بنا</a></li><li><a href="/ar/careers">وظائف</a></li><li><a href="/ar/terms">شروط الاستخدام</a></li><li><a href="/ar/privacy">سياسة الخصوصية</a></li><li><a href="/ar/advertise">أعلن معنا</a></li></ul>
<p>جميع الحقوق محفوظة © 2015 {esc(site.name)} - دبي، الإمارات العربية المتحدة</p>
</footer>
</body>
</html>"""
    return finish(out, page)


# --- b22_2: Al-Riyadh-newspaper-like Saudi daily web edition ---------------------------

RY_NAV = ["الرئيسية", "محليات", "اقتصاد", "دوليات", "الرياضة", "ثقافة اليوم", "حياتنا", "مقالات", "الرأي",
          "كاريكاتير", "فيديو", "الأرشيف"]
RY_SECTIONS = ["محليات", "اقتصاد", "دوليات", "الرياضة", "ثقافة اليوم", "حياتنا"]
RY_CAPTIONS = ["جانب من الاجتماع", "من الحدث", "لقطة من الموقع", "خلال الجولة التفقدية", "صورة من المناسبة",
               "جانب من الحضور"]
RY_COMMENTS = [("أبو فيصل", "الله يوفق ولاة الأمر لما فيه خير البلاد والعباد، خطوة في الاتجاه الصحيح."),
               ("سعود", "نتمنى أن يكون التطبيق على أرض الواقع بنفس قوة التصريحات، والمتابعة هي الأهم."),
               ("مواطن", "شكراً لجريدتنا على المتابعة الدقيقة والسريعة."),
               ("نوف", "أين دور الجهات الرقابية؟ نريد نتائج ملموسة."),
               ("عبدالله الحربي", "موضوع مهم ويستحق النقاش، نأمل من المسؤولين التفاعل مع ما يطرح."),
               ("متابع", "الخبر ناقص، ليتكم توضحون موعد التطبيق والفئات المستفيدة.")]


def ry_issue(d):
    return 17215 + (d.date() - dt.date(2015, 8, 9)).days


def ry_day(d):
    hd, hm, hy = hijri(d)
    return f"{WEEKDAYS[d.weekday()]} {hd} {hm} {hy}هـ - {d.day} {MONTHS[d.month - 1]} {d.year}م"


def layout_b22_2(page):
    """Al-Riyadh-like Saudi daily: writer link on its own line under the headline, then the
    Hijri + Gregorian date in <time> and a separate 12-hour clock, the print issue and page;
    photo with photographer, ad, «ذات صلة» box and the SMS-service promo in the text."""
    a, site = page.article, page.site
    d = a.published
    sec = pick(a, "sec", RY_SECTIONS)
    blocks = paras_html(a)
    boxes = []
    photog = pick(a, "ph", PEOPLE)
    boxes.append((0, f'<div class="article-image inline"><img src="/media/2015/08/{a.key}_2.jpg" alt="">'
                     f'<p class="caption">{esc(short(a.title, 6)) if num(a, "capk", 0, 2) else pick(a, "cap", RY_CAPTIONS)}</p><p class="photographer">تصوير: {esc(photog)}</p></div>'))
    boxes.append((1, '<div class="adv adv-inarticle"><span class="adv-label">إعلان</span>'
                     f'<div id="div-gpt-ad-alriyadh-article-{num(a, "ad", 1, 9)}"></div></div>'))
    rel = page.others("read_also", 3)
    if rel and len(blocks) > 3:
        items = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in rel)
        boxes.append((ratio_at(blocks, 0.6), f'<div class="related-box"><h4>ذات صلة</h4><ul>{items}</ul></div>'))
    boxes.append((99, f'<div class="sms-promo"><p>لمتابعة أخبار {esc(site.short)} لحظة بلحظة اشترك في خدمة الأخبار عبر الجوال: '
                      f'أرسل الرقم 1 إلى 801122 (الاتصالات السعودية) أو 88{num(a, "sms", 100, 999)} (موبايلي)</p></div>'))
    body = weave(blocks, boxes)
    issue = ry_issue(d)
    pg = num(a, "pg", 2, 40)
    by = (f'<div class="article-writer"><a class="writer-name" href="/writers/{num(a, "wid", 100, 999)}">{esc(a.author)}</a></div>'
          if a.author else "")
    chief = pick(a, "chief", ["تركي عبدالله السديري", "فهد بن سليمان الشقيران", "عبدالرحمن بن محمد المنيف"])
    nav = "".join(f'<li><a href="/section/{i}">{n}</a></li>' for i, n in enumerate(RY_NAV))
    ticker = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("ticker", 6))
    k = num(a, "nc", 0, 6)
    coms = []
    for j in range(k):
        nm, tx = RY_COMMENTS[(num(a, "cu", 0, 5) + j) % len(RY_COMMENTS)]
        ct = d + dt.timedelta(minutes=num(a, f"c{j}", 10, 200) + 53 * j)
        coms.append(f'<li class="comment"><span class="comment-no">{j + 1}</span> <span class="comment-name">{esc(nm)}</span> '
                    f'<span class="comment-date">{ct.day} {MONTHS[ct.month - 1]} {ct.year} - {ampm(ct)}</span>'
                    f'<p class="comment-text">{esc(tx)}</p><span class="comment-like">أعجبني ({num(a, f"l{j}", 0, 60)})</span></li>')
    more = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a> <span class="date">{o.published.day} {MONTHS[o.published.month - 1]}</span></li>'
                   for o in page.others("similar", 6))
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 5))
    commented = "".join(f'<li>{L.link(page, o)} <span>({num(o, "cc", 3, 90)})</span></li>' for o in page.others("commented", 4))
    writers = "".join(f'<li><img src="/writers/{num(a, w, 10, 99)}.jpg" alt=""><a href="/writers/{num(a, w, 100, 999)}">{w}</a>'
                      f'<span>{t}</span></li>'
                      for w, t in zip([PEOPLE[(num(a, "wr", 0, 11) + 3 * j) % len(PEOPLE)] for j in range(4)],
                                      ["الإسكان.. والحلول المؤجلة", "صيف بلا كهرباء!", "التعليم أولاً", "قراءة في أرقام الميزانية"]))
    tags = " ".join(f'<a href="/tags/{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a)[:5])
    hd, hm, hy = hijri(d)
    now = d + dt.timedelta(minutes=num(a, "now", 10, 900))
    out = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ar" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(site.name)} | {esc(a.title)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}" />
<meta name="keywords" content="{esc('، '.join(L.tags_for(a)))}" />
<link rel="canonical" href="{esc(page.canonical)}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:image" content="{esc(site.base)}/media/2015/08/{a.key}.jpg" />
<meta property="og:site_name" content="{esc(site.name)}" />
<meta property="article:published_time" content="{iso_off(d, 3)}" />
<meta property="article:section" content="{esc(sec)}" />
<link rel="stylesheet" type="text/css" href="/css/style.css?v=2015.07" />
<script type="text/javascript">var googletag=googletag||{{}};googletag.cmd=googletag.cmd||[];var articleID={a.n};var sectionName="{esc(sec)}";</script>
</head>
<body class="article">
<div id="topbar"><div class="container">
<span class="today">{ry_day(now)}</span>
<span class="issue">العدد {ry_issue(now)}</span>
<span class="weather">الرياض {num(a, "t", 42, 47)}° | جدة {num(a, "t2", 34, 39)}° | الدمام {num(a, "t3", 41, 46)}°</span>
<a href="/pdf/{ry_issue(now)}">النسخة الورقية PDF</a> <a href="/archive">الأرشيف</a> <a href="/rss">RSS</a>
</div></div>
<div id="header"><div class="container">
<a class="logo" href="/"><img src="/images/logo.png" alt="{esc(site.name)}" /></a>
<div class="masthead-info"><span>يومية - سياسية - شاملة</span> <span>تصدر عن مؤسسة اليمامة الصحفية</span> <span>رئيس التحرير: {chief}</span></div>
<div class="leaderboard"><span class="adv-label">إعلان</span></div>
</div></div>
<div id="menu"><ul class="container">{nav}</ul></div>
<div id="breaking"><div class="container"><strong>عاجل</strong><ul>{ticker}</ul></div></div>
<div id="content" class="container">
<div class="col-main">
<div class="breadcrumb"><a href="/">الرئيسية</a> &raquo; <a href="/section/{RY_NAV.index(sec)}">{esc(sec)}</a></div>
<div class="article-head">
<span class="kicker">{esc(sec)}</span>
<h1>{esc(a.title)}</h1>
{by}
<div class="article-date"><time datetime="{iso_off(d, 3)}">{ry_day(d)}</time> <span class="article-time">{ampm(d, pad=True)}</span></div>
<div class="print-ref">نشر في العدد {issue} - الصفحة {pg}</div>
<div class="tools"><a href="#" class="font-up">A+</a> <a href="#" class="font-down">A-</a> <a href="/print/{a.n}">طباعة</a> <a href="/send/{a.n}">أرسل لصديق</a> <a href="#comments">التعليقات ({k})</a></div>
</div>
<div class="article-image main"><img src="/media/2015/08/{a.key}.jpg" alt="{esc(short(a.title, 8))}" /></div>
<div class="article-text">
{body}
</div>
<div class="article-tags"><span>الوسوم:</span> {tags}</div>
<div class="share"><span>شارك:</span> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://www.facebook.com/sharer.php">فيسبوك</a> <a href="whatsapp://send">واتساب</a> <a href="https://plus.google.com/share">جوجل+</a></div>
<div id="comments" class="comments"><h3>التعليقات ({k})</h3>
<ul>{"".join(coms) or '<li class="no-comments">لا توجد تعليقات</li>'}</ul>
<div class="comments-rules"><b>قواعد التعليقات:</b> تخضع التعليقات للمراجعة قبل النشر، ولا تنشر التعليقات التي تتضمن إساءة للأشخاص أو الجهات أو تخرج عن موضوع الخبر. التعليقات تعبر عن آراء كتّابها.</div>
<form class="comment-form"><input name="name" placeholder="الاسم" /><input name="email" placeholder="البريد الإلكتروني" /><textarea placeholder="التعليق"></textarea><button>أرسل التعليق</button></form></div>
<div class="more-section"><h3>المزيد من {esc(sec)}</h3><ul>{more}</ul></div>
</div>
<div class="col-side">
<div class="tabs"><div class="tab"><h3>الأكثر قراءة</h3><ol>{popular}</ol></div>
<div class="tab"><h3>الأكثر تعليقاً</h3><ol>{commented}</ol></div></div>
<div class="writers"><h3>كتّاب {esc(site.short)}</h3><ul>{writers}</ul></div>
<div class="adv adv-side"><span class="adv-label">إعلان</span></div>
<div class="caricature"><h3>كاريكاتير</h3><img src="/caricature/{hd}-{hy}.jpg" alt="كاريكاتير اليوم" /></div>
</div>
</div>
<div id="footer"><div class="container">
<ul><li><a href="/about">عن الجريدة</a></li><li><a href="/subscribe">الاشتراكات</a></li><li><a href="/ads">الإعلانات</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/privacy">سياسة الخصوصية</a></li></ul>
<p>مؤسسة اليمامة الصحفية - الرياض، طريق الملك فهد - ص.ب 851 الرياض 11421 - هاتف 4870000 (011)</p>
<p>جميع الحقوق محفوظة لـ{esc(site.name)} © 2015</p>
</div></div>
</body>
</html>"""
    return finish(out, page)


# --- b22_3: Arabi21-like London digital outlet, GMT on screen ---------------------------

A21_NAV = ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "مقالات", "مدونات", "حوارات", "تقارير", "صحافة دولية",
           "صحافة إسرائيلية", "تكنولوجيا", "صحة", "ثقافة وأدب", "منوعات", "فيديو", "إنفوغراف"]
A21_RUBRICS = ["سياسة", "اقتصاد", "تقارير", "صحافة دولية", "منوعات", "رياضة"]
A21_HANDLES = [("عبدالله العلي", "a_alali"), ("مرصد الخليج", "gulf_monitor"), ("Reuters Arabic", "ReutersArabic"),
               ("نايف الحمد", "naif_alhamad"), ("أخبار السعودية", "SaudiNews50")]
A21_TWEETS = ["ما يجري اليوم يحتاج إلى قراءة هادئة بعيداً عن الانفعال، فالمنطقة تمر بمرحلة لا تحتمل مزيداً من الأخطاء",
              "القرار خطوة مهمة لكن العبرة بالتطبيق، وننتظر أن نرى نتائجه على الأرض قريباً",
              "المشهد يتغير بسرعة، وكل المؤشرات تقول إن الأيام المقبلة ستحمل مفاجآت",
              "سؤال بسيط: من يتحمل كلفة كل هذا؟ الشعوب دائماً هي من يدفع الثمن",
              "تغطية ممتازة، والأرقام التي نشرت اليوم تستحق التوقف عندها طويلاً"]
A21_PAPERS = [("الغارديان", "https://www.theguardian.example/world/"), ("نيويورك تايمز", "https://www.nytimes.example/2015/08/"),
              ("واشنطن بوست", "https://www.washingtonpost.example/world/"), ("فايننشال تايمز", "https://www.ft.example/content/")]
A21_COLUMNS = ["الخليج وأسئلة المرحلة المقبلة", "عن الاقتصاد والسياسة في زمن النفط الرخيص", "ماذا بعد الاتفاق النووي؟",
               "اليمن.. الحرب والسلام", "في معنى الدولة الحديثة"]


def a21_stamp(d):
    t = shift(d, -3)
    return f"{WEEKDAYS[t.weekday()]}، {t.day:02d} {MONTHS[t.month - 1]} {t.year} {ampm(t, pad=True)} بتوقيت غرينتش"


def layout_b22_3(page):
    """Arabi21-like: meta row «<short>- <writer> # date بتوقيت غرينتش» above the lead picture;
    red «اقرأ أيضا:» paragraph, tweet, YouTube, ad and a «النص الأصلي» line in the text;
    Facebook comments, opinion writers, most-commented after it."""
    a, site = page.article, page.site
    d = a.published
    rubric = pick(a, "rub", A21_RUBRICS)
    blocks = paras_html(a)
    boxes = []
    ra = page.others("read_also", 1)
    if ra:
        boxes.append((1, f'<p class="read-also" style="color:#c00"><strong>اقرأ أيضا: <a href="{esc(page.url_of(ra[0]))}">'
                         f'{esc(ra[0].title)}</a></strong></p>'))
    hname, handle = pick(a, "tw", A21_HANDLES)
    hashtag = (L.tags_for(a) or ["عاجل"])[0]
    tw = shift(d - dt.timedelta(minutes=num(a, "twm", 10, 500)), -3)
    boxes.append((2, f'<blockquote class="twitter-tweet" lang="ar"><p dir="rtl" lang="ar">{pick(a, "twt", A21_TWEETS)} '
                     f'<a href="https://twitter.com/hashtag/{esc(hashtag)}">#{esc(hashtag)}</a></p>'
                     f'— {esc(hname)} (@{handle}) <a href="https://twitter.com/{handle}/status/6{num(a, "tid", 10**16, 10**17)}">'
                     f'{tw.day} {MONTHS[tw.month - 1]}، {tw.year}</a></blockquote>'
                     '<script async src="//platform.twitter.com/widgets.js" charset="utf-8"></script>'))
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 3 else 0,
                  '<div class="inside-ad"><span>إعلان</span><ins class="adsbygoogle" style="display:block" '
                  f'data-ad-client="ca-pub-{num(a, "pub", 10**15, 10**16)}" data-ad-slot="{num(a, "slot", 10**9, 10**10)}"></ins></div>'))
    if num(a, "yt", 0, 9) < 6:
        boxes.append((ratio_at(blocks, 0.8) if len(blocks) > 4 else 99,
                       f'<p class="video"><iframe width="560" height="315" src="https://www.youtube.com/embed/{a.key[:11]}" '
                       'frameborder="0" allowfullscreen></iframe></p>'))
    if rubric == "صحافة دولية":
        paper, purl = pick(a, "paper", A21_PAPERS)
        boxes.append((99, f'<p class="original"><strong>للاطلاع على النص الأصلي (<a href="{purl}{a.key}" target="_blank">هنا</a>)</strong></p>'))
    body = weave(blocks, boxes)
    views = num(a, "views", 300, 60000)
    k = num(a, "nc", 0, 12)
    meta_by = (f'<span class="source">{esc(site.short)}</span>- <span class="writer">{esc(a.author)}</span> <span class="splitter">#</span> '
               if a.author else "")
    nav = "".join(f'<li><a href="/Section/{i}">{n}</a></li>' for i, n in enumerate(A21_NAV))
    ticker = "".join(f'<li><span class="time">{shift(o.published, -3):%H:%M}</span> {L.link(page, o)}</li>'
                     for o in page.others("ticker", 6))
    tags = " ".join(f'<a href="/Tag/{esc(t)}">#{esc(t)}</a>' for t in L.tags_for(a)[:5])
    columns = "".join(f'<li><img src="/Content/Writers/{num(a, f"w{j}", 10, 99)}.jpg" alt="">'
                      f'<span class="writer-name">{PEOPLE[(num(a, "col", 0, 11) + 5 * j) % len(PEOPLE)]}</span>'
                      f'<a href="/Story/{num(a, f"cs{j}", 800000, 899999)}">{A21_COLUMNS[(num(a, "ct", 0, 4) + j) % len(A21_COLUMNS)]}</a></li>'
                      for j in range(4))
    related = "".join(f'<li><a href="{esc(page.url_of(o))}"><img src="/Content/Upload/small/{o.key}.jpg" alt="">'
                      f'<span>{esc(o.title)}</span></a></li>' for o in page.others("similar", 4))
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 5))
    commented = "".join(f'<li>{L.link(page, o)} <span class="count">{num(o, "cc", 4, 220)} تعليق</span></li>'
                        for o in page.others("commented", 4))
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso_off(d, 0), "dateModified": iso_off(d + dt.timedelta(minutes=num(a, "m", 1, 40)), 0),
          "mainEntityOfPage": page.canonical, "articleSection": rubric,
          "image": {"@type": "ImageObject", "url": f"{site.base}/Content/Upload/large/{a.key}.jpg"},
          "publisher": {"@type": "Organization", "name": site.name, "logo": {"@type": "ImageObject", "url": f"{site.base}/Content/images/logo.png"}}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    today = shift(d, -3) + dt.timedelta(minutes=num(a, "now", 20, 400))
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="fb:app_id" content="1457{num(a, "fb", 100000, 999999)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/Content/Upload/large/{a.key}.jpg">
<meta property="article:published_time" content="{iso_off(d, 0)}">
<meta property="article:section" content="{esc(rubric)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@Arabi21News">
{ldjson(ld)}
<link href="/Content/css/site.min.css?v=8" rel="stylesheet">
<script async src="//pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>
</head>
<body>
<div id="fb-root"></div>
<div class="top-bar"><div class="container"><span class="date">{WEEKDAYS[today.weekday()]}، {today.day} {MONTHS[today.month - 1]} {today.year}</span>
<a href="/English" lang="en">النسخة الإنجليزية</a>
<span class="social"><a href="https://www.facebook.com/Arabi21News">فيسبوك</a> <a href="https://twitter.com/Arabi21News">تويتر</a> <a href="https://www.youtube.com/Arabi21">يوتيوب</a> <a href="https://instagram.com/arabi21news">إنستغرام</a></span>
<form class="search" action="/Search"><input name="q" placeholder="ابحث في {esc(site.short)}"></form></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/Content/images/logo.png" alt="{esc(site.name)}"></a>
<div class="banner-top"><span>إعلان</span></div></div>
<nav class="main-menu"><ul class="container">{nav}</ul></nav></header>
<div class="news-ticker"><div class="container"><span class="label">آخر الأخبار</span><ul>{ticker}</ul></div></div>
<div class="container page">
<div class="col-md-8 article-col">
<div class="section-name"><a href="/Section/{A21_NAV.index(rubric)}">{esc(rubric)}</a></div>
<h1 class="article-title">{esc(a.title)}</h1>
<div class="news-meta">{meta_by}<span class="date">{a21_stamp(d)}</span>
<span class="views"><i class="fa fa-eye"></i> {thousands(views)}</span> <span class="comments-count"><i class="fa fa-comment"></i> {k}</span></div>
<div class="main-image"><img src="/Content/Upload/large/{a.key}.jpg" alt="{esc(a.title)}"><p class="img-caption">{esc(short(a.title, 7))} - أرشيفية</p></div>
<div class="share-top"><a class="fb" href="https://www.facebook.com/sharer/sharer.php">شارك</a> <a class="tw" href="https://twitter.com/share">غرد</a> <a class="wa" href="whatsapp://send">واتساب</a></div>
<div class="article-body" id="articleBody">
{body}
</div>
<div class="tags">{tags}</div>
<div class="share-bottom"><span class="count">{thousands(num(a, "sh", 5, 9000))} مشاركة</span> <a class="fb" href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a> <a class="tw" href="https://twitter.com/share">تويتر</a> <a class="gp" href="https://plus.google.com/share">جوجل+</a> <a class="wa" href="whatsapp://send">واتساب</a> <a class="em" href="mailto:">البريد</a></div>
<div class="fb-comments-box"><h3>التعليقات</h3><div class="fb-comments" data-href="{esc(page.canonical)}" data-numposts="5" data-width="100%" data-order-by="reverse_time"></div>
<p class="fb-fallback">{k} تعليقات · ترتيب حسب: الأحدث · <a href="https://www.facebook.com/">إضافة تعليق...</a> · المكوّن الإضافي للتعليقات على فيسبوك</p>
<p class="note">التعليقات المنشورة لا تعبر بالضرورة عن رأي {esc(site.short)}</p></div>
<div class="related"><h3>أخبار ذات صلة</h3><ul>{related}</ul></div>
</div>
<div class="col-md-4 sidebar">
<div class="box writers"><h3>مقالات</h3><ul>{columns}</ul></div>
<div class="box"><h3>الأكثر قراءة</h3><ol>{popular}</ol></div>
<div class="box"><h3>الأكثر تعليقا</h3><ol>{commented}</ol></div>
<div class="box ad"><span>إعلان</span></div>
</div>
</div>
<footer class="footer"><div class="container">
<p>{esc(site.short)} موقع إخباري عربي مستقل يصدر من لندن، يهتم بالشأن العربي والدولي ويقدم الخبر والتحليل والرأي.</p>
<ul><li><a href="/About">من نحن</a></li><li><a href="/Contact">اتصل بنا</a></li><li><a href="/Privacy">سياسة الخصوصية</a></li><li><a href="/Advertise">أعلن معنا</a></li><li><a href="/Rss">RSS</a></li></ul>
<p>جميع الحقوق محفوظة لموقع {esc(site.short)} © 2015</p></div></footer>
<script>(function(d,s,id){{var js,fjs=d.getElementsByTagName(s)[0];if(d.getElementById(id))return;js=d.createElement(s);js.id=id;js.src="//connect.facebook.net/ar_AR/sdk.js#xfbml=1&version=v2.4";fjs.parentNode.insertBefore(js,fjs);}}(document,'script','facebook-jssdk'));</script>
</body>
</html>"""
    return finish(out, page)


# --- b22_4: Shafaq-News-like Iraqi agency on Next.js, Baghdad time ----------------------

SH_NAV = ["الرئيسية", "سياسة", "أمن", "اقتصاد", "مجتمع", "كوردستانيات", "عربي ودولي", "رياضة", "صحة",
          "تكنولوجيا", "منوعات", "تقارير وتحليلات", "فيديو", "إنفوغراف"]
SH_SECTIONS = ["سياسة", "أمن", "اقتصاد", "مجتمع", "عربي ودولي", "رياضة"]
SH_PAGES = [("وزارة الداخلية العراقية", "MOI.IQ"), ("قيادة العمليات المشتركة", "jointops.iq"),
            ("وزارة الخارجية العراقية", "MOFA.IQ"), ("خلية الإعلام الأمني", "SMC.IQ"), ("رئاسة مجلس الوزراء", "IraqiPMO")]
SH_POSTS = ["تنفيذاً لتوجيهات السيد الوزير، عقدت اللجنة المختصة اجتماعها الدوري لمتابعة تنفيذ الخطط الموضوعة ومعالجة المعوقات",
            "بيان: نهيب بالمواطنين الكرام عدم الانجرار وراء الشائعات واستقاء الأخبار من مصادرها الرسمية حصراً",
            "تمكنت قواتنا الأمنية من إلقاء القبض على عدد من المطلوبين وفق مذكرات قبض أصولية",
            "استقبل السيد الوزير في مكتبه اليوم وفداً رسمياً وجرى خلال اللقاء بحث سبل تعزيز التعاون المشترك"]
SH_CITIES = [("بغداد", 48, 51), ("البصرة", 49, 52), ("أربيل", 43, 46), ("الموصل", 44, 47), ("النجف", 47, 50)]

def cm(name):
    """A CSS-module class name as Next.js builds emit it."""
    return f"{name}__{hashlib.md5(name.encode()).hexdigest()[:5]}"


def sh_stamp(d):
    return f"{WEEKDAYS[d.weekday()]} {d.day:02d} {IQ_MONTHS[d.month - 1]} {d.year} - {d:%H:%M}"


def layout_b22_4(page):
    """Shafaq-News-like Next.js site: author row under the headline with «الأحد 09 آب 2015 -
    14:32» (Baghdad), the agency lead-in «<short>/ » on the first paragraph, related card,
    Facebook post, YouTube, ad and WhatsApp prompt in the text; __NEXT_DATA__ repeats it."""
    a, site = page.article, page.site
    d = a.published
    sec = pick(a, "sec", SH_SECTIONS)
    paras = L.paragraphs(a.text)
    blocks = [f'<p><strong>{esc(site.short)}/ </strong>{esc(p)}</p>' if i == 0 else f"<p>{esc(p)}</p>"
              for i, p in enumerate(paras)]
    boxes = []
    ra = page.others("read_also", 1)
    if ra:
        o = ra[0]
        boxes.append((0, f'<div class="{cm("RelatedInline_card")}"><span class="{cm("RelatedInline_label")}">ذات صلة</span>'
                         f'<a href="/ar/{slug(sec, 2)}{esc(page.url_of(o))}"><img src="/_next/image?url=%2Fuploads%2F{o.key}.jpg&amp;w=256&amp;q=75" alt="">'
                         f'<span>{esc(o.title)}</span></a></div>'))
    pname, pid = pick(a, "fbp", SH_PAGES)
    fpd = d - dt.timedelta(minutes=num(a, "fpm", 30, 600))
    boxes.append((1, f'<div class="fb-post" data-href="https://www.facebook.com/{pid}/posts/{num(a, "pst", 10**15, 10**16)}" data-width="500">'
                     f'<blockquote cite="https://www.facebook.com/{pid}/posts/" class="fb-xfbml-parse-ignore">'
                     f'<p>{pick(a, "fbt", SH_POSTS)}</p>منشور بواسطة ‏<a href="https://www.facebook.com/{pid}/">{esc(pname)}</a>‏ في '
                     f'<a href="https://www.facebook.com/{pid}/posts/">{WEEKDAYS[fpd.weekday()]}، {fpd.day} {MONTHS[fpd.month - 1]} {fpd.year}</a></blockquote></div>'))
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 3 else 1,
                  f'<div class="{cm("AdSlot_wrapper")}"><span class="{cm("AdSlot_label")}">إعلان</span><div id="gpt-ad-article-mid"></div></div>'))
    if num(a, "yt", 0, 9) < 6:
        boxes.append((ratio_at(blocks, 0.75) if len(blocks) > 4 else 99,
                       f'<figure class="{cm("Embed_video")}"><iframe src="https://www.youtube.com/embed/{a.key[:11]}" width="640" height="360" '
                       f'title="YouTube video player" frameborder="0" allowfullscreen></iframe>'
                       f'<figcaption>فيديو: {esc(site.short)}</figcaption></figure>'))
    boxes.append((99, f'<div class="{cm("FollowPrompt_box")}"><a href="https://whatsapp.com/channel/0029Va{a.key[:10]}">'
                      f'تابعوا قناة {esc(site.short)} على واتساب</a></div>'))
    body = weave(blocks, boxes)
    views = num(a, "views", 200, 40000)
    aid = num(a, "aid", 10, 400)
    by = (f'<div class="{cm("ArticleAuthor_root")}"><img class="{cm("ArticleAuthor_avatar")}" src="/_next/image?url=%2Fauthors%2F{aid}.jpg&amp;w=64&amp;q=75" width="32" height="32" alt="">'
          f'<a class="{cm("ArticleAuthor_name")}" href="/ar/author/{aid}">{esc(a.author)}</a></div>' if a.author else "")
    nav = "".join(f'<li class="{cm("Nav_item")}"><a href="/ar/{slug(n, 2)}">{n}</a></li>' for n in SH_NAV)
    ticker = "".join(f'<li class="{cm("Breaking_item")}">{L.link(page, o)}</li>' for o in page.others("ticker", 5))
    rate_b = num(a, "usd", 1215, 1245) * 100
    rate_e = rate_b + num(a, "usde", -300, 400)
    weather = " | ".join(f"{c} {num(a, c, lo, hi)}°" for c, lo, hi in SH_CITIES)
    tags = "".join(f'<a class="{cm("Tags_tag")}" href="/ar/tags/{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a)[:5])
    related = "".join(f'<div class="{cm("Card_root")}"><a href="{esc(page.url_of(o))}"><img src="/_next/image?url=%2Fuploads%2F{o.key}.jpg&amp;w=384&amp;q=75" alt="">'
                      f'<h3>{esc(o.title)}</h3></a><span class="{cm("Card_date")}">{sh_stamp(o.published)}</span></div>'
                      for o in page.others("similar", 4))
    popular = "".join(f'<li><span>{i + 1}</span>{L.link(page, o)}</li>' for i, o in enumerate(page.others("popular", 5)))
    content_html = "".join(f"<p>{esc(p)}</p>" for p in paras)
    next_data = {"props": {"pageProps": {"article": {
        "id": a.n * 7 + 100000, "title": a.title, "summary": L.first_sentence(a.text), "content": content_html,
        "section": {"name": sec, "slug": sec}, "published_at": iso_z(d, ms=True),
        "updated_at": iso_z(d + dt.timedelta(minutes=num(a, "upd", 3, 70)), ms=True),
        "author": {"id": aid, "name": a.author} if a.author else None,
        "views": views, "tags": L.tags_for(a)[:5], "image": f"/uploads/{a.key}.jpg"}},
        "__N_SSP": True}, "page": "/[locale]/[section]/[id]", "query": {"locale": "ar", "id": str(a.n)},
        "buildId": "sF" + a.key[:8], "isFallback": False, "gssp": True, "locale": "ar", "locales": ["ar", "en", "ku"]}
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso_off(d, 3), "dateModified": iso_off(d + dt.timedelta(minutes=num(a, "upd", 3, 70)), 3),
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical}, "articleSection": sec,
          "image": [f"{site.base}/uploads/{a.key}.jpg"],
          "publisher": {"@type": "NewsMediaOrganization", "name": site.name, "logo": {"@type": "ImageObject", "url": f"{site.base}/logo.png"}}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author, "url": f"{site.base}/ar/author/{aid}"}
    out = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="{site.encoding}"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(a.title)} - {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}"/>
<link rel="canonical" href="{esc(page.canonical)}"/>
<link rel="alternate" hrefLang="en" href="{esc(site.base)}/en/{a.n}"/><link rel="alternate" hrefLang="ku" href="{esc(site.base)}/ku/{a.n}"/>
<meta property="og:type" content="article"/><meta property="og:title" content="{esc(a.title)}"/><meta property="og:url" content="{esc(page.canonical)}"/>
<meta property="og:image" content="{esc(site.base)}/uploads/{a.key}.jpg"/><meta property="og:site_name" content="{esc(site.name)}"/>
<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@ShafaqNews"/>
{ldjson(ld)}
<link rel="preload" href="/_next/static/css/{a.key[:12]}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{a.key[:12]}.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/main-{a.key[:16]}.js" defer=""></script>
</head><body><div id="__next">
<div class="{cm("TopBar_root")}"><span class="{cm("TopBar_rate")}">الدولار في بورصة بغداد: {thousands(rate_b)} دينار لكل 100 دولار | أربيل: {thousands(rate_e)}</span>
<span class="{cm("TopBar_weather")}">{weather}</span>
<ul class="{cm("TopBar_langs")}"><li><a href="/en" lang="en">English</a></li><li><a href="/ku" lang="ckb">کوردی</a></li></ul></div>
<header class="{cm("Header_root")}"><a href="/ar" class="{cm("Header_logo")}"><img src="/logo.svg" alt="{esc(site.name)}" width="160" height="48"/></a>
<nav class="{cm("Nav_root")}"><ul>{nav}</ul></nav><button class="{cm("Header_search")}" aria-label="بحث"></button></header>
<div class="{cm("Breaking_root")}"><span class="{cm("Breaking_label")}">عاجل</span><ul>{ticker}</ul></div>
<main class="{cm("Layout_main")}"><div class="{cm("Article_container")}">
<article class="{cm("Article_root")}">
<a class="{cm("Article_section")}" href="/ar/{slug(sec, 2)}">{esc(sec)}</a>
<h1 class="{cm("Article_title")}">{esc(a.title)}</h1>
<div class="{cm("Article_meta")}">{by}<span class="{cm("Article_date")}">{sh_stamp(d)}</span><span class="{cm("Article_views")}">{thousands(views)} مشاهدة</span></div>
<div class="{cm("Article_image")}"><img alt="{esc(a.title)}" src="/_next/image?url=%2Fuploads%2F{a.key}.jpg&amp;w=1200&amp;q=75" width="1200" height="675" decoding="async"/></div>
<div class="{cm("Article_body")}">
{body}
</div>
<div class="{cm("Tags_root")}"><span>الكلمات المفتاحية:</span>{tags}</div>
<div class="{cm("Share_root")}"><span>مشاركة</span><a href="https://www.facebook.com/sharer/sharer.php">Facebook</a><a href="https://twitter.com/intent/tweet">X</a><a href="https://t.me/share/url">Telegram</a><a href="https://api.whatsapp.com/send">WhatsApp</a><button>نسخ الرابط</button></div>
</article>
<aside class="{cm("Sidebar_root")}"><h2>الأكثر قراءة</h2><ol class="{cm("MostRead_list")}">{popular}</ol>
<div class="{cm("AdSlot_wrapper")}"><span class="{cm("AdSlot_label")}">إعلان</span></div></aside>
</div>
<section class="{cm("Related_root")}"><h2>أخبار ذات صلة</h2><div class="{cm("Related_grid")}">{related}</div></section>
</main>
<footer class="{cm("Footer_root")}"><img src="/logo-white.svg" alt="{esc(site.name)}" width="140" height="42"/>
<p>{esc(site.name)} وكالة أنباء عراقية مستقلة تقدم الأخبار العاجلة والتقارير والتحليلات باللغات العربية والإنجليزية والكوردية.</p>
<p>مكتب بغداد: الكرادة - شارع 62 | مكتب أربيل: شارع 100 م</p>
<ul><li><a href="/ar/about">من نحن</a></li><li><a href="/ar/contact">اتصل بنا</a></li><li><a href="/ar/privacy">سياسة الخصوصية</a></li><li><a href="/ar/terms">شروط الاستخدام</a></li></ul>
<p>جميع الحقوق محفوظة © {esc(site.name)} 2015</p></footer>
</div><script id="__NEXT_DATA__" type="application/json">{jdump(next_data)}</script></body></html>"""
    return finish(out, page)


# --- b22_5: Alittihad-like Abu Dhabi daily, UAE time ----------------------------------

AD_NAV = ["الرئيسية", "الإمارات", "عربي ودولي", "الرياضي", "الاقتصادي", "الثقافي", "دنيا", "الرأي", "مقالات",
          "فيديو", "صور", "ملاحق", "العدد الرقمي"]
AD_SECTIONS = ["الإمارات", "عربي ودولي", "الرياضي", "الاقتصادي", "الثقافي", "دنيا"]
AD_CAPTIONS = ["(من المصدر)", "(وام)", "(أرشيفية)", "(أ ف ب)", "(رويترز)"]
AD_INSTA = [("وام", "wamnews"), ("دائرة الثقافة والسياحة", "visitabudhabi"), ("شرطة أبوظبي", "adpolice"),
            ("وزارة الصحة ووقاية المجتمع", "mohapuae")]


def uae(d):
    return shift(d, 1)


def ad_issue(d):
    return 14776 + (uae(d).date() - dt.date(2015, 8, 9)).days


def layout_b22_5(page):
    """Alittihad-like Abu Dhabi daily: date row «9 أغسطس 2015 | 15:32» (UAE, no zone) under
    the headline, +04:00 in metadata; the writer only in the credit paragraph opening the
    text; «اقرأ أيضاً..» lines, ad, Instagram embed and inline picture in the text."""
    a, site = page.article, page.site
    d = a.published
    t = uae(d)
    upd = uae(d + dt.timedelta(minutes=num(a, "upd", 5, 180)))
    sec = pick(a, "sec", AD_SECTIONS)
    blocks = paras_html(a)
    if a.author:
        blocks = [f'<p class="credit"><strong>{esc(a.author)}</strong></p>'] + blocks
    boxes = []
    ra = page.others("read_also", 2)
    for j, o in enumerate(ra):
        boxes.append((2 if j == 0 else (ratio_at(blocks, 0.75) if len(blocks) > 5 else 99),
                      f'<p class="read-also"><strong>اقرأ أيضاً.. <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></strong></p>'))
    boxes.append((1, f'<div class="ad-slot ad-inarticle"><small>إعلان</small><div id="div-gpt-ad-{num(a, "ad", 10**12, 10**13)}-0" '
                     'data-unit="/21745428/alittihad/article_mpu_1"></div></div>'))
    iname, ihandle = pick(a, "ig", AD_INSTA)
    it = uae(d - dt.timedelta(minutes=num(a, "igm", 60, 900)))
    if num(a, "igp", 0, 9) < 6:
        boxes.append((3, f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/{a.key[2:13]}/" data-instgrm-version="4">'
                         f'<div><p><a href="https://www.instagram.com/p/{a.key[2:13]}/" target="_blank">عرض هذا المنشور على Instagram</a></p>'
                         f'<p>منشور مشترك بواسطة {esc(iname)} (@{ihandle}) في <time style="font-family:Arial,sans-serif;font-size:14px" datetime="{shift(it, -4):%Y-%m-%dT%H:%M:%S}+00:00">'
                         f'{MONTHS[it.month - 1]} {it.day}, {it.year} في {ampm(it)}</time></p></div></blockquote>'
                         '<script async src="//www.instagram.com/embed.js"></script>'))
    if len(blocks) > 5:
        boxes.append((ratio_at(blocks, 0.6), f'<figure class="inline-image"><img src="/images/2015/08/{a.key}-in.jpg" alt="">'
                                            f'<figcaption>{esc(short(a.title, 6))} <span class="photo-credit">(تصوير: {esc(pick(a, "ph", PEOPLE))})</span></figcaption></figure>'))
    body = weave(blocks, boxes)
    now = t + dt.timedelta(minutes=num(a, "now", 10, 900))
    hd, hm, hy = hijri(now)
    nav = "".join(f'<li><a href="/{slug(n, 2)}">{n}</a></li>' for n in AD_NAV)
    ticker = "".join(f'<li><span>{uae(o.published):%H:%M}</span> {L.link(page, o)}</li>' for o in page.others("ticker", 5))
    tags = "".join(f'<li><a href="/tags/{esc(tg)}">{esc(tg)}</a></li>' for tg in L.tags_for(a)[:5])
    related = "".join(f'<div class="news-card"><a href="{esc(page.url_of(o))}"><img src="/images/2015/08/{o.key}-s.jpg" alt="">'
                      f'<h3>{esc(o.title)}</h3></a><span class="news-card__date">{uae(o.published).day} {MONTHS[uae(o.published).month - 1]} {uae(o.published).year}</span></div>'
                      for o in page.others("similar", 4))
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 5))
    opinion = "".join(f'<li><img src="/writers/{num(a, f"op{j}", 10, 99)}.jpg" alt=""><span class="writer">{PEOPLE[(num(a, "op", 0, 11) + 7 * j) % len(PEOPLE)]}</span>'
                      f'<a href="/opinion/{num(a, f"oa{j}", 100000, 999999)}">{tt}</a></li>'
                      for j, tt in enumerate(["الإمارات.. نموذج التسامح", "الاستثمار في الإنسان", "صيف آمن لأطفالنا"]))
    cap = pick(a, "cap", AD_CAPTIONS)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso_off(d, 4), "dateModified": iso_off(d + dt.timedelta(minutes=num(a, "upd", 5, 180)), 4),
          "mainEntityOfPage": page.canonical, "articleSection": sec, "inLanguage": "ar-AE",
          "image": [f"{site.base}/images/2015/08/{a.key}.jpg"],
          "publisher": {"@type": "Organization", "name": site.name, "logo": {"@type": "ImageObject", "url": f"{site.base}/images/logo.png"}}}
    if a.author:
        ld["author"] = [{"@type": "Person", "name": a.author}]
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(a.title)} - {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:locale" content="ar_AE">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/images/2015/08/{a.key}.jpg">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="article:published_time" content="{iso_off(d, 4)}">
<meta property="article:modified_time" content="{iso_off(d + dt.timedelta(minutes=num(a, "upd", 5, 180)), 4)}">
<meta property="article:section" content="{esc(sec)}">
{ldjson(ld)}
<link rel="stylesheet" href="/assets/css/main.min.css?v=1.9.3">
<script>var googletag=googletag||{{}};googletag.cmd=googletag.cmd||[];googletag.cmd.push(function(){{googletag.pubads().setTargeting("section","{esc(sec)}");}});</script>
</head>
<body class="article-details">
<div class="top-strip"><div class="container">
<span class="today">{WEEKDAYS[now.weekday()]} {now.day} {MONTHS[now.month - 1]} {now.year} | {hd} {hm} {hy} هـ</span>
<span class="prayer">أوقات الصلاة (أبوظبي): الفجر 4:29 | الظهر 12:27 | العصر 3:53 | المغرب 7:03 | العشاء 8:21</span>
<span class="weather">أبوظبي {num(a, "w1", 41, 45)}° | دبي {num(a, "w2", 40, 44)}° | العين {num(a, "w3", 43, 47)}°</span>
<a class="pdf" href="/pdf/{ad_issue(shift(now, -1))}">العدد {ad_issue(shift(now, -1))} PDF</a></div></div>
<header class="site-header"><div class="container"><a class="logo" href="/"><img src="/images/logo.svg" alt="{esc(site.name)}"></a>
<div class="header-ad"><small>إعلان</small></div>
<div class="header-social"><a href="https://twitter.com/alittihad">تويتر</a> <a href="https://facebook.com/alittihad">فيسبوك</a> <a href="https://instagram.com/alittihad">إنستغرام</a></div></div>
<nav class="main-menu"><ul class="container">{nav}</ul></nav></header>
<div class="breaking"><div class="container"><span class="breaking-label">عاجل</span><ul>{ticker}</ul></div></div>
<div class="container page-content"><div class="row">
<div class="col-lg-8">
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/{slug(sec, 2)}">{esc(sec)}</a></li></ol>
<article class="news-details">
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-date"><span class="date">{t.day} {MONTHS[t.month - 1]} {t.year}</span> | <span class="time">{t:%H:%M}</span></div>
<div class="news-share top"><a href="https://www.facebook.com/sharer.php">فيسبوك</a> <a href="https://twitter.com/share">تويتر</a> <a href="whatsapp://send">واتساب</a> <a href="#" class="print">طباعة</a> <a href="#" class="font">حجم الخط</a></div>
<figure class="news-image"><img src="/images/2015/08/{a.key}.jpg" alt="{esc(short(a.title, 8))}"><figcaption>{esc(short(a.title, 8))} {cap}</figcaption></figure>
<div class="news-body">
{body}
</div>
<div class="news-updated">آخر تحديث: {upd.day} {MONTHS[upd.month - 1]} {upd.year} | {upd:%H:%M}</div>
<ul class="news-tags"><li class="label">الكلمات الدالة:</li>{tags}</ul>
<div class="news-share bottom"><span>شارك</span> <a href="https://www.facebook.com/sharer.php">فيسبوك</a> <a href="https://twitter.com/share">تويتر</a> <a href="https://www.linkedin.com/shareArticle">لينكدإن</a> <a href="whatsapp://send">واتساب</a> <a href="mailto:">البريد الإلكتروني</a></div>
</article>
<section class="related-news"><h2>ذات صلة</h2><div class="cards">{related}</div></section>
</div>
<aside class="col-lg-4">
<section class="most-read"><h2>الأكثر قراءة</h2><ol>{popular}</ol></section>
<section class="opinion"><h2>الرأي</h2><ul>{opinion}</ul></section>
<div class="ad-slot side"><small>إعلان</small></div>
<section class="newsletter"><h3>النشرة الإخبارية</h3><p>اشترك في النشرة الإخبارية لـ{esc(site.name)} لتصلك أهم الأخبار يومياً.</p><form><input type="email" placeholder="البريد الإلكتروني"><button>اشترك</button></form></section>
</aside>
</div></div>
<footer class="site-footer"><div class="container">
<ul class="footer-sections">{nav}</ul>
<ul class="footer-links"><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/subscribe">الاشتراكات</a></li><li><a href="/advertise">الإعلانات</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/terms">الشروط والأحكام</a></li></ul>
<p>تطبيق {esc(site.short)}: <a href="https://apps.apple.com/ae/app/id-alittihad">App Store</a> | <a href="https://play.google.com/store/apps/details?id=ae.alittihad">Google Play</a></p>
<p>جميع الحقوق محفوظة © 2015 {esc(site.name)} - أبوظبي، الإمارات العربية المتحدة. تصدر عن أبوظبي للإعلام</p>
</div></footer>
</body>
</html>"""
    return finish(out, page)


LAYOUTS = {
    "b22_1": layout_b22_1,
    "b22_2": layout_b22_2,
    "b22_3": layout_b22_3,
    "b22_4": layout_b22_4,
    "b22_5": layout_b22_5,
}
