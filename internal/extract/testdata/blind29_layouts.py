"""Blind test layouts (set 29) for newsfarm (--extra-layouts): five article
templates modelled on mainstream Arabic news pages built on widely used
PLATFORMS and THEMES that no earlier layout file imitates, written without
reading Khabar's extractor. Each prints the whole page a reader gets: top bar,
header and menus, tickers, the article, the boxes real sites put inside the
text, and the lists, comments, sidebars and footer around it.

Covered before and so not used here: Jannah (b7_1), tagDiv «Newspaper»
(b15_5), Elementor (b18_4), Ghost/Casper (b12_4), Medium (b6_3), Blogger
(b9_1, b27_5), Joomla + K2 / Cassiopeia (b9_3, b10_1, b27_3), Wix (b15_1),
Next.js, Nuxt, Angular, Arc XP, Pangea, Quintype, Drupal 7/8/9 (b26_4,
b16_1, b20_3), JNews (b27_1), Sahifa (b27_2), Substack (b27_4), AMP, web
stories (b8_5), news aggregators (b5_4), t.me/s/ (b14_5).

  b29_1  KUWAITI news site on WordPress with the SMARTMAG theme
         (ThemeSphere, Bunyad framework; KUWAIT time = UTC+3, the Riyadh
         wall clock): smart-head top bar with the Kuwait day, the dinar
         against the dollar and Kuwait weather; logo row, main menu, a
         «الأكثر تداولاً» trending ticker. Breadcrumbs, cat-labels,
         h1.is-title.post-title, on half the pages a h2.sub-title; post-meta
         post-meta-a: author image, «بواسطة» in span.by + the name alone in
         <a rel="author"> (only with an author), <time class="post-date"
         datetime="…+03:00"> with the DAY ONLY («9 أغسطس، 2015»), a LATER
         «تم التحديث: 9 أغسطس، 2015 3:05 م» (a decoy clock), reading time.
         Yoast @graph JSON-LD and article:published_time in +03:00. In
         div.post-content: featured image with caption, a «اقرأ أيضاً»
         block, an «إعلان» a-wrap slot, a tweet of a Kuwaiti ministry on
         some pages and a WhatsApp-channel line; after it tags, share
         buttons, the author box (only with an author), prev/next, related
         posts with dates, comments with Kuwaiti names and stamps, sidebar.
  b29_2  JORDANIAN news site on DRUPAL 10 with the core OLIVERO theme
         (AMMAN time = UTC+3 in August 2015, the Riyadh wall clock):
         «تجاوز إلى المحتوى الرئيسي» skip link, site-header with the
         branding name and mobile-nav button, primary menu, search form;
         a custom block with the Amman day and gold / dinar prices; a views
         «آخر الأخبار» strip; «مسار التنقل» breadcrumb; the page-title block
         h1 > span.field--name-title; node__meta as Olivero prints it:
         «بواسطة» + a.username (field--name-uid; only with an author) then
         «، » and Drupal's MEDIUM date format «الأحد, 08/09/2015 - 14:32»
         (MONTH FIRST, m/d/Y); wire items without author print the date
         alone. Metatag article:published_time «…T14:32:07+0300» (no colon)
         and a schema_metatag JSON-LD. The body field (text-content) holds
         CKEditor 5 paragraphs, a figure.image with caption, a media embed
         of a remote video and a «اقرأ أيضاً» entity-embed card; then
         field--name-field-tags «الوسوم», Olivero comments (comment__author,
         comment__time in the same medium format, «رد»), the comment form,
         a views block of related nodes, footer «مدعوم من دروبال».
  b29_3  LEBANESE digital outlet on GHOST with the HEADLINE theme (not
         Casper; BEIRUT time = UTC+3 in August, Ghost's locale «ar»):
         gh-head with a navigation and «اشترك» / «تسجيل الدخول» Portal
         buttons, a gh-topic strip of tags. gh-article-header: the primary
         tag, h1.gh-article-title, p.gh-article-excerpt (custom excerpt
         repeating the first sentence), gh-article-meta: author image and
         h4.gh-article-author-name > a with the name alone (only with an
         author), <time class="gh-article-meta-date" datetime="2015-08-09">
         with the day in moment's ar locale, EASTERN digits «٩ أغسطس ٢٠١٥»,
         and «٣ دقائق قراءة». The minute only in Ghost's JSON-LD and
         article:published_time in UTC («…T11:32:07.000Z»). In
         section.gh-content: a kg-image-card with caption, a kg-bookmark-card
         of another post, a kg-callout-card newsletter prompt, an embed card
         of a tweet on some pages; after it the share row, a Portal signup
         CTA, «اقرأ التالي» read-next cards with Eastern-digit dates, Ghost
         native comments placeholder, gh-foot with «Powered by Ghost».
  b29_4  LIBYAN news site on WordPress with BetterStudio's PUBLISHER theme
         (TRIPOLI time = UTC+2 all year since 2013, one hour BEHIND Riyadh,
         the day can roll back): topbar with the Tripoli day, the dinar at
         the official rate and on the parallel market, Tripoli / Benghazi
         weather; site-header with logo and banner, main-menu, a
         «عاجل» bs-pretty-tabs ticker. post-header: term-badges, h1.single-
         post-title > span.post-title, h2.post-subtitle on some pages;
         single-post-meta: avatar + span.post-author-name «بواسطة
         <b>name</b>» (only with an author), then Publisher's «آخر تحديث
         <b>…</b>» in time.post-published whose datetime is the MODIFIED
         Tripoli time (decoy, later than the publication); the publication
         minute only in article:published_time and the bs-json-ld
         datePublished (+02:00). In the entry-content: a bs-irp «إقرأ
         أيضا» inline related post block, a bsac «إعلان» ad, on some pages
         a Facebook video embed, a «تابعونا على تيليجرام» line; then the
         single-post-share bar, «الوسوم:» terms, post-related «قد يعجبك
         ايضا» with Tripoli dates, WordPress comments «اترك رد», sidebar
         (popular posts, Facebook page), copy-footer.
  b29_5  TELEGRAPH (telegra.ph) page that a Saudi news channel publishes
         for Telegram Instant View: the bare Telegraph chrome (tl_page_wrap,
         English «Edit» / «Publish» / «Share» buttons, «Report content on
         this page» footer); tl_article_header with h1 and <address>: <a
         rel="author"> with the name (only with an author; authorless pages
         print the time alone), <time datetime="…T11:32:07+0000"> showing
         the UTC DAY in English («August 09, 2015»; the day can roll back).
         article:published_time in +0000, article:author meta only with an
         author. The editor's article repeats the title and the author in
         its first h1 / address (Telegraph hides them by CSS), then the text:
         <p> paragraphs, a figure with a figcaption, on some pages a
         blockquote of an official statement (a sentence of the text), a
         «اقرأ أيضاً» link paragraph and the channel's closing
         «📌 تابعونا على تيليجرام: @…» line (emoji: NCRs on windows-1256).

Pages whose article has no author print no byline. The author string is
printed whole, exactly as the corpus gives it, as the only text of its
element (b29_4: inside <b> after «بواسطة»). Gold times are Asia/Riyadh
(+03:00); b29_1 and b29_2 show the Riyadh wall clock/day (+03:00, b29_2
+0300); b29_3 shows the Beirut day and carries UTC «Z»; b29_4 shows a
Tripoli update day (UTC+2) and carries +02:00; b29_5 shows the UTC day and
carries +0000. The conversions are exact. On windows-1256 sites, characters
the charset lacks are written as numeric character references (\\u escapes
inside scripts).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts internal/extract/testdata/blind29_layouts.py \\
      --layouts b29_1,b29_2,b29_3,b29_4,b29_5 --out /work/blind29/pages
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
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# --- helpers ---------------------------------------------------------------------------

def num(a, salt, lo, hi):
    """A stable per-article number in [lo, hi]."""
    h = int(hashlib.md5((a.key + salt).encode()).hexdigest()[:12], 16)
    return lo + h % (hi - lo + 1)


def snum(site, salt, lo, hi):
    """A stable per-site number in [lo, hi]."""
    h = int(hashlib.md5((site.id + salt).encode()).hexdigest()[:12], 16)
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


def iso_z(d, ms=None):
    t = shift(d, -3)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (f".{ms:03d}Z" if ms is not None else "Z")


def h12(d, pad=False):
    h = d.hour % 12 or 12
    return (f"{h:02d}" if pad else f"{h}") + f":{d.minute:02d}"


def am_pm(d):
    return "ص" if d.hour < 12 else "م"


HIJRI_STARTS = [((1436, 9), dt.date(2015, 6, 18)), ((1436, 10), dt.date(2015, 7, 17)),
                ((1436, 11), dt.date(2015, 8, 15)), ((1436, 12), dt.date(2015, 9, 14))]


def hijri(d):
    """Umm al-Qura (day, month name, year) for a date."""
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


def ratio_at(blocks, frac):
    return max(0, min(len(blocks) - 1, int(len(blocks) * frac)))


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


def ldjson(obj, php=False):
    if php:  # PHP json_encode defaults: \u escapes and escaped slashes
        body = json.dumps(obj, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
    else:
        body = json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")
    return '<script type="application/ld+json">' + body + "</script>"


def slug(text, n=6):
    return urllib.parse.quote("-".join(text.split()[:n]).replace("/", "-"))


def reading_minutes(a):
    return max(1, round(len(a.text.split()) / 200))


def lead_sentence(text):
    """The first sentence of the text (cut at a word with an ellipsis when very long)."""
    paras = L.paragraphs(text)
    first = paras[0] if paras else text
    i = first.find(".")
    if 20 < i < 320:
        return first[: i + 1]
    w = first.split()
    return " ".join(w[:40]) + ("..." if len(w) > 40 else "")


def a_sentence(a, salt):
    """A whole sentence from inside the text (for pull quotes), or ''."""
    sents = []
    for p in L.paragraphs(a.text)[1:]:
        for s in re.split(r"(?<=\.)\s+", p):
            if 60 <= len(s) <= 220:
                sents.append(s)
    return pick(a, salt, sents) if sents else ""


# --- b27_1: JNews theme, Egyptian news site, Cairo (UTC+2) ---------------------------------

EASTERN = L.EASTERN
EN_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
AR_ABBR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def wp_day(d):
    """WordPress Arabic default date format «j F، Y»."""
    return f"{d.day} {MONTHS[d.month - 1]}، {d.year}"


def comments_word(n):
    return {0: "لا توجد تعليقات", 1: "تعليق واحد", 2: "تعليقان"}.get(n, f"{n} تعليقات")


# --- b29_1: SmartMag (Bunyad) on a Kuwaiti WordPress site, Kuwait (UTC+3) --------------------

KW_NAV = ["الرئيسية", "محليات", "برلمان", "اقتصاد", "خليجي", "عربي ودولي", "رياضة", "فنون", "تكنولوجيا", "مقالات"]
KW_SECTIONS = ["خليجي", "عربي ودولي", "اقتصاد", "خليجي", "رياضة", "منوعات"]
KW_COMMENTS = [
    ("بو فهد", "الله يحفظ الكويت والسعودية وكل دول الخليج، خبر طيب."),
    ("عبدالله العنزي", "شكراً على التغطية، ننتظر تفاصيل أكثر."),
    ("أم عبدالعزيز", "يا ليت نشوف مثل هالقرارات عندنا في الكويت."),
    ("مشاري المطيري", "الخبر منقول من الصحف، بس مشكورين على النشر."),
    ("فيصل الرشيدي", "متى يبدأ التطبيق؟ ما في تاريخ واضح بالخبر."),
    ("سارة الشمري", "تقرير ممتاز ومختصر، استمروا."),
]
KW_TWEETS = [("وزارة الداخلية - الكويت", "Moi_kuw"), ("وزارة الصحة - الكويت", "KUWAIT_MOH"),
             ("وكالة الأنباء الكويتية", "kuna_ar"), ("وزارة الخارجية", "MOFAKuwait")]


def layout_b29_1(page):
    """SmartMag (Bunyad) on a Kuwaiti WordPress site: «بواسطة» in span.by + the name alone in
    a[rel=author], the DAY ONLY in time.post-date (datetime +03:00), a later «تم التحديث» stamp
    with a clock; Yoast @graph in +03:00."""
    a, site = page.article, page.site
    d = a.published  # Kuwait = Riyadh wall clock
    mod = d + dt.timedelta(minutes=num(a, "mod", 8, 200))
    sec = pick(a, "sec", KW_SECTIONS)
    sslug = slug(sec, 2)
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    ra = page.others("read_also", 2)
    if ra:
        items = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in ra)
        boxes.append((0 if len(blocks) < 3 else 1,
                      f'<div class="wp-block-group read-also-box"><p class="has-text-color"><strong>اقرأ أيضاً:</strong></p><ul>{items}</ul></div>'))
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 3 else 99,
                  f'<div class="a-wrap a-wrap-base a-wrap-8"><div class="label">إعلان</div>'
                  f'<ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-{snum(site, "pub", 1000000000, 9999999999)}" data-ad-slot="{num(a, "slot", 1000000, 9999999)}"></ins>'
                  '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'))
    if num(a, "tw", 0, 2) == 0 and len(blocks) > 2:
        nm, h = pick(a, "twh", KW_TWEETS)
        tt = d - dt.timedelta(minutes=num(a, "twm", 20, 300))
        boxes.append((ratio_at(blocks, 0.75),
                      f'<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">'
                      f'<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="ar" dir="rtl">{esc(short(pick(a, "twt", page.others("tw", 3) or [a]).title, 14))} <a href="https://t.co/{a.key[:10]}">pic.twitter.com/{a.key[:10]}</a></p>'
                      f'&mdash; {esc(nm)} (@{h}) <a href="https://twitter.com/{h}/status/{num(a, "st", 10**17, 10**18)}">{EN_FULL[tt.month - 1]} {tt.day}, {tt.year}</a></blockquote>'
                      '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div></figure>'))
    boxes.append((99, f'<p class="wa-channel"><a href="https://whatsapp.com/channel/{a.key[:12]}" target="_blank" rel="noopener">📲 تابعوا قناة {esc(site.short)} على واتساب لآخر الأخبار</a></p>'))
    body = weave(blocks, boxes)
    sub = ""
    if num(a, "sub", 0, 1) == 0:
        sub = f'<h2 class="sub-title">{esc(lead_sentence(a.text))}</h2>'
    aslug = slug(a.author, 3) if a.author else ""
    gav = hashlib.md5((a.author or site.id).encode()).hexdigest()
    author_meta = author_box = ""
    if a.author:
        author_meta = (f'<span class="post-author-img"><img alt="" src="https://secure.gravatar.com/avatar/{gav}?s=32&amp;d=mm&amp;r=g" class="avatar avatar-32 photo" height="32" width="32" loading="lazy"></span>'
                       f'<span class="meta-item post-author"><span class="by">بواسطة</span> <a href="/author/{aslug}/" title="مقالات {esc(a.author)}" rel="author">{esc(a.author)}</a></span>')
        author_box = (f'<div class="author-box"><section class="author-info"><img alt="" src="https://secure.gravatar.com/avatar/{gav}?s=95&amp;d=mm&amp;r=g" class="avatar avatar-95 photo" height="95" width="95" loading="lazy">'
                      f'<div class="description"><a href="/author/{aslug}/" title="مقالات {esc(a.author)}" rel="author">{esc(a.author)}</a>'
                      f'<ul class="social-icons"><li><a href="https://twitter.com/" class="icon tsi tsi-twitter" title="تويتر"><span class="visuallyhidden">تويتر</span></a></li></ul></div></section></div>')
    ncom = num(a, "nc", 0, 4)
    coms = []
    for j in range(ncom):
        nm, tx = KW_COMMENTS[(num(a, "cu", 0, 5) + j) % len(KW_COMMENTS)]
        ct = d + dt.timedelta(minutes=num(a, f"c{j}", 10, 120) + 53 * j)
        cid = num(a, f"cid{j}", 10000, 99999)
        coms.append(f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><article id="comment-{cid}" class="comment">'
                    f'<div class="comment-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{cid}?s=50&amp;d=mm" class="avatar avatar-50 photo" height="50" width="50"></div>'
                    f'<div class="comment-meta"><span class="comment-author">{esc(nm)}</span><a href="#comment-{cid}" class="comment-time"><time datetime="{iso_off(ct, 3)}">{wp_day(ct)} في {h12(ct)} {am_pm(ct)}</time></a></div>'
                    f'<div class="comment-content"><p>{esc(tx)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">رد</a></div></article></li>')
    related = "".join(
        f'<article class="l-post grid-post grid-sm-post"><div class="media"><a href="{esc(page.url_of(o))}" class="image-link media-ratio ratio-16-9" title="{esc(o.title)}"><span data-bgsrc="/wp-content/uploads/2015/08/{o.key}-450x300.jpg" class="img bg-cover wp-post-image lazyload"></span></a></div>'
        f'<div class="content"><div class="post-meta post-meta-a has-below"><h4 class="is-title post-title"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></h4>'
        f'<div class="post-meta-items meta-below"><span class="meta-item date"><span class="date-link"><time class="post-date" datetime="{iso_off(o.published, 3)}">{wp_day(o.published)}</time></span></span></div></div></div></article>'
        for o in page.others("similar", 3))
    popular = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a><span class="meta-item date">{wp_day(o.published)}</span></li>' for o in page.others("popular", 5))
    trend = "".join(f'<li><a href="{esc(page.url_of(o))}" class="post-link">{esc(o.title)}</a></li>' for o in page.others("ticker", 6))
    nav = "".join(f'<li id="menu-item-{300 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-cat-{300 + i} menu-item-{300 + i}"><a href="/category/{slug(n, 2)}/">{n}</a></li>' for i, n in enumerate(KW_NAV))
    pn = page.others("prevnext", 2)
    pnh = ""
    if len(pn) == 2:
        pnh = (f'<section class="navigate-posts"><div class="previous"><span class="main-color title"><i class="tsi tsi-chevron-left"></i> المقال السابق</span><span class="link"><a href="{esc(page.url_of(pn[0]))}" rel="prev">{esc(pn[0].title)}</a></span></div>'
               f'<div class="next"><span class="main-color title">المقال التالي <i class="tsi tsi-chevron-right"></i></span><span class="link"><a href="{esc(page.url_of(pn[1]))}" rel="next">{esc(pn[1].title)}</a></span></div></section>')
    tags = "".join(f'<a href="/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in L.tags_for(a)[:5])
    img = f"/wp-content/uploads/2015/08/{a.key}.jpg"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": page.canonical + "#article", "isPartOf": {"@id": page.canonical},
         **({"author": {"name": a.author, "@id": site.base + "/#/schema/person/" + gav[:16]}} if a.author else {}),
         "headline": a.title[:110], "datePublished": iso_off(d, 3), "dateModified": iso_off(mod, 3),
         "mainEntityOfPage": {"@id": page.canonical}, "wordCount": len(a.text.split()),
         "publisher": {"@id": site.base + "/#organization"}, "image": {"@id": page.canonical + "#primaryimage"},
         "articleSection": [sec], "inLanguage": "ar"},
        {"@type": "WebPage", "@id": page.canonical, "url": page.canonical, "name": f"{a.title} - {site.name}",
         "datePublished": iso_off(d, 3), "dateModified": iso_off(mod, 3), "inLanguage": "ar",
         "breadcrumb": {"@id": page.canonical + "#breadcrumb"}},
        {"@type": "BreadcrumbList", "@id": page.canonical + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": site.base + "/"},
            {"@type": "ListItem", "position": 2, "name": a.title}]},
        {"@type": "Organization", "@id": site.base + "/#organization", "name": site.name, "url": site.base + "/"},
    ] + ([{"@type": "Person", "@id": site.base + "/#/schema/person/" + gav[:16], "name": a.author,
           "url": f"{site.base}/author/{aslug}/"}] if a.author else [])}
    graph_js = json.dumps(graph, ensure_ascii=False).replace("</", "<\\/")
    kwd = 0.301 + num(a, "kwd", 0, 9) / 10000
    out = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="{site.encoding}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(a.title)} - {esc(site.name)}</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
<link rel="canonical" href="{esc(page.canonical)}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)} - {esc(site.name)}" />
<meta property="og:description" content="{esc(L.first_sentence(a.text))}" />
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:site_name" content="{esc(site.name)}" />
<meta property="article:published_time" content="{iso_off(d, 3)}" />
<meta property="article:modified_time" content="{iso_off(mod, 3)}" />
<meta property="og:image" content="{esc(site.base)}{img}" />
{'<meta name="author" content="' + esc(a.author) + '" />' if a.author else ''}
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="كُتب بواسطة" /><meta name="twitter:data1" content="{esc(a.author) if a.author else esc(site.name)}" />
<meta name="twitter:label2" content="وقت القراءة المُقدّر" /><meta name="twitter:data2" content="{reading_minutes(a)} دقائق" />
<script type="application/ld+json" class="yoast-schema-graph">{graph_js}</script>
<link rel='stylesheet' id='smartmag-core-css' href='/wp-content/themes/smart-mag/style.css?ver=9.1.0' type='text/css' media='all' />
<link rel='stylesheet' id='smartmag-rtl-css' href='/wp-content/themes/smart-mag/css/rtl.css?ver=9.1.0' type='text/css' media='all' />
<link rel='stylesheet' id='smartmag-icons-css' href='/wp-content/themes/smart-mag/css/icons/icons.css?ver=9.1.0' type='text/css' media='all' />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.min.js?ver=3.6.0' id='jquery-core-js'></script>
<script>var BunyadSchemeKey = 'bunyad-scheme';</script>
<meta name="generator" content="WordPress 6.1.1" />
</head>
<body class="rtl post-template-default single single-post postid-{a.n} single-format-standard right-sidebar post-layout-modern post-cat-{300 + num(a, 'cat', 0, 9)} has-lb has-lb-sm layout-normal elementor-default">
<div class="main-wrap">
<div class="off-canvas-backdrop"></div>
<div class="mobile-menu-container off-canvas" id="off-canvas"><div class="off-canvas-head"><a href="#" class="close"><span class="visuallyhidden">إغلاق القائمة</span><i class="tsi tsi-times"></i></a></div><div class="off-canvas-content"><ul class="mobile-menu"></ul></div></div>
<div class="smart-head smart-head-a smart-head-main" id="smart-head" data-sticky="auto">
<div class="smart-head-row smart-head-top is-light smart-head-row-full"><div class="inner wrap">
<div class="items items-left"><span class="h-date">{WEEKDAYS[d.weekday()]}، {wp_day(d)}</span>
<span class="h-text">الدينار الكويتي = {1 / kwd:.3f} دولار | الكويت 47° | الجهراء 49° | الأحمدي 46°</span></div>
<div class="items items-right"><div class="spc-social-block spc-social spc-social-a smart-head-social"><a href="https://facebook.com/" class="link service s-facebook" target="_blank" rel="nofollow noopener"><i class="icon tsi tsi-facebook"></i><span class="visuallyhidden">فيسبوك</span></a><a href="https://twitter.com/" class="link service s-twitter" target="_blank" rel="nofollow noopener"><i class="icon tsi tsi-twitter"></i><span class="visuallyhidden">تويتر</span></a><a href="https://instagram.com/" class="link service s-instagram" target="_blank" rel="nofollow noopener"><i class="icon tsi tsi-instagram"></i><span class="visuallyhidden">إنستغرام</span></a></div></div>
</div></div>
<div class="smart-head-row smart-head-mid smart-head-row-3 is-light smart-head-row-full"><div class="inner wrap">
<div class="items items-left"><a href="/" title="{esc(site.name)}" rel="home" class="logo-link ts-logo logo-is-image"><span><img src="/wp-content/uploads/2015/01/logo.png" class="logo-image" alt="{esc(site.name)}" width="260" height="60" /></span></a></div>
<div class="items items-right"><div class="a-wrap a-wrap-base a-wrap-header"><a href="/go/top"><img src="/wp-content/uploads/2015/07/banner-728x90.jpg" width="728" height="90" alt="إعلان" /></a></div></div>
</div></div>
<div class="smart-head-row smart-head-bot is-dark smart-head-row-full"><div class="inner wrap"><div class="items items-left">
<div class="nav-wrap"><nav class="navigation navigation-main nav-hov-a"><ul id="menu-main-menu" class="menu">{nav}</ul></nav></div>
<a href="#" class="search-icon has-icon-only is-icon" title="بحث"><i class="tsi tsi-search"></i></a></div></div></div>
</div>
<div class="smart-head-row smart-head-trending"><div class="inner wrap"><div class="trending-ticker" data-delay="8"><span class="heading">الأكثر تداولاً</span><ul>{trend}</ul></div></div></div>
<nav class="breadcrumbs is-full-width breadcrumbs-a" id="breadcrumb"><div class="inner ts-contain "><span><a href="/"><span>الرئيسية</span></a></span><span class="delim">&raquo;</span><span><a href="/category/{sslug}/"><span>{esc(sec)}</span></a></span><span class="delim">&raquo;</span><span class="current">{esc(short(a.title, 8))}</span></div></nav>
<div class="main ts-contain cf right-sidebar">
<div class="ts-row">
<div class="col-8 main-content">
<div class="the-post-header s-head-modern s-head-modern-a">
<div class="post-meta post-meta-a post-meta-left post-meta-single has-below">
<div class="post-meta-items meta-above"><span class="meta-item cat-labels"><a href="/category/{sslug}/" class="category term-color-{300 + num(a, 'cat', 0, 9)}" rel="category">{esc(sec)}</a></span></div>
<h1 class="is-title post-title">{esc(a.title)}</h1>
{sub}
<div class="post-meta-items meta-below has-author-img">{author_meta}<span class="meta-item has-next-icon date"><time class="post-date" datetime="{iso_off(d, 3)}">{wp_day(d)}</time></span><span class="meta-item has-next-icon date-modified"><span class="updated-on">تم التحديث:</span>{wp_day(mod)} {h12(mod)} {am_pm(mod)}</span><span class="meta-item comments has-icon"><a href="#comments"><i class="tsi tsi-comment-o"></i>{ncom}</a></span><span class="meta-item read-time has-icon"><i class="tsi tsi-clock"></i>{reading_minutes(a)} دقائق</span></div>
</div>
<div class="post-share post-share-b spc-social-colors post-share-b1"><a href="https://www.facebook.com/sharer.php?u={esc(page.canonical)}" class="cf service s-facebook service-lg" title="شارك على فيسبوك" target="_blank" rel="nofollow noopener"><i class="tsi tsi-facebook"></i><span class="label">فيسبوك</span></a><a href="https://twitter.com/intent/tweet?url={esc(page.canonical)}" class="cf service s-twitter service-lg" title="شارك على تويتر" target="_blank" rel="nofollow noopener"><i class="tsi tsi-twitter"></i><span class="label">تويتر</span></a><a href="https://wa.me/?text={esc(page.canonical)}" class="cf service s-whatsapp service-sm" title="واتساب" target="_blank" rel="nofollow noopener"><i class="tsi tsi-whatsapp"></i><span class="label">واتساب</span></a></div>
</div>
<div class="single-featured"><figure class="featured-image"><a href="{img}" class="image-link media-ratio ar-bunyad-main" title="{esc(a.title)}"><img width="1200" height="700" src="{img}" class="attachment-bunyad-main size-bunyad-main wp-post-image" alt="" decoding="async" /></a><figcaption class="wp-caption-text">{esc(short(a.title, 7))} - أرشيفية</figcaption></figure></div>
<div class="the-post s-post-modern">
<article id="post-{a.n}" class="post-{a.n} post type-post status-publish format-standard has-post-thumbnail category-{sslug}">
<div class="post-content-wrap has-share-float">
<div class="post-share-float share-float-a is-hidden spc-social-colors spc-social-colored"><div class="inner"><span class="share-text">شارك</span><div class="services"><a href="#" class="cf service s-facebook"><i class="tsi tsi-facebook"></i><span class="label">فيسبوك</span></a><a href="#" class="cf service s-twitter"><i class="tsi tsi-twitter"></i><span class="label">تويتر</span></a></div></div></div>
<div class="post-content cf entry-content content-spacious">
{body}
</div>
</div>
<div class="the-post-tags"><span class="label">الوسوم</span>{tags}</div>
</article>
<div class="post-share-bot"><span class="info">شاركها.</span><span class="share-links spc-social-colors spc-social-bg"><a href="#" class="service s-facebook tsi tsi-facebook" title="فيسبوك"><span class="visuallyhidden">فيسبوك</span></a><a href="#" class="service s-twitter tsi tsi-twitter" title="تويتر"><span class="visuallyhidden">تويتر</span></a><a href="#" class="service s-whatsapp tsi tsi-whatsapp" title="واتساب"><span class="visuallyhidden">واتساب</span></a><a href="#" class="service s-telegram tsi tsi-telegram" title="تيليجرام"><span class="visuallyhidden">تيليجرام</span></a><a href="#" class="service s-email tsi tsi-envelope-o" title="البريد الإلكتروني"><span class="visuallyhidden">البريد الإلكتروني</span></a></span></div>
{author_box}
{pnh}
<section class="related-posts"><div class="block-head block-head-ac block-head-c is-left"><h4 class="heading">مقالات ذات صلة</h4></div><section class="block-wrap block-grid mb-none"><div class="block-content"><div class="loop loop-grid loop-grid-sm grid grid-3 md:grid-2 xs:grid-1">{related}</div></div></section></section>
<div class="comments">
<div id="comments"><div class="comments-area"><div class="block-head block-head-ac block-head-c is-left"><h4 class="heading">{comments_word(ncom)}</h4></div>
<ol class="comments-list">{"".join(coms)}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span class="heading">اترك تعليقاً</span></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p><textarea name="comment" id="comment" cols="45" rows="8" aria-required="true" placeholder="تعليقك"></textarea></p><p><input name="author" id="author" type="text" size="30" maxlength="245" value="" placeholder="الاسم *" /></p><p><input name="email" id="email" type="text" size="30" value="" placeholder="البريد الإلكتروني *" /></p><p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="submit" value="أرسل التعليق" /></p></form></div>
</div></div></div>
</div>
</div>
<aside class="col-4 main-sidebar has-sep" data-sticky="1"><div class="inner theiaStickySidebar">
<div id="smartmag-block-posts-small-2" class="widget ts-block-widget smartmag-widget-posts-small"><div class="block"><section class="block-wrap block-posts-small block-sc mb-none"><div class="widget-title block-head block-head-ac block-head-b is-left has-style"><h5 class="heading">الأكثر قراءة</h5></div><div class="block-content"><ul class="loop loop-small">{popular}</ul></div></section></div></div>
<div id="bunyad-widget-ads-2" class="widget code-widget"><div class="a-wrap"><div class="label">إعلان</div><a href="/go/side"><img src="/wp-content/uploads/2015/07/ad-300x250.jpg" width="300" height="250" alt="" /></a></div></div>
<div id="smartmag-block-newsletter-2" class="widget ts-block-widget smartmag-widget-newsletter"><div class="block-newsletter"><div class="spc-newsletter spc-newsletter-b spc-newsletter-center"><h3 class="heading">النشرة البريدية</h3><div class="base-text message"><p>اشترك ليصلك ملخص أخبار الكويت والخليج كل صباح.</p></div><form method="post" action="#" class="form fields-style fields-full" target="_blank"><input type="email" name="EMAIL" placeholder="بريدك الإلكتروني.." required /><input type="submit" value="اشترك" /></form></div></div></div>
</div></aside>
</div>
</div>
<footer class="main-footer cols-gap-lg footer-bold s-dark">
<div class="upper-footer bold-footer-upper"><div class="ts-contain wrap"><div class="widgets row cf"><div class="widget column col-4 widget_text"><div class="widget-title block-head block-head-ac block-head block-head-ac block-head-h is-left has-style"><h5 class="heading">عن الموقع</h5></div><div class="textwidget"><p>{esc(site.name)} صحيفة إلكترونية كويتية مستقلة تقدم الأخبار المحلية والخليجية والعربية على مدار الساعة.</p></div></div>
<div class="widget column col-4 widget_nav_menu"><ul class="menu"><li><a href="/about/">من نحن</a></li><li><a href="/contact/">اتصل بنا</a></li><li><a href="/privacy-policy/">سياسة الخصوصية</a></li><li><a href="/advertise/">أعلن معنا</a></li></ul></div></div></div></div>
<div class="lower-footer bold-footer-lower"><div class="ts-contain inner"><div class="spc-social-block spc-social spc-social-b"></div><div class="copyright">&copy; 2015 {esc(site.name)} - الكويت. جميع الحقوق محفوظة. تصميم <a href="https://theme-sphere.com/">ThemeSphere</a>.</div></div></div>
</footer>
</div>
<div class="search-modal-wrap" data-scheme="dark"><div class="search-modal-box" role="dialog" aria-modal="true"><form method="get" class="search-form" action="/"><input type="search" class="search-field live-search-query" name="s" placeholder="بحث..." value="" required /><button type="submit" class="search-submit visuallyhidden">إرسال</button></form></div></div>
<script type='text/javascript' id='smartmag-theme-js-extra'>var Bunyad = {{"ajaxurl":"{esc(site.base)}\\/wp-admin\\/admin-ajax.php"}};</script>
<script type='text/javascript' src='/wp-content/themes/smart-mag/js/theme.js?ver=9.1.0' id='smartmag-theme-js'></script>
</body>
</html>"""
    return finish(out, page)


