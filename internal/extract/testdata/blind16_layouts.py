"""Blind test layouts (set 16) for newsfarm (--extra-layouts): five article
templates modelled on kinds of real Arabic news pages that no earlier layout
file imitates, written without reading Khabar's extractor. Each prints the
whole page a reader gets: top bar, header and menus, strips and tickers, the
article, the boxes sites put inside the text, and the lists, comments,
sidebars and footer around it.

  b16_1  Saudi regional daily on DRUPAL 8 with the Paragraphs module
         (Makkah-newspaper-like; Bartik-derived theme, region-* / block-*
         markup, «تجاوز إلى المحتوى الرئيسي» skip link). Top bar with the
         Riyadh day in Hijri and Gregorian and Makkah weather, a views-block
         breaking ticker, breadcrumb. The node: section field above the
         headline, an <h1><span class="field--name-title">, a subtitle field
         that repeats the text's first sentence, then the credit as an
         entity-reference field «الكاتب» (field__label) + the name alone in
         a taxonomy-term link (only with an author); «field--name-created»
         <time datetime="…Z"> in UTC (Drupal's html_datetime) with the
         Riyadh «الأحد 9 أغسطس 2015 - 14:32» as its text; metatag
         article:published_time «…T14:32:00+0300» (no colon in the
         offset). The text is split over several paragraph--type--text
         components with other components woven between them: an image with
         caption and a photographer credit («تصوير: …», another name), a
         related-node teaser with its own date, a quote component repeating
         a sentence of the text, a tweet embed of an official account. After
         it node links, tags, Drupal core comments (usernames, «أرسلت في …»
         Riyadh times, long comments) and the comment form with a prose
         notice; sidebar views: most-read, opinion writers (other names with
         column titles), newsletter; footer with the publisher's prose.
  b16_2  Lebanese daily's PREMIUM (paywalled) article (Annahar-like «+»
         articles, Beirut time = UTC+3 in August; one site is windows-1256,
         unencodable characters as NCRs): top bar with the Levantine-month
         day «الأحد 9 آب 2015», «اشترك» / «تسجيل الدخول» buttons, «النسخة
         الورقية»; a «مميّز» lock badge and section above the headline;
         under it a writer strip: photo, the name alone in <a
         class="author-link"> (only with an author), «9 آب 2015 | 14:32»
         and a later «آخر تحديث»; a «استمع إلى المقال» audio widget with a
         duration. The first paragraphs in .article-free, then a subscribe
         box in prose with plan prices (USD) and a login link, then the
         rest of the text in .paywalled-content (blurred by CSS, present in
         the HTML, as flexible-sampling sites serve it) with a «اقرأ أيضاً»
         box and an ad inside; JSON-LD NewsArticle isAccessibleForFree
         false with hasPart cssSelector. Short stories (under three
         paragraphs) are served free, without the box. After it tags, «من
         الكاتب نفسه» (only with an author), related, most-read with times,
         the Facebook comments notice, newsletter, Beirut address footer.
  b16_3  Libyan independent news portal (Alwasat-like), TRIPOLI time =
         UTC+2 (no DST in 2015): a top bar with the Tripoli day, weather for
         Tripoli / Benghazi / Sabha / Misrata, a dinar strip with the
         official and the parallel-market dollar rates; menu by region
         (الغرب / الشرق / الجنوب); an «عاجل» bar with Tripoli clocks. Under
         the headline only «13:32 - 09/08/2015» (Tripoli wall time, no zone
         printed, time first) and a view count; article:published_time and
         JSON-LD in +02:00. In the text «اقرأ أيضاً» link paragraphs, an
         embedded Facebook post of a Libyan ministry in prose, an ad. The
         credit AFTER the text in a post-footer row: «تقرير:» in its own
         span and the name alone in the next span (only with an author),
         beside «القسم» and a print link. Then tags, related stories with
         Tripoli times, readers' long comments with their own Tripoli
         dates, a most-read rail, the «الآراء المنشورة تعبر عن أصحابها»
         disclaimer, a prose «عن البوابة» strip.
  b16_4  London-based pan-Arab outlet on ARC XP (PageBuilder Fusion): the
         markup of a Fusion front end (#fusion-app, b-/c- BEM classes,
         data-fusion-component / data-testid attributes). LONDON time = BST
         (UTC+1) in the visible line «نُشر: 09 أغسطس 2015 - 12:32 (توقيت
         لندن)» and a later «آخر تحديث»; <time datetime> and
         Fusion.globalContent dates in UTC («…T11:32:00.000Z»). The <title>
         is a shortened SEO headline; a subheadline repeats the first
         sentence. The credit in c-byline: «بقلم» in its own span, the name
         alone in <a class="c-byline__author"> (only with an author).
         Paragraphs as <p class="c-paragraph" data-type="text">, with an
         interstitial «اقرأ أيضاً» link, an image with an agency credit, an
         «arcad» ad slot and a tweet custom embed. Fusion.globalContent
         (content_elements with the whole text, credits.by, display_date)
         and Fusion.contentCache (related stories with their own UTC dates)
         in a script. After it tags, «المزيد من» cards, a newsletter signup
         in prose, most-read, and a London footer.
  b16_5  Jordanian state news agency (Petra-like) with a BILINGUAL layout
         (Amman time = UTC+3 in August): an English/Arabic header («Jordan
         News Agency» beside the Arabic name), menu items with English
         labels under the Arabic ones, an English «Latest English News»
         rail of other, English headlines. The story: headline, «تاريخ
         النشر: 09/08/2015 14:32 | الموافق 24 شوال 1436هـ», a views count;
         the first paragraph opens with a bold dateline «عمان 9 آب (<site>)
         -», and on pages with an author the credit INSIDE the dateline:
         «– من» + <span class="reporter">name</span> + «–» (the name alone
         in its span). The text ends with «--(<site>)» and the editors'
         initials line («ع ا/ س ص»). Inside the text a «أخبار ذات صلة»
         box; after it print / send / translate tools, the same story's
         «Related English story» link, governorates news, Amman prayer
         times and weather, JOD exchange rates, and a footer with the
         agency's address in Arabic and English.

Pages whose article has no author print no byline (no writer field, strip,
credit row or reporter span). The author string is printed whole, exactly
as the corpus gives it, as the only text of its element. Gold times are
Asia/Riyadh (+03:00): b16_1 prints Riyadh time and UTC («Z») in datetime
attributes; b16_2 prints Beirut time (UTC+3, the same clock); b16_3 prints
Tripoli time (UTC+2, one hour behind, so the day can roll back); b16_4
prints London BST (UTC+1) and UTC; b16_5 prints Amman time (UTC+3). The
conversions are exact. Hijri dates follow Umm al-Qura (1 Shawwal 1436 = 17
July 2015). On windows-1256 sites, characters the charset lacks are written
as numeric character references and JSON is ASCII-escaped.

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts /work/blind16/blind16_layouts.py \\
      --layouts b16_1,b16_2,b16_3,b16_4,b16_5 --out /work/blind16/pages
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
LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
          "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


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


def east(s):
    return str(s).translate(L.EASTERN)


HIJRI_STARTS = [((1436, 8), dt.date(2015, 5, 19)), ((1436, 9), dt.date(2015, 6, 18)),
                ((1436, 10), dt.date(2015, 7, 17)), ((1436, 11), dt.date(2015, 8, 15)),
                ((1436, 12), dt.date(2015, 9, 14)), ((1437, 1), dt.date(2015, 10, 14))]


def hijri(d):
    day = d.date() if isinstance(d, dt.datetime) else d
    for ((y, m), start), (_, nxt) in zip(HIJRI_STARTS, HIJRI_STARTS[1:]):
        if start <= day < nxt:
            return (day - start).days + 1, m, y
    raise ValueError(f"no Hijri table entry for {day}")


def hijri_text(d):
    hd, hm, hy = hijri(d)
    return f"{hd} {L.HIJRI_MONTHS[hm - 1]} {hy}هـ"


def shift(d, offset):
    """Riyadh (+3) wall time to the wall time of a UTC+offset zone."""
    return d + dt.timedelta(hours=offset - 3)


def ar_date(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def lev_date(d):
    return f"{d.day} {LEVANT[d.month - 1]} {d.year}"


def wd(d):
    return WEEKDAYS[d.weekday()]


def ampm(d, am="ص", pm="م"):
    return f"{d.hour % 12 or 12}:{d.minute:02d} {am if d.hour < 12 else pm}"


def weave(paras, boxes, p_open="<p>", p_close="</p>", sep="\n", render=None):
    """Paragraphs in order, each box after the paragraph of its index; boxes whose
    index is past the end go after the last paragraph."""
    out = []
    last = len(paras) - 1
    for i, p in enumerate(paras):
        out.append(render(i, p) if render else f"{p_open}{esc(p)}{p_close}")
        for at, box in boxes:
            if at == i or (i == last and at > last):
                out.append(box)
    if not paras:
        out += [box for _, box in boxes]
    return sep.join(out)


def short(text, n=16):
    w = text.split()
    return " ".join(w[:n]) + ("..." if len(w) > n else "")


def sentence_of(text, k=1):
    parts = [s.strip() for s in re.split(r"(?<=[.!؟])\s+", text.replace("\n", " ")) if 40 < len(s.strip()) < 260]
    if not parts:
        return short(text, 14)
    return parts[min(k, len(parts) - 1)]


def author_id(a):
    return 1000 + int(hashlib.md5(a.author.encode()).hexdigest()[:5], 16) % 9000


def author_slug(a):
    return "writer-" + hashlib.md5(a.author.encode()).hexdigest()[:6]


# --- b16_1: Saudi daily on Drupal 8 + Paragraphs ------------------------------------------

D8_SECTIONS = ["محليات", "مكة المكرمة", "المدينة المنورة", "اقتصاد", "رياضة", "العالم", "ثقافة وفنون"]
D8_PHOTOGRAPHERS = ["عبدالله الحربي", "ماجد العتيبي", "سعيد الغامدي", "فهد الشمري", "ياسر باعامر"]
D8_WRITERS = [("د. عبدالرحمن الشهري", "حين تصبح الخدمة ثقافة"), ("منى الزهراني", "مدن للإنسان أولاً"),
              ("خالد السليمان", "صيف ساخن وأسئلة باردة"), ("أحمد العرفج", "الحكي الحلو"),
              ("هيا المنيع", "التعليم ورهان المستقبل"), ("صالح الفهيد", "بين الرقم والواقع")]
D8_USERS = ["ابو_فيصل", "مواطن غيور", "sara.m", "جداوي قديم", "ام عبدالله", "طالب_علم"]
D8_COMMENTS = [
    "خبر جميل ونتمنى أن يشمل القرار جميع المحافظات وليس المدن الكبرى فقط، فالقرى والمراكز تعاني من نفس المشكلة منذ سنوات ولا أحد يلتفت إليها.",
    "شكراً للصحيفة على المتابعة الدائمة، لكن أرجو من المحرر مراجعة الأرقام الواردة في الفقرة الثالثة لأنها تختلف عما نشرته الجهة نفسها على حسابها في تويتر أمس.",
    "المهم التطبيق على أرض الواقع والمتابعة الميدانية، أما التصريحات فقد سمعنا مثلها كثيراً في السنوات الماضية دون أن يتغير شيء يذكر.",
    "الله يوفق القائمين على هذا العمل، ونتمنى من الجهات المختصة الإعلان عن جدول زمني واضح حتى يعرف المواطن متى يرى النتائج.",
    "للأسف بعض التعليقات هنا تستعجل الحكم، الموضوع يحتاج دراسة ووقتاً كافياً، وأعتقد أن الخطوة في الاتجاه الصحيح إذا رافقتها رقابة جادة.",
]
D8_TWEETERS = [("إمارة منطقة مكة المكرمة", "makkahregion"), ("الدفاع المدني السعودي", "SaudiDCD"),
               ("وزارة الصحة السعودية", "SaudiMOH"), ("واس عام", "SPAregions")]


def layout_b16_1(page):
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    utc = shift(d, 0)
    nid = 180000 + a.n
    sec_i = num(a, "sec", 0, len(D8_SECTIONS) - 1)
    sec = D8_SECTIONS[sec_i]
    ymd = d.strftime("%Y-%m-%d")
    iso_meta = d.strftime("%Y-%m-%dT%H:%M:%S") + "+0300"
    zulu = utc.strftime("%Y-%m-%dT%H:%M:%S") + "Z"
    hd, hm, hy = hijri(d)
    menu = "".join(f'<li class="menu-item"><a href="/{["", "local", "makkah", "madinah", "economy", "sports", "world", "culture"][i]}" data-drupal-link-system-path="taxonomy/term/{i + 1}">{n}</a></li>'
                   for i, n in enumerate(["الرئيسية"] + D8_SECTIONS))
    breaking = "".join(f'<div class="views-row"><span class="views-field views-field-created">{o.published:%H:%M}</span> '
                       f'<span class="views-field views-field-title"><a href="{esc(page.url_of(o))}" hreflang="ar">{esc(o.title)}</a></span></div>'
                       for o in page.others("ticker", 5))

    def text_component(chunk, k):
        ps = "\n".join(f"<p>{esc(p)}</p>" for p in chunk)
        return (f'<div class="field__item"><div class="paragraph paragraph--type--text paragraph--view-mode--default" data-paragraph-id="{nid * 10 + k}">\n'
                f'<div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">\n{ps}\n</div>\n</div></div>')

    comps = []
    cuts = [0]
    step = 2 if len(paras) <= 6 else 3
    while cuts[-1] + step < len(paras):
        cuts.append(cuts[-1] + step)
    cuts.append(len(paras))
    chunks = [paras[i:j] for i, j in zip(cuts, cuts[1:])] or [[]]
    photog = pick(a, "ph", D8_PHOTOGRAPHERS)
    extras = []
    extras.append(f'<div class="field__item"><div class="paragraph paragraph--type--image paragraph--view-mode--default">'
                  f'<div class="field field--name-field-image field--type-image field--label-hidden field__item">'
                  f'<img src="/sites/default/files/styles/large/public/{d:%Y-%m}/{a.key}_1.jpg?itok={a.key[:8]}" width="780" height="440" alt="{esc(short(a.title, 6))}" typeof="foaf:Image" class="image-style-large"></div>'
                  f'<div class="field field--name-field-caption field--type-string field--label-hidden field__item">جانب من الموقع</div>'
                  f'<div class="field field--name-field-photographer field--type-string field--label-inline clearfix"><div class="field__label">تصوير</div><div class="field__item">{esc(photog)}</div></div></div></div>')
    rel = page.others("read_also", 1)
    if rel:
        o = rel[0]
        extras.append(f'<div class="field__item"><div class="paragraph paragraph--type--related-content paragraph--view-mode--default">'
                      f'<div class="field field--name-field-related-node field--type-entity-reference field--label-above"><div class="field__label">اقرأ أيضاً</div>'
                      f'<div class="field__item"><article role="article" about="{esc(page.url_of(o))}" class="node node--type-article node--view-mode-teaser">'
                      f'<h2><a href="{esc(page.url_of(o))}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{esc(o.title)}</span></a></h2>'
                      f'<div class="node__meta"><time datetime="{shift(o.published, 0):%Y-%m-%dT%H:%M:%S}Z" class="datetime">{wd(o.published)} {ar_date(o.published)} - {o.published:%H:%M}</time></div>'
                      f'</article></div></div></div></div>')
    if len(paras) >= 4:
        extras.append(f'<div class="field__item"><div class="paragraph paragraph--type--quote paragraph--view-mode--default">'
                      f'<blockquote class="field field--name-field-quote field--type-string-long field--label-hidden field__item">{esc(sentence_of(a.text, 2))}</blockquote></div></div>')
    tw_name, tw_handle = pick(a, "tw", D8_TWEETERS)
    extras.append(f'<div class="field__item"><div class="paragraph paragraph--type--embed paragraph--view-mode--default">'
                  f'<div class="field field--name-field-embed-code field--type-text-long field--label-hidden field__item">'
                  f'<blockquote class="twitter-tweet" lang="ar"><p lang="ar" dir="rtl">متابعة ميدانية مستمرة، وندعو الجميع إلى استقاء المعلومات من المصادر الرسمية فقط <a href="https://twitter.com/hashtag/{esc(L.tags_for(a)[0] if L.tags_for(a) else "السعودية")}">#{esc(L.tags_for(a)[0] if L.tags_for(a) else "السعودية")}</a></p>'
                  f'&mdash; {esc(tw_name)} (@{tw_handle}) <a href="https://twitter.com/{tw_handle}/status/{6300000000000000 + num(a, "tid", 0, 99999999)}">{ar_date(d)}</a></blockquote>'
                  f'<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div></div></div>')
    for k, ch in enumerate(chunks):
        comps.append(text_component(ch, k))
        if k < len(chunks) - 1 and extras:
            comps.append(extras.pop(0))
    comps += extras  # what did not fit between the chunks follows the text
    body = "\n".join(comps)
    writer = ""
    if a.author:
        writer = (f'<div class="field field--name-field-writer field--type-entity-reference field--label-inline clearfix">'
                  f'<div class="field__label">الكاتب</div><div class="field__item"><a href="/taxonomy/term/{author_id(a)}" hreflang="ar">{esc(a.author)}</a></div></div>')
    tags = "".join(f'<div class="field__item"><a href="/taxonomy/term/{3000 + i}" hreflang="ar">{esc(t)}</a></div>' for i, t in enumerate(L.tags_for(a)))
    nc = num(a, "nc", 0, 4)
    comm = ""
    for k in range(nc):
        cd = d + dt.timedelta(minutes=num(a, f"cmin{k}", 25, 60 * 30))
        comm += (f'<article role="article" data-comment-user-id="0" class="comment js-comment by-anonymous clearfix">'
                 f'<span class="hidden" data-comment-timestamp="{int(shift(cd, 0).replace(tzinfo=dt.timezone.utc).timestamp())}"></span>'
                 f'<footer class="comment__meta"><p class="comment__submitted">أرسلت بواسطة <span lang="" typeof="schema:Person" property="schema:name" class="username">{esc(pick(a, f"cu{k}", D8_USERS))}</span> في {wd(cd)} {ar_date(cd)} - {cd:%H:%M}</p></footer>'
                 f'<div class="content"><h3><a href="/comment/{nid * 7 + k}#comment-{nid * 7 + k}" class="permalink" rel="bookmark" hreflang="ar">{esc(short(pick(a, f"ct{k}", D8_COMMENTS), 4))}</a></h3>'
                 f'<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{esc(pick(a, f"ct{k}", D8_COMMENTS))}</p></div></div>'
                 f'<ul class="links inline"><li class="comment-reply"><a href="/comment/reply/node/{nid}/comment/{nid * 7 + k}">رد</a></li></ul></article>\n')
    most = "".join(f'<li><a href="{esc(page.url_of(o))}" hreflang="ar">{esc(o.title)}</a></li>' for o in page.others("popular", 6))
    writers = "".join(f'<div class="views-row"><div class="views-field views-field-field-photo"><img src="/sites/default/files/writers/w{i}.jpg" alt=""></div>'
                      f'<div class="views-field views-field-name"><a href="/taxonomy/term/{700 + i}">{esc(n)}</a></div>'
                      f'<div class="views-field views-field-title"><a href="/opinion/{700 + i}">{esc(t)}</a></div></div>'
                      for i, (n, t) in enumerate(D8_WRITERS) if num(a, f"wr{i}", 0, 2))
    latest = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a> <span class="date">{o.published:%H:%M}</span></li>' for o in page.others("section", 5))
    title_tag = f"{esc(a.title)} | {esc(sec)} | {esc(site.name)}"
    settings = jdump(page, {"path": {"baseUrl": "/", "scriptPath": None, "pathPrefix": "", "currentPath": f"node/{nid}", "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "ar"}, "pluralDelimiter": "\u0003", "ajaxPageState": {"libraries": "classy/base,classy/node,core/html5shiv,paragraphs/drupal.paragraphs.unpublished,statistics/drupal.statistics", "theme": "makkah", "theme_token": None}, "statistics": {"data": {"nid": str(nid)}, "url": "/core/modules/statistics/statistics.php"}, "user": {"uid": 0, "permissionsHash": a.key * 2}})
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#">
<head>
<meta charset="{site.encoding}" />
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-4812{a.n % 97}-1"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments)}};gtag("js", new Date());gtag("config", "UA-48127-1", {{"groups":"default","anonymize_ip":true}});</script>
<meta name="description" content="{esc(L.first_sentence(a.text))}" />
<link rel="canonical" href="{esc(page.canonical)}" />
<link rel="shortlink" href="{esc(site.base)}/node/{nid}" />
<meta property="og:site_name" content="{esc(site.name)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:image" content="{esc(site.base)}/sites/default/files/{d:%Y-%m}/{a.key}_1.jpg" />
<meta property="article:section" content="{esc(sec)}" />
<meta property="article:published_time" content="{iso_meta}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="Generator" content="Drupal 8 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="alternate" type="application/rss+xml" title="{esc(site.name)}" href="{esc(site.base + site.feed_path)}" />
<link rel="shortcut icon" href="/themes/custom/makkah/favicon.ico" type="image/vnd.microsoft.icon" />
<title>{title_tag}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{a.key[:10]}.css?q0x{a.key[-4:]}" />
<!--[if lte IE 8]><script src="/sites/default/files/js/js_VtafjXmRvoUgAzqzYTA3Wrjkx9wcWhjP0G4ZnnqRamA.js"></script><![endif]-->
</head>
<body class="layout-one-sidebar layout-sidebar-second path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">تجاوز إلى المحتوى الرئيسي</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<div class="region region-top-bar">
<div id="block-datebar" class="block block-block-content block-block-content-7c1e"><div class="clearfix text-formatted field field--name-body field__item">{wd(d)} {hd} {L.HIJRI_MONTHS[hm - 1]} {hy} هـ الموافق {ar_date(d)} م</div></div>
<div id="block-weather" class="block block-weather"><span>مكة المكرمة</span> <span class="temp">{num(a, "tmk", 38, 45)}°</span> <span>جدة</span> <span class="temp">{num(a, "tjd", 33, 39)}°</span></div>
<nav role="navigation" aria-labelledby="block-social-menu" id="block-social"><ul class="menu"><li><a href="https://twitter.com/{site.id}">تويتر</a></li><li><a href="https://facebook.com/{site.id}">فيسبوك</a></li><li><a href="https://instagram.com/{site.id}">إنستغرام</a></li><li><a href="/pdf">العدد الورقي PDF</a></li></ul></nav>
</div>
<header id="header" class="header" role="banner" aria-label="ترويسة الموقع">
<div class="region region-header">
<div id="block-sitebranding" class="clearfix site-branding block block-system block-system-branding-block">
<a href="/" title="الرئيسية" rel="home" class="site-branding__logo"><img src="/themes/custom/makkah/logo.svg" alt="الرئيسية" /></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="الرئيسية" rel="home">{esc(site.name)}</a></div><div class="site-branding__slogan">صحيفة يومية تصدر عن مؤسسة {esc(site.short)} للصحافة والنشر</div></div>
</div>
<div class="search-block-form block block-search container-inline" data-drupal-selector="search-block-form" id="block-searchform" role="search">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item js-form-type-search form-type-search"><label for="edit-keys" class="visually-hidden">بحث</label><input title="أدخل الكلمات المراد البحث عنها." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="بحث" class="button js-form-submit form-submit" /></div></form>
</div>
</div>
<div class="region region-primary-menu">
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">القائمة الرئيسية</h2>
<ul class="clearfix menu">{menu}</ul>
</nav>
</div>
</header>
<div class="region region-breaking">
<div class="views-element-container block block-views block-views-blockbreaking-news-block-1" id="block-views-block-breaking-news-block-1"><h2 class="block-title">عاجل</h2><div><div class="view view-breaking-news view-id-breaking_news view-display-id-block_1 js-view-dom-id-{a.key}">{breaking}</div></div></div>
</div>
<div id="main-wrapper" class="layout-main-wrapper layout-container clearfix">
<div id="main" class="layout-main clearfix">
<div class="region region-breadcrumb">
<div id="block-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">مسار التصفح</h2><ol><li><a href="/">الرئيسية</a></li><li><a href="/taxonomy/term/{sec_i + 2}">{esc(sec)}</a></li></ol></nav></div>
</div>
<main id="content" class="column main-content" role="main">
<section class="section">
<a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-mainpagecontent" class="block block-system block-system-main-block">
<article role="article" data-history-node-id="{nid}" about="/node/{nid}" typeof="schema:Article" class="node node--type-article node--promoted node--view-mode-full">
<div class="field field--name-field-section field--type-entity-reference field--label-hidden field__item"><a href="/taxonomy/term/{sec_i + 2}" hreflang="ar">{esc(sec)}</a></div>
<h1 class="page-title"><span property="schema:name" class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></h1>
<div class="field field--name-field-subtitle field--type-string-long field--label-hidden field__item">{esc(L.first_sentence(a.text))}</div>
<div class="node__meta">
{writer}
<div class="field field--name-created field--type-created field--label-hidden field__item"><time datetime="{zulu}" class="datetime">{wd(d)} {ar_date(d)} - {d:%H:%M}</time></div>
<span property="schema:dateCreated" content="{zulu}" class="rdf-meta hidden"></span>
<div class="field field--name-field-views field--type-integer field--label-inline"><div class="field__label">المشاهدات</div><div class="field__item">{num(a, "views", 120, 14000)}</div></div>
</div>
<div class="node__content clearfix">
<div class="field field--name-field-hero field--type-image field--label-hidden field__item"><img property="schema:image" src="/sites/default/files/styles/hero/public/{d:%Y-%m}/{a.key}.jpg?itok={a.key[2:10]}" width="1140" height="640" alt="" typeof="foaf:Image" class="image-style-hero" /></div>
<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">
{body}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">الوسوم</div><div class="field__items">{tags}</div></div>
<ul class="links inline"><li class="print-link"><a href="/print/node/{nid}">طباعة</a></li><li class="email-link"><a href="/forward?path=node/{nid}">أرسل لصديق</a></li><li class="node-readmore"><a href="/node/{nid}/share">مشاركة</a></li></ul>
</div>
<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">
<h2 class="title comment-section-title">التعليقات ({nc})</h2>
{comm}
<h2 class="title comment-form__title">أضف تعليقاً جديداً</h2>
<form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" method="post" id="comment-form" accept-charset="UTF-8">
<div class="js-form-item form-item"><label for="edit-name">اسمك</label><input type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>
<div class="js-form-item form-item"><label for="edit-comment-body-0-value" class="js-form-required form-required">التعليق</label><textarea id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required"></textarea></div>
<div class="description">التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي الصحيفة، ويحتفظ فريق التحرير بحق حذف أي تعليق يتضمن إساءة أو خروجاً عن موضوع الخبر أو ترويجاً تجارياً.</div>
<input type="hidden" name="form_id" value="comment_comment_form" /><div class="form-actions"><input type="submit" id="edit-submit--2" value="حفظ" class="button button--primary form-submit" /></div>
</form>
</section>
</article>
</div>
</div>
</section>
</main>
<div id="sidebar-second" class="column sidebar"><aside class="section" role="complementary">
<div class="views-element-container block block-views" id="block-views-block-most-read-block-1"><h2>الأكثر قراءة</h2><div class="item-list"><ol>{most}</ol></div></div>
<div class="views-element-container block block-views" id="block-views-block-writers-block-1"><h2>كتاب الرأي</h2><div class="view-content">{writers}</div></div>
<div class="views-element-container block block-views" id="block-views-block-latest-block-1"><h2>آخر الأخبار</h2><div class="item-list"><ul>{latest}</ul></div></div>
<div id="block-newsletter" class="block block-simplenews"><h2>النشرة البريدية</h2><p>اشترك في نشرتنا اليومية لتصلك أهم أخبار المنطقة كل صباح قبل السابعة.</p><form><input type="email" placeholder="البريد الإلكتروني" /><input type="submit" value="اشترك" /></form></div>
</aside></div>
</div>
</div>
<footer class="site-footer">
<div class="region region-footer-first"><nav role="navigation" id="block-footer"><ul class="menu"><li><a href="/about">عن الصحيفة</a></li><li><a href="/advertise">الإعلانات</a></li><li><a href="/subscribe">الاشتراكات</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/contact">اتصل بنا</a></li></ul></nav></div>
<div class="region region-footer-second"><div class="block block-block-content"><p>{esc(site.name)} صحيفة يومية سعودية تصدر من مكة المكرمة، تعنى بأخبار المنطقة الغربية وشؤون الحج والعمرة، وتنشر على موقعها الإلكتروني أخبارها على مدار الساعة.</p><p>جميع الحقوق محفوظة © {d.year} مؤسسة {esc(site.short)} للصحافة والنشر</p></div></div>
</footer>
</div></div>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>
<script src="/sites/default/files/js/js_{a.key[::-1]}.js"></script>
</body>
</html>"""
    return finish(page, html)


