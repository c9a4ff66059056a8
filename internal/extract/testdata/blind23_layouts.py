"""Blind test layouts (set 23) for newsfarm (--extra-layouts): five article
templates modelled on mainstream, high-traffic Arabic news sites of kinds that
no earlier layout file imitates, written without reading Khabar's extractor.
Each prints the whole page a reader gets: top bar, header and menus, tickers,
the article, the boxes real sites put inside the text, and the lists,
comments, sidebars and footer around it.

  b23_1  LONDON-based Arabic E-PAPER (Elaph-like, online-only since 2001),
         visible times in GMT (Elaph prints GMT all year, so the day can
         roll back against Riyadh): top bar with the GMT day and «آخر
         تحديث GMT …», nav with «جريدة الجرائد» and «إيلاف المغرب», an
         «عاجل» strip; breadcrumb (section › sub-section), headline, a bold
         ABSTRACT (h2) repeating the start of the first sentence; the info
         row: the writer as <a class="writer-name"> (only with an author)
         beside Elaph's odd-order stamp «GMT 11:32 2015 الأحد 9 أغسطس» and a
         comment count; JSON-LD NewsArticle and article:published_time in
         UTC (+00:00). Lead picture with caption and «(أ ف ب)»-style credit.
         The first paragraph OPENS with a bold «إيلاف من <city>:» lead-in
         in the same <p> (city from the credit where it names one, else
         الرياض). In the text an «ذات صلة» box of two links, a Teads-like
         «إعلان» in-read slot and (on about half the pages) an embedded
         tweet with its own date. After it tags, share, NUMBERED readers'
         comments each with a TITLE, a name, a country and a GMT stamp in
         the same odd order, the comment rules; sidebars: «جريدة الجرائد»
         (other papers' headlines with the paper's name), «آراء» columnists
         with column titles (names that are not the article's writer),
         most-read, an «استفتاء إيلاف» poll with percentages; footer
         «صحيفة إلكترونية يومية مستقلة تصدر من لندن».
  b23_2  SHARJAH Arabic print daily's web edition (Alkhaleej-like), UAE
         time = UTC+4, one hour AHEAD of Riyadh (the day can roll
         forward): top bar with the UAE day in Gregorian + Umm al-Qura
         Hijri, Sharjah / Dubai / Abu Dhabi temperatures, «النسخة الورقية»
         with the issue number, «اشترك»; nav, «عاجل» ticker with UAE
         clocks; breadcrumb, headline; the meta list under it: the credit
         as <a class="author-link"> in li.article-author (only with an
         author; no label), then li.article-date: «9 أغسطس 2015» in
         <time datetime="…+04:00"> and a 12-hour UAE clock «03:32 مساء» in
         its own span; font-size / print tools. article:published_time and
         JSON-LD in +04:00. Hero picture with a «(وام)»-style credit. In
         the text an «اقرأ أيضاً:» link paragraph, an «إعلان» slot and
         EITHER an Instagram embed (blockquote fallback «عرض هذا المنشور
         على Instagram» / «منشور مشترك بواسطة») OR a JW-Player video box
         «شاهد | …» with duration. After it the «تابع آخر أخبارنا … عبر
         Google news» prose line, «كلمات دالة», share, «المزيد من <section>»
         cards with UAE dates, most-read, «رأي» columnists (other names),
         the newsletter box, footer «دار الخليج للصحافة والطباعة والنشر».
         One site is windows-1256 (NCRs where it lacks letters).
  b23_3  ISTANBUL-run pan-Arab DIGITAL outlet on WordPress VIP (Arabi-Post-
         like; substituted for the suggested Al-Akhbar-Lebanon kind, which
         blind5's b5_2 already imitates), visible times in GMT: «الأكثر
         تداولاً» hashtag bar; category chip, headline, an excerpt paragraph
         repeating the first sentence; an author card (round avatar, the
         name alone in <a class="author-name">, only with an author); the
         dates as TWO lines «تم النشر: 2015/08/09 الساعة 11:32 بتوقيت
         غرينتش» and a LATER «آخر تحديث: …» (GMT, the day can roll back),
         each inside <time datetime="…+00:00">, a reading time; Yoast
         @graph JSON-LD (+00:00) and article:published_time /
         modified_time. Hero picture «صورة تعبيرية/ Getty Images». In the
         text «اقرأ أيضاً» cards (picture + headline), an «إعلان» slot, a
         Gutenberg YouTube embed (figure.wp-block-embed with a caption) and
         a Gutenberg Twitter embed with its own date. After it the «هل
         لديك قصة؟» contact prompt, hashtags, share, the newsletter prompt,
         related cards, most-read, NO comments, footer. One site is
         windows-1256.
  b23_4  The SAUDI PRESS AGENCY's own NEW-STYLE site (SPA / واس on the
         national unified digital-government design): the «موقع حكومي رسمي
         تابع لحكومة المملكة العربية السعودية» banner with its «كيف تتحقق»
         panel (gov.sa / HTTPS prose), a language menu of the agency's
         services (English, Français, Русский, 中文, فارسی, اردو, Bahasa
         Indonesia, Español, Türkçe …, NCRs where the charset lacks
         letters), accessibility tools; nav, breadcrumb; category and
         REGION chips above the headline; the meta row: the date as
         «24 شوال 1436 هـ الموافق 09 أغسطس 2015 م» with a 24-hour Riyadh
         clock, the whole in <time datetime="…+03:00">, the credit (only
         with an author) in li.news-reporter beside a pen icon, no label;
         the news number and a short link. og tags only, NO JSON-LD. A
         photo carousel with captions above the text; the text is clean
         paragraphs that END INSIDE the text box with the wire's closing
         lines «//انتهى//», «14:32 ت م» and a four-digit serial. After it
         keywords, share / copy-link / print, the «هل استفدت من المحتوى
         في هذه الصفحة؟» rating widget, related news with Hijri dates,
         the DGA footer (registration number, last-modified date).
  b23_5  IRAQI satellite TV channel's news site (Al-Sumaria-like), BAGHDAD
         time (UTC+3, the Riyadh wall clock): «البث المباشر» button,
         frequencies, Baghdad / Basra / Erbil temperatures, the dollar in
         the Baghdad exchange, «عاجل» ticker with clocks; a kicker row
         ABOVE the headline: section link and «الأحد 09 آب 2015 - 14:32»
         (Iraqi/Levantine month, 24-hour, no zone), a views counter;
         headline; microdata NewsArticle with <meta itemprop=
         "datePublished" content="…+03:00"> (no JSON-LD, no
         article:published_time). The first paragraph OPENS with «<strong>
         <short> نيوز/ بغداد</strong><br>» in the same <p>. In the text
         an «اقرأ أيضاً» link, an «إعلان» slot, EITHER the channel's video
         report player («شاهد بالفيديو | …», duration) OR an embedded
         Facebook post (fb-post blockquote fallback «نشره <page> في …»);
         the credit AFTER the text as «إعداد:» + the name alone in <b>
         (only with an author). After it tags, share, latest news with
         clocks, most-read, the evening programme grid, readers' comments
         in Iraqi dialect with names, cities and Baghdad dates, footer.

Pages whose article has no author print no byline. The author string is
printed whole, exactly as the corpus gives it, as the only text of its
element (and as a JSON-LD Person only where the page has an author). Gold
times are Asia/Riyadh (+03:00); b23_1 and b23_3 show GMT and carry UTC
(+00:00); b23_2 shows UAE time (UTC+4) and carries +04:00; b23_4 and b23_5
show the Riyadh wall clock (b23_5 as Baghdad time) and carry +03:00. The
conversions are exact. Hijri dates follow Umm al-Qura (1 Shawwal 1436 = 17
July 2015). On windows-1256 sites, characters the charset lacks are written
as numeric character references (\\u escapes inside scripts).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts internal/extract/testdata/blind23_layouts.py \\
      --layouts b23_1,b23_2,b23_3,b23_4,b23_5 --out /work/blind23/pages
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


def ampm(d, am="ص", pm="م", pad=False):
    h = d.hour % 12 or 12
    return (f"{h:02d}" if pad else f"{h}") + f":{d.minute:02d} {am if d.hour < 12 else pm}"


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


CITIES = ["الرياض", "جدة", "مكة المكرمة", "المدينة المنورة", "الدمام", "أبها", "الطائف", "تبوك", "حائل",
          "القصيم", "جازان", "نجران", "الباحة", "الأحساء", "الخبر", "ينبع", "القطيف", "الجبيل", "بريدة",
          "لندن", "القاهرة", "واشنطن", "بيروت", "دبي", "صنعاء", "عدن", "باريس", "نيويورك", "الكويت",
          "المنامة", "الدوحة", "مسقط", "عمّان", "بغداد", "دمشق", "موسكو", "طهران", "أنقرة", "إسطنبول",
          "نابلس", "غزة", "رام الله", "القدس", "الخرطوم", "تونس", "الرباط", "الجزائر", "طرابلس", "برلين",
          "جنيف", "بكين", "طوكيو", "أبوظبي", "الشارقة", "إسلام آباد", "كابول", "نيودلهي", "خميس مشيط",
          "عرعر", "سكاكا", "المجمعة", "الخرج", "رابغ", "محايل عسير", "بيشة", "حفر الباطن", "عنيزة"]


def city_of(author, default="الرياض"):
    for c in sorted(CITIES, key=len, reverse=True):
        if c in (author or ""):
            return c
    return default


# --- b23_1: Elaph-like London e-paper, GMT ----------------------------------------------

EL_NAV = ["الرئيسية", "أخبار", "اقتصاد", "ثقافات", "فنون", "رياضة", "صحة", "علوم وتكنولوجيا", "سيارات",
          "آراء", "جريدة الجرائد", "إيلاف المغرب", "منوعات", "فيديو", "صور"]
EL_SECTIONS = [("أخبار", "خليجية"), ("أخبار", "عربية"), ("أخبار", "دولية"), ("اقتصاد", "أسواق"),
               ("رياضة", "سعودية"), ("أخبار", "خليجية"), ("ثقافات", "مجتمع")]
EL_CREDITS = ["(أ ف ب)", "(رويترز)", "(إيلاف)", "(غيتي)", "(أرشيفية)", "(إي بي أيه)"]
EL_COMMENTS = [
    ("خطوة في الاتجاه الصحيح", "أبو فيصل", "السعودية",
     "هذا ما كنا ننتظره منذ سنوات، والمهم الآن أن يتابع المسؤولون التنفيذ على الأرض ولا يبقى الكلام حبرا على ورق."),
    ("إلى متى؟", "عراقي مغترب", "بريطانيا",
     "كل يوم نقرأ أخبارا من هذا النوع ولا شيء يتغير في حياة الناس. المنطقة تحتاج إلى إصلاح حقيقي لا إلى بيانات."),
    ("شكرا إيلاف", "سلمى", "المغرب",
     "متابعة ممتازة كالعادة، إيلاف سباقة في نقل الخبر بحياد، وأتمنى أن تنشروا تفاصيل أكثر في الأيام المقبلة."),
    ("سؤال بريء", "مراقب", "الكويت",
     "من يتحمل مسؤولية التأخير؟ الخبر لا يجيب عن هذا السؤال، ونحن كقراء من حقنا أن نعرف."),
    ("الحقيقة المرة", "د. سامي", "مصر",
     "لا يمكن فصل هذا الخبر عما يجري في الإقليم كله، والتحليل السطحي لا يفيد أحدا."),
    ("تعليق", "ابن الجزيرة", "الإمارات",
     "الله يحفظ الخليج وأهله، ويجعل هذه القرارات خيرا على الجميع."),
]
EL_PAPERS = ["«الرياض»", "«الحياة»", "«الشرق الأوسط»", "«عكاظ»", "«النهار»", "«الخليج»", "«القبس»", "«الأهرام»"]
EL_WRITERS = [("مازن الحربي", "الخليج والتحولات الصعبة"), ("ريم الخطيب", "عن الدولة والمواطن"),
              ("وليد الزين", "اقتصاد ما بعد النفط"), ("سعاد المنصور", "حين تتكلم الأرقام"),
              ("نبيل الكاتب", "رسالة إلى صديق عربي")]
EL_POLL = ("هل تعتقد أن انخفاض أسعار النفط سيدفع دول الخليج إلى إصلاحات اقتصادية جذرية؟",
           ["نعم", "لا", "لا أعرف"])
EL_HANDLES = [("وزارة الخارجية السعودية", "KSAMOFA"), ("واس", "spagov"), ("العربية", "AlArabiya"),
              ("سكاي نيوز عربية", "skynewsarabia"), ("رويترز عربي", "ReutersArabic")]


def el_stamp(d):
    """Elaph's visible stamp in GMT, in the order the site prints it."""
    t = shift(d, -3)
    return f"GMT {t:%H:%M} {t.year} {WEEKDAYS[t.weekday()]} {t.day} {MONTHS[t.month - 1]}"


