"""Blind test layouts (set 17) for newsfarm (--extra-layouts): five article
templates modelled on kinds of real Arabic news pages that no earlier layout
file imitates, written without reading Khabar's extractor. Each prints the
whole page a reader gets: top bar, header and menus, tickers, the article,
the boxes sites put inside the text, and the lists, comments, sidebars and
footer around it.

  b17_1  Arabic service of a TURKISH state news agency (Anadolu-like,
         ISTANBUL time = UTC+3 in August 2015, the same wall clock as
         Riyadh): a language bar (Türkçe, English, Français, Русский,
         Bosanski, Kiswahili, فارسی …), a subscription link to the agency's
         wire system, an «عاجل» strip; breadcrumb, headline, a «spot»
         summary under it that REPEATS the text's first sentence after a
         dash; an info row with the reporter's linked name (only with an
         author; no label) beside a dotted date «09.08.2015» and «تحديث:
         09.08.2015» (no clock visible); the minute only in
         article:published_time and JSON-LD (…T14:32:07+03:00). The first
         paragraph opens with the agency dateline «<city>/ <short>» in
         <strong> (the text follows in the same <p>). In the text a photo
         with a prose caption and «صورة: …» credit, a «ذات صلة» box and a
         prose app promo; right after the text the agency's prose notice
         that only part of the wire is published on the site («يتم نشر جزء
         من الأخبار …»); then tags, share, related cards with dotted dates,
         most-read, «صور اليوم» gallery captions, footer with the Ankara HQ.
  b17_2  CNN-Arabic-like Arabic edition of a US news network (DUBAI desk):
         edition switch (International / Español / Arabic / Türk), a video
         player at the TOP of the story with a caption that is a one-line
         summary, not a transcript («فيديو: …» + duration); under the
         headline «بقلم:» in its own span + the name in span.author (only
         with an author), then the time stamp «نشر يوم الأحد, 09 اغسطس/آب
         2015; 03:32 (GMT +0400). آخر تحديث الأحد, 09 اغسطس/آب 2015; 04:21
         (GMT +0400)» — DUBAI time, one hour ahead of Riyadh, so the day
         can roll forward; JSON-LD datePublished in +04:00. The first
         paragraph opens with the dateline «الرياض، المملكة العربية
         السعودية (CNN)-- » (city varies) in the same <p>; in the text bold
         «اقرأ أيضا:» link paragraphs, a related-video card and an ad; on
         some pages a closing italic translation note in prose. After it
         keywords, share counts, editor's picks, most-watched videos with
         durations, a Facebook-comments widget with readers' prose, a
         comments disclaimer, footer with the network's copyright.
         One site is windows-1256 (NCRs where it lacks letters).
  b17_3  IRAQI KURDISTAN Arabic news site (Erbil, UTC+3): language bar with
         Kurdish Sorani/Badini, English and Turkish names, Erbil weather and
         the dinar rate; the top bar dates in THREE calendars: KURDISH
         («١٨ گەلاوێژ ٢٧١٥ كوردي»: Kurdish year = Solar Hijri + 1321, Solar
         Hijri months with Sorani names, Newroz 21 March = 1 Xakelêwe),
         Hijri (Umm al-Qura) and Gregorian with Iraqi month names («٩ آب
         ٢٠١٥»); an «عاجل» ticker. Under the headline the article's own
         date row in the same three calendars plus a 24-hour clock (Eastern
         digits on UTF-8 sites, Western on windows-1256 ones, whose Sorani
         letters are NCRs) inside <time datetime="…+03:00">; the credit as
         «متابعة:» + the linked name (only with an author). In the text an
         «اقرأ أيضاً» box, a Sorani-labelled «هەواڵی پەیوەندیدار» related
         box, a video embed with caption and a «آخر مستجدات» prose box
         about the front lines; after it tags, share, most-read, readers'
         comments with Kurdish names and dates, footer with the Erbil
         address.
  b17_4  PALESTINIAN news agency (Ma'an-like, Bethlehem; JERUSALEM time =
         UTC+3 in August 2015): shekel exchange rates and West Bank / Gaza
         weather in the top bar, an «عاجل» bar; headline, then «نشر بتاريخ:
         09/08/2015 - 14:32 (بتوقيت القدس) ( آخر تحديث: 09/08/2015 الساعة:
         14:50 )»; NOTHING machine-readable. The credit at the top of the
         text block as «تقرير:» + the name in <strong> (only with an
         author); the first paragraph opens with the bold dateline «<city>-
         <short>-» in the same <p>. A BREAKING BANNER inside the article
         between paragraphs («عاجل» + another story's title and its clock),
         an «اقرأ المزيد» box and a YouTube embed with caption; after it a
         Telegram/WhatsApp prose line, tags, moderated comments with names
         and towns (prose), a comment disclaimer. A LIVE-UPDATES sidebar
         («آخر الأخبار أولاً بأول») with clock times and the first sentence
         of other stories (prose), most-read, footer.
  b17_5  LIBYAN news portal (Al-Wasat-Libya-like; TRIPOLI time = UTC+2,
         one hour behind Riyadh, so the day can roll back): top bar with
         Tripoli / Benghazi / Sabha weather and the dinar at the official
         rate and on the PARALLEL MARKET; <title> is «<site> | title»; a
         meta line under the headline «<city> - بوابة <short>» then «: » and
         the name in span.writer (only with an author) then «| الأحد 09
         أغسطس 2015, 01:32 مساء» (Tripoli, 12-hour with صباحا/مساء);
         article:published_time in +02:00. In the text a photo with
         «(أرشيفية: الإنترنت)» caption, a two-link «اقرأ أيضًا» box, a
         print-edition promo in prose and an ad; after it a follow-us line,
         tags, TV video cards with durations, readers' comments with a
         comment policy in prose, most-read, newsletter, footer.

Pages whose article has no author print no byline. The author string is
printed whole, exactly as the corpus gives it, as the only text of its
element. Gold times are Asia/Riyadh (+03:00); b17_1 (Istanbul), b17_3
(Erbil) and b17_4 (Jerusalem) are +03:00 in August 2015 too; b17_2 prints
Dubai time and says «(GMT +0400)»; b17_5 prints Tripoli time (+02:00, in its
article:published_time). The conversions are exact. Hijri dates follow Umm
al-Qura (1 Shawwal 1436 = 17 July 2015); the Solar Hijri year 1394 began on
21 March 2015. On windows-1256 sites, characters the charset lacks are
written as numeric character references (\\u escapes inside scripts).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts /work/blind17/blind17_layouts.py \\
      --layouts b17_1,b17_2,b17_3,b17_4,b17_5 --out /work/blind17/pages
"""

