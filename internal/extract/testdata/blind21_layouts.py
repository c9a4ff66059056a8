"""Blind test layouts (set 21) for newsfarm (--extra-layouts): five article
templates modelled on mainstream, high-traffic Arabic news sites of kinds that
no earlier layout file imitates, written without reading Khabar's extractor.
Each prints the whole page a reader gets: consent banner or top bar, header
and menus, tickers, the article, the boxes real sites put inside the text, and
the lists, comments, sidebars and footer around it.

  b21_1  FRENCH public broadcaster's Arabic site (France-24-Arabic-like),
         PARIS time = CEST = UTC+2 in August, one hour BEHIND Riyadh (the
         day can roll back): a cookie-consent banner in prose (Didomi-like,
         «موافق» / «إعدادات»), «البث المباشر» button, the language switch
         (Français, English, Español, العربية), nav, an «آخر الأخبار» ticker
         with Paris clocks. Rubric, headline, a bold CHAPO (standfirst that
         repeats the first sentence of the text), the lead picture with its
         caption and «© agency» credit; then the metas row: the writer as
         <a class="m-from-author__name"> (only with an author), «نشرت في:
         09/08/2015 - 13:32» and «آخر تحديث: … - 14:05» in PARIS time inside
         <time datetime="…T11:32:07+00:00"> (UTC), «قراءة 3 دقائق» (reading time); JSON-LD
         NewsArticle in UTC (+00:00). In the text an «اقرأ أيضا» link
         paragraph, an «إعلان» in-read ad slot, a video embed of another
         story («© <short>» credit, duration) and the app self-promo
         («احصل على ملخص الأخبار الدولية أينما كنت!…»). After it topic
         chips, share, the daily-newsletter promo, «حول نفس الموضوع» cards
         with Paris dates, most-watched videos with durations, the
         programme strip, footer naming the group and its sister stations.
         No comments (the site has none).
  b21_2  RUSSIAN state TV channel's Arabic site (RT-Arabic-like), visible
         times in GMT (the day can roll back), Moscow (+03:00) in the
         metadata: network bar (English, Español, Русский, Deutsch,
         Français, RT Documentary, Ruptly — NCRs where the charset lacks
         letters), «البث المباشر», «آخر الأخبار» ticker with GMT clocks;
         rubric, headline, the info row: the writer as a linked name in
         <a class="article__author"> (only with an author) then «تاريخ
         النشر: 09.08.2015 | 11:32 GMT» in a <time datetime="…Z">; lead
         picture with «Gettyimages.ru / Global Look Press» credits; a bold
         SUMMARY repeating the first sentence; in the text RT's «اقرأ
         المزيد» cards (picture, headline, lead of another story), an
         embedded tweet with its own date and an «تابعوا <short> على
         تلغرام» prompt; after it ALWAYS a source line «المصدر: <short> +
         وكالات» (varies, never a person), tags, share, «أخبار ذات صلة», the on-air schedule
         in Moscow time, comments with names and GMT dates, comment rules,
         «18+» footer. JSON-LD and article:published_time in +03:00.
         One site is windows-1256 (NCRs where it lacks letters).
  b21_3  ALGERIAN Arabic daily's desktop site (Echorouk / El-Khabar-like),
         ALGIERS time = UTC+1, two hours BEHIND Riyadh (the day can roll
         back): top bar with the Algiers day in ALGERIAN month names («الأحد
         09 أوت 2015»), Algiers prayer times and weather, «<short> TV» /
         PDF links; «عاجل» ticker; rubric, headline; the writer's avatar and
         name as <a class="author-name"> in the post-meta row (only with an
         author), then «2015/08/09 | 12:32» (Algiers, no zone printed),
         views and comment counts; article:published_time and JSON-LD in
         +01:00. In the text an «اقرأ أيضا» list box, a «إشهار» ad, a
         photo with a «صورة: أرشيف» caption and a YouTube embed (the
         paper's TV channel); after it hashtags, share, a long readers'
         comment thread (name + wilaya, Algiers dates with Algerian months,
         Algerian dialect prose, +/- vote counts), comment rules,
         «مقالات ذات صلة», most-read / most-commented, footer with the
         publishing house and its address. One site is windows-1256.
  b21_4  PAN-ARAB news network's site (Al-Jazeera-Net-like; Doha = UTC+3,
         the Riyadh wall clock): live-TV bar, nav, «عاجل» banner; topic
         kicker, headline, an italic SUBHEAD repeating the first sentence;
         the writer as <a class="author-link"> in an author block (only
         with an author); the date row shows ONLY the day «9/8/2015» and
         «آخر تحديث: 9/8/2015 03:05 م (بتوقيت مكة المكرمة)» — the UPDATE
         clock, usually later than publication; the publication minute is
         only in JSON-LD datePublished (UTC, «…T11:32:07.000Z»). Lead
         picture with «(agency)» caption; in the text the «اقرأ أيضا» box
         (a list of 3–4 headlines with the English screen-reader labels
         «list of 4 items», «list 1 of 4», «end of list»), an «إعلان» ad,
         a picture with caption and an embedded tweet; after it ALWAYS the
         source line «المصدر : <short> + وكالات» (varies, never a person),
         topic chips, share, «المزيد من …», most-read, newsletter, footer
         with the network's channels.
  b21_5  Google AMP page of a SAUDI daily (Asharq-Al-Awsat-like custom CMS,
         not WordPress): <html ⚡>, AMP boilerplate, custom-element scripts,
         <style amp-custom>, an <amp-sidebar> menu, amp-img logo, a breaking
         strip; kicker, headline, the writer as <span class="author-name">
         beside an amp-img avatar (only with an author), then «نُشر:
         14:32-9 أغسطس 2015 م ـ 24 شوال 1436 هـ» (Riyadh, Umm al-Qura) and
         the print issue «رقم العدد [13403]»; JSON-LD datePublished +03:00.
         The lead amp-img with caption and credit; in the text an «اقرأ
         أيضاً» link, an <amp-ad> (doubleclick) with «إعلان» fallback, an
         <amp-twitter> with its blockquote placeholder and an <amp-youtube>;
         after it <amp-social-share> buttons, tags, an <amp-carousel> of
         related stories with <amp-timeago> fallbacks, most-read, an
         <amp-accordion> of sections, «عرض النسخة الكاملة», footer,
         <amp-sticky-ad> and <amp-analytics> JSON config.

Pages whose article has no author print no byline. The author string is
printed whole, exactly as the corpus gives it, as the only text of its
element (and as a JSON-LD Person only where the page has an author; b21_5's
JSON-LD names the paper itself as an Organization author on pages without
one, as Google's AMP article guidelines ask). Gold times are Asia/Riyadh (+03:00); b21_1 shows Paris time (UTC+2) and carries
UTC in its metadata; b21_2 shows GMT and carries +03:00; b21_3 shows Algiers
time (UTC+1) and carries +01:00; b21_4 and b21_5 show the Riyadh wall clock
(b21_4's visible clock is the update time; datePublished in UTC is the
publication minute). The conversions are exact. Hijri dates follow Umm
al-Qura (1 Shawwal 1436 = 17 July 2015). On windows-1256 sites, characters
the charset lacks are written as numeric character references (\\u escapes
inside scripts).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts internal/extract/testdata/blind21_layouts.py \\
      --layouts b21_1,b21_2,b21_3,b21_4,b21_5 --out /work/blind21/pages
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
DZ_MONTHS = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر"]
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


def iso_off(d, off, sep=True):
    """Naive Riyadh time -> ISO string in the zone UTC+off."""
    t = shift(d, off - 3)
    sign = "+" if off >= 0 else "-"
    z = f"{sign}{abs(off):02d}:00" if sep else f"{sign}{abs(off):02d}00"
    return t.strftime("%Y-%m-%dT%H:%M:%S") + z


def iso_z(d, ms=False):
    t = shift(d, -3)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if ms else "Z")


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


def paras_html(a):
    return [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]


def slug(text, n=6):
    return urllib.parse.quote("-".join(text.split()[:n]).replace("/", "-"))


def reading_time(a):
    n = max(1, round(len(a.text.split()) / 180))
    if n == 1:
        return "قراءة دقيقة واحدة"
    if n == 2:
        return "قراءة دقيقتين"
    return f"قراءة {n} {'دقائق' if n <= 10 else 'دقيقة'}"


def lead_sentence(text):
    """The first sentence of the text as a standfirst prints it (whole sentence, up to the
    first full stop; a long first sentence is cut at a word with an ellipsis)."""
    paras = L.paragraphs(text)
    first = paras[0] if paras else text
    i = first.find(".")
    if 20 < i < 320:
        return first[: i + 1]
    w = first.split()
    return " ".join(w[:40]) + ("..." if len(w) > 40 else "")


def ratio_at(blocks, frac):
    return max(0, min(len(blocks) - 1, int(len(blocks) * frac)))


# --- b21_1: France-24-Arabic-like, Paris time, UTC in <time> ---------------------------

F24_LANGS = [("fr", "Français"), ("en", "English"), ("es", "Español"), ("ar", "العربية")]
F24_NAV = ["الشرق الأوسط", "المغرب العربي", "أفريقيا", "فرنسا", "أوروبا", "العالم", "اقتصاد", "رياضة",
           "ثقافة", "بيئة", "البرامج", "مراقبون", "فيديو"]
F24_RUBRICS = ["الشرق الأوسط", "الخليج", "العالم", "اقتصاد", "رياضة", "مجتمع"]
F24_CREDITS = ["© رويترز", "© أ ف ب", "© أسوشيتد برس", "© {s}", "© إي بي أيه"]
F24_SHOWS = [("ضيف ومسيرة", "حوار"), ("وجها لوجه", "نقاش"), ("حدث اليوم", "تحليل"), ("مراقبون", "تحقيق"),
             ("أسبوع في العالم", "مجلة"), ("النقاش", "نقاش")]
F24_TOPICS = ["السعودية", "الخليج", "الشرق الأوسط", "اليمن", "اقتصاد", "النفط", "دبلوماسية"]


def paris(d):
    return shift(d, -1)


def f24_stamp(d):
    t = paris(d)
    return f"{t:%d/%m/%Y} - {t:%H:%M}"


def layout_b21_1(page):
    """France-24-Arabic-like: chapo, Paris clock in text, UTC in <time datetime> and JSON-LD,
    writer link in the metas row under the lead picture, ad / video / app promo in the text."""
    a, site = page.article, page.site
    d = a.published
    upd = d + dt.timedelta(minutes=num(a, "upd", 4, 95))
    blocks = paras_html(a)
    boxes = []
    ra = page.others("read_also", 1)
    if ra:
        boxes.append((0, f'<p class="m-em-related"><strong>اقرأ أيضا</strong> <a href="{esc(page.url_of(ra[0]))}">'
                         f'{esc(ra[0].title)}</a></p>'))
    boxes.append((1, '<div class="o-ad-container o-ad-container--inread"><p class="o-ad-container__label">إعلان</p>'
                     f'<div id="dfp-inread-{a.n}" class="o-ad-container__ad"></div></div>'))
    vid = page.others("video", 1)
    if vid:
        v = vid[0]
        boxes.append((2, f'<div class="m-em-video"><div class="m-em-video__player" data-video-id="{v.key[:8]}" '
                         f'data-duration="{num(v, "vm", 1, 4):02d}:{num(v, "vs", 0, 59):02d}">'
                         f'<img src="/media/display/{v.key}/w:640/p:16x9/{v.key}.jpg" alt=""></div>'
                         f'<p class="m-em-video__title">{esc(short(v.title, 10))}</p>'
                         f'<span class="m-em-video__credit">© {esc(site.short)}</span> '
                         f'<span class="m-em-video__duration">{num(v, "vm", 1, 4):02d}:{num(v, "vs", 0, 59):02d}</span></div>'))
    boxes.append((ratio_at(blocks, 0.75) if len(blocks) > 4 else 99,
                  '<div class="o-self-promo o-self-promo--app"><p class="o-self-promo__title">احصل على ملخص الأخبار الدولية أينما كنت! '
                  f'حمّل تطبيق {esc(site.short)}</p><a class="o-self-promo__link" href="/ar/%D8%AA%D8%B7%D8%A8%D9%8A%D9%82%D8%A7%D8%AA">'
                  'حمّل التطبيق</a></div>'))
    body = weave(blocks, boxes)
    rubric = pick(a, "rub", F24_RUBRICS)
    credit = esc(pick(a, "cr", F24_CREDITS).format(s=site.short))
    by = (f'<p class="m-from-author"><a class="m-from-author__name" href="/ar/%D8%A7%D9%84%D8%B5%D8%AD%D9%81%D9%8A/{num(a, "aid", 100, 999)}">'
          f'{esc(a.author)}</a></p>' if a.author else "")
    langs = "".join(f'<li class="m-lang-switch__item"><a href="https://www.france24.example/{c}/" lang="{c}" hreflang="{c}">{n}</a></li>'
                    for c, n in F24_LANGS)
    nav = "".join(f'<li class="m-nav__item"><a href="/ar/{slug(n, 2)}/">{n}</a></li>' for n in F24_NAV)
    ticker = "".join(f'<li><span class="m-ticker__time">{paris(o.published):%H:%M}</span> {L.link(page, o)}</li>'
                     for o in page.others("ticker", 6))
    related = "".join(f'<article class="m-item-list-article"><a href="{esc(page.url_of(o))}">'
                      f'<img src="/media/display/{o.key}/w:310/p:16x9/{o.key}.jpg" alt=""><p class="article__title">{esc(o.title)}</p></a>'
                      f'<span class="m-pub-dates__date">{f24_stamp(o.published)}</span></article>'
                      for o in page.others("similar", 4))
    watched = "".join(f'<li><a href="{esc(page.url_of(o))}"><span class="m-item-video__duration">'
                      f'{num(o, "wm", 1, 9):02d}:{num(o, "ws", 0, 59):02d}</span> {esc(short(o.title, 9))}</a></li>'
                      for o in page.others("popular", 5))
    shows = "".join(f'<li><a href="/ar/%D8%A8%D8%B1%D8%A7%D9%85%D8%AC/{i}"><b>{n}</b> <span>{k}</span></a></li>'
                    for i, (n, k) in enumerate(F24_SHOWS))
    topics = [t for t in L.tags_for(a)[:3]] + [pick(a, "top", F24_TOPICS)]
    chips = "".join(f'<li class="m-tags-list__tag"><a href="/ar/tag/{esc(t)}/">{esc(t)}</a></li>' for t in topics)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "description": L.first_sentence(a.text), "datePublished": iso_off(d, 0), "dateModified": iso_off(upd, 0),
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical}, "inLanguage": "ar",
          "articleSection": rubric,
          "image": {"@type": "ImageObject", "url": f"{site.base}/media/display/{a.key}/w:1280/p:16x9/{a.key}.jpg",
                    "width": 1280, "height": 720},
          "publisher": {"@type": "NewsMediaOrganization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/ar/logo.png"}}}
    if a.author:
        ld["author"] = [{"@type": "Person", "name": a.author}]
    ld2 = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": f"{site.base}/ar/"},
        {"@type": "ListItem", "position": 2, "name": rubric, "item": f"{site.base}/ar/{slug(rubric, 2)}/"}]}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" class="no-js">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - {esc(rubric)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="alternate" hreflang="ar" href="{esc(page.canonical)}">
<meta property="og:locale" content="ar_AR">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/media/display/{a.key}/w:1280/p:16x9/{a.key}.jpg">
<meta property="article:section" content="{esc(rubric)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@France24_ar">
{ldjson(ld)}
{ldjson(ld2)}
<link rel="stylesheet" href="/build/css/article.rtl.8f3a1c.css">
<script>window.didomiConfig={{"app":{{"privacyPolicyURL":"/ar/privacy"}},"languages":{{"enabled":["ar"]}}}};</script>
</head>
<body class="t-article is-rtl">
<div id="didomi-host"><div class="didomi-popup-notice" role="dialog">
<p class="didomi-notice-text">نحن ومورّدونا نستخدم ملفات تعريف الارتباط (الكوكيز) وتقنيات مماثلة لتخزين المعلومات على جهازك والوصول إليها، من أجل قياس الجمهور وعرض إعلانات ومحتوى مخصص وتحسين خدماتنا. يمكنك قبول ذلك أو تخصيص اختياراتك في أي وقت عبر صفحة إعدادات الخصوصية.</p>
<button class="didomi-components-button--agree">موافق</button> <button class="didomi-components-button--settings">إعدادات</button> <button class="didomi-components-button--disagree">المتابعة دون قبول</button></div></div>
<header class="o-site-header">
<div class="o-site-header__top"><a class="m-live-button" href="/ar/%D8%A7%D9%84%D8%A8%D8%AB-%D8%A7%D9%84%D9%85%D8%A8%D8%A7%D8%B4%D8%B1"><span class="m-live-button__dot"></span> البث المباشر</a>
<ul class="m-lang-switch">{langs}</ul>
<a class="m-header-link" href="/ar/newsletters/">النشرات الإخبارية</a> <a class="m-header-link" href="/ar/apps/">التطبيقات</a></div>
<a class="o-site-header__logo" href="/ar/"><img src="/ar/logo-f24-ar.svg" alt="{esc(site.name)}"></a>
<nav class="m-nav"><ul>{nav}</ul></nav>
<form class="m-search" action="/ar/search/"><input type="search" name="q" placeholder="بحث"></form>
</header>
<div class="o-ticker"><span class="o-ticker__label">آخر الأخبار</span><ul class="m-ticker">{ticker}</ul></div>
<main class="t-content t-content--article">
<article class="t-content__article-wrapper">
<div class="t-content__header">
<a class="m-tag m-tag--rubric" href="/ar/{slug(rubric, 2)}/">{esc(rubric)}</a>
<h1 class="t-content__title a-page-title">{esc(a.title)}</h1>
<p class="t-content__chapo">{esc(lead_sentence(a.text))}</p>
</div>
<div class="t-content__main-media"><figure class="m-figure m-figure--16x9">
<img src="/media/display/{a.key}/w:1280/p:16x9/{a.key}.jpg" alt="{esc(short(a.title, 8))}">
<figcaption class="m-figure__caption"><span class="m-figure__caption__text">{esc(short(a.title, 7))}</span> <span class="m-figure__caption__credits">{credit}</span></figcaption></figure></div>
<div class="t-content__metas-info">
{by}
<div class="m-pub-dates"><span class="m-pub-dates__date">نشرت في: <time datetime="{iso_off(d, 0)}">{f24_stamp(d)}</time></span>
<span class="m-pub-dates__date">آخر تحديث: <time datetime="{iso_off(upd, 0)}">{f24_stamp(upd)}</time></span></div>
<p class="m-em-reading-time">{reading_time(a)}</p>
<div class="m-share m-share--top"><a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="whatsapp://send">واتساب</a> <a href="mailto:">البريد الإلكتروني</a></div>
</div>
<div class="t-content__body u-clearfix">
{body}
</div>
<div class="t-content__tags"><ul class="m-tags-list">{chips}</ul></div>
<div class="m-share m-share--bottom"><span>شارك</span> <a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://www.linkedin.com/shareArticle">لينكدإن</a> <a href="whatsapp://send">واتساب</a> <a href="https://t.me/share/url">تلغرام</a></div>
<div class="o-self-promo o-self-promo--newsletter"><p class="o-self-promo__title">النشرة الإخبارية اليومية</p>
<p>تلقّوا كل صباح أبرز الأخبار الدولية مباشرة في بريدكم الإلكتروني.</p>
<form><input type="email" placeholder="البريد الإلكتروني"><button>اشترك</button></form></div>
</article>
<section class="o-related"><h2 class="o-related__title">حول نفس الموضوع</h2>{related}</section>
</main>
<aside class="t-content__aside">
<section class="o-most-watched"><h2>الأكثر مشاهدة</h2><ol>{watched}</ol></section>
<section class="o-shows"><h2>البرامج</h2><ul>{shows}</ul></section>
<div class="o-ad-container o-ad-container--sidebar"><p class="o-ad-container__label">إعلان</p></div>
</aside>
<footer class="o-footer">
<p class="o-footer__baseline">{esc(site.name)} - القناة الإخبارية الدولية التي تبث على مدار الساعة بالعربية والفرنسية والإنجليزية والإسبانية.</p>
<ul class="o-footer__group"><li>فرانس ميديا موند</li><li><a href="https://www.rfi.example/ar/">إذاعة فرنسا الدولية</a></li><li><a href="https://www.mc-doualiya.example/">مونت كارلو الدولية</a></li><li><a href="https://www.infomigrants.example/ar/">مهاجر نيوز</a></li></ul>
<p><a href="/ar/about/">من نحن</a> | <a href="/ar/legal/">الشروط والأحكام</a> | <a href="/ar/privacy/">سياسة الخصوصية</a> | <a href="#didomi">إعدادات ملفات الارتباط</a> | <a href="/ar/contact/">اتصل بنا</a></p>
<p>© 2015 Copyright {esc(site.name)} - جميع الحقوق محفوظة</p></footer>
</body></html>"""
    return finish(out, page)