def layout_b23_1(page):
    """Elaph-like London e-paper: GMT stamp in Elaph's order beside the writer link, bold
    «إيلاف من <city>:» lead-in, related box / in-read ad / tweet in the text, titled comments."""
    a, site = page.article, page.site
    d = a.published
    g = shift(d, -3)
    sec, sub = pick(a, "sec", EL_SECTIONS)
    paras = L.paragraphs(a.text)
    city = city_of(a.author)
    blocks = []
    for i, p in enumerate(paras):
        if i == 0:
            blocks.append(f'<p><strong>«{esc(site.short)}» من {esc(city)}:</strong> {esc(p)}</p>')
        else:
            blocks.append(f"<p>{esc(p)}</p>")
    boxes = []
    rel = page.others("read_also", 2)
    if rel:
        items = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in rel)
        boxes.append((0 if len(blocks) < 4 else 1, f'<div class="related-inline"><h4>ذات صلة</h4><ul>{items}</ul></div>'))
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 3 else 99,
                  f'<div class="inread-ad" id="teads-{a.n}"><span class="ad-label">إعلان</span></div>'))
    if num(a, "tw", 0, 1):
        hname, handle = pick(a, "twh", EL_HANDLES)
        tw = shift(d - dt.timedelta(minutes=num(a, "twm", 15, 300)), -3)
        boxes.append((ratio_at(blocks, 0.75) if len(blocks) > 4 else 99,
                      f'<blockquote class="twitter-tweet" data-lang="ar"><p lang="ar" dir="rtl">{esc(short(a.title, 12))} '
                      f'<a href="https://t.co/{a.key[:10]}">https://t.co/{a.key[:10]}</a></p>&mdash; {esc(hname)} (@{handle}) '
                      f'<a href="https://twitter.com/{handle}/status/63{num(a, "tid", 10**15, 10**16)}">{tw.day} {MONTHS[tw.month - 1]} {tw.year}</a></blockquote>'
                      '<script async src="//platform.twitter.com/widgets.js" charset="utf-8"></script>'))
    body = weave(blocks, boxes)
    k = num(a, "nc", 0, 5)
    coms = []
    for j in range(k):
        title, nm, country, tx = EL_COMMENTS[(num(a, "cu", 0, 5) + j) % len(EL_COMMENTS)]
        ct = d + dt.timedelta(minutes=num(a, f"c{j}", 8, 80) + 41 * j)
        coms.append(f'<li class="comment"><span class="c-num">{j + 1}</span><h4 class="c-title">{esc(title)}</h4>'
                    f'<div class="c-meta"><span class="c-name">{esc(nm)}</span> - <span class="c-country">{esc(country)}</span> '
                    f'<span class="c-date">{el_stamp(ct)}</span></div><p class="c-text">{esc(tx)}</p></li>')
    by = (f'<span class="writer"><a class="writer-name" href="/Web/Writers/{num(a, "wid", 100, 2999)}.html">{esc(a.author)}</a></span>'
          if a.author else "")
    crumbs = (f'<a href="/">الرئيسية</a> <span>&rsaquo;</span> <a href="/Web/{slug(sec, 1)}/">{esc(sec)}</a> '
              f'<span>&rsaquo;</span> <a href="/Web/{slug(sec, 1)}/{slug(sub, 1)}/">{esc(sub)}</a>')
    nav = "".join(f'<li><a href="/Web/{slug(n, 2)}/">{n}</a></li>' for n in EL_NAV)
    ticker = "".join(f'<li>{L.link(page, o)}</li>' for o in page.others("ticker", 5))
    popular = "".join(f'<li><span class="rank">{i + 1}</span> {L.link(page, o)}</li>'
                      for i, o in enumerate(page.others("popular", 6)))
    press = "".join(f'<li>{L.link(page, o)} <span class="paper">{pick(o, "pp", EL_PAPERS)}</span></li>'
                    for o in page.others("press", 5))
    ops = "".join(f'<li><img src="/resources/images/writers/{i + 11}.jpg" alt=""><b class="op-writer">{w}</b>'
                  f'<a href="/Web/Opinion/2015/8/{1020000 + num(a, w, 1, 9999)}.html">{t}</a></li>'
                  for i, (w, t) in enumerate(EL_WRITERS[:4]))
    q, opts = EL_POLL
    p1 = num(a, "p1", 35, 70)
    p2 = num(a, "p2", 10, 100 - p1 - 5)
    pcts = [p1, p2, 100 - p1 - p2]
    poll = "".join(f'<li><label><input type="radio" name="poll"> {o}</label> <span class="pct">{pc}%</span></li>'
                   for o, pc in zip(opts, pcts))
    tags = "".join(f'<a href="/Web/Tags/{esc(t)}.html">{esc(t)}</a> ' for t in L.tags_for(a)[:5])
    credit = pick(a, "cr", EL_CREDITS)
    upd_top = shift(d + dt.timedelta(minutes=num(a, "top", 5, 70)), -3)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "description": lead_sentence(a.text), "datePublished": iso_off(d, 0),
          "dateModified": iso_off(d + dt.timedelta(minutes=num(a, "m", 3, 45)), 0),
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical}, "inLanguage": "ar",
          "articleSection": sub,
          "image": {"@type": "ImageObject", "url": f"{site.base}/resources/images/News/2015/08/{a.key}.jpg"},
          "publisher": {"@type": "Organization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/resources/images/logo.png"}}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="description" content="{esc(lead_sentence(a.text))}">