import datetime as dt
import hashlib
import json
import re
import sys

sys.path.insert(0, "/work/shared/newsfarm")
import layouts as L  # noqa: E402

esc = L.esc
MONTHS = L.MONTHS
HIJRI_MONTHS = L.HIJRI_MONTHS
WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول"]
CNN_MONTHS = ["يناير/كانون الثاني", "فبراير/شباط", "مارس/آذار", "ابريل/نيسان", "مايو/أيار", "يونيو/حزيران",
              "يوليو/تموز", "اغسطس/آب", "سبتمبر/أيلول", "أكتوبر/تشرين الأول", "نوفمبر/تشرين الثاني",
              "ديسمبر/كانون الأول"]
KURDISH_MONTHS = ["خاکەلێوە", "گوڵان", "جۆزەردان", "پووشپەڕ", "گەلاوێژ", "خەرمانان", "ڕەزبەر",
                  "گەڵاڕێزان", "سەرماوەز", "بەفرانبار", "ڕێبەندان", "ڕەشەمێ"]

# --- helpers ---------------------------------------------------------------------------

def num(a, salt, lo, hi):
    h = int(hashlib.md5((a.key + salt).encode()).hexdigest()[:8], 16)
    return lo + h % (hi - lo + 1)


def pick(a, salt, seq):
    return seq[num(a, salt, 0, len(seq) - 1)]


def utf(page):
    return page.site.encoding.lower().startswith("utf")


def dg(s, page):
    """Eastern Arabic digits where the charset has them."""
    return str(s).translate(L.EASTERN) if utf(page) else str(s)


def shift(d, hours):
    return d + dt.timedelta(hours=hours)


def iso_off(d, off):
    """Naive Riyadh time -> ISO string in the zone UTC+off."""
    t = shift(d, off - 3)
    sign = "+" if off >= 0 else "-"
    return t.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{abs(off):02d}:00"


def ampm(d, am="ص", pm="م"):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {am if d.hour < 12 else pm}"