# --- b16_2: Lebanese daily, premium (paywalled) article -----------------------------------

LB_SECTIONS = ["لبنان", "عربي ودولي", "اقتصاد", "آراء", "ثقافة", "رياضة", "مجتمع"]
LB_PLANS = [("شهري", "8.99"), ("سنوي", "79.99"), ("العرض الترحيبي: الشهر الأول", "1")]


def layout_b16_2(page):
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published  # Beirut summer time = UTC+3, the same wall clock as Riyadh
    upd = d + dt.timedelta(minutes=num(a, "upd", 40, 600))
    sec = pick(a, "sec", LB_SECTIONS)
    premium = len(paras) >= 3
    nfree = 2 if len(paras) >= 5 else 1
    mins = max(1, round(len(a.text.split()) / 180))
    listen = f"{num(a, 'lm', 1, 6)}:{num(a, 'ls', 0, 59):02d}"
    ra = page.others("read_also", 1)
    ra_box = ""
    if ra:
        o = ra[0]
        ra_box = (f'<div class="read-also-inline"><span class="ra-label">اقرأ أيضاً</span>'
                  f'<a href="{esc(page.url_of(o))}"><img src="/media/{o.key}-thumb.jpg" alt=""><span class="ra-title">{esc(o.title)}</span></a></div>')
    ad = '<div class="ad-inarticle" id="div-gpt-ad-inread"><span class="ad-label">إعلان</span><script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-inread")});</script></div>'
    plans = "".join(f'<li class="plan"><span class="plan-name">{n}</span> <span class="plan-price">{p} $</span></li>' for n, p in LB_PLANS)
    wall = (f'<div class="paywall-box" id="paywall">'
            f'<div class="paywall-lock">🔒</div><h3>هذا المقال مخصّص للمشتركين</h3>'
            f'<p>اشترك الآن لتتمكّن من قراءة المقالات المميّزة كاملة، والوصول إلى أرشيف الجريدة منذ تأسيسها، ونسخة العدد الورقي بصيغة PDF كل صباح. يمكنك إلغاء اشتراكك في أي وقت.</p>'
            f'<ul class="plans">{plans}</ul>'
            f'<a class="btn-subscribe" href="/subscribe?ref=paywall&amp;article={a.n}">اشترك الآن</a>'
            f'<p class="paywall-login">مشترك بالفعل؟ <a href="/login?destination={a.n}">سجّل الدخول</a></p></div>')
    if premium:
        free = "\n".join(f"<p>{esc(p)}</p>" for p in paras[:nfree])
        rest = paras[nfree:]
        locked = weave(rest, [(0, ra_box), (2, ad)])
        body = (f'<div class="article-free">\n{free}\n</div>\n{wall}\n'
                f'<div class="paywalled-content is-locked" aria-hidden="false">\n{locked}\n</div>')
    else:
        body = '<div class="article-free">\n' + weave(paras, [(0, ra_box), (1, ad)]) + '\n</div>'
    writer = ""
    if a.author:
        writer = (f'<div class="writer-strip"><a class="author-photo" href="/author/{author_id(a)}"><img src="/media/authors/{author_slug(a)}.jpg" alt=""></a>'
                  f'<div class="writer-info"><a class="author-link" href="/author/{author_id(a)}">{esc(a.author)}</a>'
                  f'<a class="author-follow" href="/author/{author_id(a)}/follow">متابعة</a></div></div>')
    date_line = (f'<div class="article-dates"><time class="pub" datetime="{d:%Y-%m-%dT%H:%M:%S}+03:00">{lev_date(d)} | {d:%H:%M}</time>'
                 f' <span class="upd">آخر تحديث: {lev_date(upd)} | {upd:%H:%M}</span> <span class="read-time">{mins} دقائق قراءة</span></div>')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": f"{d:%Y-%m-%dT%H:%M:%S}+03:00", "dateModified": f"{upd:%Y-%m-%dT%H:%M:%S}+03:00",
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical},
          "publisher": {"@type": "Organization", "name": site.name},
          "isAccessibleForFree": not premium}
    if premium:
        ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywalled-content"}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author, "url": f"{site.base}/author/{author_id(a)}"}
    ticker = "".join(f'<li><span class="t-time">{o.published:%H:%M}</span> <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("ticker", 6))
    same_writer = ""
    if a.author:
        same_writer = ('<section class="more-from-author"><h3>من الكاتب نفسه</h3><ul>'
                       + "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a> <span>{lev_date(o.published)}</span></li>' for o in page.others("author", 3))
                       + '</ul></section>')
    related = "".join(f'<div class="card"><a href="{esc(page.url_of(o))}"><img src="/media/{o.key}-m.jpg" alt=""><h4>{esc(o.title)}</h4></a>'
                      f'<span class="card-premium">{"مميّز" if num(o, "prem", 0, 2) == 0 else ""}</span></div>' for o in page.others("similar", 4))
    most = "".join(f'<li><span class="rank">{i + 1}</span><a href="{esc(page.url_of(o))}">{esc(o.title)}</a> <span class="time">{o.published:%H:%M}</span></li>'
                   for i, o in enumerate(page.others("popular", 5)))
    tags = "".join(f'<a href="/tags/{esc(t)}" class="tag">{esc(t)}</a>' for t in L.tags_for(a))
    nav = "".join(f'<li><a href="/{i}">{n}</a></li>' for i, n in enumerate(["الرئيسية"] + LB_SECTIONS + ["فيديو", "النسخة الورقية"]))
    html = f"""<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/media/{a.key}-og.jpg">
<meta property="article:section" content="{esc(sec)}">
<meta property="article:content_tier" content="{"locked" if premium else "free"}">
<link rel="canonical" href="{esc(page.canonical)}">
<script type="application/ld+json">{jdump(page, ld)}</script>
<style>.paywalled-content.is-locked{{filter:blur(4px);user-select:none;max-height:260px;overflow:hidden}}.ticker li{{display:inline-block}}</style>
<script>var googletag=googletag||{{}};googletag.cmd=googletag.cmd||[];var piano={{aid:"{a.key[:10]}",contentId:"{a.n}",tier:"{"premium" if premium else "free"}"}};</script>
</head>
<body class="article-page{" premium-article" if premium else ""}">
<div class="top-bar"><div class="container">
<span class="today">{wd(d)} {lev_date(d)}</span>
<a href="/epaper" class="epaper">النسخة الورقية</a>
<a href="/en" lang="en">English</a>
<a href="/subscribe" class="btn-sub">اشترك</a> <a href="/login" class="btn-login">تسجيل الدخول</a>
</div></div>
<header class="site-header"><a class="logo" href="/"><img src="/assets/logo.svg" alt="{esc(site.name)}"></a>
<nav class="main-menu"><ul>{nav}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="ابحث في الموقع"></form></header>
<div class="ticker"><span class="ticker-label">آخر الأخبار</span><ul>{ticker}</ul></div>
<div class="leaderboard ad" id="div-gpt-ad-top">إعلان</div>
<main class="container article-container">
<article class="article-main">
<div class="article-kicker"><span class="premium-badge" title="مقال مميّز للمشتركين">🔒 مميّز</span> <a class="section" href="/section/{LB_SECTIONS.index(sec) + 1}">{esc(sec)}</a></div>
<h1 class="article-title">{esc(a.title)}</h1>
{writer}
{date_line}
<div class="article-tools"><button class="font-plus">أ+</button><button class="font-minus">أ-</button><a href="#share" class="share">مشاركة</a><a href="#save" class="save">حفظ</a></div>
<div class="listen-widget"><button class="play">▶</button> <span>استمع إلى المقال</span> <span class="duration">{listen}</span></div>
<figure class="article-image"><img src="/media/{a.key}-l.jpg" alt=""><figcaption>(أرشيف {esc(site.short)})</figcaption></figure>
<div class="article-body" data-article-id="{a.n}">
{body}
</div>
<div class="article-tags">{tags}</div>
{same_writer}
</article>
<aside class="sidebar"><section class="most-read"><h3>الأكثر قراءة</h3><ol>{most}</ol></section>
<div class="ad ad-mpu" id="div-gpt-ad-mpu">إعلان</div>
<section class="newsletter"><h3>النشرة اليومية</h3><p>أهم ما كتبته {esc(site.name)} اليوم، في بريدك الإلكتروني كل مساء. يمكنك إلغاء الاشتراك متى شئت.</p><input type="email" placeholder="بريدك الإلكتروني"><button>سجّل</button></section></aside>
</main>
<section class="related container"><h3>مقالات ذات صلة</h3><div class="cards">{related}</div></section>
<section class="fb-comments-notice container"><p>التعليقات عبر فيسبوك. يُرجى الالتزام بآداب النقاش؛ التعليقات تعبّر عن آراء أصحابها، والجريدة غير مسؤولة عنها.</p><div class="fb-comments" data-href="{esc(page.canonical)}" data-numposts="5"></div></section>
<footer class="site-footer"><div class="container">
<ul class="footer-links"><li><a href="/about">من نحن</a></li><li><a href="/subscribe">الاشتراكات</a></li><li><a href="/terms">شروط الاستخدام</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/contact">اتصل بنا</a></li></ul>
<p class="address">بيروت - وسط بيروت التجاري، شارع الأمير بشير، مبنى الجريدة. هاتف: 961-1-994888+</p>
<p class="copy">© {d.year} {esc(site.name)}. جميع الحقوق محفوظة. يُمنع نسخ المقالات المميّزة أو إعادة نشرها من دون إذن خطي.</p>
</div></footer>
<script src="https://experience.tinypass.com/xbuilder/experience/load?aid={a.key[:10]}"></script>
</body>
</html>"""
    return finish(page, html)


# --- b16_3: Libyan news portal, Tripoli time (UTC+2) ---------------------------------------

LY_MENU = ["الرئيسية", "ليبيا", "الغرب", "الشرق", "الجنوب", "اقتصاد", "رياضة", "ثقافة", "مقالات", "فيديو"]
LY_SECTIONS = ["ليبيا", "اقتصاد", "الشرق", "الغرب", "الجنوب"]
LY_MINISTRIES = ["وزارة الصحة - الحكومة الليبية", "المؤسسة الوطنية للنفط", "الشركة العامة للكهرباء", "بلدية طرابلس المركز", "مديرية أمن بنغازي"]
LY_POSTS = [
    "تنويه: تعلن الإدارة للمواطنين الكرام أن العمل سيستمر وفق الجدول المعلن، وسيتم نشر أي تحديث على هذه الصفحة الرسمية فقط، ونهيب بالجميع عدم الالتفات إلى الصفحات المنتحلة.",
    "بيان: تتابع الإدارة باهتمام ما يجري، وتؤكد أن فرقها الفنية تعمل على مدار الساعة، وتشكر المواطنين على تعاونهم وصبرهم خلال هذه الظروف.",
    "إعلان: يرجى من المواطنين المراجعة في المواعيد المحددة مع إحضار المستندات المطلوبة، ولن يتم قبول أي طلب ناقص.",
]
LY_COMMENTERS = ["ابن طرابلس", "سالم الورفلي", "بنغازي الصمود", "مصراتي", "فاطمة من سبها", "عبدالحكيم"]
LY_COMMENTS = [
    "نتمنى أن تصل هذه الأخبار إلى المسؤولين عندنا، فنحن في ليبيا أحوج ما نكون إلى مثل هذه التجارب، والمواطن البسيط هو من يدفع الثمن دائماً بين انقطاع الكهرباء وغلاء الأسعار.",
    "شكراً للبوابة على المهنية في نقل الخبر دون تهويل، وأرجو أن تنشروا أيضاً ما يحدث في الجنوب فالإعلام ينسانا دائماً.",
    "الدينار في السوق الموازية يرتفع كل يوم، وكل هذه الأخبار لا تعني شيئاً للمواطن إذا لم تنعكس على حياته اليومية والسيولة في المصارف.",
    "تعليق للتاريخ: ما يحدث درس لكل من يظن أن الحلول تأتي من الخارج، الحل بيد الليبيين أنفسهم إذا جلسوا إلى طاولة واحدة.",
]


def layout_b16_3(page):
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    t = shift(d, 2)  # Tripoli wall time
    sec = pick(a, "sec", LY_SECTIONS)
    views = num(a, "views", 80, 25000)
    iso2 = t.strftime("%Y-%m-%dT%H:%M:%S") + "+02:00"
    ra = page.others("read_also", 2)
    boxes = []
    if ra:
        boxes.append((0, f'<p class="read-also"><strong>اقرأ أيضاً: </strong><a href="{esc(page.url_of(ra[0]))}">{esc(ra[0].title)}</a></p>'))
    ministry = pick(a, "min", LY_MINISTRIES)
    fb = (f'<div class="fb-post-embed"><div class="fb-xfbml-parse-ignore"><blockquote cite="https://www.facebook.com/{a.key[:6]}/posts/{10150000000 + a.n}">'
          f'<p>{esc(pick(a, "post", LY_POSTS))}</p>'
          f'<p>Posted by <a href="https://www.facebook.com/{a.key[:6]}">{esc(ministry)}</a> on {ar_date(t)}</p></blockquote></div></div>')
    boxes.append((1, fb))
    boxes.append((2, '<div class="in-article-ad"><ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-7719' + str(a.n % 1000) + '"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'))
    if len(ra) > 1:
        boxes.append((4, f'<p class="read-also"><strong>اقرأ أيضاً: </strong><a href="{esc(page.url_of(ra[1]))}">{esc(ra[1].title)}</a></p>'))
    body = weave(paras, boxes)
    credit = ""
    if a.author:
        credit = f'<span class="lbl">تقرير:</span> <span class="reporter-name">{esc(a.author)}</span> <span class="sep">|</span> '
    bar = "".join(f'<li><span class="bt">{shift(o.published, 2):%H:%M}</span> <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("ticker", 5))
    menu = "".join(f'<li><a href="/category/{i}">{n}</a></li>' for i, n in enumerate(LY_MENU))
    related = "".join(f'<li><a href="{esc(page.url_of(o))}"><img src="/uploads/thumbs/{o.key}.jpg" alt=""><h4>{esc(o.title)}</h4></a>'
                      f'<span class="date">{shift(o.published, 2):%H:%M} - {shift(o.published, 2):%d/%m/%Y}</span></li>' for o in page.others("similar", 6))
    most = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a><span class="views">{num(o, "views", 80, 25000)} مشاهدة</span></li>' for o in page.others("popular", 6))
    nc = num(a, "nc", 0, 4)
    comm = ""
    for k in range(nc):
        cd = t + dt.timedelta(minutes=num(a, f"cmin{k}", 15, 60 * 20))
        comm += (f'<li class="comment"><div class="c-head"><span class="c-name">{esc(pick(a, f"cn{k}", LY_COMMENTERS))}</span> '
                 f'<span class="c-date">{cd:%d/%m/%Y} - {cd:%H:%M}</span></div><div class="c-body">{esc(pick(a, f"ct{k}", LY_COMMENTS))}</div>'
                 f'<div class="c-vote"><a href="#up">👍 {num(a, f"up{k}", 0, 60)}</a> <a href="#down">👎 {num(a, f"dn{k}", 0, 20)}</a></div></li>')
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso2, "dateModified": iso2, "image": f"{site.base}/uploads/{a.key}.jpg",
          "publisher": {"@type": "Organization", "name": site.name, "logo": {"@type": "ImageObject", "url": f"{site.base}/assets/logo.png"}},
          "mainEntityOfPage": page.canonical}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    else:
        ld["author"] = {"@type": "Organization", "name": site.name}
    tags = "".join(f'<a href="/tag/{esc(x)}" rel="tag">{esc(x)}</a>' for x in L.tags_for(a))
    html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(site.name)} | {esc(a.title)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:image" content="{esc(site.base)}/uploads/{a.key}.jpg">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="article:published_time" content="{iso2}">
<meta property="article:section" content="{esc(sec)}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="stylesheet" href="/assets/css/app.css?v=2.3.{a.n % 9}">
<script type="application/ld+json">{jdump(page, ld)}</script>
<script async src="//pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>
</head>
<body class="single-news">
<div class="topbar"><div class="container">
<div class="tb-date">{wd(t)} {ar_date(t)}</div>
<ul class="tb-weather"><li>طرابلس {num(a, "w1", 30, 37)}°</li><li>بنغازي {num(a, "w2", 28, 34)}°</li><li>سبها {num(a, "w3", 40, 46)}°</li><li>مصراتة {num(a, "w4", 29, 35)}°</li></ul>
<ul class="tb-currency"><li>الدولار (الرسمي): 1.38 د.ل</li><li>الدولار (السوق الموازية): {2.4 + num(a, "usd", 0, 50) / 100:.2f} د.ل</li><li>اليورو (السوق الموازية): {2.7 + num(a, "eur", 0, 50) / 100:.2f} د.ل</li></ul>
</div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/assets/img/logo.png" alt="{esc(site.name)}"></a>
<div class="header-ad"><a href="/ads"><img src="/uploads/ads/banner728.gif" alt="إعلان"></a></div></div>
<nav class="navbar"><ul class="nav">{menu}</ul></nav></header>
<div class="urgent-bar"><span class="urgent-title">عاجل</span><ul class="urgent-list">{bar}</ul></div>
<div class="container main">
<div class="col-md-8 content">
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/category/{LY_SECTIONS.index(sec) + 1}">{esc(sec)}</a></li></ol>
<div class="news-single">
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-info"><span class="news-date"><i class="fa fa-clock-o"></i> {t:%H:%M} - {t:%d/%m/%Y}</span> <span class="news-views"><i class="fa fa-eye"></i> {views}</span></div>
<div class="news-img"><img src="/uploads/{a.key}.jpg" alt="{esc(a.title)}"><span class="img-caption">(أرشيفية: الإنترنت)</span></div>
<div class="news-text">
{body}
</div>
<div class="post-footer">{credit}<span class="lbl">القسم:</span> <a href="/category/{LY_SECTIONS.index(sec) + 1}">{esc(sec)}</a> <span class="sep">|</span> <a href="/print/{a.n}" class="print">طباعة</a></div>
<div class="news-tags"><span>كلمات دالة:</span> {tags}</div>
<div class="share-box"><a href="https://www.facebook.com/sharer/sharer.php?u={urllib.parse.quote(page.canonical)}">فيسبوك</a> <a href="https://twitter.com/share?url={urllib.parse.quote(page.canonical)}">تويتر</a> <a href="viber://forward?text={urllib.parse.quote(page.canonical)}">فايبر</a></div>
</div>
<div class="related-news"><h3 class="block-title">أخبار ذات صلة</h3><ul>{related}</ul></div>
<div class="comments-area"><h3 class="block-title">تعليقات القراء ({nc})</h3>
<ul class="comment-list">{comm}</ul>
<p class="comments-disclaimer">الآراء المنشورة في التعليقات تعبر عن أصحابها فقط، ولا تتحمل البوابة أي مسؤولية عنها. يرجى تجنب الإساءة والتحريض والتعليقات الجهوية والقبلية.</p>
<form class="comment-form"><input name="name" placeholder="الاسم"><textarea name="comment" placeholder="اكتب تعليقك"></textarea><button type="submit">أرسل التعليق</button></form>
</div>
</div>
<div class="col-md-4 sidebar">
<div class="widget most-read"><h3 class="block-title">الأكثر مشاهدة</h3><ol>{most}</ol></div>
<div class="widget ad"><img src="/uploads/ads/300x250.jpg" alt="إعلان"></div>
<div class="widget about"><h3 class="block-title">عن البوابة</h3><p>{esc(site.name)} مؤسسة إعلامية ليبية مستقلة، تقدم الأخبار والتقارير من مختلف المدن الليبية عبر شبكة من المراسلين في الشرق والغرب والجنوب، وتلتزم بالحياد والدقة.</p></div>
</div>
</div>
<footer class="footer"><div class="container"><ul class="footer-nav"><li><a href="/about">من نحن</a></li><li><a href="/advertise">أعلن معنا</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/policy">سياسة النشر</a></li></ul>
<p>جميع الحقوق محفوظة © {t.year} {esc(site.name)} - يُسمح بالاقتباس مع ذكر المصدر.</p></div></footer>
<script src="/assets/js/app.js?v=2.3"></script>
</body>
</html>"""
    return finish(page, html)


# --- b16_4: London pan-Arab outlet on Arc XP (Fusion), BST ---------------------------------

ARC_SECTIONS = [("الشرق الأوسط", "middle-east"), ("الخليج", "gulf"), ("العالم", "world"), ("اقتصاد", "business"), ("ثقافة", "culture")]
ARC_AGENCIES = ["رويترز", "أ.ف.ب", "أ.ب", "غيتي"]


def layout_b16_4(page):
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    lon = shift(d, 1)
    utc = shift(d, 0)
    upd = d + dt.timedelta(minutes=num(a, "upd", 20, 400))
    lon_upd = shift(upd, 1)
    z = utc.strftime("%Y-%m-%dT%H:%M:%S") + ".000Z"
    zu = shift(upd, 0).strftime("%Y-%m-%dT%H:%M:%S") + ".000Z"
    sec, sec_slug = pick(a, "sec", ARC_SECTIONS)
    arc_id = hashlib.md5(a.key.encode()).hexdigest().upper()[:26]
    slug = "-".join(a.title.split()[:5]).replace("/", "-")
    seo = short(a.title, 7).rstrip(".")
    agency = pick(a, "ag", ARC_AGENCIES)
    ra = page.others("read_also", 1)
    boxes = [(0, f'<figure class="c-media-item" data-fusion-component="image"><img class="c-image" src="https://cloudfront-eu-central-1.images.arcpublishing.com/{site.id}/{arc_id}.jpg" alt="" loading="lazy">'
                 f'<figcaption class="c-media-item__caption"><span class="c-media-item__credit">({esc(agency)})</span></figcaption></figure>')]
    if ra:
        o = ra[0]
        boxes.append((1, f'<div class="c-interstitial-link" data-fusion-component="interstitial_link"><span class="c-interstitial-link__label">اقرأ أيضاً</span> '
                         f'<a href="{esc(page.url_of(o))}">{esc(o.title)}</a></div>'))
    boxes.append((2, f'<div class="arcad arcad-feature" id="arcad_{a.key[:6]}" data-ad-name="inline_1" data-fusion-component="ad"><div class="arcad-label">إعلان</div></div>'))
    if len(paras) >= 5:
        boxes.append((3, f'<div class="c-embed c-embed--twitter" data-fusion-component="custom_embed" data-embed-type="twitter">'
                         f'<blockquote class="twitter-tweet" lang="ar"><p lang="ar" dir="rtl">{esc(short(sentence_of(a.text, 0), 18))}</p>&mdash; {esc(site.name)} (@{site.id}) '
                         f'<a href="https://twitter.com/{site.id}/status/{6300000000000000 + num(a, "tid", 0, 99999999)}">{ar_date(lon)}</a></blockquote></div>'))

    def para(i, p):
        return f'<p class="c-paragraph" data-type="text" data-fusion-component="text">{esc(p)}</p>'

    body = weave(paras, boxes, render=para)
    byline = ""
    if a.author:
        byline = (f'<div class="c-byline" data-testid="byline"><span class="c-byline__by">بقلم</span> '
                  f'<a class="c-byline__author" href="/author/{author_slug(a)}/">{esc(a.author)}</a></div>')
    sub = L.first_sentence(a.text)
    gc = {"_id": arc_id, "type": "story", "version": "0.10.6", "canonical_url": f"/{sec_slug}/{d:%Y/%m/%d}/{slug}/",
          "headlines": {"basic": a.title, "meta_title": seo}, "subheadlines": {"basic": sub},
          "description": {"basic": sub},
          "display_date": z, "first_publish_date": z, "publish_date": zu, "last_updated_date": zu,
          "credits": {"by": ([{"type": "author", "name": a.author, "_id": author_slug(a), "slug": author_slug(a)}] if a.author else [])},
          "taxonomy": {"primary_section": {"_id": f"/{sec_slug}", "name": sec},
                       "tags": [{"text": x, "slug": x} for x in L.tags_for(a)]},
          "content_elements": [{"_id": hashlib.md5((a.key + str(i)).encode()).hexdigest().upper()[:26], "type": "text", "content": esc(p)}
                               for i, p in enumerate(paras)],
          "language": "ar", "website": site.id}
    cache = {"story-feed-sections": {"data": {"content_elements": [
        {"_id": o.key, "headlines": {"basic": o.title}, "display_date": shift(o.published, 0).strftime("%Y-%m-%dT%H:%M:%S") + ".000Z",
         "websites": {site.id: {"website_url": page.url_of(o)}}} for o in page.others("similar", 4)]}}}
    cards = "".join(f'<div class="c-card" data-testid="story-card"><a href="{esc(page.url_of(o))}"><img src="https://cloudfront-eu-central-1.images.arcpublishing.com/{site.id}/{o.key.upper()}.jpg" alt="">'
                    f'<h3 class="c-card__headline">{esc(o.title)}</h3></a><time class="c-card__date" datetime="{shift(o.published, 0):%Y-%m-%dT%H:%M:%S}.000Z">{ar_date(shift(o.published, 1))}</time></div>'
                    for o in page.others("similar", 4))
    most = "".join(f'<li class="c-most-read__item"><span class="c-most-read__num">{i + 1}</span><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                   for i, o in enumerate(page.others("popular", 5)))
    nav = "".join(f'<li class="b-nav__item"><a href="/{s}/">{n}</a></li>' for n, s in [("الرئيسية", "")] + ARC_SECTIONS + [("رأي", "opinion"), ("فيديو", "video")])
    tags = "".join(f'<a class="c-tag" href="/tags/{esc(x)}/">{esc(x)}</a>' for x in L.tags_for(a))
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(seo)} | {esc(site.name)}</title>
<meta name="description" content="{esc(sub)}"/>
<meta property="og:title" content="{esc(a.title)}"/>
<meta property="og:description" content="{esc(sub)}"/>
<meta property="og:url" content="{esc(page.canonical)}"/>
<meta property="og:type" content="article"/>
<meta property="og:site_name" content="{esc(site.name)}"/>
<meta name="twitter:site" content="@{site.id}"/>
<link rel="canonical" href="{esc(page.canonical)}"/>
<link rel="amphtml" href="{esc(page.canonical)}?outputType=amp"/>
<link rel="stylesheet" href="/pf/dist/css/{site.id}.css?d=48{a.n % 10}"/>
<script id="fusion-engine-script" src="/pf/dist/engine/react.js?d=481&amp;mxId=00000000" defer=""></script>
<script src="/pf/dist/components/combinations/default.js?d=481&amp;mxId=00000000" defer=""></script>
</head>
<body>
<div id="fusion-app" class="fusion-app">
<div class="b-page" data-fusion-component="article-right-rail">
<header class="b-header" data-fusion-component="masthead">
<div class="b-header__top"><span class="b-header__edition">الطبعة العربية</span> <a href="/en/" lang="en">English</a> <a class="b-header__live" href="/live/">بث مباشر</a> <span class="b-header__city">لندن</span></div>
<a class="b-header__logo" href="/"><img src="/pf/resources/images/{site.id}-logo.svg?d=481" alt="{esc(site.name)}"/></a>
<nav class="b-nav" data-fusion-component="nav"><ul class="b-nav__list">{nav}</ul></nav>
<button class="b-header__search" aria-label="بحث">بحث</button> <a class="b-header__subscribe" href="/newsletters/">النشرات البريدية</a>
</header>
<div class="arcad arcad-leaderboard" id="arcad_top" data-ad-name="leaderboard"></div>
<main class="b-main">
<article class="b-article" data-testid="article">
<div class="c-overline" data-fusion-component="overline"><a href="/{sec_slug}/">{esc(sec)}</a></div>
<h1 class="c-heading" data-testid="headline" data-fusion-component="headline">{esc(a.title)}</h1>
<h2 class="c-subheadline" data-testid="subheadline">{esc(sub)}</h2>
<div class="c-article-meta" data-fusion-component="byline">
{byline}
<div class="c-date"><time class="c-date__published" datetime="{z}">نُشر: {lon:%d} {MONTHS[lon.month - 1]} {lon.year} - {lon:%H:%M} (توقيت لندن)</time>
<time class="c-date__updated" datetime="{zu}">آخر تحديث: {lon_upd:%d} {MONTHS[lon_upd.month - 1]} {lon_upd.year} - {lon_upd:%H:%M} (توقيت لندن)</time></div>
</div>
<div class="c-share" data-fusion-component="share-bar"><a href="#facebook">فيسبوك</a><a href="#twitter">تويتر</a><a href="#whatsapp">واتساب</a><a href="#copy">نسخ الرابط</a></div>
<figure class="c-lead-art" data-fusion-component="lead-art"><img src="https://cloudfront-eu-central-1.images.arcpublishing.com/{site.id}/{arc_id}L.jpg" alt=""/><figcaption class="c-lead-art__caption">صورة أرشيفية <span class="c-lead-art__credit">({esc(agency)})</span></figcaption></figure>
<div class="b-article-body" data-fusion-component="article-body">
{body}
</div>
<div class="c-tags" data-fusion-component="tags">{tags}</div>
</article>
<section class="b-more" data-fusion-component="more-from-section"><h2 class="b-more__title">المزيد من {esc(sec)}</h2><div class="b-more__cards">{cards}</div></section>
<section class="c-newsletter" data-fusion-component="newsletter"><h3>نشرة الصباح</h3><p>موجز يومي بأهم أخبار العالم العربي يصلك من لندن قبل الثامنة صباحاً. بتسجيلك توافق على سياسة الخصوصية وعلى تلقي رسائل تسويقية يمكنك إلغاؤها في أي وقت.</p><input type="email" placeholder="البريد الإلكتروني"/><button>اشترك</button></section>
</main>
<aside class="b-right-rail" data-fusion-component="right-rail"><section class="c-most-read"><h3>الأكثر قراءة</h3><ol>{most}</ol></section><div class="arcad arcad-mpu" id="arcad_mpu" data-ad-name="mpu"></div></aside>
<footer class="b-footer" data-fusion-component="footer">
<ul class="b-footer__links"><li><a href="/about/">من نحن</a></li><li><a href="/editorial-standards/">المعايير التحريرية</a></li><li><a href="/careers/">وظائف</a></li><li><a href="/contact/">اتصل بنا</a></li><li><a href="/terms/">شروط الاستخدام</a></li></ul>
<p class="b-footer__address">{esc(site.name)} - 10 شارع كنسينغتون، لندن، المملكة المتحدة</p>
<p class="b-footer__copy">© {lon.year} {esc(site.name)}. جميع الحقوق محفوظة.</p>
</footer>
</div>
</div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="{site.id}";Fusion.contextPath="/pf";Fusion.mxId="00000000";Fusion.deployment="481";Fusion.globalContent={jdump(page, gc)};Fusion.globalContentConfig={{"source":"content-api","query":{{"_id":"{arc_id}","website":"{site.id}"}}}};Fusion.contentCache={jdump(page, cache)};Fusion.layout="article-right-rail";Fusion.metas={{"title":{{"value":{jdump(page, seo)}}}}};</script>
</body>
</html>"""
    return finish(page, html)


# --- b16_5: Jordanian state news agency, bilingual ----------------------------------------

PT_MENU = [("الرئيسية", "Home"), ("محليات", "Local"), ("عربي ودولي", "Arab & World"), ("اقتصاد", "Economy"),
           ("رياضة", "Sports"), ("المحافظات", "Governorates"), ("ثقافة", "Culture"), ("صور", "Photos")]
PT_EN = ["Jordan, Egypt discuss boosting bilateral trade", "Cabinet approves mandatory reasons for draft law",
         "Aqaba port handles record tonnage in July", "Heatwave to persist over weekend, Met department says",
         "Senate president receives visiting delegation", "Amman Stock Exchange closes higher",
         "Civil Defence rescues family in Jerash", "Education ministry announces Tawjihi supplementary schedule"]
PT_INITIALS = ["ع ا/ س ص", "م ق/ ر ض", "هـ ح/ ن ع", "ف ج/ أ ب", "س ح/ م ع"]
PT_GOVS = ["إربد", "الزرقاء", "العقبة", "الكرك", "معان", "المفرق", "جرش", "مادبا"]


def layout_b16_5(page):
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published  # Amman summer time = UTC+3
    hd, hm, hy = hijri(d)
    views = num(a, "views", 30, 6000)
    news_id = 2300000 + a.n
    city = "عمان"
    rep = f' &ndash; من <span class="reporter">{esc(a.author)}</span> &ndash;' if a.author else " -"
    dateline = f'<strong class="dateline">{city} {d.day} {LEVANT[d.month - 1]} ({esc(site.short)}){rep}</strong> '
    rel = page.others("read_also", 3)
    rel_box = ""
    if rel:
        rel_box = ('<div class="related-inline"><div class="ri-title">أخبار ذات صلة</div><ul>'
                   + "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in rel) + '</ul></div>')

    def render(i, p):
        if i == 0:
            return f'<p>{dateline}{esc(p)}</p>'
        return f'<p>{esc(p)}</p>'

    body = weave(paras, [(1, rel_box)] if rel_box else [], render=render)
    end = f'<p class="news-end">--({esc(site.short)})&nbsp;&nbsp;{pick(a, "ini", PT_INITIALS)}</p>'
    stamp = f'<p class="news-stamp">{d:%d/%m/%Y} {d:%H:%M}</p>'
    menu = "".join(f'<li><a href="/Section.aspx?lang=ar&amp;Site_Id=2&amp;Cat={i}"><span class="ar">{ar}</span><span class="en" lang="en">{en}</span></a></li>'
                   for i, (ar, en) in enumerate(PT_MENU))
    en_rail = "".join(f'<li lang="en" dir="ltr"><a href="/en/NewsDetails.aspx?NewsID={news_id - 7 - i}">{t}</a> <span>{shift(d, 3) - dt.timedelta(minutes=37 * (i + 1)):%H:%M}</span></li>'
                      for i, t in enumerate(PT_EN) if num(a, f"en{i}", 0, 2))
    govs = "".join(f'<li><span class="gov">{g}</span> <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                   for g, o in zip(PT_GOVS[num(a, "g", 0, 3):], page.others("section", 4)))
    latest = "".join(f'<li><span class="time">{o.published:%H:%M}</span> <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("ticker", 7))
    pray = "".join(f'<tr><td>{n}</td><td>{t}</td></tr>' for n, t in
                   [("الفجر", "4:09"), ("الشروق", "5:45"), ("الظهر", "12:37"), ("العصر", "4:17"), ("المغرب", "7:28"), ("العشاء", "8:54")])
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head><meta http-equiv="Content-Type" content="text/html; charset={site.encoding}" />
<title>{esc(site.name)} | Jordan News Agency - {esc(a.title)}</title>
<meta name="keywords" content="{esc("، ".join(L.tags_for(a)))}" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:image" content="{esc(site.base)}/Photos/{news_id}.jpg" />
<link rel="canonical" href="{esc(page.canonical)}" />
<link rel="alternate" hreflang="en" href="{esc(site.base)}/en/NewsDetails.aspx?NewsID={news_id + 11}" />
<link href="/Styles/ar.css" rel="stylesheet" type="text/css" />
</head>
<body>
<form method="post" action="./NewsDetails.aspx?lang=ar&amp;Site_Id=2&amp;NewsID={news_id}" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY{a.key}{a.key[::-1]}ZGQ=" /></div>
<div id="wrapper">
<div class="top-strip"><span id="lblToday">{wd(d)} {d:%d/%m/%Y} - {hijri_text(d)}</span>
<a href="/en/Default.aspx" lang="en" class="lang-switch">English</a> <a href="/fr/Default.aspx" lang="fr" class="lang-switch">Français</a>
<a href="/rss.aspx">RSS</a> <a href="/Services.aspx">الخدمات الإخبارية</a></div>
<div id="header"><div class="logo-ar">{esc(site.name)}<br /><small>وكالة الأنباء الرسمية</small></div>
<div class="logo-en" lang="en" dir="ltr">Jordan News Agency<br /><small>Official News Agency</small></div></div>
<ul id="menu">{menu}</ul>
<div class="latest-strip"><span class="ls-title">آخر الأخبار | Latest</span><marquee direction="right" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><ul>{latest}</ul></marquee></div>
<div id="content">
<div id="main-col">
<div class="crumbs"><a href="/">الرئيسية</a> &raquo; <a href="/Section.aspx?Cat=1">محليات</a></div>
<div class="news-box">
<h1 id="ContentPlaceHolder1_lblTitle" class="news-title">{esc(a.title)}</h1>
<div class="news-meta"><span class="lbl">تاريخ النشر:</span> <span id="ContentPlaceHolder1_lblDate">{d:%d/%m/%Y} {d:%H:%M}</span> | <span>الموافق {hijri_text(d)}</span> | <span class="views">عدد المشاهدات: {views}</span></div>
<div class="news-photo"><img src="/Photos/{news_id}.jpg" alt="" /><div class="photo-caption">({esc(site.short)})</div></div>
<div id="ContentPlaceHolder1_divBody" class="news-body">
{body}
{end}
{stamp}
</div>
<div class="news-tools"><a href="/Print.aspx?NewsID={news_id}" target="_blank">طباعة</a> | <a href="/Send.aspx?NewsID={news_id}">إرسال لصديق</a> | <a href="https://translate.google.com/translate?sl=ar&amp;tl=en&amp;u={urllib.parse.quote(page.canonical)}">Translate</a> | <a href="#" onclick="window.print();return false;">PDF</a></div>
<div class="en-version" lang="en" dir="ltr"><span>Related English story:</span> <a href="/en/NewsDetails.aspx?NewsID={news_id + 11}">Read the English version</a></div>
</div>
<div class="gov-news"><h3>أخبار المحافظات</h3><ul>{govs}</ul></div>
</div>
<div id="side-col">
<div class="side-box en-rail" lang="en" dir="ltr"><h3>Latest English News</h3><ul>{en_rail}</ul></div>
<div class="side-box"><h3>مواقيت الصلاة - عمان</h3><table class="pray">{pray}</table></div>
<div class="side-box"><h3>الطقس</h3><ul><li>عمان {num(a, "t1", 30, 36)}°</li><li>العقبة {num(a, "t2", 38, 44)}°</li><li>إربد {num(a, "t3", 29, 34)}°</li></ul></div>
<div class="side-box"><h3>أسعار العملات (دينار)</h3><table class="fx"><tr><td>دولار أمريكي</td><td>0.708</td></tr><tr><td>يورو</td><td>0.{773 + num(a, "eu", 0, 20)}</td></tr><tr><td>ريال سعودي</td><td>0.189</td></tr><tr><td>جنيه إسترليني</td><td>1.{96 + num(a, "gb", 0, 9)}</td></tr></table></div>
</div>
</div>
<div id="footer"><p>جميع الحقوق محفوظة &copy; {d.year} {esc(site.name)} - عمان، الأردن، شارع الجبيهة، ص.ب 6845، هاتف 5609700-6-962+</p>
<p lang="en" dir="ltr">All rights reserved &copy; {d.year} Jordan News Agency - Amman, Jordan, P.O. Box 6845</p></div>
</div>
</form>
</body>
</html>"""
    return finish(page, html)


LAYOUTS = {
    "b16_1": layout_b16_1,
    "b16_2": layout_b16_2,
    "b16_3": layout_b16_3,
    "b16_4": layout_b16_4,
    "b16_5": layout_b16_5,
}
