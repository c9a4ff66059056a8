"""Blind test layouts (set 28) for newsfarm (--extra-layouts): five article
templates modelled on mainstream Arabic news sites of kinds that no earlier
layout file imitates, written without reading Khabar's extractor. Each prints
the whole page a reader gets: top bar, header and menus, tickers, the
article, the boxes real sites put inside the text, and the tags, share bars,
related lists, comments and footer after it.

Of the suggested kinds, several were already imitated and are replaced: KUNA
(blind9's b9_2), the Saudi regional daily (b7_1, b16_1, b22_2, b18_2), the
Jordanian state agency (b16_5), the Youm7 desktop portal (b18_1). The Gulf
agency here is Qatar's, the Egyptian page is the AMP-less MOBILE front end.

  b28_1  QATAR NEWS AGENCY (QNA-like), DOHA time = UTC+3 (the Riyadh wall
         clock): top bar with the Doha Hijri + Gregorian day and English /
         Français / Español links, nav with «المرصد الإعلامي», «آخر الأخبار»
         strip with Doha clocks; breadcrumb, headline; the info row «الدوحة»
         + «الأحد 09-08-2015» + «02:32 م» in three spans, and only with an
         author the editor line (pen icon, the name alone in
         span.news-editor); picture «(قنا)»; the text opens with the wire
         dateline paragraph «الدوحة في 09 أغسطس /قنا/» and ends with the
         sign-off «/قنا/ ع ش» (desk initials); a «أخبار ذات صلة» box and a
         photo strip inside it; after it keywords, share, views, related
         list with dates, app promo, footer. og article:published_time and
         JSON-LD datePublished in +03:00.
  b28_2  EUROPEAN multi-language broadcaster's Arabic site (Euronews-
         Arabic-like), LYON time = CEST = UTC+2 in August 2015, one hour
         BEHIND Riyadh (the day can roll back): language switcher with a
         dozen edition names (NCRs on windows-1256), «مباشر» live link,
         «الأخبار الأخيرة» strip with Lyon clocks; kicker, headline; «بقلم:»
         in its own span and the name alone in a link (only with an
         author); «نشر بتاريخ» <time datetime="…+02:00">«09/08/2015 - 13:32»
         </time> «GMT+2» and «آخر تحديث» with a later Lyon clock; the lead
         video «حقوق النشر euronews»; in the text an «اقرأ المزيد» link
         paragraph, an «إعلان» slot and at the end the video embed-code box;
         after it «مواضيع ذات صلة» tags, share, «المزيد من أخبار», most
         viewed, footer. JSON-LD datePublished / dateModified in +02:00.
  b28_3  Independent long-form opinion / society platform (Raseef22-like),
         BEIRUT time = EEST = UTC+3 in August 2015: «انضم/ي إلى ناس رصيف»
         membership button, gender-inclusive chrome («اقرأ/ي», «شارك/ي»);
         topic and genre label, headline; only with an author the writer
         card above the text (avatar, the name alone in a link to
         /author/…); «الأحد 9 أغسطس 2015 02:32 م» and «مدة القراءة»; in the
         text a pull-quote (a sentence repeated from the text, as the site
         does), a «اقرأ/ي أيضاً» box with two links and the membership
         appeal; after it topic chips, share, «لنتحاور» members-only
         comments, the writer's bio card again (only with an author),
         related pieces, newsletter, footer. JSON-LD and
         article:published_time in +03:00.
  b28_4  SAUDI STATE TV NEWS CHANNEL's site (Al-Ekhbariya-like), Riyadh
         time: «البث المباشر» button, satellite frequencies
         (Nilesat / Arabsat), today's programme grid with clock times,
         «عاجل» strip; the clip player above the headline (duration); under
         the headline a meta list with the Hijri + Gregorian date and the
         12-hour clock and only with an author a labelled «المحرر:» row
         whose value span holds the name alone; in the text a «شاهد أيضاً»
         video card and a «الإخبارية» app promo; after it tags, share,
         related videos with durations, programmes, footer of the
         broadcasting authority. Published minute in microdata
         <meta itemprop="datePublished" content="…+03:00"> only.
  b28_5  EGYPTIAN mass portal's AMP-less MOBILE site (m.youm7-like),
         CAIRO time = UTC+2 (no summer time in 2015), one hour BEHIND
         Riyadh: sticky bar (menu burger, logo, search), scrolling section
         pills, «عاجل» bar, app banner; section, headline, «كتب» then the
         name alone in a link (only with an author), the Cairo date
         «الأحد، 09 أغسطس 2015 01:32 م»; picture with caption; in the text
         Youm7's bold «اقرأ أيضا..» heading paragraph followed by link
         paragraphs, mobile ad slots; after it tags, share, «مواضيع
         متعلقة», a «الخبر التالي» teaser of the next story, bottom nav,
         footer. JSON-LD and article:published_time in +02:00.

Pages whose article has no author print no byline. The author string is
printed whole, exactly as the corpus gives it, as the only text of its
element (and as a JSON-LD Person only where the page has an author). Gold
times are Asia/Riyadh (+03:00); the conversions above are exact. Hijri dates
follow Umm al-Qura (1 Shawwal 1436 = 17 July 2015). On windows-1256 sites,
characters the charset lacks are written as numeric character references
(\\u escapes inside scripts).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts internal/extract/testdata/blind28_layouts.py \\
      --layouts b28_1,b28_2,b28_3,b28_4,b28_5 --out /work/blind28/pages
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
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


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
    return t.strftime("%Y-%m-%dT%H:%M:%S") + f"+{off:02d}:00"


def h12(d, pad=True):
    h = d.hour % 12 or 12
    return (f"{h:02d}" if pad else f"{h}") + f":{d.minute:02d}"


def ampm(d):
    return "ص" if d.hour < 12 else "م"


HIJRI_STARTS = [((1436, 8), dt.date(2015, 5, 19)), ((1436, 9), dt.date(2015, 6, 18)),
                ((1436, 10), dt.date(2015, 7, 17)), ((1436, 11), dt.date(2015, 8, 15)),
                ((1436, 12), dt.date(2015, 9, 14))]


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


def ratio_at(blocks, frac):
    return max(0, min(len(blocks) - 1, int(len(blocks) * frac)))


def _js_escape(ch):
    o = ord(ch)
    if o > 0xFFFF:
        o -= 0x10000
        return "\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF))
    return "\\u%04x" % o


def finish(s, page):
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


def slug(text, n=6):
    return urllib.parse.quote("-".join(text.split()[:n]).replace("/", "-"))


def minutes_read(a):
    return max(1, round(len(a.text.split()) / 200))


def head(page, title_suffix, extra, lang="ar"):
    a = page.article
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="rtl">
<head>
<meta charset="{page.site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} {title_suffix}</title>
<link rel="canonical" href="{esc(page.canonical)}">
<meta name="description" content="{esc(L.first_sentence(a.text))}">
{extra}
</head>"""


