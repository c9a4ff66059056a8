"""Blind test layouts (set 12) for newsfarm (--extra-layouts): five article
templates modelled on kinds of real Arabic news pages that no earlier layout
file imitates, written without reading Khabar's extractor. Each prints the
whole page a reader gets: header and menus, strips and tickers, the article,
the boxes sites put inside the text, and the lists, comments and footer after
it.

  b12_1  Tunisian private radio station's news site (Mosaique-FM / Shems-FM-
         like): French/Arabic language switch, weather for Tunisian cities,
         a live-radio bar «الآن على الهواء» naming the show and its
         presenter, FM frequencies per region, a «فلاش» strip with Tunis
         clock times. Under the headline the rubric and «12:32 | 09/08/2015»
         in TUNIS time (UTC+1, no zone printed); the offset only in JSON-LD
         (datePublished …T12:32:00+01:00, dateModified later, no author in
         it). A «استمع إلى المقال» text-to-speech player, a photo with
         caption, then in the text a «اقرأ أيضا» list, a «إشهار» ad slot and
         an audio-clip embed «استمعوا إلى تصريح <guest>، <role>، لبرنامج
         «<show>»» with duration. The credit AFTER the text in the article
         footer as «تحرير:» + the name in its own span, beside «آخر تحديث:»
         with a Tunisian-month date («الأحد 09 أوت 2015 - 13:05»); Tunisian
         tags label «الكلمات المفاتيح», podcast episodes of the show with
         their own dates, related news with Tunis times, the day's programme
         grid with presenters, comments with names from Tunisian towns and
         their own dates.
  b12_2  Omani daily's web edition (Oman-daily / Al-Roya-like, MUSCAT time,
         UTC+4): top bar with the local date in Hijri and Gregorian, Muscat
         weather and oil price, «النسخة الورقية PDF», the masthead naming
         the editor-in-chief («رئيس التحرير:» + a name, a distractor); a
         kicker above the headline; the credit inside an icon meta row under
         the headline (<li class="post-author"> with a pen icon and the name
         as a link, no label) beside the Hijri date, the Gregorian date and
         a 12-hour Muscat clock «٣:٣٢ م» (Eastern digits on UTF-8 sites,
         Western on windows-1256 ones), the view and comment counts; the
         minute with its offset only in article:published_time
         (…T15:32:00+04:00). A photo captioned with «تصوير:» + a
         photographer, a pull-quote repeating a sentence of the text, a
         «ذات صلة» box and an ad inside the text; a print-edition note
         (issue and page) after it; tags, «المزيد من <section>» with dates,
         most-read / most-commented tabs, a columnists rail with names,
         comments with their own names and dates, Muscat address footer.
  b12_3  A news thread on an Arabic vBulletin 3.8 forum (windows-1256 is
         typical of such boards): login box, navbar links, breadcrumbs
         ending in «[خبر]» + the thread title; the first post by a forum
         member (username, rank «مشرف قسم الأخبار», join date, post count:
         a distractor name), the post head «09-08-2015, 02:32 PM» (no
         machine-readable date; the footer says «جميع الأوقات بتوقيت GMT
         +3. الساعة الآن …»); inside the post the title again (bold,
         centred, red), the credit as the first bold blue line (the name
         alone), the paragraphs separated by <br /><br />, a pasted image,
         «المصدر:» + the paper's name, the member's signature and «آخر
         تعديل بواسطة <member> ; <later date>». Then replies by other
         members with their own dates, one quoting a sentence of the
         article; similar threads table with starters and last-post dates;
         «الأعضاء الذين يشاهدون هذا الموضوع», posting rules, vBulletin
         copyright.
  b12_4  Digital newsroom on Ghost (Casper-like theme, Koenig cards):
         gh-head menu with sign-in / subscribe portal buttons; primary-tag
         pill, headline, then article-byline: the writer's avatar, name as
         <h4 class="author-name"> link, «٩ أغسطس ٢٠١٥» as <time
         datetime="2015-08-09"> (date only, Riyadh day) and the reading
         time; the minute only in UTC metadata (article:published_time and
         JSON-LD datePublished «…T11:32:07.000Z»), plus Ghost's
         twitter:label1 «Written by» / twitter:data1. In the text a
         bookmark card of another story (its own author in
         kg-bookmark-publisher), an embedded tweet with its own date and
         handle, a callout card asking to subscribe. After it an «عن
         الكاتب» author card with photo and bio, Disqus, three read-more
         post cards with dates and reading times, footer CTA, «Powered by
         Ghost».
  b12_5  Mailchimp campaign-archive page of a daily morning newsletter
         («موجز <paper> الصباحي»): Mailchimp's archive bar (Subscribe, Past
         Issues, Translate), a hidden preheader, nested email tables with
         inline styles. The issue header «العدد ٢١٤ — الاثنين ١٠ أغسطس
         ٢٠١٥» is the SEND date (the day after publication), the intro
         signed «أعدّ الموجز:» + the newsletter editor (a distractor), an
         «في هذا العدد» list; the featured story: «قصة اليوم», the headline,
         then a grey line «بقلم» + the name and «نُشرت الأحد 9 أغسطس 2015 -
         2:32 م (بتوقيت مكة المكرمة)»; photo and caption, the paragraphs,
         a sponsor block inside the text, a «اقرأ القصة كاملة على موقعنا»
         button. Then four teaser stories each with its own writer line and
         date, weather box, the editor's sign-off, share links and the
         Mailchimp footer (copyright, mailing address, unsubscribe). No
         machine-readable date at all; <title> is the email subject.

Pages whose article has no author print no byline. The author string is
printed whole, exactly as the corpus gives it. All times are Asia/Riyadh
(+03:00) unless the page states another offset or zone (b12_1: +01:00 in its
JSON-LD; b12_2: +04:00 in article:published_time; b12_3: «GMT +3»; b12_4:
UTC «Z» in its metadata, only the Riyadh day visible; b12_5: «بتوقيت مكة
المكرمة»). On windows-1256 sites, characters the charset lacks are written
as numeric character references and JSON is ASCII-escaped.

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts /work/blind12/blind12_layouts.py \\
      --layouts b12_1,b12_2,b12_3,b12_4,b12_5 --out /work/blind12/pages
"""

import datetime as dt
import hashlib
import json
import sys

sys.path.insert(0, "/work/shared/newsfarm")
import layouts as L  # noqa: E402

esc = L.esc
MONTHS = L.MONTHS
WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
TN_MONTHS = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر",
             "أكتوبر", "نوفمبر", "ديسمبر"]


# --- helpers ---------------------------------------------------------------------------

def num(a, salt, lo, hi):
    h = int(hashlib.md5((a.key + salt).encode()).hexdigest()[:8], 16)
    return lo + h % (hi - lo + 1)


def pick(a, salt, seq):
    return seq[num(a, salt, 0, len(seq) - 1)]


def finish(page, s):
    """Characters the site's charset lacks become numeric character references."""
    enc = page.site.encoding
    if enc == "utf-8":
        return s
    return s.encode(enc, "xmlcharrefreplace").decode(enc)


def jdump(page, obj):
    s = json.dumps(obj, ensure_ascii=page.site.encoding != "utf-8")
    return s.replace("</", "<\\/")


def east(s, page=None):
    if page is not None and page.site.encoding != "utf-8":
        return str(s)
    return str(s).translate(L.EASTERN)


def hijri(d, eastern=False):
    """Tabular Islamic date, shifted one day to agree with the Umm al-Qura / Omani
    calendar of 1436 (1 Shawwal 1436 = 17 July 2015)."""
    jd = (d + dt.timedelta(days=1)).toordinal() + 1721425
    l = jd - 1948440 + 10632
    n = (l - 1) // 10631
    l = l - 10631 * n + 354
    j = ((10985 - l) // 5316) * ((50 * l) // 17719) + (l // 5670) * ((43 * l) // 15238)
    l = l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l) // 709
    day = l - (709 * m) // 24
    y = 30 * n + j - 30
    return f"{day} {L.HIJRI_MONTHS[m - 1]} {y}هـ"


def shift(d, offset):
    """Riyadh (+3) wall time to the wall time of a UTC+offset zone."""
    return d + dt.timedelta(hours=offset - 3)


def iso_off(d, offset):
    sign = "+" if offset >= 0 else "-"
    return d.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{abs(offset):02d}:00"


def ampm(d, am="ص", pm="م"):
    return f"{d.hour % 12 or 12}:{d.minute:02d} {am if d.hour < 12 else pm}"


def en12(d):
    return f"{d.hour % 12 or 12:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def ar_date(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def weave(paras, boxes, p_open="<p>", p_close="</p>", sep="\n"):
    """Paragraphs in order, each box after the paragraph of its index; boxes whose
    index is past the end go after the last paragraph."""
    out = []
    last = len(paras) - 1
    for i, p in enumerate(paras):
        out.append(f"{p_open}{esc(p)}{p_close}")
        for at, box in boxes:
            if at == i or (i == last and at > last):
                out.append(box)
    if not paras:
        out += [box for _, box in boxes]
    return sep.join(out)


def short(text, n=16):
    w = text.split()
    return " ".join(w[:n]) + ("..." if len(w) > n else "")


def slug(a):
    return f"{a.n}-{a.key[:6]}"


def section_of(a, names):
    return names[num(a, "section", 0, len(names) - 1)]


# --- b12_1: Tunisian private radio station ----------------------------------------------