<meta name="keywords" content="{esc(', '.join(L.tags_for(a)))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/resources/images/News/2015/08/{a.key}.jpg">
<meta property="article:published_time" content="{iso_off(d, 0)}">
<meta property="article:section" content="{esc(sub)}">
<meta name="twitter:site" content="@ElaphNews">
{ldjson(ld)}
<link rel="stylesheet" href="/resources/css/elaph.rtl.css?v=2015.08">
<script>var googletag=googletag||{{}};googletag.cmd=googletag.cmd||[];var elaphSection="{esc(sub)}";</script>
</head>
<body class="article-page">
<div class="top-bar"><span class="today">{WEEKDAYS[g.weekday()]} {g.day} {MONTHS[g.month - 1]} {g.year}</span>
<span class="last-update">آخر تحديث GMT {upd_top:%H:%M}</span>
<span class="social"><a href="https://twitter.com/ElaphNews">تويتر</a> <a href="https://www.facebook.com/elaph">فيسبوك</a> <a href="https://www.youtube.com/elaph">يوتيوب</a> <a href="/rss/">RSS</a></span>
<a class="newsletter-link" href="/newsletter/">النشرة البريدية</a></div>
<header class="masthead">
<a class="logo" href="/"><img src="/resources/images/logo.png" alt="{esc(site.name)}"></a>
<p class="tagline">صحيفة إلكترونية يومية مستقلة تصدر من لندن</p>
<div class="leaderboard"><span>إعلان</span></div>
<form class="search" action="/Web/Search/"><input name="q" placeholder="ابحث في {esc(site.short)}"><button>بحث</button></form>
</header>
<nav class="main-menu"><ul>{nav}</ul></nav>
<div class="breaking"><span class="breaking-label">عاجل</span><ul>{ticker}</ul></div>
<div class="wrapper">
<div class="main-column">
<div class="breadcrumb">{crumbs}</div>
<div class="article" id="article-{a.n}">
<h1 class="article-title">{esc(a.title)}</h1>
<h2 class="article-abstract">{esc(short(lead_sentence(a.text), 22))}</h2>
<div class="article-info">{by}
<span class="article-date">{el_stamp(d)}</span>
<span class="comments-count"><a href="#comments">{k} تعليق</a></span></div>
<div class="article-photo"><img src="/resources/images/News/2015/08/{a.key}.jpg" alt="{esc(short(a.title, 6))}">
<p class="photo-caption">{esc(short(a.title, 8))} <span class="photo-credit">{credit}</span></p></div>
<div class="tools"><a href="#print">طباعة</a> <a href="#mail">أرسل لصديق</a> <a href="#font-plus">A+</a> <a href="#font-minus">A-</a></div>
<div class="article-text">
{body}
</div>
<div class="article-tags"><span>كلمات مفتاحية:</span> {tags}</div>
<div class="share"><span>شارك:</span> <a href="https://www.facebook.com/sharer.php">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://plus.google.com/share">غوغل+</a> <a href="whatsapp://send">واتساب</a> <a href="mailto:">البريد</a></div>
</div>
<div class="comments" id="comments"><h3>التعليقات ({k})</h3>
<ol class="comment-list">{"".join(coms) or '<li class="no-comments">لا توجد تعليقات بعد</li>'}</ol>
<p class="comment-rules">جميع التعليقات المنشورة تعبر عن رأي كتابها ولا تعبر بالضرورة عن رأي {esc(site.short)}. تحتفظ {esc(site.short)} بحق حذف أي تعليق يتضمن إساءة أو خروجا عن الموضوع.</p>
<form class="comment-form"><input placeholder="الاسم"><input placeholder="البلد"><input placeholder="عنوان التعليق"><textarea placeholder="نص التعليق"></textarea><button>أرسل</button></form></div>
</div>
<aside class="side-column">
<section class="box press-review"><h3>جريدة الجرائد</h3><ul>{press}</ul></section>
<section class="box opinion"><h3>آراء</h3><ul>{ops}</ul></section>
<section class="box most-read"><h3>الأكثر قراءة</h3><ol>{popular}</ol></section>
<section class="box poll"><h3>استفتاء {esc(site.short)}</h3><p class="poll-q">{q}</p><ul>{poll}</ul>
<p class="poll-total">عدد المصوتين: {num(a, "votes", 1200, 9800)}</p><a href="/Web/Polls/">نتائج الاستفتاءات السابقة</a></section>
<div class="box ad-mpu"><span>إعلان</span></div>
</aside>
</div>
<footer class="site-footer">
<p>{esc(site.name)} صحيفة إلكترونية يومية مستقلة تصدر من لندن منذ عام 2001.</p>
<p><a href="/Web/AboutUs.html">من نحن</a> | <a href="/Web/ContactUs.html">اتصل بنا</a> | <a href="/Web/Advertise.html">أعلن معنا</a> | <a href="/Web/Terms.html">شروط الاستخدام</a> | <a href="/Web/Privacy.html">سياسة الخصوصية</a></p>
<p>جميع الحقوق محفوظة &copy; 2001 - 2015 {esc(site.name)}</p></footer>
</body></html>"""
    return finish(out, page)


# --- b23_2: Alkhaleej-like Sharjah daily, UAE time ----------------------------------------

KH_NAV = ["الرئيسية", "الإمارات", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة", "منوعات", "صحة", "تكنولوجيا",
          "سيارات", "رأي وتحليلات", "ملاحق", "فيديو", "صور"]
KH_SECTIONS = [("عربي ودولي", "الخليج"), ("عربي ودولي", "عربي"), ("اقتصاد", "أسواق عالمية"),
               ("رياضة", "رياضة عربية"), ("منوعات", "منوعات"), ("عربي ودولي", "العالم")]
KH_CREDITS = ["(وام)", "(رويترز)", "(أ.ف.ب)", "(أرشيفية)", "(واس)", "(د.ب.أ)"]
KH_INSTA = [("وزارة الداخلية السعودية", "moisaudiarabia"), ("إمارة منطقة مكة المكرمة", "makkahregion"),
            ("وكالة الأنباء السعودية", "spagov"), ("هيئة السياحة", "scta_ksa")]
KH_WRITERS = [("خليفة الراشدي", "ثقافة الاستهلاك"), ("منى العبدولي", "أمكنة"),
              ("يوسف الحمادي", "قراءة في المشهد"), ("سالم بن حارب", "سياسة الباب المفتوح")]


def kh_time(t):
    h = t.hour % 12 or 12
    return f"{h:02d}:{t.minute:02d} {'صباحا' if t.hour < 12 else 'مساء'}"


def layout_b23_2(page):
    """Alkhaleej-like Sharjah daily: UAE time (UTC+4) in the meta list under the headline,
    credit as an unlabelled author link, read-also / ad / Instagram or video in the text."""
    a, site = page.article, page.site
    d = a.published
    uae = shift(d, 1)
    hd, hm, hy, _ = hijri(uae)
    sec, sub = pick(a, "sec", KH_SECTIONS)
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    boxes = []
    ra = page.others("read_also", 1)
    if ra:
        boxes.append((1 if len(blocks) > 2 else 0,
                      f'<p class="read-also"><strong>اقرأ أيضاً:</strong> <a href="{esc(page.url_of(ra[0]))}">{esc(ra[0].title)}</a></p>'))
    boxes.append((2 if len(blocks) > 3 else 99,
                  f'<div class="ad-inarticle"><span class="ad-title">إعلان</span><div id="div-gpt-ad-{a.n}-1"></div></div>'))
    if num(a, "emb", 0, 1):
        name, acct = pick(a, "ig", KH_INSTA)
        boxes.append((ratio_at(blocks, 0.6) if len(blocks) > 4 else 99,
                      f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/{a.key[:11]}/" data-instgrm-version="4">'
                      f'<div><p><a href="https://www.instagram.com/p/{a.key[:11]}/" target="_blank">عرض هذا المنشور على Instagram</a></p>'
                      f'<p>منشور مشترك بواسطة {esc(name)} (@{acct})</p></div></blockquote>'
                      '<script async defer src="//platform.instagram.com/ar_AR/embeds.js"></script>'))
    else:
        v = page.others("video", 1)
        if v:
            v = v[0]
            dur = f"{num(v, 'vm', 0, 4):02d}:{num(v, 'vs', 5, 59):02d}"
            boxes.append((ratio_at(blocks, 0.6) if len(blocks) > 4 else 99,
                          f'<div class="video-embed"><div id="jwplayer-{v.n}" class="jwplayer" data-duration="{dur}">'
                          f'<img src="/videos/thumbs/{v.key}.jpg" alt=""></div>'
                          f'<p class="video-title">شاهد | <a href="{esc(page.url_of(v))}">{esc(short(v.title, 10))}</a> <span class="duration">{dur}</span></p></div>'))
    body = weave(blocks, boxes)
    by = (f'<li class="article-author"><a class="author-link" href="/author/{num(a, "aid", 1000, 99999)}">{esc(a.author)}</a></li>'
          if a.author else "")
    issue = 13190 + (uae.date() - dt.date(2015, 7, 21)).days
    nav = "".join(f'<li><a href="/{slug(n, 2)}">{n}</a></li>' for n in KH_NAV)
    ticker = "".join(f'<li><span class="t">{kh_time(shift(o.published, 1))}</span> {L.link(page, o)}</li>'
                     for o in page.others("ticker", 6))
    more = "".join(f'<div class="card"><a href="{esc(page.url_of(o))}"><img src="/uploads/2015/08/{o.key}.jpg" alt="">'
                   f'<h3>{esc(o.title)}</h3></a><span class="card-date">{shift(o.published, 1).day} {MONTHS[shift(o.published, 1).month - 1]} {shift(o.published, 1).year}</span></div>'
                   for o in page.others("similar", 4))
    popular = "".join(f'<li>{L.link(page, o)}</li>' for o in page.others("popular", 6))
    ops = "".join(f'<li><img src="/uploads/writers/{i + 3}.jpg" alt=""><span class="writer">{w}</span> <a href="/opinion/{num(a, w, 1000, 9999)}">{t}</a></li>'
                  for i, (w, t) in enumerate(KH_WRITERS))
    tags = "".join(f'<li><a href="/tags/{esc(t)}">{esc(t)}</a></li>' for t in L.tags_for(a)[:5])
    credit = pick(a, "cr", KH_CREDITS)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso_off(d, 4), "dateModified": iso_off(d + dt.timedelta(minutes=num(a, "m", 2, 40)), 4),
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical}, "articleSection": sub,
          "image": [f"{site.base}/uploads/2015/08/{a.key}.jpg"],
          "publisher": {"@type": "Organization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/images/logo.png"}}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/uploads/2015/08/{a.key}.jpg">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="article:published_time" content="{iso_off(d, 4)}">
<meta property="article:section" content="{esc(sec)}">
{ldjson(ld)}
<link rel="stylesheet" href="/css/main.min.css?v=3.2">
<script>var dataLayer=[{{"pageType":"article","section":"{esc(sec)}","articleId":"{a.n}"}}];</script>
</head>
<body class="node-article">
<div class="top-bar">
<span class="date-today">{WEEKDAYS[uae.weekday()]} {uae.day} {MONTHS[uae.month - 1]} {uae.year} | {hd} {hm} {hy}</span>
<span class="weather">الشارقة 43&deg; | دبي 42&deg; | أبوظبي 45&deg;</span>
<a class="e-paper" href="/epaper/{issue}">النسخة الورقية - العدد {issue}</a>
<a class="subscribe" href="/subscribe">اشترك</a> <a class="login" href="/user/login">تسجيل الدخول</a></div>
<header class="site-header"><a class="logo" href="/"><img src="/images/logo.png" alt="{esc(site.name)}"></a>
<div class="header-ad"><span>إعلان</span></div></header>
<nav class="main-nav"><ul>{nav}</ul><a class="search-toggle" href="/search">بحث</a></nav>
<div class="urgent-news"><span class="label">عاجل</span><ul>{ticker}</ul></div>
<div class="container">
<div class="col-main">
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/{slug(sec, 2)}">{esc(sec)}</a></li><li><a href="/{slug(sec, 2)}/{slug(sub, 2)}">{esc(sub)}</a></li></ol>
<article class="article-page">
<h1 class="article-title">{esc(a.title)}</h1>
<ul class="article-meta">
{by}
<li class="article-date"><time datetime="{iso_off(d, 4)}">{uae.day} {MONTHS[uae.month - 1]} {uae.year}</time> <span class="article-time">{kh_time(uae)}</span></li>
<li class="article-tools"><a href="#font-up">أ+</a> <a href="#font-down">أ-</a> <a href="#print">طباعة</a></li>
</ul>
<figure class="article-image"><img src="/uploads/2015/08/{a.key}.jpg" alt="{esc(short(a.title, 6))}">
<figcaption>{credit}</figcaption></figure>
<div class="article-body">
{body}
</div>
<p class="google-news-follow">تابع آخر أخبارنا المحلية والرياضية وآخر المستجدات السياسية والاقتصادية عبر <a href="https://news.google.com/publications/{site.id}">Google news</a></p>
<div class="article-tags"><h4>كلمات دالة</h4><ul>{tags}</ul></div>
<div class="share-icons"><a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a> <a href="https://twitter.com/share">تويتر</a> <a href="whatsapp://send">واتساب</a> <a href="https://www.linkedin.com/shareArticle">لينكدإن</a> <a href="mailto:">بريد</a></div>
</article>
<section class="more-from"><h2>المزيد من {esc(sec)}</h2><div class="cards">{more}</div></section>
</div>
<aside class="col-side">
<section class="most-read"><h2>الأكثر قراءة</h2><ol>{popular}</ol></section>
<section class="opinion-writers"><h2>رأي</h2><ul>{ops}</ul></section>
<div class="ad-side"><span>إعلان</span></div>
<section class="newsletter"><h2>النشرة الإخبارية</h2><p>اشترك في النشرة الإخبارية اليومية ليصلك أهم الأخبار في بريدك الإلكتروني كل صباح</p><form><input type="email" placeholder="البريد الإلكتروني"><button>اشترك</button></form></section>
</aside>
</div>
<footer class="site-footer">
<ul class="footer-links"><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/advertise">أعلن معنا</a></li><li><a href="/terms">الشروط والأحكام</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/rss">RSS</a></li></ul>
<p>دار الخليج للصحافة والطباعة والنشر - الشارقة، الإمارات العربية المتحدة - ص.ب: 30</p>
<p>جميع الحقوق محفوظة &copy; 2015 {esc(site.name)}</p></footer>
</body></html>"""
    return finish(out, page)


