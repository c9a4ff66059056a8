"""Blind test layouts (set 25) for newsfarm (--extra-layouts): five article
templates modelled on mainstream, high-traffic Arabic news sites of kinds that
no earlier layout file imitates, written without reading Khabar's extractor.
Each prints the whole page a reader gets: top bar, header and menus, tickers,
the article, the boxes real sites put inside the text, and the lists,
comments, sidebars and footer around it.

  b25_1  JORDANIAN independent DAILY's web edition (Alghad-like), AMMAN time
         (UTC+3 in summer 2015, the Riyadh wall clock): top bar with the
         Amman day in the Jordanian DUAL month form «الأحد 9 آب (أغسطس)
         2015», Amman weather, the dinar strip (dollar, euro, gold «عيار
         21» in dinars), «العدد الورقي PDF»; masthead with the paper's
         tagline, nav, an «عاجل» ticker; breadcrumb, section, headline; the
         byline block under it: the writer's small photo and the name alone
         in <a class="writer-name"> (only with an author), then «نشر في:
         الأحد 9 آب / أغسطس 2015. 02:32 مساءً» and a LATER «آخر تحديث:»
         line in the same dual-month, 12-hour form; article:published_time
         and JSON-LD in +03:00. In the text an «اقرأ أيضاً» box of two
         links with thumbnails, an «إعلان» slot and a picture captioned
         with «(تصوير: …)» (a photographer, a distractor name); after it a
         PRINT-EDITION note with the NEXT day's date, issue and page (a
         decoy date), «الوسوم», share with counts, readers' comments in
         Jordanian dialect with names and Amman dates, «المزيد من
         <section>», most-read / most-commented tabs, «آراء ومقالات»
         columnists with column titles, the cartoon of the day with the
         cartoonist's name, Amman prayer times, footer with the publisher.
  b25_2  ARAB-ISRAELI news PORTAL (Panet / Kul-al-Arab-like; substituted
         for the suggested Qatari daily, which blind6's b6_5 already
         imitates), ISRAEL summer time = IDT = UTC+3 in August 2015 (the
         Riyadh wall clock); an old table-and-div portal (one site is
         windows-1256, as such portals were): top strip with the date
         «09/08/2015», the weather in Arab towns (الناصرة، أم الفحم، رهط،
         سخنين، الطيبة), shekel rates «الدولار 3.79 ش.ج»; nav with «وفيات»
         and «أخبار البلاد»; «عاجل» strip with clocks. Category, headline,
         then one info line: «من:» + the name alone in <b
         class="reporter"> (only with an author) and «نشر: 09/08/15 14:32»
         (dd/mm/yy, TWO-DIGIT year, no zone printed), the reads count;
         article:published_time in +03:00 is the only machine date. Lead
         picture captioned «صورة للتوضيح فقط - تصوير: iStock»; in the text
         a «صور من الخبر» strip with «تصوير:» + a photographer (a
         distractor), a local advertiser's banner «إعلان» and «لمزيد من
         <section> اضغط هنا»; after it the WhatsApp news-tip prompt with a
         phone number, share, numbered readers' comments «name - town»,
         a «وفيات» (obituaries) box naming the dead, their ages and towns
         (distractor names), currency table, most-read, footer.
  b25_3  ARTS & CELEBRITY news portal (Filfan / ElFann-like; substituted for
         the suggested opinion-column page, which blind7's b7_4 already
         imitates), CAIRO time = UTC+2 (Egypt kept no summer time in 2015),
         one hour BEHIND Riyadh, so the day can roll back; one site is
         windows-1256: «ترند» bar of hashtags, nav (سينما، دراما، موسيقى،
         نجوم، أبراج…); category pill, headline, a «نجوم في الخبر» chip row
         (star names: distractors), then the byline: «كتب:» in its own
         span and the name alone in <a class="writer"> (only with an
         author), then «الأحد، 09 أغسطس 2015 - 01:32 م» and «بتوقيت
         القاهرة» in <time datetime="…+02:00">; JSON-LD datePublished in
         UTC «…Z». In the text bold «اقرأ أيضاً:» link paragraphs, an
         Instagram embed of a star («منشور مشترك بواسطة …»), a trailer
         video card with duration, an «إعلان» and a photo-album teaser
         with a picture count; after it tags, share, «أفلام في دور العرض»
         box-office table with revenues in pounds, «حظك اليوم» horoscope
         list in prose, a Facebook-comments plugin snapshot with names,
         prose and «أعجبني · رد · ٣ س» stamps, most-read, footer.
  b25_4  TUNISIAN Arabic DAILY's news site (Assabah-News / Alchourouk-like;
         substituted for the suggested Egyptian portal, which blind18's b18_1
         already imitates as «Youm7 / Masrawy-like»), TUNIS time = UTC+1, two
         hours BEHIND Riyadh (the day can roll back): top bar with the Tunis
         day in TUNISIAN month names («الأحد 09 أوت 2015»), «Version
         française», Tunis prayer times and weather, the dinar against the
         euro and the dollar; «آخر الأخبار» ticker with Tunis clocks. Rubric,
         headline, then «09-08-2015 | 12:32» (dd-mm-yyyy, Tunis, no zone
         printed) with a reads count; article:published_time and JSON-LD
         in +01:00. The writer SIGNS THE PIECE at the END, as Tunisian
         papers do: the last element of the text box is <p
         class="signature"><strong>name</strong></p> (only with an author).
         In the text «اقرأ أيضا» links, a «إشهار» ad slot and a picture
         «(صورة أرشيفية)»; after it «الكلمات الدالة», share, a LIVE-UPDATES
         list «متابعات لحظة بلحظة» of short items (Tunis clock + a sentence
         of other stories), readers' comments in Tunisian dialect with
         towns and Tunis dates, most-read, the print edition, footer.
  b25_5  BUSINESS news site of a Bloomberg-partnered network (Asharq-
         Business-like), DUBAI desk, visible times in UAE time (UTC+4, one
         hour AHEAD of Riyadh, the day can roll forward), no zone printed:
         «البث المباشر» bar, a MARKETS TICKER (TASI, DFM, ADX, Brent, WTI,
         gold, EUR/USD, S&P 500 with changes), nav; kicker, headline, a
         standfirst paragraph repeating the first sentence; the byline
         block: «بواسطة» in its own span + the name alone in
         <a class="author-link"> (only with an author), beside an ALWAYS
         present source chip «المصدر: الشرق» / «المصدر: بلومبرغ» (an
         organisation, never a person); «9 أغسطس 2015 15:32» in <time
         datetime="…Z"> (UTC) and a LATER «آخر تحديث:», reading time, a
         listen-to-article bar; JSON-LD datePublished in +04:00. In the text
         a quoted-stock card (price, change, volume), a Bloomberg chart
         figure with «المصدر: بلومبرغ», an «اقرأ أيضاً» card and the
         newsletter promo in prose; after it topic chips, share, a
         data-delay disclaimer, «الأكثر قراءة», «من بلومبرغ بيزنس ويك»
         cards, videos with durations, today's TV schedule, footer.

Pages whose article has no author print no byline (no writer block,
reporter span, byline span or signature). The author string is printed
whole, exactly as the corpus gives it, as the only text of its element (and
as a JSON-LD Person only where the page has an author). Gold times are
Asia/Riyadh (+03:00); b25_1 (Amman) and b25_2 (Israel, IDT) show the Riyadh
wall clock and carry +03:00; b25_3 shows Cairo time (UTC+2), says
«بتوقيت القاهرة» and carries +02:00 and UTC; b25_4 shows Tunis time (UTC+1)
and carries +01:00; b25_5 shows UAE time (UTC+4) and carries UTC in <time>
and +04:00 in JSON-LD. The conversions are exact. Hijri dates follow Umm
al-Qura (1 Shawwal 1436 = 17 July 2015). On windows-1256 sites, characters
the charset lacks are written as numeric character references (\\u escapes
inside scripts).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts internal/extract/testdata/blind25_layouts.py \\
      --layouts b25_1,b25_2,b25_3,b25_4,b25_5 --out /work/blind25/pages
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
LEV_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
              "تشرين الأول", "تشرين الثاني", "كانون الأول"]
TN_MONTHS = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر"]
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
    sign = "+" if off >= 0 else "-"
    return t.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{abs(off):02d}:00"


def iso_z(d, ms=False):
    t = shift(d, -3)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if ms else "Z")


def h12(d, pad=True):
    h = d.hour % 12 or 12
    return (f"{h:02d}" if pad else f"{h}") + f":{d.minute:02d}"


HIJRI_STARTS = [((1436, 9), dt.date(2015, 6, 18)), ((1436, 10), dt.date(2015, 7, 17)),
                ((1436, 11), dt.date(2015, 8, 15)), ((1436, 12), dt.date(2015, 9, 14))]


def hijri(d):
    """Umm al-Qura day, month name, year and month number for a date."""
    day = d.date() if isinstance(d, dt.datetime) else d
    for ((y, m), start), (_, nxt) in zip(HIJRI_STARTS, HIJRI_STARTS[1:]):
        if start <= day < nxt:
            return (day - start).days + 1, HIJRI_MONTHS[m - 1], y, m
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


def ldjson(obj):
    return ('<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")
            + "</script>")


def slug(text, n=6):
    return urllib.parse.quote("-".join(text.split()[:n]).replace("/", "-"))


def reading_time(a):
    n = max(1, round(len(a.text.split()) / 200))
    if n == 1:
        return "دقيقة واحدة"
    if n == 2:
        return "دقيقتان"
    return f"{n} {'دقائق' if n <= 10 else 'دقيقة'}"


def lead_sentence(text):
    """The first sentence of the text (cut at a word with an ellipsis when very long)."""
    paras = L.paragraphs(text)
    first = paras[0] if paras else text
    i = first.find(".")
    if 20 < i < 320:
        return first[: i + 1]
    w = first.split()
    return " ".join(w[:40]) + ("..." if len(w) > 40 else "")


def ratio_at(blocks, frac):
    return max(0, min(len(blocks) - 1, int(len(blocks) * frac)))


# --- b25_1: Alghad-like Jordanian daily, Amman (UTC+3) -------------------------------------

JO_NAV = ["الرئيسية", "محليات", "اقتصاد", "عربي ودولي", "رياضة", "آراء ومقالات", "ثقافة", "فن ومشاهير",
          "تكنولوجيا", "صحة", "شباب", "الغد الأردني", "كاريكاتير", "ملاحق", "فيديو"]
JO_SECTIONS = ["محليات", "عربي ودولي", "اقتصاد", "رياضة", "عربي ودولي", "ثقافة"]
JO_PHOTOGRAPHERS = ["أسامة الخطيب", "ساهر الزعبي", "عمر المومني", "رائد العدوان", "محمد الحوراني"]
JO_WRITERS = [("إبراهيم الخريشا", "الحكومة والشارع: فجوة الثقة"), ("رنا الصرايرة", "عن البطالة بين الشباب"),
              ("فهد العبادي", "الاقتصاد الأردني في عين العاصفة"), ("هالة الطراونة", "المدرسة التي نريد"),
              ("ماجد المجالي", "اللاجئون والموازنة"), ("سامر الحياري", "الإقليم المشتعل")]
JO_CARTOONISTS = ["ناصر الجعفري", "جهاد العمري", "عامر الزعبي"]
JO_COMMENTS = [
    ("أبو محمد", "والله كلام صحيح، بس المشكلة دايماً بالتطبيق مش بالقرارات. نتمنى نشوف متابعة حقيقية."),
    ("ليث العزام", "يعطيكم العافية على هالتغطية، الغد دايماً سباقة بالخبر."),
    ("مواطن أردني", "وين الحكومة من هالحكي؟ الناس تعبت من الغلاء والرواتب ما بتكفي لنص الشهر."),
    ("سهى", "الله يحمي الأردن وأهله ويبعد عنا كل شر."),
    ("م. خالد الرواشدة", "الخبر بحاجة لتفاصيل أكثر عن الأرقام والمصادر، ياريت تتابعوا الموضوع."),
    ("عمر من إربد", "كل سنة نفس الكلام وما في شي بتغير على أرض الواقع، بس إن شاء الله هالمرة غير."),
]


def jo_dual(d):
    return f"{d.day} {LEV_MONTHS[d.month - 1]} / {MONTHS[d.month - 1]} {d.year}"


def jo_stamp(d):
    return f"{WEEKDAYS[d.weekday()]} {jo_dual(d)}. {h12(d)} {'صباحاً' if d.hour < 12 else 'مساءً'}"


def layout_b25_1(page):
    """Alghad-like Jordanian daily: writer photo + linked name under the headline, dual-month
    published / updated lines, read-also / ad / photo in the text, a next-day print note after it."""
    a, site = page.article, page.site
    d = a.published  # Amman = Riyadh wall clock in August 2015
    upd = d + dt.timedelta(minutes=num(a, "upd", 9, 180))
    sec = pick(a, "sec", JO_SECTIONS)
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    boxes = []
    ra = page.others("read_also", 2)
    if ra:
        items = "".join(f'<li><a href="{esc(page.url_of(o))}"><img src="/uploads/images/2015/08/{o.key}-thumb.jpg" alt="">'
                        f'<span>{esc(o.title)}</span></a></li>' for o in ra)
        boxes.append((0 if len(blocks) < 4 else 1, f'<div class="inline-related"><h4>اقرأ أيضاً</h4><ul>{items}</ul></div>'))
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 3 else 99,
                  f'<div class="ad-box ad-inarticle"><small>إعلان</small><div id="div-gpt-ad-alg-{a.n}"></div></div>'))
    if len(blocks) > 2:
        boxes.append((ratio_at(blocks, 0.75),
                      f'<figure class="inline-photo"><img src="/uploads/images/2015/08/{a.key}-2.jpg" alt="">'
                      f'<figcaption>{esc(short(a.title, 7))} (تصوير: {pick(a, "ph", JO_PHOTOGRAPHERS)})</figcaption></figure>'))
    body = weave(blocks, boxes)
    byline = ""
    if a.author:
        byline = (f'<div class="writer"><img class="writer-photo" src="/uploads/writers/{num(a, "wp", 10, 400)}.jpg" alt="" width="40" height="40">'
                  f'<a class="writer-name" href="/author/{num(a, "wid", 100, 9999)}">{esc(a.author)}</a></div>')
    nxt = d + dt.timedelta(days=1)
    issue = 3810 + (nxt.date() - dt.date(2015, 7, 21)).days
    nav = "".join(f'<li><a href="/section/{slug(n, 2)}">{n}</a></li>' for n in JO_NAV)
    ticker = "".join(f'<li>{L.link(page, o)}</li>' for o in page.others("ticker", 6))
    k = num(a, "nc", 0, 4)
    coms = []
    for j in range(k):
        nm, tx = JO_COMMENTS[(num(a, "cu", 0, 5) + j) % len(JO_COMMENTS)]
        ct = d + dt.timedelta(minutes=num(a, f"c{j}", 10, 90) + 53 * j)
        coms.append(f'<li class="comment"><div class="comment-head"><span class="comment-author">{esc(nm)}</span> '
                    f'<span class="comment-date">{ct.day} {LEV_MONTHS[ct.month - 1]} {ct.year} - {h12(ct, False)} {"صباحاً" if ct.hour < 12 else "مساءً"}</span></div>'
                    f'<p>{esc(tx)}</p><a class="reply" href="#reply">رد</a></li>')
    more = "".join(f'<div class="card"><a href="{esc(page.url_of(o))}"><img src="/uploads/images/2015/08/{o.key}-thumb.jpg" alt="">'
                   f'<h3>{esc(o.title)}</h3></a><span class="card-date">{jo_dual(o.published)}</span></div>'
                   for o in page.others("similar", 4))
    popular = "".join(f'<li>{L.link(page, o)}</li>' for o in page.others("popular", 5))
    commented = "".join(f'<li>{L.link(page, o)} <span class="cc">({num(o, "cc", 3, 80)})</span></li>'
                        for o in page.others("commented", 5))
    ops = "".join(f'<li><img src="/uploads/writers/op{i}.jpg" alt=""><strong>{w}</strong><a href="/opinion/{num(a, w, 800000, 899999)}">{t}</a></li>'
                  for i, (w, t) in enumerate(JO_WRITERS[:5]))
    tags = "".join(f'<a href="/tag/{esc(t)}">{esc(t)}</a> ' for t in L.tags_for(a)[:5])
    shares = num(a, "sh", 4, 900)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "description": lead_sentence(a.text), "datePublished": iso_off(d, 3), "dateModified": iso_off(upd, 3),
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical}, "articleSection": sec,
          "image": {"@type": "ImageObject", "url": f"{site.base}/uploads/images/2015/08/{a.key}.jpg", "width": 800, "height": 450},
          "publisher": {"@type": "Organization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/themes/alg/images/logo.png"}}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta name="keywords" content="{esc('، '.join(L.tags_for(a)))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/uploads/images/2015/08/{a.key}.jpg">
<meta property="article:published_time" content="{iso_off(d, 3)}">
<meta property="article:modified_time" content="{iso_off(upd, 3)}">
<meta property="article:section" content="{esc(sec)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@AlghadNews">
{ldjson(ld)}
<link rel="stylesheet" href="/themes/alg/css/style.rtl.css?v=5.1.3">
<script>var googletag=googletag||{{}};googletag.cmd=googletag.cmd||[];var algArticle={{"id":{a.n},"section":"{esc(sec)}"}};</script>
</head>
<body class="page-article section-{slug(sec, 2)}">
<div class="top-bar">
<span class="today">{WEEKDAYS[d.weekday()]} {d.day} {LEV_MONTHS[d.month - 1]} ({MONTHS[d.month - 1]}) {d.year}</span>
<span class="weather">عمّان 31&deg; | إربد 30&deg; | العقبة 40&deg;</span>
<ul class="currency"><li>الدولار 0.709 دينار</li><li>اليورو 0.777 دينار</li><li>الذهب عيار 21: 27.60 دينار</li></ul>
<a class="pdf" href="/pdf/{issue - 1}">العدد الورقي PDF</a>
<span class="social"><a href="https://www.facebook.com/">فيسبوك</a> <a href="https://twitter.com/">تويتر</a> <a href="https://www.youtube.com/">يوتيوب</a> <a href="https://www.instagram.com/">إنستغرام</a></span>
</div>
<header class="masthead">
<a class="logo" href="/"><img src="/themes/alg/images/logo.png" alt="{esc(site.name)}"></a>
<p class="tagline">صحيفة يومية سياسية مستقلة - تصدر في عمّان</p>
<div class="leaderboard"><small>إعلان</small></div>
<form class="search" action="/search"><input name="keys" placeholder="ابحث..."><button>بحث</button></form>
</header>
<nav class="main-menu"><ul>{nav}</ul></nav>
<div class="breaking"><span class="breaking-title">عاجل</span><ul>{ticker}</ul></div>
<div class="container">
<div class="content-col">
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/section/{slug(sec, 2)}">{esc(sec)}</a></li></ol>
<article class="article-full" id="article-{a.n}">
<a class="article-section" href="/section/{slug(sec, 2)}">{esc(sec)}</a>
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-byline">
{byline}
<div class="article-dates"><span class="published">نشر في: {jo_stamp(d)}</span>
<span class="updated">آخر تحديث: {jo_stamp(upd)}</span></div>
<div class="font-tools"><a href="#font-plus">أ+</a> <a href="#font-minus">أ-</a> <a href="#print">طباعة</a></div>
</div>
<figure class="main-photo"><img src="/uploads/images/2015/08/{a.key}.jpg" alt="{esc(short(a.title, 6))}"><figcaption>{esc(short(a.title, 9))} - (أرشيفية)</figcaption></figure>
<div class="article-text">
{body}
</div>
<div class="print-note">نشر في الطبعة الورقية: العدد {issue}، {WEEKDAYS[nxt.weekday()]} {nxt.day} {LEV_MONTHS[nxt.month - 1]} ({MONTHS[nxt.month - 1]}) {nxt.year}، الصفحة {num(a, "pg", 2, 24)}</div>
<div class="article-tags"><span class="tags-label">الوسوم:</span> {tags}</div>
<div class="share"><span class="share-count">{shares} مشاركة</span> <a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="whatsapp://send">واتساب</a> <a href="https://www.linkedin.com/shareArticle">لينكدإن</a> <a href="mailto:">البريد</a></div>
</article>
<section class="comments" id="comments"><h3>التعليقات ({k})</h3>
<ol>{"".join(coms) or '<li class="empty">لا توجد تعليقات</li>'}</ol>
<p class="comment-policy">يرجى الالتزام بآداب الحوار، والتعليقات المنشورة لا تعبر بالضرورة عن رأي الصحيفة. ستتم مراجعة التعليق قبل نشره.</p>
<form class="comment-form"><input placeholder="الاسم"><input placeholder="البريد الإلكتروني"><textarea placeholder="أضف تعليقك"></textarea><button>أرسل</button></form></section>
<section class="more-section"><h2>المزيد من {esc(sec)}</h2><div class="cards">{more}</div></section>
</div>
<aside class="side-col">
<div class="tabs"><ul class="tab-heads"><li class="active">الأكثر قراءة</li><li>الأكثر تعليقاً</li></ul>
<ol class="tab-pane active">{popular}</ol><ol class="tab-pane">{commented}</ol></div>
<section class="opinion"><h3>آراء ومقالات</h3><ul>{ops}</ul></section>
<section class="cartoon"><h3>كاريكاتير</h3><img src="/uploads/caricature/2015/08/{d:%d}.jpg" alt=""><p class="cartoonist">{pick(a, "car", JO_CARTOONISTS)}</p></section>
<section class="prayer"><h3>مواقيت الصلاة - عمّان</h3><ul><li>الفجر 04:15</li><li>الشروق 05:52</li><li>الظهر 12:38</li><li>العصر 16:19</li><li>المغرب 19:23</li><li>العشاء 20:50</li></ul></section>
<div class="ad-box"><small>إعلان</small></div>
</aside>
</div>
<footer class="site-footer">
<ul class="footer-menu"><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/advertise">أعلن معنا</a></li><li><a href="/subscribe">الاشتراكات</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/rss">RSS</a></li></ul>
<p>{esc(site.name)} - صحيفة يومية سياسية مستقلة تصدر عن الشركة الأردنية المتحدة للصحافة والنشر</p>
<p>عمّان - الأردن، شارع الملكة رانيا العبدالله، ص.ب 3535 عمّان 11821 | هاتف: 5544000 (6) 962+</p>
<p>جميع الحقوق محفوظة &copy; 2015</p></footer>
</body></html>"""
    return finish(out, page)


