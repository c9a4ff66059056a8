"""Blind test layouts (set 20) for newsfarm (--extra-layouts): five article
templates modelled on mainstream, high-traffic kinds of Arabic news sites
that no earlier layout file imitates, written without reading Khabar's
extractor. Each prints the whole page a reader gets: top bar, header and
menus, tickers, the article, the boxes sites put inside the text, and the
lists, comments, sidebars and footer around it.

  b20_1  QATARI NETWORK's news site (Al-Jazeera-Net-like) on a React SSR
         front end over a headless WordPress (BEM classes, a
         window.__APOLLO_STATE__ cache, OneTrust cookie banner, skip link,
         «البث المباشر» button, «عاجل» banner). Under the headline an
         article-info block: the writer as a link in
         span.article-author-name (only with an author), the DAY ONLY as
         «9/8/2015» (d/m/yyyy, with a screen-reader «نشر في»), and a LATER
         «آخر تحديث: 9/8/2015 03:55 م (بتوقيت مكة المكرمة)» (decoy: the
         update, not the publication). The minute of publication only in
         JSON-LD (datePublished UTC «…T11:32:07Z») and in the Apollo cache
         as WordPress's «date» (local, no offset) and «date_gmt». In the
         text a «اقرأ أيضا» more-on list with screen-reader «قائمة 1 من
         4 … نهاية القائمة» items, an ad container, an inline picture
         with caption and «(الجزيرة)»-style credit and an embedded tweet
         with its own date; after it «المصدر : <short> + وكالات», topics,
         share, newsletter prompt in prose, «المزيد من» cards with d/m
         dates, most-read, footer. Doha = Mecca = Riyadh clock (UTC+3).
  b20_2  ABU DHABI news channel site (Sky-News-Arabia-like) on ANGULAR
         Universal: <app-root ng-version>, custom elements, _ngcontent-*
         attributes and <!----> anchors everywhere; the server TRANSFER
         STATE in <script id="serverApp-state" type="application/json">
         with Angular's &q; / &l; / &g; / &a; escaping (publishedDate in UTC
         «Z», the body again as HTML). UAE time = UTC+4, one hour AHEAD of
         Riyadh (the day can roll forward): UAE weather strip, «عاجل» bar
         with UAE clocks; section, headline, a byline row «<span
         class="byline-author">name</span> - <span>short</span>» (pages
         without an author print «أبوظبي - short», a place, not a name),
         «نشر في: 09 أغسطس 2015 - 15:32 بتوقيت أبوظبي»;
         article:published_time and JSON-LD in +04:00. A hero picture
         «صورة أرشيفية»; in the text an «اقرأ أيضاً» card, a VIDEO card
         of another story with duration and an ad; after it «مواضيع»
         tags, share counts, related cards with UAE times, «شاهد أيضاً»
         videos, most-read, footer. One site is windows-1256.
  b20_3  LONDON pan-Arab site on DRUPAL 9 (Independent-Arabia-like):
         Generator meta «Drupal 9», drupal-settings-json, field--name-*
         markup, a network bar (Independent English / Türkçe / فارسی /
         اردو, NCRs where the charset lacks letters), «الأكثر تداولاً»
         bar. Section kicker, a «ترجمات» pill on TRANSLATED pieces (~40%),
         headline, a «ملخص» summary box that REPEATS the first sentence
         (stories of 4+ paragraphs), hero picture with caption and credit;
         an author card (photo, the name alone in an <a>, the role
         «صحافي»/«كاتب»…, a Twitter handle) only with an author; the date
         in LONDON time (BST = UTC+1, two hours behind Riyadh, the day
         can roll back) «الأحد 9 أغسطس 2015 12:32» inside <time
         datetime="…T11:32:07Z">; article:published_time and JSON-LD in
         +01:00. In the text an «اقرأ المزيد» link list, an in-read ad
         and a second picture; after the text on translated pieces a
         translator field «ترجمة» + ANOTHER name (also on authorless
         pages: a translator is not the author) and «© The Independent»;
         «المزيد عن:» tags, share, «المزيد من» cards with their WRITERS'
         names, newsletter, most-read, footer. One site is windows-1256.
  b20_4  US-government Arabic TV channel's site (Alhurra-like) on the
         PANGEA CMS (RFE/RL/MBN platform: pg-article body class, wsw
         article body, wsw__embed boxes, media-block markup, c-mmp media
         player strings). Replaces the suggested Moroccan portal, which
         blind4's b4_5 already imitates. Under the headline the Pangea
         publishing-details: the credit as a link in links__list (only
         with an author), then <time pubdate datetime="2015-08-09
         11:32:07Z"> (Pangea's SPACE-separated UTC form) showing
         «أغسطس 09, 2015» (month-first, zero-padded, WASHINGTON day = EDT
         UTC-4, so the day rolls back for stories published before 07:00
         Riyadh); JSON-LD datePublished in the same space-separated «Z»
         form. In the text a «اقرأ أيضاً» related embed, a video embed with
         the Pangea player's strings and duration, and the closing
         «المصدر: <short> / وكالات» as the LAST <p> of the body; after it
         share, «ذات صلة», most-read, programme schedule in ET, footer.
  b20_5  LEBANESE online news portal (Elnashra / Lebanon24-like), BEIRUT
         time (UTC+3 in August 2015, the Riyadh wall clock): top bar with
         the Levantine-month day «الأحد 9 آب 2015», Beirut weather, the
         dollar at 1507.5 ل.ل, an ad-free-subscription prompt; red «عاجل»
         bar with Beirut clocks. Section and a «خاص» badge (only with an
         author), headline, the name alone in span.writer (only with an
         author), «الأحد 09 آب 2015 الساعة 14:32 بتوقيت بيروت», a photos
         counter; the minute with offset only in microdata <meta
         itemprop="datePublished" content="…+03:00">. The text in CKEditor
         paragraphs with inline justify styles and empty &nbsp; spacers; an
         «إقرأ أيضاً» list, an «Advertisement» slot, a photo-album strip
         and a Telegram prose prompt inside it; after it «المصدر: …»
         (خاص on authored pieces, the national agency otherwise), tags,
         share, related with Levantine dates, readers' comments in
         Lebanese dialect with names and Beirut dates, sidebars of
         latest news with clocks, most-read, «مقدمات نشرات الأخبار
         المسائية» (TV stations' evening-bulletin intros in prose),
         «أسرار الصحف» prose items, fuel prices table, Beirut footer.

Pages whose article has no author print no byline. The author string is
printed whole, exactly as the corpus gives it, as the only text of its
element. Gold times are Asia/Riyadh (+03:00); b20_1 (Doha/Mecca) and b20_5
(Beirut) show the Riyadh wall clock; b20_1 carries UTC in JSON-LD; b20_2
prints Abu Dhabi time (+04:00) and says so; b20_3 prints London BST
(+01:00) with UTC in <time> and +01:00 in its metadata; b20_4 shows the
Washington (EDT, UTC-4) day and UTC in its metadata. The conversions are
exact. On windows-1256 sites, characters the charset lacks are written as
numeric character references (\\u escapes inside scripts).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts internal/extract/testdata/blind20_layouts.py \\
      --layouts b20_1,b20_2,b20_3,b20_4,b20_5 --out /work/blind20/pages
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


def utc_z(d, sep="T"):
    return shift(d, -3).strftime(f"%Y-%m-%d{sep}%H:%M:%S") + "Z"


def ampm(d, am="ص", pm="م", pad=False):
    h = d.hour % 12 or 12
    return (f"{h:02d}" if pad else f"{h}") + f":{d.minute:02d} {am if d.hour < 12 else pm}"


def short(text, n=12):
    w = text.split()
    return " ".join(w[:n]) + ("..." if len(w) > n else "")


def weave(blocks, boxes):
    """Blocks with boxes after block `at` (boxes past the end go after the last block)."""
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


def paras(a):
    return L.paragraphs(a.text)


def tags_of(a):
    return L.tags_for(a)


# --- b20_1: Qatari network, React SSR over headless WordPress ------------------------------------

AJ_NAV = [("news", "الأخبار"), ("politics", "سياسة"), ("ebusiness", "اقتصاد"), ("sport", "رياضة"),
          ("tech", "تكنولوجيا"), ("health", "صحة"), ("culture", "ثقافة"), ("blogs", "مدونات"),
          ("opinions", "آراء"), ("misc", "منوعات"), ("programs", "برامج"), ("podcasts", "بودكاست"),
          ("documentaries", "وثائقيات")]
AJ_SECTIONS = ["سياسة", "اقتصاد", "الأخبار", "منوعات", "تقارير وحوارات"]
AJ_CREDITS = ["(الجزيرة)", "(رويترز)", "(الفرنسية)", "(أسوشيتد برس)", "(الأناضول)", "(غيتي)"]
AJ_CAPTIONS = ["جانب من الاجتماع الذي عقد في وقت سابق", "مشهد عام من موقع الحدث",
               "مسؤولون خلال مؤتمر صحفي سابق", "صورة من الأرشيف لموقع المشروع",
               "مواطنون في أحد الأسواق الشعبية"]


def aj_day(t):
    return f"{t.day}/{t.month}/{t.year}"


def layout_b20_1(page):
    """Al-Jazeera-Net-like: React SSR, day-only «9/8/2015», later «آخر تحديث» in Mecca time,
    the minute in JSON-LD (UTC) and the Apollo cache (WordPress date / date_gmt)."""
    a, site = page.article, page.site
    d = a.published
    pid = 300000 + a.n * 7
    sec = pick(a, "sec", AJ_SECTIONS)
    ps = paras(a)
    blocks = [f"<p>{esc(p)}</p>" for p in ps]
    more = page.others("read_also", 4)
    boxes = []
    if more:
        k = len(more)
        lis = "".join(f'<li class="more-on__item"><span class="screen-reader-text">قائمة {i + 1} من {k}</span>'
                      f'<a class="more-on__link" href="{esc(page.url_of(o))}"><span>{esc(o.title)}</span></a></li>'
                      for i, o in enumerate(more))
        boxes.append((1, f'<div class="more-on more-on--inline"><h2 class="more-on__title">اقرأ أيضا</h2>'
                         f'<ul class="more-on__list">{lis}</ul><span class="screen-reader-text">نهاية القائمة</span></div>'))
    boxes.append((2, '<div class="advertisement advertisement--inline"><span class="advertisement__label">إعلان</span>'
                     f'<div id="dfp-ad-mid_{a.key[:6]}" class="ad-container"></div></div>'))
    credit = pick(a, "cr", AJ_CREDITS)
    boxes.append((3, f'<figure class="article-inline-image"><img src="/wp-content/uploads/2015/08/{a.key}-2.jpg?w=770" alt="">'
                     f'<figcaption class="article-inline-image__caption">{pick(a, "cap", AJ_CAPTIONS)} {credit}</figcaption></figure>'))
    tw = page.others("tweet", 1)
    if tw and len(ps) > 5:
        tt = d - dt.timedelta(minutes=num(a, "tw", 20, 400))
        boxes.append((5, f'<div class="article-embed article-embed--twitter"><blockquote class="twitter-tweet" data-lang="ar">'
                         f'<p lang="ar" dir="rtl">{esc(short(tw[0].title, 14))}</p>— غرفة الأخبار (@NewsRoom_Ar) '
                         f'<a href="https://twitter.com/NewsRoom_Ar/status/6{num(a, "tid", 10**8, 10**9)}">{tt.day} {MONTHS[tt.month - 1]}، {tt.year}</a>'
                         '</blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div>'))
    body = weave(blocks, boxes)
    upd = d + dt.timedelta(minutes=num(a, "upd", 12, 260))
    author_html = ""
    if a.author:
        author_html = (f'<div class="article-author"><span class="article-author-name">'
                       f'<a class="author-link" href="/author/{num(a, "aid", 1000, 9999)}">{esc(a.author)}</a></span></div>')
    nav = "".join(f'<li class="menu__item"><a class="menu__link" href="/{s}/">{n}</a></li>' for s, n in AJ_NAV)
    breaking = page.others("ticker", 1)
    breaking_html = (f'<div class="breaking-news-banner" role="alert"><span class="breaking-news-banner__label">عاجل</span>'
                     f'<a href="{esc(page.url_of(breaking[0]))}">{esc(breaking[0].title)}</a>'
                     '<button class="breaking-news-banner__close" aria-label="إغلاق">×</button></div>') if breaking else ""
    cards = "".join(f'<article class="gc gc--type-post"><div class="gc__image-wrap"><img src="/wp-content/uploads/2015/08/{o.key}.jpg?w=300" alt=""></div>'
                    f'<div class="gc__content"><h3 class="gc__title"><a href="{esc(page.url_of(o))}"><span>{esc(o.title)}</span></a></h3>'
                    f'<div class="gc__date"><span class="screen-reader-text">نشر في </span><span aria-hidden="true">{aj_day(o.published)}</span></div></div></article>'
                    for o in page.others("similar", 4))
    popular = "".join(f'<li class="trending-articles__item"><span class="trending-articles__number">{i + 1}</span>'
                      f'<a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for i, o in enumerate(page.others("popular", 5)))
    topics = " ".join(f'<a class="topics__link" href="/tag/{esc(t)}/">{esc(t)}</a>' for t in tags_of(a)[:4])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical},
          "image": {"@type": "ImageObject", "url": f"{site.base}/wp-content/uploads/2015/08/{a.key}.jpg", "width": 1920, "height": 1440},
          "datePublished": utc_z(d), "dateModified": utc_z(upd),
          "publisher": {"@type": "Organization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/images/logo-ar.png"}},
          "articleSection": sec, "inLanguage": "ar"}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author, "url": f"{site.base}/author/{num(a, 'aid', 1000, 9999)}"}
    apollo = {
        f"Post:{pid}": {"__typename": "Post", "id": pid, "title": a.title, "link": page.canonical,
                        "date": d.strftime("%Y-%m-%dT%H:%M:%S"), "date_gmt": shift(d, -3).strftime("%Y-%m-%dT%H:%M:%S"),
                        "modified_gmt": shift(upd, -3).strftime("%Y-%m-%dT%H:%M:%S"),
                        "excerpt": L.first_sentence(a.text), "primaryCategory": {"__ref": f"Category:{num(a, 'cat', 10, 99)}"},
                        "author": [{"__ref": f"Author:{num(a, 'aid', 1000, 9999)}"}] if a.author else [],
                        "sourceTaxonomy": site.short + " + وكالات", "featuredImage": {"__ref": f"MediaItem:{pid + 1}"}},
        f"Category:{num(a, 'cat', 10, 99)}": {"__typename": "Category", "name": sec},
        "ROOT_QUERY": {"__typename": "Query", f'article({{"postType":"post","name":"{a.n}"}})': {"__ref": f"Post:{pid}"}},
    }
    if a.author:
        apollo[f"Author:{num(a, 'aid', 1000, 9999)}"] = {"__typename": "Author", "name": a.author}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(a.title)} | {esc(sec)} | {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/wp-content/uploads/2015/08/{a.key}.jpg?resize=1920%2C1440">
<meta property="og:site_name" content="{esc(site.name)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@NewsNet_Ar">
<meta name="pageType" content="post">
<meta name="postID" content="{pid}">
<meta name="primaryTopic" content="{esc(sec)}">
{ldjson(ld)}
<link rel="preload" href="/static/fonts/Al-Jazeera-Arabic-Regular.woff2" as="font" crossorigin="">
<link rel="stylesheet" href="/static/css/main.4f2a1c9e.css">
</head>
<body class="ltr-rtl-ar">
<div id="__next-root"><div class="site-container" data-reactroot="">
<a class="skip-link" href="#main-content-area">تخطي إلى المحتوى</a>
<div id="onetrust-banner-sdk" class="otFlat" role="dialog"><div class="ot-sdk-container"><p id="onetrust-policy-text">نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا، ولتخصيص المحتوى والإعلانات، ولتحليل حركة الزوار. يمكنك قبول جميع ملفات تعريف الارتباط أو إدارة تفضيلاتك في أي وقت.</p>
<button id="onetrust-accept-btn-handler">قبول الكل</button> <button id="onetrust-pc-btn-handler">إدارة التفضيلات</button></div></div>
<header class="site-header"><div class="site-header__logo"><a href="/"><img src="/images/logo-ar.svg" alt="{esc(site.name)}"></a></div>
<nav class="site-header__navigation" aria-label="القائمة الرئيسية"><ul class="menu header-menu">{nav}</ul></nav>
<div class="site-header__live-menu"><a class="live-button" href="/live/"><span class="live-button__dot"></span>البث المباشر</a></div>
<button class="site-header__search-trigger" aria-label="بحث">بحث</button></header>
{breaking_html}
<div class="container container--white">
<main id="main-content-area" class="l-col l-col--8">
<div class="article-header-wrapper"><header class="article-header">
<div class="topics"><a class="topics__link topics__link--primary" href="/politics/">{esc(sec)}</a></div>
<h1>{esc(a.title)}</h1>
</header>
<div class="article-info-block">
{author_html}
<div class="article-dates"><div class="date-simple"><span class="screen-reader-text">نشر في </span><span aria-hidden="true">{aj_day(d)}</span></div>
<div class="date-relative"><span class="date-relative__last-updated">آخر تحديث: {aj_day(upd)} {ampm(upd, pad=True)} (بتوقيت مكة المكرمة)</span></div></div>
<div class="article-info-block__share"><ul class="social-share"><li><a href="https://www.facebook.com/sharer.php">فيسبوك</a></li><li><a href="https://twitter.com/intent/tweet">تويتر</a></li><li><a href="whatsapp://send">واتساب</a></li><li><button class="social-share__copy">نسخ الرابط</button></li></ul></div>
</div></div>
<figure class="article-featured-image"><div class="responsive-image"><img src="/wp-content/uploads/2015/08/{a.key}.jpg?resize=770%2C513" alt=""></div>
<figcaption>{esc(short(a.title, 8))} {pick(a, "cr0", AJ_CREDITS)}</figcaption></figure>
<div class="wysiwyg wysiwyg--all-content">
{body}
</div>
<p class="article-source">المصدر : {esc(site.short)} + وكالات</p>
<div class="topics topics--article-bottom"><h2 class="topics__title">مواضيع ذات صلة</h2>{topics}</div>
<div class="newsletter-inline"><h3 class="newsletter-inline__title">النشرة البريدية</h3>
<p>اشترك في النشرة البريدية لتصلك أهم الأخبار والتقارير والتحليلات يوميا، ويمكنك إلغاء الاشتراك في أي وقت.</p>
<form class="newsletter-inline__form"><input type="email" placeholder="البريد الإلكتروني"><button>اشترك الآن</button></form>
<p class="newsletter-inline__legal">باشتراكك في النشرة البريدية، فإنك توافق على سياسة الخصوصية المعمول بها لدى الشبكة.</p></div>
<section class="more-from-section"><h2 class="section-title">المزيد من {esc(sec)}</h2><div class="more-from-section__cards">{cards}</div></section>
</main>
<aside class="l-col l-col--4 sidebar"><div class="trending-articles"><h2 class="trending-articles__title">الأكثر قراءة</h2><ol class="trending-articles__list">{popular}</ol></div>
<div class="advertisement advertisement--sidebar"><span class="advertisement__label">إعلان</span><div id="dfp-ad-sidebar" class="ad-container"></div></div></aside>
</div>
<footer class="site-footer"><div class="site-footer__social"><span>تابع {esc(site.name)} على:</span> <a href="https://facebook.com/">فيسبوك</a> <a href="https://twitter.com/">تويتر</a> <a href="https://instagram.com/">إنستغرام</a> <a href="https://youtube.com/">يوتيوب</a></div>
<ul class="site-footer__links"><li><a href="/about/">من نحن</a></li><li><a href="/code-of-ethics/">مدونة السلوك</a></li><li><a href="/terms/">شروط الاستخدام</a></li><li><a href="/privacy/">سياسة الخصوصية</a></li><li><a href="/cookie-policy/">سياسة ملفات تعريف الارتباط</a></li><li><a href="/advertise/">أعلن معنا</a></li><li><a href="/contact/">اتصل بنا</a></li></ul>
<p class="site-footer__copyright">© 2015 {esc(site.name)}</p></footer>
</div></div>
<script>window.__APOLLO_STATE__={jdump(apollo)};</script>
<script src="/static/js/runtime.8c1e.js" defer></script><script src="/static/js/main.4f2a1c9e.js" defer></script>
</body></html>"""
    return finish(out, page)