# --- b23_3: Arabi-Post-like Istanbul digital outlet on WordPress VIP, GMT ---------------------

AP_NAV = ["أخبار", "تقارير", "عربي", "دولي", "مجتمع", "ثقافة وفن", "رياضة", "اقتصاد", "صحة", "تكنولوجيا",
          "آراء", "فيديو", "بودكاست"]
AP_CATS = ["أخبار", "عربي", "دولي", "اقتصاد", "رياضة", "مجتمع"]
AP_TRENDS = ["#اليمن", "#السعودية", "#أسعار_النفط", "#الحج_2015", "#سوريا", "#مصر", "#الدوري_السعودي"]
AP_CAPTIONS = ["صورة تعبيرية/ Getty Images", "صورة أرشيفية/ رويترز", "صورة تعبيرية/ iStock",
               "صورة أرشيفية/ AFP", "صورة تعبيرية/ Shutterstock"]
AP_HANDLES = [("وزارة الخارجية السعودية", "KSAMOFA"), ("عاجل السعودية", "SaudiNews50"), ("واس", "spagov"),
              ("الجزيرة عاجل", "AJABreaking"), ("بي بي سي عربي", "BBCArabic")]


def ap_stamp(d):
    t = shift(d, -3)
    return f"{t:%Y/%m/%d} الساعة {t:%H:%M} بتوقيت غرينتش"