# --- b25_2: Panet-like Arab-Israeli portal, IDT (UTC+3) --------------------------------------

PN_NAV = ["الرئيسية", "أخبار محلية", "أخبار البلاد", "أخبار عالمية", "اقتصاد", "رياضة", "فن", "صحة وطب",
          "مرأة", "سيارات", "وفيات", "صور", "فيديو", "إعلانات مبوبة"]
PN_SECTIONS = ["أخبار عالمية", "أخبار عربية", "اقتصاد", "رياضة عربية وعالمية", "أخبار عالمية", "منوعات"]
PN_PHOTOGRAPHERS = ["موفق ابو سالم", "أحمد غريفات", "مصطفى حسين", "علاء جبارين"]
PN_ADS = [("معرض الأمير للسيارات - الطيبة", "أقوى العروض على سيارات 2015 - تمويل حتى 100%"),
          ("قاعة ليالي الشرق - أم الفحم", "احجزوا أفراحكم الآن - أسعار خاصة لموسم الصيف"),
          ("مركز النور الطبي - الناصرة", "طب أسنان وتجميل - فحص أولي مجاني"),
          ("أثاث الريان - سخنين", "تخفيضات نهاية الموسم حتى 50%")]
PN_TOWNS = ["الطيبة", "أم الفحم", "الناصرة", "سخنين", "رهط", "باقة الغربية", "الطيرة", "شفاعمرو", "عرابة",
            "كفر قاسم", "طمرة", "قلنسوة", "يافة الناصرة", "كفر كنا"]
