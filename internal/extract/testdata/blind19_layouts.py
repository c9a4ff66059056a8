"""Blind test layouts (set 19) for newsfarm (--extra-layouts): five article
templates modelled on kinds of real Arabic news pages that no earlier layout
file imitates, written without reading Khabar's extractor. Each prints the
whole page a reader gets: top bar, header and menus, tickers, the article,
the boxes sites put inside the text, and the lists, comments, sidebars and
footer around it.

  b19_1  EMIRATI state news agency (WAM-like), UAE time = UTC+4, one hour
         AHEAD of Riyadh (the day can roll forward): a language bar
         (English, Français, Español, Русский, 中文, 日本語, Deutsch,
         Português, Türkçe, فارسی, اردو, हिन्दी …), Abu Dhabi weather and
         prayer strip, an «آخر الأخبار» ticker with UAE clocks; breadcrumb,
         headline, «الأحد، 9 أغسطس 2015 - 3:32 م» (UAE, 12-hour), an
         «استمع» text-to-speech button; article:published_time and JSON-LD
         in +04:00. The DATELINE is FUSED into the first paragraph
         («<strong>أبوظبي في 9 أغسطس / <short> /</strong> text…», UAE
         day). In the text a «أخبار ذات صلة» box with UAE dates and a
         photo with a caption; the CREDIT in the wire's CLOSING CODE after
         the text: «<short>/<span class="wam-writer">name</span>/ز م»
         (pages without an author close with initials only «<short>/ع ن/ز
         م»). After it keywords, share, a photo service promo in prose,
         related stories with UAE dates, most-read, a «صورة اليوم» card
         with a long caption, a republishing notice in prose, footer.
  b19_2  SYRIAN state news agency on WordPress (SANA-like), DAMASCUS time
         (UTC+3 in summer 2015, the Riyadh wall clock): language bar with
         English, Français, Español, Türkçe, Русский, 中文, فارسی, עברית
         (NCRs where the charset lacks letters); a «عاجل» ticker; category
         label, headline, meta row with the Levantine month date «9 آب
         2015» and a separate 24-hour «14:32», the view count; the minute
         with its zone only in Yoast metadata in UTC («…T11:32:07+00:00»).
         The first paragraph opens with «دمشق-<short>» fused into the same
         <p>. In the text an «اقرأ أيضاً» link paragraph and a three-picture WordPress
         gallery; the CREDIT after the text in its own <p> as
         «متابعة:» + the name in <strong> (only with an author), followed
         always by a photographer line «تصوير: <name>» (a distractor name)
         and the Telegram follow paragraph in prose. After it tags, share,
         «مواضيع ذات صلة» with Levantine dates, a sidebar of official
         announcements, most-read, a «سانا الشبابية» promo, footer.
  b19_3  BAHRAINI daily (Al-Wasat-like, Manama = UTC+3): the masthead
         ISSUE LINE «العدد 4741 - الأحد 09 أغسطس 2015م الموافق 24 شوال
         1436هـ» (Umm al-Qura), print-section and page «محليات - صفحة 5»,
         font-size tools; <title> «<site> - العدد N - محليات - headline»;
         an over-title standfirst that repeats the first sentence; the
         CREDIT under the headline as «<span>المنامة</span> - <span
         class="writer">name</span>» (no credit line without an author),
         then «نشر في: 09 أغسطس 2015 - 2:32 م» (12-hour); no machine
         minute (only <meta name="date" content="2015-08-09">). In the text
         a print-edition box («هذا الموضوع نشر في الصفحة …» PDF link) and
         an ad; after it readers' comments numbered «تعليق #n | زائر
         (name) | 9:12 ص» with long prose in Gulf dialect and like
         counts, the comment policy, «اقرأ في عدد اليوم», the paper's
         columnists with column titles, the editor-in-chief in the footer.
         One site is windows-1256 (NCRs where it lacks letters).
  b19_4  LONDON pan-Arab daily on WordPress (Al-Quds-Al-Arabi-like),
         LONDON time = BST = UTC+1 in August, two hours BEHIND Riyadh (the
         day can roll back): top bar with the London day and the PDF
         edition; «أحدث الأخبار» ticker; category, headline, the author as
         a linked name after an avatar (only with an author), the date
         WordPress-style month-first «أغسطس 9, 2015» (London day, no clock
         visible); the minute only in article:published_time and Yoast
         JSON-LD in UTC («…T11:32:07+00:00»). The first paragraph opens
         with «<strong>لندن – «<short>»:</strong>» in the same <p>. In the
         text a related-posts box and an embedded tweet with its own date;
         after it tags, share, a sidebar with the «رأي القدس» editorial
         teaser (a long prose excerpt), a cartoon with the artist's name,
         opinion writers with column titles, most-read, and a long readers'
         comment thread (names with countries, WordPress comment dates in
         London time «9 أغسطس، 2015 الساعة 2:15 م», long political prose,
         replies), the comment policy, footer about the paper.
  b19_5  JORDANIAN satellite TV channel's news site (Roya-like), AMMAN time
         (UTC+3 in summer 2015, the Riyadh wall clock): «البث المباشر»
         button, channel switcher, Amman weather; an «عاجل» ticker;
         headline, then a VIDEO PLAYER ABOVE THE TEXT (poster, duration,
         the clip's own title «بالفيديو..», «شاهد أيضاً» playlist of other
         clips with durations); the info row: a user icon and the name in
         <span class="news-author"> (only with an author), «الأحد
         09-08-2015 | 14:32» (Amman, dd-mm-yyyy, 24-hour); JSON-LD
         NewsArticle datePublished +03:00 and a VideoObject whose
         uploadDate is EARLIER (the clip went up first). In the text an
         «اقرأ أيضاً» link, an ad, a YouTube subscribe prompt in prose;
         after it tags, share, «تقارير مصورة» with durations, the evening
         programme schedule with show names and times, Facebook-plugin
         comments with names and prose, footer.

Pages whose article has no author print no byline (and no credit). The
author string is printed whole, exactly as the corpus gives it, as the only
text of its element. Gold times are Asia/Riyadh (+03:00); b19_1 prints UAE
time (+04:00) and carries +04:00 in its metadata; b19_2 (Damascus), b19_3
(Manama) and b19_5 (Amman) show the Riyadh wall clock, b19_2 carries UTC in
its metadata; b19_4 shows the London day and carries UTC. The conversions
are exact. Hijri dates follow Umm al-Qura (1 Shawwal 1436 = 17 July 2015).
On windows-1256 sites, characters the charset lacks are written as numeric
character references (\\u escapes inside scripts).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts /work/blind19/blind19_layouts.py \\
      --layouts b19_1,b19_2,b19_3,b19_4,b19_5 --out /work/blind19/pages
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


def tags_html(a, href, sep=" "):
    return sep.join(f'<a href="{href}{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a))


def paras_html(a):
    return [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]


# --- b19_1: Emirati state agency, UAE time, fused dateline, closing code -----------------------

WAM_LANGS = [("en", "English"), ("fr", "Français"), ("es", "Español"), ("ru", "Русский"), ("zh", "中文"),
             ("ja", "日本語"), ("de", "Deutsch"), ("pt", "Português"), ("tr", "Türkçe"), ("fa", "فارسی"),
             ("ur", "اردو"), ("hi", "हिन्दी"), ("it", "Italiano"), ("el", "Ελληνικά")]
WAM_NAV = ["الرئيسية", "الإمارات", "الخليج", "العالم العربي", "دولي", "اقتصاد", "رياضة", "ثقافة", "صحة",
           "منوعات", "تقارير", "صور", "فيديو"]
WAM_CITIES = ["أبوظبي", "دبي", "الشارقة", "عجمان", "الفجيرة", "رأس الخيمة", "أم القيوين", "العين"]
WAM_EDITORS = ["ز م", "ع خ", "ر ع", "ح ح", "ه ك", "م ب"]
WAM_PHOTO = ["تعمل فرق الإنقاذ البحري التابعة للقيادة العامة لشرطة أبوظبي على مدار الساعة لضمان سلامة مرتادي "
             "الشواطئ خلال فصل الصيف، وقد نفذت خلال الأسبوع الماضي أكثر من عشرين مهمة تفقدية على امتداد الكورنيش.",
             "أطفال يشاركون في المخيم الصيفي الذي تنظمه وزارة الثقافة وتنمية المعرفة في الفجيرة، ويتضمن ورشا في "
             "الرسم والخط العربي والمسرح، ويستمر حتى نهاية الشهر الجاري بمشاركة أكثر من ثلاثمائة طالب وطالبة.",
             "غروب الشمس على جزيرة صير بني ياس، إحدى أكبر المحميات الطبيعية في الدولة، والتي تستقبل زوارها "
             "على مدار العام وتضم آلاف الحيوانات البرية من المها العربي والغزلان والزرافات."]


def uae_date(d):
    t = shift(d, 1)
    return f"{WEEKDAYS[t.weekday()]}، {t.day} {MONTHS[t.month - 1]} {t.year} - {ampm(t)}"


def layout_b19_1(page):
    """WAM-like Emirati agency: UAE time (+04:00), dateline fused into the first paragraph,
    the writer in the wire's closing code after the text."""
    a, site = page.article, page.site
    d = a.published
    uae = shift(d, 1)
    blocks = paras_html(a)
    city = pick(a, "city", WAM_CITIES)
    dl = f"<strong>{city} في {uae.day} {MONTHS[uae.month - 1]} / {esc(site.short)} /</strong> "
    if blocks:
        blocks[0] = "<p>" + dl + blocks[0][3:]
    rel = page.others("read_also", 3)
    boxes = []
    if rel:
        items = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a><span class="rel-date">'
                        f'{shift(o.published, 1):%d/%m/%Y}</span></li>' for o in rel)
        boxes.append((1, f'<div class="related-inline"><h4>أخبار ذات صلة</h4><ul>{items}</ul></div>'))
    boxes.append((3, f'<figure class="inline-photo"><img src="/assets/images/{a.key}-2.jpg" alt="">'
                     f'<figcaption>{esc(short(a.title, 7))} - صورة من {esc(site.short)}</figcaption></figure>'))
    body = weave(blocks, boxes)
    editor = pick(a, "ed", WAM_EDITORS)
    code = (f'<p class="wam-code">{esc(site.short)}/<span class="wam-writer">{esc(a.author)}</span>/{editor}</p>'
            if a.author else f'<p class="wam-code">{esc(site.short)}/ع ن/{editor}</p>')
    langs = "".join(f'<li><a href="/{c}/" lang="{c}">{n}</a></li>' for c, n in WAM_LANGS)
    nav = "".join(f'<li><a href="/ar/category/{i}">{n}</a></li>' for i, n in enumerate(WAM_NAV))
    ticker = "".join(f'<li><span class="t">{ampm(shift(o.published, 1))}</span> {L.link(page, o)}</li>'
                     for o in page.others("ticker", 6))
    similar = "".join(f'<div class="card"><img src="/assets/images/{o.key}.jpg" alt=""><h3>{L.link(page, o)}</h3>'
                      f'<span class="card-date">{uae_date(o.published)}</span></div>' for o in page.others("similar", 4))
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 5))
    photo = pick(a, "potd", WAM_PHOTO)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso_off(d, 4), "dateModified": iso_off(d + dt.timedelta(minutes=num(a, "mod", 3, 40)), 4),
          "inLanguage": "ar", "publisher": {"@type": "NewsMediaOrganization", "name": site.name},
          "mainEntityOfPage": page.canonical, "image": f"{site.base}/assets/images/{a.key}.jpg"}
    today = shift(d + dt.timedelta(minutes=num(a, "now", 10, 600)), 1)
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(site.name)} - {esc(a.title)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="article:published_time" content="{iso_off(d, 4)}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="alternate" hreflang="en" href="{esc(site.base)}/en/details/{a.n}">
{ldjson(ld)}
<link rel="stylesheet" href="/assets/css/wam.rtl.min.css">
</head>
<body class="lang-ar page-details">
<div class="lang-bar"><span>اللغات:</span><ul>{langs}</ul></div>
<div class="top-strip"><span class="today">{WEEKDAYS[today.weekday()]}، {today.day} {MONTHS[today.month - 1]} {today.year}</span>
<span class="weather">أبوظبي {num(a, "w1", 41, 46)}° | دبي {num(a, "w2", 39, 44)}° | العين {num(a, "w3", 44, 48)}°</span>
<span class="prayer">الفجر 4:21 | الظهر 12:27 | العصر 3:53 | المغرب 6:58 | العشاء 8:15</span></div>
<header class="main-header"><a class="logo" href="/ar/"><img src="/assets/images/logo-ar.svg" alt="{esc(site.name)}"></a>
<form class="search" action="/ar/search"><input name="q" placeholder="بحث في الأخبار"></form>
<nav class="main-menu"><ul>{nav}</ul></nav></header>
<div class="latest-ticker"><span class="lbl">آخر الأخبار</span><ul>{ticker}</ul></div>
<main class="container">
<div class="col-lg-8">
<ol class="breadcrumb"><li><a href="/ar/">الرئيسية</a></li><li><a href="/ar/category/1">الإمارات</a></li></ol>
<div class="news-details">
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-meta"><span class="news-date"><i class="icon-calendar"></i> {uae_date(d)}</span>
<a class="tts" href="#listen"><i class="icon-volume"></i> استمع</a>
<span class="font-tools"><a href="#">A+</a> <a href="#">A-</a></span></div>
<figure class="main-photo"><img src="/assets/images/{a.key}.jpg" alt="{esc(a.title)}"><figcaption>{esc(short(a.title, 9))}</figcaption></figure>
<div class="news-body">
{body}
{code}
</div>
<div class="keywords"><span>الكلمات الدالة:</span> {tags_html(a, "/ar/search?tag=")}</div>
<div class="share"><a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://facebook.com/sharer">فيسبوك</a> <a href="https://www.linkedin.com/shareArticle">لينكد إن</a> <a href="whatsapp://send">واتساب</a> <a href="#print">طباعة</a> <a href="#mail">بريد</a></div>
<div class="photo-service"><p>تتيح خدمة الصور في {esc(site.name)} للمؤسسات الإعلامية المشتركة الحصول على الصور عالية الدقة المرافقة لهذا الخبر وسائر أخبار اليوم، ويمكن طلب الاشتراك عبر قسم خدمات العملاء.</p></div>
</div>
<section class="related-news"><h2>أخبار ذات صلة</h2><div class="cards">{similar}</div></section>
</div>
<aside class="col-lg-4">
<div class="most-read"><h3>الأكثر قراءة</h3><ol>{popular}</ol></div>
<div class="photo-of-day"><h3>صورة اليوم</h3><img src="/assets/images/potd-{a.key[:6]}.jpg" alt=""><p>{esc(photo)}</p></div>
<div class="apps"><h3>تطبيقات الوكالة</h3><a href="#ios">App Store</a> <a href="#android">Google Play</a></div>
</aside>
</main>
<footer class="site-footer">
<p class="notice">جميع المواد المنشورة على هذا الموقع محمية بموجب قوانين الملكية الفكرية، ويجوز للمؤسسات الإعلامية إعادة نشر الأخبار النصية شريطة الإشارة بوضوح إلى {esc(site.name)} بوصفها المصدر، ولا يجوز تعديل مضمونها أو نسبتها إلى غيرها.</p>
<p><a href="/ar/about">عن الوكالة</a> | <a href="/ar/contact">اتصل بنا</a> | <a href="/ar/terms">الشروط والأحكام</a> | <a href="/ar/rss">RSS</a></p>
<p>© {esc(site.name)} 2015</p></footer>
</body></html>"""
    return finish(out, page)


# --- b19_2: Syrian state agency on WordPress, Levantine months, closing credit ----------------

SANA_LANGS = [("en", "English"), ("fr", "Français"), ("es", "Español"), ("tr", "Türkçe"), ("ru", "Русский"),
              ("zh", "中文"), ("fa", "فارسی"), ("he", "עברית")]
SANA_NAV = ["الرئيسية", "سياسة", "محلي", "اقتصاد", "ثقافة", "رياضة", "مجتمع", "صحة", "منوعات", "تحقيقات",
            "مقالات", "إنفوغراف", "فيديو"]
SANA_CITIES = ["دمشق", "حلب", "حمص", "اللاذقية", "طرطوس", "حماة", "السويداء", "ريف دمشق"]
SANA_PHOTO = ["محمد رجوب", "وفاء محمد", "حسن حسن", "هيثم موسى", "نزار علي"]
SANA_ADS = ["إعلان مناقصة لتوريد مواد طبية لصالح مديرية صحة دمشق",
            "إعلان عن مسابقة لتعيين مهندسين في المؤسسة العامة لمياه الشرب",
            "مزايدة علنية لاستثمار مقاصف المدارس في محافظة طرطوس",
            "دعوة المكلفين لتسديد رسوم النظافة قبل نهاية الشهر"]


def lev_date(t):
    return f"{t.day} {LEV_MONTHS[t.month - 1]} {t.year}"


def layout_b19_2(page):
    """SANA-like Syrian agency on WordPress: Levantine months, Damascus clock (= Riyadh), UTC in
    Yoast metadata, «دمشق-<short>» fused, «متابعة:» credit after the text."""
    a, site = page.article, page.site
    d = a.published
    blocks = paras_html(a)
    city = pick(a, "city", SANA_CITIES)
    if blocks:
        blocks[0] = f"<p>{city}-{esc(site.short)} " + blocks[0][3:]
    ra = page.others("read_also", 1)
    boxes = []
    if ra:
        boxes.append((0, f'<p class="sana-readmore"><strong>اقرأ أيضاً: </strong><a href="{esc(page.url_of(ra[0]))}">'
                         f'{esc(ra[0].title)}</a></p>'))
    photog = pick(a, "ph", SANA_PHOTO)
    gal = "".join(f'<figure class="gallery-item"><a href="/wp-content/uploads/2015/08/{a.key}-{i}.jpg">'
                  f'<img src="/wp-content/uploads/2015/08/{a.key}-{i}-300x200.jpg" alt=""></a></figure>' for i in range(1, 4))
    boxes.append((2, f'<div class="gallery gallery-columns-3">{gal}</div>'))
    body = weave(blocks, boxes)
    credit = f'<p class="credit">متابعة: <strong>{esc(a.author)}</strong></p>\n' if a.author else ""
    langs = "".join(f'<li><a href="/{c}/" lang="{c}">{n}</a></li>' for c, n in SANA_LANGS)
    nav = "".join(f'<li class="menu-item"><a href="/?cat={i}">{n}</a></li>' for i, n in enumerate(SANA_NAV))
    ticker = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("ticker", 5))
    rel = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a> <span class="date">{lev_date(o.published)}</span></li>'
                  for o in page.others("similar", 5))
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 5))
    ads = "".join(f'<li><a href="/?cat=ads&amp;i={i}">{t}</a></li>' for i, t in enumerate(SANA_ADS))
    yoast = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": page.canonical, "url": page.canonical, "name": f"{a.title} - {site.name}",
         "datePublished": iso_off(d, 0), "dateModified": iso_off(d + dt.timedelta(minutes=num(a, "m", 2, 30)), 0),
         "inLanguage": "ar"},
        {"@type": "Article", "headline": a.title[:110], "datePublished": iso_off(d, 0),
         "isPartOf": {"@id": page.canonical}, "publisher": {"@type": "Organization", "name": site.name}}]}
    views = num(a, "views", 120, 4800)
    out = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="{site.encoding}">
<title>{esc(a.title)} - {esc(site.name)}</title>
<meta name="robots" content="index, follow">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:locale" content="ar_AR">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="article:published_time" content="{iso_off(d, 0)}">
<meta property="article:modified_time" content="{iso_off(d + dt.timedelta(minutes=num(a, "m", 2, 30)), 0)}">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(yoast, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/wp-content/themes/sana/style-rtl.css?ver=4.2.4">
</head>
<body class="post-template-default single single-post postid-{a.n} single-format-standard">
<div class="top-bar"><ul class="languages">{langs}</ul>
<div class="social"><a href="https://t.me/">تلغرام</a> <a href="https://facebook.com/">فيسبوك</a> <a href="https://twitter.com/">تويتر</a> <a href="https://youtube.com/">يوتيوب</a></div></div>
<header id="header"><div class="logo"><a href="/"><img src="/wp-content/themes/sana/images/logo.png" alt="{esc(site.name)}"></a></div>
<div class="header-ad"><a href="#"><img src="/wp-content/uploads/banners/syriatel-728.gif" alt=""></a></div>
<nav id="main-nav"><ul class="menu">{nav}</ul></nav></header>
<div class="breaking-news"><span class="breaking-title">عاجل</span><ul>{ticker}</ul></div>
<div id="main-content" class="container">
<div class="content">
<article id="the-post" class="post-listing post-{a.n} post type-post status-publish format-standard has-post-thumbnail">
<div class="single-post-thumb"><img src="/wp-content/uploads/2015/08/{a.key}-660x330.jpg" alt=""></div>
<div class="post-inner">
<span class="post-cat"><a href="/?cat=1">محلي</a></span>
<h1 class="name post-title entry-title"><span itemprop="name">{esc(a.title)}</span></h1>
<p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>{lev_date(d)}</span>
<span class="post-time">{d:%H:%M}</span> <span class="post-views"><i class="fa fa-eye"></i>{views} مشاهدة</span></p>
<div class="clear"></div>
<div class="entry">
{body}
{credit}<p class="photographer">تصوير: {photog}</p>
<p class="telegram-follow"><strong>تابعوا آخر الأخبار عبر تطبيق تلغرام على الهواتف الذكية عبر الرابط:</strong> <a href="https://t.me/SyrianNews">https://t.me/SyrianNews</a></p>
</div>
<div class="post-tag"><span>الوسوم</span> {tags_html(a, "/?tag=")}</div>
<div class="share-post"><a href="https://facebook.com/sharer">Facebook</a> <a href="https://twitter.com/share">Twitter</a> <a href="https://telegram.me/share">Telegram</a> <a href="whatsapp://send">WhatsApp</a></div>
</div>
</article>
<section id="related_posts"><div class="block-head"><h3>مواضيع ذات صلة</h3></div><ul>{rel}</ul></section>
</div>
<aside id="sidebar">
<div class="widget"><div class="widget-top"><h4>إعلانات رسمية</h4></div><ul>{ads}</ul></div>
<div class="widget"><div class="widget-top"><h4>الأكثر قراءة</h4></div><ol>{popular}</ol></div>
<div class="widget youth"><h4>{esc(site.short)} الشبابية</h4><p>منصة يكتب فيها الشباب السوري عن تجاربهم ومبادراتهم في الجامعات والأحياء، ويمكنكم إرسال مشاركاتكم عبر البريد الإلكتروني للقسم.</p></div>
</aside>
</div>
<footer id="theme-footer"><p>جميع الحقوق محفوظة لـ {esc(site.name)} © 2015</p>
<p><a href="/?page_id=2">من نحن</a> | <a href="/?page_id=5">اتصل بنا</a> | <a href="/feed/">RSS</a></p></footer>
<script type="text/javascript">var tie = {{"is_rtl":"1","ajaxurl":"\\/wp-admin\\/admin-ajax.php","post_id":"{a.n}"}};</script>
</body></html>"""
    return finish(out, page)


# --- b19_3: Bahraini daily, issue line, numbered long comments --------------------------------

BH_NAV = ["الرئيسية", "محليات", "برلمان", "اقتصاد", "عربي ودولي", "رياضة", "منوعات", "قضايا", "كتاب الوسط",
          "رسائل القراء", "ملحق", "أرشيف"]
BH_NAMES = ["مواطن غيور", "بحرينية", "أبو علي من سترة", "متابع", "ولد الديرة", "أم حسين", "محرقي", "جعفر"]
BH_COMMENTS = [
    "يا جماعة الخير هذا الكلام نسمعه من سنين ولا شي تغير على أرض الواقع، المشكلة مو في القرارات المشكلة في "
    "التطبيق والمتابعة، نتمنى هالمرة يكون فيه جدية وتحاسب الجهات المقصرة.",
    "أول مرة أقرأ خبر زين من الصبح، الله يوفق الجميع. بس ودي أعرف ليش ما يطبقون نفس الشي عندنا في البحرين؟ "
    "إحنا أولى بهالمشاريع وعندنا الكفاءات والشباب العاطلين.",
    "التعليق رقم 2 كلامك صحيح مية بالمية، أنا شخصيا راجعت الوزارة ثلاث مرات والموظف كل مرة يقول لي تعال "
    "بعد أسبوع. نحتاج نظام إلكتروني واضح يخلص المعاملات بدون واسطات.",
    "شكرا لجريدة الوسط على نقل الخبر بأمانة، وأتمنى من المحرر يتابع الموضوع ويسوي تحقيق عن الأسعار لأن "
    "الناس تعبت والرواتب على حالها من خمس سنين.",
    "الموضوع يحتاج دراسة أعمق، الأرقام اللي في الخبر ما توضح الصورة كاملة، وين المقارنة مع السنوات اللي "
    "فاتت؟ وكم نسبة البحرينيين من المستفيدين؟",
    "الله يحفظ الخليج وأهله، ونتمنى التعاون بين دول المجلس يكون في كل المجالات مو بس في الاجتماعات."]
BH_COLUMNISTS = [("قاسم حسين", "صيفٌ بلا كهرباء"), ("هاني الفردان", "أسئلة التوظيف المؤجلة"),
                 ("سوسن دهنيم", "حين تكبر المدن"), ("منصور الجمري", "الحوار أولاً"), ("سلمان سالم", "مدارسنا في الصيف")]
BH_SECTIONS = [("محليات", 5), ("محليات", 4), ("اقتصاد", 12), ("عربي ودولي", 16), ("محليات", 7)]


def bh_day(d):
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def layout_b19_3(page):
    """Al-Wasat-like Bahraini daily: issue line with Hijri, print page, «المنامة - name» credit,
    12-hour «نشر في» date, long numbered readers' comments."""
    a, site = page.article, page.site
    d = a.published
    issue = 4741 + (d.date() - dt.date(2015, 8, 9)).days
    hd, hm, hy = hijri(d)
    sec, pg = pick(a, "sec", BH_SECTIONS)
    blocks = paras_html(a)
    boxes = [(1, f'<div class="print-box"><img src="/images/pdf.png" alt=""> هذا الموضوع نشر في الصفحة {pg} من العدد {issue} '
                 f'- <a href="/data/2015/{issue}/pdf/page{pg}.pdf">تصفح الصفحة بصيغة PDF</a></div>'),
             (3, '<div class="ad-inner"><a href="#"><img src="/ads/batelco-468x60.gif" alt="إعلان"></a></div>')]
    body = weave(blocks, boxes)
    by = (f'<div class="news-writer"><span class="city">المنامة</span> - <span class="writer">{esc(a.author)}</span></div>'
          if a.author else "")
    nav = "".join(f'<li><a href="/section/{i}">{n}</a></li>' for i, n in enumerate(BH_NAV))
    ticker = "".join(f'<li><span>{ampm(o.published)}</span> {L.link(page, o)}</li>' for o in page.others("ticker", 5))
    k = num(a, "nc", 0, 6)
    coms = ""
    for j in range(k):
        cd = d + dt.timedelta(minutes=num(a, f"cm{j}", 20, 700) + 30 * j)
        coms += (f'<div class="comment"><div class="comment-head">تعليق #{j + 1} | زائر ({esc(pick(a, f"cn{j}", BH_NAMES))}) | '
                 f'{ampm(cd)}</div><div class="comment-body">{esc(BH_COMMENTS[(num(a, "ct", 0, 5) + j) % len(BH_COMMENTS)])}</div>'
                 f'<div class="comment-votes">أعجبني {num(a, f"l{j}", 0, 60)} | لم يعجبني {num(a, f"u{j}", 0, 15)}</div></div>')
    if not k:
        coms = '<p class="no-comments">لا توجد تعليقات على هذا الموضوع</p>'
    today = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("similar", 6))
    cols = "".join(f'<li><a href="/writers/{i}"><b>{n}</b> - {t}</a></li>' for i, (n, t) in enumerate(BH_COLUMNISTS))
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 5))
    lead = L.first_sentence(a.text)
    out = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}" />