TN_SHOWS = [(6, 9, "صباح الخير يا تونس", "حمزة البلومي"), (9, 12, "ماتينال", "نجلاء بن عمر"),
            (12, 14, "ميدي شو", "إلياس الغربي"), (14, 17, "بعد الظهر", "سامية الزواري"),
            (17, 19, "ستوديو الرياضة", "فتحي المولدي"), (19, 22, "سهرية", "أمين الكافي"),
            (22, 24, "ليالي", "مريم الطرابلسي"), (0, 6, "موسيقى الليل", "فريق البرمجة")]
TN_GUESTS = [("منير الجلاصي", "الناطق الرسمي باسم وزارة الداخلية"),
             ("سلوى الهمامي", "المحللة الاقتصادية"),
             ("رضا الشابي", "الخبير في الشؤون الدولية"),
             ("كمال العياري", "أستاذ العلوم السياسية"),
             ("هالة بن سالم", "رئيسة جمعية حماية المستهلك")]
TN_COMMENTERS = ["سامي من صفاقس", "أم آدم - نابل", "نزار الجربي", "محمد علي (سوسة)",
                 "وفاء - بنزرت", "ابن القيروان", "هيثم التونسي"]
TN_COMMENTS = ["ربي يستر البلاد والعباد", "يعطيكم الصحة على المتابعة",
               "وقتاش باش يطبقوه عندنا؟", "خبر مهم، شكرا موزاييك", "الله يهدي ما خلق",
               "نتمناو الخير للجميع"]
TN_RUBS = [("وطنية", "national"), ("عالمية", "monde"), ("اقتصاد", "economie"),
           ("مجتمع", "societe"), ("رياضة", "sport")]


def tn_show(d):
    for lo, hi, name, host in TN_SHOWS:
        if lo <= d.hour < hi:
            return lo, hi, name, host
    return TN_SHOWS[-1]


def tn_long(d):
    return f"{WEEKDAYS[d.weekday()]} {d.day:02d} {TN_MONTHS[d.month - 1]} {d.year}"