def person(a):
    return {"@type": "Person", "name": a.author} if a.author else None


# --- b28_1: Qatar News Agency (QNA-like), Doha = Riyadh clock -------------------------------

QNA_NAV = ["الرئيسية", "محلي", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة ومنوعات", "الصور", "الفيديو",
           "المرصد الإعلامي", "قنا في سطور"]
QNA_INITIALS = ["ع ش", "م ع", "س ه", "أ ب", "ح ع", "ن م"]


def layout_b28_1(page):
    """QNA-like agency: info row place/date/time spans, the editor line with the name alone, wire
    dateline paragraph and «/قنا/» sign-off with desk initials; +03:00 metadata."""
    a, site = page.article, page.site
    d = a.published
    nid = num(a, "qna", 100000, 999999)
    hd, hm, hy = hijri(d)
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    rel = page.others("read_also", 3)
    rel_box = ('<div class="related-inline"><h4>أخبار ذات صلة</h4><ul>' +
               "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in rel) +
               "</ul></div>")
    photos = ('<div class="news-photos"><span class="lbl">صور الخبر</span>' +
              "".join(f'<a href="/ar/Photos/{nid}-{i}"><img src="/Content/news/{nid}_{i}.jpg" alt="صورة {i}"></a>'
                      for i in range(1, 4)) + '<span class="count">3 صور</span></div>')
    body = weave(blocks, [(1, rel_box), (ratio_at(blocks, 0.7), photos)])
    editor = (f'<div class="news-editor-line"><i class="icon-pen"></i> '
              f'<span class="news-editor">{esc(a.author)}</span></div>') if a.author else ""
    ticker = "".join(f'<li><span class="t">{h12(o.published)} {ampm(o.published)}</span> '
                     f'<a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("ticker", 6))
    related = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a>'
                      f'<span class="date">{o.published.strftime("%d-%m-%Y")}</span></li>'
                      for o in page.others("similar", 6))
    most = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("popular", 5))
    tags = "".join(f'<a href="/ar/Tags/{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a))
    meta = "\n".join([
        f'<meta property="og:title" content="{esc(a.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="وكالة الأنباء القطرية">',
        f'<meta property="og:url" content="{esc(page.canonical)}">',
        f'<meta property="og:image" content="{site.base}/Content/news/{nid}_1.jpg">',
        f'<meta property="article:published_time" content="{iso_off(d, 3)}">',
        '<meta property="article:section" content="محلي">',
        ldjson({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
                "datePublished": iso_off(d, 3), "dateModified": iso_off(shift(d, 0.25), 3),
                "author": person(a) or {"@type": "Organization", "name": "وكالة الأنباء القطرية"},
                "publisher": {"@type": "Organization", "name": "وكالة الأنباء القطرية",
                              "logo": {"@type": "ImageObject", "url": f"{site.base}/images/qna-logo.png"}},
                "mainEntityOfPage": page.canonical, "inLanguage": "ar-QA"}),
    ])
    dateline = f"الدوحة في {d.day:02d} {MONTHS[d.month - 1]} /قنا/"
    s = f"""{head(page, "| وكالة الأنباء القطرية", meta)}
<body class="ar-QA news-details">
<div class="top-bar"><div class="container">
<span class="today">{WEEKDAYS[d.weekday()]} {hd} {hm} {hy} هـ - {d.day} {MONTHS[d.month - 1]} {d.year} م</span>
<ul class="langs"><li><a href="/en-us/Home">English</a></li><li><a href="/fr-fr/Home">Français</a></li><li><a href="/es-es/Home">Español</a></li></ul>
<ul class="social"><li><a href="https://twitter.com/QNAArabic">تويتر</a></li><li><a href="https://www.facebook.com/QatarNewsAgency">فيسبوك</a></li><li><a href="https://www.youtube.com/QNAQatar">يوتيوب</a></li></ul>
</div></div>
<header class="site-header"><div class="container">
<a class="logo" href="/ar-QA/Home"><img src="/images/qna-logo.png" alt="وكالة الأنباء القطرية"><span>وكالة الأنباء القطرية - قنا</span></a>
<form class="search" action="/ar-QA/Search"><input name="q" placeholder="بحث في الأخبار"><button>بحث</button></form>
</div>
<nav class="main-menu"><ul>{"".join(f'<li><a href="/ar-QA/News-Area/{i}">{esc(n)}</a></li>' for i, n in enumerate(QNA_NAV))}</ul></nav>
</header>
<div class="latest-strip"><span class="lbl">آخر الأخبار</span><ul>{ticker}</ul></div>
<div class="container page-body">
<ol class="breadcrumb"><li><a href="/ar-QA/Home">الرئيسية</a></li><li><a href="/ar-QA/News-Area/1">محلي</a></li><li class="active">تفاصيل الخبر</li></ol>
<div class="row">
<div class="col-md-8 news-details-col">
<div class="news-header">
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-info"><span class="place">الدوحة</span> <span class="date"><i class="icon-cal"></i> {WEEKDAYS[d.weekday()]} {d.strftime("%d-%m-%Y")}</span> <span class="time"><i class="icon-clock"></i> {h12(d)} {ampm(d)}</span></div>
{editor}
</div>
<figure class="news-main-img"><img src="/Content/news/{nid}_1.jpg" alt=""><figcaption>(قنا)</figcaption></figure>
<div class="tools"><a href="#" class="font-up">A+</a> <a href="#" class="font-down">A-</a> <a href="/ar-QA/Print/{nid}">طباعة</a> <a href="#mail">إرسال</a></div>
<div class="news-body" id="newsBody">
<p class="dateline"><strong>{dateline}</strong></p>
{body}
<p class="signoff">/قنا/ {pick(a, "ini", QNA_INITIALS)}</p>
</div>
<div class="keywords"><span>الكلمات الدالة:</span> {tags}</div>
<div class="share"><span>شارك الخبر:</span> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a> <a href="whatsapp://send">واتساب</a> <a href="https://www.linkedin.com/shareArticle">لينكد إن</a> <span class="views">عدد المشاهدات: {num(a, "v", 150, 9000)}</span></div>
<section class="related-news"><h3>أخبار ذات صلة</h3><ul>{related}</ul></section>
</div>
<aside class="col-md-4 side">
<section class="most-read"><h3>الأكثر قراءة</h3><ol>{most}</ol></section>
<div class="app-promo"><h4>تطبيق قنا</h4><p>حمّل تطبيق وكالة الأنباء القطرية لمتابعة آخر الأخبار أولاً بأول</p><a href="#">App Store</a> <a href="#">Google Play</a></div>
<div class="weather-box">الدوحة: 41° مشمس</div>
</aside>
</div></div>
<footer class="site-footer"><div class="container">
<ul><li><a href="/ar-QA/About">عن الوكالة</a></li><li><a href="/ar-QA/Services">خدمات قنا</a></li><li><a href="/ar-QA/Contact">اتصل بنا</a></li><li><a href="/ar-QA/Privacy">سياسة الخصوصية</a></li><li><a href="/ar-QA/RSS">RSS</a></li></ul>
<p>جميع الحقوق محفوظة © 2015 وكالة الأنباء القطرية</p>
</div></footer>
</body></html>"""
    return finish(s, page)


# --- b28_2: Euronews-Arabic-like, Lyon = UTC+2 ------------------------------------------------

EN_LANGS = ["English", "Français", "Deutsch", "Italiano", "Español", "Português", "Русский", "Türkçe",
            "Ελληνικά", "Magyar", "فارسی", "Polski"]
EN_NAV = ["أوروبا", "العالم", "أعمال", "رياضة", "ثقافة", "علوم وتكنولوجيا", "سفر", "فيديو", "برامج", "نو كومنت"]


def layout_b28_2(page):
    """Euronews-Arabic-like: «بقلم:» + linked name, Lyon time with GMT+2 and <time> +02:00, lead
    video, «اقرأ المزيد» paragraph, ad slot and the embed-code box in the text."""
    a, site = page.article, page.site
    d = a.published
    loc = shift(d, -1)
    upd = shift(d, num(a, "upd", 10, 150) / 60)
    upd_loc = shift(upd, -1)
    vid = num(a, "vid", 300000, 399999)
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    ra = page.others("read_also", 1)
    more = (f'<p class="c-more"><strong>اقرأ المزيد:</strong> <a href="{esc(page.url_of(ra[0]))}">'
            f'{esc(ra[0].title)}</a></p>') if ra else ""
    ad = '<div class="c-ad c-ad--inline"><span class="c-ad__label">إعلان</span><div id="dfp-inread"></div></div>'
    embed = (f'<div class="c-embed-code"><h4>شارك هذا المقال</h4><p>انسخ/الصق رابط الفيديو أدناه:</p>'
             f'<input readonly value="https://arabic.euronews.com/embed/{vid}"></div>')
    body = weave(blocks, [(0, more), (ratio_at(blocks, 0.5), ad)])
    by = (f'<div class="c-article-contributors"><span class="c-by">بقلم:</span> '
          f'<a class="c-author" href="/profiles/{num(a, "au", 100, 999)}">{esc(a.author)}</a></div>'
          if a.author else "")
    strip = "".join(f'<li><time>{shift(o.published, -1).strftime("%H:%M")}</time> '
                    f'<a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("ticker", 6))
    more_news = "".join(f'<article class="m-object"><a href="{esc(page.url_of(o))}"><img src="/i/{o.key}.jpg" alt="">'
                        f'<h3>{esc(o.title)}</h3></a></article>' for o in page.others("similar", 6))
    viewed = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("popular", 5))
    tags = "".join(f'<a class="c-tag" href="/tag/{slug(t, 1)}">{esc(t)}</a>' for t in L.tags_for(a))
    langs = "".join(f'<li><a href="#{i}">{esc(n)}</a></li>' for i, n in enumerate(EN_LANGS))
    meta = "\n".join([
        f'<meta property="og:title" content="{esc(a.title)}">',
        '<meta property="og:type" content="article">',
        '<meta property="og:site_name" content="Euronews Arabic">',
        f'<meta property="og:url" content="{esc(page.canonical)}">',
        f'<meta property="article:published_time" content="{iso_off(d, 2)}">',
        f'<meta property="article:modified_time" content="{iso_off(upd, 2)}">',
        '<meta name="twitter:site" content="@euronewsar">',
        ldjson({"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "headline": a.title, "datePublished": iso_off(d, 2),
             "dateModified": iso_off(upd, 2), "author": person(a) or {"@type": "Organization", "name": "euronews"},
             "publisher": {"@type": "Organization", "name": "euronews", "url": "https://arabic.euronews.com"},
             "mainEntityOfPage": page.canonical, "inLanguage": "ar",
             "video": {"@type": "VideoObject", "name": a.title, "uploadDate": iso_off(d, 2),
                       "thumbnailUrl": f"https://static.euronews.com/articles/{vid}/640x360.jpg"}},
            {"@type": "WebSite", "name": "Euronews Arabic", "url": "https://arabic.euronews.com"}]}),
    ])
    s = f"""{head(page, "| يورونيوز", meta)}
<body class="o-site-ar">
<div class="c-cookie-banner">نستخدم ملفات تعريف الارتباط لتحسين تجربتك. <button>موافق</button> <a href="/cookies">المزيد</a></div>
<header class="o-site-header">
<div class="c-edition-switcher"><button>النسخة: العربية</button><ul>{langs}</ul></div>
<a class="c-logo" href="/">euronews.</a>
<a class="c-live" href="/live">مباشر</a>
<nav class="c-main-nav"><ul>{"".join(f'<li><a href="/{i}">{esc(n)}</a></li>' for i, n in enumerate(EN_NAV))}</ul></nav>
<button class="c-search">بحث</button>
</header>
<div class="c-just-in"><span class="c-just-in__label">الأخبار الأخيرة</span><ul>{strip}</ul></div>
<main class="o-article">
<article class="c-article">
<div class="c-article-header">
<a class="c-kicker" href="/news/international">العالم</a>
<h1 class="c-article-title">{esc(a.title)}</h1>
{by}
<div class="c-article-date">نشر بتاريخ <time datetime="{iso_off(d, 2)}">{loc.strftime("%d/%m/%Y - %H:%M")}</time> GMT+2
<span class="c-article-updated">&bull; آخر تحديث: <time datetime="{iso_off(upd, 2)}">{upd_loc.strftime("%H:%M")}</time></span></div>
<div class="c-article-share-top"><button>تعليقات</button> <button>شارك هذا المقال</button> <button class="c-font">Aa</button></div>
</div>
<div class="c-article-media"><div class="c-video-player" data-video-id="{vid}"><button>تشغيل</button><span class="c-duration">01:{num(a, "dur", 10, 59)}</span></div>
<p class="c-media-copyright">حقوق النشر euronews</p></div>
<div class="c-article-content js-article-content">
{body}
</div>
{embed}
<div class="c-article-tags"><h3>مواضيع ذات صلة</h3>{tags}</div>
<div class="c-share-bar"><a href="https://www.facebook.com/sharer">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="mailto:">البريد الإلكتروني</a> <a href="whatsapp://send">واتساب</a></div>
</article>
<section class="c-more-news"><h2>المزيد من أخبار: العالم</h2>{more_news}</section>
<aside class="c-most-viewed"><h2>الأكثر مشاهدة</h2><ol>{viewed}</ol></aside>
<div class="c-newsletter"><h3>النشرة الإخبارية</h3><p>اشترك لتصلك أهم الأخبار صباح كل يوم</p><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></div>
</main>
<footer class="o-site-footer">
<ul><li><a href="/about">من نحن</a></li><li><a href="/terms">شروط الاستخدام</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/advertising">الإعلان</a></li></ul>
<p>Copyright © euronews 2015 — ليون، فرنسا</p>
</footer>
</body></html>"""
    return finish(s, page)