PN_COMMENTS = [
    ("أبو أحمد", "الله يستر من الجاي، الوضع بالمنطقة كلها صعب"),
    ("سامي", "شكرا للموقع على التغطية المميزة والسريعة"),
    ("مواطن", "خبر مهم بس ياريت تكتبوا تفاصيل أكثر عن الموضوع"),
    ("ام محمد", "الله يحمي الجميع ويبعد عنا كل مكروه"),
    ("محمود", "كل يوم نفس القصة ولا حدا بتحرك، الله يعين الناس"),
    ("رامي", "تحية لكل العاملين بالموقع، دائما سباقين"),
]
PN_DEAD = ["الحاج محمود سعيد مصاروة", "الحاجة فاطمة عبد الرحيم ناشف", "المرحوم يوسف خليل جبارين",
           "الحاجة آمنة محمد أبو حسين", "المرحوم إبراهيم أحمد عازم", "الحاج سليم عودة زعبي",
           "المرحومة حليمة مصطفى قاسم"]


def pn_stamp(d):
    return f"{d:%d/%m/%y} {d:%H:%M}"


def layout_b25_2(page):
    """Panet-like Arab-Israeli portal: «من:» + reporter in <b> and a dd/mm/yy stamp in one info
    line, a photo strip with a photographer, a local ad and a «more from» line in the text,
    obituaries and a shekel table around it; only og article:published_time is machine-readable."""
    a, site = page.article, page.site
    d = a.published  # Israel summer time (IDT, UTC+3) = Riyadh wall clock
    sec = pick(a, "sec", PN_SECTIONS)
    paras = L.paragraphs(a.text)
    blocks = [f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras]
    boxes = []
    nph = num(a, "nph", 2, 5)
    if len(blocks) > 1:
        photos = "".join(f'<a href="/gallery/{a.n}/{i + 1}"><img src="/Panet/images/{a.key}_{i + 1}_s.jpg" alt=""></a>' for i in range(nph))
        boxes.append((0, f'<div class="art-photos"><div class="art-photos-title">صور من الخبر ({nph} صور)</div>{photos}'
                         f'<div class="art-photos-credit">تصوير: {pick(a, "ph", PN_PHOTOGRAPHERS)}</div></div>'))
    adv, line = pick(a, "ad", PN_ADS)
    boxes.append((ratio_at(blocks, 0.6) if len(blocks) > 3 else 99,
                  f'<div class="inner-ad"><span class="ad-lbl">اعلان</span><a href="/redirect/ad{num(a, "adn", 100, 999)}" rel="nofollow">'
                  f'<img src="/banners/{num(a, "adn", 100, 999)}.gif" alt=""><span class="adv-name">{adv}</span> <span class="adv-line">{line}</span></a></div>'))
    ra = page.others("read_also", 2)
    if ra:
        items = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in ra)
        boxes.append((ratio_at(blocks, 0.8) if len(blocks) > 4 else 99,
                      f'<div class="art-more"><b>اقرأ ايضا في {esc(site.short)}:</b><ul>{items}</ul></div>'))
    body = weave(blocks, boxes)
    more_line = f'<p class="more-sec"><a href="/section/{slug(sec, 2)}">لمزيد من {esc(sec)} اضغط هنا</a></p>'
    reporter = ""
    if a.author:
        reporter = f'<span class="by-lbl">من:</span> <b class="reporter">{esc(a.author)}</b> <span class="sep">|</span> '
    reads = num(a, "rd", 300, 48000)
    hd, hm, hy, _ = hijri(d)
    nav = "".join(f'<td class="mnu"><a href="/section/{slug(n, 2)}">{n}</a></td>' for n in PN_NAV)
    ticker = "".join(f'<li><span class="t-time">{o.published:%H:%M}</span> {L.link(page, o)}</li>'
                     for o in page.others("ticker", 6))
    k = num(a, "nc", 0, 6)
    coms = []
    for j in range(k):
        nm, tx = PN_COMMENTS[(num(a, "cu", 0, 5) + j) % len(PN_COMMENTS)]
        town = PN_TOWNS[(num(a, "ct", 0, 13) + 3 * j) % len(PN_TOWNS)]
        ct = d + dt.timedelta(minutes=num(a, f"c{j}", 4, 60) + 37 * j)
        coms.append(f'<tr class="cmt"><td class="cmt-num">{j + 1}.</td><td><span class="cmt-name">{esc(nm)}</span> - '
                    f'<span class="cmt-town">{town}</span> <span class="cmt-date">{pn_stamp(ct)}</span>'
                    f'<div class="cmt-text">{esc(tx)}</div></td></tr>')
    dead = []
    for j in range(4):
        nm = PN_DEAD[(num(a, "dd", 0, 6) + j) % len(PN_DEAD)]
        dead.append(f'<li><a href="/wafayat/{num(a, f"w{j}", 10000, 99999)}">انتقل الى رحمته تعالى {nm} ({num(a, f"age{j}", 58, 94)} عاما) '
                    f'من {PN_TOWNS[(num(a, "dt", 0, 13) + 5 * j) % len(PN_TOWNS)]}</a></li>')
    popular = "".join(f'<li>{L.link(page, o)}</li>' for o in page.others("popular", 6))
    commented = "".join(f'<li>{L.link(page, o)}</li>' for o in page.others("commented", 4))
    og_img = f"{site.base}/Panet/images/{a.key}_1.jpg"
    out = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}" />