def layout_b12_1(page):
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    loc = shift(a.published, 1)  # Tunis, UTC+1 (no DST since 2009)
    upd = loc + dt.timedelta(minutes=num(a, "upd", 18, 200))
    rub, rslug = pick(a, "rub", TN_RUBS)
    lo, hi, show, host = tn_show(loc)
    guest, role = pick(a, "guest", TN_GUESTS)
    brand = f"{site.name} FM"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso_off(loc, 1), "dateModified": iso_off(upd, 1),
          "inLanguage": "ar-TN", "articleSection": rub,
          "image": {"@type": "ImageObject", "url": f"{site.base}/media/article/{a.key}.jpg", "width": 900, "height": 506},
          "publisher": {"@type": "Organization", "name": brand,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/assets/img/logo.png"}},
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical}}
    flash = "".join(f'<li><span class="hr">{shift(o.published, 1):%H:%M}</span> {L.link(page, o)}</li>'
                    for o in page.others("ticker", 6))
    read_also = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("read_also", 2))
    boxes = [
        (1, f'<div class="lire-aussi"><span class="lire-titre">اقرأ أيضا</span><ul>{read_also}</ul></div>'),
        (2, '<div class="pub pub-inread"><span class="pub-label">إشهار</span>'
            f'<div id="div-gpt-ad-1438{num(a, "ad", 100000, 999999)}-0" style="min-height:250px"></div></div>'),
        (4, f'<div class="audio-embed"><div class="audio-titre">استمعوا إلى تصريح {esc(guest)}، {esc(role)}، '
            f'لبرنامج «{esc(show)}»:</div><audio controls preload="none" '
            f'src="/media/audio/2015/{loc:%m}/{a.key[:8]}.mp3"></audio>'
            f'<span class="duree">0{num(a, "dur", 1, 4)}:{num(a, "durs", 10, 59)}</span></div>'),
    ]
    body = weave(paras, boxes)
    foot_by = (f'<p class="auteur">تحرير: <span class="auteur-nom">{esc(a.author)}</span></p>'
               if a.author else "")
    tags = "".join(f'<a href="/ar/tag/{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a))
    related = "".join(
        f'<div class="news-item"><a href="{esc(page.url_of(o))}"><img src="/media/thumb/{o.key}.jpg" alt=""></a>'
        f'<div class="news-body"><h3>{L.link(page, o)}</h3><span class="news-date">'
        f'{shift(o.published, 1):%H:%M} | {shift(o.published, 1):%d/%m/%Y}</span></div></div>'
        for o in page.others("similar", 6))
    popular = "".join(f"<li><span class=\"n\">{i + 1}</span>{L.link(page, o)}</li>"
                      for i, o in enumerate(page.others("popular", 5)))
    episodes = "".join(
        f'<li><a href="/ar/podcast/{num(a, "ep" + str(k), 1000, 9999)}">{esc(show)} - الحلقة '
        f'{num(a, "epn", 40, 180) - k}</a> <span class="ep-date">'
        f'{tn_long(loc - dt.timedelta(days=k + 1))}</span></li>' for k in range(3))
    grid = "".join(f'<tr><td>{lo2:02d}:00 - {hi2 % 24:02d}:00</td><td>{esc(n)}</td><td>{esc(h)}</td></tr>'
                   for lo2, hi2, n, h in TN_SHOWS[:7])
    k = num(a, "nc", 0, 4)
    coms = "".join(
        f'<li class="comment"><div class="c-head"><b>{esc(pick(a, "cn" + str(i), TN_COMMENTERS))}</b> '
        f'<span class="c-date">{tn_long(loc + dt.timedelta(minutes=25 + 47 * i))} - '
        f'{loc + dt.timedelta(minutes=25 + 47 * i):%H:%M}</span></div>'
        f'<p>{esc(pick(a, "ct" + str(i), TN_COMMENTS))}</p></li>' for i in range(k))
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(brand)} | {esc(a.title)}</title>
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="alternate" hreflang="fr" href="{esc(site.base)}/fr/">
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:site_name" content="{esc(brand)}">
<meta property="og:image" content="{esc(site.base)}/media/article/{a.key}.jpg">
<meta property="og:locale" content="ar_TN">
<meta name="twitter:site" content="@{esc(site.id)}fm">
<script type="application/ld+json">{jdump(page, ld)}</script>
<link rel="stylesheet" href="/assets/css/app.min.css?v=2.7.3">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.radioConfig={{stream:"https://radio.{esc(site.id)}.tn/live.mp3",autoplay:false}};</script>
</head>
<body class="page-article rub-{rslug}">
<div id="top-bar">
<div class="langues"><a href="/fr/">Français</a> | <a href="/ar/" class="active">العربية</a></div>
<div class="today">{tn_long(loc)}</div>
<div class="meteo"><span>تونس 34°</span> <span>صفاقس 31°</span> <span>سوسة 32°</span> <span>بنزرت 30°</span></div>
<div class="social"><a href="https://facebook.com/{esc(site.id)}fm">فيسبوك</a> <a href="https://twitter.com/{esc(site.id)}fm">تويتر</a> <a href="https://youtube.com/{esc(site.id)}fm">يوتيوب</a></div>
</div>
<header id="header">
<a class="logo" href="/ar/"><img src="/assets/img/logo.png" alt="{esc(brand)}"></a>
<ul class="frequences"><li>تونس الكبرى 94.9</li><li>صفاقس 97.0</li><li>سوسة 88.8</li><li>الكاف 90.2</li></ul>
<div class="app-links"><a href="#ios">App Store</a> <a href="#android">Google Play</a></div>
</header>
<div id="live-bar"><button class="play-live">استمع مباشرة</button>
<span class="onair-label">الآن على الهواء:</span> <b class="onair-show">{esc(show)}</b> مع <span class="onair-host">{esc(host)}</span>
<span class="onair-hours">{lo:02d}:00 - {hi % 24:02d}:00</span> <a href="/ar/live-video">شاهد الاستوديو مباشرة</a></div>
<nav id="menu"><ul>
<li><a href="/ar/">الرئيسية</a></li><li><a href="/ar/national">وطنية</a></li>
<li class="dropdown"><a href="/ar/regions">جهوية</a><ul><li>تونس</li><li>صفاقس</li><li>سوسة</li><li>نابل</li><li>بنزرت</li><li>قابس</li><li>القيروان</li></ul></li>
<li><a href="/ar/monde">عالمية</a></li><li><a href="/ar/economie">اقتصاد</a></li><li><a href="/ar/sport">رياضة</a></li>
<li><a href="/ar/culture">ثقافة وفنون</a></li><li><a href="/ar/societe">مجتمع</a></li><li><a href="/ar/podcast">بودكاست</a></li>
<li><a href="/ar/emissions">البرامج</a></li><li><a href="/ar/video">فيديو</a></li></ul></nav>
<div id="flash"><span class="flash-label">فلاش</span><ul>{flash}</ul></div>
<div class="container">
<div class="col-main">
<ol class="breadcrumb"><li><a href="/ar/">الرئيسية</a></li><li><a href="/ar/{rslug}">{esc(rub)}</a></li></ol>
<div class="article-head">
<a class="rubrique" href="/ar/{rslug}">{esc(rub)}</a>
<h1 class="titre-article">{esc(a.title)}</h1>
<div class="date-article"><i class="icon-clock"></i> <span class="heure">{loc:%H:%M}</span> | <span class="jour">{loc:%d/%m/%Y}</span></div>
<div class="partage"><a href="#fb">فيسبوك <span class="cnt">{num(a, "fb", 12, 2400)}</span></a> <a href="#tw">تويتر</a> <a href="#wa">واتساب</a> <a href="#print">طباعة</a></div>
</div>
<div class="tts-player"><span class="tts-label">استمع إلى المقال</span><audio controls preload="none" src="/tts/{a.key}.mp3"></audio><span class="tts-duree">0{num(a, "tts", 1, 6)}:{num(a, "ttss", 10, 59)}</span></div>
<figure class="image-article"><img src="/media/article/{a.key}.jpg" alt="{esc(a.title)}"><figcaption>صورة من الأرشيف</figcaption></figure>
<div class="article-content">
{body}
</div>
<div class="article-footer">
{foot_by}
<p class="maj">آخر تحديث: {tn_long(upd)} - {upd:%H:%M}</p>
<div class="mots-cles"><span>الكلمات المفاتيح:</span> {tags}</div>
</div>
<div class="podcast-box"><h3>حلقات برنامج «{esc(show)}»</h3><ul>{episodes}</ul><a href="/ar/podcast">كل البودكاست</a></div>
<section class="related-news"><h2>أخبار ذات صلة</h2>{related}</section>
<section class="comments"><h3>التعليقات ({k})</h3><ol>{coms}</ol>
<form class="comment-form"><input name="nom" placeholder="الاسم"><input name="email" placeholder="البريد الإلكتروني"><textarea placeholder="أضف تعليقك"></textarea><button>إرسال</button>
<p class="charte">التعليقات لا تعبر عن رأي الإذاعة. يرجى احترام ميثاق النشر.</p></form></section>
</div>
<aside class="col-side">
<div class="pub pub-side"><span class="pub-label">إشهار</span><div id="div-gpt-ad-side"></div></div>
<div class="most-read"><h3>الأكثر قراءة</h3><ol>{popular}</ol></div>
<div class="grille"><h3>الشبكة البرامجية اليوم</h3><table><tr><th>التوقيت</th><th>البرنامج</th><th>التقديم</th></tr>{grid}</table></div>
<div class="newsletter"><h3>النشرة الإخبارية</h3><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></div>
</aside>
</div>
<footer id="footer">
<ul class="footer-links"><li><a href="/ar/qui-sommes-nous">من نحن</a></li><li><a href="/ar/contact">اتصل بنا</a></li><li><a href="/ar/publicite">الإشهار</a></li><li><a href="/ar/frequences">الترددات</a></li><li><a href="/ar/recrutement">انتدابات</a></li></ul>
<p>جميع الحقوق محفوظة © 2015 {esc(brand)} - تونس</p>
</footer>
<script src="/assets/js/app.min.js?v=2.7.3"></script>
</body></html>"""
    return finish(page, html)


# --- b12_2: Omani daily ------------------------------------------------------------------

OM_SECTIONS = [("محليات", "local"), ("اقتصاد", "economy"), ("عربي ودولي", "world"),
               ("ولايات", "wilayat"), ("رياضة", "sport"), ("ثقافة", "culture")]
OM_PHOTOGRAPHERS = ["سالم الحجري", "خالد البلوشي", "محمد الرواحي", "أحمد الكلباني", "يوسف الهنائي"]
OM_CHIEF = "سيف بن سعيد المحروقي"
OM_COLUMNISTS = [("د. سعيد بن محمد السيابي", "قراءة في المشهد"), ("علي بن راشد المطاعني", "الوقت والإنتاجية"),
                 ("حمود بن علي الطوقي", "السياحة.. فرص مهدرة"), ("د. رجب بن علي العويسي", "التعليم ومهارات المستقبل")]
OM_COMMENTERS = ["أبو سالم", "ناصر الحارثي", "مواطن من صحار", "أم عبدالله", "سعيد البوسعيدي"]
OM_COMMENTS = ["خطوة موفقة نتمنى لها النجاح", "شكرا على التغطية المميزة", "نحتاج مثل هذا في ولاياتنا أيضا",
               "موضوع مهم ويستحق المتابعة", "الله يوفق الجميع"]


def layout_b12_2(page):
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    loc = shift(a.published, 4)  # Muscat, UTC+4
    sec, sslug = pick(a, "sec", OM_SECTIONS)
    greg = east(f"{WEEKDAYS[loc.weekday()]} {loc.day} {MONTHS[loc.month - 1]} {loc.year}م", page)
    hij = east(hijri(loc), page)
    clock = east(ampm(loc), page)
    photog = pick(a, "ph", OM_PHOTOGRAPHERS)
    issue = 11000 + (loc.date() - dt.date(2015, 1, 1)).days
    views = num(a, "views", 150, 9800)
    ncom = num(a, "nc", 0, 3)
    quote = ""
    if len(paras) >= 3:
        q = L.first_sentence(paras[2])
        quote = f'<blockquote class="pullquote"><p>{esc(q)}</p></blockquote>'
    related = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("read_also", 2))
    boxes = [(0, quote),
             (1, f'<div class="related-inline"><h5>ذات صلة</h5><ul>{related}</ul></div>'),
             (3, '<div class="adv adv-inarticle"><span>إعلان</span><ins class="adsbygoogle" style="display:block" '
                 'data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></ins></div>')]
    body = weave(paras, [b for b in boxes if b[1]])
    by = (f'<li class="post-author"><i class="fa fa-pencil"></i> <a href="/author/{num(a, "aid", 10, 400)}">{esc(a.author)}</a></li>'
          if a.author else "")
    more = "".join(
        f'<div class="col-md-3 post-box"><a href="{esc(page.url_of(o))}"><img src="/uploads/2015/{o.published:%m}/{o.key[:8]}-300x200.jpg" alt=""></a>'
        f'<h4>{L.link(page, o)}</h4><span class="date">{east(ar_date(shift(o.published, 4)), page)}</span></div>'
        for o in page.others("section", 4))
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 5))
    commented = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("commented", 5))
    cols = "".join(f'<li><img src="/uploads/writers/{i + 1}.jpg" alt=""><a class="writer" href="/writers/{i + 1}">{esc(n)}</a>'
                   f'<a class="col-title" href="/opinion/{num(a, "op" + str(i), 1000, 9999)}">{esc(t)}</a></li>'
                   for i, (n, t) in enumerate(OM_COLUMNISTS))
    coms = "".join(
        f'<li class="comment"><div class="comment-author"><b>{esc(pick(a, "cn" + str(i), OM_COMMENTERS))}</b></div>'
        f'<div class="comment-date">{east(ar_date(loc + dt.timedelta(minutes=40 + 65 * i)), page)} - '
        f'{east(ampm(loc + dt.timedelta(minutes=40 + 65 * i)), page)}</div>'
        f'<p>{esc(pick(a, "ct" + str(i), OM_COMMENTS))}</p></li>' for i in range(ncom))
    tags = " ".join(f'<a href="/tag/{esc(t)}" rel="tag">{esc(t)}</a>' for t in L.tags_for(a))
    breaking = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("ticker", 5))
    html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - {esc(sec)} - {esc(site.name)}</title>
<meta name="keywords" content="{esc(', '.join(L.tags_for(a)))}">
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:locale" content="ar_OM">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:image" content="{esc(site.base)}/uploads/2015/{loc:%m}/{a.key[:8]}.jpg">
<meta property="article:section" content="{esc(sec)}">
<meta property="article:published_time" content="{iso_off(loc, 4)}">
<link rel="stylesheet" href="/css/bootstrap-rtl.min.css"><link rel="stylesheet" href="/css/font-awesome.min.css">
<script async src="//pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>
</head>
<body class="single">
<div class="top-bar"><div class="container">
<span class="today">{east(hijri(loc), page)} - {greg}</span>
<span class="weather">مسقط {east(41, page)}° | صلالة {east(27, page)}°</span>
<span class="oil">خام عُمان: {east("52.61", page)} دولار</span>
<a href="/pdf/{issue}" class="pdf">النسخة الورقية PDF</a> <a href="/archive">الأرشيف</a> <a href="/subscribe">اشترك</a>
</div></div>
<header class="masthead"><div class="container">
<a href="/" class="logo"><img src="/images/logo.png" alt="{esc(site.name)}"></a>
<div class="chief">رئيس التحرير: {esc(OM_CHIEF)}</div>
<div class="leaderboard"><ins class="adsbygoogle" data-ad-slot="9988776655"></ins></div>
</div></header>
<nav class="navbar"><ul class="nav navbar-nav">
<li><a href="/">الرئيسية</a></li><li><a href="/local">محليات</a></li><li><a href="/economy">اقتصاد</a></li>
<li><a href="/wilayat">ولايات</a></li><li><a href="/world">عربي ودولي</a></li><li><a href="/sport">رياضة</a></li>
<li><a href="/culture">ثقافة</a></li><li><a href="/opinion">آراء</a></li><li><a href="/supplements">ملاحق</a></li><li><a href="/pdf/{issue}">PDF</a></li>
</ul></nav>
<div class="breaking"><span>عاجل</span><ul>{breaking}</ul></div>
<div class="container main">
<div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/{sslug}">{esc(sec)}</a></li></ol>
<article class="post">
<h4 class="kicker">{esc(sec)}</h4>
<h1 class="post-title">{esc(a.title)}</h1>
<ul class="post-meta">
{by}
<li class="post-hijri"><i class="fa fa-moon-o"></i> {hij}</li>
<li class="post-date"><i class="fa fa-calendar"></i> {greg}</li>
<li class="post-time"><i class="fa fa-clock-o"></i> {clock}</li>
<li class="post-views"><i class="fa fa-eye"></i> {east(views, page)}</li>
<li class="post-comments"><i class="fa fa-comment"></i> {east(ncom, page)}</li>
</ul>
<div class="font-tools"><a href="#" class="font-up">أ+</a> <a href="#" class="font-down">أ-</a> <a href="#print">طباعة</a> <a href="#mail">إرسال</a></div>
<figure class="post-thumb"><img src="/uploads/2015/{loc:%m}/{a.key[:8]}.jpg" alt=""><figcaption>جانب من الحدث — تصوير: {esc(photog)}</figcaption></figure>
<div class="entry-content">
{body}
</div>
<p class="print-note">نُشر في النسخة الورقية من {esc(site.name)}، العدد ({east(issue, page)})، الصفحة {east(num(a, "pg", 2, 24), page)}</p>
<div class="post-tags"><span>الوسوم:</span> {tags}</div>
<div class="share"><a href="#tw">تويتر</a> <a href="#fb">فيسبوك</a> <a href="#wa">واتساب</a> <a href="#gp">جوجل+</a></div>
</article>
<section class="more-section"><h3>المزيد من {esc(sec)}</h3><div class="row">{more}</div></section>
<section class="comments"><h3>التعليقات ({east(ncom, page)})</h3><ol>{coms}</ol>
<form><input placeholder="الاسم"><input placeholder="البريد الإلكتروني"><textarea placeholder="تعليقك"></textarea><button>أرسل التعليق</button></form>
<p class="note">جميع التعليقات تخضع للمراجعة قبل النشر.</p></section>
</div>
<aside class="col-md-4 sidebar">
<div class="tabs"><ul class="tab-head"><li class="active">الأكثر قراءة</li><li>الأكثر تعليقاً</li></ul>
<ol class="tab-pane active">{popular}</ol><ol class="tab-pane">{commented}</ol></div>
<div class="writers"><h3>كتّاب الرأي</h3><ul>{cols}</ul></div>
<div class="pdf-box"><a href="/pdf/{issue}"><img src="/pdf/{issue}/cover.jpg" alt="غلاف العدد"></a></div>
</aside>
</div>
<footer class="footer"><div class="container">
<p>{esc(site.name)} - جريدة يومية تصدر عن مؤسسة الإعلام العُمانية</p>
<p>مسقط - سلطنة عُمان - ص.ب {east(974, page)} - الرمز البريدي {east(112, page)} - هاتف: {east("24649200", page)}</p>
<p><a href="/about">من نحن</a> | <a href="/adv">للإعلان</a> | <a href="/contact">اتصل بنا</a> | <a href="/rss">RSS</a></p>
<p>جميع الحقوق محفوظة © {east(2015, page)}</p>
</div></footer>
</body></html>"""
    return finish(page, html)