<title>{esc(site.name)} - العدد {issue} - {sec} - {esc(a.title)}</title>
<meta name="description" content="{esc(lead)}" />
<meta name="date" content="{d:%Y-%m-%d}" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:url" content="{esc(page.canonical)}" />
<link rel="canonical" href="{esc(page.canonical)}" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="wrapper">
<div id="issue-line">العدد {issue} - {WEEKDAYS[d.weekday()]} {bh_day(d)}م الموافق {hd} {hm} {hy}هـ</div>
<div id="header"><a href="/" id="logo"><img src="/images/logo.gif" alt="{esc(site.name)}" /></a>
<div class="header-links"><a href="/pdf/{issue}">النسخة الورقية PDF</a> | <a href="/archive">الأرشيف</a> | <a href="/rss">RSS</a></div></div>
<div id="menu"><ul>{nav}</ul></div>
<div id="online-ticker"><b>{esc(site.short)} أونلاين</b><ul>{ticker}</ul></div>
<div id="content">
<div id="main-column">
<div class="section-page">{sec} - صفحة {pg}</div>
<div class="font-tools"><a href="#" onclick="fs(1)">تكبير الخط</a> | <a href="#" onclick="fs(-1)">تصغير الخط</a> | <a href="#print">طباعة</a> | <a href="#send">أرسل لصديق</a></div>
<div class="article">
<h3 class="over-title">{esc(lead)}</h3>
<h1 class="article-title">{esc(a.title)}</h1>
{by}
<div class="article-date">نشر في: {bh_day(d)} - {ampm(d)}</div>
<div class="article-image"><img src="/data/2015/{issue}/images/{a.key}.jpg" alt="" /><span class="caption">{esc(short(a.title, 6))}</span></div>
<div class="article-text">
{body}
</div>
<div class="share"><a href="https://twitter.com/share">تويتر</a> <a href="https://facebook.com/sharer">فيسبوك</a> <a href="whatsapp://send">واتساب</a></div>
<div class="article-stats">قراءة: {num(a, "reads", 200, 9000)} | تعليقات: {k}</div>
</div>
<div id="comments"><h3>تعليقات القراء</h3>
{coms}
<p class="comment-policy">التعليقات المنشورة لا تعبر عن رأي الصحيفة وإنما تعبر عن رأي أصحابها فقط، وتحتفظ الصحيفة بحقها في حذف أي تعليق يتضمن إساءة لأشخاص أو جهات أو يخرج عن موضوع الخبر أو يحرض على الكراهية.</p>
<form class="comment-form"><input name="name" placeholder="الاسم" /><textarea name="body" placeholder="أضف تعليقك"></textarea><input type="submit" value="إرسال" /></form></div>
<div class="today-issue"><h3>اقرأ في عدد اليوم</h3><ul>{today}</ul></div>
</div>
<div id="side-column">
<div class="box"><h3>كتاب {esc(site.short)}</h3><ul>{cols}</ul></div>
<div class="box"><h3>الأكثر قراءة</h3><ol>{popular}</ol></div>
<div class="box weather">المنامة: العظمى {num(a, "tmax", 38, 42)}° الصغرى {num(a, "tmin", 31, 33)}° - رطوبة {num(a, "hum", 40, 80)}%</div>
</div>
</div>
<div id="footer"><p>رئيس التحرير: يوسف عبدالرحمن الشيخ | المدير العام: خالد إبراهيم الجودر</p>
<p>ص.ب 31110 المنامة - مملكة البحرين | هاتف: 17596999 | فاكس: 17596900</p>
<p>جميع الحقوق محفوظة لـ {esc(site.name)} © 2015</p></div>
</div>
<script type="text/javascript">function fs(n){{var e=document.querySelector('.article-text');e.style.fontSize=(parseInt(getComputedStyle(e).fontSize)+n)+'px';}}</script>
</body>
</html>"""
    return finish(out, page)


# --- b19_4: London pan-Arab daily on WordPress, BST, long comment thread -----------------------

QA_NAV = ["الرئيسية", "أخبار", "عربي", "دولي", "اقتصاد", "رياضة", "ثقافة", "مدونات", "رأي", "تحقيقات",
          "صحافة", "مجتمع", "فيديو"]
QA_WRITERS = [("صبحي حديدي", "سوريا: ما بعد الاتفاق النووي"), ("فيصل القاسم", "متى يتعلم الطغاة؟"),
              ("واسيني الأعرج", "الرواية وذاكرة المدن"), ("سهيل كيوان", "صيف الكهرباء المقطوعة"),
              ("محمد كريشان", "الإعلام العربي في زمن الفوضى")]
QA_NAMES = ["سامح // الأردن", "عربي حر", "د. أثير الشيخلي - العراق", "كريم - المغرب", "سوري - ألمانيا",
            "ابن الجاحظ", "نجم الدراجي . بغداد", "رؤوف بدران - فلسطين", "تونسي ابن الجمهورية"]
QA_COMMENTS = [
    "شكرا للقدس العربي على هذا التقرير المهم. المشكلة في عالمنا العربي أن الحكومات تتعامل مع المواطن "
    "كأنه عبء وليس شريكا، وكل القرارات تأتي من فوق دون أي نقاش حقيقي. لو كانت هناك برلمانات حقيقية "
    "لما وصلنا إلى هذا الحال.",
    "أختلف مع الأخ الكاتب في تعليقه السابق، فليس كل ما يصدر عن الحكومات سيئا بالضرورة. القرار المذكور في "
    "الخبر خطوة في الاتجاه الصحيح، لكن العبرة بالتنفيذ والرقابة، وهذا ما سنراه في الأشهر القادمة.",
    "السؤال الذي لم يجب عنه التقرير: من المستفيد؟ تعودنا أن تعلن المشاريع الكبيرة ثم تذهب العقود إلى "
    "الشركات نفسها. نريد شفافية في الأرقام وأسماء الجهات المنفذة، وإلا فالأمر مجرد دعاية.",
    "تحية للأخ سامح من الأردن، كلامك في الصميم. وأضيف أن الإعلام العربي نفسه مسؤول، فهو ينقل البيانات "
    "الرسمية كما هي دون تمحيص أو متابعة، ولهذا فقد الناس ثقتهم به.",
    "الله يرحم أيام زمان. كنا نقرأ الجريدة الورقية كل صباح ونناقش ما فيها في المقهى، اليوم صار كل شيء "
    "على الشاشة وسريعا ولا أحد يقرأ أكثر من العنوان.",
    "مقال جيد ولكن ينقصه رأي الطرف الآخر. الصحافة المهنية تقتضي أن تعرض وجهات النظر كلها، ثم تترك "
    "للقارئ أن يحكم بنفسه."]
QA_EDITORIALS = [
    ("العرب وصيف الحرائق",
     "لم يعد الحديث عن «صيف ساخن» في المنطقة العربية مجرد استعارة سياسية، فالحروب المشتعلة من اليمن إلى "
     "سوريا وليبيا والعراق تتزامن مع موجات حر قياسية وانقطاعات في الكهرباء والماء، فيما تبدو الأنظمة "
     "عاجزة عن تقديم أبسط الخدمات لمواطنيها، وتنشغل بدلا من ذلك بتصفية حساباتها مع خصومها..."),
    ("ما بعد فيينا: من يدفع الثمن؟",
     "يطرح الاتفاق النووي بين إيران والقوى الكبرى أسئلة كبيرة على العالم العربي، الذي بدا خلال سنوات "
     "المفاوضات الطويلة متفرجا على تسوية تخص أمنه ومستقبله، من دون أن يملك رؤية موحدة أو أوراق ضغط "
     "حقيقية، وهو ما يجعل العواصم العربية اليوم أمام امتحان صعب..."),
    ("قناة جديدة وأسئلة قديمة",
     "يحتفل المصريون بافتتاح التفريعة الجديدة لقناة السويس بوصفها إنجازا تاريخيا، غير أن الاحتفالات "
     "الصاخبة لا تجيب عن أسئلة الجدوى الاقتصادية وكلفة التمويل وأولويات الإنفاق في بلد يعاني من "
     "أزمات معيشية خانقة...")]


def qa_date(t):
    return f"{MONTHS[t.month - 1]} {t.day}, {t.year}"


def layout_b19_4(page):
    """Al-Quds-Al-Arabi-like London daily on WordPress: London day (BST) visible, UTC minute in
    metadata, «لندن – «<short>»:» lead-in, editorial teaser, long comment thread."""
    a, site = page.article, page.site
    d = a.published
    lon = shift(d, -2)
    blocks = paras_html(a)
    if blocks:
        blocks[0] = f"<p><strong>لندن – «{esc(site.short)}»:</strong> " + blocks[0][3:]
    rel = page.others("read_also", 3)
    boxes = []
    if rel:
        items = "".join(f'<li><a href="{esc(page.url_of(o))}"><img src="/wp-content/uploads/2015/08/{o.key}-150x100.jpg" alt="">'
                        f'<span>{esc(o.title)}</span></a></li>' for o in rel)
        boxes.append((1, f'<div class="inline-related"><h5>ذات صلة</h5><ul>{items}</ul></div>'))
    tw = shift(d - dt.timedelta(minutes=num(a, "tw", 30, 300)), -2)
    boxes.append((3, f'<blockquote class="twitter-tweet" lang="ar"><p lang="ar" dir="rtl">{esc(short(a.title, 10))} '
                     f'<a href="https://t.co/{a.key[:10]}">pic.twitter.com/{a.key[2:12]}</a></p>— أخبار العالم العربي (@ArabNewsNow) '
                     f'<a href="https://twitter.com/ArabNewsNow/status/6{num(a, "tid", 10**8, 10**9)}">{tw.day} {MONTHS[tw.month - 1]}، {tw.year}</a></blockquote>'
                     '<script async src="//platform.twitter.com/widgets.js" charset="utf-8"></script>'))
    body = weave(blocks, boxes)
    by = (f'<div class="author-meta"><img class="avatar" src="/wp-content/uploads/authors/{num(a, "av", 10, 99)}.jpg" alt="">'
          f'<a href="/author/{num(a, "aid", 100, 999)}/" rel="author">{esc(a.author)}</a></div>' if a.author else "")
    nav = "".join(f'<li class="menu-item"><a href="/category/{i}/">{n}</a></li>' for i, n in enumerate(QA_NAV))
    ticker = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("ticker", 6))
    et, ex = pick(a, "edit", QA_EDITORIALS)
    writers = "".join(f'<li><a href="/author/{300 + i}/"><img src="/wp-content/uploads/writers/{i}.jpg" alt=""><b>{n}</b><span>{t}</span></a></li>'
                      for i, (n, t) in enumerate(QA_WRITERS))
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 5))
    k = num(a, "nc", 2, 9)
    coms = []
    for j in range(k):
        ct = shift(d + dt.timedelta(minutes=num(a, f"c{j}", 10, 200) + 45 * j), -2)
        name = QA_NAMES[(num(a, "cn", 0, 8) + j) % len(QA_NAMES)]
        text = QA_COMMENTS[(num(a, "ct", 0, 5) + j) % len(QA_COMMENTS)]
        li = (f'<li class="comment depth-{1 + (j % 3 == 2)}" id="comment-{num(a, f"cid{j}", 10**6, 10**7)}"><article class="comment-body">'
              f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{esc(name)}</b> <span class="says">يقول:</span></div>'
              f'<div class="comment-metadata"><time>{ct.day} {MONTHS[ct.month - 1]}، {ct.year} الساعة {ampm(ct)}</time></div></footer>'
              f'<div class="comment-content"><p>{esc(text)}</p></div><div class="reply"><a class="comment-reply-link" href="#respond">رد</a></div></article></li>')
        coms.append(li)
    yoast = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": a.title, "datePublished": iso_off(d, 0),
         "dateModified": iso_off(d + dt.timedelta(minutes=num(a, "m", 5, 90)), 0),
         "mainEntityOfPage": page.canonical, "commentCount": k, "inLanguage": "ar",
         "publisher": {"@type": "Organization", "name": site.name}},
        {"@type": "WebPage", "@id": page.canonical, "name": f"{a.title} | {site.name}"}]}
    out = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | {esc(site.name)}</title>
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:locale" content="ar_AR">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="article:publisher" content="https://www.facebook.com/alqudsalarabi">
<meta property="article:published_time" content="{iso_off(d, 0)}">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(yoast, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/wp-content/themes/alquds/assets/css/main.css?ver=2.3">
</head>
<body class="post-template-default single single-post postid-{a.n}">
<div class="topbar"><span class="date">لندن - {WEEKDAYS[lon.weekday()]} {lon.day} {MONTHS[lon.month - 1]} {lon.year}</span>
<a href="/pdf/">النسخة الورقية PDF</a> <a href="/newsletter/">النشرة البريدية</a>
<span class="social"><a href="https://facebook.com/">فيسبوك</a> <a href="https://twitter.com/">تويتر</a> <a href="https://youtube.com/">يوتيوب</a></span></div>
<header class="site-header"><a class="site-logo" href="/"><img src="/wp-content/themes/alquds/assets/img/logo.svg" alt="{esc(site.name)}"></a>
<nav class="main-navigation"><ul id="primary-menu" class="menu">{nav}</ul></nav></header>
<div class="latest-news-bar"><span>أحدث الأخبار</span><ul>{ticker}</ul></div>
<div class="site-content container">
<main id="primary" class="content-area">
<article id="post-{a.n}" class="post-{a.n} post type-post status-publish format-standard has-post-thumbnail hentry">
<header class="entry-header">
<div class="entry-cat"><a href="/category/2/" rel="category tag">عربي</a></div>
<h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-meta">{by}<span class="posted-on"><time class="entry-date published">{qa_date(lon)}</time></span>
<span class="comments-link"><a href="#comments">{k} تعليقات</a></span></div>
</header>
<figure class="post-thumbnail"><img src="/wp-content/uploads/2015/08/{a.key}-730x438.jpg" alt=""><figcaption class="wp-caption-text">{esc(short(a.title, 6))} (أ ف ب)</figcaption></figure>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><div class="tags-links">{tags_html(a, "/tag/", " ")}</div>
<div class="share-buttons"><a href="https://facebook.com/sharer">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="whatsapp://send">واتساب</a> <a href="mailto:">بريد</a></div></footer>
</article>
<div id="comments" class="comments-area">
<h2 class="comments-title">{k} تعليقات</h2>
<ol class="comment-list">
{"".join(coms)}
</ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">إشترك في قائمتنا البريدية / أضف تعليقك</h3>
<p class="comment-notes">تعليقات القراء تعبر عن آرائهم ولا تعبر بالضرورة عن رأي الصحيفة. يرجى الالتزام بموضوع المقال وتجنب الإساءة والتجريح، وسيتم حذف التعليقات المخالفة دون إشعار.</p>
<form id="commentform"><textarea name="comment"></textarea><input name="author" placeholder="الاسم"><input name="email" placeholder="البريد الإلكتروني"><input type="submit" value="إرسال التعليق"></form></div>
</div>
</main>
<aside id="secondary" class="widget-area">
<section class="widget editorial"><h2 class="widget-title">رأي القدس</h2><h3><a href="/opinion/editorial/">{et}</a></h3><p>{ex}</p></section>
<section class="widget caricature"><h2 class="widget-title">كاريكاتير</h2><img src="/wp-content/uploads/2015/08/caricature-{lon:%d}.jpg" alt=""><p class="artist">بريشة: عماد حجاج</p></section>
<section class="widget writers"><h2 class="widget-title">مقالات الرأي</h2><ul>{writers}</ul></section>
<section class="widget popular"><h2 class="widget-title">الأكثر قراءة</h2><ol>{popular}</ol></section>
</aside>
</div>
<footer class="site-footer"><p>{esc(site.name)} صحيفة عربية يومية مستقلة تصدر في لندن، تأسست عام 1989، وتوزع في العواصم العربية والأوروبية، وتعنى بالشؤون العربية والدولية والثقافية والرأي الحر.</p>
<p>© 2015 {esc(site.name)}. جميع الحقوق محفوظة | <a href="/about/">من نحن</a> | <a href="/advertise/">للإعلان</a> | <a href="/privacy/">سياسة الخصوصية</a></p></footer>
</body></html>"""
    return finish(out, page)