# --- b21_2: RT-Arabic-like, GMT on screen, Moscow in metadata -------------------------------

RT_NET = [("en", "English"), ("es", "Español"), ("ru", "Русский"), ("de", "Deutsch"), ("fr", "Français"),
          ("doc", "RT Documentary"), ("ruptly", "Ruptly")]
RT_NAV = ["الرئيسية", "الشرق الأوسط", "العالم", "روسيا", "اقتصاد", "رياضة", "علوم وتكنولوجيا", "صحة",
          "منوعات", "فيديو", "صور", "البرامج", "مقالات"]
RT_RUBRICS = ["الشرق الأوسط", "العالم", "اقتصاد", "رياضة", "منوعات", "صحة"]
RT_PHOTO = ["Gettyimages.ru", "Global Look Press", "AFP", "Sputnik", "Reuters", "AP"]
RT_SOURCES = ["{s}", "{s} + وكالات", "وكالات", "نوفوستي", "تاس", "{s} + وسائل إعلام سعودية"]
RT_SCHED = [("بانوراما", 17), ("حديث اليوم", 18), ("أصحاب القرار", 19), ("قصارى القول", 20),
            ("رحلة في الذاكرة", 21), ("بلا قيود", 22)]
RT_USERS = [("أبو أحمد", "الله يحفظ البلاد من كل شر، ونتمنى أن تكون هذه الخطوة بداية لحلول حقيقية وليس مجرد تصريحات."),
            ("سامي من لبنان", "المنطقة كلها على صفيح ساخن والكل يتفرج، الحل لن يكون إلا بالحوار بين الدول الكبرى."),
            ("Mohammed", "شكرا على الخبر، دائما تنقلون الحدث بسرعة قبل غيركم."),
            ("مواطن عربي", "ليت الإعلام العربي يهتم بهذه القضايا بنفس الاهتمام، الشعوب هي التي تدفع الثمن دائما."),
            ("ريم", "أين التفاصيل؟ الخبر مختصر جدا ونحتاج معرفة ماذا سيحدث بعد ذلك."),
            ("خالد الحربي", "خبر مهم، والأيام القادمة ستكشف الكثير.")]