# --- b12_3: vBulletin forum news thread -------------------------------------------------

VB_MEMBERS = [("ناقل الأخبار", "مشرف قسم الأخبار"), ("صقر الجنوب", "عضو ذهبي"),
              ("ابو فيصل", "مشرف قسم الأخبار"), ("نجم الشمال", "عضو مميز"),
              ("عاشق تراب الوطن", "مشرف عام")]
VB_REPLIERS = ["ام ريان", "الدانه", "ولد الديرة", "راعي الطيب", "بنت نجد", "ابو ناصر 2010",
               "مسافر بلا حدود", "الحر الأصيل", "همس القوافي"]
VB_REPLIES = ["الله يعطيك العافية على النقل", "شكرا لك على الخبر\nتقبل مروري",
              "خبر مهم ونتمنى التطبيق على أرض الواقع", "جزاك الله خير يالغلا",
              "متابعين معك أول بأول", "يعطيك العافية ولا هنت"]
VB_SIGS = ["اللهم اغفر لي ولوالدي وللمؤمنين يوم يقوم الحساب", "سبحان الله وبحمده سبحان الله العظيم",
           "لا إله إلا أنت سبحانك إني كنت من الظالمين", "ما يلفظ من قول إلا لديه رقيب عتيد"]
VB_FORUMS = [("الأخبار المحلية", 14), ("الأخبار العربية والعالمية", 15), ("الاقتصاد والأسهم", 22),
             ("المنتدى الرياضي", 31)]


def vb_date(d):
    return f"{d:%d-%m-%Y}, {en12(d)}"