# --- b28_3: Raseef22-like long-form platform, Beirut = UTC+3 -----------------------------------

R22_NAV = ["سياسة", "مجتمع", "ثقافة", "حياة", "بيئة", "تحقيقات", "بودكاست", "اختبارات", "English"]
R22_GENRE = ["رأي", "قصة", "تحقيق", "تحليل", "مدونة"]
R22_BIO = ["كاتب/ة وصحافي/ة مهتم/ة بالشأن الاجتماعي والسياسي في الخليج.",
           "باحث/ة في قضايا المجتمع والثقافة، يكتب/تكتب لرصيف22 منذ انطلاقته.",
           "صحافي/ة مستقل/ة، يهتم/تهتم بقضايا الحريات والإعلام."]


def pull_sentence(text):
    for p in L.paragraphs(text):
        for part in re.split(r"[.؟!]", p):
            w = part.split()
            if 8 <= len(w) <= 25:
                return part.strip()
    return ""


def layout_b28_3(page):
    """Raseef22-like: writer card above the text (name alone in a link), Beirut date + reading time,
    a pull-quote repeating a sentence, «اقرأ/ي أيضاً» box and membership appeal in the text."""
    a, site = page.article, page.site
    d = a.published
    aid = num(a, "au", 1000, 9999)
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    q = pull_sentence(a.text)
    quote = f'<blockquote class="pull-quote"><p>{esc(q)}</p><button>شارك/ي الاقتباس</button></blockquote>' if q else ""
    ra = page.others("read_also", 2)
    also = ('<aside class="read-also"><span>اقرأ/ي أيضاً</span>' +
            "".join(f'<a href="{esc(page.url_of(o))}"><img src="/img/{o.key}.jpg" alt=""><b>{esc(o.title)}</b></a>'
                    for o in ra) + "</aside>")
    member = ('<div class="membership-box"><h4>رصيف22 مساحة مستقلة</h4><p>لا تموّلنا حكومات ولا أحزاب. '
              'انضم/ي إلى ناس رصيف لتدعم/ي الصحافة المستقلة وتقرأ/ي من دون إعلانات.</p>'
              '<a class="btn" href="/membership">انضم/ي الآن</a></div>')
    body = weave(blocks, [(0, also), (1, quote), (ratio_at(blocks, 0.75), member)])
    card = (f'<div class="author-top"><img src="/authors/{aid}.jpg" alt="">'
            f'<a class="author-name" href="/author/{aid}">{esc(a.author)}</a></div>') if a.author else ""
    bio = (f'<section class="author-bio"><img src="/authors/{aid}.jpg" alt=""><div>'
           f'<a href="/author/{aid}">{esc(a.author)}</a><p>{esc(pick(a, "bio", R22_BIO))}</p>'
           f'<a class="more" href="/author/{aid}">كل المقالات</a></div></section>') if a.author else ""
    tags = "".join(f'<a class="chip" href="/tag/{slug(t, 1)}">#{esc(t)}</a>' for t in L.tags_for(a))
    related = "".join(f'<article class="card"><a href="{esc(page.url_of(o))}"><img src="/img/{o.key}.jpg" alt="">'
                      f'<span class="genre">{pick(o, "g", R22_GENRE)}</span><h3>{esc(o.title)}</h3></a></article>'
                      for o in page.others("similar", 6))
    meta = "\n".join([
        f'<meta property="og:title" content="{esc(a.title)}">',
        '<meta property="og:type" content="article">',
        '<meta property="og:site_name" content="رصيف22">',
        f'<meta property="article:published_time" content="{iso_off(d, 3)}">',
        '<meta property="article:publisher" content="https://www.facebook.com/Raseef22">',
        ldjson({"@context": "https://schema.org", "@type": "Article", "headline": a.title,
                "datePublished": iso_off(d, 3), "author": person(a),
                "publisher": {"@type": "NewsMediaOrganization", "name": "رصيف22"},
                "isAccessibleForFree": True, "mainEntityOfPage": page.canonical,
                "wordCount": len(a.text.split())}),
    ])
    s = f"""{head(page, "- رصيف22", meta)}
<body class="article-page">
<div class="top-note">رصيف22 — حيث تتحوّل القصص إلى نقاش <a href="/membership" class="join">انضم/ي إلى ناس رصيف</a> <a href="/login">تسجيل الدخول</a></div>
<header class="main-header">
<button class="menu">القائمة</button>
<a class="logo" href="/">رصيف22</a>
<nav><ul>{"".join(f'<li><a href="/{slug(n, 1)}">{esc(n)}</a></li>' for n in R22_NAV)}</ul></nav>
<button class="search">بحث</button>
</header>
<div class="progress-bar"></div>
<main class="article-wrap">
<article>
<div class="article-labels"><a class="topic" href="/society">مجتمع</a> <span class="genre">{pick(a, "g", R22_GENRE)}</span></div>
<h1 class="article-title">{esc(a.title)}</h1>
{card}
<div class="article-date"><span>{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} {h12(d)} {ampm(d)}</span>
<span class="read-time">مدة القراءة: {minutes_read(a)} دقائق</span></div>
<figure class="hero"><img src="/img/{a.key}-hero.jpg" alt=""><figcaption>رسم: فريق رصيف22</figcaption></figure>
<div class="article-body">
{body}
</div>
<div class="article-tags">{tags}</div>
<div class="share">شارك/ي: <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://facebook.com/sharer">فيسبوك</a> <a href="whatsapp://send">واتساب</a> <button>نسخ الرابط</button></div>
{bio}
<section class="discussion"><h3>لنتحاور</h3><p>هذه المساحة مخصّصة لأعضاء ناس رصيف. <a href="/membership">انضم/ي</a> لتشارك/ي برأيك.</p>
<div class="comment"><b>عضو/ة ناس رصيف</b><p>مقال مهم ويفتح نقاشاً نحتاجه.</p></div></section>
</article>
<section class="related"><h2>قد يهمّك أيضاً</h2>{related}</section>
<div class="newsletter"><h3>نشرتنا البريدية</h3><p>أهم ما نشرناه خلال الأسبوع في بريدك كل جمعة</p><input type="email"><button>اشترك/ي</button></div>
</main>
<footer><p>© 2015 رصيف22. جميع الحقوق محفوظة.</p><ul><li><a href="/about">من نحن</a></li><li><a href="/jobs">وظائف</a></li><li><a href="/write">اكتب/ي معنا</a></li><li><a href="/privacy">الخصوصية</a></li><li><a href="https://raseef22.net/english">Raseef22 English</a></li></ul></footer>
</body></html>"""
    return finish(s, page)