<title>{esc(a.title)} - {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}" />
<meta name="keywords" content="{esc(', '.join(L.tags_for(a)))}, اخبار, عرب الداخل" />
<link rel="canonical" href="{esc(page.canonical)}" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:image" content="{esc(og_img)}" />
<meta property="og:site_name" content="{esc(site.name)}" />
<meta property="og:description" content="{esc(L.first_sentence(a.text))}" />
<meta property="article:published_time" content="{iso_off(d, 3)}" />
<meta property="fb:app_id" content="1416{num(a, 'fb', 10000, 99999)}" />
<link href="/css/panet_main.css?v=118" rel="stylesheet" type="text/css" />
<script type="text/javascript">var ArticleID = {a.n}; var CatName = "{esc(sec)}";</script>
<script type="text/javascript" src="/js/jquery-1.8.2.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="topstrip">
<span class="topdate">الأحد {d:%d/%m/%Y} | {hd} {hm} {hy}</span>
<span class="weather">الناصرة 31 | أم الفحم 30 | رهط 35 | سخنين 32 | الطيبة 31</span>
<span class="rates">الدولار 3.79 ش.ج | اليورو 4.16 ش.ج | الدينار 5.35 ش.ج</span>
<a href="/radio">راديو</a> | <a href="/panorama/pdf">بانوراما PDF</a> | <a href="/mobile">نسخة الموبايل</a>
</div>
<div id="header"><a href="/" class="logo"><img src="/images/logo.gif" alt="{esc(site.name)}" /></a>
<span class="slogan">الموقع الاخباري الأول للعرب في البلاد</span>
<div class="top-banner"><img src="/banners/top728.gif" alt="" /></div></div>
<table id="menu" cellpadding="0" cellspacing="0"><tr>{nav}</tr></table>
<div id="breaking"><span class="brk-lbl">عاجل</span><ul>{ticker}</ul></div>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td valign="top" id="main">
<div class="path"><a href="/">الرئيسية</a> &gt; <a href="/section/{slug(sec, 2)}">{esc(sec)}</a></div>
<div id="article">
<h1 class="art-title">{esc(a.title)}</h1>
<div class="art-info">{reporter}<span class="art-date">نشر: {pn_stamp(d)}</span> <span class="sep">|</span> <span class="art-reads">{reads} قراءة</span>
<span class="art-tools"><a href="javascript:window.print()">طباعة</a> | <a href="/send/{a.n}">أرسل لصديق</a> | <a href="#comments">تعليقات ({k})</a></span></div>
<div class="art-mainpic"><img src="/Panet/images/{a.key}_1.jpg" alt="" width="620" />
<div class="art-pic-cap">صورة للتوضيح فقط - تصوير: iStock</div></div>
<div id="art-body">
{body}
{more_line}
</div>
<div class="whatsapp-tip">لإرسال الأخبار والصور والفيديوهات إلى موقع {esc(site.short)} عبر الواتس اب، أرسلوا على الرقم 054-{num(a, 'wa', 1000000, 9999999)} أو عبر البريد الإلكتروني news@example.com</div>
<div class="share-line"><a href="https://www.facebook.com/sharer/sharer.php">شارك على فيسبوك</a> ({num(a, 'fbs', 0, 2000)}) | <a href="https://twitter.com/share">تويتر</a> | <a href="whatsapp://send">واتس اب</a></div>
<div id="comments"><h3>تعليقات القراء ({k})</h3>
<table class="cmts" width="100%">{"".join(coms) or '<tr><td>لا توجد تعليقات، كن أول من يعلق</td></tr>'}</table>
<div class="add-cmt"><b>أضف تعليق</b><form><input name="name" placeholder="الاسم" /> <input name="town" placeholder="البلد" /><textarea name="body"></textarea><input type="submit" value="أرسل" /></form>
<p class="cmt-note">التعليقات المنشورة تعبر عن رأي أصحابها فقط. يرجى الامتناع عن كتابة تعليقات مسيئة.</p></div></div>
</div>
</td>
<td valign="top" id="side" width="300">
<div class="box wafayat"><div class="box-title">وفيات</div><ul>{"".join(dead)}</ul><a href="/wafayat">المزيد من الوفيات</a></div>
<div class="box"><div class="box-title">الأكثر قراءة</div><ol>{popular}</ol></div>
<div class="box"><div class="box-title">الأكثر تعليقا</div><ol>{commented}</ol></div>
<div class="box rates-box"><div class="box-title">أسعار العملات</div>
<table><tr><th>العملة</th><th>شراء</th><th>بيع</th></tr><tr><td>دولار</td><td>3.778</td><td>3.801</td></tr><tr><td>يورو</td><td>4.142</td><td>4.181</td></tr><tr><td>جنيه استرليني</td><td>5.876</td><td>5.930</td></tr><tr><td>دينار أردني</td><td>5.331</td><td>5.372</td></tr></table></div>
<div class="box side-banner"><img src="/banners/side300.gif" alt="" /></div>
</td></tr></table>
<div id="footer"><a href="/about">من نحن</a> | <a href="/contact">اتصل بنا</a> | <a href="/advertise">للاعلان في الموقع</a> | <a href="/privacy">سياسة الخصوصية</a>
<p>جميع الحقوق محفوظة &copy; 2015 {esc(site.name)}</p></div>
</div>
</body>
</html>"""
    return finish(out, page)


# --- b25_3: Filfan-like arts & celebrity portal, Cairo (UTC+2) -------------------------------

FN_NAV = ["الرئيسية", "أخبار الفن", "سينما", "دراما وتلفزيون", "موسيقى", "نجوم", "حوارات", "أزياء وجمال",
          "ألبومات صور", "فيديو", "أبراج"]
FN_CATS = ["أخبار الفن", "سينما", "دراما وتلفزيون", "موسيقى", "نجوم"]
FN_STARS = [("ليلى منصور", "laila.mansour"), ("تامر جلال", "tamergalal_official"), ("رنا عادل", "rana.adel"),
            ("أدهم رشدي", "adhamroshdy"), ("شيرين فؤاد", "sherinefouad"), ("مروان حسني", "marwan.hosny"),
            ("ياسمين الشريف", "yasmin_elsherif"), ("كريم سامي", "karimsamyofficial")]
FN_TRENDS = ["#مسلسلات_رمضان", "#عيد_الفطر", "#بوكس_أوفيس", "#مهرجان_الإسكندرية", "#حفلات_الساحل",
             "#أغاني_الصيف"]
FN_FILMS = [("ولاد رزق", 3, "2,150,000"), ("الجزيرة 2", 4, "1,870,000"), ("سكر مر", 2, "1,120,000"),
            ("حياتي مبهدلة", 5, "640,000"), ("زنقة ستات", 6, "310,000")]
FN_SIGNS = [("الحمل", "يوم مناسب لاتخاذ قرار مهني مؤجل، وتجنب الانفعال مع المقربين."),
            ("الثور", "فرصة مالية جيدة تلوح في الأفق، لكن لا تتسرع في التوقيع."),
            ("الجوزاء", "لقاء عاطفي يعيد إليك الحماس، واهتم بصحتك وبمواعيد نومك."),
            ("السرطان", "تتلقى خبرا سارا من شخص بعيد، وتهدأ الأجواء في المنزل."),
            ("الأسد", "يلفت حضورك الأنظار في العمل، فاستغل الفرصة بذكاء."),
            ("العذراء", "لا تحمل نفسك أكثر من طاقتها، وخصص وقتا للراحة.")]
FN_FB = [("هبة محمود", "بجد موضوع يفرح، ربنا يوفقهم كلهم ❤"), ("Ahmed Samir", "مين لسه متابع الأخبار دي؟ 😂"),
         ("نورهان علي", "أحلى خبر النهارده، مستنيين الجديد"), ("محمد عبد الله", "يعني إيه الكلام ده؟ محتاجين تفاصيل أكتر"),
         ("سارة خالد", "أنا بحبها جدا وبتابعها من زمان")]


def fn_stamp(c):
    h = c.hour % 12 or 12
    return f"{WEEKDAYS[c.weekday()]}، {c.day:02d} {MONTHS[c.month - 1]} {c.year} - {h:02d}:{c.minute:02d} {'ص' if c.hour < 12 else 'م'}"


def layout_b25_3(page):
    """Filfan-like arts portal: «كتب:» + writer link after a star-chip row, a Cairo 12-hour stamp
    «بتوقيت القاهرة» in <time +02:00>, UTC JSON-LD; read-also paragraphs, Instagram, trailer and
    album teaser in the text; box office, horoscope and Facebook comments around it."""
    a, site = page.article, page.site
    d = a.published
    c = shift(d, -1)  # Cairo, UTC+2
    cat = pick(a, "cat", FN_CATS)
    e = utf(page)
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    stars = [FN_STARS[(num(a, "st", 0, 7) + 3 * j) % len(FN_STARS)] for j in range(num(a, "nst", 1, 3))]
    boxes = []
    for j, o in enumerate(page.others("read_also", 2)):
        boxes.append((j * 2 if len(blocks) > 3 else (0 if j == 0 else 99),
                      f'<p class="read-more"><strong>اقرأ أيضاً: <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></strong></p>'))
    star, acct = stars[0]
    ig = d - dt.timedelta(hours=num(a, "igh", 2, 30))  # the star's post went up earlier (its date in UTC)
    boxes.append((1 if len(blocks) > 2 else 99,
                  f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/{a.key[:11]}/" data-instgrm-version="4">'
                  f'<div><p><a href="https://www.instagram.com/p/{a.key[:11]}/" target="_blank">عرض هذا المنشور على Instagram</a></p>'
                  f'<p>منشور مشترك بواسطة {star} (@{acct}) في <time datetime="{iso_z(ig)}">'
                  f'{MONTHS[shift(ig, -3).month - 1]} {shift(ig, -3).day}, {shift(ig, -3).year}</time></p></div></blockquote>'
                  '<script async defer src="//platform.instagram.com/en_US/embeds.js"></script>'))
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 3 else 99,
                  f'<div class="ad-inread"><span>إعلان</span><div id="div-gpt-ad-fn-{a.n}"></div></div>'))
    v = page.others("video", 1)
    if v:
        v = v[0]
        dur = f"{num(v, 'vm', 0, 3):02d}:{num(v, 'vs', 10, 59):02d}"
        boxes.append((ratio_at(blocks, 0.7) if len(blocks) > 4 else 99,
                      f'<div class="video-card"><a href="{esc(page.url_of(v))}"><img src="/videos/{v.key}.jpg" alt=""><span class="play">&#9654;</span>'
                      f'<span class="duration">{dur}</span></a><p class="video-title">فيديو | {esc(short(v.title, 9))}</p></div>'))
    nalb = num(a, "alb", 8, 40)
    boxes.append((99, f'<div class="album-teaser"><a href="/albums/{num(a, "albid", 1000, 9999)}"><img src="/albums/{a.key}-cover.jpg" alt="">'
                      f'<span class="album-title">ألبوم صور: {esc(star)} في أحدث ظهور</span> <span class="album-count">{nalb} صورة</span></a></div>'))
    body = weave(blocks, boxes)
    chips = "".join(f'<a class="star-chip" href="/stars/{slug(n, 3)}"><img src="/stars/{slug(n, 3)}.jpg" alt="">{n}</a> ' for n, _ in stars)
    byline = ""
    if a.author:
        byline = (f'<div class="article-writer"><span class="writer-label">كتب:</span> '
                  f'<a class="writer" href="/writers/{num(a, "wid", 10, 999)}">{esc(a.author)}</a></div>')
    nav = "".join(f'<li><a href="/{slug(n, 2)}">{n}</a></li>' for n in FN_NAV)
    trends = "".join(f'<a href="/tags/{esc(t[1:])}">{esc(t)}</a> ' for t in FN_TRENDS)
    films = "".join(f'<tr><td>{i + 1}</td><td>{f}</td><td>{w}</td><td>{r} جنيه</td></tr>' for i, (f, w, r) in enumerate(FN_FILMS))
    signs = "".join(f'<li><b>{s}:</b> {t}</li>' for s, t in FN_SIGNS)
    popular = "".join(f'<li><span class="n">{i + 1}</span>{L.link(page, o)}</li>' for i, o in enumerate(page.others("popular", 6)))
    k = num(a, "nc", 0, 4)
    fb = []
    for j in range(k):
        nm, tx = FN_FB[(num(a, "fb", 0, 4) + j) % len(FN_FB)]
        ago = f"{j + 1} س"
        fb.append(f'<div class="fb-comment"><img src="/img/fb-avatar.png" alt=""><div><a class="fb-name" href="#">{esc(nm)}</a>'
                  f'<p>{esc(tx)}</p><span class="fb-actions">أعجبني · رد · {ago.translate(EASTERN) if e else ago}</span></div></div>')
    tags = "".join(f'<a class="tag" href="/tags/{esc(t)}">{esc(t)}</a> ' for t in [n for n, _ in stars] + L.tags_for(a)[:3])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso_z(d), "dateModified": iso_z(d + dt.timedelta(minutes=num(a, "m", 3, 60))),
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical}, "articleSection": cat,
          "image": [f"{site.base}/images/news/2015/08/{a.key}.jpg"], "keywords": [n for n, _ in stars],
          "publisher": {"@type": "Organization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/images/logo.png"}}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/images/news/2015/08/{a.key}.jpg">
<meta property="og:site_name" content="{esc(site.name)}">
<meta name="twitter:card" content="summary_large_image">
{ldjson(ld)}
<link rel="stylesheet" href="/assets/css/fann.min.css?v=42">
<script>window.fbAsyncInit=function(){{FB.init({{appId:"2841{num(a, 'app', 10000, 99999)}",xfbml:true,version:"v2.4"}});}};</script>
</head>
<body class="article-page">
<div class="trend-bar"><span class="trend-label">ترند</span> {trends}</div>
<header class="header"><a class="logo" href="/"><img src="/assets/img/logo.png" alt="{esc(site.name)}"></a>
<nav class="menu"><ul>{nav}</ul></nav>
<div class="header-social"><a href="https://www.facebook.com/">فيسبوك</a> <a href="https://www.instagram.com/">إنستجرام</a> <a href="https://www.youtube.com/">يوتيوب</a></div></header>
<div class="billboard"><span>إعلان</span></div>
<div class="page">
<main class="main">
<article class="news-article">
<a class="cat-pill" href="/{slug(cat, 2)}">{esc(cat)}</a>
<h1 class="news-title">{esc(a.title)}</h1>
<div class="stars-row"><span class="stars-label">نجوم في الخبر</span> {chips}</div>
<div class="article-meta">
{byline}
<time class="article-date" datetime="{iso_off(d, 2)}">{fn_stamp(c)} <span class="tz">بتوقيت القاهرة</span></time>
<span class="views">{num(a, "vw", 200, 90000)} مشاهدة</span></div>
<figure class="lead-image"><img src="/images/news/2015/08/{a.key}.jpg" alt="{esc(short(a.title, 6))}"><figcaption>{esc(star)} - أرشيفية</figcaption></figure>
<div class="news-body">
{body}
</div>
<div class="tags">{tags}</div>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php">شارك</a> <a href="https://twitter.com/intent/tweet">غرد</a> <a href="whatsapp://send">واتساب</a> <a href="#copy">نسخ الرابط</a></div>
</article>
<section class="fb-comments-box"><h3>التعليقات</h3><div class="fb-comments" data-href="{esc(page.canonical)}" data-numposts="5">{"".join(fb)}</div>
<p class="fb-plugin">إضافة تعليقات فيسبوك</p></section>
</main>
<aside class="sidebar">
<section class="box-office"><h3>أفلام في دور العرض - إيرادات الأسبوع</h3><table><tr><th>#</th><th>الفيلم</th><th>الأسبوع</th><th>الإيرادات</th></tr>{films}</table></section>
<section class="horoscope"><h3>حظك اليوم</h3><ul>{signs}</ul><a href="/abraj">باقي الأبراج</a></section>
<section class="most-read"><h3>الأكثر قراءة</h3><ol>{popular}</ol></section>
<div class="ad-side"><span>إعلان</span></div>
</aside>
</div>
<footer class="footer"><p>{esc(site.name)} - بوابة أخبار الفن والنجوم والسينما والدراما والموسيقى في مصر والعالم العربي.</p>
<p><a href="/about">من نحن</a> | <a href="/contact">اتصل بنا</a> | <a href="/advertise">أعلن معنا</a> | <a href="/privacy">سياسة الخصوصية</a></p>
<p>جميع الحقوق محفوظة &copy; 2015</p></footer>
</body></html>"""
    return finish(out, page)