# --- b20_2: Abu Dhabi channel on Angular Universal -------------------------------------------

SKY_NAV = [("middle-east", "الشرق الأوسط"), ("world", "العالم"), ("business", "اقتصاد"), ("sport", "رياضة"),
           ("technology", "تكنولوجيا"), ("varieties", "منوعات"), ("health", "صحة"), ("culture", "ثقافة وفن"),
           ("video", "فيديو"), ("programs", "برامج"), ("reports", "تقارير"), ("infographic", "إنفوغراف")]
SKY_SECTIONS = ["الشرق الأوسط", "الخليج", "اقتصاد", "منوعات", "العالم"]
SKY_WEATHER = [("أبوظبي", 41, 44), ("دبي", 39, 43), ("الشارقة", 38, 42), ("العين", 43, 46)]


def ng(attrs="", c="sc12"):
    return f'_ngcontent-{c}=""' + (" " + attrs if attrs else "")


def sky_time(t):
    return f"{t.day:02d} {MONTHS[t.month - 1]} {t.year} - {t:%H:%M}"


def ng_state(obj):
    s = json.dumps(obj, ensure_ascii=False)
    for k, v in (("&", "&a;"), ('"', "&q;"), ("'", "&s;"), ("<", "&l;"), (">", "&g;")):
        s = s.replace(k, v)
    return s