# --- b29_2: Drupal 10 + Olivero, Jordanian news site, Amman (UTC+3 in August) ---------------

JO_NAV = ["الرئيسية", "محليات", "برلمانيات", "اقتصاد", "عربي ودولي", "رياضة", "ثقافة", "مقالات", "فيديو"]
JO_SECTIONS = ["عربي ودولي", "اقتصاد", "عربي ودولي", "رياضة", "منوعات", "الخليج"]
JO_COMMENTS = [
    ("أبو محمد", "الله يحمي الأردن والسعودية وكل بلاد العرب."),
    ("خالد العبادي", "خبر مهم، شكراً على المتابعة والتغطية."),
    ("مواطن أردني", "بتمنى نشوف هيك قرارات عنا كمان."),
    ("رامي الزعبي", "وين التفاصيل؟ الخبر ناقص."),
    ("سهى الخطيب", "تقرير جميل ومفيد، يعطيكم العافية."),
]
DR_DAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def dr_medium(d):
    """Drupal's medium date format «D, m/d/Y - H:i» with Arabic weekday names."""
    return f"{DR_DAYS[d.weekday()]}, {d:%m/%d/%Y - %H:%M}"


def layout_b29_2(page):
    """Drupal 10 Olivero on a Jordanian site: node__meta «بواسطة» + a.username then Drupal's
    medium date «الأحد, 08/09/2015 - 14:32» (month first); metatag +0300 without colon."""
    a, site = page.article, page.site
    d = a.published  # Amman (EEST) = Riyadh wall clock in August 2015
    sec = pick(a, "sec", JO_SECTIONS)
    nid = 20000 + a.n
    uid = num(a, "uid", 5, 90)
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    if len(blocks) > 1:
        boxes.append((0, f'<figure role="group" class="caption caption-img align-center"><img src="/sites/default/files/inline-images/{a.key}.jpg" data-entity-uuid="{hashlib.md5(a.key.encode()).hexdigest()[:8]}-4a1e-9c1b-{a.key[:12]}" data-entity-type="file" alt="" width="800" height="450" loading="lazy">'
                         f'<figcaption>{esc(short(a.title, 7))} (أرشيفية)</figcaption></figure>'))
    ra = page.others("read_also", 1)
    if ra:
        o = ra[0]
        boxes.append((1 if len(blocks) > 3 else 99,
                      f'<article class="node node--type-article node--view-mode-teaser embedded-entity" data-entity-type="node" data-entity-embed-display="view_mode:node.teaser">'
                      f'<div class="node__content"><span class="read-also-label">اقرأ أيضاً</span><h2 class="node__title"><a href="{esc(page.url_of(o))}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{esc(o.title)}</span></a></h2></div></article>'))
    if num(a, "vid", 0, 2) == 0 and len(blocks) > 2:
        boxes.append((ratio_at(blocks, 0.7),
                      f'<article class="media media--type-remote-video media--view-mode-default"><div class="field field--name-field-media-oembed-video field--type-string field--label-hidden field__item">'
                      f'<iframe src="/media/oembed?url=https%3A//www.youtube.com/watch%3Fv%3D{a.key[:11]}&amp;max_width=0&amp;max_height=0&amp;hash={a.key[:20]}" width="640" height="360" class="media-oembed-content" loading="eager" title="{esc(short(a.title, 6))}"></iframe></div></article>'))
    body = weave(blocks, boxes)
    by = ""
    if a.author:
        by = (f'<span>بواسطة <span class="field field--name-uid field--type-entity-reference field--label-hidden"><a title="عرض ملف المستخدم." href="/user/{uid}" class="username">{esc(a.author)}</a></span>، </span>')
        pic = (f'<div class="node__author-image"><article class="profile"><div class="field field--name-user-picture field--type-image field--label-hidden field__item">'
               f'<a href="/user/{uid}"><img loading="lazy" src="/sites/default/files/styles/thumbnail/public/pictures/2015-07/u{uid}.jpg" width="100" height="100" alt="صورة {esc(a.author)}" /></a></div></article></div>')
    else:
        pic = ""
    meta = f'<div class="node__meta">{pic}<span>{by}<span class="field field--name-created field--type-created field--label-hidden">{dr_medium(d)}</span></span></div>'
    ncom = num(a, "nc", 0, 3)
    coms = []
    for j in range(ncom):
        nm, tx = JO_COMMENTS[(num(a, "cu", 0, 4) + j) % len(JO_COMMENTS)]
        ct = d + dt.timedelta(minutes=num(a, f"c{j}", 10, 150) + 41 * j)
        cid = num(a, f"cid{j}", 1000, 99999)
        coms.append(f'<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous" data-drupal-selector="comment-{cid}"><span class="hidden" data-comment-timestamp="{int((ct - dt.datetime(1970, 1, 1)).total_seconds()) - 3 * 3600}"></span>'
                    f'<div class="comment__picture-wrapper"><div class="comment__picture"></div></div><div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>{esc(nm)} (لم يتم التحقق منه)</span></p><p class="comment__time">{dr_medium(ct)}</p></footer>'
                    f'<div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{esc(tx)}</p></div></div>'
                    f'<ul class="links inline comment__links"><li class="comment-reply comment__links-item"><a href="/comment/reply/node/{nid}/comment/{cid}" class="comment__links-link">رد</a></li></ul></div></article>')
    tags = "".join(f'<div class="field__item"><a href="/taxonomy/term/{num(a, t, 100, 999)}" hreflang="ar">{esc(t)}</a></div>' for t in L.tags_for(a)[:4])
    latest = "".join(f'<div class="views-row"><span class="views-field views-field-created"><span class="field-content">{o.published:%H:%M}</span></span> <span class="views-field views-field-title"><span class="field-content"><a href="{esc(page.url_of(o))}" hreflang="ar">{esc(o.title)}</a></span></span></div>' for o in page.others("ticker", 6))
    related = "".join(f'<li><a href="{esc(page.url_of(o))}" hreflang="ar">{esc(o.title)}</a> <span class="views-field-created">{dr_medium(o.published)}</span></li>' for o in page.others("similar", 5))
    nav = "".join(f'<li class="primary-nav__menu-item primary-nav__menu-item--level-1"><a href="/taxonomy/term/{10 + i}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="taxonomy/term/{10 + i}"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{n}</span></a></li>' for i, n in enumerate(JO_NAV))
    schema = {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": a.title,
              "datePublished": d.strftime("%Y-%m-%dT%H:%M:%S") + "+0300",
              "dateModified": (d + dt.timedelta(minutes=num(a, "mod", 3, 60))).strftime("%Y-%m-%dT%H:%M:%S") + "+0300",
              "isAccessibleForFree": "True", "publisher": {"@type": "Organization", "name": site.name, "url": site.base + "/"},
              "mainEntityOfPage": page.canonical, **({"author": {"@type": "Person", "name": a.author}} if a.author else {})}]}
    schema_js = json.dumps(schema, ensure_ascii=False, indent=4).replace("</", "<\\/")
    hd, hm, hy = hijri(d)
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="{site.encoding}" />
<meta name="description" content="{esc(L.first_sentence(a.text))}" />
<link rel="canonical" href="{esc(page.canonical)}" />
<meta property="og:site_name" content="{esc(site.name)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:image" content="{esc(site.base)}/sites/default/files/inline-images/{a.key}.jpg" />
<meta property="article:section" content="{esc(sec)}" />
<meta property="article:published_time" content="{d:%Y-%m-%dT%H:%M:%S}+0300" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<script type="application/ld+json">{schema_js}</script>
<link rel="icon" href="/core/themes/olivero/favicon.ico" type="image/vnd.microsoft.icon" />
<title>{esc(a.title)} | {esc(site.name)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{a.key[:16]}.css?delta=0&amp;language=ar&amp;theme=olivero&amp;include=eJxdjEEOgzAMBD8UyJNQlGxpGjtGtqHl9yAhkPJBG" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/{nid}","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"ar"}},"pluralDelimiter":"\\u0003","olivero":{{"mobile_nav_breakpoint":"1200"}},"user":{{"uid":0,"permissionsHash":"{hashlib.md5(site.id.encode()).hexdigest()}"}}}}</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">تجاوز إلى المحتوى الرئيسي</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper">
<div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="ترويسة ثابتة" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
<div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block">
<div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo.png" alt="الرئيسية" width="120" height="60" /></a><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="الرئيسية" rel="home">{esc(site.name)}</a></div><div class="site-branding__slogan">أخبار الأردن والعالم</div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="القائمة الرئيسية" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">القائمة</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form-2" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form-2" accept-charset="UTF-8" class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label for="edit-keys--2" class="form-item__label visually-hidden">بحث</label><input title="أدخل العبارات التي تريد البحث عنها." placeholder="بحث حسب كلمة مفتاحية أو عبارة." data-drupal-selector="edit-keys" type="search" id="edit-keys--2" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" /></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><button class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" value="بحث"><span class="icon--search"></span><span class="visually-hidden">بحث</span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">التنقل الرئيسي</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">{nav}</ul></nav>
</div></div></div></div>
</header>
<div id="main-wrapper" class="layout-main-wrapper layout-container">
<div id="main" class="layout-main">
<div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--highlighted grid-full layout--pass--content-medium">
<div id="block-jo-topbar" class="block block-block-content block-block-content{a.key[:8]}"><div class="block__content"><div class="clearfix text-content field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} - {hd} {hm} {hy}هـ | عيار 21: {27 + num(a, 'gold', 0, 9) / 10:.2f} دينار | عمّان 32° إربد 33° العقبة 41°</p></div></div></div>
<div class="views-element-container block block-views block-views-blocklatest-news-block-1" id="block-views-block-latest-news"><h2 class="block__title">آخر الأخبار</h2><div class="block__content"><div class="view view-latest-news view-id-latest_news view-display-id-block_1"><div class="view-content">{latest}</div></div></div></div>
<div data-drupal-messages-fallback class="hidden messages-list"></div>
</div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">مسار التنقل</h2><div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">الرئيسية</a></li><li class="breadcrumb__item"><a href="/taxonomy/term/{num(a, 'sec', 11, 18)}" class="breadcrumb__link">{esc(sec)}</a></li></ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></h1></div>
</div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="{nid}" class="node node--type-article node--promoted node--view-mode-full">
<header class="">{meta}</header>
<div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="eager" src="/sites/default/files/styles/wide/public/2015-08/{a.key}.jpg" width="1100" height="619" alt="{esc(short(a.title, 6))}" /></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">الوسوم</h3><div class="field--tags__items field__items">{tags}</div></div>
<section data-drupal-selector="comments" class="comments">
<h2 class="comments__title">التعليقات</h2>
<div class="comments__count"><span>{ncom}</span></div>
{"".join(coms)}
<div class="comment-form__title">أضف تعليقاً جديداً</div>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" method="post" id="comment-form" accept-charset="UTF-8"><div class="js-form-item form-item form-type-textfield js-form-item-name form-item-name"><label for="edit-name" class="form-item__label">اسمك</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text form-element form-element--type-text form-element--api-textfield" /></div><div class="js-form-item form-item form-type-textarea js-form-item-comment-body-0-value form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">التعليق</label><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required form-element form-element--type-textarea form-element--api-textarea" required="required"></textarea></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="حفظ" class="button button--primary js-form-submit form-submit" /></div></form>
</section>
</div>
</article>
</div></div>
</div>
<div class="region region--content-below grid-full layout--pass--content-medium"><div class="views-element-container block block-views block-views-blockrelated-block-1" id="block-related"><h2 class="block__title">أخبار ذات صلة</h2><div class="block__content"><div class="view view-related"><div class="item-list"><ul>{related}</ul></div></div></div></div></div>
</div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">اشترك في RSS</a></div></div></div></div></div>
</div>
</div>
<footer class="site-footer"><div class="site-footer__inner container">
<div class="region region--footer-top grid-full"><div class="region--footer_top__inner"><nav class="block block-menu navigation menu--footer" aria-labelledby="block-olivero-footer-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-footer-menu">تذييل</h2><ul class="menu"><li class="menu__item"><a href="/about" class="menu__link">من نحن</a></li><li class="menu__item"><a href="/contact" class="menu__link">اتصل بنا</a></li><li class="menu__item"><a href="/privacy" class="menu__link">سياسة الخصوصية</a></li></ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div class="block block-text"><p>جميع الحقوق محفوظة &copy; 2015 {esc(site.name)} - عمّان، المملكة الأردنية الهاشمية</p></div><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>مدعوم من <a href="https://www.drupal.org">دروبال</a></span></div></div>
</div></footer>
<div class="overlay" data-drupal-selector="overlay"></div>
</div></div>
<script src="/sites/default/files/js/js_{a.key[:16]}.js?scope=footer&amp;delta=0&amp;language=ar&amp;theme=olivero"></script>
</body>
</html>"""
    return finish(out, page)


# --- b29_3: Ghost + Headline theme, Lebanese digital outlet, Beirut (UTC+3 in August) --------

LB_NAV = ["الرئيسية", "لبنان", "المنطقة", "اقتصاد", "مجتمع", "ثقافة", "رأي", "بودكاست", "عن الموقع"]
LB_TAGS = ["المنطقة", "الخليج", "اقتصاد", "مجتمع", "تقارير", "العالم"]


def gh_date(d):
    """moment «D MMM YYYY» in the ar locale: Eastern digits."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}".translate(EASTERN)


def layout_b29_3(page):
    """Ghost Headline theme on a Lebanese outlet: h4.gh-article-author-name > a with the name,
    time.gh-article-meta-date with the Beirut day in Eastern digits; the minute only in UTC
    («…Z») JSON-LD and article:published_time."""
    a, site = page.article, page.site
    d = a.published  # Beirut (EEST) = Riyadh wall clock in August
    tag = pick(a, "tag", LB_TAGS)
    tslug = slug(tag, 2)
    ms = num(a, "ms", 0, 999)
    mod = d + dt.timedelta(minutes=num(a, "mod", 2, 90))
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    if len(blocks) > 2:
        boxes.append((0, f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2015/08/{a.key}.jpg" class="kg-image" alt="" loading="lazy" width="1600" height="900" srcset="/content/images/size/w600/2015/08/{a.key}.jpg 600w, /content/images/size/w1000/2015/08/{a.key}.jpg 1000w" sizes="(min-width: 720px) 720px"><figcaption><span style="white-space: pre-wrap;">{esc(short(a.title, 6))} (أرشيف)</span></figcaption></figure>'))
    ra = page.others("read_also", 1)
    if ra:
        o = ra[0]
        boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 3 else 99,
                      f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{esc(site.base + page.url_of(o))}"><div class="kg-bookmark-content"><div class="kg-bookmark-title">{esc(o.title)}</div>'
                      f'<div class="kg-bookmark-description">{esc(short(o.text, 18))}</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/content/images/size/w256h256/2015/01/icon.png" alt=""><span class="kg-bookmark-author">{esc(site.name)}</span></div></div>'
                      f'<div class="kg-bookmark-thumbnail"><img src="/content/images/2015/08/{o.key}.jpg" alt=""></div></a></figure>'))
    if num(a, "tw", 0, 2) == 0 and len(blocks) > 3:
        tt = d - dt.timedelta(minutes=num(a, "twm", 15, 240))
        boxes.append((ratio_at(blocks, 0.75),
                      f'<figure class="kg-card kg-embed-card"><blockquote class="twitter-tweet"><p lang="ar" dir="rtl">{esc(short(page.others("tw", 1)[0].title if page.others("tw", 1) else a.title, 12))}</p>&mdash; {esc(site.short)} (@{site.id}) <a href="https://twitter.com/{site.id}/status/{num(a, "st", 10**17, 10**18)}?ref_src=twsrc%5Etfw">{EN_FULL[tt.month - 1]} {tt.day}, {tt.year}</a></blockquote>'
                      '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></figure>'))
    boxes.append((99, f'<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">✉️</div><div class="kg-callout-text">اشترك في نشرتنا الأسبوعية المجانية لتصلك قراءات {esc(site.short)} في بريدك كل جمعة. <a href="#/portal/signup">اشترك الآن</a></div></div>'))
    body = weave(blocks, boxes)
    aslug = "author-" + hashlib.md5((a.author or "x").encode()).hexdigest()[:8]
    meta_author = ""
    if a.author:
        meta_author = (f'<div class="gh-article-author-image"><a href="/author/{aslug}/"><img class="author-profile-image" src="/content/images/size/w100/2015/06/{aslug}.jpg" alt="{esc(a.author)}"></a></div>'
                       f'<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/{aslug}/">{esc(a.author)}</a></h4>')
    else:
        meta_author = '<div class="gh-article-meta-wrapper">'
    rmin = str(reading_minutes(a)).translate(EASTERN)
    nxt = "".join(f'<article class="gh-card post"><a class="gh-card-link" href="{esc(page.url_of(o))}"><figure class="gh-card-image"><img src="/content/images/size/w300/2015/08/{o.key}.jpg" alt="{esc(o.title)}" loading="lazy"></figure>'
                  f'<div class="gh-card-wrapper"><header class="gh-card-header"><h3 class="gh-card-title">{esc(o.title)}</h3></header><footer class="gh-card-footer"><time class="gh-card-date" datetime="{o.published:%Y-%m-%d}">{gh_date(o.published)}</time></footer></div></a></article>'
                  for o in page.others("similar", 4))
    topics = "".join(f'<a class="gh-topic-item" href="/tag/{slug(t, 2)}/"><h3 class="gh-topic-name">{t}</h3></a>' for t in LB_TAGS)
    nav = "".join(f'<li class="nav-{slug(n, 2)}"><a href="/{slug(n, 2)}/">{n}</a></li>' for n in LB_NAV)
    ld = {"@context": "https://schema.org", "@type": "Article",
          "publisher": {"@type": "Organization", "name": site.name, "url": site.base + "/",
                        "logo": {"@type": "ImageObject", "url": site.base + "/content/images/2015/01/logo.png"}},
          **({"author": {"@type": "Person", "name": a.author, "url": f"{site.base}/author/{aslug}/", "sameAs": []}} if a.author else {}),
          "headline": a.title, "url": page.canonical,
          "datePublished": iso_z(d, ms), "dateModified": iso_z(mod, num(a, "ms2", 0, 999)),
          "image": {"@type": "ImageObject", "url": f"{site.base}/content/images/2015/08/{a.key}.jpg", "width": 1600, "height": 900},
          "keywords": tag, "description": L.first_sentence(a.text), "mainEntityOfPage": page.canonical}
    ld_js = json.dumps(ld, ensure_ascii=False, indent=4).replace("</", "<\\/")
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)}</title>
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v={a.key[:10]}">
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="icon" href="/content/images/size/w256h256/2015/01/icon.png" type="image/png">
<link rel="canonical" href="{esc(page.canonical)}">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/content/images/2015/08/{a.key}.jpg">
<meta property="article:published_time" content="{iso_z(d, ms)}">
<meta property="article:modified_time" content="{iso_z(mod, num(a, 'ms2', 0, 999))}">
<meta property="article:tag" content="{esc(tag)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{esc(a.title)}">
{('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="' + esc(a.author) + '">') if a.author else ''}
<meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" content="{esc(tag)}">
<script type="application/ld+json">
{ld_js}
</script>
<meta name="generator" content="Ghost 5.22">
<link rel="alternate" type="application/rss+xml" title="{esc(site.name)}" href="{esc(site.base)}/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.22/umd/portal.min.js" data-i18n="false" data-ghost="{esc(site.base)}/" data-key="{hashlib.md5(site.id.encode()).hexdigest()[:26]}" data-api="{esc(site.base)}/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta {{display: flex;flex-direction: column;align-items: center;}}</style>
<style>:root {{--ghost-accent-color: #d6342b;}}</style>
</head>
<body class="post-template tag-{tslug} is-head-stacked">
<div class="gh-viewport">
<header id="gh-head" class="gh-head gh-outer">
<div class="gh-head-inner gh-inner">
<div class="gh-head-brand"><div class="gh-head-brand-wrapper"><a class="gh-head-logo" href="/"><img src="/content/images/2015/01/logo.png" alt="{esc(site.name)}"></a></div>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20" viewBox="0 0 20 20" fill="none"></svg></button>
<button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">{nav}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">تسجيل الدخول</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">اشترك</a></div></div>
</div>
</header>
<section class="gh-topic gh-topic-grid gh-outer"><div class="gh-topic-inner gh-inner"><div class="gh-topic-content">{topics}</div></div></section>
<main class="gh-main gh-outer">
<article class="gh-article post tag-{tslug}{'' if a.author else ' no-image'}">
<header class="gh-article-header gh-canvas">
<a class="gh-article-tag" href="/tag/{tslug}/">{esc(tag)}</a>
<h1 class="gh-article-title" id="{slug(a.title, 4)}">{esc(a.title)}</h1>
<p class="gh-article-excerpt">{esc(lead_sentence(a.text))}</p>
<div class="gh-article-meta">
{meta_author}
<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="{d:%Y-%m-%d}">{gh_date(d)}</time><span class="gh-article-meta-length"><span class="bull">—</span> {rmin} دقائق قراءة</span></div>
</div>
</div>
</header>
<section class="gh-content gh-canvas">
{body}
</section>
<footer class="gh-article-footer gh-canvas">
<div class="gh-article-share"><span>شارك</span> <a class="gh-share-twitter" href="https://twitter.com/intent/tweet?url={esc(page.canonical)}" target="_blank" rel="noopener">تويتر</a> <a class="gh-share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={esc(page.canonical)}" target="_blank" rel="noopener">فيسبوك</a> <a class="gh-share-whatsapp" href="https://wa.me/?text={esc(page.canonical)}">واتساب</a> <button class="gh-share-copy" data-url="{esc(page.canonical)}">نسخ الرابط</button></div>
</footer>
<section class="gh-cta gh-outer"><div class="gh-cta-inner"><h2 class="gh-cta-title">اشترك في {esc(site.name)}</h2><p class="gh-cta-description">احصل على أحدث المقالات مباشرة في بريدك الإلكتروني.</p><form class="gh-cta-form" data-members-form="signup"><input class="gh-cta-input" type="email" placeholder="بريدك الإلكتروني" required data-members-email><button class="gh-cta-button" type="submit"><span>اشترك</span></button></form></div></section>
<div class="gh-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.12/umd/comments-ui.min.js" data-ghost-comments="{esc(site.base)}/" data-api="{esc(site.base)}/ghost/api/content/" data-admin="{esc(site.base)}/ghost/" data-key="{hashlib.md5(site.id.encode()).hexdigest()[:26]}" data-title="" data-count="true" data-post-id="{hashlib.md5(a.key.encode()).hexdigest()[:24]}" data-color-scheme="auto" data-avatar-saturation="60" data-accent-color="#d6342b" data-comments-enabled="all" data-publication="{esc(site.name)}" crossorigin="anonymous"></script></div>
</article>
</main>
<section class="gh-read-next gh-outer"><div class="gh-read-next-inner gh-inner"><h2 class="gh-read-next-title">اقرأ التالي</h2><div class="gh-read-next-feed">{nxt}</div></div></section>
<footer class="gh-foot gh-outer"><div class="gh-foot-inner gh-inner">
<div class="gh-foot-meta">{esc(site.name)} &copy; 2015 — منصة مستقلة من بيروت</div>
<nav class="gh-foot-menu"><ul class="nav"><li><a href="/about/">عن الموقع</a></li><li><a href="/contact/">تواصل معنا</a></li><li><a href="/privacy/">الخصوصية</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
</div></footer>
</div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="/assets/built/main.min.js?v={a.key[:10]}"></script>
</body>
</html>"""
    return finish(out, page)


# --- b29_4: BetterStudio Publisher theme, Libyan news site, Tripoli (UTC+2) -----------------

LY_NAV = ["الرئيسية", "ليبيا", "طرابلس", "بنغازي", "الجنوب", "اقتصاد", "عربي ودولي", "رياضة", "منوعات", "مقالات الرأي"]
LY_SECTIONS = ["عربي ودولي", "اقتصاد", "عربي ودولي", "رياضة", "منوعات", "الخليج"]
LY_COMMENTS = [
    ("عبدالسلام الورفلي", "ربي يحفظ ليبيا وكل بلاد المسلمين، خبر زين."),
    ("محمد الزوي", "شكراً على المتابعة، نبوا تفاصيل أكثر."),
    ("أبو سند", "هذا الخبر منقول، لكن تسلموا على النشر."),
    ("فاطمة المصراتي", "ان شاء الله خير للجميع."),
    ("سالم الترهوني", "متى ينطبق هالكلام عندنا في ليبيا؟"),
]


def layout_b29_4(page):
    """Publisher (BetterStudio) on a Libyan site: «بواسطة <b>name</b>» in span.post-author-name,
    then «آخر تحديث» with the MODIFIED Tripoli day in time.post-published (datetime = modified,
    +02:00); the publication minute only in article:published_time and bs-json-ld (+02:00)."""
    a, site = page.article, page.site
    d = a.published
    loc = shift(d, -1)  # Tripoli = UTC+2
    mod = d + dt.timedelta(minutes=num(a, "mod", 20, 900))
    lmod = shift(mod, -1)
    sec = pick(a, "sec", LY_SECTIONS)
    sslug = slug(sec, 2)
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    ra = page.others("read_also", 1)
    if ra:
        o = ra[0]
        boxes.append((0 if len(blocks) < 4 else 1,
                      f'<div class="bs-irp left bs-irp-thumbnail-1-full"><div class="bs-irp-heading"><span class="h-text heading-typo">إقرأ أيضا</span></div>'
                      f'<div class="bs-pagination-wrapper main-term-none none"><div class="listing listing-thumbnail listing-tb-1 clearfix columns-1"><div class="post-{o.n} type-post format-standard has-post-thumbnail listing-item listing-item-thumbnail listing-item-tb-1 main-term-{num(o, "t", 10, 99)}">'
                      f'<div class="item-inner clearfix"><div class="featured featured-type-featured-image"><a class="img-holder" href="{esc(page.url_of(o))}" data-src="/wp-content/uploads/2015/08/{o.key}-86x64.jpg"></a></div>'
                      f'<p class="title"><a href="{esc(page.url_of(o))}" class="post-url post-title">{esc(o.title)}</a></p></div></div></div></div></div>'))
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 3 else 99,
                  f'<div class="bsac bsac-clearfix adloc-after-paragraph adloc-is-banner adloc-show-desktop adloc-show-tablet-portrait adloc-show-tablet-landscape adloc-show-phone bsac-align-center bsac-column-1">'
                  f'<div id="bsac-{num(a, "ad", 1000, 9999)}-{num(a, "ad2", 100, 999)}" class="bsac-container bsac-type-image"><p class="bsac-caption bsac-caption-above">إعلان</p><a itemprop="url" class="bsac-link" href="/go/ad" target="_blank"><img class="bsac-image" src="/wp-content/uploads/2015/07/ad-728x90.jpg" alt="" /></a></div></div>'))
    if num(a, "fb", 0, 3) == 0 and len(blocks) > 2:
        boxes.append((ratio_at(blocks, 0.8),
                      f'<p><iframe style="border: none; overflow: hidden;" src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2F{site.id}%2Fvideos%2F{num(a, "fbv", 10**14, 10**15)}%2F&amp;show_text=0&amp;width=560" width="560" height="315" frameborder="0" scrolling="no" allowfullscreen="allowfullscreen"></iframe></p>'))
    boxes.append((99, f'<p style="text-align: center;"><strong><a href="https://t.me/{site.id}" target="_blank" rel="noopener">تابعونا على تيليجرام</a></strong></p>'))
    body = weave(blocks, boxes)
    sub = f'<h2 class="post-subtitle">{esc(lead_sentence(a.text))}</h2>' if num(a, "sub", 0, 2) == 0 else ""
    aslug = slug(a.author, 3) if a.author else ""
    gav = hashlib.md5((a.author or site.id).encode()).hexdigest()
    author_meta = ""
    if a.author:
        author_meta = (f'<a href="/author/{aslug}/" title="تصفح مقالات الكاتب" class="post-author-a post-author-avatar">'
                       f'<img alt="" src="https://secure.gravatar.com/avatar/{gav}?s=26&amp;d=mm&amp;r=g" class="avatar avatar-26 photo avatar-default" height="26" width="26" loading="lazy"><span class="post-author-name">بواسطة <b>{esc(a.author)}</b></span></a>')
    ncom = num(a, "nc", 0, 3)
    coms = []
    for j in range(ncom):
        nm, tx = LY_COMMENTS[(num(a, "cu", 0, 4) + j) % len(LY_COMMENTS)]
        ct = shift(d + dt.timedelta(minutes=num(a, f"c{j}", 10, 120) + 37 * j), -1)
        cid = num(a, f"cid{j}", 1000, 99999)
        coms.append(f'<li class="comment even thread-even depth-1 clearfix" id="comment-{cid}"><div class="clearfix"><div class="comment-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{cid}?s=60&amp;d=mm" class="avatar avatar-60 photo" height="60" width="60"></div>'
                    f'<div class="comment-meta"><cite class="comment-author">{esc(nm)}</cite><div class="comment-published"><time class="comment-time" datetime="{iso_off(shift(ct, 1), 2)}">{wp_day(ct)} في {h12(ct)} {am_pm(ct)}</time></div></div>'
                    f'<div class="comment-content"><p>{esc(tx)}</p></div><div class="comment-footer clearfix"><a rel="nofollow" class="comment-reply-link" href="#respond">رد</a></div></div></li>')
    related = "".join(
        f'<article class="post-{o.n} type-post format-standard has-post-thumbnail listing-item-1 listing-item listing-mg-item listing-item-thumbnail"><div class="item-inner"><div class="featured clearfix"><a class="img-holder" href="{esc(page.url_of(o))}" data-src="/wp-content/uploads/2015/08/{o.key}-210x136.jpg"></a></div>'
        f'<p class="title"><a class="post-url" href="{esc(page.url_of(o))}" title="{esc(o.title)}"><span class="post-title">{esc(o.title)}</span></a></p><div class="post-meta"><span class="time"><time class="post-published updated" datetime="{iso_off(o.published, 2)}">{wp_day(shift(o.published, -1))}</time></span></div></div></article>'
        for o in page.others("similar", 4))
    popular = "".join(f'<div class="listing-item listing-item-text listing-item-text-2"><div class="item-inner"><p class="title"><a class="post-title post-url" href="{esc(page.url_of(o))}">{esc(o.title)}</a></p></div></div>' for o in page.others("popular", 5))
    breaking = "".join(f'<li class="news-item"><a href="{esc(page.url_of(o))}" class="post-url post-title">{esc(o.title)}</a></li>' for o in page.others("ticker", 6))
    nav = "".join(f'<li id="menu-item-{400 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-term-{400 + i} better-anim-fade menu-item-{400 + i}"><a href="/category/{slug(n, 2)}/">{n}</a></li>' for i, n in enumerate(LY_NAV))
    tags = "".join(f'<a href="/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in L.tags_for(a)[:5])
    ld = {"@context": "http://schema.org/", "@type": "NewsArticle", "headline": a.title,
          "description": L.first_sentence(a.text), "datePublished": iso_off(d, 2), "dateModified": iso_off(mod, 2),
          **({"author": {"@type": "Person", "@id": f"#person-{aslug}", "name": a.author}} if a.author else {}),
          "image": f"{site.base}/wp-content/uploads/2015/08/{a.key}.jpg", "interactionStatistic": [{"@type": "InteractionCounter", "interactionType": "http://schema.org/CommentAction", "userInteractionCount": str(ncom)}],
          "publisher": {"@id": "#organization"}, "mainEntityOfPage": page.canonical}
    ld_js = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
    out = f"""<!DOCTYPE html>
<!--[if IE 8]><html class="ie ie8" dir="rtl" lang="ar"> <![endif]-->
<!--[if !(IE 7) | !(IE 8)  ]><!--><html dir="rtl" lang="ar"><!--<![endif]-->
<head>
<meta charset="{site.encoding}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a.title)} &#8211; {esc(site.name)}</title>
<link rel="canonical" href="{esc(page.canonical)}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:description" content="{esc(L.first_sentence(a.text))}" />
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:site_name" content="{esc(site.name)}" />
<meta property="article:section" content="{esc(sec)}" />
<meta property="article:published_time" content="{iso_off(d, 2)}" />
<meta property="article:modified_time" content="{iso_off(mod, 2)}" />
<meta property="og:image" content="{esc(site.base)}/wp-content/uploads/2015/08/{a.key}.jpg" />
<link rel='stylesheet' id='publisher-child-css' href='/wp-content/themes/publisher/style.css?ver=1.7.2' type='text/css' media='all' />
<link rel='stylesheet' id='better-framework-main-fonts-css' href='https://fonts.googleapis.com/earlyaccess/droidarabickufi.css' type='text/css' media='all' />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.js?ver=1.11.3'></script>
<meta name="generator" content="Powered by WPBakery Page Builder - drag and drop page builder for WordPress."/>
<meta name="generator" content="Publisher 1.7.2" />
<script type="application/ld+json">{json.dumps({"@context": "http://schema.org/", "@type": "Organization", "@id": "#organization", "logo": {"@type": "ImageObject", "url": site.base + "/wp-content/uploads/2015/01/logo.png"}, "url": site.base + "/", "name": site.name, "description": "أخبار ليبيا لحظة بلحظة"}, ensure_ascii=False)}</script>
<script type="application/ld+json">{ld_js}</script>
<link rel='stylesheet' id='bf-{a.key[:6]}' href='/wp-content/bs-booster-cache/{a.key}.css' type='text/css' media='all' />
</head>
<body class="rtl post-template-default single single-post postid-{a.n} single-format-standard active-light-box active-top-line ltr close-rh page-layout-2-col-right full-width active-sticky-sidebar main-menu-sticky-smart single-prim-cat-{400 + num(a, 'cat', 0, 9)} single-cat-{400 + num(a, 'cat', 0, 9)} wpb-js-composer">
<div class="main-wrap content-main-wrap">
<header id="header" class="site-header header-style-2 boxed" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<section class="topbar topbar-style-1 hidden-xs hidden-xs"><div class="content-wrap"><div class="container"><div class="topbar-inner clearfix">
<div class="section-links"><div class="better-social-counter style-name-button colored in-4-col"><ul class="social-list"><li class="social-item facebook"><a href="https://www.facebook.com/{site.id}" target="_blank"><i class="item-icon bsfi-facebook"></i><span class="item-title"> إعجاب </span></a></li><li class="social-item twitter"><a href="https://twitter.com/{site.id}" target="_blank"><i class="item-icon bsfi-twitter"></i><span class="item-title"> متابعين </span></a></li></ul></div></div>
<div class="section-menu"><div id="menu-top" class="menu top-menu-wrapper" role="navigation"><nav class="top-menu-container"><ul id="top-navigation" class="top-menu menu clearfix bsm-pure"><li id="topbar-date" class="menu-item menu-item-date"><span class="topbar-date">{WEEKDAYS[loc.weekday()]}، {wp_day(loc)}</span></li><li class="menu-item"><span>الدولار: {1.38 + num(a, 'usd', 0, 9) / 100:.2f} دينار (رسمي) - {3.05 + num(a, 'par', 0, 40) / 100:.2f} (السوق الموازية)</span></li><li class="menu-item"><span>طرابلس 33° | بنغازي 30° | سبها 42°</span></li><li class="menu-item"><a href="/about/">من نحن</a></li><li class="menu-item"><a href="/contact/">اتصل بنا</a></li></ul></nav></div></div>
</div></div></div></section>
<div class="header-inner"><div class="content-wrap"><div class="container"><div class="row"><div class="row-height">
<div class="logo-col col-xs-4"><div class="col-inside"><div id="site-branding" class="site-branding"><p id="site-title" class="logo h1 img-logo"><a href="/" itemprop="url" rel="home"><img id="site-logo" src="/wp-content/uploads/2015/01/logo.png" alt="{esc(site.name)}" data-bsrjs="/wp-content/uploads/2015/01/logo@2x.png" /></a></p></div></div></div>
<div class="sidebar-col col-xs-8"><div class="col-inside"><aside id="sidebar" class="sidebar" role="complementary"><div class="bsac bsac-clearfix adloc-header bsac-align-center"><div class="bsac-container bsac-type-image"><a class="bsac-link" href="/go/header" target="_blank"><img class="bsac-image" src="/wp-content/uploads/2015/07/banner-728x90.gif" alt="" /></a></div></div></aside></div></div>
</div></div></div></div></div>
<div id="menu-main" class="menu main-menu-wrapper show-search-item menu-actions-btn-width-1" role="navigation"><div class="main-menu-inner"><div class="content-wrap"><div class="container"><nav class="main-menu-container"><ul id="main-navigation" class="main-menu menu bsm-pure clearfix">{nav}</ul></nav><div class="menu-action-buttons width-1"><div class="search-container close"><span class="search-handler"><i class="fa fa-search"></i></span><div class="search-box clearfix"><form role="search" method="get" class="search-form clearfix" action="/"><input type="search" class="search-field" placeholder="بحث..." value="" name="s" title="البحث عن:" autocomplete="off"><input type="submit" class="search-submit" value="بحث"></form></div></div></div></div></div></div></div>
</header>
<div class="rh-header clearfix light deferred-block-exclude"><div class="rh-container clearfix"><div class="menu-container close"><span class="menu-handler"><span class="lines"></span></span></div><div class="logo-container rh-img-logo"><a href="/" rel="home"><img src="/wp-content/uploads/2015/01/logo-mobile.png" alt="{esc(site.name)}" /></a></div></div></div>
<div class="container adcontainer"><div class="bs-pretty-tabs"></div></div>
<div class="content-wrap"><div class="container">
<section class="betterstudio-breaking-news bs-breaking-news bs-breaking-news-style-1 bs-tab-anim-fade"><p class="section-heading"><span class="h-text">عاجل</span></p><div class="bs-breaking-news-slider"><ul class="news-list">{breaking}</ul></div></section>
<nav role="navigation" aria-label="Breadcrumbs" class="bf-breadcrumb clearfix bc-top-style"><div class="container bf-breadcrumb-container"><ul class="bf-breadcrumb-items" itemscope itemtype="http://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item bf-breadcrumb-begin"><a itemprop="item" href="/" rel="home"><span itemprop="name">الرئيسية</span></a><meta itemprop="position" content="1" /></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item"><a itemprop="item" href="/category/{sslug}/"><span itemprop="name">{esc(sec)}</span></a><meta itemprop="position" content="2" /></li><li class="bf-breadcrumb-item bf-breadcrumb-end"><span>{esc(short(a.title, 8))}</span></li></ul></div></nav>
<main id="content" class="content-container">
<div class="layout-2-col layout-2-col-1 container layout-right-sidebar layout-bc-before"><div class="row main-section">
<div class="col-sm-8 content-column">
<div class="single-container">
<article id="post-{a.n}" class="post-{a.n} post type-post status-publish format-standard has-post-thumbnail single-post-content has-thumbnail">
<div class="post-header post-tp-1-header">
<div class="post-header-inner">
<div class="term-badges floated"><span class="term-badge term-{400 + num(a, 'cat', 0, 9)}"><a href="/category/{sslug}/">{esc(sec)}</a></span></div>
<h1 class="single-post-title"><span class="post-title" itemprop="headline">{esc(a.title)}</span></h1>
{sub}
<div class="post-meta-wrap clearfix"><div class="post-meta single-post-meta">{author_meta}<span class="time"><time class="post-published updated" datetime="{iso_off(mod, 2)}">آخر تحديث <b>{wp_day(lmod)}</b></time></span></div></div>
<div class="single-featured"><a class="post-thumbnail open-lightbox" href="/wp-content/uploads/2015/08/{a.key}.jpg"><img width="750" height="430" alt="" data-src="/wp-content/uploads/2015/08/{a.key}-750x430.jpg"></a><span class="image-credit">{esc(short(a.title, 6))} - أرشيفية</span></div>
</div>
</div>
<div class="post-share single-post-share top-share clearfix style-1"><div class="post-share-btn-group"><a href="#comments" class="post-share-btn post-share-btn-comments comments" title="اترك تعليقا على: “{esc(short(a.title, 5))}”"><i class="bf-icon fa fa-comments" aria-hidden="true"></i> <b class="number">{ncom}</b></a><span class="views post-share-btn post-share-btn-views rank-default"><i class="bf-icon fa fa-eye"></i> <b class="number">{num(a, 'vw', 30, 8000)}</b></span></div><div class="share-handler-wrap"><span class="share-handler post-share-btn rank-default"><i class="bf-icon fa fa-share-alt"></i><b class="text">شارك</b></span><span class="social-item facebook"><a href="https://www.facebook.com/sharer.php?u={esc(page.canonical)}" target="_blank" rel="nofollow noreferrer" class="bs-button-el"><span class="icon"><i class="bf-icon fa fa-facebook"></i></span></a></span><span class="social-item twitter"><a href="https://twitter.com/share?text={slug(a.title, 5)}&amp;url={esc(page.canonical)}" target="_blank" rel="nofollow noreferrer" class="bs-button-el"><span class="icon"><i class="bf-icon fa fa-twitter"></i></span></a></span><span class="social-item whatsapp"><a href="whatsapp://send?text={esc(page.canonical)}" target="_blank" rel="nofollow noreferrer" class="bs-button-el"><span class="icon"><i class="bf-icon fa fa-whatsapp"></i></span></a></span></div></div>
<div class="entry-content clearfix single-post-content">
{body}
</div>
<div class="entry-terms post-tags clearfix style-1"><span class="terms-label"><i class="fa fa-tags"></i>الوسوم:</span>{tags}</div>
<div class="post-share single-post-share bottom-share clearfix style-5"><div class="share-handler-wrap"><span class="share-handler post-share-btn rank-default"><i class="bf-icon fa fa-share-alt"></i><b class="text">شارك</b></span><span class="social-item facebook has-title"><a href="#" class="bs-button-el"><span class="icon"><i class="bf-icon fa fa-facebook"></i></span><span class="item-title">Facebook</span></a></span><span class="social-item twitter has-title"><a href="#" class="bs-button-el"><span class="icon"><i class="bf-icon fa fa-twitter"></i></span><span class="item-title">Twitter</span></a></span><span class="social-item telegram has-title"><a href="#" class="bs-button-el"><span class="icon"><i class="bf-icon fa fa-send"></i></span><span class="item-title">Telegram</span></a></span></div></div>
</article>
<section class="next-prev-post clearfix"></section>
</div>
<div class="post-related"><div class="section-heading sh-t1 sh-s1 multi-tab"><span class="h-text related-posts-heading">قد يعجبك ايضا</span></div><div class="bs-pagination-wrapper main-term-none next_prev"><div class="listing listing-thumbnail listing-tb-2 clearfix columns-2">{related}</div></div></div>
<section id="comments-template-{a.n}" class="comments-template">
<div class="section-heading sh-t1 sh-s1"><span class="h-text">{comments_word(ncom)}</span></div>
<ol class="comment-list">{"".join(coms)}</ol>
<div id="respond" class="comment-respond"><p id="reply-title" class="comment-reply-title"><div class="section-heading sh-t1 sh-s1"><span class="h-text">اترك رد</span></div> <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">إلغاء الرد</a></small></p>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="note-before"><p>لن يتم نشر عنوان بريدك الإلكتروني.</p></div><p class="comment-wrap"><textarea name="comment" class="comment" id="comment" cols="45" rows="10" aria-required="true" placeholder="تعليقك"></textarea></p><p class="author-wrap"><input name="author" class="author" id="author" type="text" value="" size="45" aria-required="true" placeholder="الاسم *" /></p><p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="comment-submit" value="أرسل التعليق" /></p></form></div>
</section>
</div>
<div class="col-sm-4 sidebar-column sidebar-column-primary"><aside id="sidebar-primary-sidebar" class="sidebar" role="complementary">
<div id="bs-text-listing-2-2" class="primary-sidebar-widget widget widget_bs-text-listing-2"><div class="section-heading sh-t1 sh-s1"><span class="h-text">الأكثر قراءة</span></div><div class="bs-listing bs-listing-listing-text-2">{popular}</div></div>
<div id="bs-likebox-2" class="primary-sidebar-widget widget widget_bs-likebox"><div class="section-heading sh-t1 sh-s1"><span class="h-text">تابعونا على فيسبوك</span></div><div class="bs-shortcode bs-likebox"><div class="fb-page" data-href="https://www.facebook.com/{site.id}" data-small-header="false" data-adapt-container-width="true" data-show-facepile="true"></div></div></div>
</aside></div>
</div></div>
</main>
</div></div>
<footer class="footer-wrap"><div class="copy-footer"><div class="content-wrap"><div class="container"><div class="row"><div class="col-lg-12"><div id="menu-footer" class="menu footer-menu-wrapper" role="navigation"><nav class="footer-menu-container"><ul id="footer-navigation" class="footer-menu menu clearfix"><li class="menu-item"><a href="/about/">من نحن</a></li><li class="menu-item"><a href="/contact/">اتصل بنا</a></li><li class="menu-item"><a href="/privacy-policy/">سياسة الخصوصية</a></li></ul></nav></div></div></div>
<div class="row footer-copy-row"><div class="copy-1 col-lg-6 col-md-6 col-sm-6 col-xs-12">&copy; 2015 - {esc(site.name)}. جميع الحقوق محفوظة.</div><div class="copy-2 col-lg-6 col-md-6 col-sm-6 col-xs-12">طرابلس - ليبيا</div></div></div></div></div></footer>
</div>
<span class="back-top"><i class="fa fa-arrow-up"></i></span>
<script type='text/javascript'>var better_framework_loc = {{"bs_pagination_loc":{{"loading":"<div class=\\"bs-loading\\"><div><\\/div><\\/div>"}}}};</script>
<script type='text/javascript' src='/wp-content/themes/publisher/includes/libs/better-framework/assets/js/better-framework.min.js?ver=2.8.6'></script>
</body>
</html>"""
    return finish(out, page)


# --- b29_5: Telegraph (telegra.ph) page of a Saudi news channel, for Instant View (UTC) -------


def tg_day(d):
    u = shift(d, -3)
    return f"{EN_FULL[u.month - 1]} {u.day:02d}, {u.year}"


def layout_b29_5(page):
    """Telegraph page for Telegram Instant View: <address> with a[rel=author] (only with an
    author) and <time datetime="…+0000"> showing the UTC day in English; the editor repeats the
    title and author (hidden by CSS), then the text with figure, blockquote, read-also line."""
    a, site = page.article, page.site
    d = a.published
    u = shift(d, -3)
    chan = site.id.replace("-", "_") + "_news"
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    if paras:
        boxes.append((-1, ""))
    fig = (f'<figure><img src="/file/{hashlib.md5(a.key.encode()).hexdigest()[:20]}.jpg"><figcaption>{esc(short(a.title, 7))} - أرشيفية</figcaption></figure>')
    boxes.append((0, fig) if len(blocks) > 1 else (99, fig))
    q = a_sentence(a, "q")
    if q and num(a, "bq", 0, 2) == 0:
        boxes.append((ratio_at(blocks, 0.6), f"<blockquote>{esc(q)}</blockquote>"))
    ra = page.others("read_also", 2)
    if ra:
        boxes.append((99, "<p><strong>اقرأ أيضاً:</strong><br>" + "<br>".join(
            f'<a href="{esc(site.base + page.url_of(o))}" target="_blank">{esc(o.title)}</a>' for o in ra) + "</p>"))
    boxes.append((99, f'<p><a href="{esc(page.canonical)}" target="_blank">المصدر: {esc(site.name)}</a></p>'))
    boxes.append((99, f'<p>📌 تابعونا على تيليجرام: <a href="https://t.me/{chan}" target="_blank">@{chan}</a></p>'))
    body = weave(blocks, [b for b in boxes if b[1]])
    tpath = slug(a.title, 5) + f"-{u:%m-%d}"
    author_link = f'<a rel="author" href="https://t.me/{chan}" target="_blank">{esc(a.author)}</a>' if a.author else '<a rel="author"></a>'
    ed_author = f"<address>{esc(a.author)}<br></address>" if a.author else "<address><br></address>"
    out = f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="{site.encoding}">
    <title>{esc(a.title)} &ndash; Telegraph</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
    <meta name="format-detection" content="telephone=no" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="MobileOptimized" content="176" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="robots" content="index, follow" />
    <meta property="og:type" content="article">
    <meta property="og:title" content="{esc(a.title)}">
    <meta property="og:description" content="{esc(short(a.text, 30))}">
    <meta property="og:image" content="https://telegra.ph/file/{hashlib.md5(a.key.encode()).hexdigest()[:20]}.jpg">
    <meta property="og:site_name" content="Telegraph">
    <meta property="article:published_time" content="{u:%Y-%m-%dT%H:%M:%S}+0000">
    <meta property="article:modified_time" content="{u:%Y-%m-%dT%H:%M:%S}+0000">
    {('<meta property="article:author" content="' + esc(a.author) + '">') if a.author else ''}
    <meta name="twitter:card" content="summary">
    <meta name="twitter:title" content="{esc(a.title)}">
    <meta name="twitter:site" content="@Telegraph">
    <meta name="telegram:channel" content="@{chan}">
    <link rel="canonical" href="https://telegra.ph/{tpath}" />
    <link rel="shortcut icon" href="/favicon.ico?1" type="image/x-icon">
    <link rel="icon" type="image/png" href="/images/favicon.png?1" sizes="16x16">
    <link href="/css/quill.core.min.css" rel="stylesheet">
    <link href="/css/core.min.css?47" rel="stylesheet">
  </head>
  <body>
    <div class="tl_page_wrap">
      <div class="tl_page">
        <main class="tl_article">
          <header class="tl_article_header" dir="auto">
            <h1>{esc(a.title)}</h1>
            <address>
              {author_link}<time datetime="{u:%Y-%m-%dT%H:%M:%S}+0000">{tg_day(d)}</time>
            </address>
          </header>
          <article id="_tl_editor" class="tl_article_content"><h1>{esc(a.title)}<br></h1>{ed_author}{body}</article>
          <div id="_tl_link_tooltip" class="tl_link_tooltip"></div>
          <div id="_tl_tooltip" class="tl_tooltip"><div class="buttons"><span class="button_hover"></span><span class="button_group"><button id="_bold_button"></button><button id="_italic_button"></button><button id="_link_button"></button></span><span class="button_group"><button id="_header_button"></button><button id="_subheader_button"></button><button id="_quote_button"></button></span></div><div class="prompt"><span class="close"></span><div class="prompt_input_wrap"><input type="url" class="prompt_input" /></div></div></div>
          <div id="_tl_blocks" class="tl_blocks"><div class="buttons"><button id="_image_button"></button><button id="_embed_button"></button></div></div>
          <aside class="tl_article_buttons">
            <div class="account account_top"></div>
            <button id="_edit_button" class="button edit_button">Edit</button><button id="_publish_button" class="button publish_button">Publish</button>
            <div class="account account_bottom"></div>
            <div id="_error_msg" class="error_msg"></div>
          </aside>
        </main>
      </div>
          <div class="tl_page_footer">
      <div id="_report_button" class="tl_footer_button">Report content on this page</div>
    </div>
    </div>
      <div class="tl_popup tl_popup_hidden" id="_report_popup">
    <main class="tl_popup_body tl_report_popup">
      <form id="_report_form" method="post">
        <section>
          <h2 class="tl_popup_header">Report Page</h2>
          <div class="tl_radio_items">
            <label class="tl_radio_item">
              <input type="radio" class="radio" name="reason" value="violence">
              <span class="tl_radio_item_label">Violence</span>
            </label>
            <label class="tl_radio_item">
              <input type="radio" class="radio" name="reason" value="childabuse">
              <span class="tl_radio_item_label">Child Abuse</span>
            </label>
            <label class="tl_radio_item">
              <input type="radio" class="radio" name="reason" value="copyright">
              <span class="tl_radio_item_label">Copyright</span>
            </label>
            <label class="tl_radio_item">
              <input type="radio" class="radio" name="reason" value="illegal_drugs">
              <span class="tl_radio_item_label">Illegal Drugs</span>
            </label>
            <label class="tl_radio_item">
              <input type="radio" class="radio" name="reason" value="personal_details">
              <span class="tl_radio_item_label">Personal Details</span>
            </label>
            <label class="tl_radio_item">
              <input type="radio" class="radio" name="reason" value="other">
              <span class="tl_radio_item_label">Other</span>
            </label>
          </div>
          <div class="tl_textfield_item tl_comment_field">
            <input type="text" class="tl_textfield" name="comment" value="" placeholder="Add Comment…">
          </div>
          <div class="tl_copyright_field">
            Please submit your DMCA takedown request to <a href="mailto:dmca@telegram.org?subject=Report%20to%20Telegraph%20page%20%22{slug(a.title, 4)}%22&body=Reported%20page:%20https://telegra.ph/{tpath}%0A%0A%0A" target="_blank">dmca@telegram.org</a>
          </div>
        </section>
        <aside class="tl_popup_buttons">
          <button type="reset" class="button" id="_report_cancel">Cancel</button>
          <button type="submit" class="button submit_button">Report</button>
        </aside>
      </form>
    </main>
  </div>
    <script>var T={{"apiUrl":"https:\\/\\/edit.telegra.ph","datetime":{int((u - dt.datetime(1970, 1, 1)).total_seconds())},"pageId":"{hashlib.md5(a.key.encode()).hexdigest()[:32]}","editable":false}};(function(){{var b=document.querySelector('time');if(b&&T.datetime){{var a=new Date(1E3*T.datetime),d='January February March April May June July August September October November December'.split(' ')[a.getMonth()],c=a.getDate();b.innerText=d+' '+(10>c?'0':'')+c+', '+a.getFullYear()}}}})();</script>
    <script src="/js/jquery.min.js"></script>
    <script src="/js/jquery.selection.min.js"></script>
    <script src="/js/autosize.min.js"></script>
    <script src="/js/load-image.all.min.js?1"></script>
    <script src="/js/quill.min.js?10"></script>
    <script src="/js/core.min.js?67"></script>
    <script async src="https://t.me/_websync_?path={tpath}&hash={a.key[:18]}"></script>
  </body>
</html>
"""
    return finish(out, page)


LAYOUTS = {
    "b29_1": layout_b29_1,
    "b29_2": layout_b29_2,
    "b29_3": layout_b29_3,
    "b29_4": layout_b29_4,
    "b29_5": layout_b29_5,
}