# --- b25_4: Assabah-News-like Tunisian daily, Tunis (UTC+1) ------------------------------

TN_NAV = ["الرئيسية", "وطنية", "سياسة", "اقتصاد", "جهات", "عربية ودولية", "رياضة", "ثقافة", "مجتمع", "آراء",
          "حوارات", "الصباح الأسبوعي", "فيديو"]
TN_RUBRICS = ["عربية ودولية", "اقتصاد", "وطنية", "رياضة", "عربية ودولية", "مجتمع"]
TN_COMMENTS = [
    ("محمد", "صفاقس", "يعيشكم على المتابعة، أما الحقيقة الأمور ماهيش واضحة برشا."),
    ("سامية", "سوسة", "ربي يستر البلاد والعباد، الوضع في المنطقة الكل صعيب."),
    ("كريم", "بنزرت", "الخبر هذا مهم، أما علاش ما فماش تفاصيل أكثر؟"),
    ("أبو يوسف", "تونس العاصمة", "المهم التطبيق موش الكلام، نستناو ونشوفو."),
    ("هالة", "قابس", "برافو على المقال، واضح ومفهوم."),
]


def tn_date(t):
    return f"{WEEKDAYS[t.weekday()]} {t.day:02d} {TN_MONTHS[t.month - 1]} {t.year}"


