"""Blind test layouts (set 13) for newsfarm (--extra-layouts): five article
templates modelled on kinds of real Arabic news pages that no earlier layout
file imitates, written without reading Khabar's extractor. Each prints the
whole page a reader gets: top bar, header and menus, a ticker, the article,
the boxes sites put inside the text, and the lists, comments, sidebars and
footer around it.

  b13_1  Saudi one-city local-news site with Sabq-style short items: top
         bar with the day's Hijri-first date («الأحد ٢٤ شوال ١٤٣٦هـ -
         ٠٩ أغسطس ٢٠١٥م»), the city's weather and prayer times, an «عاجل»
         ticker with relative «منذ» ages; under the headline the same
         Hijri + Gregorian date and a 12-hour clock «٢:٣٢ م» (Eastern
         digits on UTF-8 sites); the credit FUSED into the first paragraph
         as a bold lead-in «<strong>name- سبق- جدة:</strong> text...»
         (the corpus's credit string, printed whole; no lead-in without an
         author); OpenGraph + JSON-LD dates (+03:00), no author in them. In
         the text a two-link «اقرأ أيضاً» box, an ad slot and an embedded
         tweet from the city's municipality; after it a follow box, tags,
         related items with their own dates, comments with names and
         absolute dates, a poll and a most-read rail.
  b13_2  Iraqi Shia religious authority / holy-shrine news site (Baghdad
         time, +03:00): basmala strip, language links (NCRs where the
         charset lacks letters), Karbala prayer times, live broadcast link;
         HIJRI-FIRST date row under the headline «السبت ٢٤ شوال ١٤٣٦ هـ
         الموافق ٩ آب ٢٠١٥ م - الساعة ٠٢:٣٢ مساءً» (Iraqi/Levantine month
         names, 12-hour with صباحاً/مساءً, Eastern digits on UTF-8 sites);
         NOTHING machine-readable; a photo strip and a related box inside
         the text; the credit in a credits row AFTER the text: «تحرير:» +
         name beside «تصوير:» + a photographer (both only on pages with an
         author); then comments dated in Hijri, the latest religious
         rulings as question/answer prose, same-section list; a sidebar with
         a saying-of-the-day box, proxy-visit form, most read.
  b13_3  Arabic site of an Iranian state broadcaster (Al-Alam-like):
         header date in three calendars for TEHRAN (Solar Hijri «١٨ مرداد
         ١٣٩٤», lunar Hijri, Gregorian); live-TV box with a schedule in
         Tehran time; news code, section, headline, a summary «lead» that
         repeats the text's first sentence, then an info list: the date in
         GMT «الأحد 09 أغسطس 2015 - 11:32 بتوقيت غرينتش» (the day can roll
         back against Riyadh's) and «الكاتب:» + name as one row (no row
         without an author); article:published_time in +04:30 (Tehran
         summer time) and itemprop datePublished in UTC («…Z»). In the text
         a related box, a Telegram promo and a related-video card; after it
         «المصدر:» line, news code, tags, most-watched videos with
         durations, moderated comments.
  b13_4  Press-release distribution wire (PR-Newswire-Arabic-like): the
         date in US EASTERN time «09 أغسطس/آب 2015، 07:32 ص بتوقيت شرق
         الولايات المتحدة (ET)» (EDT = UTC-4, so often the day before
         Riyadh's), <meta name="date"> with -04:00; «المصدر:» + the credit
         string as a linked row under the headline; the wire dateline fused
         into the first paragraph in spans («الرياض، المملكة العربية
         السعودية، 9 أغسطس/آب 2015 /<wire>/ -- text», Riyadh date); a
         photo-download figure and a multimedia box inside the text; after
         «###» an «نبذة عن …» company boilerplate paragraph and a media
         contact block with another person's name, phone and e-mail; then
         related releases with ET times, sector list, disclaimer.
  b13_5  Arabic health / medical news site (WebTeb/Altibbi-like): symptom
         search, «اسأل طبيب» button, BMI calculator; under the headline an
         author card («كتابة:» + name, photo, bio) AND a medical reviewer
         card («مراجعة طبية: د. …», a different name), both only on pages
         with an author; the visible date is day-only «تاريخ النشر: 9
         أغسطس 2015» next to a LATER «آخر تحديث: 10 أغسطس 2015 - 18:05»;
         the minute of publication only in JSON-LD (datePublished +03:00,
         with dateModified and reviewedBy). In the text a «اقرأ أيضاً»
         medical box, a health-tip box, an ad; after it references in
         English and Arabic, a medical disclaimer, a «was it useful»
         widget, related articles and doctors' Q&A with names and dates.

Pages whose article has no author print no byline. The author string is
printed whole, exactly as the corpus gives it, as the only text of its
element (b13_1: of its <strong> lead-in). Gold times are Asia/Riyadh
(+03:00); b13_2 (Baghdad) is +03:00 too; b13_3 prints GMT and Tehran
(+04:30) and says so; b13_4 prints US Eastern (UTC-4) and says so; the
conversions are exact. Hijri dates follow Umm al-Qura (1 Shawwal 1436 =
17 July 2015).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts /work/blind13/blind13_layouts.py \\
      --layouts b13_1,b13_2,b13_3,b13_4,b13_5 --out /work/blind13/pages
"""

import datetime as dt
import hashlib
import json
import sys

sys.path.insert(0, "/work/shared/newsfarm")
import layouts as L  # noqa: E402

esc = L.esc
MONTHS = L.MONTHS
HIJRI_MONTHS = L.HIJRI_MONTHS
WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
IRAQI_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                "تشرين الأول", "تشرين الثاني", "كانون الأول"]
DUAL_MONTHS = ["يناير/كانون الثاني", "فبراير/شباط", "مارس/آذار", "أبريل/نيسان", "مايو/أيار",
               "يونيو/حزيران", "يوليو/تموز", "أغسطس/آب", "سبتمبر/أيلول", "أكتوبر/تشرين الأول",
               "نوفمبر/تشرين الثاني", "ديسمبر/كانون الأول"]
JALALI_MONTHS = ["فروردين", "أرديبهشت", "خرداد", "تير", "مرداد", "شهريور", "مهر", "آبان", "آذر",
                 "دي", "بهمن", "اسفند"]
DECOYS = ["سلمان العتيبي", "نورة القحطاني", "حيدر الموسوي", "علي الكربلائي", "فراس الحسيني",
          "سارة المطيري", "هاني الشريف", "ريم الدوسري", "مازن العنزي", "لمى الزهراني"]
TZ = {"riyadh": dt.timedelta(hours=3), "tehran": dt.timedelta(hours=4, minutes=30),
      "et": dt.timedelta(hours=-4)}


# --- helpers ---------------------------------------------------------------------------

def num(a, salt, lo, hi):
    h = int(hashlib.md5((a.key + salt).encode()).hexdigest()[:8], 16)
    return lo + h % (hi - lo + 1)


def pick(a, salt, seq):
    return seq[num(a, salt, 0, len(seq) - 1)]


def ncr(s, page):
    """Characters the page's charset lacks as numeric character references."""
    out = []
    for ch in s:
        try:
            ch.encode(page.site.encoding)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(f"&#{ord(ch)};")
    return "".join(out)


def dg(s, page):
    """Eastern Arabic digits where the charset has them (windows-1256 has not)."""
    return str(s).translate(L.EASTERN) if page.site.encoding.lower().startswith("utf") else str(s)


def ampm(d, am="ص", pm="م", pad=False):
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d} {am if d.hour < 12 else pm}" if pad else f"{h}:{d.minute:02d} {am if d.hour < 12 else pm}"


def shift(d, zone):
    """A naive Riyadh time to the naive local time of another zone."""
    return d - TZ["riyadh"] + TZ[zone]