def adate(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


HIJRI_STARTS = [((1436, 9), dt.date(2015, 6, 18)), ((1436, 10), dt.date(2015, 7, 17)),
                ((1436, 11), dt.date(2015, 8, 15)), ((1436, 12), dt.date(2015, 9, 14))]


def hijri(d):
    day = d.date() if isinstance(d, dt.datetime) else d
    for ((y, m), start), (_, nxt) in zip(HIJRI_STARTS, HIJRI_STARTS[1:]):
        if start <= day < nxt:
            return (day - start).days + 1, HIJRI_MONTHS[m - 1], y
    raise ValueError(f"no Hijri table entry for {day}")


def kurdish(d):
    """Kurdish (Solar Hijri month, year + 1321) date: (day, month name, year)."""
    day = d.date() if isinstance(d, dt.datetime) else d
    n = (day - dt.date(2015, 3, 21)).days  # 1 Farvardin 1394 = Newroz 2015
    if not 0 <= n < 186:
        raise ValueError(f"no Kurdish calendar entry for {day}")
    return n % 31 + 1, KURDISH_MONTHS[n // 31], 1394 + 1321


def short(text, n=12):
    w = text.split()
    return " ".join(w[:n]) + ("..." if len(w) > n else "")


def ldjson(obj):
    return ('<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")
            + "</script>")


def weave(blocks, boxes):
    """Blocks (HTML) in order; each (index, html) box after that block, boxes past the end
    after the last one."""
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


def mmss(sec):
    return f"{sec // 60:02d}:{sec % 60:02d}"


def dotted(d):
    return f"{d:%d.%m.%Y}"


# --- b17_1: Turkish state news agency, Arabic service ------------------------------------

AA_LANGS = ["Türkçe", "English", "Français", "Español", "Русский", "Bosanski", "Hrvatski", "Shqip",
            "Kiswahili", "Hausa", "فارسی", "Kurdî", "Македонски", "Azərbaycan"]
AA_CITIES = ["الرياض", "جدة", "الرياض", "الدمام", "مكة المكرمة", "أنقرة", "إسطنبول", "الرياض"]
AA_GALLERY = ["مسلمون يؤدون الصلاة في المسجد الأزرق بإسطنبول", "احتفالات شعبية في ساحة تقسيم",
              "مزارعون يجنون محصول البندق على ساحل البحر الأسود", "سفن الصيد تعود إلى ميناء طرابزون عند الغروب",
              "زوار يتجولون في البازار الكبير بإسطنبول"]


def layout_b17_1(page):
    """Anadolu-like agency: spot repeating the first sentence, reporter link in the info row,
    dotted date without clock, dateline in the first paragraph, wire-subscription notice."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    upd = d + dt.timedelta(minutes=num(a, "upd", 0, 1) * num(a, "updm", 20, 300))
    city = pick(a, "city", AA_CITIES)
    langs = " ".join(f'<a href="/{i}">{esc(n)}</a>' for i, n in enumerate(AA_LANGS))
    nav = "".join(f'<li><a href="/ar/{s}">{n}</a></li>' for n, s in
                  [("الرئيسية", ""), ("الدول العربية", "arab"), ("تركيا", "turkey"), ("العالم", "world"),
                   ("اقتصاد", "economy"), ("رياضة", "sport"), ("ثقافة وفن", "culture"), ("تحليلات", "analysis"),
                   ("إنفوغرافيك", "info"), ("صور", "pictures"), ("فيديو", "video")])
    ticker = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("ticker", 5))
    spot = f'<h4 class="spot">- {esc(L.first_sentence(a.text))}</h4>' if paras else ""
    who = (f'<a class="muhabir" href="/ar/p/{num(a, "rep", 1000, 9999)}">{esc(a.author)}</a> <span class="sep">|</span> '
           if a.author else "")
    info = (f'<div class="detay-bilgi">{who}<span class="tarih">{dotted(d)}</span> '
            f'<span class="guncelleme">تحديث: {dotted(upd)}</span></div>')
    blocks = []
    for i, p in enumerate(paras):
        if i == 0:
            blocks.append(f'<p><strong>{esc(city)}/ {esc(site.short)}</strong><br/>{esc(p)}</p>')
        else:
            blocks.append(f"<p>{esc(p)}</p>")
    boxes = []
    fig = (f'<figure class="detay-foto"><img src="/uploads/{a.key}.jpg" alt="">'
           f'<figcaption>{esc(short(a.title, 8))} (صورة تعبيرية) <span class="credit">صورة: {esc(site.short)}</span></figcaption></figure>')
    boxes.append((0, fig))
    rel = page.others("read_also", 2)
    if rel:
        items = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a> <span>{dotted(o.published)}</span></li>'
                        for o in rel)
        boxes.append((2, f'<div class="ilgili-haber"><h5>ذات صلة</h5><ul>{items}</ul></div>'))
    boxes.append((4, '<div class="app-promo"><p>حمّلوا تطبيق الوكالة على هواتفكم الذكية لتصلكم الأخبار العاجلة '
                     'والصور والمقاطع المصورة لحظة وقوعها، مجاناً على متجري آبل وغوغل.</p></div>'))
    body = weave(blocks, boxes)
    tags = " ".join(f'<a href="/ar/tag/{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a))
    cards = "".join(f'<div class="card"><img src="/uploads/{o.key}.jpg" alt=""><a href="{esc(page.url_of(o))}">{esc(o.title)}</a>'
                    f'<span class="tarih">{dotted(o.published)}</span></div>' for o in page.others("similar", 4))
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 5))
    gallery = "".join(f'<li><img src="/gallery/{k}.jpg" alt=""><p>{esc(c)}</p></li>' for k, c in enumerate(AA_GALLERY[:4]))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso_off(d, 3), "dateModified": iso_off(upd, 3),
          "mainEntityOfPage": page.canonical, "image": f"{site.base}/uploads/{a.key}.jpg",
          "publisher": {"@type": "Organization", "name": site.name}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/uploads/{a.key}.jpg">
<meta property="article:published_time" content="{iso_off(d, 3)}">
<meta property="article:modified_time" content="{iso_off(upd, 3)}">
<link rel="canonical" href="{esc(page.canonical)}">
{ldjson(ld)}
<link rel="stylesheet" href="/Content/css/ar.min.css?v=15.8">
</head>
<body>
<div class="dil-bar"><span>اللغات:</span> {langs}</div>
<div class="top-links"><a href="/ar/has">نظام تدفق الأخبار للمشتركين</a> <a href="/ar/photo">بنك الصور</a> <a href="/ar/academy">أكاديمية الأخبار</a> <a href="/ar/contact">اتصل بنا</a></div>
<header class="site-header"><a class="logo" href="/ar"><img src="/img/logo-ar.png" alt="{esc(site.name)}"></a>
<nav><ul>{nav}</ul></nav><form action="/ar/search"><input name="s" placeholder="ابحث"></form></header>
<div class="son-dakika"><span>عاجل</span><ul>{ticker}</ul></div>
<div class="container">
<div class="detay-sol">
<div class="breadcrumb"><a href="/ar">الرئيسية</a> / <a href="/ar/arab">الدول العربية</a></div>
<article class="detay">
<h1>{esc(a.title)}</h1>
{spot}
{info}
<div class="detay-icerik">
{body}
</div>
<div class="has-notice"><p>يتم نشر جزء من الأخبار التي يتم بثها عبر نظام تدفق الأخبار (HAS) لمشتركي وكالة {esc(site.name)}، على الموقع الإلكتروني للوكالة بشكل ملخص. يرجى التواصل معنا للاشتراك.</p></div>
<div class="etiketler"><span>الكلمات الدلالية:</span> {tags}</div>
<div class="paylas"><a href="https://facebook.com/sharer">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="whatsapp://send">واتساب</a> <a href="https://t.me/share">تلغرام</a> <a href="#print">طباعة</a></div>
</article>
<section class="ilgili"><h3>مواضيع ذات صلة</h3>{cards}</section>
</div>
<aside class="detay-sag">
<div class="cok-okunan"><h3>الأكثر قراءة</h3><ol>{popular}</ol></div>
<div class="gunun-fotograflari"><h3>صور اليوم</h3><ul>{gallery}</ul></div>
</aside>
</div>
<footer>
<div class="footer-links"><a href="/ar/about">عن الوكالة</a> | <a href="/ar/terms">شروط الاستخدام</a> | <a href="/ar/privacy">سياسة الخصوصية</a> | <a href="/ar/subscribe">الاشتراك</a></div>
<p>المقر الرئيسي: أنقرة - تركيا. جميع الحقوق محفوظة © 2015 {esc(site.name)}. لا يجوز نشر الأخبار والصور والمقاطع المصورة كلياً أو جزئياً دون اشتراك.</p>
</footer>
</body></html>"""
    return finish(out, page)


# --- b17_2: US network's Arabic edition (Dubai desk) -------------------------------------

CNN_CITIES = ["الرياض، المملكة العربية السعودية", "جدة، المملكة العربية السعودية", "دبي، الإمارات العربية المتحدة",
              "الرياض، المملكة العربية السعودية", "أتلانتا، الولايات المتحدة الأمريكية"]
FB_NAMES = ["Abdullah Alqahtani", "سارة محمد", "Mohammed Ali", "أبو فيصل", "Noura S.", "فهد العتيبي", "Omar Hassan"]
FB_TEXT = ["للأسف الإعلام لا يعرض الصورة كاملة، ننتظر التفاصيل من المصادر الرسمية قبل الحكم على ما حدث.",
           "تقرير متوازن، وأتمنى أن تستمر CNN في متابعة الموضوع لأن له تبعات كبيرة على المنطقة بأكملها.",
           "أين رأي الشارع في الخبر؟ كان من الأفضل سؤال المواطنين عن رأيهم بدلاً من الاكتفاء بالبيانات.",
           "معلومة جديدة بالنسبة لي، شكراً على الترجمة الدقيقة.",
           "القرار جاء متأخراً لكنه في الاتجاه الصحيح، والمهم الآن هو المتابعة والتطبيق على أرض الواقع."]


def cnn_stamp(d):
    t = shift(d, 1)
    return f"{WEEKDAYS[t.weekday()]}, {t.day:02d} {CNN_MONTHS[t.month - 1]} {t.year}; {t:%H:%M} (GMT +0400)"


def layout_b17_2(page):
    """CNN-Arabic-like: top video with a summary caption, «بقلم:» byline, Dubai-time stamp
    «(GMT +0400)», (CNN)-- dateline in the first paragraph, editor's picks, FB comments."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    upd = d + dt.timedelta(minutes=num(a, "upd", 12, 200))
    city = pick(a, "city", CNN_CITIES)
    dur = num(a, "vdur", 48, 260)
    nav = "".join(f'<li><a href="/{s}">{n}</a></li>' for n, s in
                  [("الشرق الأوسط", "middle-east"), ("العالم", "world"), ("اقتصاد", "business"),
                   ("سياحة", "travel"), ("علوم وتكنولوجيا", "tech"), ("ثقافة", "culture"), ("رياضة", "sport"),
                   ("ترفيه", "entertainment"), ("صحة", "health"), ("فيديو", "video")])
    trending = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("ticker", 4))
    byline = (f'<div class="byline"><span class="byline-label">بقلم:</span> <span class="author">{esc(a.author)}</span></div>'
              if a.author else "")
    stamp = (f'<div class="timestamp">نشر يوم {cnn_stamp(d)}. آخر تحديث {cnn_stamp(upd)}</div>')
    video = (f'<div class="video-top"><div class="js-media-player" data-video-id="{a.key}" data-duration="{dur}">'
             f'<img src="/video/thumbs/{a.key}.jpg" alt=""><button class="play">تشغيل</button></div>'
             f'<p class="video-caption">فيديو: {esc(short(L.first_sentence(a.text), 14))} <span class="dur">{mmss(dur)}</span></p></div>')
    blocks = []
    for i, p in enumerate(paras):
        if i == 0:
            blocks.append(f"<p>{esc(city)} (CNN)-- {esc(p)}</p>")
        else:
            blocks.append(f"<p>{esc(p)}</p>")
    boxes = []
    ra = page.others("read_also", 2)
    if ra:
        boxes.append((1, f'<p class="read-more"><strong>اقرأ أيضا: <a href="{esc(page.url_of(ra[0]))}">{esc(ra[0].title)}</a></strong></p>'))
    rv = page.others("video", 1)
    if rv:
        boxes.append((2, f'<div class="related-video"><a href="/video/{rv[0].key}"><img src="/video/thumbs/{rv[0].key}.jpg" alt="">'
                         f'<span class="lbl">فيديو</span> {esc(rv[0].title)} <span class="dur">{mmss(num(rv[0], "d", 40, 300))}</span></a></div>'))
    boxes.append((3, '<div class="ad ad-mid"><span>إعلان</span><div id="ad_rect_btf_01"></div></div>'))
    if len(ra) > 1:
        boxes.append((5, f'<p class="read-more"><strong>اقرأ أيضا: <a href="{esc(page.url_of(ra[1]))}">{esc(ra[1].title)}</a></strong></p>'))
    body = weave(blocks, boxes)
    note = ('<p class="editor-note"><em>ساهم في إعداد هذا التقرير مراسلو الشبكة في المنطقة، وقد نُشر جزء منه باللغة '
            'الإنجليزية وتُرجم إلى العربية بتصرف.</em></p>') if num(a, "note", 0, 2) == 0 else ""
    kw = "".join(f'<li><a href="/keywords/{esc(t)}">{esc(t)}</a></li>' for t in L.tags_for(a))
    picks = "".join(f'<li><img src="/thumbs/{o.key}.jpg" alt=""><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                    for o in page.others("similar", 4))
    watched = "".join(f'<li><a href="/video/{o.key}">{esc(o.title)}</a> <span class="dur">{mmss(num(o, "d", 40, 300))}</span></li>'
                      for o in page.others("popular", 5))
    k = num(a, "fbn", 0, 3)
    fb = "".join(f'<div class="fb-comment"><a class="name" href="https://facebook.com/{num(a, f"fbid{j}", 10**6, 10**7)}">'
                 f'{esc(pick(a, f"fbname{j}", FB_NAMES))}</a><p>{esc(pick(a, f"fbt{j}", FB_TEXT))}</p>'
                 f'<span class="meta">أعجبني · رد · {num(a, f"fbh{j}", 1, 20)} س</span></div>' for j in range(k))
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso_off(d, 4), "dateModified": iso_off(upd, 4), "url": page.canonical,
          "publisher": {"@type": "Organization", "name": f"CNN بالعربية - {site.name}"},
          "video": {"@type": "VideoObject", "name": a.title, "duration": f"PT{dur // 60}M{dur % 60}S",
                    "thumbnailUrl": f"{site.base}/video/thumbs/{a.key}.jpg", "uploadDate": iso_off(d, 4)}}
    if a.author:
        ld["author"] = [{"@type": "Person", "name": a.author}]
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<title>{esc(a.title)} - CNNArabic.com</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:site_name" content="CNN Arabic">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:video" content="{esc(site.base)}/video/{a.key}.mp4">
<link rel="canonical" href="{esc(page.canonical)}">
{ldjson(ld)}
<script>var CNN = CNN || {{}}; CNN.contentModel = {{"pageType":"article","section":"middle-east","edition":"arabic"}};</script>
<link rel="stylesheet" href="/css/arabic.min.css">
</head>
<body class="pg-article">
<div class="edition-picker"><span>الطبعة:</span> <a href="https://edition.cnn.com">International</a> <a href="https://cnnespanol.cnn.com">Español</a> <b>Arabic</b> <a href="https://www.cnnturk.com">Türk</a></div>
<header class="nav"><a class="logo" href="/"><img src="/img/cnn-logo.svg" alt="CNN"> <span>بالعربية</span> <small>{esc(site.name)}</small></a>
<ul class="sections">{nav}</ul>
<form class="search"><input placeholder="بحث في CNN بالعربية"></form></header>
<div class="trending"><span>الأكثر تداولاً:</span><ul>{trending}</ul></div>
<div class="l-container">
<article class="pg-rail-tall">
<div class="section-label"><a href="/middle-east">الشرق الأوسط</a></div>
{video}
<h1 class="pg-headline">{esc(a.title)}</h1>
{byline}
{stamp}
<div class="zn-body__paragraph">
{body}
</div>
{note}
<div class="keywords"><h4>كلمات دلالية</h4><ul>{kw}</ul></div>
<div class="share-counts"><a href="https://facebook.com/sharer">فيسبوك {num(a, "fbs", 10, 4000)}</a> <a href="https://twitter.com/intent/tweet">تويتر {num(a, "tws", 5, 900)}</a> <a href="mailto:">بريد إلكتروني</a></div>
</article>
<aside class="rail">
<section class="editor-picks"><h3>اختيارات المحرر</h3><ul>{picks}</ul></section>
<section class="most-watched"><h3>الأكثر مشاهدة</h3><ol>{watched}</ol></section>
<div class="ad ad-rail"><span>إعلان</span></div>
</aside>
<section class="fb-comments"><h3>التعليقات</h3>{fb}
<div class="fb-plugin">أضف تعليقاً... <span>المكوّن الإضافي لتعليقات فيسبوك</span></div>
<p class="disclaimer">التعليقات المنشورة تعبر عن آراء أصحابها ولا تعكس بالضرورة وجهة نظر الشبكة، ونحتفظ بحق حذف أي تعليق يتضمن إساءة أو تحريضاً أو خروجاً عن موضوع الخبر.</p></section>
</div>
<footer class="footer">
<ul><li><a href="/about">عن CNN بالعربية</a></li><li><a href="/terms">شروط الاستخدام</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/adchoices">AdChoices</a></li><li><a href="/contact">اتصل بنا</a></li></ul>
<p>© 2015 Cable News Network. Turner Broadcasting System, Inc. جميع الحقوق محفوظة. يُقدَّم الموقع بالتعاون مع {esc(site.name)}.</p>
</footer>
</body></html>"""
    return finish(out, page)


# --- b17_3: Iraqi Kurdistan Arabic news site ------------------------------------------------

KRD_NAMES = ["كاروان أحمد", "شيرين عمر", "ئاسو محمد", "هێمن قادر", "نەوزاد علي", "ڕێباز حسن", "آلان سليمان",
             "دلشاد كريم"]
KRD_COMMENTS = ["نتمنى أن يكون للإقليم دور أكبر في مثل هذه الملفات، فالشعب الكوردي عانى طويلاً.",
                "خبر جيد، لكن الرواتب متأخرة منذ ثلاثة أشهر ولا أحد يتحدث عن ذلك.",
                "شكراً لكم على التغطية المستمرة باللغة العربية.",
                "الأمن والاستقرار أهم من كل شيء، حفظ الله البيشمركة."]
FRONTS = ["قوات البيشمركة تصد هجوماً لمسلحي داعش جنوب غربي كركوك وتكبدهم خسائر في الأرواح والمعدات.",
          "طيران التحالف الدولي يشن غارات على مواقع للتنظيم في محيط سد الموصل وقضاء سنجار.",
          "وصول دفعة جديدة من النازحين إلى مخيمات دهوك، والأمم المتحدة تدعو إلى زيادة المساعدات."]


def layout_b17_3(page):
    """Erbil Arabic site: Kurdish + Hijri + Gregorian (Iraqi months) dates in the top bar and
    under the headline, «متابعة:» credit, Sorani labels (NCRs on windows-1256)."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    crawl = d + dt.timedelta(hours=num(a, "crawl", 1, 20))
    kd, km, ky = kurdish(crawl)
    hd, hm, hy = hijri(crawl)
    top = (f"{WEEKDAYS[crawl.weekday()]} {dg(kd, page)} {km} {dg(ky, page)} كوردي | "
           f"{dg(hd, page)} {hm} {dg(hy, page)} هـ | {dg(crawl.day, page)} {LEVANT[crawl.month - 1]} {dg(crawl.year, page)} م")
    akd, akm, aky = kurdish(d)
    ahd, ahm, ahy = hijri(d)
    adate_row = (f'<time class="pub" datetime="{iso_off(d, 3)}">{WEEKDAYS[d.weekday()]} '
                 f'<span class="krd">{dg(akd, page)} {akm} {dg(aky, page)}</span> - '
                 f'<span class="hij">{dg(ahd, page)} {ahm} {dg(ahy, page)} هـ</span> - '
                 f'<span class="greg">{dg(d.day, page)} {LEVANT[d.month - 1]} {dg(d.year, page)}</span> '
                 f'<span class="clock">{dg(f"{d:%H:%M}", page)}</span></time>')
    langs = ('<a href="/ku" lang="ckb">کوردی</a> <a href="/kb" lang="kmr">Kurdî</a> <b>عربي</b> '
             '<a href="/en">English</a> <a href="/tr">Türkçe</a>')
    nav = "".join(f'<li><a href="/ar/{s}">{n}</a></li>' for n, s in
                  [("الرئيسية", ""), ("كوردستان", "kurdistan"), ("العراق", "iraq"), ("سوريا", "syria"),
                   ("تركيا", "turkey"), ("إيران", "iran"), ("الخليج", "gulf"), ("اقتصاد", "economy"),
                   ("رياضة", "sport"), ("تقارير", "reports"), ("حوارات", "interviews"), ("فيديو", "video")])
    ticker = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("ticker", 5))
    credit = (f'<div class="follow-by"><span class="lbl">متابعة:</span> <a href="/ar/writer/{num(a, "w", 10, 400)}">{esc(a.author)}</a></div>'
              if a.author else "")
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    ra = page.others("read_also", 3)
    if ra:
        boxes.append((1, f'<div class="read-also"><span>اقرأ أيضاً:</span> {L.link(page, ra[0])}</div>'))
    if len(ra) > 1:
        items = "".join(f"<li>{L.link(page, o)}</li>" for o in ra[1:])
        boxes.append((3, f'<div class="related-ku"><h5>هەواڵی پەیوەندیدار</h5><ul>{items}</ul></div>'))
    vd = page.others("video", 1)
    if vd:
        boxes.append((2, f'<div class="video-embed"><iframe src="/ar/embed/{vd[0].key}" allowfullscreen></iframe>'
                         f'<p class="cap">فيديو: {esc(vd[0].title)}</p></div>'))
    fronts = "".join(f"<li>{esc(t)}</li>" for t in FRONTS[:num(a, "fr", 2, 3)])
    boxes.append((5, f'<div class="front-box"><h5>آخر مستجدات جبهات القتال</h5><ul>{fronts}</ul>'
                     f'<a href="/ar/live">التغطية الكاملة</a></div>'))
    body = weave(blocks, boxes)
    tags = " ".join(f'<a href="/ar/tag/{esc(t)}">#{esc(t)}</a>' for t in L.tags_for(a))
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 6))
    related = "".join(f'<li>{L.link(page, o)} <span>{dg(o.published.day, page)} {LEVANT[o.published.month - 1]}</span></li>'
                      for o in page.others("similar", 5))
    k = num(a, "cn", 0, 3)
    coms = ""
    for j in range(k):
        cd = d + dt.timedelta(minutes=num(a, f"cm{j}", 15, 900))
        coms += (f'<li><b>{esc(pick(a, f"cn{j}", KRD_NAMES))}</b> <span class="date">{dg(f"{cd:%Y/%m/%d %H:%M}", page)}</span>'
                 f'<p>{esc(pick(a, f"ct{j}", KRD_COMMENTS))}</p></li>')
    comments = (f'<section class="comments"><h4>تعليقات القراء ({dg(k, page)})</h4><ol>{coms}</ol>'
                '<form><input placeholder="الاسم"><textarea placeholder="اكتب تعليقك"></textarea><button>إرسال</button></form></section>')
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<title>{esc(a.title)} - {esc(site.name)}</title>
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="alternate" hreflang="ckb" href="{esc(site.base)}/ku">
<link rel="stylesheet" href="/assets/css/ar.css">
</head>
<body class="lang-ar">
<div class="topbar"><div class="today">{top}</div>
<div class="weather">أربيل {dg(num(a, "tmp", 39, 47), page)}° | السليمانية {dg(num(a, "tmp2", 35, 43), page)}° | دهوك {dg(num(a, "tmp3", 36, 44), page)}°</div>
<div class="rate">الدولار: {dg(f"{num(a, 'usd', 1210, 1235) * 100:,}", page)} دينار</div>
<div class="langs">{langs}</div></div>
<header class="masthead"><a class="logo" href="/ar">{esc(site.name)} <small>إقليم كوردستان</small></a>
<nav><ul>{nav}</ul></nav></header>
<div class="breaking"><span>عاجل</span><ul>{ticker}</ul></div>
<div class="wrap">
<main>
<article class="news-item">
<div class="cat"><a href="/ar/kurdistan">كوردستان</a></div>
<h1>{esc(a.title)}</h1>
<div class="item-meta">{adate_row} <span class="views">مشاهدات: {dg(num(a, "v", 150, 9000), page)}</span></div>
{credit}
<figure class="main-img"><img src="/images/{a.key}.jpg" alt=""><figcaption>صورة أرشيفية</figcaption></figure>
<div class="item-body">
{body}
</div>
<div class="tags">{tags}</div>
<div class="share"><a href="https://facebook.com/sharer">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="viber://forward">فايبر</a> <a href="#print">طباعة</a></div>
</article>
<section class="related"><h3>أخبار ذات صلة</h3><ul>{related}</ul></section>
{comments}
</main>
<aside class="sidebar"><div class="most-read"><h3>الأكثر قراءة</h3><ol>{popular}</ol></div>
<div class="tv-box"><h3>البث المباشر</h3><p>شاهدوا نشرات الأخبار باللغات الكوردية والعربية والإنكليزية على مدار الساعة.</p></div></aside>
</div>
<footer><p>أربيل - إقليم كوردستان العراق - شارع الستين متري</p>
<p><a href="/ar/about">من نحن</a> | <a href="/ar/contact">اتصل بنا</a> | <a href="/ar/policy">سياسة النشر</a></p>
<p>© 2015 {esc(site.name)} - جميع الحقوق محفوظة</p></footer>
</body></html>"""
    return finish(out, page)


# --- b17_4: Palestinian news agency ---------------------------------------------------------

PS_CITIES = ["بيت لحم", "رام الله", "غزة", "القدس", "نابلس", "الخليل"]
PS_NAMES = [("أبو محمد", "غزة"), ("سامي", "رام الله"), ("أم أحمد", "الخليل"), ("فلسطيني حر", "نابلس"),
            ("محمود", "جنين"), ("ابن القدس", "القدس")]
PS_COMMENTS = ["الله يفرجها على أهلنا، الأوضاع صعبة جداً والمعابر مغلقة منذ أيام.",
               "نشكر الوكالة على سرعة نقل الخبر، ونتمنى الدقة في ذكر المصادر دائماً.",
               "أين دور المؤسسات الرسمية من كل هذا؟ الناس تريد أفعالاً لا تصريحات.",
               "خبر مهم، يجب أن يصل إلى كل بيت."]


def layout_b17_4(page):
    """Ma'an-like agency: Jerusalem-time date line with update clock, nothing machine-readable,
    «تقرير:» credit at the top of the text, breaking banner inside the article, live sidebar."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    upd = d + dt.timedelta(minutes=num(a, "upd", 4, 95))
    city = pick(a, "city", PS_CITIES)
    nav = "".join(f'<li><a href="/Content.aspx?sec={i}">{n}</a></li>' for i, n in
                  enumerate(["الرئيسية", "أخبار محلية", "القدس", "الأسرى", "غزة", "عربي ودولي", "اقتصاد",
                             "رياضة", "مقالات", "فيديو"]))
    top = (f'<div class="topbar"><span class="today">{WEEKDAYS[d.weekday()]} {d:%d/%m/%Y}</span> '
           f'<span class="rates">الدولار/شيكل {3.78 + num(a, "usd", 0, 9) / 100:.2f} | الدينار/شيكل {5.33 + num(a, "jod", 0, 9) / 100:.2f} | اليورو/شيكل {4.14 + num(a, "eur", 0, 9) / 100:.2f}</span> '
           f'<span class="weather">القدس {num(a, "w1", 28, 34)}° | غزة {num(a, "w2", 29, 33)}° | نابلس {num(a, "w3", 27, 33)}°</span></div>')
    brk = page.others("ticker", 5)
    ticker = "".join(f"<li>{L.link(page, o)}</li>" for o in brk)
    reporter = (f'<p class="reporter"><span>تقرير:</span> <strong>{esc(a.author)}</strong></p>' if a.author else "")
    blocks = []
    for i, p in enumerate(paras):
        if i == 0:
            blocks.append(f"<p><b>{esc(city)}- {esc(site.short)}-</b> {esc(p)}</p>")
        else:
            blocks.append(f"<p>{esc(p)}</p>")
    boxes = []
    if brk:
        bt = d + dt.timedelta(minutes=num(a, "bt", 3, 40))
        boxes.append((1, f'<div class="breaking-inline"><span class="flash">عاجل</span> <a href="{esc(page.url_of(brk[0]))}">{esc(brk[0].title)}</a> '
                         f'<span class="t">{bt:%H:%M}</span></div>'))
    ra = page.others("read_also", 1)
    if ra:
        boxes.append((3, f'<div class="read-more"><span>اقرأ المزيد:</span> {L.link(page, ra[0])}</div>'))
    boxes.append((4, f'<div class="yt"><iframe src="https://www.youtube.com/embed/{a.key[:11]}" allowfullscreen></iframe>'
                     f'<p class="cap">فيديو من موقع الحدث - {esc(city)}</p></div>'))
    body = weave(blocks, boxes)
    # live sidebar: newest first, a few minutes apart, all after publication
    live, t = [], upd + dt.timedelta(minutes=num(a, "lv", 20, 90))
    for j, o in enumerate(page.others("live", 7)):
        live.append(f'<li><span class="time">{t:%H:%M}</span> <a href="{esc(page.url_of(o))}">{esc(o.title)}</a>'
                    f'<p>{esc(L.first_sentence(o.text))}</p></li>')
        t -= dt.timedelta(minutes=num(o, "gap", 4, 25))
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 5))
    tags = " ، ".join(f'<a href="/Tags.aspx?t={esc(tg)}">{esc(tg)}</a>' for tg in L.tags_for(a))
    k = num(a, "cn", 0, 3)
    coms = ""
    for j in range(k):
        nm, town = pick(a, f"cn{j}", PS_NAMES)
        cd = d + dt.timedelta(minutes=num(a, f"cm{j}", 10, 600))
        coms += (f'<div class="comment"><div class="c-head"><b>{esc(nm)}</b> - {esc(town)} <span>{cd:%d/%m/%Y %H:%M}</span></div>'
                 f'<p>{esc(pick(a, f"ct{j}", PS_COMMENTS))}</p></div>')
    out = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}" />
<title>{esc(site.name)} :: {esc(a.title)}</title>
<meta name="keywords" content="{esc(', '.join(L.tags_for(a)))}" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:url" content="{esc(page.canonical)}" />
<link rel="stylesheet" href="/style/main.css" />
</head>
<body>
{top}
<div id="header"><a href="/" class="logo">{esc(site.name)}</a> <span class="slogan">وكالة أنباء مستقلة</span>
<ul class="menu">{nav}</ul></div>
<div class="urgent-bar"><span>عاجل</span><marquee direction="right" scrollamount="3"><ul>{ticker}</ul></marquee></div>
<div id="container">
<div id="right-col">
<div class="news-details">
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-date">نشر بتاريخ: {d:%d/%m/%Y} - {d:%H:%M} (بتوقيت القدس) ( آخر تحديث: {upd:%d/%m/%Y} الساعة: {upd:%H:%M} )</div>
<div class="font-tools"><a href="#">تكبير الخط</a> <a href="#">تصغير الخط</a> <a href="#print">طباعة</a> <a href="#send">أرسل لصديق</a></div>
<img class="news-img" src="/Images/{a.key}.jpg" alt="" />
<div class="news-text">
{reporter}
{body}
</div>
<p class="follow">تابعوا آخر الأخبار العاجلة لحظة بلحظة عبر قناة الوكالة على تلغرام وخدمة الواتساب، ولإرسال الأخبار والصور تواصلوا معنا على الرقم المخصص.</p>
<div class="news-tags">الكلمات المفتاحية: {tags}</div>
<div class="share"><a href="https://www.facebook.com/sharer.php">فيسبوك</a> <a href="https://twitter.com/share">تويتر</a> <a href="whatsapp://send">واتساب</a></div>
</div>
<div class="comments"><h3>التعليقات</h3>{coms or '<p>لا توجد تعليقات</p>'}
<p class="note">التعليقات المنشورة تعبر عن رأي أصحابها ولا تعبر بالضرورة عن رأي الوكالة، ويحق للوكالة حذف أي تعليق مسيء أو خارج عن سياق الخبر.</p>
<form><input name="name" /> <input name="town" /> <textarea name="c"></textarea> <input type="submit" value="أرسل تعليق" /></form></div>
</div>
<div id="left-col">
<div class="live-feed"><h3>آخر الأخبار أولاً بأول</h3><ul>{''.join(live)}</ul><a href="/Live.aspx">المزيد</a></div>
<div class="most-read"><h3>الأكثر قراءة</h3><ol>{popular}</ol></div>
<div class="ad"><span>إعلان</span></div>
</div>
</div>
<div id="footer"><p>جميع الحقوق محفوظة لـ {esc(site.name)} © 2015 | بيت لحم - فلسطين | هاتف: 2760211-02</p>
<p><a href="/About.aspx">من نحن</a> | <a href="/Contact.aspx">اتصل بنا</a> | <a href="/Rss.aspx">RSS</a></p></div>
</body>
</html>"""
    return finish(out, page)


# --- b17_5: Libyan news portal (Tripoli time) ------------------------------------------------

LY_CITIES = ["القاهرة", "طرابلس", "بنغازي", "القاهرة", "مصراتة", "البيضاء"]
LY_NAMES = ["ابن طرابلس", "علي المصراتي", "سالم", "ليبي حر", "أبو عبدالله", "فرج من بنغازي"]
LY_COMMENTS = ["نحن في ليبيا نتابع هذه الأخبار ونتمنى أن تنتهي الأزمة ويعود الاستقرار في أقرب وقت.",
               "الكهرباء مقطوعة عندنا منذ الصباح والسيولة غير متوفرة في المصارف، الله المستعان.",
               "تغطية ممتازة، شكراً لبوابة الوسط.",
               "المهم هو الحوار بين الليبيين أنفسهم بعيداً عن أي تدخل خارجي."]


def ly_date(d):
    t = shift(d, -1)  # Tripoli = UTC+2
    return (f"{WEEKDAYS[t.weekday()]} {t.day:02d} {MONTHS[t.month - 1]} {t.year}, "
            f"{(t.hour % 12 or 12):02d}:{t.minute:02d} {'صباحا' if t.hour < 12 else 'مساء'}")


def layout_b17_5(page):
    """Al-Wasat-Libya-like portal: «city - بوابة X: name | date» meta line in Tripoli time
    (UTC+2, 12-hour صباحا/مساء), parallel-market dinar rates, print-edition promo."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    city = pick(a, "city", LY_CITIES)
    today = shift(d + dt.timedelta(hours=num(a, "crawl", 0, 10)), -1)
    nav = "".join(f'<li><a href="/{s}">{n}</a></li>' for n, s in
                  [("الرئيسية", ""), ("ليبيا", "libya"), ("عربي ودولي", "world"), ("اقتصاد", "economy"),
                   ("رياضة", "sports"), ("ثقافة وفنون", "culture"), ("تقارير", "reports"), ("الوسط TV", "tv"),
                   ("كاريكاتير", "cartoon"), ("جريدة الوسط", "newspaper")])
    ticker = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("ticker", 5))
    who = f': <span class="writer">{esc(a.author)}</span>' if a.author else ""
    meta = (f'<div class="news-meta"><span class="origin">{esc(city)} - بوابة {esc(site.short)}</span>{who} '
            f'| <span class="date">{ly_date(d)}</span></div>')
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = [(0, f'<figure class="inline-img"><img src="/uploads/{a.key}.jpg" alt="">'
                 f'<figcaption>{esc(short(a.title, 7))} (أرشيفية: الإنترنت)</figcaption></figure>')]
    ra = page.others("read_also", 2)
    if ra:
        items = "".join(f"<li>{L.link(page, o)}</li>" for o in ra)
        boxes.append((2, f'<div class="read-also"><h4>اقرأ أيضًا</h4><ul>{items}</ul></div>'))
    issue = 180 + (d - dt.datetime(2015, 7, 1)).days // 7
    boxes.append((4, f'<div class="paper-promo"><p>تجدون في العدد {issue} من جريدة الوسط الصادر يوم الخميس ملفاً موسعاً '
                     'عن الأوضاع الاقتصادية وأزمة السيولة في المصارف الليبية، إضافة إلى حوارات وتقارير من مختلف المدن.</p></div>'))
    boxes.append((6, '<div class="ad-inline"><span>إعلان</span></div>'))
    body = weave(blocks, boxes)
    tags = " ".join(f'<a href="/tags/{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a))
    vids = "".join(f'<li><a href="/tv/{o.key}"><img src="/tv/thumbs/{o.key}.jpg" alt="">{esc(o.title)}</a> '
                   f'<span class="dur">{mmss(num(o, "d", 60, 600))}</span></li>' for o in page.others("video", 4))
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 6))
    k = num(a, "cn", 0, 3)
    coms = ""
    for j in range(k):
        cd = shift(d + dt.timedelta(minutes=num(a, f"cm{j}", 20, 700)), -1)
        coms += (f'<li><span class="name">{esc(pick(a, f"cn{j}", LY_NAMES))}</span> <span class="when">{cd:%d/%m/%Y - %H:%M}</span>'
                 f'<p>{esc(pick(a, f"ct{j}", LY_COMMENTS))}</p></li>')
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<title>{esc(site.name)} | {esc(a.title)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/uploads/{a.key}.jpg">
<meta property="article:published_time" content="{iso_off(d, 2)}">
<meta property="article:section" content="ليبيا">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="stylesheet" href="/assets/css/style.css">
</head>
<body class="article-page">
<div class="top-bar"><span class="today">{WEEKDAYS[today.weekday()]} {today.day} {MONTHS[today.month - 1]} {today.year}</span>
<span class="weather">طرابلس {num(a, "t1", 31, 38)}° | بنغازي {num(a, "t2", 28, 34)}° | سبها {num(a, "t3", 40, 46)}°</span>
<span class="fx">الدولار: الرسمي 1.{num(a, "fx1", 36, 39)} د.ل | السوق الموازية 1.{num(a, "fx2", 88, 99)} د.ل — اليورو: الرسمي 1.{num(a, "fx3", 49, 53)} | الموازية 2.{num(a, "fx4", 10, 25)}</span></div>
<header class="site-header"><a class="logo" href="/">بوابة {esc(site.short)}</a> <span class="tagline">{esc(site.name)}</span>
<nav><ul>{nav}</ul></nav><form class="search"><input placeholder="بحث"></form></header>
<div class="ticker"><span>آخر الأخبار</span><ul>{ticker}</ul></div>
<div class="main-container">
<main>
<article>
<div class="section-name"><a href="/libya">ليبيا</a></div>
<h1 class="news-title">{esc(a.title)}</h1>
{meta}
<div class="main-img"><img src="/uploads/article/{a.key}.jpg" alt="{esc(a.title)}"></div>
<div class="news-body">
{body}
</div>
<p class="follow">تابعوا آخر أخبار ليبيا على صفحات {esc(site.name)} في فيسبوك وتويتر ويوتيوب.</p>
<div class="tags"><span>كلمات مفتاحية:</span> {tags}</div>
<div class="share"><a href="https://facebook.com/sharer">شارك</a> <a href="https://twitter.com/intent/tweet">غرّد</a> <a href="#print">طباعة</a></div>
</article>
<section class="tv-videos"><h3>شاهد على الوسط TV</h3><ul>{vids}</ul></section>
<section class="comments"><h3>التعليقات ({k})</h3><ol>{coms}</ol>
<div class="policy"><p>سياسة التعليقات: نرحب بتعليقاتكم ونرجو الالتزام بأدب الحوار والابتعاد عن الإساءة والتحريض والعنصرية والجهوية، وتخضع جميع التعليقات للمراجعة قبل نشرها.</p></div>
<form><input placeholder="الاسم"><textarea placeholder="تعليقك"></textarea><button>إرسال</button></form></section>
</main>
<aside class="sidebar"><div class="most-read"><h3>الأكثر قراءة</h3><ol>{popular}</ol></div>
<div class="newsletter"><h3>النشرة البريدية</h3><p>اشترك ليصلك ملخص أخبار ليبيا صباح كل يوم.</p><input type="email"></div>
<div class="paper"><h3>جريدة الوسط</h3><img src="/paper/{issue}.jpg" alt=""><a href="/newspaper">تصفح العدد {issue}</a></div></aside>
</div>
<footer><p>جميع الحقوق محفوظة © 2015 {esc(site.name)}</p><p><a href="/about">من نحن</a> | <a href="/contact">اتصل بنا</a> | <a href="/ads">أعلن معنا</a></p></footer>
</body></html>"""
    return finish(out, page)


LAYOUTS = {
    "b17_1": layout_b17_1,
    "b17_2": layout_b17_2,
    "b17_3": layout_b17_3,
    "b17_4": layout_b17_4,
    "b17_5": layout_b17_5,
}