def layout_b25_4(page):
    """Assabah-like Tunisian daily: Tunis stamp dd-mm-yyyy | hh:mm under the headline (+01:00 in
    metadata), the writer's signature as the last <p> of the text box, a live-updates list after it."""
    a, site = page.article, page.site
    d = a.published
    t = shift(d, -2)  # Tunis, UTC+1
    rub = pick(a, "rub", TN_RUBRICS)
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    boxes = []
    ra = page.others("read_also", 2)
    if ra:
        items = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in ra)
        boxes.append((0 if len(blocks) < 4 else 1, f'<div class="lire-aussi"><span class="la-title">اقرأ أيضا</span><ul>{items}</ul></div>'))
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 2 else 99,
                  f'<div class="pub-inarticle"><span class="pub-label">إشهار</span><div id="div-gpt-ad-tn-{a.n}"></div></div>'))
    if len(blocks) > 4:
        boxes.append((ratio_at(blocks, 0.8), f'<div class="image-inline"><img src="/uploads/2015/08/{a.key}-2.jpg" alt=""><span class="legende">(صورة أرشيفية)</span></div>'))
    if a.author:
        boxes.append((99, f'<p class="signature"><strong>{esc(a.author)}</strong></p>'))
    body = weave(blocks, boxes)
    nav = "".join(f'<li><a href="/ar/{slug(n, 2)}">{n}</a></li>' for n in TN_NAV)
    ticker = "".join(f'<li><span class="heure">{shift(o.published, -2):%H:%M}</span> {L.link(page, o)}</li>'
                     for o in page.others("ticker", 6))
    live = []
    for o in sorted(page.others("live", 6), key=lambda o: o.published, reverse=True):
        lt = shift(o.published, -2)
        live.append(f'<li class="live-item"><span class="live-time">{lt:%H:%M}</span><div class="live-text">'
                    f'<a href="{esc(page.url_of(o))}">{esc(short(L.first_sentence(o.text), 22))}</a></div></li>')
    k = num(a, "nc", 0, 4)
    coms = []
    for j in range(k):
        nm, town, tx = TN_COMMENTS[(num(a, "cu", 0, 4) + j) % len(TN_COMMENTS)]
        ct = t + dt.timedelta(minutes=num(a, f"c{j}", 6, 80) + 41 * j)
        coms.append(f'<div class="commentaire"><div class="c-auteur">{esc(nm)} <span class="c-ville">({town})</span></div>'
                    f'<div class="c-date">{ct:%d-%m-%Y} {ct:%H:%M}</div><p>{esc(tx)}</p></div>')
    related = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a> <span class="date">{shift(o.published, -2):%d-%m-%Y}</span></li>'
                      for o in page.others("similar", 5))
    popular = "".join(f'<li>{L.link(page, o)}</li>' for o in page.others("popular", 6))
    tags = "".join(f'<a href="/ar/tags/{esc(x)}">{esc(x)}</a> ' for x in L.tags_for(a)[:5])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso_off(d, 1), "dateModified": iso_off(d + dt.timedelta(minutes=num(a, "m", 2, 50)), 1),
          "mainEntityOfPage": page.canonical, "articleSection": rub,
          "image": f"{site.base}/uploads/2015/08/{a.key}.jpg",
          "publisher": {"@type": "Organization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/themes/sabah/logo.png"}}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    today = t
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="alternate" hreflang="fr" href="{esc(site.base)}/fr/">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/uploads/2015/08/{a.key}.jpg">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="article:published_time" content="{iso_off(d, 1)}">
<meta property="article:section" content="{esc(rub)}">
{ldjson(ld)}
<link rel="stylesheet" href="/themes/sabah/css/style-ar.css?v=20150801">
</head>
<body class="node-type-article lang-ar">
<div class="barre-haut">
<span class="date-jour">{tn_date(today)}</span>
<a class="lang-fr" href="/fr/" lang="fr">Version française</a>
<span class="meteo">تونس 34&deg; | صفاقس 33&deg; | سوسة 32&deg;</span>
<span class="devises">الأورو 2.160 د.ت | الدولار 1.965 د.ت</span>
<span class="priere">الفجر 04:04 | الظهر 12:36 | العصر 16:18 | المغرب 19:35 | العشاء 21:02</span>
</div>
<header class="entete"><a class="logo" href="/ar/"><img src="/themes/sabah/logo.png" alt="{esc(site.name)}"></a>
<div class="banniere"><span>إشهار</span></div></header>
<nav class="menu-principal"><ul>{nav}</ul></nav>
<div class="derniere-minute"><span class="dm-titre">آخر الأخبار</span><ul>{ticker}</ul></div>
<div class="conteneur">
<div class="colonne-principale">
<article class="article" id="node-{a.n}">
<div class="rubrique"><a href="/ar/{slug(rub, 2)}">{esc(rub)}</a></div>
<h1 class="titre">{esc(a.title)}</h1>
<div class="infos"><span class="date-publication">{t:%d-%m-%Y} | {t:%H:%M}</span> <span class="lectures">{num(a, "lec", 100, 25000)} قراءة</span>
<span class="outils"><a href="#imprimer">طباعة</a> <a href="#envoyer">أرسل</a> <a href="#plus">أ+</a> <a href="#moins">أ-</a></span></div>
<div class="image-principale"><img src="/uploads/2015/08/{a.key}.jpg" alt=""></div>
<div class="texte-article">
{body}
</div>
<div class="mots-cles"><span>الكلمات الدالة:</span> {tags}</div>
<div class="partage"><a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a> <a href="https://twitter.com/share">تويتر</a> <a href="https://plus.google.com/share">غوغل+</a> <a href="mailto:">البريد</a></div>
</article>
<section class="suivi-direct"><h2>متابعات لحظة بلحظة</h2><ul>{"".join(live)}</ul><a href="/ar/direct">كل المتابعات</a></section>
<section class="commentaires"><h3>التعليقات ({k})</h3>{"".join(coms) or '<p class="vide">لا توجد تعليقات</p>'}
<p class="charte">التعليقات لا تعبر عن رأي الجريدة. يحتفظ الموقع بحق حذف التعليقات المخالفة لميثاق النشر.</p>
<form class="form-commentaire"><input placeholder="الاسم"><input placeholder="المدينة"><textarea placeholder="تعليقك"></textarea><button>إرسال</button></form></section>
<section class="articles-lies"><h3>مقالات ذات صلة</h3><ul>{related}</ul></section>
</div>
<aside class="colonne-droite">
<section class="plus-lus"><h3>الأكثر قراءة</h3><ol>{popular}</ol></section>
<section class="edition-papier"><h3>الصباح الورقية</h3><a href="/ar/pdf/{today:%Y%m%d}"><img src="/pdf/une-{today:%Y%m%d}.jpg" alt=""></a><p>تصفح عدد اليوم</p></section>
<div class="pub-cote"><span>إشهار</span></div>
</aside>
</div>
<footer class="pied"><p>{esc(site.name)} - جريدة يومية تونسية مستقلة</p>
<p>دار الصباح - نهج الحبيب ثامر، تونس 1000 | الهاتف: 71 331 000</p>
<p><a href="/ar/qui-sommes-nous">من نحن</a> | <a href="/ar/contact">اتصل بنا</a> | <a href="/ar/publicite">الإشهار</a></p>
<p>&copy; 2015 جميع الحقوق محفوظة</p></footer>
</body></html>"""
    return finish(out, page)


# --- b25_5: Asharq-Business-like business news site, Dubai desk (UTC+4) ---------------------

AB_NAV = ["الأسواق", "الاقتصاد", "الطاقة", "الشركات", "العقارات", "التكنولوجيا", "السيارات", "الثروة",
          "بلومبرغ بيزنس ويك", "آراء", "فيديو", "بودكاست"]
AB_KICKERS = ["أسواق", "اقتصاد", "طاقة", "شركات", "أسواق", "اقتصاد السعودية"]
AB_MARKETS = [("تاسي", "8,874.32", "+0.42%"), ("سوق دبي", "4,061.87", "-0.31%"), ("أبوظبي", "4,745.20", "+0.12%"),
              ("برنت", "49.52", "-1.05%"), ("نايمكس", "44.66", "-0.87%"), ("الذهب", "1,094.10", "+0.35%"),
              ("يورو/دولار", "1.0967", "+0.08%"), ("S&amp;P 500", "2,077.57", "-0.78%")]
AB_STOCKS = [("سابك", "2010", "91.25"), ("مصرف الراجحي", "1120", "61.50"), ("الاتصالات السعودية", "7010", "71.75"),
             ("معادن", "1211", "41.30"), ("البنك الأهلي", "1180", "58.90"), ("إعمار العقارية", "EMAAR", "7.61"),
             ("جرير", "4190", "188.00")]
AB_SCHEDULE = [("07:00", "صباح الشرق"), ("10:00", "افتتاح الأسواق"), ("13:00", "الشرق الليلة... أسواق"),
               ("16:00", "إغلاق الأسواق"), ("20:00", "حوار الشرق"), ("22:00", "الحصاد الاقتصادي")]


def ab_stamp(t):
    return f"{t.day} {MONTHS[t.month - 1]} {t.year} {t:%H:%M}"


def layout_b25_5(page):
    """Asharq-Business-like: market ticker, standfirst, «بواسطة» + author link beside an always-present
    source chip, UAE time in <time datetime=UTC Z>, +04:00 JSON-LD; stock card, Bloomberg chart,
    read-also card and newsletter promo in the text."""
    a, site = page.article, page.site
    d = a.published
    u = shift(d, 1)  # UAE, UTC+4
    upd = d + dt.timedelta(minutes=num(a, "upd", 8, 200))
    kick = pick(a, "k", AB_KICKERS)
    src = "بلومبرغ" if num(a, "src", 0, 2) == 0 else "الشرق"
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    boxes = []
    sname, code, price = pick(a, "stk", AB_STOCKS)
    chg = num(a, "chg", -350, 350) / 100
    boxes.append((0, f'<div class="quote-card"><a href="/markets/quote/{code}"><span class="q-name">{sname}</span> <span class="q-code">{code}</span>'
                     f'<span class="q-price">{price}</span> <span class="q-chg {"up" if chg >= 0 else "down"}">{chg:+.2f}%</span>'
                     f'<span class="q-vol">حجم التداول: {num(a, "vol", 100, 9000) * 1000:,}</span></a></div>'))
    ra = page.others("read_also", 1)
    if ra:
        o = ra[0]
        boxes.append((1 if len(blocks) > 2 else 99,
                      f'<aside class="related-card"><span class="related-card__label">اقرأ أيضاً:</span>'
                      f'<a href="{esc(page.url_of(o))}"><img src="/media/2015/08/{o.key}-s.jpg" alt=""><span>{esc(o.title)}</span></a></aside>'))
    if len(blocks) > 3:
        boxes.append((ratio_at(blocks, 0.6),
                      f'<figure class="chart-embed"><img src="/charts/{a.key}.png" alt="">'
                      f'<figcaption>أداء {sname} منذ بداية العام <span class="chart-src">المصدر: بلومبرغ</span></figcaption></figure>'))
    boxes.append((99, '<div class="newsletter-inline"><p>اشترك في النشرة الاقتصادية اليومية لتصلك أهم أخبار الأسواق '
                      'والشركات والاقتصاد قبل افتتاح التداول كل صباح.</p><form><input type="email" placeholder="بريدك الإلكتروني">'
                      '<button>اشترك</button></form></div>'))
    body = weave(blocks, boxes)
    byline = ""
    if a.author:
        byline = (f'<div class="article-authors"><span class="by">بواسطة</span> '
                  f'<a class="author-link" href="/authors/{num(a, "aid", 100, 9999)}">{esc(a.author)}</a></div>')
    ticker = "".join(f'<li class="mkt"><span class="mkt-name">{n}</span> <span class="mkt-val">{v}</span> '
                     f'<span class="mkt-chg {"up" if c.startswith("+") else "down"}">{c}</span></li>' for n, v, c in AB_MARKETS)
    nav = "".join(f'<li><a href="/{slug(n, 3)}">{n}</a></li>' for n in AB_NAV)
    popular = "".join(f'<li><span class="rank">{i + 1}</span>{L.link(page, o)}</li>' for i, o in enumerate(page.others("popular", 5)))
    bw = "".join(f'<article class="bw-card"><a href="{esc(page.url_of(o))}"><img src="/media/2015/08/{o.key}-m.jpg" alt="">'
                 f'<h3>{esc(o.title)}</h3></a><span class="bw-date">{ab_stamp(shift(o.published, 1))}</span></article>'
                 for o in page.others("bw", 3))
    vids = "".join(f'<li><a href="/video/{o.n}"><img src="/media/video/{o.key}.jpg" alt=""><span class="v-dur">{num(o, "vm", 1, 9):02d}:{num(o, "vs", 0, 59):02d}</span>'
                   f'<span class="v-title">{esc(short(o.title, 9))}</span></a></li>' for o in page.others("video", 4))
    sched = "".join(f'<li><span class="s-time">{tm}</span> {nm}</li>' for tm, nm in AB_SCHEDULE)
    topics = "".join(f'<a class="topic" href="/tag/{esc(x)}">{esc(x)}</a> ' for x in [kick, sname] + L.tags_for(a)[:3])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "description": lead_sentence(a.text), "datePublished": iso_off(d, 4), "dateModified": iso_off(upd, 4),
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical}, "articleSection": kick,
          "isAccessibleForFree": True, "inLanguage": "ar",
          "image": [f"{site.base}/media/2015/08/{a.key}-l.jpg"],
          "publisher": {"@type": "NewsMediaOrganization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/static/logo.svg"}}}
    if a.author:
        ld["author"] = [{"@type": "Person", "name": a.author}]
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="description" content="{esc(lead_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(lead_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/media/2015/08/{a.key}-l.jpg">
<meta property="og:site_name" content="{esc(site.name)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@AsharqBusiness">
{ldjson(ld)}
<link rel="preload" href="/static/fonts/ab-regular.woff2" as="font" crossorigin>
<link rel="stylesheet" href="/static/css/app.8f3c2a.css">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"event":"pageview","contentType":"article","articleId":"{a.n}","section":"{esc(kick)}","source":"{src}"}});</script>
</head>
<body class="article-page">
<div class="live-bar"><a class="live-btn" href="/live"><span class="dot"></span>البث المباشر</a> <span class="partner">بالشراكة مع Bloomberg</span>
<a class="app-link" href="/app">حمّل التطبيق</a> <a class="login" href="/login">تسجيل الدخول</a></div>
<header class="header"><a class="logo" href="/"><img src="/static/logo.svg" alt="{esc(site.name)}"></a>
<nav class="nav"><ul>{nav}</ul></nav><button class="search" aria-label="بحث">بحث</button></header>
<div class="markets-ticker" aria-label="الأسواق"><ul>{ticker}</ul></div>
<main class="container">
<article class="article">
<header class="article__header">
<a class="article__kicker" href="/{slug(kick, 2)}">{esc(kick)}</a>
<h1 class="article__title">{esc(a.title)}</h1>
<p class="article__standfirst">{esc(lead_sentence(a.text))}</p>
<div class="article__meta">
{byline}
<span class="source-chip">المصدر: {src}</span>
<div class="article__dates"><time class="published" datetime="{iso_z(d, True)}">{ab_stamp(u)}</time>
<span class="updated">آخر تحديث: <time datetime="{iso_z(upd, True)}">{ab_stamp(shift(upd, 1))}</time></span></div>
<span class="read-time">وقت القراءة: {reading_time(a)}</span></div>
<div class="listen"><button class="listen__btn">استمع إلى المقال</button> <span class="listen__dur">{num(a, "lm", 1, 6)}:{num(a, "ls", 0, 59):02d}</span></div>
</header>
<figure class="article__image"><img src="/media/2015/08/{a.key}-l.jpg" alt=""><figcaption>{esc(short(a.title, 8))} <span class="credit">المصور: Bloomberg</span></figcaption></figure>
<div class="article__body">
{body}
</div>
<div class="article__topics"><span>موضوعات:</span> {topics}</div>
<div class="article__share"><a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://www.linkedin.com/shareArticle">لينكدإن</a> <a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a> <a href="whatsapp://send">واتساب</a> <button>نسخ الرابط</button></div>
<p class="disclaimer">بيانات الأسواق متأخرة 15 دقيقة على الأقل. المصدر: بلومبرغ.</p>
</article>
<aside class="rail">
<section class="most-read"><h2>الأكثر قراءة</h2><ol>{popular}</ol></section>
<section class="schedule"><h2>على الهواء اليوم</h2><ul>{sched}</ul></section>
<div class="ad"><span>إعلان</span></div>
</aside>
<section class="bw"><h2>من بلومبرغ بيزنس ويك</h2>{bw}</section>
<section class="videos"><h2>فيديو</h2><ul>{vids}</ul></section>
</main>
<footer class="footer"><p>{esc(site.name)} - أخبار الأسواق والاقتصاد والأعمال بالشراكة مع بلومبرغ</p>
<ul><li><a href="/about">من نحن</a></li><li><a href="/contact">تواصل معنا</a></li><li><a href="/terms">الشروط والأحكام</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/careers">الوظائف</a></li></ul>
<p>&copy; 2015 جميع الحقوق محفوظة</p></footer>
</body></html>"""
    return finish(out, page)


LAYOUTS = {
    "b25_1": layout_b25_1,
    "b25_2": layout_b25_2,
    "b25_3": layout_b25_3,
    "b25_4": layout_b25_4,
    "b25_5": layout_b25_5,
}