# --- b28_4: Saudi state TV news channel (Al-Ekhbariya-like), Riyadh ----------------------------

EK_NAV = ["الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "برامج", "فيديو", "البث المباشر"]
EK_SHOWS = ["نشرة الأخبار", "الرئيسية", "في الصميم", "الاقتصاد اليوم", "المشهد الرياضي", "حديث الخليج", "موجز الأخبار"]


def layout_b28_4(page):
    """Al-Ekhbariya-like state TV channel: clip player above the headline, meta list with Hijri +
    Gregorian date and clock and a labelled «المحرر:» row; minute only in microdata."""
    a, site = page.article, page.site
    d = a.published
    hd, hm, hy = hijri(d)
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    wa = page.others("section", 1)
    watch = (f'<div class="watch-also"><span>شاهد أيضاً</span><a href="{esc(page.url_of(wa[0]))}">'
             f'<img src="/thumbs/{wa[0].key}.jpg" alt=""><em>{num(wa[0], "d", 1, 5)}:{num(wa[0], "s", 10, 59)}</em>'
             f'<b>{esc(wa[0].title)}</b></a></div>') if wa else ""
    app = ('<div class="app-promo">تابعوا الإخبارية على تطبيقها للهواتف الذكية: <a href="#">App Store</a> '
           '<a href="#">Google Play</a></div>')
    body = weave(blocks, [(1, watch), (ratio_at(blocks, 0.8), app)])
    editor = (f'<li class="editor"><span class="lbl">المحرر:</span> <span class="val">{esc(a.author)}</span></li>'
              if a.author else "")
    sched = "".join(f'<li><time>{(8 + 2 * i):02d}:00</time> {esc(s)}</li>' for i, s in enumerate(EK_SHOWS))
    urgent = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("ticker", 4))
    vids = "".join(f'<li><a href="{esc(page.url_of(o))}"><img src="/thumbs/{o.key}.jpg" alt="">'
                   f'<span class="dur">0{num(o, "d", 1, 9)}:{num(o, "s", 10, 59)}</span><h4>{esc(o.title)}</h4></a></li>'
                   for o in page.others("similar", 6))
    tags = "".join(f'<a href="/tags/{slug(t, 1)}">{esc(t)}</a> ' for t in L.tags_for(a))
    meta = "\n".join([
        f'<meta property="og:title" content="{esc(a.title)}">',
        '<meta property="og:type" content="video.other">',
        '<meta property="og:site_name" content="قناة الإخبارية">',
        f'<meta property="og:url" content="{esc(page.canonical)}">',
        '<meta name="twitter:site" content="@alekhbariyatv">',
    ])
    clip = num(a, "clip", 10000, 99999)
    s = f"""{head(page, "| قناة الإخبارية", meta)}
<body class="news-page">
<div class="topbar"><span>{WEEKDAYS[d.weekday()]} {hd} {hm} {hy}هـ الموافق {d.day} {MONTHS[d.month - 1]} {d.year}م</span>
<span class="freq">التردد: نايل سات 11977 أفقي | عرب سات 12034 رأسي</span> <a class="live-btn" href="/live">البث المباشر</a></div>
<header class="header"><a class="logo" href="/">الإخبارية</a>
<nav><ul>{"".join(f'<li><a href="/cat/{i}">{esc(n)}</a></li>' for i, n in enumerate(EK_NAV))}</ul></nav></header>
<div class="urgent"><span>عاجل</span><ul>{urgent}</ul></div>
<div class="container">
<main itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{iso_off(d, 3)}">
<meta itemprop="mainEntityOfPage" content="{esc(page.canonical)}">
<div class="player-box"><div class="video-js" data-clip="{clip}"><button>تشغيل</button></div><span class="dur">0{num(a, "d", 1, 6)}:{num(a, "s", 10, 59)}</span></div>
<h1 itemprop="headline">{esc(a.title)}</h1>
<ul class="news-meta">
<li class="date"><i class="ico-cal"></i> {hd} {hm} {hy}هـ - {d.day} {MONTHS[d.month - 1]} {d.year}م</li>
<li class="time"><i class="ico-clock"></i> {h12(d)} {ampm(d)}</li>
{editor}
<li class="views"><i class="ico-eye"></i> {num(a, "v", 300, 20000)}</li>
</ul>
<div class="news-text" itemprop="articleBody">
{body}
</div>
<div class="tags"><span>الوسوم:</span> {tags}</div>
<div class="share"><a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://facebook.com/sharer">فيسبوك</a> <a href="whatsapp://send">واتساب</a> <a href="#copy">نسخ الرابط</a></div>
<section class="related-videos"><h3>فيديوهات ذات صلة</h3><ul>{vids}</ul></section>
</main>
<aside class="sidebar">
<section class="schedule"><h3>جدول البرامج اليوم</h3><ul>{sched}</ul></section>
<section class="programs"><h3>برامج الإخبارية</h3><ul>{"".join(f'<li><a href="/programs/{i}">{esc(s)}</a></li>' for i, s in enumerate(EK_SHOWS))}</ul></section>
</aside>
</div>
<footer><p>قناة الإخبارية - هيئة الإذاعة والتلفزيون - المملكة العربية السعودية</p><p>جميع الحقوق محفوظة © 2015</p>
<ul><li><a href="/about">عن القناة</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/freq">الترددات</a></li></ul></footer>
</body></html>"""
    return finish(s, page)