def layout_b20_2(page):
    """Sky-News-Arabia-like Abu Dhabi channel on Angular Universal: UAE time (+04:00) with
    «بتوقيت أبوظبي», byline row «name - short» (or «أبوظبي - short»), TransferState JSON."""
    a, site = page.article, page.site
    d = a.published
    uae = shift(d, 1)
    aid = 1_400_000 + a.n * 3
    sec = pick(a, "sec", SKY_SECTIONS)
    ps = paras(a)
    blocks = [f'<p {ng()}>{esc(p)}</p>' for p in ps]
    boxes = []
    ra = page.others("read_also", 1)
    if ra:
        o = ra[0]
        boxes.append((1, f'<app-related-inline {ng(c="sc12")} _nghost-sc31=""><div _ngcontent-sc31="" class="related-inline">'
                         f'<span _ngcontent-sc31="" class="related-inline__label">اقرأ أيضاً</span>'
                         f'<a _ngcontent-sc31="" href="{esc(page.url_of(o))}"><img _ngcontent-sc31="" src="/images/v1/{o.key}/200x112.jpg" alt="">'
                         f'<h4 _ngcontent-sc31="">{esc(o.title)}</h4></a></div></app-related-inline>'))
    vid = page.others("video", 1)
    if vid:
        o = vid[0]
        boxes.append((3, f'<app-video-inline {ng()} _nghost-sc33=""><div _ngcontent-sc33="" class="video-inline">'
                         f'<a _ngcontent-sc33="" href="/video/{o.n}"><div _ngcontent-sc33="" class="video-inline__thumb"><img _ngcontent-sc33="" src="/images/v1/{o.key}/400x225.jpg" alt="">'
                         f'<span _ngcontent-sc33="" class="video-inline__play"></span><span _ngcontent-sc33="" class="video-inline__duration">{num(o, "vm", 1, 4):02d}:{num(o, "vs", 0, 59):02d}</span></div>'
                         f'<span _ngcontent-sc33="" class="video-inline__label">فيديو</span><h4 _ngcontent-sc33="">{esc(o.title)}</h4></a></div></app-video-inline>'))
    boxes.append((2, f'<div {ng()} class="ad-slot ad-slot--in-article"><span {ng()} class="ad-slot__label">إعلان</span>'
                     f'<div {ng()} id="div-gpt-ad-article-{a.key[:5]}"></div></div><!---->'))
    body = weave(blocks, boxes)
    if a.author:
        src = "" if site.short in a.author else f' - <span {ng()} class="byline-source">{esc(site.short)}</span>'
        byline = (f'<div {ng()} class="article-byline"><span {ng()} class="byline-author">{esc(a.author)}</span>'
                  f'{src}</div>')
    else:
        byline = (f'<div {ng()} class="article-byline"><span {ng()} class="byline-location">أبوظبي</span>'
                  f' - <span {ng()} class="byline-source">{esc(site.short)}</span></div>')
    upd = d + dt.timedelta(minutes=num(a, "upd", 4, 90))
    nav = "".join(f'<li _ngcontent-sc3="" class="nav-item"><a _ngcontent-sc3="" routerlinkactive="active" href="/{s}">{n}</a></li><!---->'
                  for s, n in SKY_NAV)
    weather = " ".join(f'<span _ngcontent-sc2="" class="weather-city">{c} {num(a, "w" + c, lo, hi)}°</span>' for c, lo, hi in SKY_WEATHER)
    ticker = "".join(f'<li _ngcontent-sc4="" class="breaking-item"><span _ngcontent-sc4="" class="breaking-time">{shift(o.published, 1):%H:%M}</span>'
                     f'<a _ngcontent-sc4="" href="{esc(page.url_of(o))}">{esc(o.title)}</a></li><!---->'
                     for o in page.others("ticker", 5))
    tags = "".join(f'<li _ngcontent-sc14=""><a _ngcontent-sc14="" href="/topic/{esc(t)}">{esc(t)}</a></li><!---->' for t in tags_of(a)[:5])
    related = "".join(f'<app-article-card _ngcontent-sc15="" _nghost-sc16=""><div _ngcontent-sc16="" class="card">'
                      f'<img _ngcontent-sc16="" src="/images/v1/{o.key}/300x169.jpg" alt=""><a _ngcontent-sc16="" href="{esc(page.url_of(o))}">'
                      f'<h3 _ngcontent-sc16="">{esc(o.title)}</h3></a><span _ngcontent-sc16="" class="card-time">{sky_time(shift(o.published, 1))}</span></div></app-article-card><!---->'
                      for o in page.others("similar", 4))
    videos = "".join(f'<li _ngcontent-sc17=""><a _ngcontent-sc17="" href="/video/{o.n}"><img _ngcontent-sc17="" src="/images/v1/{o.key}/200x112.jpg" alt="">'
                     f'<span _ngcontent-sc17="" class="duration">{num(o, "dm", 1, 6):02d}:{num(o, "ds", 0, 59):02d}</span><h4 _ngcontent-sc17="">{esc(o.title)}</h4></a></li><!---->'
                     for o in page.others("videos", 4))
    popular = "".join(f'<li _ngcontent-sc18=""><span _ngcontent-sc18="" class="rank">{i + 1}</span><a _ngcontent-sc18="" href="{esc(page.url_of(o))}">{esc(o.title)}</a></li><!---->'
                      for i, o in enumerate(page.others("popular", 5)))
    shares = num(a, "sh", 12, 4800)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical}, "headline": a.title,
          "image": {"@type": "ImageObject", "url": f"{site.base}/images/v1/{a.key}/1200x675.jpg", "height": 675, "width": 1200},
          "datePublished": iso_off(d, 4), "dateModified": iso_off(upd, 4),
          "publisher": {"@type": "Organization", "name": site.name, "logo": {"@type": "ImageObject", "url": f"{site.base}/assets/logo.png"}},
          "description": L.first_sentence(a.text), "articleSection": sec}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    else:
        ld["author"] = {"@type": "Organization", "name": site.name}
    state = {f"article-{aid}": {"id": aid, "headline": a.title, "urlFriendlySuffix": short(a.title, 6).replace(" ", "-"),
                                "publishedDate": utc_z(d), "lastModifiedDate": utc_z(upd),
                                "summary": L.first_sentence(a.text),
                                "body": "".join(f"<p>{esc(p)}</p>" for p in ps),
                                "section": {"name": sec}, "byline": a.author or None,
                                "location": None if a.author else "أبوظبي",
                                "mediaAsset": {"type": "IMAGE", "caption": "صورة أرشيفية", "url": f"/images/v1/{a.key}/1200x675.jpg"},
                                "tags": [{"name": t} for t in tags_of(a)[:5]]},
             "breaking-news": [{"headline": o.title, "date": utc_z(o.published)} for o in page.others("ticker", 2)]}
    out = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>