def iso(d, zone="riyadh"):
    off = TZ[zone]
    sign = "-" if off < dt.timedelta(0) else "+"
    mins = abs(int(off.total_seconds())) // 60
    return shift(d, zone).strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{mins // 60:02d}:{mins % 60:02d}"


# Umm al-Qura month starts around the corpus (July–August 2015).
HIJRI_STARTS = [((1436, 9), dt.date(2015, 6, 18)), ((1436, 10), dt.date(2015, 7, 17)),
                ((1436, 11), dt.date(2015, 8, 15))]


def hijri(d):
    day = d.date() if isinstance(d, dt.datetime) else d
    for ((y, m), start), (_, nxt) in zip(HIJRI_STARTS, HIJRI_STARTS[1:]):
        if start <= day < nxt:
            return (day - start).days + 1, HIJRI_MONTHS[m - 1], y
    raise ValueError(f"no Hijri table entry for {day}")


def jalali(d):
    day = d.date() if isinstance(d, dt.datetime) else d
    n = (day - dt.date(2015, 3, 21)).days
    if not 0 <= n < 365:
        raise ValueError(f"no Solar Hijri table entry for {day}")
    for m, length in enumerate([31] * 6 + [30] * 5 + [29]):
        if n < length:
            return n + 1, JALALI_MONTHS[m], 1394
        n -= length


def weave(paras, boxes, first_prefix=""):
    """Paragraphs in order; each (index, html) box after that paragraph, boxes past
    the end after the last one."""
    out = []
    last = len(paras) - 1
    for i, p in enumerate(paras):
        out.append(f"<p>{first_prefix if i == 0 else ''}{esc(p)}</p>")
        for at, box in boxes:
            if at == i or (i == last and at > last):
                out.append(box)
    if not paras:
        out += [box for _, box in boxes]
    return "\n".join(out)


def ago(m, page):
    """«منذ» minutes with the Arabic plural rules sites use."""
    if m == 1:
        return "دقيقة"
    if m == 2:
        return "دقيقتين"
    return f"{dg(m, page)} {'دقائق' if m <= 10 else 'دقيقة'}"


def short(text, n=12):
    w = text.split()
    return " ".join(w[:n]) + ("..." if len(w) > n else "")


def links(page, kind, n, fmt="<li>{a}</li>"):
    return "".join(fmt.format(a=L.link(page, o), o=o) for o in page.others(kind, n))


def ldjson(obj):
    return ('<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")
            + "</script>")


# --- b13_1: Saudi one-city local news (Sabq-style) ---------------------------------------

CITIES = [("جدة", "jeddah", "أمانة محافظة جدة", "Jeddah_Amana"),
          ("الطائف", "taif", "أمانة محافظة الطائف", "Taif_Amana"),
          ("المدينة المنورة", "madinah", "أمانة المدينة المنورة", "AmanatAlmadinah"),
          ("أبها", "abha", "أمانة منطقة عسير", "Aseer_Amana"),
          ("الأحساء", "ahsa", "أمانة الأحساء", "AlAhsa_Amana"),
          ("تبوك", "tabuk", "أمانة منطقة تبوك", "Tabuk_Amana")]
PRAYERS = [("الفجر", "4:21 ص"), ("الشروق", "5:43 ص"), ("الظهر", "12:26 م"), ("العصر", "3:51 م"),
           ("المغرب", "7:02 م"), ("العشاء", "8:32 م")]
CAPTIONS_1 = ["صورة من الموقع", "من موقع الحدث", "صورة أرشيفية", "جانب من الجولة الميدانية"]
COMMENTERS_1 = ["أبو فيصل", "مواطن غيور", "ابن جدة", "ام عبدالله", "سعود 99", "متابع", "ناصح أمين"]
COMMENTS_1 = ["الله يعطيكم العافية على المتابعة", "نبي حلول على أرض الواقع مو تصريحات",
              "خبر جميل والله يوفق الجميع", "الحي عندنا له سنتين على نفس الحال",
              "شكراً لكم دائماً سباقين للخبر", "متى يبدأ التطبيق؟ ومين الجهة المسؤولة؟"]


def layout_b13_1(page):
    """Saudi one-city local site: Hijri-first day line, 12-hour clock, the credit as a
    bold lead-in fused into the first paragraph, OG + JSON-LD dates."""
    a, site = page.article, page.site
    city, cslug, amana, handle = CITIES[site.idx % len(CITIES)]
    paras = L.paragraphs(a.text)
    d = a.published
    hd, hm, hy = hijri(d)
    dayline = (f"{WEEKDAYS[d.weekday()]} {dg(hd, page)} {hm} {dg(hy, page)}هـ - "
               f"{dg(f'{d.day:02d}', page)} {MONTHS[d.month - 1]} {dg(d.year, page)}م")
    clock = dg(ampm(d), page)
    views = num(a, "views", 300, 48000)
    nc = num(a, "nc", 0, 4)
    temp = num(a, "temp", 36, 46)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso(d), "dateModified": iso(d + dt.timedelta(minutes=num(a, "mod", 3, 50))),
          "image": f"{site.base}/uploads/2015/{d:%m}/{a.key}.jpg",
          "publisher": {"@type": "Organization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/assets/logo.png"}},
          "mainEntityOfPage": page.canonical, "articleSection": f"محليات {city}"}
    head = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(site.name)} | {esc(a.title)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta name="keywords" content="{esc('، '.join(L.tags_for(a)))}، {esc(city)}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:image" content="{esc(site.base)}/uploads/2015/{d:%m}/{a.key}.jpg">
<meta property="article:published_time" content="{iso(d)}">
<meta name="twitter:site" content="@{handle.split('_')[0]}_news">
{ldjson(ld)}
<link rel="stylesheet" href="/assets/css/style.rtl.min.css?v=4.2">
<script async src="//www.googletagservices.com/tag/js/gpt.js"></script>
</head>"""
    prayers = " | ".join(f"{n} <b>{dg(t.split()[0], page)} {t.split()[1]}</b>" for n, t in PRAYERS)
    nav = "".join(f'<li><a href="/{s}">{esc(n)}</a></li>' for n, s in
                  [("الرئيسية", ""), (f"محليات {city}", f"{cslug}/local"), (f"أمانة {city}", f"{cslug}/amana"),
                   ("تعليم", "education"), ("صحة", "health"), ("حوادث وقضايا", "accidents"), ("المملكة", "saudi"),
                   ("رياضة", "sport"), ("منوعات", "misc"), ("فيديو", "video"), ("إنفوجرافيك", "infographic")])
    ticker = "".join(f'<li>{L.link(page, o)} <span class="ago">منذ {ago(num(o, "ago", 1, 55), page)}</span></li>'
                     for o in page.others("ticker", 6))
    ra = page.others("read_also", 2)
    read_also = ""
    if ra:
        read_also = ('<div class="read-also-box"><h4>اقرأ أيضاً</h4><ul>'
                     + "".join(f'<li><a href="{esc(page.url_of(o))}"><img src="/uploads/thumbs/{o.key}.jpg" alt="">'
                               f'{esc(o.title)}</a></li>' for o in ra) + "</ul></div>")
    ad = ('<div class="ads-inarticle"><span>مساحة إعلانية</span><div id="div-gpt-ad-1438-0">'
          '<script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-1438-0");});</script></div></div>')
    tw_src = page.others("tweet", 1)
    tw_text = short(tw_src[0].title, 14) if tw_src else f"تنبيه لسكان {city}"
    tweet = (f'<blockquote class="twitter-tweet" lang="ar"><p lang="ar" dir="rtl">{esc(tw_text)} #{esc(city.replace(" ", "_"))}</p>'
             f'&mdash; {esc(amana)} (@{handle}) <a href="https://twitter.com/{handle}/status/6{num(a, "tw", 10**16, 10**17)}">'
             f'{d.day} {MONTHS[d.month - 1]} {d.year}</a></blockquote>'
             '<script async src="//platform.twitter.com/widgets.js" charset="utf-8"></script>')
    boxes = [(0, read_also), (2, ad), (3, tweet)] if len(paras) > 4 else [(0, read_also), (1, ad)]
    lead_in = f'<strong class="news-lead-by">{esc(a.author)}</strong> ' if a.author else ""
    body = weave(paras, boxes, lead_in)
    tags = "".join(f'<a href="/tags/{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a) + [city])
    related = "".join(
        f'<li><a href="{esc(page.url_of(o))}"><img src="/uploads/thumbs/{o.key}.jpg" alt="">'
        f'<span class="t">{esc(o.title)}</span></a><span class="d">{dg(f"{o.published.day:02d}/{o.published.month:02d}/{o.published.year}", page)} - {dg(ampm(o.published), page)}</span></li>'
        for o in page.others("similar", 6))
    comms = ""
    for k in range(nc):
        cd = d + dt.timedelta(minutes=17 + 41 * k + num(a, f"cm{k}", 0, 30))
        comms += (f'<li class="comment"><div class="c-head"><span class="c-name">{esc(pick(a, f"cn{k}", COMMENTERS_1))}</span>'
                  f'<span class="c-date">{dg(f"{cd.day:02d}/{cd.month:02d}/{cd.year}", page)} {dg(ampm(cd), page)}</span></div>'
                  f'<p>{esc(pick(a, f"ct{k}", COMMENTS_1))}</p><a class="reply" href="#">رد</a> '
                  f'<span class="likes">&#128077; {dg(num(a, f"lk{k}", 0, 90), page)}</span></li>')
    popular = "".join(f'<li><span class="n">{dg(i + 1, page)}</span>{L.link(page, o)}'
                      f'<span class="v">{dg(num(o, "v", 1000, 90000), page)} قراءة</span></li>'
                      for i, o in enumerate(page.others("popular", 6)))
    photo_day = page.others("photo", 1)
    photo_html = ""
    if photo_day:
        photo_html = (f'<div class="widget photo-day"><h3>صورة اليوم</h3><img src="/uploads/photo/{photo_day[0].key}.jpg" alt="">'
                      f'<p>{esc(short(photo_day[0].title, 8))} - عدسة: {esc(pick(a, "ph", DECOYS))}</p></div>')
    return f"""{head}
<body class="news-details-page city-{cslug}">
<div class="top-bar"><div class="container">
<span class="today">{dayline}</span>
<span class="weather">{esc(city)} <b>{dg(temp, page)}°</b> مشمس جزئياً | الرطوبة {dg(num(a, "hum", 20, 70), page)}%</span>
<div class="prayer-times"><span>مواقيت الصلاة في {esc(city)}:</span> {prayers}</div>
<ul class="social"><li><a href="https://twitter.com/">تويتر</a></li><li><a href="https://instagram.com/">انستقرام</a></li><li><a href="https://snapchat.com/">سناب شات</a></li></ul>
</div></div>
<header class="site-header"><div class="container">
<a class="logo" href="/"><img src="/assets/logo.png" alt="{esc(site.name)}"><span>{esc(site.name)}</span></a>
<span class="tagline">أخبار {esc(city)} لحظة بلحظة</span>
<form class="search" action="/search"><input name="q" placeholder="ابحث في الأخبار"><button>بحث</button></form>
<a class="send-news" href="/send">أرسل خبراً</a>
</div>
<nav class="main-menu"><ul>{nav}</ul></nav></header>
<div class="breaking-bar"><span class="label">عاجل</span><ul class="marquee">{ticker}</ul></div>
<div class="ads-leaderboard"><span>إعلان</span></div>
<div class="container"><div class="row">
<div class="col-md-8 main-col">
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/{cslug}/local">محليات {esc(city)}</a></li></ol>
<article class="news-details" id="news-{a.n}">
<span class="cat-badge">محليات</span>
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-info">
<span class="date"><i class="icon-calendar"></i> {dayline}</span>
<span class="time"><i class="icon-clock"></i> {clock}</span>
<span class="views"><i class="icon-eye"></i> {dg(f"{views:,}".replace(",", "٬" if page.site.encoding.startswith("utf") else ","), page)}</span>
<a class="comments-count" href="#comments">{dg(nc, page)} تعليق</a>
</div>
<div class="font-tools"><a href="#" class="fplus">A+</a> <a href="#" class="fminus">A-</a> <a href="javascript:print()">طباعة</a> <a href="/send-friend/{a.n}">أرسل لصديق</a></div>
<figure class="news-img"><img src="/uploads/2015/{d:%m}/{a.key}.jpg" alt="{esc(a.title)}"><figcaption>{esc(pick(a, "cap", CAPTIONS_1))}</figcaption></figure>
<div class="news-text" id="newsText">
{body}
</div>
<div class="follow-box">تابعوا آخر أخبار {esc(city)} عبر حساب {esc(site.name)} في تويتر <a href="https://twitter.com/">@{handle.split('_')[0]}_news</a> وقناة سناب شات</div>
<div class="share"><span>شارك:</span> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://www.facebook.com/sharer.php">فيسبوك</a> <a href="whatsapp://send">واتساب</a> <a href="#copy" class="short-url">{esc(site.base)}/s/{a.n}</a></div>
<div class="tags"><span>الوسوم:</span> {tags}</div>
</article>
<section class="related-news"><h3>أخبار ذات صلة</h3><ul>{related}</ul></section>
<section class="comments" id="comments"><h3>التعليقات ({dg(nc, page)})</h3>
<ol>{comms or '<li class="no-comments">لا توجد تعليقات، كن أول من يعلق</li>'}</ol>
<form class="comment-form"><input name="name" placeholder="الاسم"><textarea name="comment" placeholder="اكتب تعليقك هنا"></textarea>
<p class="rules">التعليقات لا تعبر عن رأي الصحيفة، ويحذف أي تعليق مسيء أو خارج الموضوع.</p><button>إرسال</button></form></section>
</div>
<aside class="col-md-4 side-col">
<div class="widget most-read"><h3>الأكثر قراءة</h3><ol>{popular}</ol></div>
{photo_html}
<div class="widget poll"><h3>استطلاع الرأي</h3><p>هل تؤيد تطبيق نظام ساهر على الطرق داخل الأحياء السكنية في {esc(city)}؟</p>
<label><input type="radio" name="p"> نعم</label><label><input type="radio" name="p"> لا</label><label><input type="radio" name="p"> لا أعرف</label><button>تصويت</button> <a href="/poll/results">النتائج</a></div>
<div class="widget app"><h3>حمّل تطبيق {esc(site.name)}</h3><a href="#ios">App Store</a> <a href="#android">Google Play</a></div>
<div class="ads-side"><span>إعلان</span></div>
</aside>
</div></div>
<footer class="site-footer"><div class="container">
<ul class="footer-links"><li><a href="/about">من نحن</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/terms">شروط الاستخدام</a></li><li><a href="/advertise">أعلن معنا</a></li><li><a href="/contact">اتصل بنا</a></li></ul>
<p>جميع الحقوق محفوظة © {esc(site.name)} الإلكترونية {dg(1436, page)}هـ - {dg(2015, page)}م</p>
<p class="license">مرخصة من وزارة الثقافة والإعلام برقم {dg(site.idx * 131 + 4021, page)}</p>
</div></footer>
</body></html>"""


# --- b13_2: Iraqi Shia religious authority / holy shrine news -----------------------------

GALLERY = ["جانب من الفعالية", "جانب من الحضور", "من أجواء المناسبة", "خلال الجولة التفقدية"]
COMMENTERS_2 = ["خادم أبي الفضل", "أبو حيدر", "زائر من البصرة", "أم حسين", "علي الكربلائي", "محب الحسين"]
COMMENTS_2 = ["بارك الله في جهودكم وجعلها في ميزان حسناتكم", "اللهم احفظ العراق وأهله",
              "شكراً للمركز الإعلامي على نقل الأخبار أولاً بأول", "نسألكم الدعاء", "وفقكم الله لخدمة الزائرين"]
RULINGS = [("ما حكم صلاة المسافر إذا نوى الإقامة عشرة أيام في مكان واحد؟",
            "إذا نوى الإقامة عشرة أيام متوالية في مكان واحد وجب عليه التمام في صلاته وصح منه الصوم."),
           ("هل يجوز دفع زكاة الفطرة نقداً بدل الطعام؟",
            "يجوز دفع قيمتها نقداً، والأحوط أن تكون بقيمة الطعام المتعارف في البلد."),
           ("هل تجب إعادة الصلاة إذا تبين بعدها أن الثوب كان نجساً ولم يعلم به؟",
            "إذا كان جاهلاً بالنجاسة ولم يعلم بها إلا بعد الفراغ من الصلاة فصلاته صحيحة ولا تجب الإعادة.")]
SAYINGS = ["قال أمير المؤمنين علي (عليه السلام): قيمة كل امرئ ما يحسنه.",
           "قال الإمام الصادق (عليه السلام): من صدق لسانه زكا عمله.",
           "قال أمير المؤمنين علي (عليه السلام): الناس صنفان، إما أخ لك في الدين أو نظير لك في الخلق."]


def ar_ampm(d, page):
    return dg(f"{d.hour % 12 or 12:02d}:{d.minute:02d}", page) + (" صباحاً" if d.hour < 12 else " مساءً")


def hijri_first(d, page, weekday=True):
    hd, hm, hy = hijri(d)
    return (f"{WEEKDAYS[d.weekday()] + ' ' if weekday else ''}{dg(hd, page)} {hm} {dg(hy, page)} هـ")


def layout_b13_2(page):
    """Iraqi Shia religious authority: Hijri-first date row with «الموافق» and a 12-hour
    clock, nothing machine-readable, «تحرير:» credit row after the text."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    miladi = f"{dg(d.day, page)} {IRAQI_MONTHS[d.month - 1]} {dg(d.year, page)} م"
    hits = num(a, "hits", 150, 9000)
    nc = num(a, "nc", 0, 3)
    langs = "".join(f'<li><a href="/{c}/" lang="{c}">{ncr(n, page)}</a></li>' for c, n in
                    [("en", "English"), ("fa", "فارسی"), ("ur", "اردو"), ("tr", "Türkçe")])
    prayers = "".join(f"<li>{n} <b>{dg(t, page)}</b></li>" for n, t in
                      [("الفجر", "04:18"), ("الشروق", "05:49"), ("الظهر", "12:10"), ("المغرب", "19:14"), ("منتصف الليل", "23:43")])
    nav = "".join(f'<li><a href="/{s}/">{n}</a></li>' for n, s in
                  [("الرئيسية", "index"), ("أخبار العتبة", "news"), ("النشاطات", "activities"),
                   ("بيانات المرجعية", "statements"), ("خطبة الجمعة", "friday"), ("المناسبات الدينية", "occasions"),
                   ("الاستفتاءات", "istiftaat"), ("المكتبة الرقمية", "library"), ("المرئيات", "videos"),
                   ("اتصل بنا", "contact")])
    ticker = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("ticker", 5))
    thumbs = "".join(f'<li><a href="/gallery/{a.n}/{k}"><img src="/upload/news/{a.key}_{k}_th.jpg" alt=""></a>'
                     f'<span>{GALLERY[(num(a, "g", 0, 3) + k) % 4]}</span></li>' for k in range(1, 4))
    gallery = f'<div class="news-gallery"><ul>{thumbs}</ul><a class="more" href="/gallery/{a.n}">عرض جميع الصور ({dg(num(a, "gn", 6, 24), page)})</a></div>'
    rel = page.others("read_also", 3)
    related_box = ""
    if rel:
        related_box = ('<div class="mawadee3"><div class="box-title">مواضيع ذات صلة</div><ul>'
                       + "".join(f"<li>&#9670; {L.link(page, o)}</li>" for o in rel) + "</ul></div>")
    boxes = [(0, gallery), (2, related_box)] if len(paras) > 3 else [(0, gallery), (9, related_box)]
    body = weave(paras, boxes)
    credits = ""
    if a.author:
        credits = (f'<div class="news-credits"><span class="editor">تحرير: <b>{esc(a.author)}</b></span>'
                   f'<span class="photo">تصوير: {esc(pick(a, "ph", DECOYS))}</span></div>')
    comms = ""
    for k in range(nc):
        cd = d + dt.timedelta(minutes=35 + 95 * k + num(a, f"cm{k}", 0, 50))
        comms += (f'<div class="comment-item"><div class="comment-name">{esc(pick(a, f"cn{k}", COMMENTERS_2))}</div>'
                  f'<div class="comment-date">{hijri_first(cd, page, weekday=False)} - {ar_ampm(cd, page)}</div>'
                  f'<div class="comment-text">{esc(pick(a, f"ct{k}", COMMENTS_2))}</div></div>')
    first = num(a, "rul", 0, 1)
    rulings = "".join(f'<div class="istifta"><p class="q"><b>السؤال:</b> {esc(q)}</p><p class="ans"><b>الجواب:</b> {esc(ans)}</p></div>'
                      for q, ans in RULINGS[first:first + 2])
    same_section = "".join(f'<li>{L.link(page, o)}<span class="d">{hijri_first(o.published, page, weekday=False)}</span></li>'
                           for o in page.others("similar", 6))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}" />