# --- b19_5: Jordanian TV channel news site, video player above the text -----------------------

RY_NAV = ["الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "فن", "تكنولوجيا", "صحة", "منوعات",
          "برامج رؤيا", "فيديو"]
RY_SHOWS = [("أخبار رؤيا", "7:00 م"), ("نبض البلد", "8:30 م"), ("دنيا يا دنيا", "10:00 ص"),
            ("حكي جرايد", "9:00 م"), ("الوكيل", "10:30 م")]
RY_FB = [("ليث الخطيب", "والله خبر حلو، بس الأهم التطبيق على الأرض، بنستنى نشوف النتائج"),
         ("رنا العبادي", "شكرا رؤيا على التغطية المستمرة، دايما سباقين بالخبر"),
         ("أبو عمر الزعبي", "هاد الحكي لازم يصير عنا بالأردن كمان، الشباب قاعدين بلا شغل"),
         ("سمر حداد", "بتمنى تعملوا تقرير أطول عن الموضوع وتسألوا الناس بالشارع"),
         ("محمد النعيمات", "الله يحمي الأردن والسعودية وكل بلاد العرب")]


def layout_b19_5(page):
    """Roya-like Jordanian TV news: video player above the text, «الأحد 09-08-2015 | 14:32» in
    Amman time (= Riyadh), VideoObject uploadDate earlier than the article."""
    a, site = page.article, page.site
    d = a.published
    blocks = paras_html(a)
    ra = page.others("read_also", 1)
    boxes = []
    if ra:
        boxes.append((0, f'<p class="read-also"><b>اقرأ أيضاً: </b><a href="{esc(page.url_of(ra[0]))}">{esc(ra[0].title)}</a></p>'))
    boxes.append((2, '<div class="ad-box"><div id="div-gpt-ad-inarticle"></div><span>إعلان</span></div>'))
    body = weave(blocks, boxes)
    up = d - dt.timedelta(minutes=num(a, "up", 15, 140))
    dur = f"{num(a, 'mm', 1, 4):02d}:{num(a, 'ss', 0, 59):02d}"
    clips = page.others("video", 4)
    playlist = "".join(f'<li><a href="{esc(page.url_of(o))}"><img src="/videos/thumbs/{o.key}.jpg" alt="">'
                       f'<span class="dur">{num(o, "mm", 1, 5):02d}:{num(o, "ss", 0, 59):02d}</span><b>{esc(short(o.title, 8))}</b></a></li>'
                       for o in clips)
    by = (f'<div class="news-author-box"><i class="icon-user"></i><span class="news-author">{esc(a.author)}</span></div>'
          if a.author else "")
    nav = "".join(f'<li><a href="/category/{i}">{n}</a></li>' for i, n in enumerate(RY_NAV))
    ticker = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("ticker", 5))
    reports = "".join(f'<div class="video-card"><a href="{esc(page.url_of(o))}"><img src="/videos/thumbs/{o.key}.jpg" alt="">'
                      f'<span class="dur">{num(o, "rm", 1, 6):02d}:{num(o, "rs", 0, 59):02d}</span><h4>{esc(o.title)}</h4></a></div>'
                      for o in page.others("similar", 4))
    shows = "".join(f"<li><b>{n}</b> <span>{t}</span></li>" for n, t in RY_SHOWS)
    k = num(a, "fb", 0, 4)
    fb = "".join(f'<div class="fb-comment"><b>{n}</b><p>{t}</p><span>أعجبني · رد · {num(a, f"h{j}", 1, 9)} س</span></div>'
                 for j, (n, t) in enumerate(RY_FB[num(a, "fs", 0, 4):][:k]))
    ld = [{"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
           "datePublished": iso_off(d, 3), "dateModified": iso_off(d + dt.timedelta(minutes=num(a, "m", 5, 60)), 3),
           "publisher": {"@type": "Organization", "name": site.name}, "mainEntityOfPage": page.canonical},
          {"@context": "https://schema.org", "@type": "VideoObject", "name": "بالفيديو.. " + short(a.title, 8),
           "uploadDate": iso_off(up, 3), "duration": f"PT{int(dur[:2])}M{int(dur[3:])}S",
           "thumbnailUrl": f"{site.base}/videos/thumbs/{a.key}.jpg", "contentUrl": f"{site.base}/videos/{a.key}.mp4"}]
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="video.other">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:video" content="{esc(site.base)}/videos/{a.key}.mp4">
<link rel="canonical" href="{esc(page.canonical)}">
{"".join(ldjson(x) for x in ld)}
<link rel="stylesheet" href="/css/app.css?v=3.1">
</head>
<body>
<div class="top-bar"><a class="live-btn" href="/live"><i class="dot"></i> البث المباشر</a>
<span class="channels"><a href="/live">{esc(site.short)}</a> | <a href="/kids">{esc(site.short)} كيدز</a></span>
<span class="weather">عمّان {num(a, "t1", 31, 36)}° | إربد {num(a, "t2", 30, 35)}° | العقبة {num(a, "t3", 38, 43)}°</span></div>
<header class="header"><a href="/" class="logo"><img src="/img/logo.png" alt="{esc(site.name)}"></a>
<nav><ul>{nav}</ul></nav><a class="app-link" href="/app">حمل التطبيق</a></header>
<div class="breaking"><span>عاجل</span><ul>{ticker}</ul></div>
<div class="container">
<div class="main-col">
<div class="news-page">
<h1 class="news-title">{esc(a.title)}</h1>
<div class="video-player" data-duration="{dur}">
<video controls preload="none" poster="/videos/thumbs/{a.key}.jpg"><source src="/videos/{a.key}.mp4" type="video/mp4"></video>
<div class="video-info"><span class="clip-title">بالفيديو.. {esc(short(a.title, 8))}</span> <span class="dur">{dur}</span></div>
<div class="playlist"><h4>شاهد أيضاً</h4><ul>{playlist}</ul></div>
</div>
<div class="news-info">{by}<div class="news-date"><i class="icon-clock"></i> {WEEKDAYS[d.weekday()]} {d:%d-%m-%Y} | {d:%H:%M}</div>
<div class="share-top"><a href="https://facebook.com/sharer">فيسبوك</a> <a href="https://twitter.com/share">تويتر</a> <a href="whatsapp://send">واتساب</a></div></div>
<div class="news-body">
{body}
</div>
<p class="yt-prompt">اشترك في قناة {esc(site.short)} على يوتيوب لمشاهدة تقاريرنا المصورة والبث المباشر لنشرات الأخبار والبرامج، وفعّل زر الجرس ليصلك كل جديد.</p>
<div class="tags"><span>وسوم:</span> {tags_html(a, "/tag/")}</div>
</div>
<section class="video-reports"><h3>تقارير مصورة</h3>{reports}</section>
<section class="fb-comments"><h3>التعليقات</h3>{fb}<p class="fb-plugin">إضافة تعليق باستخدام فيسبوك</p></section>
</div>
<aside class="side-col">
<div class="schedule"><h3>على شاشة {esc(site.short)} الليلة</h3><ul>{shows}</ul></div>
<div class="most-watched"><h3>الأكثر مشاهدة</h3><ol>{"".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 5))}</ol></div>
<div class="ad-side"><span>إعلان</span></div>
</aside>
</div>
<footer><p>{esc(site.name)} - قناة أردنية فضائية خاصة تقدم الأخبار والبرامج الاجتماعية والترفيهية على مدار الساعة من عمّان.</p>
<p>جميع الحقوق محفوظة © 2015 | <a href="/about">من نحن</a> | <a href="/contact">اتصل بنا</a> | <a href="/privacy">سياسة الخصوصية</a></p></footer>
</body></html>"""
    return finish(out, page)


LAYOUTS = {
    "b19_1": layout_b19_1,
    "b19_2": layout_b19_2,
    "b19_3": layout_b19_3,
    "b19_4": layout_b19_4,
    "b19_5": layout_b19_5,
}