RT_HANDLES = [("العربية - عاجل", "AlArabiya_Brk"), ("وكالة الأنباء السعودية", "spagov"),
              ("سكاي نيوز عربية", "skynewsarabia"), ("رويترز عربي", "ReutersArabic")]


def rt_stamp(d):
    t = shift(d, -3)
    return f"{t:%d.%m.%Y} | {t:%H:%M} GMT"


def layout_b21_2(page):
    """RT-Arabic-like: GMT on screen, Moscow offset in metadata, writer link in the info row,
    bold summary, «اقرأ المزيد» cards, tweet, Telegram prompt, source line always."""
    a, site = page.article, page.site
    d = a.published
    gmt = shift(d, -3)
    blocks = paras_html(a)
    boxes = []
    rm = page.others("read_also", 2)
    for j, o in enumerate(rm):
        boxes.append((1 if j == 0 else ratio_at(blocks, 0.7) if len(blocks) > 4 else 99,
                      f'<div class="read-more"><div class="read-more__title">اقرأ المزيد</div>'
                      f'<a class="read-more__link" href="{esc(page.url_of(o))}"><img class="read-more__img" src="/static/uploads/{o.key}.t.jpg" alt="">'
                      f'<span class="read-more__heading">{esc(o.title)}</span></a>'
                      f'<div class="read-more__summary">{esc(L.first_sentence(o.text))}</div></div>'))
    hname, handle = pick(a, "tw", RT_HANDLES)
    tw = d - dt.timedelta(minutes=num(a, "twm", 20, 240))
    twg = shift(tw, -3)
    boxes.append((2, f'<blockquote class="twitter-tweet" data-lang="ar"><p lang="ar" dir="rtl">{esc(short(a.title, 11))} '
                     f'<a href="https://t.co/{a.key[:10]}">pic.twitter.com/{a.key[1:11]}</a></p>— {esc(hname)} (@{handle}) '
                     f'<a href="https://twitter.com/{handle}/status/6{num(a, "tid", 10**16, 10**17)}">{twg.day} {MONTHS[twg.month - 1]}، {twg.year}</a></blockquote>'
                     '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'))
    body = weave(blocks, boxes)
    rubric = pick(a, "rub", RT_RUBRICS)
    source = pick(a, "src", RT_SOURCES).format(s=site.short)
    by = (f'<a class="article__author" href="/authors/{num(a, "aid", 1000, 9999)}-{a.key[:5]}/">{esc(a.author)}</a>'
          if a.author else "")
    net = "".join(f'<li><a href="https://{c}.rt.example/" lang="{c if len(c) == 2 else "en"}">{n}</a></li>' for c, n in RT_NET)
    nav = "".join(f'<li class="nav__item"><a href="/{slug(n, 2)}/">{n}</a></li>' for n in RT_NAV)
    ticker = "".join(f'<li class="news-line__item"><span class="news-line__time">{shift(o.published, -3):%H:%M}</span> {L.link(page, o)}</li>'
                     for o in page.others("ticker", 7))
    related = "".join(f'<li class="list__item"><a href="{esc(page.url_of(o))}"><img src="/static/uploads/{o.key}.s.jpg" alt="">'
                      f'<span>{esc(o.title)}</span></a><span class="date">{rt_stamp(o.published)}</span></li>'
                      for o in page.others("similar", 5))
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 5))
    sched = "".join(f'<li><span class="time">{h:02d}:{(num(a, n, 0, 1) * 30):02d}</span> <b>{n}</b></li>' for n, h in RT_SCHED)
    k = num(a, "nc", 0, 4)
    coms = []
    for j in range(k):
        nm, tx = RT_USERS[(num(a, "cu", 0, 5) + j) % len(RT_USERS)]
        ct = shift(d + dt.timedelta(minutes=num(a, f"c{j}", 5, 90) + 37 * j), -3)
        coms.append(f'<li class="comment"><div class="comment__head"><b class="comment__name">{esc(nm)}</b> '
                    f'<span class="comment__date">{ct:%d.%m.%Y | %H:%M} GMT</span></div><p class="comment__text">{esc(tx)}</p>'
                    f'<div class="comment__votes"><span>+{num(a, f"l{j}", 0, 40)}</span> <span>-{num(a, f"d{j}", 0, 9)}</span></div></li>')
    tags = "".join(f'<a class="tags__item" href="/tags/{esc(t)}/">{esc(t)}</a>' for t in L.tags_for(a)[:4])
    photo = pick(a, "ph", RT_PHOTO)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso_off(d, 3), "dateModified": iso_off(d + dt.timedelta(minutes=num(a, "m", 2, 50)), 3),
          "mainEntityOfPage": page.canonical, "inLanguage": "ar", "articleSection": rubric,
          "image": [f"{site.base}/static/uploads/{a.key}.e.jpg"],
          "publisher": {"@type": "Organization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/static/img/logo-rt.png"}}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(a.title)} - {esc(site.short)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="amphtml" href="{esc(site.base)}/amp/{a.n}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/static/uploads/{a.key}.e.jpg">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="article:published_time" content="{iso_off(d, 3)}">
<meta property="article:section" content="{esc(rubric)}">
<meta name="twitter:site" content="@RTarabic">
{ldjson(ld)}
<link rel="stylesheet" href="/static/css/main.ar.css?v=20150801">
<script>var RT={{"lang":"ar","articleId":{a.n},"section":"{esc(rubric)}"}};</script>
</head>
<body class="layout layout_article">
<div class="network"><span class="network__label">{esc(site.short)}</span><ul class="network__list">{net}</ul></div>
<header class="header">
<div class="header__top"><a class="header__live" href="/live/"><i class="icon-live"></i> البث المباشر</a>
<a href="/newsletter/">النشرة البريدية</a> <a href="/apps/">تطبيق {esc(site.short)}</a>
<span class="header__social"><a href="https://t.me/">تلغرام</a> <a href="https://facebook.com/">فيسبوك</a> <a href="https://twitter.com/">تويتر</a> <a href="https://youtube.com/">يوتيوب</a></span></div>
<a class="header__logo" href="/"><img src="/static/img/logo-rt-ar.svg" alt="{esc(site.name)}"></a>
<nav class="nav"><ul class="nav__list">{nav}</ul></nav>
<form class="search" action="/search/"><input name="q" placeholder="بحث"></form>
</header>
<div class="news-line"><span class="news-line__label">آخر الأخبار</span><ul class="news-line__list">{ticker}</ul></div>
<div class="layout__content">
<div class="layout__main">
<div class="article">
<div class="article__rubric"><a href="/{slug(rubric, 2)}/">{esc(rubric)}</a></div>
<h1 class="heading heading_article">{esc(a.title)}</h1>
<div class="article__info">{by}<span class="date date_article">تاريخ النشر: <time datetime="{iso_z(d)}">{rt_stamp(d)}</time></span>
<a class="article__short-url" href="{esc(site.base)}/n/{a.n}">{esc(site.base)}/n/{a.n}</a></div>
<div class="share share_top"><a href="https://facebook.com/sharer/sharer.php">فيسبوك</a> <a href="https://twitter.com/share">تويتر</a> <a href="whatsapp://send">واتساب</a> <a href="https://t.me/share/url">تلغرام</a></div>
<div class="media media_article"><img class="media__img" src="/static/uploads/{a.key}.e.jpg" alt="">
<div class="media__footer"><span class="media__title">{esc(short(a.title, 6))}</span> <span class="media__copyright">{photo}</span></div></div>
<div class="article__summary summary"><p>{esc(lead_sentence(a.text))}</p></div>
<div class="article__text text">
{body}
</div>
<div class="article__telegram"><p>تابعوا {esc(site.short)} على <a href="https://t.me/">تلغرام</a> — <a href="https://t.me/">اشترك الآن</a> ليصلك كل جديد لحظة بلحظة</p></div>
<div class="article__source">المصدر: <span class="article__source-name">{esc(source)}</span></div>
<div class="tags"><span class="tags__label">الوسوم</span> {tags}</div>
<div class="share share_bottom"><span>شارك</span> <a href="https://facebook.com/sharer/sharer.php">فيسبوك</a> <a href="https://twitter.com/share">تويتر</a> <a href="https://vk.com/share.php">VK</a> <a href="whatsapp://send">واتساب</a></div>
</div>
<section class="related"><h2 class="related__title">أخبار ذات صلة</h2><ul class="list">{related}</ul></section>
<section class="comments"><h2 class="comments__title">التعليقات ({k})</h2>
<ul class="comments__list">{"".join(coms) or '<li class="comments__empty">لا توجد تعليقات بعد. كن أول من يعلق</li>'}</ul>
<p class="comments__rules">يرجى الالتزام بقواعد التعليق: تحذف التعليقات التي تتضمن إساءة أو تحريضا أو إعلانات أو روابط خارجية، والتعليقات المنشورة تعبر عن آراء أصحابها فقط.</p>
<form class="comments__form"><input placeholder="الاسم"><textarea placeholder="أضف تعليقك"></textarea><button>إرسال</button></form></section>
</div>
<aside class="layout__aside">
<div class="on-air"><h3>الآن على الشاشة (بتوقيت موسكو)</h3><ul>{sched}</ul></div>
<div class="popular"><h3>الأكثر قراءة</h3><ol>{popular}</ol></div>
<div class="banner"><span>إعلان</span></div>
</aside>
</div>
<footer class="footer">
<p>{esc(site.name)} - قناة إخبارية ناطقة بالعربية تبث على مدار الساعة من موسكو، وتقدم الأخبار والبرامج الحوارية والوثائقية.</p>
<p><a href="/about/">عن القناة</a> | <a href="/contacts/">اتصل بنا</a> | <a href="/frequencies/">الترددات</a> | <a href="/rss/">RSS</a> | <a href="/privacy/">سياسة الخصوصية</a></p>
<p>© 2005–2015 {esc(site.name)}. جميع الحقوق محفوظة. يمنع إعادة النشر دون الإشارة إلى المصدر. <span class="footer__age">18+</span></p></footer>
</body></html>"""
    return finish(out, page)


# --- b21_3: Echorouk-like Algerian daily, Algiers time -------------------------------------

DZ_NAV = ["الرئيسية", "الجزائر", "العالم", "اقتصاد", "رياضة", "ثقافة", "مجتمع", "صحة", "تكنولوجيا",
          "رأي", "حوارات", "الشروق TV", "فيديو"]
DZ_RUBRICS = ["الجزائر", "العالم", "اقتصاد", "رياضة", "مجتمع"]
DZ_WILAYAS = ["الجزائر", "وهران", "قسنطينة", "سطيف", "باتنة", "البليدة", "تلمسان", "عنابة", "بسكرة", "ورقلة",
              "تيزي وزو", "المسيلة", "الجلفة", "بجاية"]
DZ_NAMES = ["عبد القادر", "أبو إسلام", "محمد الصالح", "جزائري حر", "نورة", "كمال", "ابن الأوراس", "سفيان",
            "مواطن غيور", "ياسين", "أم أيوب", "رابح"]
DZ_COMMENTS = ["ربي يحفظ بلادنا وبلاد المسلمين، والله خبر يفرح",
               "والله غير هكا، كل مرة نسمعو نفس الكلام وما يتبدل والو في الواقع",
               "شكرا للجريدة على هذا المقال، نتمنى تتابعو الموضوع حتى النهاية",
               "الخاوة في السعودية ربي يعاونهم، ونتمناو نشوفو حتى عندنا قرارات كيما هاذي",
               "المشكل ماشي في القوانين، المشكل في التطبيق والمتابعة",
               "ياو فيقو، العالم راه يتقدم واحنا مازال نتناقشو في نفس المسائل",
               "مقال في المستوى، بارك الله فيكم"]


def dz_date(t, weekday=True):
    s = f"{t.day:02d} {DZ_MONTHS[t.month - 1]} {t.year}"
    return f"{WEEKDAYS[t.weekday()]} {s}" if weekday else s


def layout_b21_3(page):
    """Echorouk-like Algerian daily: Algiers time (UTC+1) on screen, +01:00 in metadata,
    avatar + writer link in the meta row, «اقرأ أيضا» list, «إشهار», YouTube, long comments."""
    a, site = page.article, page.site
    d = a.published
    alg = shift(d, -2)
    upd = shift(d + dt.timedelta(minutes=num(a, "upd", 10, 120)), -2)
    blocks = paras_html(a)
    boxes = []
    ra = page.others("read_also", 3)
    if ra:
        items = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in ra)
        boxes.append((1, f'<div class="read-also"><h4 class="read-also__title">اقرأ أيضا</h4><ul>{items}</ul></div>'))
    boxes.append((2, '<div class="ads ads--inarticle"><span class="ads__label">إشهار</span>'
                     '<div id="div-gpt-ad-inarticle-1"></div></div>'))
    boxes.append((3, f'<figure class="post-image"><img src="/wp-content/uploads/2015/08/{a.key}-2.jpg" alt="">'
                     f'<figcaption>صورة: أرشيف</figcaption></figure>'))
    boxes.append((ratio_at(blocks, 0.8) if len(blocks) > 5 else 99,
                  f'<div class="video-embed"><iframe width="640" height="360" src="https://www.youtube.com/embed/{a.key[:11]}?rel=0" '
                  'frameborder="0" allowfullscreen></iframe></div>'))
    body = weave(blocks, boxes)
    rubric = pick(a, "rub", DZ_RUBRICS)
    by = (f'<div class="post-author"><img class="post-author__avatar" src="/wp-content/uploads/authors/{num(a, "av", 10, 99)}.jpg" alt="">'
          f'<a class="author-name" href="/author/{num(a, "aid", 100, 999)}/">{esc(a.author)}</a></div>' if a.author else "")
    views = num(a, "views", 800, 48000)
    k = num(a, "nc", 0, 8)
    nav = "".join(f'<li><a href="/{slug(n, 2)}/">{n}</a></li>' for n in DZ_NAV)
    ticker = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("ticker", 6))
    coms = []
    for j in range(k):
        ct = shift(d + dt.timedelta(minutes=num(a, f"c{j}", 8, 150) + 41 * j), -2)
        nm = DZ_NAMES[(num(a, "cn", 0, 11) + j) % len(DZ_NAMES)]
        wl = DZ_WILAYAS[(num(a, "cw", 0, 13) + 3 * j) % len(DZ_WILAYAS)]
        tx = DZ_COMMENTS[(num(a, "ct", 0, 6) + j) % len(DZ_COMMENTS)]
        coms.append(f'<li class="comment" id="c{num(a, f"cid{j}", 10**5, 10**6)}"><div class="comment__meta">'
                    f'<span class="comment__num">{j + 1}</span> <b class="comment__author">{esc(nm)}</b> '
                    f'<span class="comment__place">- {wl}</span> <span class="comment__date">{dz_date(ct, False)} - {ct:%H:%M}</span></div>'
                    f'<p class="comment__body">{esc(tx)}</p>'
                    f'<div class="comment__vote"><a class="up" href="#">+{num(a, f"u{j}", 0, 120)}</a> <a class="down" href="#">-{num(a, f"v{j}", 0, 30)}</a></div></li>')
    related = "".join(f'<div class="card"><a href="{esc(page.url_of(o))}"><img src="/wp-content/uploads/2015/08/{o.key}-300x180.jpg" alt="">'
                      f'<h3>{esc(o.title)}</h3></a><span class="card__date">{dz_date(shift(o.published, -2), False)}</span></div>'
                      for o in page.others("similar", 4))
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 5))
    commented = "".join(f'<li>{L.link(page, o)} <span class="count">{num(o, "cc", 5, 140)}</span></li>'
                        for o in page.others("commented", 4))
    tags = " ".join(f'<a href="/tag/{esc(t)}/">#{esc(t.replace(" ", "_"))}</a>' for t in L.tags_for(a)[:4])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso_off(d, 1), "dateModified": iso_off(shift(upd, 2), 1),
          "mainEntityOfPage": page.canonical, "articleSection": rubric, "commentCount": k,
          "image": f"{site.base}/wp-content/uploads/2015/08/{a.key}.jpg",
          "publisher": {"@type": "Organization", "name": site.name}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    today = alg + dt.timedelta(minutes=num(a, "now", 5, 300))
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
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:image" content="{esc(site.base)}/wp-content/uploads/2015/08/{a.key}.jpg">
<meta property="article:published_time" content="{iso_off(d, 1)}">
<meta property="article:modified_time" content="{iso_off(shift(upd, 2), 1)}">
<meta property="article:section" content="{esc(rubric)}">
{ldjson(ld)}
<link rel="stylesheet" href="/assets/css/echorouk.min.css?v=5.2">
</head>
<body class="single single-post">
<div class="top-bar"><span class="top-bar__date">{dz_date(today)}</span>
<span class="top-bar__weather">الجزائر العاصمة {num(a, "t1", 29, 34)}° | وهران {num(a, "t2", 28, 33)}° | ورقلة {num(a, "t3", 42, 47)}°</span>
<span class="top-bar__prayer">الفجر 04:21 | الظهر 12:56 | العصر 16:42 | المغرب 19:59 | العشاء 21:27</span>
<a href="/tv/">{esc(site.short)} TV</a> <a href="/pdf/">النسخة الورقية PDF</a> <a href="/fr/" lang="fr">Français</a></div>
<header class="header"><a class="header__logo" href="/"><img src="/assets/img/logo.svg" alt="{esc(site.name)}"></a>
<div class="header__ad"><span>إشهار</span></div>
<nav class="main-menu"><ul>{nav}</ul></nav></header>
<div class="urgent"><span class="urgent__label">عاجل</span><ul>{ticker}</ul></div>
<div class="container">
<main class="main">
<article class="post">
<div class="post__cat"><a href="/{slug(rubric, 2)}/">{esc(rubric)}</a></div>
<h1 class="post__title">{esc(a.title)}</h1>
<div class="post__meta">{by}
<span class="post__date"><i class="icon-clock"></i> {alg:%Y/%m/%d} | {alg:%H:%M}</span>
<span class="post__views"><i class="icon-eye"></i> {views:,}</span>
<a class="post__comments-count" href="#comments"><i class="icon-comment"></i> {k}</a>
<span class="font-size"><a href="#">أ+</a> <a href="#">أ-</a></span></div>
<figure class="post__thumb"><img src="/wp-content/uploads/2015/08/{a.key}.jpg" alt="{esc(short(a.title, 8))}"></figure>
<div class="post__content">
{body}
</div>
<div class="post__updated">آخر تحديث: {upd:%Y/%m/%d} | {upd:%H:%M}</div>
<div class="post__tags">{tags}</div>
<div class="post__share"><span>شارك:</span> <a href="https://www.facebook.com/sharer.php">فيسبوك</a> <a href="https://twitter.com/share">تويتر</a> <a href="whatsapp://send">واتساب</a> <a href="viber://forward">فايبر</a> <a href="#print">طباعة</a></div>
</article>
<section id="comments" class="comments"><h2>التعليقات ({k})</h2>
<ol class="comments__list">{"".join(coms)}</ol>
<div class="comments__rules"><h4>شروط التعليق</h4><p>لا يقبل التعليق الذي يتضمن شتما أو قذفا أو تحريضا على العنف أو الجهوية أو العنصرية، ولا تعبر التعليقات عن رأي الجريدة، ويحتفظ الموقع بحق حذف أي تعليق مخالف دون إشعار.</p></div>
<form class="comments__form"><input placeholder="الاسم"><input placeholder="الولاية"><textarea placeholder="تعليقك"></textarea><button>أرسل</button></form></section>
<section class="related"><h2>مقالات ذات صلة</h2><div class="cards">{related}</div></section>
</main>
<aside class="sidebar">
<div class="widget"><h3>الأكثر قراءة</h3><ol>{popular}</ol></div>
<div class="widget"><h3>الأكثر تعليقا</h3><ol>{commented}</ol></div>
<div class="widget widget--ad"><span>إشهار</span></div>
</aside>
</div>
<footer class="footer">
<p>{esc(site.name)} - يومية جزائرية مستقلة، تصدر عن مؤسسة {esc(site.short)} للإعلام والنشر.</p>
<p>العنوان: دار الصحافة عبد القادر سفير، القبة - الجزائر العاصمة | الهاتف: 021 00 00 00</p>
<p><a href="/about/">من نحن</a> | <a href="/contact/">اتصل بنا</a> | <a href="/ads/">للإشهار</a> | <a href="/privacy/">سياسة الخصوصية</a></p>
<p>جميع الحقوق محفوظة © 2015</p></footer>
</body></html>"""
    return finish(out, page)


# --- b21_4: Al-Jazeera-Net-like, day + update clock visible, UTC JSON-LD ------------------

AJ_NAV = ["الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "علوم وتكنولوجيا", "ثقافة", "صحة", "منوعات",
          "مدونات", "آراء", "برامج", "وثائقيات"]
AJ_TOPICS = ["سياسة", "اقتصاد", "أخبار", "الخليج", "السعودية", "رياضة", "صحة"]
AJ_SOURCES = ["{s} + وكالات", "{s}", "{s} + وكالات", "وكالات", "{s} + الأناضول", "{s} + رويترز"]
AJ_CREDITS = ["({s})", "(رويترز)", "(الفرنسية)", "(الأناضول)", "(أسوشيتد برس)", "(الأوروبية)"]
AJ_HANDLES = [("وزارة الخارجية السعودية", "KSAMOFA"), ("واس", "spagov"), ("عاجل", "AJABreaking"),
              ("وزارة الصحة السعودية", "SaudiMOH")]
AJ_CHANNELS = ["{s}", "{s} مباشر", "{s} الوثائقية", "{s} English", "معهد {s} للإعلام",
               "مركز {s} للدراسات"]


def aj_date(d):
    return f"{d.day}/{d.month}/{d.year}"


def layout_b21_4(page):
    """Al-Jazeera-Net-like: subhead, author block, the day and the UPDATE clock (Mecca time)
    visible, the publication minute only in UTC JSON-LD; «اقرأ أيضا» list with screen-reader
    English labels; source line «المصدر : الجزيرة + وكالات» always."""
    a, site = page.article, page.site
    d = a.published
    upd = d if num(a, "same", 0, 9) < 3 else d + dt.timedelta(minutes=num(a, "upd", 6, 150))
    blocks = paras_html(a)
    boxes = []
    ra = page.others("read_also", num(a, "nra", 3, 4))
    if ra:
        n = len(ra)
        items = "".join(f'<li class="more-on__item"><span class="screen-reader-text">list {i + 1} of {n}</span>'
                        f'<article class="gc gc--type-post"><h3 class="gc__title"><a class="u-clickable-card__link" href="{esc(page.url_of(o))}">'
                        f'<span>{esc(o.title)}</span></a></h3></article></li>' for i, o in enumerate(ra))
        boxes.append((1, f'<div class="more-on"><h2 class="more-on__heading">اقرأ أيضا</h2>'
                         f'<span class="screen-reader-text">list of {n} items</span><ul class="more-on__list">{items}</ul>'
                         f'<span class="screen-reader-text">end of list</span></div>'))
    boxes.append((2, '<div class="container--ads container--ads-inarticle"><div class="ads-label">إعلان</div>'
                     f'<div id="dfp-ad-inarticle-{a.n}" class="ad-slot"></div></div>'))
    boxes.append((3, f'<figure class="wp-block-image"><img src="/wp-content/uploads/2015/08/{a.key}-2.jpg?w=770" alt="">'
                     f'<figcaption>{esc(short(a.title, 8))} {esc(pick(a, "cap2", AJ_CREDITS).format(s=site.short))}</figcaption></figure>'))
    if num(a, "hastw", 0, 9) < 6:
        hname, handle = pick(a, "tw", AJ_HANDLES)
        tw = d - dt.timedelta(minutes=num(a, "twm", 15, 300))
        boxes.append((ratio_at(blocks, 0.75) if len(blocks) > 5 else 99,
                      f'<figure class="wp-block-embed is-type-rich is-provider-twitter"><div class="wp-block-embed__wrapper">'
                      f'<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="ar" dir="rtl">{esc(short(a.title, 12))}</p>'
                      f'— {esc(hname)} (@{handle}) <a href="https://twitter.com/{handle}/status/6{num(a, "tid", 10**16, 10**17)}">'
                      f'{MONTHS[tw.month - 1]} {tw.day}, {tw.year}</a></blockquote></div></figure>'))
    body = weave(blocks, boxes)
    topic = pick(a, "top", AJ_TOPICS)
    source = pick(a, "src", AJ_SOURCES).format(s=site.short)
    by = (f'<div class="article-author"><div class="article-author-name"><span class="screen-reader-text">الكاتب</span>'
          f'<a class="author-link" href="/author/{slug(a.author, 3)}-{num(a, "aid", 100, 999)}">{esc(a.author)}</a></div></div>'
          if a.author else "")
    nav = "".join(f'<li class="menu__item"><a href="/{slug(n, 2)}/">{n}</a></li>' for n in AJ_NAV)
    brk = page.others("ticker", 1)
    breaking = (f'<div class="breaking-news-bar"><span class="breaking-news-bar__label">عاجل</span> '
                f'<a href="{esc(page.url_of(brk[0]))}">{esc(brk[0].title)}</a></div>' if brk else "")
    more = "".join(f'<article class="gc gc--type-post"><a href="{esc(page.url_of(o))}"><img src="/wp-content/uploads/2015/08/{o.key}.jpg?w=300" alt="">'
                   f'<h3 class="gc__title"><span>{esc(o.title)}</span></h3></a><p class="gc__excerpt">{esc(short(o.text, 18))}</p>'
                   f'<div class="gc__date"><span class="screen-reader-text">نشر في </span><span aria-hidden="true">{aj_date(o.published)}</span></div></article>'
                   for o in page.others("similar", 4))
    popular = "".join(f'<li><span class="trending-articles__number">{i + 1}</span>{L.link(page, o)}</li>'
                      for i, o in enumerate(page.others("popular", 5)))
    chips = "".join(f'<li class="topics__item"><a href="/tag/{esc(t)}/">{esc(t)}</a></li>' for t in L.tags_for(a)[:4])
    channels = "".join(f"<li><a href=\"/network/{i}\">{esc(c.format(s=site.short))}</a></li>" for i, c in enumerate(AJ_CHANNELS))
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a.title,
          "description": L.first_sentence(a.text), "datePublished": iso_z(d, ms=True),
          "dateModified": iso_z(upd, ms=True), "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical},
          "image": {"@type": "ImageObject", "url": f"{site.base}/wp-content/uploads/2015/08/{a.key}.jpg",
                    "width": 770, "height": 513},
          "publisher": {"@type": "Organization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/images/logo-aj.png"}}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author, "url": f"{site.base}/author/{slug(a.author, 3)}-{num(a, 'aid', 100, 999)}"}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | {esc(topic)} | {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="amphtml" href="{esc(page.canonical)}{'&amp;' if '?' in page.canonical else '?'}amp=1">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/wp-content/uploads/2015/08/{a.key}.jpg">
<meta property="og:site_name" content="{esc(site.name)}">
<meta name="twitter:site" content="@AJArabic">
<meta name="pageType" content="Article">
<meta name="postLink" content="{esc(page.canonical)}">
{ldjson(ld)}
<link rel="stylesheet" href="/assets/styles/main.rtl.css?v=7c1e">
</head>
<body class="single-post ltr-ar">
<div class="site-header__live-menu"><a class="live-tv-button" href="/live"><span class="live-tv-button__dot"></span> البث المباشر</a>
<a href="/mubasher/">{esc(site.short)} مباشر</a> <a href="/newsletter/">النشرة البريدية</a></div>
<header class="site-header"><a class="site-logo" href="/"><img src="/images/logo-aj-ar.svg" alt="{esc(site.name)}"></a>
<nav class="site-header__navigation"><ul class="menu header-menu">{nav}</ul></nav>
<button class="site-header__search-trigger">بحث</button></header>
{breaking}
<main id="main-content-area" class="container container--grid">
<div class="article-header"><div class="topics"><a href="/tag/{esc(topic)}/">{esc(topic)}</a></div>
<h1>{esc(a.title)}</h1>
<p class="article__subhead"><em>{esc(lead_sentence(a.text))}</em></p></div>
<div class="article-info-block">{by}
<div class="article-dates"><div class="date-simple"><span class="screen-reader-text">نشر في </span><span aria-hidden="true">{aj_date(d)}</span></div>
<span class="article-dates__separator">|</span><div class="article-dates__updated">آخر تحديث: {aj_date(upd)} {ampm(upd, pad=True)} (بتوقيت مكة المكرمة)</div></div>
<div class="article-info-block__share"><a href="https://www.facebook.com/sharer.php">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="whatsapp://send">واتساب</a> <a href="#copy">نسخ الرابط</a></div></div>
<figure class="article-featured-image"><img src="/wp-content/uploads/2015/08/{a.key}.jpg?w=770" alt="">
<figcaption>{esc(short(a.title, 9))} {esc(pick(a, "cap", AJ_CREDITS).format(s=site.short))}</figcaption></figure>
<div class="wysiwyg wysiwyg--all-content">
{body}
</div>
<p class="article-source">المصدر : {esc(source)}</p>
<div class="topics topics--article"><h2 class="screen-reader-text">مواضيع ذات صلة</h2><ul>{chips}</ul></div>
<div class="article-share"><span>شارك</span> <a href="https://www.facebook.com/sharer.php">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://www.linkedin.com/shareArticle">لينكد إن</a> <a href="whatsapp://send">واتساب</a> <a href="https://t.me/share/url">تلغرام</a></div>
<section class="more-from-section"><h2>المزيد من {esc(topic)}</h2>{more}</section>
</main>
<aside class="sidebar">
<div class="trending-articles"><h2>الأكثر قراءة</h2><ol>{popular}</ol></div>
<div class="container--ads"><div class="ads-label">إعلان</div></div>
<div class="newsletter-signup"><h3>النشرة البريدية</h3><p>اشترك في النشرة البريدية لتصلك آخر الأخبار والتحليلات والتقارير مباشرة إلى بريدك الإلكتروني.</p><form><input type="email" placeholder="البريد الإلكتروني"><button>اشترك</button></form></div>
</aside>
<footer class="site-footer">
<ul class="site-footer__channels">{channels}</ul>
<p><a href="/about">عن {esc(site.short)}</a> | <a href="/code-of-ethics">مدونة السلوك</a> | <a href="/terms">الشروط والأحكام</a> | <a href="/privacy">سياسة الخصوصية</a> | <a href="#cookies">إعدادات ملفات تعريف الارتباط</a> | <a href="/contact">تواصل معنا</a></p>
<p>© 2015 شبكة {esc(site.short)} الإعلامية</p></footer>
</body></html>"""
    return finish(out, page)


# --- b21_5: Google AMP page of a Saudi daily ---------------------------------------------

AMP_NAV = ["الرئيسية", "أخبار", "العالم العربي", "الخليج", "دولي", "اقتصاد", "رياضة", "ثقافة وفنون",
           "صحة", "علوم", "يوميات الشرق", "الرأي", "ملحق"]
AMP_KICKERS = ["الخليج", "العالم العربي", "اقتصاد", "دولي", "أخبار", "رياضة"]
AMP_CREDITS = ["(أ.ف.ب)", "(رويترز)", "(أ.ب)", "(واس)", "(إ.ب.أ)", "(الشرق الأوسط)"]
AMP_HANDLES = [("واس الأخبار الملكية", "spagov"), ("وزارة الداخلية", "KSAMOI"), ("أخبار السعودية", "SaudiNews50"),
               ("وزارة الإعلام", "MediaSaudi")]


def amp_url(page, other):
    u = page.url_of(other)
    return u + ("&amp;amp=1" if "?" in u else "/amp")


def amp_published(d):
    hd, hm, hy = hijri(d)
    return f"{d:%H:%M}-{d.day} {MONTHS[d.month - 1]} {d.year} م ـ {hd} {hm} {hy} هـ"


def issue_no(d):
    return 13403 + (d.date() - dt.date(2015, 8, 9)).days


AMP_CSS = ("body{font-family:'Noto Naskh Arabic',Tahoma,sans-serif;margin:0;color:#222}"
           ".header{display:flex;align-items:center;padding:8px 12px;border-bottom:1px solid #eee}"
           ".hamburger{background:none;border:0;font-size:24px}.article{padding:0 16px}"
           ".kicker{color:#b00;font-weight:700}.headline{font-size:26px;line-height:1.4}"
           ".byline{display:flex;align-items:center;gap:8px;color:#666;font-size:14px}"
           ".author-avatar{border-radius:50%}.article-body p{font-size:18px;line-height:1.9}"
           ".ad-container{text-align:center;margin:16px 0;background:#f6f6f6}.related-carousel h3{font-size:15px}"
           "amp-sidebar{width:260px;background:#fff}.sidebar-menu li{list-style:none;padding:8px}"
           ".breaking{background:#b00;color:#fff;padding:6px 12px}.footer{background:#111;color:#ccc;padding:16px}")
AMP_BOILER = ("<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
              "-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}"
              "@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
              "@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>"
              "<noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;animation:none}</style></noscript>")


def layout_b21_5(page):
    """AMP page of a Saudi daily (Asharq-Al-Awsat-like CMS): amp-sidebar menu, byline with
    amp-img avatar, «نُشر: 14:32-9 أغسطس 2015 م ـ 24 شوال 1436 هـ» and issue number,
    amp-ad / amp-twitter / amp-youtube inside the text, amp-carousel related, amp-analytics."""
    a, site = page.article, page.site
    d = a.published
    blocks = paras_html(a)
    boxes = []
    ra = page.others("read_also", 1)
    if ra:
        boxes.append((0, f'<p class="read-also"><strong>اقرأ أيضاً:</strong> <a href="{esc(site.base)}{amp_url(page, ra[0])}">'
                         f'{esc(ra[0].title)}</a></p>'))
    boxes.append((1, '<div class="ad-container"><amp-ad width="300" height="250" type="doubleclick" '
                     f'data-slot="/5910/asharq/amp_article_mpu_1" data-multi-size="320x50" json=\'{{"targeting":{{"section":["news"],"article":["{a.n}"]}}}}\'>'
                     '<div placeholder></div><div fallback>إعلان</div></amp-ad></div>'))
    hname, handle = pick(a, "tw", AMP_HANDLES)
    tw = d - dt.timedelta(minutes=num(a, "twm", 20, 400))
    boxes.append((2, f'<amp-twitter width="375" height="472" layout="responsive" data-tweetid="6{num(a, "tid", 10**16, 10**17)}">'
                     f'<blockquote placeholder class="twitter-tweet" data-lang="ar"><p lang="ar" dir="rtl">{esc(short(a.title, 10))}</p>'
                     f'— {esc(hname)} (@{handle}) <a href="https://twitter.com/{handle}">{tw.day} {MONTHS[tw.month - 1]} {tw.year}</a></blockquote></amp-twitter>'))
    if len(blocks) > 4:
        boxes.append((ratio_at(blocks, 0.7), '<div class="ad-container"><amp-ad width="300" height="250" type="doubleclick" '
                                             'data-slot="/5910/asharq/amp_article_mpu_2"><div fallback>إعلان</div></amp-ad></div>'))
    if num(a, "yt", 0, 9) < 5:
        boxes.append((99, f'<amp-youtube data-videoid="{a.key[:11]}" layout="responsive" width="480" height="270"></amp-youtube>'))
    body = weave(blocks, boxes)
    kicker = pick(a, "kick", AMP_KICKERS)
    by = (f'<div class="author"><amp-img class="author-avatar" src="/amp/authors/{num(a, "av", 10, 99)}.jpg" width="36" height="36" alt=""></amp-img>'
          f'<span class="author-name">{esc(a.author)}</span></div>' if a.author else "")
    menu = "".join(f'<li><a href="/{slug(n, 2)}/amp">{n}</a></li>' for n in AMP_NAV)
    brk = page.others("ticker", 1)
    breaking = (f'<div class="breaking"><span>عاجل</span> <a href="{amp_url(page, brk[0])}">{esc(brk[0].title)}</a></div>'
                if brk else "")
    carousel = "".join(f'<div class="slide"><a href="{amp_url(page, o)}"><amp-img src="/amp/img/{o.key}-320.jpg" width="320" height="180" layout="responsive" alt=""></amp-img>'
                       f'<h3>{esc(o.title)}</h3></a><amp-timeago width="160" height="20" layout="fixed" datetime="{iso_off(o.published, 3)}" locale="ar">'
                       f'{o.published.day} {MONTHS[o.published.month - 1]} {o.published.year}</amp-timeago></div>'
                       for o in page.others("similar", 5))
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 5))
    tags = " ".join(f'<a class="tag" href="/tags/{esc(t)}/amp">{esc(t)}</a>' for t in L.tags_for(a)[:4])
    credit = pick(a, "cr", AMP_CREDITS)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title[:110],
          "datePublished": iso_off(d, 3), "dateModified": iso_off(d + dt.timedelta(minutes=num(a, "m", 3, 80)), 3),
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical},
          "image": {"@type": "ImageObject", "url": f"{site.base}/amp/img/{a.key}-1200.jpg", "width": 1200, "height": 675},
          "publisher": {"@type": "Organization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/amp/logo-600x60.png", "width": 600, "height": 60}}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    else:
        ld["author"] = {"@type": "Organization", "name": site.name}
    analytics = json.dumps({"vars": {"account": "UA-1234567-1"},
                            "triggers": {"trackPageview": {"on": "visible", "request": "pageview"}},
                            "extraUrlParams": {"cd1": kicker, "cd2": str(a.n), "cd3": "amp"}}, ensure_ascii=False)
    out = f"""<!doctype html>
<html ⚡ lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<title>{esc(a.title)} | {esc(site.name)}</title>
<link rel="canonical" href="{esc(page.canonical)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/amp/img/{a.key}-1200.jpg">
{ldjson(ld)}
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-sticky-ad" src="https://cdn.ampproject.org/v0/amp-sticky-ad-1.0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-twitter" src="https://cdn.ampproject.org/v0/amp-twitter-0.1.js"></script>
<script async custom-element="amp-youtube" src="https://cdn.ampproject.org/v0/amp-youtube-0.1.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.1.js"></script>
<script async custom-element="amp-timeago" src="https://cdn.ampproject.org/v0/amp-timeago-0.1.js"></script>
<script async custom-element="amp-accordion" src="https://cdn.ampproject.org/v0/amp-accordion-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
{AMP_BOILER}
<style amp-custom>{AMP_CSS}</style>
</head>
<body>
<amp-analytics type="googleanalytics" id="ga"><script type="application/json">{analytics}</script></amp-analytics>
<amp-sidebar id="sidebar" layout="nodisplay" side="right">
<button on="tap:sidebar.close" class="close">✕</button>
<ul class="sidebar-menu">{menu}</ul>
<div class="sidebar-social"><a href="https://twitter.com/">تويتر</a> <a href="https://facebook.com/">فيسبوك</a> <a href="https://instagram.com/">إنستغرام</a> <a href="https://t.me/">تلغرام</a></div>
</amp-sidebar>
<header class="header"><button class="hamburger" on="tap:sidebar.toggle" aria-label="القائمة">☰</button>
<a href="/amp"><amp-img src="/amp/logo-ar.png" width="190" height="40" alt="{esc(site.name)}"></amp-img></a></header>
{breaking}
<article class="article">
<div class="kicker">{esc(kicker)}</div>
<h1 class="headline">{esc(a.title)}</h1>
<div class="byline">{by}
<div class="meta"><span class="published">نُشر: {amp_published(d)}</span> <span class="issue">رقم العدد [{issue_no(d)}]</span></div></div>
<figure class="lead-image"><amp-img src="/amp/img/{a.key}-1200.jpg" width="1200" height="675" layout="responsive" alt="{esc(short(a.title, 8))}"></amp-img>
<figcaption>{esc(short(a.title, 8))} <span class="credit">{credit}</span></figcaption></figure>
<div class="social-top"><amp-social-share type="twitter" width="36" height="36"></amp-social-share><amp-social-share type="facebook" data-param-app_id="1234567890" width="36" height="36"></amp-social-share><amp-social-share type="whatsapp" width="36" height="36"></amp-social-share><amp-social-share type="email" width="36" height="36"></amp-social-share><amp-social-share type="system" width="36" height="36"></amp-social-share></div>
<div class="article-body">
{body}
</div>
<div class="tags"><span>مواضيع:</span> {tags}</div>
<div class="social-bottom"><span>شارك هذا المقال</span> <amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="facebook" data-param-app_id="1234567890" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share><amp-social-share type="linkedin" width="40" height="40"></amp-social-share></div>
<a class="full-version" href="{esc(page.canonical)}">عرض النسخة الكاملة</a>
</article>
<section class="related-carousel"><h2>ذات صلة</h2>
<amp-carousel height="260" layout="fixed-height" type="carousel">{carousel}</amp-carousel></section>
<section class="most-read"><h2>الأكثر قراءة</h2><ol>{popular}</ol></section>
<amp-accordion class="sections" disable-session-states>
<section><h4>الأقسام</h4><ul>{menu}</ul></section>
<section><h4>عن الصحيفة</h4><p>{esc(site.name)} صحيفة عربية يومية تصدر من الرياض وتطبع في عدة مدن عربية وعالمية، وتغطي أخبار المملكة والخليج والعالم.</p></section>
</amp-accordion>
<footer class="footer"><p><a href="/amp/about">من نحن</a> | <a href="/amp/contact">اتصل بنا</a> | <a href="/amp/privacy">سياسة الخصوصية</a> | <a href="/amp/terms">شروط الاستخدام</a></p>
<p>جميع الحقوق محفوظة © {esc(site.name)} 2015</p></footer>
<amp-sticky-ad layout="nodisplay"><amp-ad width="320" height="50" type="doubleclick" data-slot="/5910/asharq/amp_sticky"></amp-ad></amp-sticky-ad>
</body>
</html>"""
    return finish(out, page)


LAYOUTS = {
    "b21_1": layout_b21_1,
    "b21_2": layout_b21_2,
    "b21_3": layout_b21_3,
    "b21_4": layout_b21_4,
    "b21_5": layout_b21_5,
}