<meta charset="{site.encoding}">
<title>{esc(a.title)} | {esc(site.name)}</title>
<base href="/">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{esc(page.canonical)}">
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/images/v1/{a.key}/1200x675.jpg">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="article:published_time" content="{iso_off(d, 4)}">
<meta property="article:modified_time" content="{iso_off(upd, 4)}">
<meta property="article:section" content="{esc(sec)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@ChannelNewsAr">
{ldjson(ld)}
<link rel="stylesheet" href="styles.9a3f1e0c2b7d.css"><style ng-transition="serverApp">.article-body[_ngcontent-sc12]{{font-size:18px;line-height:1.9}}</style>
</head>
<body>
<app-root _nghost-sc0="" ng-version="8.2.14"><app-header _ngcontent-sc0="" _nghost-sc2=""><div _ngcontent-sc2="" class="top-strip">
<a _ngcontent-sc2="" class="live-btn" href="/live"><i _ngcontent-sc2="" class="live-dot"></i>شاهد البث المباشر</a>
<span _ngcontent-sc2="" class="today">{WEEKDAYS[shift(d, 1).weekday()]} {uae.day} {MONTHS[uae.month - 1]} {uae.year}</span>
<div _ngcontent-sc2="" class="weather">{weather}</div>
<div _ngcontent-sc2="" class="apps"><a _ngcontent-sc2="" href="/apps">حمّل التطبيق</a> <a _ngcontent-sc2="" href="/newsletter">النشرة البريدية</a></div></div>
<div _ngcontent-sc2="" class="header-main"><a _ngcontent-sc2="" class="logo" href="/"><img _ngcontent-sc2="" src="/assets/logo.svg" alt="{esc(site.name)}"></a>
<app-nav _ngcontent-sc2="" _nghost-sc3=""><ul _ngcontent-sc3="" class="main-nav"><li _ngcontent-sc3="" class="nav-item"><a _ngcontent-sc3="" href="/">الرئيسية</a></li>{nav}</ul></app-nav>
<button _ngcontent-sc2="" class="search-btn" aria-label="بحث"></button></div></app-header>
<app-breaking-news _ngcontent-sc0="" _nghost-sc4=""><div _ngcontent-sc4="" class="breaking-bar"><span _ngcontent-sc4="" class="breaking-label">عاجل</span><ul _ngcontent-sc4="">{ticker}</ul></div></app-breaking-news><!---->
<router-outlet _ngcontent-sc0=""></router-outlet><app-article-page _nghost-sc12="">
<div {ng()} class="article-page container"><div {ng()} class="article-main">
<div {ng()} class="article-head"><a {ng()} class="article-section" href="/middle-east">{esc(sec)}</a>
<h1 {ng()} class="article-title">{esc(a.title)}</h1>
{byline}
<div {ng()} class="article-time"><span {ng()} class="time-label">نشر في:</span> <span {ng()} class="time-value">{sky_time(uae)}</span> <span {ng()} class="time-zone">بتوقيت أبوظبي</span></div><!---->
<div {ng()} class="share-top"><a {ng()} href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a><a {ng()} href="https://twitter.com/intent/tweet">تويتر</a><a {ng()} href="whatsapp://send">واتساب</a><a {ng()} href="https://t.me/share/url">تلغرام</a></div></div>
<div {ng()} class="article-image"><img {ng()} src="/images/v1/{a.key}/800x450.jpg" alt="{esc(a.title)}"><p {ng()} class="image-caption">صورة أرشيفية</p></div><!---->
<div {ng()} class="article-body"><div {ng()} class="article-text">
{body}
</div></div>
<app-tags {ng()} _nghost-sc14=""><div _ngcontent-sc14="" class="tags"><h3 _ngcontent-sc14="">مواضيع</h3><ul _ngcontent-sc14="">{tags}</ul></div></app-tags>
<div {ng()} class="share-bottom"><span {ng()} class="share-count">{shares} مشاركة</span><a {ng()} href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a><a {ng()} href="https://twitter.com/intent/tweet">تويتر</a><a {ng()} href="https://www.linkedin.com/shareArticle">لينكدإن</a><a {ng()} href="whatsapp://send">واتساب</a></div>
<app-related _ngcontent-sc12="" _nghost-sc15=""><section _ngcontent-sc15="" class="related"><h2 _ngcontent-sc15="">أخبار ذات صلة</h2>{related}</section></app-related>
<app-video-list _ngcontent-sc12="" _nghost-sc17=""><section _ngcontent-sc17="" class="video-list"><h2 _ngcontent-sc17="">شاهد أيضاً</h2><ul _ngcontent-sc17="">{videos}</ul></section></app-video-list>
</div>
<aside {ng()} class="article-side"><app-most-read _ngcontent-sc12="" _nghost-sc18=""><div _ngcontent-sc18="" class="most-read"><h2 _ngcontent-sc18="">الأكثر قراءة</h2><ol _ngcontent-sc18="">{popular}</ol></div></app-most-read>
<div {ng()} class="ad-slot ad-slot--mpu"><span {ng()} class="ad-slot__label">إعلان</span></div>
<div {ng()} class="program-promo"><h3 {ng()}>برامجنا</h3><p {ng()}>تابعوا النشرات الإخبارية على مدار الساعة، وبرامج التحليل السياسي والاقتصادي التي تقدم قراءة معمقة لأبرز أحداث المنطقة والعالم، مباشرة عبر شاشتنا وتطبيقاتنا الرقمية.</p></div></aside>
</div></app-article-page><!---->
<app-footer _ngcontent-sc0="" _nghost-sc20=""><footer _ngcontent-sc20="" class="footer"><ul _ngcontent-sc20=""><li _ngcontent-sc20=""><a _ngcontent-sc20="" href="/about">من نحن</a></li><li _ngcontent-sc20=""><a _ngcontent-sc20="" href="/contact">اتصل بنا</a></li><li _ngcontent-sc20=""><a _ngcontent-sc20="" href="/terms">شروط الاستخدام</a></li><li _ngcontent-sc20=""><a _ngcontent-sc20="" href="/privacy">سياسة الخصوصية</a></li><li _ngcontent-sc20=""><a _ngcontent-sc20="" href="/frequencies">ترددات القناة</a></li></ul>
<p _ngcontent-sc20="">© 2015 {esc(site.name)}. جميع الحقوق محفوظة</p></footer></app-footer></app-root>
<script id="serverApp-state" type="application/json">{ng_state(state)}</script>
<script src="runtime.26209474bfa8dc87a77c.js" defer></script><script src="main.0c5f8a9d2e3b1f47.js" defer></script>
</body></html>"""
    return finish(out, page)


# --- b20_3: London pan-Arab site on Drupal 9, translated pieces --------------------------------

IA_NETWORK = [("https://www.independent.co.uk", "Independent"), ("https://www.indyturk.com", "Independent Türkçe"),
              ("https://www.independentpersian.com", "ایندیپندنت فارسی"), ("https://www.independenturdu.com", "انڈیپنڈنٹ اردو")]
IA_NAV = ["الأخبار", "سياسة", "اقتصاد", "ثقافة", "رياضة", "منوعات", "آراء", "تحقيقات ومطولات", "صحة", "علوم",
          "سفر", "فيديو", "بودكاست"]
IA_SECTIONS = ["الأخبار", "سياسة", "اقتصاد", "تحقيقات ومطولات", "منوعات"]
IA_ROLES = ["صحافي", "صحافية", "كاتب", "مراسل", "محرر"]
IA_TRANSLATORS = ["مروى العلي", "سمير حداد", "رنا شريف", "ماجد الصالح", "نجلاء عبد الله", "جاد الحاج"]
IA_OTHER_WRITERS = ["طارق الشامي", "إيليا ج. مغناير", "هدى الحسيني", "علي بردى", "منى يسري", "أحمد عبد الحكيم"]
IA_CREDITS = ["(رويترز)", "(أ ف ب)", "(غيتي)", "(أ ب)", "(مواقع التواصل)"]
IA_CAPTIONS = ["يأمل مراقبون أن تسهم الخطوة في تخفيف حدة الأزمة", "مشهد من موقع الحدث في وقت سابق",
               "تواجه الحكومة انتقادات متزايدة في هذا الملف", "جانب من اللقاء الذي جمع الطرفين",
               "الأسواق تترقب نتائج القرار خلال الأشهر المقبلة"]


def ia_date(t):
    return f"{WEEKDAYS[t.weekday()]} {t.day} {MONTHS[t.month - 1]} {t.year} {t:%H:%M}"


def layout_b20_3(page):
    """Independent-Arabia-like Drupal 9 site: London time (BST) visible, UTC in <time>, +01:00
    metadata; author card; «ملخص» repeating the first sentence; translator field on
    translated pieces."""
    a, site = page.article, page.site
    d = a.published
    lon = shift(d, -2)
    nid = 150000 + a.n * 11
    sec = pick(a, "sec", IA_SECTIONS)
    translated = num(a, "tr", 0, 9) < 4
    ps = paras(a)
    blocks = [f"<p>{esc(p)}</p>" for p in ps]
    boxes = []
    more = page.others("read_also", 3)
    if more:
        lis = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in more)
        boxes.append((1, f'<div class="read-more-box"><div class="read-more-title">اقرأ المزيد</div><ul>{lis}</ul></div>'))
    boxes.append((2, '<div class="ad-container ad-inread"><div class="ad-label">إعلان</div>'
                     f'<div id="gpt-inread-{a.key[:6]}"></div></div>'))
    if len(ps) > 4:
        boxes.append((4, f'<figure role="group" class="caption caption-drupal-media"><div class="field field--name-field-media-image">'
                         f'<img src="/sites/default/files/styles/800x450/public/inline/images/2015/08/{a.key}-b.jpg" alt="" loading="lazy"></div>'
                         f'<figcaption>{pick(a, "cap2", IA_CAPTIONS)} {pick(a, "cr2", IA_CREDITS)}</figcaption></figure>'))
    body = weave(blocks, boxes)
    summary = ""
    if len(ps) >= 4:
        summary = (f'<div class="field field--name-field-summary"><div class="summary-label">ملخص</div>'
                   f'<div class="summary-text">{esc(L.first_sentence(a.text))}</div></div>')
    author_card = ""
    if a.author:
        author_card = (f'<div class="author-card"><div class="author-image"><img src="/sites/default/files/styles/author_thumb/public/authors/{num(a, "av", 10, 999)}.jpg" alt=""></div>'
                       f'<div class="author-details"><div class="field field--name-field-author"><a href="/author/{num(a, "aid", 100, 9999)}" hreflang="ar">{esc(a.author)}</a></div>'
                       f'<div class="author-role">{pick(a, "role", IA_ROLES)}</div>'
                       f'<a class="author-twitter" href="https://twitter.com/writer{num(a, "tw", 100, 999)}">@writer{num(a, "tw", 100, 999)}</a></div></div>')
    translator = ""
    if translated:
        translator = (f'<div class="field field--name-field-translator field--label-inline"><div class="field__label">ترجمة</div>'
                      f'<div class="field__item">{pick(a, "tn", IA_TRANSLATORS)}</div></div>'
                      '<p class="source-copyright">© The Independent</p>')
    network = "".join(f'<li><a href="{u}" lang="{"en" if i < 1 else ("tr" if i == 1 else ("fa" if i == 2 else "ur"))}">{n}</a></li>'
                      for i, (u, n) in enumerate(IA_NETWORK))
    nav = "".join(f'<li class="menu-item"><a href="/taxonomy/term/{10 + i}" data-drupal-link-system-path="taxonomy/term/{10 + i}">{n}</a></li>'
                  for i, n in enumerate(IA_NAV))
    trending = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(short(o.title, 8))}</a></li>' for o in page.others("ticker", 4))
    more_cards = "".join(f'<div class="views-row"><div class="card"><img src="/sites/default/files/styles/300x169/public/{o.key}.jpg" alt="">'
                         f'<h3 class="card-title"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></h3>'
                         f'<div class="card-author">{IA_OTHER_WRITERS[(num(a, "ow", 0, 5) + j) % len(IA_OTHER_WRITERS)]}</div></div></div>'
                         for j, o in enumerate(page.others("similar", 4)))
    popular = "".join(f'<div class="views-row"><span class="views-field-counter">{i + 1}</span><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></div>'
                      for i, o in enumerate(page.others("popular", 5)))
    tags = " / ".join(f'<a href="/topics/{esc(t)}" hreflang="ar">{esc(t)}</a>' for t in tags_of(a)[:5])
    ld = {"@context": "https://schema.org", "@graph": [{
        "@type": "NewsArticle", "headline": a.title, "name": a.title, "description": L.first_sentence(a.text),
        "datePublished": iso_off(d, 1), "dateModified": iso_off(d + dt.timedelta(minutes=num(a, "m", 5, 120)), 1),
        "image": {"@type": "ImageObject", "url": f"{site.base}/sites/default/files/styles/1200x675/public/{a.key}.jpg"},
        "publisher": {"@type": "Organization", "name": site.name, "url": site.base + "/"},
        "mainEntityOfPage": page.canonical, "isAccessibleForFree": "True",
        **({"author": {"@type": "Person", "name": a.author}} if a.author else {})}]}
    settings = {"path": {"baseUrl": "/", "scriptPath": None, "pathPrefix": "", "currentPath": f"node/{nid}",
                         "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "ar"},
                "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
                "dataLayer": {"defaultLang": "ar", "languages": {"ar": {"id": "ar", "name": "Arabic", "direction": "rtl"}}},
                "gtm": {"tagId": "GTM-XXXX"}, "user": {"uid": 0, "permissionsHash": a.key * 4}}
    hero_credit = pick(a, "cr", IA_CREDITS)
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/">
<head>
<meta charset="{site.encoding}">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="shortlink" href="{esc(site.base)}/node/{nid}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:image" content="{esc(site.base)}/sites/default/files/styles/1200x675/public/{a.key}.jpg">
<meta property="article:section" content="{esc(sec)}">
<meta property="article:published_time" content="{iso_off(d, 1)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<script type="application/ld+json">{jdump(ld)}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3kR8.css">
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">انتقل إلى المحتوى الرئيسي</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="network-bar"><ul>{network}</ul></div>
<header class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home"><img src="/themes/custom/indy/logo.svg" alt="{esc(site.name)}"></a></div>
<nav role="navigation" id="block-mainnavigation" class="block block-menu navigation menu--main"><ul class="menu">{nav}</ul></nav>
<div class="header-actions"><a href="/search">بحث</a> <a href="/newsletter">النشرة البريدية</a></div></header>
<div class="trending-bar"><span class="trending-label">الأكثر تداولاً</span><ul>{trending}</ul></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<article role="article" about="/node/{nid}" class="node node--type-article node--view-mode-full">
<div class="article-kicker"><div class="field field--name-field-section"><a href="/taxonomy/term/11" hreflang="ar">{esc(sec)}</a></div>{'<span class="translated-pill">ترجمات</span>' if translated else ''}</div>
<h1 class="page-title"><span class="field field--name-title field--type-string">{esc(a.title)}</span></h1>
{summary}
<div class="field field--name-field-image"><figure><img src="/sites/default/files/styles/1368x911/public/images/2015/08/{a.key}.jpg" alt="" loading="lazy">
<figcaption><span class="caption-text">{pick(a, "cap", IA_CAPTIONS)}</span> <span class="caption-credit">{hero_credit}</span></figcaption></figure></div>
<div class="article-meta">
{author_card}
<div class="field field--name-created"><time datetime="{utc_z(d)}">{ia_date(lon)}</time></div>
<div class="share-links"><a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="whatsapp://send">واتساب</a> <a href="mailto:?subject=">البريد</a></div>
</div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
</div>
{translator}
<div class="field field--name-field-tags field--label-inline"><div class="field__label">المزيد عن:</div><div class="field__items">{tags}</div></div>
</div>
</article>
<section class="block block-views more-from"><h2>المزيد من {esc(sec)}</h2><div class="view-content">{more_cards}</div></section>
</div>
<aside class="region region-sidebar"><section class="block most-read"><h2>الأكثر قراءة</h2><div class="view-content">{popular}</div></section>
<section class="block newsletter-block"><h2>النشرة البريدية</h2><p>اشترك في نشرتنا البريدية لتصلك مختارات المحررين وأبرز التحقيقات والمقالات المطولة كل صباح.</p><form><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></form></section>
<div class="ad-container ad-sidebar"><div class="ad-label">إعلان</div></div></aside>
</main>
<footer class="region region-footer"><p>{esc(site.name)} موقع إخباري يقدم الأخبار والتحليلات والتحقيقات والمقالات المترجمة، ويصدر بالتعاون مع شركاء دوليين من غرفة أخبار في لندن.</p>
<ul class="menu"><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/terms">الشروط والأحكام</a></li><li><a href="/careers">وظائف</a></li></ul>
<p>© 2015 {esc(site.name)}. جميع الحقوق محفوظة</p></footer>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{jdump(settings)}</script>
<script src="/sites/default/files/js/js_p3xT9a.js"></script>
</body></html>"""
    return finish(out, page)