# --- b28_5: Egyptian mass portal's mobile site (m.youm7-like), Cairo = UTC+2 ------------------

Y7_PILLS = ["أخبار عاجلة", "سياسة", "حوادث", "رياضة", "فن", "اقتصاد", "محافظات", "منوعات", "فيديو", "تكنولوجيا"]


def layout_b28_5(page):
    """m.youm7-like mobile page: «كتب» + linked name, the Cairo date (12-hour), bold «اقرأ أيضا..»
    heading paragraph with link paragraphs and mobile ad slots in the text, «الخبر التالي» teaser."""
    a, site = page.article, page.site
    d = a.published
    loc = shift(d, -1)
    nid = num(a, "y7", 2000000, 2299999)
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    ra = page.others("read_also", 3)
    also = ('<p><strong>اقرأ أيضا..</strong></p>' +
            "".join(f'<p><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></p>' for o in ra)) if ra else ""
    ad1 = '<div class="m-ad" id="div-gpt-ad-mobile-1"><span>إعلان</span></div>'
    ad2 = '<div class="m-ad" id="div-gpt-ad-mobile-2"><span>إعلان</span></div>'
    body = weave(blocks, [(0, ad1), (ratio_at(blocks, 0.5), also), (ratio_at(blocks, 0.9), ad2)])
    by = (f'<div class="writeBy"><span>كتب</span> <a href="/Writer/{num(a, "w", 100, 9999)}">{esc(a.author)}</a></div>'
          if a.author else "")
    nxt = page.others("section", 1)
    nxt_html = (f'<div class="next-news"><span>الخبر التالي</span><a href="{esc(page.url_of(nxt[0]))}">'
                f'<h3>{esc(nxt[0].title)}</h3></a></div>') if nxt else ""
    rel = "".join(f'<li><a href="{esc(page.url_of(o))}"><img src="/images/{o.key}.jpg" alt=""><span>{esc(o.title)}</span></a></li>'
                  for o in page.others("similar", 5))
    urgent = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("ticker", 3))
    tags = "".join(f'<a href="/Tags/Index?id={num(a, t, 1000, 99999)}">{esc(t)}</a>' for t in L.tags_for(a))
    date_txt = f"{WEEKDAYS[loc.weekday()]}، {loc.day:02d} {MONTHS[loc.month - 1]} {loc.year} {h12(loc)} {ampm(loc)}"
    meta = "\n".join([
        f'<meta property="og:title" content="{esc(a.title)}">',
        '<meta property="og:type" content="article">',
        '<meta property="og:site_name" content="اليوم السابع">',
        f'<meta property="og:url" content="{esc(page.canonical)}">',
        f'<meta property="article:published_time" content="{iso_off(d, 2)}">',
        f'<link rel="alternate" media="only screen and (min-width: 1024px)" href="{esc(page.canonical)}">',
        ldjson({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
                "datePublished": iso_off(d, 2), "dateModified": iso_off(d, 2), "author": person(a),
                "publisher": {"@type": "Organization", "name": "اليوم السابع"},
                "mainEntityOfPage": page.canonical}),
    ])
    s = f"""{head(page, "- اليوم السابع", meta)}
<body class="mobile">
<div class="app-banner">حمّل تطبيق اليوم السابع <a href="#">تثبيت</a> <button>×</button></div>
<header class="m-header"><button class="burger">القائمة</button><a class="logo" href="/">اليوم السابع</a><button class="m-search">بحث</button></header>
<nav class="pills"><ul>{"".join(f'<li><a href="/Section/{i}">{esc(p)}</a></li>' for i, p in enumerate(Y7_PILLS))}</ul></nav>
<div class="m-urgent"><b>عاجل</b><ul>{urgent}</ul></div>
<main class="m-article" id="news-{nid}">
<a class="m-section" href="/Section/1">أخبار مصر</a>
<h1>{esc(a.title)}</h1>
{by}
<div class="newsStoryDate">{date_txt}</div>
<figure class="m-img"><img src="/images/{nid}.jpg" alt="{esc(a.title)}"><figcaption>{esc(short(a.title, 6))}</figcaption></figure>
<div class="articleCont" id="articleBody">
{body}
</div>
<div class="m-tags"><span>الكلمات المتعلقة</span>{tags}</div>
<div class="m-share"><a href="whatsapp://send">واتساب</a> <a href="https://facebook.com/sharer">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="tg://msg">تليجرام</a></div>
<section class="m-related"><h2>مواضيع متعلقة</h2><ul>{rel}</ul></section>
{nxt_html}
</main>
<footer class="m-footer"><a href="?desktop=1">النسخة الكاملة</a><p>جميع الحقوق محفوظة © 2015 اليوم السابع</p></footer>
<nav class="bottom-nav"><a href="/">الرئيسية</a><a href="/Section/65">عاجل</a><a href="/Video">فيديو</a><a href="/MostRead">الأكثر قراءة</a><a href="/Sections">الأقسام</a></nav>
</body></html>"""
    return finish(s, page)


LAYOUTS = {
    "b28_1": layout_b28_1,
    "b28_2": layout_b28_2,
    "b28_3": layout_b28_3,
    "b28_4": layout_b28_4,
    "b28_5": layout_b28_5,
}