<title>{esc(site.name)} :: الأخبار :: {esc(a.title)}</title>
<meta name="description" content="{esc(a.title)}" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:image" content="{esc(site.base)}/upload/news/{a.key}_1.jpg" />
<link href="/css/main.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.2.min.js"></script>
<script type="text/javascript" src="/js/prayer.js"></script>
</head>
<body>
<div id="basmala">بسم الله الرحمن الرحيم</div>
<div id="top">
<div class="today"><span class="hijri-today">{hijri_first(d, page)}</span> <span class="miladi-today">{miladi}</span></div>
<ul class="langs">{langs}</ul>
</div>
<div id="header">
<div class="logo"><a href="/"><img src="/images/logo.png" alt="{esc(site.name)}" /></a>
<div class="site-name">{esc(site.name)}</div><div class="site-sub">الموقع الرسمي - قسم الإعلام والعلاقات العامة</div></div>
<div class="live"><a href="/live/">البث المباشر من الحرم الشريف</a></div>
<div class="prayer-box"><div class="pt-title">أوقات الصلاة حسب توقيت كربلاء المقدسة</div><ul>{prayers}</ul></div>
</div>
<div id="menu"><ul>{nav}</ul></div>
<div id="news-bar"><span>آخر الأخبار:</span><marquee direction="right" scrollamount="3"><ul>{ticker}</ul></marquee></div>
<table id="main" width="100%" cellpadding="0" cellspacing="0"><tr>
<td id="content" valign="top">
<div class="path">أنت هنا: <a href="/">الرئيسية</a> &raquo; <a href="/news/">الأخبار</a> &raquo; <a href="/news/cat/1">أخبار العتبة</a></div>
<div class="news-page">
<h1 class="news-head">{esc(a.title)}</h1>
<div class="news-date-bar">
<span class="hijri">{hijri_first(d, page)}</span>
<span class="mwafiq">الموافق</span>
<span class="miladi">{miladi}</span>
<span class="clock">- الساعة {ar_ampm(d, page)}</span>
<span class="hits">عدد القراءات: {dg(hits, page)}</span>
</div>
<div class="news-tools"><a href="/print/{a.n}">طباعة</a> | <a href="/pdf/{a.n}">PDF</a> | <a href="/send/{a.n}">إرسال</a> | <a href="#" class="font-big">تكبير الخط</a></div>
<div class="news-img"><img src="/upload/news/{a.key}_1.jpg" alt="" /><div class="img-caption">{GALLERY[num(a, "cap", 0, 3)]}</div></div>
<div class="news-content">
{body}
</div>
{credits}
<div class="share-box">شارك الخبر: <a href="https://www.facebook.com/sharer.php">فيسبوك</a> <a href="https://twitter.com/share">تويتر</a> <a href="https://plus.google.com/share">جوجل+</a> <a href="viber://forward">فايبر</a></div>
<div class="comments-area"><div class="box-title">التعليقات ({dg(nc, page)})</div>
{comms or '<div class="no-comment">لا توجد تعليقات</div>'}
<form class="add-comment"><div class="box-title">إضافة تعليق</div><input name="name" /> الاسم<br /><input name="email" /> البريد الإلكتروني (لن يتم نشره)<br /><textarea name="body"></textarea><br /><input type="submit" value="إرسال التعليق" />
<p class="note">ستظهر التعليقات بعد مراجعتها من قبل إدارة الموقع</p></form></div>
<div class="istiftaat-latest"><div class="box-title">آخر الاستفتاءات</div>{rulings}<a href="/istiftaat/">المزيد من الاستفتاءات</a></div>
<div class="same-section"><div class="box-title">اقرأ في نفس القسم</div><ul>{same_section}</ul></div>
</div>
</td>
<td id="side" valign="top" width="260">
<div class="side-box hikma"><div class="box-title">حكمة اليوم</div><p>{esc(pick(a, "say", SAYINGS))}</p></div>
<div class="side-box"><div class="box-title">الزيارة بالنيابة</div><p>سجّل اسمك لتتم زيارتك بالنيابة عند الضريح المطهر</p><form><input name="visitor" /><input type="submit" value="تسجيل" /></form></div>
<div class="side-box"><div class="box-title">الأكثر قراءة</div><ol>{links(page, "popular", 6)}</ol></div>
<div class="side-box audio"><div class="box-title">المكتبة الصوتية</div><ul><li>دعاء كميل</li><li>زيارة عاشوراء</li><li>محاضرات دينية</li></ul></div>
</td>
</tr></table>
<div id="footer">
<div class="f-links"><a href="/about/">عن الموقع</a> | <a href="/sitemap/">خريطة الموقع</a> | <a href="/rss/">RSS</a> | <a href="/contact/">اتصل بنا</a></div>
<div class="copy">جميع الحقوق محفوظة &copy; {dg(1436, page)} هـ - {esc(site.name)}</div>
<div class="dev">تصميم وبرمجة: قسم تقنية المعلومات</div>
</div>
</body>
</html>"""


# --- b13_3: Iranian state broadcaster, Arabic site ----------------------------------------

SECTIONS_3 = ["العالم الإسلامي", "الخليج الفارسي", "العراق", "سوريا", "لبنان", "فلسطين", "اليمن", "العالم"]
PROGRAMS = ["نشرة الأخبار", "مع الحدث", "حديث الساعة", "تحت الضوء", "من طهران", "عين على الخليج"]
COMMENTERS_3 = ["أبو مهدي", "Ali", "زائر", "ناصر - لبنان", "حسن", "محمد العراقي"]
COMMENTS_3 = ["تقرير مهم شكراً لقناة العالم", "الإعلام المقاوم صوت الحقيقة", "نريد تغطية أوسع لهذا الموضوع",
              "المصادر غير واضحة", "بارك الله فيكم"]


def layout_b13_3(page):
    """Iranian state broadcaster's Arabic site: Tehran three-calendar header, summary lead,
    info list with the GMT date and «الكاتب:», +04:30 and Z machine-readable dates."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    teh = shift(d, "tehran")
    gmt = d - TZ["riyadh"]
    jd, jm, jy = jalali(teh)
    hd, hm, hy = hijri(teh)
    code = f"{num(a, 'code', 1700000, 1799999)}"
    section = pick(a, "sec", SECTIONS_3)
    gmt_line = f"{WEEKDAYS[gmt.weekday()]} {gmt.day:02d} {MONTHS[gmt.month - 1]} {gmt.year} - {gmt:%H:%M} بتوقيت غرينتش"
    nav = "".join(f'<li><a href="/news/{k}">{n}</a></li>' for k, n in enumerate(
        ["الرئيسية", "إيران", "العالم الإسلامي", "فلسطين", "العراق", "سوريا", "لبنان", "اليمن", "الخليج الفارسي",
         "أفريقيا", "العالم", "اقتصاد", "برامج", "البث المباشر"]))
    breaking = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("ticker", 4))
    sched = ""
    for k in range(4):
        t = teh.replace(minute=0, second=0) + dt.timedelta(hours=k + 1)
        sched += f'<li><span class="t">{t:%H:%M}</span> {PROGRAMS[(num(a, "pg", 0, 5) + k) % 6]}</li>'
    rel = page.others("read_also", 2)
    related = ""
    if rel:
        related = ('<div class="related-inline"><h4>ذات صلة</h4>'
                   + "".join(f'<div class="ri"><a href="{esc(page.url_of(o))}"><img src="/images/news/{o.key}_s.jpg" alt="">'
                             f'<span>{esc(o.title)}</span></a></div>' for o in rel) + "</div>")
    telegram = ('<div class="telegram-promo"><a href="https://t.me/">تابعوا آخر الأخبار والتقارير على قناتنا في تلغرام '
                '&larr;</a></div>')
    vid = page.others("video", 1)
    video_card = ""
    if vid:
        video_card = (f'<div class="video-card"><a href="/news/{vid[0].n}/video"><img src="/images/video/{vid[0].key}.jpg" alt="">'
                      f'<span class="play">&#9654;</span><span class="dur">{num(a, "vm", 1, 9):02d}:{num(a, "vs", 0, 59):02d}</span>'
                      f'<span class="vt">فيديو: {esc(short(vid[0].title, 10))}</span></a></div>')
    boxes = [(1, related), (3, telegram), (5, video_card)] if len(paras) > 5 else [(0, related), (2, telegram)]
    body = weave(paras, boxes)
    lead = L.first_sentence(paras[0]) if paras else ""
    writer = f'<li class="writer">الكاتب: <span>{esc(a.author)}</span></li>' if a.author else ""
    most_watched = "".join(
        f'<li><a href="{esc(page.url_of(o))}"><img src="/images/video/{o.key}_s.jpg" alt=""><span class="dur">'
        f'{num(o, "m", 1, 14):02d}:{num(o, "s", 0, 59):02d}</span>{esc(o.title)}</a></li>'
        for o in page.others("popular", 5))
    nc = num(a, "nc", 0, 3)
    comms = ""
    for k in range(nc):
        cd = gmt + dt.timedelta(minutes=22 + 70 * k + num(a, f"cm{k}", 0, 40))
        comms += (f'<li><div class="cm-head"><b>{esc(pick(a, f"cn{k}", COMMENTERS_3))}</b> '
                  f'<span>{cd:%d/%m/%Y - %H:%M}</span></div><p>{esc(pick(a, f"ct{k}", COMMENTS_3))}</p></li>')
    tags = " ".join(f'<a href="/tag/{esc(t)}">#{esc(t)}</a>' for t in L.tags_for(a))
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<title>{esc(a.title)} | قناة {esc(site.short)} الإخبارية</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(lead)}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="article:section" content="{esc(section)}">
<meta property="article:published_time" content="{iso(d, 'tehran')}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="amphtml" href="{esc(page.canonical + ('&' if '?' in page.canonical else '?') + 'amp=1')}">
<link rel="stylesheet" href="/static/css/app.min.css?v=3.1.7">
<script src="/static/js/jwplayer/jwplayer.js"></script>
</head>
<body class="news-page">
<div class="topbar"><div class="wrap">
<span class="dates">طهران: {jd} {jm} {jy} | {hd} {hm} {hy} | {teh.day:02d} {MONTHS[teh.month - 1]} {teh.year}</span>
<ul class="network"><li><a href="/">{esc(site.short)}</a></li><li><a href="http://presstv.example/" lang="en">Press TV</a></li><li><a href="http://hispantv.example/" lang="es">HispanTV</a></li><li><a href="http://alkawthar.example/">الكوثر</a></li></ul>
</div></div>
<header class="hdr"><div class="wrap"><a class="logo" href="/"><img src="/static/img/logo.svg" alt="{esc(site.name)}"></a>
<form class="srch" action="/search"><input name="q" placeholder="بحث..."></form>
<a class="live-btn" href="/live">البث المباشر</a></div>
<nav class="mainnav"><ul>{nav}</ul></nav></header>
<div class="breaking"><b>عاجل</b><ul>{breaking}</ul></div>
<div class="wrap cols">
<main class="col-main">
<div class="news-detail" itemscope itemtype="http://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{gmt:%Y-%m-%dT%H:%M:%S}Z">
<div class="news-top"><a class="rubric" href="/news/section/{num(a, 'sec', 1, 9)}">{esc(section)}</a> <span class="code">رمز الخبر: {code}</span></div>
<h1 class="title" itemprop="headline">{esc(a.title)}</h1>
<div class="lead" itemprop="description">{esc(lead)}</div>
<ul class="news-info">
<li class="date">{gmt_line}</li>
{writer}
<li class="views">المشاهدات: {num(a, "views", 80, 12000)}</li>
</ul>
<div class="player"><div id="jw-{code}" class="jw"></div><script>jwplayer("jw-{code}").setup({{file:"/media/{code}.mp4",image:"/images/news/{a.key}.jpg"}});</script>
<span class="player-note">شاهد التقرير بالفيديو</span></div>
<div class="body" itemprop="articleBody">
{body}
</div>
<p class="source-line">المصدر: {esc(site.short)}</p>
<div class="news-code">{num(a, "c1", 10, 99)}-{num(a, "c2", 100, 999)}</div>
<div class="tags">{tags}</div>
<div class="share"><a href="https://t.me/share/url">تلغرام</a> <a href="whatsapp://send">واتساب</a> <a href="https://www.facebook.com/sharer.php">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="/print/{code}">طباعة</a></div>
</div>
<section class="more-news"><h3>أخبار ذات صلة</h3><ul>{links(page, "similar", 6)}</ul></section>
<section class="comments"><h3>التعليقات</h3>
<p class="comment-note">التعليقات المنشورة تعبر عن آراء أصحابها، ويحتفظ الموقع بحق عدم نشر التعليقات المسيئة.</p>
<ul>{comms}</ul>
<form><input name="name" placeholder="الاسم"><input name="country" placeholder="البلد"><textarea name="text"></textarea><button>إرسال</button></form></section>
</main>
<aside class="col-side">
<div class="live-box"><h3>البث المباشر</h3><div class="live-player"></div>
<h4>جدول البرامج (بتوقيت طهران)</h4><ul class="schedule">{sched}</ul></div>
<div class="box most-watched"><h3>الأكثر مشاهدة</h3><ul>{most_watched}</ul></div>
<div class="box freq"><h3>الترددات</h3><p>نايل سات 11353 أفقي | عرب سات 11958 أفقي</p></div>
</aside>
</div>
<footer class="ftr"><div class="wrap">
<ul><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/freq">الترددات</a></li><li><a href="/rss">RSS</a></li></ul>
<p>جميع الحقوق محفوظة لقناة {esc(site.short)} الإخبارية &copy; 2015</p></div></footer>
</body></html>"""


# --- b13_4: press-release distribution wire -----------------------------------------------

COMPANIES = [("مجموعة الأفق القابضة", "alofoq-holding.com",
              "تأسست مجموعة الأفق القابضة عام 1998 ومقرها الرياض، وهي من الشركات الرائدة في مجالات التطوير العقاري "
              "والخدمات اللوجستية في منطقة الشرق الأوسط وشمال أفريقيا، وتضم أكثر من 2,500 موظف في تسع دول."),
             ("شركة نبراس للتقنية", "nebras-tech.com",
              "شركة نبراس للتقنية شركة سعودية متخصصة في حلول الحوسبة السحابية وأمن المعلومات، تخدم أكثر من 400 "
              "عميل من القطاعين الحكومي والخاص، ولها مكاتب في الرياض وجدة ودبي والقاهرة."),
             ("بنك الخليج الأول للاستثمار", "gfib.com.sa",
              "يعد بنك الخليج الأول للاستثمار من المؤسسات المالية الرائدة في المنطقة، ويقدم خدمات إدارة الأصول "
              "والوساطة والاستشارات المالية، وهو مرخص من هيئة السوق المالية."),
             ("شركة واحة الصحة الطبية", "waha-health.com",
              "تدير شركة واحة الصحة الطبية شبكة من المستشفيات والمراكز الطبية في المملكة العربية السعودية ودول "
              "مجلس التعاون الخليجي، وتوظف أكثر من 6,000 من الكوادر الطبية والإدارية.")]
SECTORS = ["الطاقة", "العقارات", "البنوك والخدمات المالية", "التقنية والاتصالات", "الرعاية الصحية",
           "السفر والسياحة", "التعليم", "السيارات", "التجزئة"]
WIRE_CITIES = ["الرياض", "جدة", "الدمام", "الخبر"]


def layout_b13_4(page):
    """PR wire: US-Eastern date with «ET», «المصدر:» + credit string under the headline,
    dateline fused into the first paragraph, company boilerplate and contact after «###»."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    et = shift(d, "et")
    comp, domain, about = pick(a, "comp", COMPANIES)
    contact = pick(a, "ct", DECOYS)
    wire = f"{site.short} نيوزواير"
    et_line = (f"{et.day:02d} {DUAL_MONTHS[et.month - 1]} {et.year}، {ampm(et, pad=True)} "
               f"بتوقيت شرق الولايات المتحدة (ET)")
    city = pick(a, "city", WIRE_CITIES)
    dateline = (f'<span class="xn-location">{city}، المملكة العربية السعودية</span>، '
                f'<span class="xn-chron">{d.day} {DUAL_MONTHS[d.month - 1]} {d.year}</span> '
                f'/<span class="wire-name">{esc(wire)}</span>/ -- ')
    photo = (f'<figure class="release-photo"><img src="/photos/{a.key}.jpg" alt="{esc(comp)}">'
             f'<figcaption>الصورة متاحة عبر: {esc(site.base)}/photos/{a.key} '
             f'<a class="dl" href="/photos/{a.key}/hi-res">تحميل الصورة بدقة عالية</a></figcaption></figure>')
    multimedia = (f'<div class="multimedia-box"><h4>الوسائط المتعددة</h4><ul><li><a href="/mm/{a.n}/logo">شعار {esc(comp)}</a></li>'
                  f'<li><a href="/mm/{a.n}/video">فيديو ({num(a, "vd", 1, 3)})</a></li><li><a href="/mm/{a.n}/photos">صور ({num(a, "ph", 2, 9)})</a></li></ul></div>')
    boxes = [(1, photo), (3, multimedia)] if len(paras) > 4 else [(0, photo), (9, multimedia)]
    body = weave(paras, boxes, dateline)
    source_row = (f'<div class="release-source"><span class="lbl">المصدر:</span> '
                  f'<a href="/news-releases/source/{num(a, "src", 1000, 9999)}">{esc(a.author)}</a></div>') if a.author else ""
    others = "".join(
        f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a><span class="d">'
        f'{shift(o.published, "et"):%d/%m/%Y %H:%M} ET</span></li>' for o in page.others("similar", 6))
    latest = "".join(
        f'<li><span class="t">{shift(o.published, "et"):%H:%M} ET</span> {L.link(page, o)}</li>'
        for o in page.others("ticker", 6))
    sectors = "".join(f'<li><a href="/news-releases/sector/{k}">{s}</a></li>' for k, s in enumerate(SECTORS))
    langs = " | ".join(ncr(x, page) for x in ["English", "العربية", "Français", "中文", "Español"])
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<title>{esc(a.title)} - بيان صحفي | {esc(site.name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta name="date" content="{iso(d, 'et')}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:site_name" content="{esc(wire)}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="stylesheet" href="/content/css/release.css">
</head>
<body class="release-page">
<div class="utility-bar"><span class="langs">{langs}</span> <a href="/login">تسجيل الدخول</a> <a class="cta" href="/send-release">أرسل بيانك الصحفي</a></div>
<header class="masthead"><a class="logo" href="/">{esc(wire)}</a><span class="tag">منصة توزيع البيانات الصحفية في الشرق الأوسط</span>
<nav><ul><li><a href="/news-releases">البيانات الصحفية</a></li><li><a href="/news-releases/sectors">القطاعات</a></li><li><a href="/multimedia">الوسائط المتعددة</a></li><li><a href="/journalists">للصحفيين</a></li><li><a href="/services">خدماتنا</a></li></ul></nav>
<form class="search"><input name="q" placeholder="ابحث في البيانات الصحفية"></form></header>
<div class="container">
<main class="release">
<div class="release-header">
<span class="badge">بيان صحفي</span>
<h1>{esc(a.title)}</h1>
<div class="release-meta">
{source_row}
<p class="release-date">{et_line}</p>
<div class="release-share"><a href="/share/mail">بريد</a> <a href="/share/pdf">PDF</a> <a href="javascript:print()">طباعة</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://www.linkedin.com/shareArticle">لينكدإن</a></div>
</div>
</div>
<section class="release-body">
{body}
<p class="end-mark">###</p>
<h3 class="about-title">نبذة عن {esc(comp)}</h3>
<p class="about">{esc(about)} لمزيد من المعلومات يرجى زيارة <a href="http://www.{domain}">www.{domain}</a></p>
<div class="media-contact"><h4>للتواصل الإعلامي:</h4><p>{esc(contact)}<br>مدير الاتصال المؤسسي، {esc(comp)}<br>هاتف: <span dir="ltr">+966 11 {num(a, "p1", 200, 499)} {num(a, "p2", 1000, 9999)}</span><br>البريد الإلكتروني: <a href="mailto:media@{domain}">media@{domain}</a></p></div>
</section>
<div class="disclaimer">إخلاء مسؤولية: هذا البيان الصحفي صادر عن الجهة المذكورة أعلاه، وهي وحدها المسؤولة عن محتواه. تم توزيعه عبر {esc(wire)} ولا يعبر بالضرورة عن رأي {esc(site.name)}.</div>
<section class="more-releases"><h3>بيانات صحفية ذات صلة</h3><ul>{others}</ul></section>
</main>
<aside class="sidebar">
<div class="box latest"><h3>أحدث البيانات</h3><ul>{latest}</ul></div>
<div class="box sectors"><h3>تصفح حسب القطاع</h3><ul>{sectors}</ul></div>
<div class="box alerts"><h3>تنبيهات البريد</h3><p>اختر القطاعات التي تهمك واحصل على البيانات الصحفية فور صدورها.</p><form><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></form></div>
<div class="box journalists"><h3>هل أنت صحفي؟</h3><p>سجّل للحصول على البيانات قبل نشرها ووسائطها المتعددة بدقة عالية.</p></div>
</aside>
</div>
<footer class="site-footer"><ul><li><a href="/about">عن {esc(wire)}</a></li><li><a href="/terms">شروط الاستخدام</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/contact">اتصل بنا</a></li></ul>
<p>&copy; 2015 {esc(wire)}. جميع الحقوق محفوظة.</p></footer>
</body></html>"""


# --- b13_5: health / medical news -------------------------------------------------------

HEALTH_READS = ["أعراض نقص فيتامين د وطرق علاجه", "كيف تحمي طفلك من ضربة الشمس؟",
                "فيروس كورونا ميرس: الأعراض وطرق الوقاية", "السكري من النوع الثاني: الأسباب والعلاج",
                "10 نصائح لنوم صحي في فصل الصيف", "ارتفاع ضغط الدم: متى تحتاج إلى الطبيب؟"]
TIPS = ["شرب ما لا يقل عن ثمانية أكواب من الماء يومياً يساعد على الوقاية من الجفاف في أشهر الصيف الحارة.",
        "غسل اليدين بالماء والصابون لمدة عشرين ثانية على الأقل من أهم وسائل الوقاية من العدوى.",
        "النوم سبع ساعات على الأقل ليلاً يقوي جهاز المناعة ويحسن التركيز.",
        "المشي نصف ساعة يومياً يقلل خطر الإصابة بأمراض القلب والسكري."]
SPECIALTIES = ["استشاري طب الأسرة", "استشاري الأمراض المعدية", "أخصائي الباطنية", "استشاري طب المجتمع"]
REFERENCES = ["World Health Organization. Middle East respiratory syndrome coronavirus (MERS-CoV): fact sheet. Geneva: WHO; 2015.",
              "Centers for Disease Control and Prevention (CDC). Heat-related illness: symptoms and first aid. Atlanta; 2015.",
              "وزارة الصحة - المملكة العربية السعودية. مركز القيادة والتحكم: التحديثات الأسبوعية. الرياض، 2015.",
              "Mayo Clinic Staff. Dehydration: symptoms and causes. Mayo Foundation for Medical Education and Research; 2015."]
QA = [("أعاني من صداع مستمر منذ أسبوع مع ارتفاع بسيط في الحرارة، فهل أحتاج إلى تحاليل؟",
       "ننصح بمراجعة طبيب الأسرة لإجراء فحص سريري، وقد يطلب تحليل دم شامل بحسب الأعراض."),
      ("هل يمكن السفر بعد الإصابة بنزلة برد شديدة؟",
       "يفضل الانتظار حتى زوال الحرارة، مع الإكثار من السوائل واستشارة الطبيب إذا استمرت الأعراض."),
      ("ما الفرق بين التهاب الحلق الفيروسي والبكتيري؟",
       "التمييز يحتاج إلى فحص الطبيب وقد يلزم مسح من الحلق، ولا تستخدم المضادات الحيوية إلا بوصفة.")]
ASKERS = ["سائل من الرياض، 26 عاماً", "سائلة من جدة، 31 عاماً", "سائل من الدمام، 44 عاماً"]


def layout_b13_5(page):
    """Health news site: author card + medical reviewer card, day-only publish date beside
    a later «آخر تحديث» with a clock, the minute only in JSON-LD."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    upd = d + dt.timedelta(minutes=num(a, "upd", 70, 60 * 52))
    reviewer = "د. " + pick(a, "rev", DECOYS)
    spec = pick(a, "spec", SPECIALTIES)
    aid = num(a, "aid", 100, 999)
    graph = [{"@type": "NewsArticle", "headline": a.title, "datePublished": iso(d), "dateModified": iso(upd),
              "image": f"{site.base}/images/articles/{a.key}.jpg", "mainEntityOfPage": page.canonical,
              "publisher": {"@type": "Organization", "name": site.name}}]
    if a.author:
        graph[0]["author"] = {"@type": "Person", "name": a.author, "url": f"{site.base}/authors/{aid}"}
        graph.append({"@type": "MedicalWebPage", "url": page.canonical, "lastReviewed": upd.strftime("%Y-%m-%d"),
                      "reviewedBy": {"@type": "Person", "name": reviewer, "jobTitle": spec}})
    ld = {"@context": "https://schema.org", "@graph": graph}
    nav = "".join(f'<li><a href="/{s}">{n}</a></li>' for n, s in
                  [("الأمراض والحالات", "diseases"), ("الأدوية", "drugs"), ("الحمل والولادة", "pregnancy"),
                   ("صحة الطفل", "kids"), ("التغذية", "nutrition"), ("الصحة النفسية", "mental"),
                   ("أخبار صحية", "news"), ("اسأل طبيب", "ask"), ("أدوات صحية", "tools")])
    ra = pick(a, "ra", HEALTH_READS)
    read_also = (f'<div class="read-also-med"><span class="lbl">اقرأ أيضاً:</span> '
                 f'<a href="/diseases/{num(a, "rid", 1000, 9999)}">{esc(ra)}</a></div>')
    tip = (f'<aside class="health-tip"><div class="tip-title">معلومة صحية</div><p>{esc(pick(a, "tip", TIPS))}</p></aside>')
    ad = '<div class="ad-box"><small>إعلان</small><ins class="adsbygoogle" data-ad-slot="4412"></ins></div>'
    ask = '<div class="ask-inline">هل لديك سؤال طبي؟ <a href="/ask">اسأل طبيباً الآن مجاناً</a></div>'
    boxes = ([(0, read_also), (2, tip), (4, ad), (9, ask)] if len(paras) > 5
             else [(0, read_also), (1, tip), (9, ask)])
    body = weave(paras, boxes)
    cards = ""
    if a.author:
        cards = (f'<div class="article-people">'
                 f'<div class="person-card author-card"><img src="/images/authors/{aid}.jpg" alt="">'
                 f'<div><span class="role">كتابة:</span> <a class="name" href="/authors/{aid}">{esc(a.author)}</a>'
                 f'<p class="bio">محرر في قسم الأخبار الصحية، يكتب عن الصحة العامة والسياسات الصحية.</p></div></div>'
                 f'<div class="person-card reviewer-card"><img src="/images/doctors/{aid + 7}.jpg" alt="">'
                 f'<div><span class="role">مراجعة طبية:</span> <a class="name" href="/doctors/{aid + 7}">{esc(reviewer)}</a>'
                 f'<p class="bio">{esc(spec)}</p></div></div></div>')
    refs = "".join(f'<li dir="{"ltr" if r[0].isascii() else "rtl"}">{esc(r)}</li>'
                   for r in REFERENCES[num(a, "rf", 0, 1): num(a, "rf", 0, 1) + 3])
    qa = ""
    for k in range(num(a, "qa", 1, 3)):
        qd = d + dt.timedelta(hours=3 + 9 * k, minutes=num(a, f"qm{k}", 0, 59))
        q, ans = QA[(num(a, "q0", 0, 2) + k) % 3]
        qa += (f'<div class="qa-item"><div class="q"><span class="asker">{esc(ASKERS[(k + num(a, "as", 0, 2)) % 3])}</span> '
               f'<span class="qdate">{qd.day} {MONTHS[qd.month - 1]} {qd.year}</span><p>{esc(q)}</p></div>'
               f'<div class="a"><span class="doctor">أجاب عنه: د. {esc(DECOYS[(k + 3 + num(a, "dr", 0, 6)) % len(DECOYS)])}</span>'
               f'<p>{esc(ans)}</p></div></div>')
    related = "".join(f'<div class="card"><a href="{esc(page.url_of(o))}"><img src="/images/articles/{o.key}_m.jpg" alt="">'
                      f'<h4>{esc(o.title)}</h4></a><span class="read-time">{num(o, "rt", 2, 7)} دقائق قراءة</span></div>'
                      for o in page.others("similar", 4))
    drugs = "".join(f"<li><a href=\"/drugs/{k}\">{n}</a></li>" for k, n in
                    enumerate(["بنادول Panadol", "بروفين Brufen", "أوجمنتين Augmentin", "نيكسيوم Nexium", "فولتارين Voltaren"]))
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - أخبار صحية - {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/images/articles/{a.key}.jpg">
<link rel="canonical" href="{esc(page.canonical)}">
{ldjson(ld)}
<link rel="stylesheet" href="/dist/css/main.rtl.css?v=5.12">
<script async src="//pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>
</head>
<body class="article-page news">
<div class="cookie-bar">نستخدم ملفات تعريف الارتباط لتحسين تجربتك. <a href="/privacy">اعرف المزيد</a> <button>موافق</button></div>
<header class="header">
<div class="header-top"><a class="logo" href="/">{esc(site.name)} <small>| صحتك أولاً</small></a>
<form class="symptom-search" action="/search"><input name="q" placeholder="ابحث عن مرض، دواء، أو عرض"><button>بحث</button></form>
<a class="btn-ask" href="/ask">اسأل طبيب</a> <a class="btn-login" href="/login">دخول</a></div>
<nav class="nav"><ul>{nav}</ul></nav>
</header>
<div class="page">
<main class="content">
<nav class="crumbs"><a href="/">الرئيسية</a> &rsaquo; <a href="/news">أخبار صحية</a> &rsaquo; <span>{esc(short(a.title, 5))}</span></nav>
<article class="article">
<h1 class="article-title">{esc(a.title)}</h1>
{cards}
<div class="article-dates"><span class="pub">تاريخ النشر: {d.day} {MONTHS[d.month - 1]} {d.year}</span>
<span class="upd">آخر تحديث: {upd.day} {MONTHS[upd.month - 1]} {upd.year} - {upd:%H:%M}</span>
<span class="rt">{max(1, len(a.text.split()) // 180)} دقائق قراءة</span></div>
<figure class="hero"><img src="/images/articles/{a.key}.jpg" alt="{esc(a.title)}"><figcaption>صورة تعبيرية</figcaption></figure>
<div class="article-body">
{body}
</div>
<section class="references"><h3>المصادر والمراجع</h3><ol>{refs}</ol></section>
<div class="medical-disclaimer">تنويه: المعلومات الواردة في هذا المقال لأغراض التثقيف الصحي فقط، ولا تغني عن استشارة الطبيب المختص أو التشخيص والعلاج.</div>
<div class="feedback">هل كان هذا المقال مفيداً؟ <button>نعم ({num(a, "yes", 10, 900)})</button> <button>لا ({num(a, "no", 0, 40)})</button></div>
<div class="share"><a href="whatsapp://send">واتساب</a> <a href="https://www.facebook.com/sharer.php">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="mailto:">بريد</a></div>
<div class="tags">{"".join(f'<a href="/tag/{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a))}</div>
</article>
<section class="related-cards"><h3>مقالات ذات صلة</h3>{related}</section>
<section class="doctors-qa"><h3>أسئلة ذات صلة أجاب عنها الأطباء</h3>{qa}<a href="/ask">اطرح سؤالك</a></section>
</main>
<aside class="sidebar">
<div class="widget bmi"><h3>حاسبة كتلة الجسم</h3><form><label>الوزن (كغ)</label><input name="w"><label>الطول (سم)</label><input name="h"><button>احسب</button></form></div>
<div class="widget"><h3>الأكثر قراءة</h3><ol>{links(page, "popular", 5)}</ol></div>
<div class="widget drugs"><h3>أدوية شائعة</h3><ul>{drugs}</ul></div>
<div class="widget pregnancy"><h3>حاسبة الحمل</h3><p>احسبي موعد ولادتك المتوقع وأسبوع الحمل الحالي</p><a href="/tools/pregnancy">ابدئي الآن</a></div>
<div class="widget newsletter"><h3>النشرة الصحية الأسبوعية</h3><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></div>
</aside>
</div>
<footer class="footer"><div class="f-cols">
<div><h4>{esc(site.name)}</h4><ul><li><a href="/about">من نحن</a></li><li><a href="/team">الفريق الطبي</a></li><li><a href="/editorial-policy">السياسة التحريرية</a></li></ul></div>
<div><h4>أقسام</h4><ul><li><a href="/diseases">الأمراض</a></li><li><a href="/drugs">الأدوية</a></li><li><a href="/news">أخبار صحية</a></li></ul></div>
</div>
<p class="copy">&copy; 2015 {esc(site.name)}. جميع الحقوق محفوظة. المحتوى الطبي مراجع من قبل أطباء مختصين.</p></footer>
</body></html>"""


LAYOUTS = {
    "b13_1": layout_b13_1,
    "b13_2": layout_b13_2,
    "b13_3": layout_b13_3,
    "b13_4": layout_b13_4,
    "b13_5": layout_b13_5,
}