# --- b20_4: US-government Arabic channel on the Pangea CMS -----------------------------------

HR_NAV = [("z/2001", "العالم العربي"), ("z/2002", "الولايات المتحدة"), ("z/2003", "العراق"), ("z/2004", "عالم"),
          ("z/2005", "اقتصاد"), ("z/2006", "علوم وتكنولوجيا"), ("z/2007", "صحة"), ("z/2008", "فنون وثقافة"),
          ("z/2009", "رياضة"), ("z/2010", "أصوات"), ("z/2011", "فيديو"), ("z/2012", "برامج")]
HR_SECTIONS = ["العالم العربي", "الخليج", "عالم", "اقتصاد", "الولايات المتحدة"]
HR_SHOWS = [("عاصمة القرار", "10:00"), ("اليوم", "13:00"), ("الحرة الليلة", "18:00"), ("بالعربي", "20:30"),
            ("حديث الخليج", "22:00")]
HR_CAPTIONS = ["صورة أرشيفية", "صورة من الأرشيف", "صورة تعبيرية", "جانب من الحدث - أرشيف"]


def hr_date(t):
    return f"{MONTHS[t.month - 1]} {t.day:02d}, {t.year}"


def layout_b20_4(page):
    """Alhurra-like Pangea CMS page: the credit in links__list, <time pubdate datetime="Y-m-d H:M:SZ">
    with the Washington (EDT) day month-first, «المصدر: …» closing the body."""
    a, site = page.article, page.site
    d = a.published
    et = shift(d, -7)  # Riyadh (UTC+3) -> EDT (UTC-4)
    aid = 280000 + a.n * 13
    sec = pick(a, "sec", HR_SECTIONS)
    ps = paras(a)
    blocks = [f"<p>{esc(p)}</p>" for p in ps]
    boxes = []
    rel = page.others("read_also", 2)
    if rel:
        lis = "".join(f'<li class="col-xs-12 col-sm-12 col-md-12 col-lg-12 mb-grid"><div class="media-block ">'
                      f'<a href="{esc(page.url_of(o))}" class="img-wrap img-wrap--t-spac img-wrap--size-4 img-wrap--float" title="{esc(o.title)}">'
                      f'<div class="thumb thumb16_9"><img src="/Content/responsive/img/{o.key}_w100_r1.jpg" alt=""></div></a>'
                      f'<div class="media-block__content media-block__content--h"><a href="{esc(page.url_of(o))}">'
                      f'<h4 class="media-block__title media-block__title--size-4" title="{esc(o.title)}">{esc(o.title)}</h4></a></div></div></li>'
                      for o in rel)
        boxes.append((1, f'<div class="wsw__embed"><div class="media-block-wrap"><h2 class="section-head">اقرأ أيضاً</h2>'
                         f'<div class="row"><ul>{lis}</ul></div></div></div>'))
    vid = page.others("video", 1)
    if vid and len(ps) > 2:
        o = vid[0]
        dur = f"0:{num(o, 'vm', 1, 5):02d}:{num(o, 'vs', 0, 59):02d}"
        boxes.append((3, f'<div class="wsw__embed"><div class="c-mmp c-mmp--enabled c-mmp--loading c-mmp--video c-mmp--detail c-mmp--has-poster js-player">'
                         f'<div class="c-mmp__poster js-poster"><img src="/Content/responsive/img/{o.key}_w650_r1.jpg" alt="{esc(o.title)}"></div>'
                         f'<div class="c-mmp__fallback-link"><span>لا توجد وسائط متاحة حالياً</span></div>'
                         f'<div class="c-mmp__cpanel"><span class="c-mmp__cpanel-progress-controls-current-time">0:00</span>'
                         f'<span class="c-mmp__cpanel-progress-controls-end-time">{dur}</span><span>0:00</span></div>'
                         f'<div class="c-mmp__overlay"><span class="c-mmp__overlay-title">{esc(o.title)}</span>'
                         f'<a class="c-mmp__download" href="/a/{o.n}.html">تنزيل</a></div></div></div>'))
    blocks_html = weave(blocks, boxes)
    source = f'<p>المصدر: {esc(site.short)} / وكالات</p>'
    author_html = ""
    if a.author:
        author_html = (f'<div class="links"><ul class="links__list"><li class="links__item">'
                       f'<a class="links__item-link" href="/author/{num(a, "aid", 10000, 99999)}.html">{esc(a.author)}</a></li></ul></div>')
    nav = "".join(f'<li class="nav-menu__item"><a class="nav-menu__item-anchor" href="/{s}">{n}</a></li>' for s, n in HR_NAV)
    ticker = "".join(f'<li class="ticker__item"><a href="{esc(page.url_of(o))}"><span>{esc(o.title)}</span></a></li>'
                     for o in page.others("ticker", 4))
    related = "".join(f'<li class="col-xs-12 col-sm-6 col-md-12 col-lg-12 mb-grid"><div class="media-block ">'
                      f'<a href="{esc(page.url_of(o))}" class="img-wrap img-wrap--t-spac img-wrap--size-3"><div class="thumb thumb16_9"><img src="/Content/responsive/img/{o.key}_w160_r1.jpg" alt=""></div></a>'
                      f'<div class="media-block__content"><span class="date">{hr_date(shift(o.published, -7))}</span>'
                      f'<a href="{esc(page.url_of(o))}"><h4 class="media-block__title media-block__title--size-3">{esc(o.title)}</h4></a></div></div></li>'
                      for o in page.others("similar", 4))
    popular = "".join(f'<li class="mb-grid"><div class="media-block "><span class="media-block__number">{i + 1}</span>'
                      f'<a href="{esc(page.url_of(o))}"><h4 class="media-block__title media-block__title--size-4">{esc(o.title)}</h4></a></div></li>'
                      for i, o in enumerate(page.others("popular", 5)))
    shows = "".join(f'<li><span class="time">{t}</span> <span class="show">{n}</span></li>' for n, t in HR_SHOWS)
    upd = d + dt.timedelta(minutes=num(a, "upd", 3, 80))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": page.canonical, "headline": a.title[:110], "description": L.first_sentence(a.text),
          "datePublished": utc_z(d, " "), "dateModified": utc_z(upd, " "),
          "image": {"@type": "ImageObject", "url": f"{site.base}/Content/responsive/img/{a.key}_w1200_r1.jpg"},
          "publisher": {"@type": "NewsMediaOrganization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/Content/responsive/img/logo.png"}}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" class="no-js">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(a.title)}</title>