def layout_b23_3(page):
    """Arabi-Post-like WordPress VIP outlet: author card, two GMT lines (published, later
    updated), Yoast @graph; read-also cards, ad, YouTube and tweet embeds in the text."""
    a, site = page.article, page.site
    d = a.published
    upd = d + dt.timedelta(minutes=num(a, "upd", 12, 240))
    cat = pick(a, "cat", AP_CATS)
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    boxes = []
    ra = page.others("read_also", 2)
    for j, o in enumerate(ra):
        boxes.append((0 if j == 0 else (ratio_at(blocks, 0.7) if len(blocks) > 4 else 99),
                      f'<div class="read-also-card"><span class="read-also-card__label">اقرأ أيضاً</span>'
                      f'<a class="read-also-card__link" href="{esc(page.url_of(o))}"><img src="/wp-content/uploads/2015/08/{o.key}-150x100.jpg" alt="">'
                      f'<span class="read-also-card__title">{esc(o.title)}</span></a></div>'))
    boxes.append((2 if len(blocks) > 3 else 99,
                  f'<div class="ad-slot ad-slot--in-article"><span class="ad-slot__label">إعلان</span><div id="gpt-inarticle-{a.n}"></div></div>'))
    v = page.others("video", 1)
    if v and len(blocks) > 2:
        v = v[0]
        boxes.append((ratio_at(blocks, 0.5), f'<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube">'
                                             f'<div class="wp-block-embed__wrapper"><iframe title="{esc(short(v.title, 8))}" width="640" height="360" '
                                             f'src="https://www.youtube.com/embed/{v.key[:11]}?feature=oembed" frameborder="0" allowfullscreen></iframe></div>'
                                             f'<figcaption>{esc(short(v.title, 9))}</figcaption></figure>'))
    if num(a, "tw", 0, 2):
        hname, handle = pick(a, "twh", AP_HANDLES)
        tw = shift(d - dt.timedelta(minutes=num(a, "twm", 20, 400)), -3)
        boxes.append((ratio_at(blocks, 0.8) if len(blocks) > 3 else 99,
                      '<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">'
                      f'<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="ar" dir="rtl">{esc(short(L.first_sentence(a.text), 14))}</p>'
                      f'&mdash; {esc(hname)} (@{handle}) <a href="https://twitter.com/{handle}/status/63{num(a, "tid", 10**15, 10**16)}">'
                      f'{MONTHS[tw.month - 1]} {tw.day}, {tw.year}</a></blockquote>'
                      '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div></figure>'))
    body = weave(blocks, boxes)
    author = ""
    if a.author:
        author = (f'<div class="post-author"><img class="post-author__avatar" src="/wp-content/uploads/authors/{num(a, "av", 1, 80)}-96x96.jpg" alt="" width="48" height="48">'
                  f'<a class="author-name" href="/author/{num(a, "aid", 100, 999)}/" rel="author">{esc(a.author)}</a></div>')
    nav = "".join(f'<li class="menu-item"><a href="/{slug(n, 2)}/">{n}</a></li>' for n in AP_NAV)
    trends = "".join(f'<a href="/tag/{esc(t[1:])}/">{esc(t)}</a> ' for t in AP_TRENDS)
    related = "".join(f'<article class="card"><a href="{esc(page.url_of(o))}"><img src="/wp-content/uploads/2015/08/{o.key}-300x200.jpg" alt="">'
                      f'<h3 class="card__title">{esc(o.title)}</h3></a><span class="card__cat">{pick(o, "cat", AP_CATS)}</span></article>'
                      for o in page.others("similar", 4))
    popular = "".join(f'<li><span class="num">{i + 1}</span> {L.link(page, o)}</li>' for i, o in enumerate(page.others("popular", 5)))
    tags = "".join(f'<a class="post-tag" href="/tag/{esc(t)}/">#{esc(t)}</a> ' for t in L.tags_for(a)[:5])
    caption = pick(a, "cap", AP_CAPTIONS)
    pid = f"{site.base}/?p={a.n}"
    graph = [
        {"@type": "Article", "@id": page.canonical + "#article", "isPartOf": {"@id": page.canonical},
         "headline": a.title, "datePublished": iso_off(d, 0), "dateModified": iso_off(upd, 0),
         "mainEntityOfPage": {"@id": page.canonical}, "wordCount": len(a.text.split()),
         "publisher": {"@id": site.base + "/#organization"},
         "image": {"@id": page.canonical + "#primaryimage"}, "articleSection": [cat], "inLanguage": "ar"},
        {"@type": "WebPage", "@id": page.canonical, "url": page.canonical, "name": f"{a.title} | {site.name}",
         "datePublished": iso_off(d, 0), "dateModified": iso_off(upd, 0), "inLanguage": "ar",
         "breadcrumb": {"@id": page.canonical + "#breadcrumb"}},
        {"@type": "ImageObject", "@id": page.canonical + "#primaryimage",
         "url": f"{site.base}/wp-content/uploads/2015/08/{a.key}.jpg", "caption": caption},
        {"@type": "BreadcrumbList", "@id": page.canonical + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": site.base + "/"},
            {"@type": "ListItem", "position": 2, "name": cat, "item": f"{site.base}/{slug(cat, 1)}/"},
            {"@type": "ListItem", "position": 3, "name": a.title}]},
        {"@type": "Organization", "@id": site.base + "/#organization", "name": site.name, "url": site.base + "/",
         "logo": {"@type": "ImageObject", "url": f"{site.base}/wp-content/themes/ap/img/logo.png"}},
    ]
    if a.author:
        pid_person = site.base + "/#/schema/person/" + hashlib.md5(a.author.encode()).hexdigest()
        graph[0]["author"] = {"@id": pid_person}
        graph.append({"@type": "Person", "@id": pid_person, "name": a.author,
                      "url": f"{site.base}/author/{num(a, 'aid', 100, 999)}/"})
    ld = {"@context": "https://schema.org", "@graph": graph}
    yoast = ldjson(ld).replace('<script type="application/ld+json">', '<script type="application/ld+json" class="yoast-schema-graph">')
    out = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:locale" content="ar_AR">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="article:section" content="{esc(cat)}">