def layout_b12_3(page):
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    t0 = a.published
    member, rank = pick(a, "member", VB_MEMBERS)
    forum, fid = pick(a, "forum", VB_FORUMS)
    tid = 40000 + a.n * 7 % 9000
    pid = 700000 + a.n * 13
    board = f"منتديات {site.short}"
    edit = t0 + dt.timedelta(minutes=num(a, "edit", 4, 50))
    sig = pick(a, "sig", VB_SIGS)
    by = f'<font color="Blue"><b>{esc(a.author)}</b></font><br />\n<br />\n' if a.author else ""
    img = (f'<div align="center"><img src="http://up.{esc(site.id)}.net/uploads/13{num(a, "img", 10000000, 99999999)}.jpg" '
           f'border="0" alt="" /></div>')
    text = []
    for i, p in enumerate(paras):
        text.append(esc(p))
        if i == 0 and len(paras) > 1:
            text.append(img)
    post_text = "<br />\n<br />\n".join(x for x in text)
    first = f"""<div id="edit{pid}" style="padding:0px 0px 6px 0px">
<table id="post{pid}" class="tborder" cellpadding="6" cellspacing="0" border="0" width="100%" align="center">
<tr><td class="thead" style="font-weight:normal; border: 1px solid #D1D1E1; border-left: 0px">
<div class="normal" style="float:left">&nbsp;#<a href="showpost.php?p={pid}&amp;postcount=1" target="new" rel="nofollow" id="postcount{pid}" name="1"><strong>1</strong></a>&nbsp;</div>
<div class="normal"><a name="post{pid}"><img class="inlineimg" src="images/statusicon/post_old.gif" alt="قديم" border="0" /></a> {vb_date(t0)}</div>
</td></tr>
<tr><td class="alt2" style="border: 1px solid #D1D1E1; border-top: 0px; border-bottom: 0px" width="175">
<div id="postmenu_{pid}"><a class="bigusername" href="member.php?u={num(a, "uid", 100, 9000)}">{esc(member)}</a></div>
<div class="smallfont">{esc(rank)}</div>
<div class="smallfont">&nbsp;<br /><a href="member.php?u=1"><img src="customavatars/avatar{num(a, "uid", 100, 9000)}_3.gif" width="100" height="100" alt="الصورة الرمزية {esc(member)}" border="0" /></a></div>
<div class="smallfont">&nbsp;<br />
<div>تاريخ التسجيل: Mar 2009</div>
<div>الدولة: السعودية</div>
<div>المشاركات: {num(a, "posts", 2000, 48000):,}</div>
</div>
</td>
<td class="alt1" id="td_post_{pid}" style="border-left: 1px solid #D1D1E1">
<div class="smallfont"><img class="inlineimg" src="images/icons/icon1.gif" alt="افتراضي" border="0" /> <strong>{esc(a.title)}</strong></div>
<hr size="1" style="color:#D1D1E1; background-color:#D1D1E1" />
<div id="post_message_{pid}">
<div align="center"><font size="4"><font color="Red"><b>{esc(a.title)}</b></font></font></div><br />
{by}{post_text}<br />
<br />
<font size="1">المصدر: <a href="{esc(site.base)}/" target="_blank">{esc(site.name)}</a></font>
</div>
<div>__________________<br /><div align="center"><font color="DarkGreen"><b>{esc(sig)}</b></font></div></div>
<div class="smallfont">&nbsp;<br /><hr size="1" style="color:#D1D1E1" /><em>آخر تعديل بواسطة {esc(member)} ; {edit:%d-%m-%Y} الساعة {en12(edit)}.</em></div>
</td></tr>
<tr><td class="alt2" style="border: 1px solid #D1D1E1; border-top: 0px">
<img class="inlineimg" src="images/statusicon/user_offline.gif" alt="{esc(member)} غير متواجد حالياً" border="0" /></td>
<td class="alt1" align="left" style="border: 1px solid #D1D1E1; border-left: 0px; border-top: 0px">
<a href="newreply.php?do=newreply&amp;p={pid}" rel="nofollow"><img src="images/buttons/quote.gif" alt="رد مع اقتباس" border="0" /></a></td></tr>
</table>
</div>
<div style="padding:0px 0px 6px 0px" class="vb-ad"><div align="center"><a href="http://www.example-ads.com/"><img src="images/banners/sponsor728.gif" alt="إعلان" /></a></div></div>"""
    replies = []
    nrep = num(a, "nrep", 1, 4)
    t = t0
    quoted = L.first_sentence(paras[-1]) if paras else ""
    for i in range(nrep):
        t = t + dt.timedelta(minutes=num(a, f"rt{i}", 6, 140))
        who = pick(a, f"rw{i}", VB_REPLIERS)
        msg = esc(pick(a, f"rm{i}", VB_REPLIES)).replace("\n", "<br />\n")
        if i == 1 and quoted:
            msg = (f'<div style="margin:20px; margin-top:5px; "><div class="smallfont" style="margin-bottom:2px">اقتباس:</div>'
                   f'<table cellpadding="6" cellspacing="0" border="0" width="100%"><tr><td class="alt2" style="border:1px inset">'
                   f'<div>المشاركة الأصلية كتبت بواسطة <strong>{esc(member)}</strong> '
                   f'<a href="showthread.php?p={pid}#post{pid}" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost.gif" border="0" alt="مشاهدة المشاركة" /></a></div>'
                   f'<div style="font-style:italic">{esc(quoted)}</div></td></tr></table></div>{msg}')
        rp = pid + 11 * (i + 1)
        replies.append(f"""<div id="edit{rp}" style="padding:0px 0px 6px 0px">
<table id="post{rp}" class="tborder" cellpadding="6" cellspacing="0" border="0" width="100%" align="center">
<tr><td class="thead"><div class="normal" style="float:left">&nbsp;#<a href="showpost.php?p={rp}&amp;postcount={i + 2}"><strong>{i + 2}</strong></a>&nbsp;</div>
<div class="normal"><a name="post{rp}"><img class="inlineimg" src="images/statusicon/post_old.gif" alt="قديم" border="0" /></a> {vb_date(t)}</div></td></tr>
<tr><td class="alt2" width="175"><div id="postmenu_{rp}"><a class="bigusername" href="member.php?u={num(a, f"ru{i}", 100, 9000)}">{esc(who)}</a></div>
<div class="smallfont">عضو نشيط</div><div class="smallfont"><div>تاريخ التسجيل: Oct 2011</div><div>المشاركات: {num(a, f"rpc{i}", 20, 6000):,}</div></div></td>
<td class="alt1" id="td_post_{rp}"><div class="smallfont"><img class="inlineimg" src="images/icons/icon1.gif" alt="افتراضي" border="0" /> <strong>رد: {esc(a.title)}</strong></div>
<hr size="1" style="color:#D1D1E1" /><div id="post_message_{rp}">{msg}</div></td></tr>
</table></div>""")
    now = t + dt.timedelta(minutes=num(a, "now", 5, 90))
    similar = "".join(
        f'<tr><td class="alt1" align="right"><a href="showthread.php?t={40000 + o.n * 7 % 9000}">{esc(o.title)}</a></td>'
        f'<td class="alt2" nowrap="nowrap">{esc(pick(o, "member", VB_MEMBERS)[0])}</td>'
        f'<td class="alt1" nowrap="nowrap">{esc(forum)}</td><td class="alt2" align="center">{num(o, "nrep", 1, 4)}</td>'
        f'<td class="alt1" align="right">{vb_date(o.published)}</td></tr>' for o in page.others("similar", 5))
    viewers = "، ".join(esc(x) for x in VB_REPLIERS[:num(a, "view", 2, 5)])
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}" />
<meta name="generator" content="vBulletin 3.8.7" />
<meta name="keywords" content="{esc(', '.join(L.tags_for(a)))}, منتدى, منتديات, {esc(board)}" />
<meta name="description" content="{esc(a.title)} {esc(forum)}" />
<style type="text/css" id="vbulletin_css">
body {{ background: #E1E1E2; color: #000000; font: 10pt verdana, geneva, lucida, 'lucida grande', arial, helvetica, sans-serif; margin: 5px 10px 10px 10px; padding: 0px; }}
.tborder {{ background: #D1D1E1; color: #000000; border: 1px solid #0B198C; }}
.thead {{ background: #5C7099; color: #FFFFFF; font: bold 11px tahoma, verdana, geneva, lucida, 'lucida grande', arial, helvetica, sans-serif; }}
.alt1 {{ background: #F5F5FF; }} .alt2 {{ background: #E1E4F2; }}
</style>
<script type="text/javascript" src="clientscript/yui/yahoo-dom-event/yahoo-dom-event.js?v=387"></script>
<script type="text/javascript" src="clientscript/vbulletin_global.js?v=387"></script>
<script type="text/javascript"><!--
var SESSIONURL = "";
var SECURITYTOKEN = "guest";
var IMGDIR_MISC = "images/misc";
var vb_disable_ajax = parseInt("0", 10);
// --></script>
<title>{esc(a.title)} - {esc(board)}</title>
<link rel="alternate" type="application/rss+xml" title="{esc(board)} RSS Feed" href="external.php?type=RSS2" />
</head>
<body onload="">
<a name="top"></a>
<table class="tborder" cellpadding="6" cellspacing="0" border="0" width="100%" align="center">
<tr><td class="alt1" align="right"><a href="index.php"><img src="images/misc/logo.gif" border="0" alt="{esc(board)}" /></a></td>
<td align="left" id="header_right_cell"><a href="http://www.example-ads.com/"><img src="images/banners/top468.gif" alt="" /></a></td></tr>
</table>
<br />
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">
<tr><td class="alt1" width="100%">
<table cellpadding="0" cellspacing="0" border="0"><tr valign="bottom">
<td><a href="#" onclick="history.back(1); return false;"><img src="images/misc/navbits_start.gif" alt="العودة" border="0" /></a></td>
<td>&nbsp;</td>
<td width="100%"><span class="navbar"><a href="index.php" accesskey="1">{esc(board)}</a></span>
<span class="navbar">&gt; <a href="forumdisplay.php?f=2">الأقسام العامة</a></span>
<span class="navbar">&gt; <a href="forumdisplay.php?f={fid}">{esc(forum)}</a></span></td></tr>
<tr><td class="navbar" style="font-size:10pt; padding-top:1px" colspan="3"><a href="showthread.php?t={tid}"><img class="inlineimg" src="images/misc/navbits_finallink_rtl.gif" alt="تحديث الصفحة" border="0" /></a> <strong>
<span style="color:#CC0000">[خبر]</span> {esc(a.title)}
</strong></td></tr></table>
</td>
<td class="alt2" nowrap="nowrap" style="padding:0px">
<form action="login.php?do=login" method="post">
<table cellpadding="0" cellspacing="3" border="0">
<tr><td class="smallfont" style="white-space: nowrap;"><label for="navbar_username">اسم العضو</label></td>
<td><input type="text" class="bginput" style="font-size: 11px" name="vb_login_username" id="navbar_username" size="10" value="اسم العضو" /></td>
<td class="smallfont" nowrap="nowrap"><label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" id="cb_cookieuser_navbar" />حفظ البيانات؟</label></td></tr>
<tr><td class="smallfont"><label for="navbar_password">كلمة المرور</label></td>
<td><input type="password" class="bginput" style="font-size: 11px" name="vb_login_password" id="navbar_password" size="10" /></td>
<td><input type="submit" class="button" value="تسجيل الدخول" /></td></tr>
</table></form>
</td></tr>
</table>
<div class="tborder" style="padding:1px; border-top-width:0px">
<table cellpadding="0" cellspacing="0" border="0" width="100%" align="center">
<tr align="center">
<td class="vbmenu_control"><a href="register.php" rel="nofollow">التسجيل</a></td>
<td class="vbmenu_control"><a rel="help" href="faq.php" accesskey="5">التعليمـــات</a></td>
<td class="vbmenu_control"><a href="memberlist.php">قائمة الأعضاء</a></td>
<td class="vbmenu_control"><a href="calendar.php">التقويم</a></td>
<td class="vbmenu_control"><a href="search.php?do=getdaily" accesskey="2">مشاركات اليوم</a></td>
<td class="vbmenu_control"><a id="navbar_search" href="search.php" accesskey="4" rel="nofollow">البحث</a></td>
</tr></table>
</div>
<br />
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">
<tr><td class="alt1" align="center"><strong>مرحباً بك زائرنا الكريم في {esc(board)}</strong>، إذا كانت هذه زيارتك الأولى فيسعدنا تسجيلك معنا بالضغط على <a href="register.php">التسجيل</a>، ويمكنك قراءة المواضيع دون تسجيل.</td></tr>
</table>
<br />
<table cellpadding="0" cellspacing="0" border="0" width="100%" style="margin-bottom:3px">
<tr valign="bottom"><td class="smallfont"><a href="newreply.php?do=newreply&amp;noquote=1&amp;p={pid}" rel="nofollow"><img src="images/buttons/reply.gif" alt="إضافة رد" border="0" /></a></td>
<td align="left"><div class="pagenav" align="left"><table class="tborder" cellpadding="3" cellspacing="1" border="0"><tr>
<td class="vbmenu_control" style="font-weight:normal">الصفحة 1 من 1</td></tr></table></div></td></tr>
</table>
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" style="border-bottom-width:0px">
<tr><td class="tcat" width="100%"><div class="smallfont">&nbsp;</div></td>
<td class="vbmenu_control" id="threadtools" nowrap="nowrap"><a href="#goto_threadtools">أدوات الموضوع</a></td>
<td class="vbmenu_control" id="displaymodes" nowrap="nowrap"><a href="#goto_displaymodes">انواع عرض الموضوع</a></td></tr>
</table>
<div id="posts">
{first}
{''.join(replies)}
<div id="lastpost"></div></div>
<br />
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">
<tr><td class="tcat" colspan="2">الأعضاء الذين يشاهدون هذا الموضوع : {num(a, "view", 2, 5) + 3} ( الأعضاء {num(a, "view", 2, 5)} والزوار 3)</td></tr>
<tr><td class="alt1" colspan="2"><span class="smallfont">{viewers}</span></td></tr>
</table>
<br />
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">
<thead><tr><td class="tcat" colspan="5">مواضيع مشابهة</td></tr>
<tr class="thead" align="center"><td class="thead" width="40%">الموضوع</td><td class="thead" nowrap="nowrap">كاتب الموضوع</td>
<td class="thead" nowrap="nowrap">المنتدى</td><td class="thead">الردود</td><td class="thead" width="20%">آخر مشاركة</td></tr></thead>
<tbody>{similar}</tbody>
</table>
<br />
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="210" style="border-top-width:0px">
<thead><tr><td class="thead">قوانين المشاركة</td></tr></thead>
<tbody><tr><td class="alt1" nowrap="nowrap"><div class="smallfont">
<div><strong>لا تستطيع</strong> إضافة مواضيع جديدة</div><div><strong>لا تستطيع</strong> الرد على المواضيع</div>
<div><strong>لا تستطيع</strong> إرفاق ملفات</div><div><strong>لا تستطيع</strong> تعديل مشاركاتك</div>
<hr /><div><a href="misc.php?do=bbcode" target="_blank">BB code</a> is <strong>متاحة</strong></div>
<div><a href="misc.php?do=showsmilies" target="_blank">الابتسامات</a> <strong>متاحة</strong></div>
<div>كود HTML <strong>معطلة</strong></div></div></td></tr></tbody>
</table>
<br />
<div class="smallfont" align="center">جميع الأوقات بتوقيت GMT +3. الساعة الآن <span class="time">{en12(now)}</span>.</div>
<br />
<table cellpadding="6" cellspacing="0" border="0" width="100%" class="page" align="center">
<tr><td class="tfoot" align="left"><div class="smallfont"><strong><a href="sendmessage.php" rel="nofollow" accesskey="9">الاتصال بنا</a> - <a href="index.php">{esc(board)}</a> - <a href="archive/index.php">الأرشيف</a> - <a href="#top" onclick="self.scrollTo(0, 0); return false;">الأعلى</a></strong></div></td></tr>
</table>
<div align="center"><div class="smallfont" align="center">
Powered by vBulletin&reg; Version 3.8.7<br />Copyright &copy;2000 - 2015, Jelsoft Enterprises Ltd.<br />
الترجمة بواسطة: <a href="http://www.vbulletin.org/">vBulletin.org Arabic</a></div>
<div class="smallfont" align="center">جميع المواضيع المنقولة تعبر عن رأي كاتبها ولا تعبر عن رأي إدارة المنتدى</div></div>
</body>
</html>"""
    return finish(page, html)


# --- b12_4: Ghost CMS newsroom ------------------------------------------------------------

GH_TAGS = [("سياسة", "politics"), ("اقتصاد", "economy"), ("تقنية", "tech"), ("مجتمع", "society"),
           ("صحة", "health"), ("رياضة", "sports")]
GH_TWEETERS = [("نواف العتيبي", "nawaf_otb"), ("سارة القحطاني", "sarah_qht"), ("مرصد الأخبار", "news_observer"),
               ("عبدالعزيز الشمري", "aziz_shm")]
GH_TWEETS = ["متابعة مستمرة لهذا الملف وسننشر التفاصيل تباعاً", "هذا تطور لافت ويستحق النقاش",
             "الأرقام تتحدث عن نفسها.. التفاصيل في الرابط", "سؤال مهم: ما الخطوة التالية؟"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def reading_time(text):
    m = max(1, round(len(text.split()) / 200))
    if m == 1:
        return "دقيقة واحدة قراءة"
    if m == 2:
        return "دقيقتان قراءة"
    if m <= 10:
        return f"{east(m)} دقائق قراءة"
    return f"{east(m)} دقيقة قراءة"


def ghost_date(d):
    return east(f"{d.day} {MONTHS[d.month - 1]} {d.year}")


def utcz(d):
    u = d - dt.timedelta(hours=3)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".000Z"


def layout_b12_4(page):
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    tag, tslug = pick(a, "tag", GH_TAGS)
    mod = a.published + dt.timedelta(minutes=num(a, "mod", 3, 300))
    aslug = f"writer-{num(a, 'aid', 100, 999)}"
    excerpt = short(paras[0] if paras else a.title, 22)
    ld = {"@context": "https://schema.org", "@type": "Article",
          "publisher": {"@type": "Organization", "name": site.name, "url": site.base + "/",
                        "logo": {"@type": "ImageObject", "url": site.base + "/content/images/2015/04/logo.png", "width": 600, "height": 72}},
          "headline": a.title, "url": page.canonical,
          "datePublished": utcz(a.published), "dateModified": utcz(mod),
          "image": {"@type": "ImageObject", "url": f"{site.base}/content/images/2015/{a.published:%m}/{a.key}.jpg", "width": 2000, "height": 1333},
          "keywords": tag, "description": excerpt,
          "mainEntityOfPage": {"@type": "WebPage", "@id": site.base + "/"}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author, "url": f"{site.base}/author/{aslug}/", "sameAs": []}
    twitter_by = (f'<meta name="twitter:label1" content="Written by">\n<meta name="twitter:data1" content="{esc(a.author)}">\n'
                  f'<meta name="twitter:label2" content="Filed under">\n<meta name="twitter:data2" content="{esc(tag)}">'
                  if a.author else
                  f'<meta name="twitter:label1" content="Filed under">\n<meta name="twitter:data1" content="{esc(tag)}">')
    bm = page.others("read_also", 1)
    boxes = []
    if bm:
        o = bm[0]
        pub = esc(o.author) if o.author else esc(site.name)
        boxes.append((1, f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{esc(site.base + page.url_of(o))}">'
                         f'<div class="kg-bookmark-content"><div class="kg-bookmark-title">{esc(o.title)}</div>'
                         f'<div class="kg-bookmark-description">{esc(L.first_sentence(o.text))}</div>'
                         f'<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="{esc(site.base)}/favicon.png" alt="">'
                         f'<span class="kg-bookmark-author">{esc(site.name)}</span><span class="kg-bookmark-publisher">{pub}</span></div></div>'
                         f'<div class="kg-bookmark-thumbnail"><img src="{esc(site.base)}/content/images/2015/{o.published:%m}/{o.key}.jpg" alt=""></div></a></figure>'))
    tw_name, tw_handle = pick(a, "tw", GH_TWEETERS)
    tw_d = a.published - dt.timedelta(hours=num(a, "twh", 1, 9))
    boxes.append((3, f'<figure class="kg-card kg-embed-card"><blockquote class="twitter-tweet"><p lang="ar" dir="rtl">'
                     f'{esc(pick(a, "twt", GH_TWEETS))} <a href="https://t.co/{a.key[:10]}">pic.twitter.com/{a.key[2:12]}</a></p>'
                     f'&mdash; {esc(tw_name)} (@{tw_handle}) <a href="https://twitter.com/{tw_handle}/status/6{num(a, "tws", 10**8, 10**9 - 1)}">'
                     f'{EN_MONTHS[tw_d.month - 1]} {tw_d.day}, {tw_d.year}</a></blockquote>\n'
                     '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></figure>'))
    boxes.append((5, '<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">📩</div>'
                     f'<div class="kg-callout-text">هل أعجبك ما تقرأ؟ <a href="#/portal/signup">اشترك مجاناً</a> في نشرة {esc(site.name)} '
                     'الأسبوعية ليصلك كل جديد إلى بريدك.</div></div>'))
    body = weave(paras, boxes)
    byline = ""
    card = ""
    if a.author:
        byline = f"""<div class="article-byline">
<section class="article-byline-content">
<ul class="author-list"><li class="author-list-item">
<a href="/author/{aslug}/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2015/03/{aslug}.jpg" alt="{esc(a.author)}"></a>
</li></ul>
<div class="article-byline-meta">
<h4 class="author-name"><a href="/author/{aslug}/">{esc(a.author)}</a></h4>
<div class="byline-meta-content">
<time class="byline-meta-date" datetime="{a.published:%Y-%m-%d}">{ghost_date(a.published)}</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> {reading_time(a.text)}</span>
</div></div></section></div>"""
        card = f"""<section class="author-card gh-canvas">
<img class="author-profile-image" src="/content/images/size/w300/2015/03/{aslug}.jpg" alt="">
<div class="author-card-content">
<span class="author-card-label">عن الكاتب</span>
<h4 class="author-card-name"><a href="/author/{aslug}/">{esc(a.author)}</a></h4>
<p>يغطي الشأن المحلي والإقليمي في {esc(site.name)} منذ ٢٠١٢، ويهتم بالتقارير الميدانية وصحافة البيانات. للتواصل: newsroom@{esc(site.id)}.com</p>
<a class="author-card-button" href="/author/{aslug}/">المزيد من المقالات &larr;</a>
</div></section>"""
    else:
        byline = f"""<div class="article-byline">
<div class="byline-meta-content">
<time class="byline-meta-date" datetime="{a.published:%Y-%m-%d}">{ghost_date(a.published)}</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> {reading_time(a.text)}</span>
</div></div>"""
    cards = "".join(f"""<article class="post-card post">
<a class="post-card-image-link" href="{esc(page.url_of(o))}"><img class="post-card-image" src="/content/images/size/w600/2015/{o.published:%m}/{o.key}.jpg" alt="{esc(o.title)}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="{esc(page.url_of(o))}">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">{esc(pick(o, "tag", GH_TAGS)[0])}</span></div>
<h2 class="post-card-title">{esc(o.title)}</h2></header>
<div class="post-card-excerpt">{esc(L.first_sentence(o.text))}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="{o.published:%Y-%m-%d}">{ghost_date(o.published)}</time>
<span class="post-card-meta-length">{reading_time(o.text)}</span></footer></div></article>""" for o in page.others("similar", 3))
    nav_items = [("الرئيسية", "/"), ("سياسة", "/tag/politics/"), ("اقتصاد", "/tag/economy/"), ("تقنية", "/tag/tech/"),
                 ("مجتمع", "/tag/society/"), ("رأي", "/tag/opinion/"), ("النشرة البريدية", "/newsletter/"), ("من نحن", "/about/")]
    nav = "".join(f'<li class="nav-{i}"><a href="{h}">{esc(n)}</a></li>' for i, (n, h) in enumerate(nav_items))
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(a.title)}</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4c1b3d2a8e">
<link rel="icon" href="/favicon.png" type="image/png">
<link rel="canonical" href="{esc(page.canonical)}">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta name="description" content="{esc(excerpt)}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(excerpt)}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/content/images/2015/{a.published:%m}/{a.key}.jpg">
<meta property="article:published_time" content="{utcz(a.published)}">
<meta property="article:modified_time" content="{utcz(mod)}">
<meta property="article:tag" content="{esc(tag)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{esc(a.title)}">
<meta name="twitter:description" content="{esc(excerpt)}">
<meta name="twitter:url" content="{esc(page.canonical)}">
{twitter_by}
<meta property="og:image:width" content="2000">
<meta property="og:image:height" content="1333">
<script type="application/ld+json">
{jdump(page, ld)}
</script>
<meta name="generator" content="Ghost 4.48">
<link rel="alternate" type="application/rss+xml" title="{esc(site.name)}" href="{esc(site.base)}/rss/">
<script defer src="https://cdn.jsdelivr.net/npm/@tryghost/portal@~2.8/umd/portal.min.js" data-ghost="{esc(site.base)}/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{{display:flex;flex-direction:column;align-items:center}}</style>
<script defer src="/public/cards.min.js?v=4c1b3d2a8e"></script>
<link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=4c1b3d2a8e">
<style>:root {{--ghost-accent-color: #c0392b;}}</style>
</head>
<body class="post-template tag-{tslug} is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner">
<div class="gh-head-brand">
<a class="gh-head-logo" href="{esc(site.base)}"><img src="{esc(site.base)}/content/images/2015/04/logo.png" alt="{esc(site.name)}"></a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button>
<button class="gh-burger"></button>
</div>
<nav class="gh-head-menu"><ul class="nav">{nav}</ul></nav>
<div class="gh-head-actions">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">تسجيل الدخول</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">اشترك</a>
</div>
</div>
</header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-{tslug}">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/{tslug}/">{esc(tag)}</a></span></div>
<h1 class="article-title">{esc(a.title)}</h1>
{byline}
<figure class="article-image">
<img srcset="/content/images/size/w300/2015/{a.published:%m}/{a.key}.jpg 300w, /content/images/size/w1000/2015/{a.published:%m}/{a.key}.jpg 1000w" sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2015/{a.published:%m}/{a.key}.jpg" alt="{esc(a.title)}">
<figcaption>الصورة: <a href="https://unsplash.com/">Unsplash</a></figcaption>
</figure>
</header>
<section class="gh-content gh-canvas">
{body}
</section>
</article>
{card}
<section class="article-comments gh-canvas">
<div id="disqus_thread"></div>
<script>var disqus_config = function () {{ this.page.url = "{esc(page.canonical)}"; this.page.identifier = "ghost-{a.key}"; }};
(function() {{ var d = document, s = d.createElement('script'); s.src = 'https://{esc(site.id)}.disqus.com/embed.js'; s.setAttribute('data-timestamp', +new Date()); (d.head || d.body).appendChild(s); }})();</script>
<noscript>يرجى تفعيل جافاسكربت لعرض <a href="https://disqus.com/?ref_noscript" rel="nofollow">التعليقات المقدمة من Disqus.</a></noscript>
</section>
</main>
</div>
<aside class="read-more-wrap outer">
<div class="read-more inner">
<h3 class="read-more-title">اقرأ المزيد</h3>
{cards}
</div>
</aside>
<section class="footer-cta outer"><div class="inner">
<h2 class="footer-cta-title">اشترك في نشرة {esc(site.name)}</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">أدخل بريدك الإلكتروني</div><span>اشترك</span></a>
</div></section>
<footer class="site-footer outer">
<div class="inner">
<section class="copyright"><a href="{esc(site.base)}">{esc(site.name)}</a> &copy; 2015</section>
<nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">سياسة الخصوصية</a></li><li><a href="/contact/">تواصل معنا</a></li><li><a href="{esc(site.base)}/rss/">RSS</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
</div>
</footer>
</div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" crossorigin="anonymous"></script>
<script src="/assets/built/casper.js?v=4c1b3d2a8e"></script>
</body>
</html>"""
    return finish(page, html)


# --- b12_5: Mailchimp newsletter archive --------------------------------------------------

NL_EDITORS = [("ريم الدوسري", "محررة الموجز"), ("فيصل العمري", "محرر الموجز"), ("هند الشهري", "محررة الموجز"),
              ("تركي المالكي", "محرر الموجز")]
NL_SPONSORS = ["بنك الاستثمار الخليجي: افتح حسابك الرقمي في خمس دقائق", "تطبيق «مشوار»: أول رحلة مجاناً لمشتركي الموجز",
               "معرض الرياض الدولي للكتاب: احجز تذكرتك الآن"]

TD = 'style="padding-top:9px;padding-right:18px;padding-bottom:9px;padding-left:18px;color:#202020;font-family:Tahoma,Arial,sans-serif;font-size:16px;line-height:170%;text-align:right;"'


def layout_b12_5(page):
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    send = dt.datetime.combine(d.date() + dt.timedelta(days=1), dt.time(6, 30))
    issue = 120 + (send.date() - dt.date(2015, 4, 11)).days
    editor, editor_role = pick(a, "ed", NL_EDITORS)
    brief = f"موجز {site.short} الصباحي"
    subject = f"{brief}: {a.title}"
    teasers = page.others("similar", 4)
    preheader = f"{short(paras[0] if paras else a.title, 12)} و{len(teasers)} قصص أخرى في موجز اليوم"
    toc = "".join(f'<li style="margin-bottom:6px"><a href="#story-{i}" style="color:#0b5394;text-decoration:none">{esc(t.title)}</a></li>'
                  for i, t in enumerate([a] + teasers))
    sponsor = pick(a, "sp", NL_SPONSORS)
    boxes = [(2, f'</td></tr></table><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnBoxedTextBlock" style="min-width:100%;">'
                 f'<tr><td valign="top" style="padding:9px 18px;"><table border="0" cellspacing="0" width="100%" class="mcnTextContentContainer" '
                 f'style="min-width:100% !important;background-color:#F4F4F4;border:1px dashed #CCCCCC;"><tr><td valign="top" class="mcnTextContent" '
                 f'style="padding:18px;color:#555555;font-family:Tahoma;font-size:13px;text-align:center;">'
                 f'<span style="font-size:11px;color:#999999">برعاية</span><br><strong>{esc(sponsor)}</strong><br>'
                 f'<a href="https://{esc(site.id)}.us11.list-manage.com/track/click?u=7f3a&amp;id=sp{num(a, "spid", 100, 999)}" style="color:#0b5394">اعرف المزيد</a>'
                 f'</td></tr></table></td></tr></table><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock">'
                 f'<tr><td valign="top" class="mcnTextContent" {TD}>')]
    story = weave(paras, boxes, p_open='<p style="margin:0 0 14px 0;">')
    writer = (f'<span class="byline" style="color:#7A7A7A">بقلم {esc(a.author)}</span><br>' if a.author else "")
    when = f"نُشرت {WEEKDAYS[d.weekday()]} {ar_date(d)} - {ampm(d)} (بتوقيت مكة المكرمة)"
    teaser_html = []
    for i, o in enumerate(teasers, 1):
        ow = f"{esc(o.author)} | " if o.author else ""
        teaser_html.append(
            f'<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td valign="top" class="mcnTextContent" {TD}>'
            f'<a name="story-{i}"></a><h3 style="font-size:18px;color:#202020;margin:0 0 6px 0">{esc(o.title)}</h3>'
            f'<p style="font-size:12px;color:#999999;margin:0 0 6px 0">{ow}{ar_date(o.published)}</p>'
            f'<p style="margin:0 0 6px 0">{esc(L.first_sentence(o.text))}</p>'
            f'<a href="{esc(site.base + page.url_of(o))}?utm_source=newsletter&amp;utm_medium=email" style="color:#0b5394;font-weight:bold">اقرأ المزيد &larr;</a>'
            f'</td></tr></table><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock"><tr><td style="padding:9px 18px">'
            f'<table border="0" cellpadding="0" cellspacing="0" width="100%" style="border-top:1px solid #EAEAEA;"><tr><td></td></tr></table></td></tr></table>')
    u = f"{num(a, 'u', 10**8, 10**9 - 1):x}"
    html = f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" dir="rtl">
<head>
<!-- NAME: 1 COLUMN -->
<!--[if gte mso 15]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<meta charset="{site.encoding}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(subject)}</title>
<meta property="og:title" content="{esc(subject)}">
<meta property="og:description" content="{esc(preheader)}">
<meta property="og:url" content="https://us11.campaign-archive.com/?u={u}&amp;id={a.key[:10]}">
<style type="text/css">
p{{margin:10px 0;padding:0;}} table{{border-collapse:collapse;}} h1,h2,h3,h4,h5,h6{{display:block;margin:0;padding:0;}}
img,a img{{border:0;height:auto;outline:none;text-decoration:none;}} body,#bodyTable,#bodyCell{{height:100%;margin:0;padding:0;width:100%;}}
.mcnPreviewText{{display:none !important;}} #outlook a{{padding:0;}} .ReadMsgBody{{width:100%;}} .ExternalClass{{width:100%;}}
#bodyCell{{padding:10px;}} .templateContainer{{max-width:600px !important;}}
@media only screen and (max-width: 480px){{ .mcnTextContent{{padding-right:18px !important;padding-left:18px !important;}} }}
</style>
<script type="text/javascript">var w=window; if (w.performance||w.mozPerformance||w.msPerformance||w.webkitPerformance){{var d=document;}}</script>
<style type="text/css">#awesomewrap{{background:#241c15;}} #awesomebar{{font-family:Helvetica;font-size:13px;}} #awesomebar ul li{{display:inline;}}</style>
</head>
<body style="height:100%;margin:0;padding:0;width:100%;background-color:#FAFAFA;">
<div id="awesomewrap"><div id="awesomebar"><div class="wrapper">
<a href="https://mailchimp.com/?utm_source=freemium_newsletter&amp;utm_medium=email&amp;utm_campaign=monkey_rewards" title="Mailchimp - email marketing made easy and fun"><img src="https://cdn-images.mailchimp.com/awesomebar-sprite.png" alt="Mailchimp"></a>
<ul id="awesomebar-menu">
<li><a href="http://eepurl.com/{a.key[:5]}" title="Subscribe">Subscribe</a></li>
<li><a href="https://us11.campaign-archive.com/home/?u={u}&amp;id=5ac2e1" title="Past Issues">Past Issues</a></li>
<li class="translate"><a href="#" title="Translate">Translate</a> <select><option>English</option><option>Français</option><option>Español</option></select></li>
<li><a href="https://us11.campaign-archive.com/feed?u={u}&amp;id=5ac2e1" title="RSS">RSS</a></li>
</ul></div></div></div>
<!--*|IF:MC_PREVIEW_TEXT|*-->
<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">{esc(preheader)}</span><!--<![endif]-->
<!--*|END:IF|*-->
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable">
<tr><td align="center" valign="top" id="bodyCell">
<!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;"><tr><td align="center" valign="top" width="600" style="width:600px;"><![endif]-->
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
<tr><td valign="top" id="templatePreheader">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;color:#656565;font-size:12px;text-align:center;">
<a href="https://us11.campaign-archive.com/?u={u}&amp;id={a.key[:10]}" target="_blank" style="color:#656565">عرض هذه الرسالة في المتصفح</a>
</td></tr></table>
</td></tr>
<tr><td valign="top" id="templateHeader" style="background-color:#FFFFFF;border-bottom:3px solid #c0392b;">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"><tr><td valign="top" style="padding:9px;text-align:center">
<img align="center" alt="{esc(site.name)}" src="https://mcusercontent.com/{u}/images/logo-{site.id}.png" width="220" style="max-width:440px;padding-bottom:0;display:inline !important;vertical-align:bottom;" class="mcnImage">
</td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td valign="top" class="mcnTextContent" style="padding:0 18px 9px;text-align:center;color:#202020;font-family:Tahoma;">
<h1 style="font-size:22px;margin:0">{esc(brief)}</h1>
<div style="font-size:13px;color:#888888">العدد {east(issue)} — {WEEKDAYS[send.weekday()]} {east(ar_date(send))}</div>
</td></tr></table>
</td></tr>
<tr><td valign="top" id="templateBody" style="background-color:#FFFFFF;">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td valign="top" class="mcnTextContent" {TD}>
<p>صباح الخير،</p>
<p>إليكم أبرز ما نشرناه أمس، مع قصة اليوم كاملة. إن وصلتكم هذه الرسالة من صديق، يمكنكم <a href="http://eepurl.com/{a.key[:5]}">الاشتراك من هنا</a>.</p>
<p style="font-size:13px;color:#7A7A7A">أعدّ الموجز: {esc(editor)}</p>
<p style="margin-bottom:4px"><strong>في هذا العدد:</strong></p>
<ol style="margin-top:0">{toc}</ol>
</td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock"><tr><td style="padding:18px"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="border-top:2px solid #EAEAEA;"><tr><td></td></tr></table></td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td valign="top" class="mcnTextContent" {TD}>
<a name="story-0"></a>
<span style="display:inline-block;background:#c0392b;color:#FFFFFF;font-size:12px;padding:2px 8px;">قصة اليوم</span>
<h2 class="null" style="font-size:24px;line-height:140%;color:#202020;margin:10px 0 8px 0">{esc(a.title)}</h2>
<p style="font-size:13px;line-height:150%;margin:0 0 10px 0">{writer}<span style="color:#7A7A7A">{when}</span></p>
</td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnCaptionBlock"><tr><td class="mcnCaptionBlockInner" valign="top" style="padding:9px;">
<img alt="" src="https://mcusercontent.com/{u}/images/{a.key}.jpg" width="564" style="max-width:1200px;" class="mcnImage">
<div class="mcnTextContent" style="font-size:12px;color:#999999;text-align:center;padding-top:4px">صورة أرشيفية</div>
</td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td valign="top" class="mcnTextContent" {TD}>
{story}
</td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock"><tr><td style="padding:0 18px 18px;" valign="top" align="center">
<table border="0" cellpadding="0" cellspacing="0" style="border-collapse:separate !important;border-radius:3px;background-color:#c0392b;"><tr><td align="center" valign="middle" style="font-family:Tahoma;font-size:16px;padding:12px 20px;">
<a title="اقرأ القصة كاملة على موقعنا" href="{esc(page.canonical)}?utm_source=newsletter&amp;utm_medium=email" target="_blank" style="font-weight:bold;color:#FFFFFF;text-decoration:none;">اقرأ القصة كاملة على موقعنا</a>
</td></tr></table></td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td valign="top" class="mcnTextContent" {TD}>
<h2 style="font-size:20px;color:#c0392b;margin:0">أخبار أخرى</h2>
</td></tr></table>
{''.join(teaser_html)}
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnBoxedTextBlock"><tr><td valign="top" style="padding:9px 18px;">
<table border="0" cellspacing="0" width="100%" style="background-color:#EAF2FB;"><tr><td class="mcnTextContent" style="padding:14px;font-family:Tahoma;font-size:14px;text-align:center;color:#202020">
<strong>الطقس اليوم</strong><br>الرياض 44° | جدة 38° | الدمام 46° | أبها 27°
</td></tr></table></td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td valign="top" class="mcnTextContent" {TD}>
<p>إلى اللقاء في موجز الغد،<br>{esc(editor)}<br><span style="font-size:12px;color:#999999">{editor_role} - {esc(site.name)}</span></p>
</td></tr></table>
</td></tr>
<tr><td valign="top" id="templateFooter" style="background-color:#FAFAFA;border-top:0;">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowBlock"><tr><td align="center" valign="top" style="padding:9px;font-size:12px;">
شارك هذه النشرة: <a href="https://twitter.com/intent/tweet?text={esc(brief)}">تويتر</a> | <a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a> | <a href="https://us11.forward-to-friend.com/forward?u={u}">أرسلها لصديق</a>
</td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;color:#656565;font-family:Helvetica;font-size:12px;line-height:150%;text-align:center;">
<em>Copyright © 2015 {esc(site.name)}, All rights reserved.</em><br>
وصلتك هذه الرسالة لأنك اشتركت في {esc(brief)} عبر موقعنا.<br><br>
<strong>عنواننا البريدي:</strong><br>{esc(site.name)}<br>ص.ب 851<br>الرياض 11421<br>Saudi Arabia<br><br>
<a href="https://us11.list-manage.com/vcard?u={u}">Add us to your address book</a><br><br>
هل تريد تغيير طريقة استلامك لهذه الرسائل؟<br>
يمكنك <a href="https://us11.list-manage.com/profile?u={u}" style="color:#656565">تحديث تفضيلاتك</a> أو <a href="https://us11.list-manage.com/unsubscribe?u={u}" style="color:#656565">إلغاء الاشتراك</a>.<br><br>
<a href="http://www.mailchimp.com/email-referral/?utm_source=freemium_newsletter"><img src="https://cdn-images.mailchimp.com/monkey_rewards/MC_MonkeyReward_15.png" border="0" alt="Email Marketing Powered by Mailchimp" title="Mailchimp Email Marketing" width="139" height="54"></a>
</td></tr></table>
</td></tr>
</table>
<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->
</td></tr>
</table>
</center>
<script src="https://us11.campaign-archive.com/js/archivebar-desktop.js"></script>
</body>
</html>"""
    return finish(page, html)


LAYOUTS = {
    "b12_1": layout_b12_1,
    "b12_2": layout_b12_2,
    "b12_3": layout_b12_3,
    "b12_4": layout_b12_4,
    "b12_5": layout_b12_5,
}