<meta name="title" content="{esc(a.title)}">
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta name="keywords" content="{esc(sec)}, {esc(', '.join(tags_of(a)[:4]))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/Content/responsive/img/{a.key}_w1200_r1.jpg">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@ArabicTVnews">
<meta name="msapplication-TileColor" content="#ffffff">
<script type="application/ld+json">{jdump(ld)}</script>
<link rel="stylesheet" href="/Content/responsive/MBN/ar-AR/MBN-ar-AR.css?av=0.0.0.0&amp;cb=24">
<script>var analyticsData={{"page_title":"{a.key}","section":"{esc(sec)}","content_type":"article","pub_year":"{et.year}","pub_month":"{et.month:02d}","pub_day":"{et.day:02d}","platform":"Responsive","property_id":"418","short_language":"ar"}};</script>
</head>
<body class="pg-article pg-article--single-column print-no-brand">
<div id="page">
<div class="hdr-20 hdr-20--big"><div class="hdr-20__inner"><div class="hdr-20__max pull-right">
<a class="hdr-20__logo" href="/" title="{esc(site.name)}"><img src="/Content/responsive/MBN/ar-AR/img/logo.svg" alt="{esc(site.name)}"></a></div>
<div class="hdr-20__side-right"><a class="hdr-20__live" href="/live"><span class="ico ico-live"></span>بث مباشر</a> <a href="/schedule">جدول البرامج</a></div>
<nav class="nav-menu"><ul class="nav-menu__list"><li class="nav-menu__item"><a class="nav-menu__item-anchor" href="/">الرئيسية</a></li>{nav}</ul></nav>
<div class="hdr-20__search"><form action="/s"><input name="k" placeholder="بحث"></form></div></div></div>
<div class="ticker ticker--breaking"><span class="ticker__title">أخبار عاجلة</span><ul class="ticker__list">{ticker}</ul></div>
<div id="content">
<div class="container"><div class="row">
<div class="col-xs-12 col-md-10 col-lg-10 pull-right">
<div class="category js-category"><a href="/z/2001">{esc(sec)}</a></div>
<div class="col-title col-xs-12 col-md-10 pull-right"><h1 class="title pg-title">{esc(a.title)}</h1></div>
<div class="col-publishing-details col-xs-12 col-sm-12 col-md-2 pull-left"><div class="publishing-details ">
{author_html}
<div class="published"><span class="date"><time pubdate="pubdate" datetime="{utc_z(d, ' ')}">{hr_date(et)}</time></span></div></div></div>
<div class="col-xs-12"><div class="cover-media"><figure class="media-image js-media-expand"><div class="img-wrap"><div class="thumb thumb16_9">
<img src="/Content/responsive/img/{a.key}_w1023_r1.jpg" alt="{esc(pick(a, 'cap', HR_CAPTIONS))}"></div></div>
<figcaption><span class="caption">{pick(a, "cap", HR_CAPTIONS)}</span></figcaption></figure></div></div>
<div class="col-xs-12 col-sm-12 col-md-12 col-lg-12 pull-right"><div class="links-share-bar"><ul class="share__list">
<li class="share__item"><a href="https://facebook.com/sharer.php" class="btn btn--social btn--fb">فيسبوك</a></li>
<li class="share__item"><a href="https://twitter.com/share" class="btn btn--social btn--tw">تويتر</a></li>
<li class="share__item"><a href="whatsapp://send" class="btn btn--social btn--wa">واتساب</a></li>
<li class="share__item"><a href="mailto:" class="btn btn--social btn--mail">البريد الإلكتروني</a></li>
<li class="share__item"><a href="#print" class="btn btn--social btn--print">طباعة</a></li></ul></div></div>
<div class="body-container"><div class="row"><div class="col-xs-12 col-sm-12 col-md-10 col-lg-10 pull-right">
<div class="row"><div class="col-xs-12 col-sm-12 col-md-12 col-lg-12 pull-right">
<div id="article-content" class="content-floated-wrap fb-quotable">
<div class="wsw">
{blocks_html}
{source}
</div>
</div></div></div>
<ul class="content-tags"><li class="content-tags__item"><span>الكلمات الدلالية:</span></li>{"".join(f'<li class="content-tags__item"><a href="/tag/{esc(t)}.html">{esc(t)}</a></li>' for t in tags_of(a)[:4])}</ul>
</div></div></div>
</div>
<div class="col-xs-12 col-md-2 col-lg-2 pull-left">
<div class="media-block-wrap"><h2 class="section-head">ذات صلة</h2><div class="row"><ul>{related}</ul></div></div>
<div class="media-block-wrap"><h2 class="section-head">الأكثر قراءة</h2><div class="row"><ol>{popular}</ol></div></div>
<div class="schedule-box"><h2 class="section-head">على الشاشة اليوم</h2><p class="schedule-note">المواعيد بتوقيت واشنطن</p><ul>{shows}</ul></div>
</div>
</div></div>
</div>
<footer role="contentinfo"><div class="container"><div class="footer__social"><a href="https://facebook.com/">فيسبوك</a> <a href="https://twitter.com/">تويتر</a> <a href="https://youtube.com/">يوتيوب</a> <a href="https://instagram.com/">إنستغرام</a></div>
<ul class="footer__links"><li><a href="/p/about.html">من نحن</a></li><li><a href="/p/contact.html">اتصل بنا</a></li><li><a href="/p/terms.html">شروط الاستخدام</a></li><li><a href="/p/privacy.html">سياسة الخصوصية</a></li><li><a href="/p/jobs.html">وظائف</a></li><li><a href="/rssfeeds">خدمة RSS</a></li></ul>
<p class="footer__copyright">جميع الحقوق محفوظة © 2015 {esc(site.name)}</p>
<p class="footer__about">قناة إخبارية عربية تبث من الولايات المتحدة على مدار الساعة، وتقدم الأخبار والبرامج الحوارية والوثائقية لجمهور المنطقة العربية.</p></div></footer>
</div>
<script src="/Scripts/responsive/loader.b.js?cb=24&amp;av=0.0.0.0"></script>
</body></html>"""
    return finish(out, page)


# --- b20_5: Lebanese online news portal, Beirut time ----------------------------------------

LB_NAV = ["الرئيسية", "لبنان", "إقليمي", "دولي", "اقتصاد", "أمن وقضاء", "رياضة", "فن", "منوعات", "صحة",
          "تكنولوجيا", "مقالات", "صحف", "فيديو"]
LB_SECTIONS = ["لبنان", "إقليمي", "دولي", "اقتصاد", "أمن وقضاء"]
LB_TV = [("LBCI", "بين ملف النفايات الذي لم يجد طريقه إلى الحل بعد والاستحقاقات المعلقة، يدخل البلد أسبوعاً "
                  "جديداً من الانتظار، فيما تتكدس الأزمات على طاولة حكومة عاجزة عن الاجتماع."),
         ("MTV", "الشارع يغلي والحكومة في إجازة مفتوحة. هذا هو المشهد باختصار، أما التفاصيل فتبدأ من "
                 "المطامر المقفلة ولا تنتهي عند الكهرباء المقطوعة ساعات طويلة في عز الصيف."),
         ("الجديد", "لم يعد السؤال متى تحل الأزمة بل من يدفع ثمنها، والجواب معروف سلفاً: المواطن الذي يدفع "
                    "فاتورتين للكهرباء وثالثة للمياه ورابعة لرائحة النفايات."),
         ("المنار", "على وقع التطورات الميدانية في المنطقة، تتواصل الاتصالات الداخلية لإيجاد مخرج للأزمة "
                    "الحكومية، وسط دعوات إلى الحوار وتغليب المصلحة الوطنية."),
         ("OTV", "الشراكة ليست شعاراً يرفع في المناسبات بل ممارسة يومية في المؤسسات، ومن هنا يبدأ الحل "
                 "لأي أزمة، من احترام الدستور والميثاق."),
         ("NBN", "الأولوية اليوم لتفعيل عمل المؤسسات وفي مقدمها مجلس النواب، فالتعطيل لم يعد يحتمل "
                 "والأزمات المعيشية تضغط على الجميع.")]
LB_SECRETS = ["لوحظ أن وزيراً بارزاً غاب عن الجلسة الأخيرة لمجلس الوزراء من دون أن يقدم أي تبرير لزملائه.",
              "تتردد معلومات عن لقاء بعيد من الأضواء جمع مسؤولين من فريقين متخاصمين في أحد مطاعم الجبل.",
              "يسأل مرجع سياسي عن سبب تأخير صرف مستحقات المتعهدين رغم توافر الاعتمادات في الموازنة.",
              "تقول أوساط متابعة إن ملفاً مالياً حساساً سيفتح قريباً أمام القضاء وقد يطاول أسماء كبيرة.",
              "استغرب نائب مخضرم غياب أي خطة طوارئ لموسم الأمطار المقبل في ظل تراكم النفايات في الأنهر."]
LB_COMMENTS = [("جورج - جونيه", "يعني شو بدنا نعمل أكتر من هيك؟ البلد رايح عالهاوية والمسؤولين نايمين"),
               ("أبو علي", "كل يوم نفس الحكي وما في شي عم يتغير، الله يعين الناس"),
               ("ريتا", "ما في دولة، في مزرعة. بس نحنا كمان مسؤولين لأنو منرجع ننتخبن"),
               ("خالد - طرابلس", "الخبر مهم بس بدنا متابعة، لا تتركوا الموضوع يموت متل كل مرة"),
               ("مغترب في كندا", "من هون منتابع وقلبنا محروق عالبلد، الله يحمي لبنان وأهلو"),
               ("سامر", "شكراً عالتغطية، دايماً سبّاقين")]
LB_FUEL = [("بنزين 95 أوكتان", "24,400"), ("بنزين 98 أوكتان", "25,100"), ("مازوت", "17,200"), ("غاز (10 كلغ)", "19,300")]


def lb_date(t):
    return f"{WEEKDAYS[t.weekday()]} {t.day:02d} {LEV_MONTHS[t.month - 1]} {t.year}"


def layout_b20_5(page):
    """Elnashra / Lebanon24-like Lebanese portal: «الأحد 09 آب 2015 الساعة 14:32 بتوقيت بيروت»,
    writer span and «خاص» badge only with an author, microdata datePublished +03:00."""
    a, site = page.article, page.site
    d = a.published
    sec = pick(a, "sec", LB_SECTIONS)
    ps = paras(a)
    style = ' dir="RTL" style="text-align: justify;"'
    blocks = []
    for i, p in enumerate(ps):
        blocks.append(f"<p{style}>{esc(p)}</p>")
    # CKEditor spacers between some paragraphs, as editors paste them
    spaced = []
    for i, b in enumerate(blocks):
        spaced.append(b)
        if i % 3 == 1 and i < len(blocks) - 1:
            spaced.append("<p>&nbsp;</p>")
    boxes = []
    more = page.others("read_also", 3)
    if more:
        lis = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in more)
        boxes.append((1, f'<div class="read-also-box"><span class="ra-title">إقرأ أيضاً</span><ul>{lis}</ul></div>'))
    boxes.append((3, '<div class="ad-wrapper in-article"><span class="ad-label">Advertisement</span>'
                     f'<div id="div-gpt-ad-{num(a, "ad", 10**12, 10**13)}-0"></div></div>'))
    nphotos = num(a, "np", 3, 8)
    if len(ps) > 3:
        thumbs = "".join(f'<a href="/photos/{a.n}/{i}"><img src="/files/images/gallery/{a.key}-{i}-150.jpg" alt=""><span>{i} / {nphotos}</span></a>'
                         for i in range(1, min(nphotos, 4) + 1))
        boxes.append((len(ps) - 2, f'<div class="album-strip"><span class="album-title">ألبوم الصور ({nphotos})</span>{thumbs}</div>'))
    boxes.append((99, f'<p class="tg-prompt">لمتابعة آخر الأخبار لحظة بلحظة، اشتركوا في قناة {esc(site.short)} على تلغرام وفعّلوا التنبيهات.</p>'))
    # box indices refer to paragraphs in `spaced`
    idx_map = [i for i, b in enumerate(spaced) if not b.startswith("<p>&nbsp;")]
    mapped = []
    for at, box in boxes:
        if at < len(idx_map):
            mapped.append((idx_map[at], box))
        else:
            mapped.append((len(spaced) + 5, box))
    body = weave(spaced, mapped)
    writer = ""
    exclusive = ""
    if a.author:
        writer = f'<span class="writer">{esc(a.author)}</span><span class="sep">|</span>'
        exclusive = '<span class="badge-exclusive">خاص</span>'
    source = (f'<div class="article-source">المصدر: خاص "{esc(site.short)}"</div>' if a.author
              else '<div class="article-source">المصدر: الوكالة الوطنية للإعلام</div>')
    nav = "".join(f'<li><a href="/ar/section/{i}">{n}</a></li>' for i, n in enumerate(LB_NAV))
    ticker = "".join(f'<li><span class="t-time">{o.published:%H:%M}</span> <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                     for o in page.others("ticker", 6))
    latest = "".join(f'<li><span class="time">{o.published:%H:%M}</span><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                     for o in page.others("latest", 7))
    popular = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("popular", 5))
    related = "".join(f'<li><a href="{esc(page.url_of(o))}"><img src="/files/images/thumbs/{o.key}.jpg" alt=""><span class="rel-title">{esc(o.title)}</span></a>'
                      f'<span class="rel-date">{o.published.day} {LEV_MONTHS[o.published.month - 1]} {o.published.year}</span></li>'
                      for o in page.others("similar", 4))
    tv0 = num(a, "tv", 0, len(LB_TV) - 1)
    tv = "".join(f'<li><b>{n}</b><p>{t}</p></li>' for n, t in (LB_TV[tv0:] + LB_TV[:tv0])[:4])
    secrets = "".join(f"<li>{s}</li>" for s in LB_SECRETS[num(a, "sec2", 0, 2):][:3])
    fuel = "".join(f"<tr><td>{n}</td><td>{p} ل.ل</td></tr>" for n, p in LB_FUEL)
    k = num(a, "nc", 0, 4)
    c0 = num(a, "c0", 0, len(LB_COMMENTS) - 1)
    coms = []
    t = d
    for j in range(k):
        t = t + dt.timedelta(minutes=num(a, f"ct{j}", 6, 140))
        n, txt = LB_COMMENTS[(c0 + j) % len(LB_COMMENTS)]
        coms.append(f'<div class="comment-item"><div class="c-head"><span class="c-name">{n}</span>'
                    f'<span class="c-date">{t.day:02d}/{t.month:02d}/{t.year} {t:%H:%M}</span></div><p class="c-body">{txt}</p></div>')
    coms_html = "".join(coms) if coms else '<p class="no-comments">لا توجد تعليقات بعد، كن أول من يعلّق.</p>'
    tags = " ".join(f'<a href="/ar/tags/{esc(t)}">{esc(t)}</a>' for t in tags_of(a)[:5])
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(site.name)} - {esc(a.title)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta name="keywords" content="{esc(', '.join(tags_of(a)))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:image" content="{esc(site.base)}/files/images/{a.key}-700.jpg">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:type" content="article">
<meta property="fb:app_id" content="1400000000000">
<link rel="stylesheet" href="/css/main.css?v=215">
</head>
<body>
<div class="top-bar"><span class="today">{WEEKDAYS[d.weekday()]} {d.day} {LEV_MONTHS[d.month - 1]} {d.year}</span>
<span class="weather">بيروت {num(a, "wb", 29, 33)}° | طرابلس {num(a, "wt", 28, 32)}° | زحلة {num(a, "wz", 31, 36)}°</span>
<span class="currency">سعر صرف الدولار: 1507.5 ل.ل</span>
<a class="premium" href="/subscribe">تصفّح بدون إعلانات واقرأ المقالات الحصرية</a>
<span class="social"><a href="https://facebook.com/">فيسبوك</a> <a href="https://twitter.com/">تويتر</a> <a href="https://instagram.com/">إنستغرام</a></span></div>
<header class="header"><a class="logo" href="/"><img src="/images/logo.png" alt="{esc(site.name)}"></a>
<div class="header-ad"><span class="ad-label">Advertisement</span></div>
<nav class="main-menu"><ul>{nav}</ul></nav></header>
<div class="urgent-bar"><span class="urgent-label">عاجل</span><ul class="urgent-list">{ticker}</ul></div>
<div class="container">
<div class="col-right">
<div class="article-page" itemscope itemtype="http://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{iso_off(d, 3)}">
<meta itemprop="mainEntityOfPage" content="{esc(page.canonical)}">
<div class="article-section"><a href="/ar/section/1">{esc(sec)}</a>{exclusive}</div>
<h1 class="article-title" itemprop="headline">{esc(a.title)}</h1>
<div class="article-info">{writer}<span class="date">{lb_date(d)} الساعة {d:%H:%M} بتوقيت بيروت</span>
<span class="photos-count"><i class="icon-camera"></i> photos {nphotos}</span></div>
<div class="article-share"><a href="https://www.facebook.com/sharer/sharer.php">Facebook</a> <a href="https://twitter.com/share">Twitter</a> <a href="whatsapp://send">WhatsApp</a> <a href="#print">طباعة</a></div>
<div class="article-image"><img itemprop="image" src="/files/images/{a.key}-700.jpg" alt="{esc(a.title)}"><span class="img-caption">(أرشيف)</span></div>
<div class="article-body" itemprop="articleBody">
{body}
</div>
{source}
<div class="article-tags"><span>كلمات مفتاحية:</span> {tags}</div>
<div class="article-share bottom"><a href="https://www.facebook.com/sharer/sharer.php">شارك على فيسبوك</a> <a href="https://twitter.com/share">غرّد</a> <a href="whatsapp://send">أرسل عبر واتساب</a></div>
</div>
<section class="related-news"><h3>مواضيع ذات صلة</h3><ul>{related}</ul></section>
<section class="comments"><h3>التعليقات ({k})</h3>
{coms_html}
<p class="comments-note">ملاحظة: التعليقات المنشورة تعبّر عن آراء أصحابها ولا تعبّر بالضرورة عن رأي الموقع، ويحتفظ الموقع بحق حذف أي تعليق يتضمن إساءة أو تحريضاً.</p>
<form class="comment-form"><input name="name" placeholder="الاسم"><textarea name="comment" placeholder="أضف تعليقك"></textarea><button>أرسل</button></form></section>
</div>
<aside class="col-left">
<div class="box latest"><h3>آخر الأخبار</h3><ul>{latest}</ul></div>
<div class="box most-read"><h3>الأكثر قراءة</h3><ol>{popular}</ol></div>
<div class="box tv-intros"><h3>مقدمات نشرات الأخبار المسائية</h3><ul>{tv}</ul></div>
<div class="box press-secrets"><h3>أسرار الصحف</h3><ul>{secrets}</ul></div>
<div class="box fuel"><h3>أسعار المحروقات</h3><table>{fuel}</table><p class="fuel-note">الأسعار لكل 20 ليتراً وفق جدول وزارة الطاقة والمياه الأخير.</p></div>
<div class="box ad"><span class="ad-label">Advertisement</span></div>
</aside>
</div>
<footer class="footer"><ul><li><a href="/ar/about">من نحن</a></li><li><a href="/ar/contact">اتصل بنا</a></li><li><a href="/ar/advertise">للإعلان</a></li><li><a href="/ar/privacy">سياسة الخصوصية</a></li></ul>
<p>{esc(site.name)} - موقع إخباري لبناني يواكب الأحداث على مدار الساعة. بيروت - الحمرا، شارع المقدسي، بناية الأمان، الطابق الرابع.</p>
<p>جميع الحقوق محفوظة © 2015 {esc(site.name)}</p></footer>
</body></html>"""
    return finish(out, page)


LAYOUTS = {
    "b20_1": layout_b20_1,
    "b20_2": layout_b20_2,
    "b20_3": layout_b20_3,
    "b20_4": layout_b20_4,
    "b20_5": layout_b20_5,
}