<meta property="article:published_time" content="{iso_off(d, 0)}">
<meta property="article:modified_time" content="{iso_off(upd, 0)}">
<meta property="og:image" content="{esc(site.base)}/wp-content/uploads/2015/08/{a.key}.jpg">
<meta name="twitter:card" content="summary_large_image">
{yoast}
<link rel="shortlink" href="{esc(pid)}">
<link rel="stylesheet" id="ap-main-css" href="/wp-content/themes/ap/dist/main.css?ver=1.9.4" media="all">
<script>var apData={{"postId":{a.n},"category":"{esc(cat)}","isPremium":false}};</script>
</head>
<body class="post-template-default single single-post postid-{a.n} single-format-standard rtl">
<a class="skip-link screen-reader-text" href="#content">انتقل إلى المحتوى</a>
<header class="site-header">
<div class="site-header__top"><a class="site-logo" href="/"><img src="/wp-content/themes/ap/img/logo.svg" alt="{esc(site.name)}"></a>
<div class="site-header__social"><a href="https://www.facebook.com/">فيسبوك</a> <a href="https://twitter.com/">تويتر</a> <a href="https://www.instagram.com/">إنستغرام</a> <a href="https://www.youtube.com/">يوتيوب</a> <a href="https://t.me/">تلغرام</a></div>
<button class="search-btn" aria-label="بحث">بحث</button></div>
<nav class="main-navigation"><ul id="primary-menu" class="menu">{nav}</ul></nav>
<div class="trending-bar"><span class="trending-bar__label">الأكثر تداولاً</span> {trends}</div>
</header>
<main id="content" class="site-main">
<article id="post-{a.n}" class="post-{a.n} post type-post status-publish format-standard has-post-thumbnail">
<header class="entry-header">
<a class="entry-category" href="/{slug(cat, 1)}/">{esc(cat)}</a>
<h1 class="entry-title">{esc(a.title)}</h1>
<p class="entry-excerpt">{esc(lead_sentence(a.text))}</p>
{author}
<div class="entry-dates"><span class="entry-date entry-date--published">تم النشر: <time datetime="{iso_off(d, 0)}">{ap_stamp(d)}</time></span>
<span class="entry-date entry-date--updated">آخر تحديث: <time datetime="{iso_off(upd, 0)}">{ap_stamp(upd)}</time></span>
<span class="reading-time">وقت القراءة: {reading_time(a)}</span></div>
</header>
<figure class="post-thumbnail"><img src="/wp-content/uploads/2015/08/{a.key}-1024x576.jpg" alt="" width="1024" height="576">
<figcaption class="wp-caption-text">{esc(caption)}</figcaption></figure>
<div class="entry-content">
{body}
</div>
<div class="story-tip"><p>هل لديك قصة أو معلومة تريد أن تشاركها مع {esc(site.short)}؟ تواصل معنا عبر <a href="mailto:tips@example.com">البريد الإلكتروني</a> أو عبر <a href="https://wa.me/">واتساب</a>.</p></div>
<footer class="entry-footer">
<div class="post-tags">{tags}</div>
<div class="share-bar"><span>شارك</span> <a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="whatsapp://send">واتساب</a> <a href="https://t.me/share/url">تلغرام</a> <a href="#copy">نسخ الرابط</a></div>
</footer>
</article>
<section class="newsletter-signup"><h2>النشرة البريدية</h2><p>اشترك الآن في النشرة البريدية لـ«{esc(site.short)}» ليصلك أهم الأخبار والتقارير والتحليلات يومياً على بريدك الإلكتروني.</p>
<form><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></form></section>
<section class="related-posts"><h2>مقالات ذات صلة</h2>{related}</section>
</main>
<aside class="sidebar"><section class="widget most-read"><h2>الأكثر قراءة</h2><ol>{popular}</ol></section>
<div class="widget ad-slot ad-slot--sidebar"><span class="ad-slot__label">إعلان</span></div></aside>
<footer class="site-footer">
<p>{esc(site.name)} موقع إخباري عربي مستقل يقدم الأخبار والتقارير والقصص الإنسانية ومقالات الرأي من العالم العربي وعنه.</p>
<ul class="footer-menu"><li><a href="/about/">من نحن</a></li><li><a href="/contact/">اتصل بنا</a></li><li><a href="/privacy-policy/">سياسة الخصوصية</a></li><li><a href="/terms/">شروط الاستخدام</a></li><li><a href="/jobs/">وظائف</a></li></ul>
<p>&copy; 2015 {esc(site.name)}. جميع الحقوق محفوظة</p></footer>
</body>
</html>"""
    return finish(out, page)


# --- b23_4: SPA (واس) new-style unified-government site ------------------------------------------

SPA_LANGS = [("en", "English"), ("fr", "Français"), ("ru", "Русский"), ("zh", "中文"), ("fa", "فارسی"),
             ("ur", "اردو"), ("id", "Bahasa Indonesia"), ("es", "Español"), ("tr", "Türkçe"), ("de", "Deutsch"),
             ("ja", "日本語"), ("bn", "বাংলা"), ("it", "Italiano"), ("pt", "Português")]
SPA_NAV = ["الرئيسية", "الأخبار", "المناطق", "الرياضة", "الاقتصاد", "الدولية", "الصور", "الفيديو",
           "الإنفوجرافيك", "عن الوكالة"]
SPA_CATS = ["محلي", "عام", "اقتصادي", "رياضي", "دولي", "ثقافي"]
SPA_REGIONS = ["منطقة الرياض", "منطقة مكة المكرمة", "المنطقة الشرقية", "منطقة المدينة المنورة", "منطقة عسير",
               "منطقة القصيم", "منطقة تبوك", "منطقة جازان"]


def spa_date(d):
    hd, hm, hy, _ = hijri(d)
    return f"{hd} {hm} {hy} هـ الموافق {d.day:02d} {MONTHS[d.month - 1]} {d.year} م"


def layout_b23_4(page):
    """SPA new-style: DGA government banner, category/region chips, Hijri-first date with a
    Riyadh clock in <time>, reporter chip without label, photo carousel, closing wire lines."""
    a, site = page.article, page.site
    d = a.published
    cat = pick(a, "cat", SPA_CATS)
    region = pick(a, "reg", SPA_REGIONS)
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    serial = f"{num(a, 'ser', 1, 240):04d}"
    closing = (f'<p class="news-end">//انتهى//</p>\n<p class="news-end-time">{d:%H:%M} ت م</p>\n'
               f'<p class="news-end-serial">{serial}</p>')
    body = "\n".join(blocks) + "\n" + closing
    nphotos = num(a, "ph", 1, 4)
    slides = "".join(f'<div class="carousel-item{" active" if i == 0 else ""}"><img src="/media/images/2015/08/{a.key}-{i + 1}.jpg" alt="">'
                     f'<p class="carousel-caption">{esc(short(a.title, 9)) if i == 0 else "جانب من " + esc(short(a.title, 5))}</p></div>'
                     for i in range(nphotos))
    reporter = ""
    if a.author:
        reporter = (f'<li class="news-meta__item news-reporter"><svg class="icon icon-pen" aria-hidden="true"><use href="#pen"></use></svg>'
                    f'<span>{esc(a.author)}</span></li>')
    langs = "".join(f'<li><a href="/{c}/N{a.n}" lang="{c}" hreflang="{c}">{n}</a></li>' for c, n in SPA_LANGS)
    nav = "".join(f'<li class="nav-item"><a class="nav-link" href="/{slug(n, 2)}">{n}</a></li>' for n in SPA_NAV)
    related = "".join(f'<div class="news-card"><a href="{esc(page.url_of(o))}"><img src="/media/images/2015/08/{o.key}-1.jpg" alt="">'
                      f'<h3 class="news-card__title">{esc(o.title)}</h3></a>'
                      f'<span class="news-card__date">{hijri(o.published)[0]} {hijri(o.published)[1]} {hijri(o.published)[2]} هـ</span></div>'
                      for o in page.others("similar", 4))
    latest = "".join(f'<li><span class="time">{o.published:%H:%M}</span> {L.link(page, o)}</li>'
                     for o in page.others("ticker", 6))
    tags = "".join(f'<a class="tag-chip" href="/search?tag={esc(t)}">{esc(t)}</a>' for t in L.tags_for(a)[:4])
    modified = (d + dt.timedelta(days=num(a, "mod", 0, 2), minutes=num(a, "modm", 10, 300)))
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/media/images/2015/08/{a.key}-1.jpg">
<meta property="og:site_name" content="{esc(site.name)}">
<meta name="twitter:site" content="@spagov">
<link rel="stylesheet" href="/assets/dga-design-system/1.1.0/css/main.rtl.css">
<script>window.__SPA__={{"lang":"ar","newsId":"N{a.n}","category":"{esc(cat)}"}};</script>
</head>
<body class="news-details-page">
<svg style="display:none"><symbol id="pen" viewBox="0 0 24 24"><path d="M3 17.25V21h3.75L17.81 9.94"/></symbol></svg>
<div class="gov-banner">
<div class="gov-banner__header"><img src="/assets/img/sa-flag.svg" alt=""> <span>موقع حكومي رسمي تابع لحكومة المملكة العربية السعودية</span>
<button class="gov-banner__toggle" aria-expanded="false">كيف تتحقق</button></div>
<div class="gov-banner__content" hidden>
<p><strong>روابط المواقع الإلكترونية الرسمية السعودية تنتهي بـ gov.sa</strong> جميع روابط المواقع الرسمية الخاصة بالجهات الحكومية في المملكة العربية السعودية تنتهي بـ gov.sa</p>
<p><strong>المواقع الإلكترونية الحكومية تستخدم بروتوكول HTTPS للتشفير والأمان</strong> المواقع الإلكترونية الآمنة في المملكة العربية السعودية تستخدم بروتوكول HTTPS للتشفير.</p>
<p>مسجل لدى هيئة الحكومة الرقمية برقم: 20230315412</p></div></div>
<header class="site-header">
<div class="site-header__top">
<div class="lang-menu"><button class="lang-menu__toggle">العربية</button><ul class="lang-menu__list">{langs}</ul></div>
<div class="a11y-tools"><button title="تكبير الخط">+A</button> <button title="تصغير الخط">-A</button> <button title="التباين">التباين</button> <button title="قارئ الشاشة">قارئ الشاشة</button></div>
<a class="login-link" href="/login">تسجيل الدخول للمشتركين</a></div>
<a class="site-logo" href="/"><img src="/assets/img/spa-logo.svg" alt="{esc(site.name)}"></a>
<nav class="navbar"><ul class="navbar-nav">{nav}</ul>
<form class="navbar-search" action="/search"><input name="q" placeholder="ابحث في الأخبار"></form></nav>
</header>
<main class="main-content">
<div class="container">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">الرئيسية</a></li><li class="breadcrumb-item"><a href="/news">الأخبار</a></li><li class="breadcrumb-item active" aria-current="page">{esc(cat)}</li></ol></nav>
<div class="row">
<div class="col-lg-8">
<article class="news-details">
<div class="news-chips"><a class="chip chip--category" href="/news?category={esc(cat)}">{esc(cat)}</a> <a class="chip chip--region" href="/news?region={esc(region)}">{esc(region)}</a></div>
<h1 class="news-details__title">{esc(a.title)}</h1>
<ul class="news-meta">
<li class="news-meta__item news-date"><svg class="icon" aria-hidden="true"></svg><time datetime="{iso_off(d, 3)}">{spa_date(d)} - {d:%H:%M}</time></li>
{reporter}
<li class="news-meta__item news-id">رقم الخبر: N{a.n}</li>
<li class="news-meta__item news-shortlink"><a href="{esc(site.base)}/N{a.n}">{esc(site.base)}/N{a.n}</a></li>
</ul>
<div id="newsCarousel" class="carousel slide news-gallery" data-bs-ride="carousel">
<div class="carousel-inner">{slides}</div>
<span class="carousel-counter">1 / {nphotos}</span>
<button class="carousel-control-prev">السابق</button> <button class="carousel-control-next">التالي</button></div>
<div class="news-details__body">
{body}
</div>
<div class="news-tags"><h2 class="news-tags__title">الكلمات الدلالية</h2>{tags}</div>
<div class="news-actions"><span>مشاركة</span> <a href="https://twitter.com/intent/tweet">إكس</a> <a href="https://www.facebook.com/sharer.php">فيسبوك</a> <a href="whatsapp://send">واتساب</a> <a href="https://t.me/share/url">تلغرام</a> <a href="https://www.linkedin.com/shareArticle">لينكدإن</a>
<button class="copy-link">نسخ الرابط</button> <button class="print">طباعة</button></div>
<div class="page-rating"><p>هل استفدت من المحتوى في هذه الصفحة؟</p><button>نعم</button> <button>لا</button>
<p class="page-rating__stats">{num(a, "rate", 60, 98)}% من المستخدمين قالوا نعم من {num(a, "rv", 20, 900)} تعليقا</p></div>
</article>
<section class="related-news"><h2>أخبار ذات صلة</h2><div class="news-cards">{related}</div></section>
</div>
<aside class="col-lg-4">
<section class="latest-news"><h2>آخر الأخبار</h2><ul>{latest}</ul></section>
<section class="services"><h2>خدمات الوكالة</h2><ul><li><a href="/services/subscribe">الاشتراك في خدمة الأخبار</a></li><li><a href="/services/photos">بنك الصور</a></li><li><a href="/services/sms">خدمة الرسائل النصية</a></li></ul></section>
</aside>
</div>
</div>
</main>
<footer class="site-footer">
<div class="footer-links"><ul><li><a href="/about">عن الوكالة</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/faq">الأسئلة الشائعة</a></li><li><a href="/sitemap">خريطة الموقع</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/terms">شروط الاستخدام</a></li><li><a href="/open-data">البيانات المفتوحة</a></li></ul></div>
<div class="footer-dga"><img src="/assets/img/dga-logo.svg" alt="هيئة الحكومة الرقمية"> <span>مسجل لدى هيئة الحكومة الرقمية برقم: 20230315412</span>
<img src="/assets/img/vision2030.svg" alt="رؤية 2030"></div>
<p>جميع الحقوق محفوظة لـ{esc(site.name)} &copy; 2015</p>
<p>تم تطويره وصيانته بواسطة {esc(site.name)} | آخر تعديل: {modified:%d/%m/%Y}</p></footer>
</body></html>"""
    return finish(out, page)


# --- b23_5: Al-Sumaria-like Iraqi TV channel, Baghdad time ------------------------------------

SU_NAV = ["الرئيسية", "سياسة", "أمن", "اقتصاد", "محليات", "عربي ودولي", "رياضة", "منوعات", "فن", "صحة",
          "تكنولوجيا", "برامج", "فيديو", "البث المباشر"]
SU_SECTIONS = ["عربي ودولي", "سياسة", "اقتصاد", "أمن", "رياضة", "منوعات"]
SU_PROGRAMS = [("نشرة الأخبار الرئيسية", "20:00"), ("حوار السومرية", "21:00"), ("العراق اليوم", "22:00"),
               ("ملف الأسبوع", "22:30"), ("موجز الأخبار", "23:00")]
SU_FB = [("وزارة الخارجية العراقية", "MofaIraq"), ("السفارة السعودية في بغداد", "KSAembassyIQ"),
         ("خلية الإعلام الأمني", "SMCIraq"), ("قناة السومرية", "alsumariatv")]
SU_USERS = [("حيدر", "البصرة", "والله زين، بس الأهم يطبقون الكلام على الأرض مو بس تصريحات"),
            ("أبو علي", "بغداد", "احنا بالعراق نتمنى علاقات طيبة ويا كل الجيران، الشعب تعبان من المشاكل"),
            ("زينب", "النجف", "شكرا للقناة على المتابعة، دائما سباقين بالخبر"),
            ("مصطفى", "الموصل", "الله يفرجها على الجميع وترجع المنطقة أمان مثل قبل"),
            ("كرار", "كربلاء", "خبر مهم بس ناقص تفاصيل، شنو موقف الحكومة؟"),
            ("سيف", "أربيل", "ان شاء الله خير، نريد نشوف نتائج")]


def su_date(t):
    return f"{WEEKDAYS[t.weekday()]} {t.day:02d} {LEV_MONTHS[t.month - 1]} {t.year}"


def layout_b23_5(page):
    """Al-Sumaria-like Iraqi TV channel: kicker row with the Baghdad date above the headline,
    microdata datePublished, «<short> نيوز/ بغداد» lead-in, video report or Facebook post in the
    text, «إعداد:» credit after the text."""
    a, site = page.article, page.site
    d = a.published  # Baghdad = Riyadh wall clock
    sec = pick(a, "sec", SU_SECTIONS)
    paras = L.paragraphs(a.text)
    blocks = []
    for i, p in enumerate(paras):
        if i == 0:
            blocks.append(f'<p><strong>{esc(site.short)} نيوز/ بغداد</strong><br>{esc(p)}</p>')
        else:
            blocks.append(f"<p>{esc(p)}</p>")
    boxes = []
    ra = page.others("read_also", 1)
    if ra:
        boxes.append((1 if len(blocks) > 2 else 0,
                      f'<div class="read-also"><span>اقرأ أيضاً</span> <a href="{esc(page.url_of(ra[0]))}">{esc(ra[0].title)}</a></div>'))
    boxes.append((2 if len(blocks) > 3 else 99, f'<div class="ads-box"><small>إعلان</small><ins class="adsbygoogle" data-ad-slot="{num(a, "ad", 10**9, 10**10)}"></ins></div>'))
    if num(a, "emb", 0, 1):
        v = page.others("video", 1)
        if v:
            v = v[0]
            dur = f"{num(v, 'vm', 1, 6):02d}:{num(v, 'vs', 0, 59):02d}"
            boxes.append((ratio_at(blocks, 0.6) if len(blocks) > 4 else 99,
                          f'<div class="video-report"><div class="player" data-src="/videos/{v.n}.mp4" data-duration="{dur}">'
                          f'<img src="/Content/Videos/{v.key}.jpg" alt=""><span class="play">&#9654;</span></div>'
                          f'<p class="video-report__title">شاهد بالفيديو | <a href="{esc(page.url_of(v))}">{esc(short(v.title, 10))}</a> <span class="duration">{dur}</span></p></div>'))
    else:
        fname, fid = pick(a, "fb", SU_FB)
        ft = d - dt.timedelta(minutes=num(a, "fbm", 30, 600))
        boxes.append((ratio_at(blocks, 0.6) if len(blocks) > 4 else 99,
                      f'<div class="fb-post" data-href="https://www.facebook.com/{fid}/posts/{num(a, "fbid", 10**14, 10**15)}" data-width="500">'
                      f'<blockquote cite="https://www.facebook.com/{fid}/posts/" class="fb-xfbml-parse-ignore">'
                      f'<p>{esc(short(a.title, 14))}</p>نشره <a href="https://www.facebook.com/{fid}">{esc(fname)}</a> في '
                      f'<a href="https://www.facebook.com/{fid}/posts/">{WEEKDAYS[ft.weekday()]}، {ft.day} {LEV_MONTHS[ft.month - 1]} {ft.year}</a></blockquote></div>'))
    body = weave(blocks, boxes)
    credit = (f'<div class="news-prepared">إعداد: <b>{esc(a.author)}</b></div>' if a.author else "")
    nav = "".join(f'<li><a href="/section/{i}/{slug(n, 2)}">{n}</a></li>' for i, n in enumerate(SU_NAV))
    ticker = "".join(f'<li><span class="time">{o.published:%H:%M}</span> {L.link(page, o)}</li>'
                     for o in page.others("ticker", 6))
    latest = "".join(f'<li><span class="time">{o.published:%H:%M}</span> {L.link(page, o)}</li>'
                     for o in page.others("latest", 6))
    popular = "".join(f'<li>{L.link(page, o)}</li>' for o in page.others("popular", 5))
    progs = "".join(f'<li><span class="time">{t}</span> {n}</li>' for n, t in SU_PROGRAMS)
    tags = "".join(f'<a href="/tag/{esc(t)}">{esc(t)}</a> ' for t in L.tags_for(a)[:5])
    k = num(a, "nc", 0, 4)
    coms = []
    for j in range(k):
        nm, town, tx = SU_USERS[(num(a, "cu", 0, 5) + j) % len(SU_USERS)]
        ct = d + dt.timedelta(minutes=num(a, f"c{j}", 6, 120) + 33 * j)
        coms.append(f'<li class="comment"><span class="comment-name">{esc(nm)}</span> <span class="comment-city">{esc(town)}</span> '
                    f'<span class="comment-date">{ct.day:02d}-{ct.month:02d}-{ct.year} {ct:%H:%M}</span><p>{esc(tx)}</p></li>')
    views = num(a, "views", 300, 25000)
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - {esc(site.short)} نيوز</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/Content/News/{a.key}.jpg">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="fb:pages" content="{num(a, "fbpage", 10**14, 10**15)}">
<link rel="stylesheet" href="/Content/css/site.rtl.css?v=6">
<script>(function(d,s,id){{var js,fjs=d.getElementsByTagName(s)[0];if(d.getElementById(id))return;js=d.createElement(s);js.id=id;js.src="//connect.facebook.net/ar_AR/sdk.js#xfbml=1&version=v2.4";fjs.parentNode.insertBefore(js,fjs);}}(document,'script','facebook-jssdk'));</script>
</head>
<body>
<div id="fb-root"></div>
<div class="top-strip">
<a class="live-btn" href="/live">البث المباشر</a>
<span class="freq">التردد على نايل سات: 11366 أفقي</span>
<span class="weather">بغداد 49&deg; | البصرة 50&deg; | أربيل 43&deg;</span>
<span class="currency">الدولار في بورصة بغداد: 122,750 دينار لكل 100 دولار</span></div>
<header class="header"><a class="logo" href="/"><img src="/Content/img/logo.png" alt="{esc(site.name)}"></a>
<nav class="menu"><ul>{nav}</ul></nav></header>
<div class="urgent"><b>عاجل</b><ul>{ticker}</ul></div>
<div class="page">
<div class="content" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{iso_off(d, 3)}">
<meta itemprop="mainEntityOfPage" content="{esc(page.canonical)}">
<div class="news-kicker"><a class="news-section" href="/section/{SU_NAV.index(sec)}/{slug(sec, 2)}">{esc(sec)}</a>
<span class="news-date">{su_date(d)} - {d:%H:%M}</span>
<span class="news-views">{views} مشاهدة</span></div>
<h1 class="news-title" itemprop="headline">{esc(a.title)}</h1>
<div class="news-image"><img itemprop="image" src="/Content/News/{a.key}.jpg" alt="{esc(short(a.title, 6))}"></div>
<div class="news-tools"><a href="#font-up">تكبير الخط</a> <a href="#font-down">تصغير الخط</a> <a href="#print">طباعة</a></div>
<div class="news-text" itemprop="articleBody">
{body}
</div>
{credit}
<div class="news-tags"><span>الكلمات المفتاحية:</span> {tags}</div>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a> <a href="https://twitter.com/share">تويتر</a> <a href="https://plus.google.com/share">غوغل+</a> <a href="viber://forward">فايبر</a> <a href="whatsapp://send">واتساب</a></div>
<section class="comments"><h3>التعليقات ({k})</h3><ul>{"".join(coms) or '<li class="empty">لا توجد تعليقات</li>'}</ul>
<p class="comments-note">التعليقات المنشورة لا تعبر عن رأي {esc(site.name)} وإنما عن رأي أصحابها فقط</p>
<form><input placeholder="الاسم"><input placeholder="المدينة"><textarea placeholder="اكتب تعليقك"></textarea><button>إرسال</button></form></section>
</div>
<aside class="sidebar">
<section class="latest"><h3>آخر الأخبار</h3><ul>{latest}</ul></section>
<section class="most-read"><h3>الأكثر قراءة</h3><ol>{popular}</ol></section>
<section class="programs"><h3>برامج الليلة على شاشة {esc(site.short)}</h3><ul>{progs}</ul></section>
<div class="ads-side"><small>إعلان</small></div>
</aside>
</div>
<footer class="footer">
<p>{esc(site.name)} - قناة فضائية عراقية عامة تبث الأخبار والبرامج السياسية والاجتماعية والترفيهية.</p>
<p><a href="/about">من نحن</a> | <a href="/contact">اتصل بنا</a> | <a href="/frequencies">الترددات</a> | <a href="/advertise">أعلن معنا</a> | <a href="/rss">RSS</a></p>
<p>جميع الحقوق محفوظة &copy; 2015 {esc(site.name)}</p></footer>
</body></html>"""
    return finish(out, page)


LAYOUTS = {
    "b23_1": layout_b23_1,
    "b23_2": layout_b23_2,
    "b23_3": layout_b23_3,
    "b23_4": layout_b23_4,
    "b23_5": layout_b23_5,
}
