"""Blind test layouts (set 15) for newsfarm (--extra-layouts): five article
templates modelled on kinds of real Arabic news pages that no earlier layout
file imitates, written without reading Khabar's extractor. Each prints the
whole page a reader gets: top bar, header and menus, strips and tickers, the
article, the boxes sites put inside the text, and the lists, comments,
sidebars and footer around it.

  b15_1  A small independent outlet's blog built with the Wix website
         builder (Wix Blog + Ricos rich-content viewer): the free-plan Wix
         ad banner on top, a cookie banner in prose, comp-xxxx ids
         everywhere, a members' «تسجيل الدخول» button. The <title> is a
         shortened SEO title, not the headline. ABOVE the headline the
         post-metadata row: the writer's avatar, then <span
         data-hook="user-name"> with the name alone, a «كاتب» badge, the day
         «٩ أغسطس ٢٠١٥» (Eastern digits, Riyadh day) and «قراءة في ٣
         دقائق», and a LATER «تاريخ التحديث: ...» line. The minute only in
         JSON-LD BlogPosting (datePublished «…T11:32:07.000Z», UTC) and in a
         wix-warmup-data JSON (firstPublishedDate, UTC; plus the site
         OWNER's name, a distractor). Paragraphs are Ricos <p
         id="viewer-…"><span>…</span></p> blocks with empty <p><br></p>
         spacers; inside the text an image block with caption, a
         link-preview card of another post, a YouTube embed and a «تابعونا»
         button. After it tag cloud, share buttons, views / comments /
         likes counters, «منشورات حديثة» cards, the Wix comments widget
         with members' long comments and their own dates, an «عن الموقع»
         prose strip and «Proudly created with Wix.com».
  b15_2  Mauritanian independent news agency on an old PHP CMS
         (Alakhbar / Sahara-Medias-like; XHTML 1.0 Transitional, layout
         tables; windows-1256 on some sites). All times are NOUAKCHOTT time
         = GMT (UTC+0): top bar «الأحد 09 أغسطس 2015 | 24 شوال 1436هـ» (GMT
         day), ticker items with GMT clocks, under the headline «الأحد
         09-08-2015 | 11:32 (ت.غ)» and article:published_time
         «…T11:32:00+00:00». The first paragraph opens with a bold «<site>
         (متابعات) – » dateline. In the text «إقرأ أيضا» links, a Mauritel
         ad and a WhatsApp-subscription box. The credit comes AFTER the text
         in a «بطاقة الخبر» info table: label cell «المحرر» and the name
         alone in the value cell, beside «المصدر», «القسم», «تاريخ النشر».
         Sidebars: ouguiya exchange rates, Nouakchott prayer times and
         weather, an opinion column list with writers' names («ولد»/«منت»
         names), most-read; visitors' comments in prose with GMT dates, a
         comment disclaimer, the agency's «من نحن» prose and address.
  b15_3  Monthly cultural / literary magazine web edition (Al-Arabi /
         Al-Faisal-like; windows-1256 on some sites): issue strip «العدد
         465 | أغسطس 2015 - شوال / ذو القعدة 1436هـ» (month only); category
         «قراءات», headline, a standfirst that repeats the opening words of
         the text, a painting with «لوحة للفنان …» caption; in the text a
         pull-quote repeating a sentence, a «كتاب العدد» book card (title,
         «تأليف:» and «ترجمة:» with OTHER people's names, publisher,
         pages, ISBN, price) and a «من الأرشيف» link. The credit AFTER the
         text in a writer box («الكاتب» label, the name alone in <h3
         class="wb-name"><a>, a prose bio), then the only publish time:
         «نُشر على الموقع يوم الأحد 1436/10/24هـ الموافق 2015/08/09م،
         الساعة 2:32 مساءً» (Riyadh, 12-hour; itemprop datePublished holds
         the date only). Then «الهوامش» footnotes citing books and their
         authors, «في هذا العدد» with writers, readers' long literary
         comments, a poem box, subscription prices, the editor-in-chief's
         name and the «تعبر عن آراء كتابها» disclaimer.
  b15_4  Wikinews-like MediaWiki article (Vector skin): personal tools,
         namespaces and views tabs, the wiki's sidebar; <title> is
         «<title> - ويكي الأخبار»; a site notice in prose, a FlaggedRevs
         line «هذه نسخة مراجعة … رُوجعت في 08:32، 9 أغسطس 2015 (UTC)», an
         archive ambox in prose, a floated «بوابة السعودية» box of other
         headlines with dates, the dateline «الأحد 9 أغسطس 2015» as the
         first <p><strong class="published"> (UTC day: the day before
         Riyadh's for stories published before 03:00), a map thumbnail.
         Paragraphs carry inline wikilinks around some words (the text
         reads the same with tags dropped). No byline: the credit is the
         AUTHOR of the cited source under «المصادر» (Wikinews {{source}}:
         <span class="source-author">name</span>. «title» — <i>paper</i>،
         Riyadh date), sometimes with a second, authorless source. Related
         news section, categories, a «تعليقات» link, «آخر تعديل لهذه
         الصفحة» (later, UTC), CC-BY licence prose, printfooter.
  b15_5  Arabic tech-news site on WordPress with the tagDiv «Newspaper»
         theme, based in DUBAI (UTC+4): the top bar shows the CRAWL day
         (today), a «الأكثر رواجاً» trending ticker, breadcrumbs ending in
         the title; td-post-header with category pill, headline, then
         «بواسطة» + the name in its own <a>, <time datetime="…+04:00"> with
         «أغسطس 9, 2015» (F j, Y; Dubai day), comment and view counts;
         article:published_time in +04:00. In td-post-content an affiliate
         disclosure in prose, «اقرأ أيضاً», a «المواصفات التقنية» specs
         table of a phone, a YouTube embed, a «أفضل سعر» affiliate price
         box and an ad. After it «المصدر», tags, previous/next posts, the
         author box (name again + prose bio), related posts with authors
         and dates, long technical comments with Dubai 12-hour times, the
         WordPress reply form, a reviews widget with scores, about prose.

Pages whose article has no author print no byline (and no writer / author
box). The author string is printed whole, exactly as the corpus gives it, as
the only text of its element. Gold times are Asia/Riyadh (+03:00); b15_1
prints the Riyadh day and UTC in JSON; b15_2 prints GMT (UTC+0) and says
«ت.غ»; b15_3 prints Riyadh time; b15_4 prints UTC and says so; b15_5 prints
Dubai time (+04:00) in its datetime attributes. The conversions are exact.
Hijri dates follow Umm al-Qura (1 Shawwal 1436 = 17 July 2015). On
windows-1256 sites, characters the charset lacks are written as numeric
character references and JSON is ASCII-escaped. b15_4's paragraphs hold
inline <a> wikilinks: compare its gold text with the page text, not with the
raw HTML.

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts /work/blind15/blind15_layouts.py \\
      --layouts b15_1,b15_2,b15_3,b15_4,b15_5 --out /work/blind15/pages
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


# Umm al-Qura month starts around the corpus (1436-08 .. 1437-01).
HIJRI_STARTS = [((1436, 8), dt.date(2015, 5, 19)), ((1436, 9), dt.date(2015, 6, 18)),
                ((1436, 10), dt.date(2015, 7, 17)), ((1436, 11), dt.date(2015, 8, 15)),
                ((1436, 12), dt.date(2015, 9, 14)), ((1437, 1), dt.date(2015, 10, 14))]


def hijri(d):
    """(day, month number, year) in Umm al-Qura."""
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


def iso_off(d, offset):
    if offset == 0:
        return d.strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"
    sign = "+" if offset >= 0 else "-"
    return d.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{abs(offset):02d}:00"


def ar_date(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def ampm(d, am="ص", pm="م"):
    return f"{d.hour % 12 or 12}:{d.minute:02d} {am if d.hour < 12 else pm}"


def weave(paras, boxes, p_open="<p>", p_close="</p>", sep="\n", render=None):
    """Paragraphs in order, each box after the paragraph of its index; boxes whose
    index is past the end go after the last paragraph."""
    out = []
    last = len(paras) - 1
    for i, p in enumerate(paras):
        if render:
            out.append(render(i, p))
        else:
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


def sentence_of(text, k=1):
    """A whole sentence from the text (for pull-quotes)."""
    parts = [s.strip() for s in re.split(r"(?<=[.!؟])\s+", text.replace("\n", " ")) if 40 < len(s.strip()) < 260]
    if not parts:
        return short(text, 14)
    return parts[min(k, len(parts) - 1)]


def author_slug(a):
    return "writer-" + hashlib.md5(a.author.encode()).hexdigest()[:6]


# --- b15_1: Wix blog of a small outlet ------------------------------------------------------

WIX_COMMENTERS = ["نوف الحربي", "Abu Faisal", "سلطان ١٤٠٥", "مها العتيبي", "عبدالعزيز م.", "ريان"]
WIX_COMMENTS = [
    "أتابع هذه المدونة منذ بدايتها، وأقدّر أنكم تنقلون الأخبار بهدوء ومن دون مبالغة في العناوين كما تفعل حسابات كثيرة في تويتر هذه الأيام، فاستمروا على هذا النهج.",
    "معلومة مهمة لكن كنت أتمنى لو أضفتم رابط المصدر الأصلي أو نص البيان الرسمي حتى نقرأ التفاصيل كاملة بأنفسنا ونتأكد من الأرقام المذكورة.",
    "شاركت المقال في مجموعة العائلة على الواتساب، وكثير منهم لم يكونوا قد سمعوا بالخبر. شكراً على الاختصار والوضوح.",
    "الموضوع يحتاج متابعة، وأقترح أن تكتبوا مقالاً آخر بعد أسبوع أو أسبوعين لتوضيح ما الذي تغيّر فعلاً على أرض الواقع.",
    "التصميم الجديد للموقع أجمل بكثير من السابق، لكن الصفحة تأخذ وقتاً في التحميل على الجوال.",
]
WIX_OWNERS = ["Hisham Alqahtani", "Modon Media Est.", "Nawaf Studio", "Ahmed A."]


def wid(a, salt):
    return "comp-" + hashlib.md5((a.key + salt).encode()).hexdigest()[:8]


def layout_b15_1(page):
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    utc = shift(d, 0)
    ms = num(a, "ms", 0, 999)
    upd = d + dt.timedelta(hours=num(a, "updh", 20, 60), minutes=num(a, "updm", 0, 59))
    words = len(a.text.split())
    mins = max(1, round(words / 200))
    brand = site.name
    owner = pick(a, "owner", WIX_OWNERS)
    wixhost = f"https://{site.id}news.wixsite.com/home"
    seo_title = short(a.title, 7).rstrip(".") + f" | {brand}"
    profile = f"{wixhost}/profile/{author_slug(a) if a.author else 'x'}/profile"
    post_slug = urllib.parse.quote("-".join(a.title.split()[:6]).replace("/", "-"))
    ld = {"@context": "https://schema.org", "@type": "BlogPosting",
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical},
          "headline": a.title,
          "image": {"@type": "ImageObject", "url": f"https://static.wixstatic.com/media/{a.key}~mv2.jpg", "width": 1200, "height": 675},
          "datePublished": utc.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z",
          "dateModified": shift(upd, 0).strftime("%Y-%m-%dT%H:%M:%S") + ".000Z",
          "publisher": {"@type": "Organization", "name": brand,
                        "logo": {"@type": "ImageObject", "url": f"https://static.wixstatic.com/media/logo_{site.id}.png"}},
          "interactionStatistic": [{"@type": "InteractionCounter", "interactionType": "https://schema.org/CommentAction",
                                    "userInteractionCount": num(a, "nc", 0, 3)}]}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author, "url": profile}
    warm = {"appsWarmupData": {"14bcded7-0066-7c35-14d7-466cb3f09103": {
        f"postPage_{a.key}": {"post": {"id": a.key, "slug": post_slug, "title": a.title,
                                       "excerpt": short(paras[0] if paras else a.title, 20),
                                       "firstPublishedDate": ld["datePublished"],
                                       "lastPublishedDate": ld["dateModified"],
                                       "minutesToRead": mins, "language": "ar",
                                       "coverImage": {"src": f"{a.key}~mv2.jpg"}},
                              "site": {"owner": {"name": owner}, "locale": "ar", "timezone": "Asia/Riyadh"}}}}}
    nav = "".join(f'<li id="{wid(a, "nav" + str(i))}" data-testid="menuItem"><a data-testid="linkElement" href="{wixhost}/{s}" class="StylableButton2545352419__root"><div class="StylableButton2545352419__container"><span class="StylableButton2545352419__label">{n}</span></div></a></li>'
                  for i, (n, s) in enumerate([("الرئيسية", ""), ("أخبار", "blog"), ("تقارير", "blog/categories/reports"),
                                              ("منوعات", "blog/categories/misc"), ("من نحن", "about"), ("تواصل معنا", "contact")]))
    d_txt = east(ar_date(d))

    def ricos(i, p):
        vid = "viewer-" + hashlib.md5((a.key + str(i)).encode()).hexdigest()[:5]
        spacer = ('\n<p class="MMl86 _1j-51 PV2Ra public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-rtl" '
                  f'id="viewer-e{i}{a.key[:3]}"><span class="_3ljZ-"><br></span></p>') if num(a, f"sp{i}", 0, 2) == 0 else ""
        return (f'<p class="MMl86 _1j-51 PV2Ra public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-rtl" '
                f'dir="rtl" id="{vid}"><span class="_2PHJq public-DraftStyleDefault-ltr">{esc(p)}</span></p>{spacer}')

    prev = page.others("read_also", 1)
    boxes = [(0, f'<div class="_3Pwbq _1iBfy" data-hook="imageViewer"><div class="_3Shsx" role="img"><img src="https://static.wixstatic.com/media/{a.key}~mv2.jpg/v1/fill/w_740,h_416,al_c,q_80/{a.key}.webp" alt="" loading="lazy"></div>'
                 f'<span dir="auto" class="_2BA4c" data-hook="imageViewerCaption">الصورة: أرشيف {esc(brand)}</span></div>')]
    if prev:
        o = prev[0]
        boxes.append((1, f'<div class="_1Vb6z" data-hook="linkPreviewViewer"><a href="{esc(page.url_of(o))}" target="_blank" rel="noopener">'
                         f'<div class="_2KQpN"><img src="https://static.wixstatic.com/media/{o.key}~mv2.jpg" alt=""></div>'
                         f'<div class="_1JoHP"><div class="_2dYfD">{esc(o.title)}</div><div class="_1fFLa">{esc(L.first_sentence(o.text))}</div>'
                         f'<div class="_3PTas">{esc(site.id)}news.wixsite.com</div></div></a></div>'))
    yt = hashlib.md5(a.key.encode()).hexdigest()[:11]
    boxes.append((3, f'<div class="_2kEVY" data-hook="videoViewer"><div class="_1bI2q"><iframe title="YouTube video player" width="740" height="416" '
                     f'src="https://www.youtube.com/embed/{yt}?rel=0" frameborder="0" allowfullscreen></iframe></div></div>'))
    boxes.append((99, f'<div class="_3CWa-" data-hook="buttonViewer"><a href="https://twitter.com/{site.id}news" class="_2b6r0" role="button" target="_blank">'
                      f'<span class="_3Z-yI">تابعونا على تويتر لآخر الأخبار</span></a></div>'))
    body = weave(paras, boxes, render=ricos)
    if a.author:
        meta_author = (f'<div class="_2vaJ0 post-metadata__author"><a href="{esc(profile)}" data-hook="avatar-image" class="_3zBSl"><img src="https://static.wixstatic.com/media/avatar_{author_slug(a)}.png" alt="" width="32" height="32"></a>'
                       f'<span class="_1pjCZ" data-hook="user-name"><a href="{esc(profile)}" class="_2aiaZ"><span class="tQ0Q1 user-name _3BYvN">{esc(a.author)}</span></a></span>'
                       f'<span class="_3RZRx" data-hook="badge">كاتب</span></div>')
    else:
        meta_author = ""
    tags = "".join(f'<li><a data-hook="tag-cloud-item" class="_1dRJu" href="{wixhost}/blog/tags/{esc(t)}">{esc(t)}</a></li>' for t in L.tags_for(a))
    views = num(a, "views", 40, 4800)
    nc = num(a, "nc", 0, 3)
    likes = num(a, "likes", 0, 40)
    recent = "".join(
        f'<div class="_8Ayq2" data-hook="post-list-item"><a href="{esc(page.url_of(o))}"><img src="https://static.wixstatic.com/media/{o.key}~mv2.jpg" alt=""></a>'
        f'<div class="_1GpXc"><h3 data-hook="post-title"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></h3>'
        f'<div class="_3tPz9"><span data-hook="view-count">{east(num(o, "views", 40, 4800))} مشاهدة</span>'
        f'<span data-hook="comment-count">{east(num(o, "nc", 0, 3))} تعليقات</span>'
        f'<span data-hook="like-button-with-count">{east(num(o, "likes", 0, 40))} ♥</span></div></div></div>'
        for o in page.others("similar", 3))
    comms = ""
    for k in range(nc):
        cd = d + dt.timedelta(hours=num(a, f"ch{k}", 1, 30), minutes=num(a, f"cm{k}", 0, 59))
        comms += (f'<div class="comment" data-hook="comment"><div class="_1oNrE"><img src="https://static.wixstatic.com/media/m{k}.png" alt="" class="_2fKmq">'
                  f'<span data-hook="author-name" class="_1Tvdp">{esc(pick(a, f"cn{k}", WIX_COMMENTERS))}</span>'
                  f'<span data-hook="comment-date" class="_3wHmC">{east(ar_date(cd))}</span></div>'
                  f'<div data-hook="comment-content" class="_2HbaH"><p>{esc(pick(a, f"ct{k}", WIX_COMMENTS))}</p></div>'
                  f'<div class="_1q8uq"><button data-hook="like-button">أعجبني</button> <button data-hook="reply-button">رد</button></div></div>')
    if not comms:
        comms = '<div class="_2y8Yo" data-hook="empty-state">لا توجد تعليقات بعد. كن أول من يعلّق على هذا المنشور.</div>'
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="generator" content="Wix.com Website Builder"/>
<link rel="icon" sizes="192x192" href="https://static.parastorage.com/client/pfavico.ico" type="image/x-icon"/>
<script type="text/javascript">window.__BROWSER_DEPRECATION__ = false; var viewerModel = {{"site":{{"metaSiteId":"{a.key[:8]}-5e2c-4d1f-9a77-{a.key}","isHttps":true,"externalBaseUrl":"{wixhost}"}},"language":{{"userLanguage":"ar"}}}};</script>
<link rel="preconnect" href="https://static.parastorage.com" crossorigin>
<link rel="preload" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" as="script">
<title>{esc(seo_title)}</title>
<meta name="description" content="{esc(short(paras[0] if paras else a.title, 24))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(short(paras[0] if paras else a.title, 24))}">
<meta property="og:image" content="https://static.wixstatic.com/media/{a.key}~mv2.jpg/v1/fill/w_1000,h_563,al_c,q_85/{a.key}.jpg">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:site_name" content="{esc(brand)}">
<meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{esc(a.title)}">
<script type="application/ld+json">{jdump(page, ld)}</script>
<style id="css_masterPage">#SITE_CONTAINER{{direction:rtl}} #comp-wixads{{height:50px}} ._2PHJq{{white-space:pre-wrap}}</style>
</head>
<body class="responsive">
<div id="WIX_ADS" class="wixads-desktop"><a href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live&amp;adsVersion=white&amp;orig_msid={a.key[:8]}" target="_blank" rel="nofollow"><span>This site was designed with the <b>Wix</b>.com website builder. Create your website today.</span> <span class="wix-ads-start">Start Now</span></a></div>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root">
<div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div id="{wid(a, 'logo')}" class="wixui-image"><a href="{wixhost}" data-testid="linkElement"><img src="https://static.wixstatic.com/media/logo_{site.id}.png" alt="{esc(brand)}"></a></div>
<div id="{wid(a, 'sitetitle')}" class="KcpHeO wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text"><span style="letter-spacing:normal;">{esc(brand)}</span></h2><p class="font_8"><span>مدونة أخبار مستقلة</span></p></div>
<nav id="{wid(a, 'menu')}" aria-label="الموقع" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">{nav}</ul></nav>
<div id="{wid(a, 'login')}" class="wixui-login-social-bar"><button aria-label="تسجيل الدخول" class="Ly3t7u"><span>تسجيل الدخول / الاشتراك</span></button></div>
</header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true">
<div id="SITE_PAGES"><div class="page" id="{wid(a, 'page')}">
<div id="TPASection_{a.key[:8]}" class="wixui-tpa-section" data-testid="tpaSection"><div class="blog-post-page-font">
<div class="_1m1Fr" data-hook="post-page-layout"><div class="_9bXp6">
<nav class="_3YQRc" data-hook="blog-desktop-header"><ul><li><a href="{wixhost}/blog">كل المنشورات</a></li><li><a href="{wixhost}/blog/categories/news">أخبار محلية</a></li><li><a href="{wixhost}/blog/categories/reports">تقارير</a></li><li><a href="{wixhost}/blog/categories/misc">منوعات</a></li></ul>
<form role="search" data-hook="search-input"><input placeholder="بحث" aria-label="بحث"></form></nav>
<article class="blog-post-page-font _2FN_9" data-hook="post">
<div class="_3lGbg" data-hook="post-header">
<div class="_1ZBUX post-metadata">
{meta_author}
<ul class="_2gqdV" data-hook="post-metadata"><li><span title="{d_txt}" class="post-metadata__date time-ago" data-hook="time-ago">{d_txt}</span></li><li><span class="post-metadata__readTime" data-hook="time-to-read">قراءة في {east(mins)} {'دقيقة' if mins < 3 or mins > 10 else 'دقائق'}</span></li></ul>
<button class="_2mYPa" aria-label="المزيد من الإجراءات" data-hook="more-button">⋮</button>
</div>
<h1 class="_33SMd blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title">{esc(a.title)}</span></h1>
<p class="_1fnYJ" data-hook="post-updated-date">تاريخ التحديث: {east(ar_date(upd))}</p>
</div>
<div class="_6SyeS" data-hook="post-description"><div class="post-content__body"><div class="moHCnT"><div data-rce-version="8.54.1" dir="rtl" data-id="rich-content-viewer" class="rich-content-viewer ricos-viewer">
<div type="first" class="_3Pwbq" data-hook="rcv-block-first"></div>
{body}
<div type="last" class="_3Pwbq" data-hook="rcv-block-last"></div>
</div></div></div></div>
<div class="_3qI1S" data-hook="post-footer">
<div class="_2gQkh"><nav aria-label="وسوم"><p class="_1mBZh">الوسوم:</p><ul data-hook="tag-cloud">{tags}</ul></nav></div>
<div class="_1nVhU" data-hook="share-buttons"><button aria-label="مشاركة عبر فيسبوك">فيسبوك</button><button aria-label="مشاركة عبر تويتر">تويتر</button><button aria-label="مشاركة عبر لينكدإن">لينكدإن</button><button aria-label="نسخ الرابط">نسخ الرابط</button></div>
<div class="_2q0uz" data-hook="post-stats"><span data-hook="view-count">{east(f"{views:,}".replace(",", "٬"))} مشاهدة</span> <span data-hook="comment-count">{east(nc)} تعليقات</span>
<button data-hook="like-button" aria-label="لم يتم تحديد المنشور على أنه أعجبني"><span>{east(likes)}</span> ♥</button></div>
</div>
</article>
<section class="_3ai_D" data-hook="recent-posts"><div class="_1JJoB"><h2 class="_2C_VY">منشورات حديثة</h2><a href="{wixhost}/blog" class="_1hk9f">عرض الكل</a></div><div class="_2QCfX">{recent}</div></section>
<section class="_2dgR-" data-hook="comments-widget" id="comments"><h2 class="_1SISX">التعليقات</h2>
<div class="_2mKLu"><div data-hook="comment-box-placeholder" class="_1vbmr">اكتب تعليقًا...</div></div>
<div class="_3o-eX" data-hook="comments-list">{comms}</div></section>
</div></div>
</div></div>
</div></div>
</main>
<footer id="SITE_FOOTER" class="wixui-footer">
<div id="{wid(a, 'about')}" class="wixui-rich-text" data-testid="richTextElement"><h4 class="font_5">عن {esc(brand)}</h4>
<p class="font_8">نحن فريق صغير من الصحفيين المستقلين نؤمن بأن الخبر الموثوق حق للجميع. نكتب عن مدينتنا وما يهم سكانها، وننشر ما نتحقق منه فقط، ونرحب بتصحيحاتكم واقتراحاتكم عبر صفحة التواصل.</p></div>
<div id="{wid(a, 'subscribe')}" class="wixui-form"><p class="font_8">اشترك ليصلك كل جديد</p><input type="email" placeholder="البريد الإلكتروني"><button>اشتراك</button></div>
<div id="{wid(a, 'social')}" class="wixui-social-bar"><a href="https://twitter.com/{site.id}news">تويتر</a> <a href="https://instagram.com/{site.id}news">انستقرام</a></div>
<p class="font_9">© 2015 by {esc(brand)}. Proudly created with <a href="https://www.wix.com/" target="_blank">Wix.com</a></p>
</footer>
</div></div></div></div>
<div id="ccsu-banner" class="consent-policy" role="dialog"><p>يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك وتحليل الزيارات. باستمرارك في تصفح الموقع فإنك توافق على استخدامنا لهذه الملفات وفق سياسة الخصوصية الخاصة بنا.</p><button>موافق</button><button>الإعدادات</button></div>
<script type="application/json" id="wix-warmup-data">{jdump(page, warm)}</script>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script>
</body>
</html>"""
    return finish(page, html)


# --- b15_2: Mauritanian independent news agency -----------------------------------------------

MR_SECTIONS = ["أخبار", "تقارير", "دولية", "اقتصاد", "مجتمع"]
MR_WRITERS = ["محمد الأمين ولد سيدي مولود", "مريم منت أحمدو", "أحمدو ولد الشيخ سيديا", "الشيخ ولد محمد فال",
              "خديجة منت اباه", "سيدي محمد ولد ابه"]
MR_OPINIONS = ["التعليم في موريتانيا: إلى أين؟", "قراءة في نتائج الباكلوريا", "الصيد البحري والثروة المهدورة",
               "نواكشوط بين العطش والانقطاعات", "عن الحوار السياسي المرتقب", "الشباب والهجرة"]
MR_COMMENTERS = ["ولد أحمد - نواذيبو", "ابن الصحراء", "أبو بكر (كيفه)", "مواطن من لعيون", "محمد فال", "أم الخير"]
MR_COMMENTS = [
    "نشكر الوكالة على هذه المتابعة الدقيقة، ونتمنى أن تهتموا بنفس الدرجة بأخبار الداخل الموريتاني التي لا يلتفت إليها أحد، فالولايات الشرقية تعيش أوضاعاً صعبة منذ بداية الصيف.",
    "الخبر مهم لكن العبرة بالتطبيق، وقد تعودنا على قرارات كثيرة تعلن ثم تنسى بعد أسابيع قليلة.",
    "أرجو من الإخوة في التحرير مراجعة الأخطاء الإملائية قبل النشر، فالوكالة مرجع لكثير من القراء في الداخل والخارج.",
    "تجربة تستحق أن يستفاد منها عندنا في موريتانيا، خاصة في مجال الخدمات والبنية التحتية.",
    "متابعة موفقة كالعادة، وبارك الله فيكم.",
]


def layout_b15_2(page):
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    g = shift(a.published, 0)  # Nouakchott = GMT
    brand = f"وكالة {site.short} المستقلة"
    sec = pick(a, "sec", MR_SECTIONS)
    hits = num(a, "hits", 120, 9800)
    upd = g + dt.timedelta(minutes=num(a, "upd", 5, 45))
    gdate = f"{g.day:02d}-{g.month:02d}-{g.year}"
    stamp = f"{WEEKDAYS[g.weekday()]} {gdate} | {g:%H:%M} (ت.غ)"
    ticker = "".join(f'<li><span class="heure">{shift(o.published, 0):%H:%M}</span> {L.link(page, o)}</li>'
                     for o in page.others("ticker", 6))
    nav = "".join(f'<td class="menu-item"><a href="/index.php?rub={i}">{n}</a></td>' for i, n in
                  enumerate(["الرئيسية", "أخبار", "تقارير", "مقابلات", "رأي", "ثقافة", "رياضة", "الولايات", "إعلانات", "اتصل بنا"]))
    read_also = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("read_also", 2))
    boxes = [(1, f'<div class="lire"><b>إقرأ أيضا:</b><ul>{read_also}</ul></div>'),
             (3, '<div class="pub-inline"><span>إعلان</span><a href="/pub/click.php?id=17" target="_blank" rel="nofollow">'
                 '<img src="/pub/mauritel-ete2015.gif" width="468" height="60" alt="موريتل: عرض الصيف - ضاعف رصيدك"></a></div>'),
             (5, f'<div class="whatsapp-box">تابعوا أخبار {esc(brand)} على واتساب: أرسلوا كلمة «اشتراك» إلى الرقم 22 45 67 89 (00222)</div>')]

    def render(i, p):
        if i == 0:
            return f'<p><strong class="dateline">{esc(site.short)} (متابعات) – </strong>{esc(p)}</p>'
        return f"<p>{esc(p)}</p>"

    body = weave(paras, boxes, render=render)
    fiche_rows = ""
    if a.author:
        fiche_rows += f'<tr><td class="lbl">المحرر</td><td class="val">{esc(a.author)}</td></tr>'
    fiche_rows += (f'<tr><td class="lbl">المصدر</td><td class="val">{esc(brand)}</td></tr>'
                   f'<tr><td class="lbl">القسم</td><td class="val"><a href="/index.php?rub=1">{sec}</a></td></tr>'
                   f'<tr><td class="lbl">تاريخ النشر</td><td class="val">{gdate} {g:%H:%M} (ت.غ)</td></tr>'
                   f'<tr><td class="lbl">عدد القراءات</td><td class="val">{hits}</td></tr>')
    related = "".join(f'<tr><td class="rel-t"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></td>'
                      f'<td class="rel-d">{shift(o.published, 0):%d-%m-%Y}</td></tr>' for o in page.others("similar", 6))
    opinions = "".join(f'<tr><td><img src="/photos/kuttab/{k}.jpg" width="40" alt=""></td><td><span class="katib">{esc(pick(a, f"ow{k}", MR_WRITERS))}</span><br>'
                       f'<a href="/index.php?rub=4&amp;id={num(a, f"oid{k}", 2000, 9000)}">{esc(pick(a, f"ot{k}", MR_OPINIONS))}</a></td></tr>'
                       for k in range(3))
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 5))
    nc = num(a, "nc", 0, 4)
    comms = ""
    for k in range(nc):
        cd = g + dt.timedelta(minutes=20 + 53 * k + num(a, f"cm{k}", 0, 40))
        comms += (f'<table class="commentaire" width="100%"><tr><td class="c-nom"><b>{esc(pick(a, f"cn{k}", MR_COMMENTERS))}</b></td>'
                  f'<td class="c-date" align="left">{cd:%d-%m-%Y} | {cd:%H:%M}</td></tr>'
                  f'<tr><td colspan="2" class="c-texte">{esc(pick(a, f"ct{k}", MR_COMMENTS))}</td></tr></table>')
    if not comms:
        comms = '<p class="c-vide">لا توجد تعليقات على هذا الخبر حتى الآن.</p>'
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}" />
<title>{esc(brand)} :: {esc(a.title)}</title>
<meta name="keywords" content="موريتانيا, نواكشوط, أخبار موريتانيا, {esc(', '.join(L.tags_for(a)))}" />
<meta name="description" content="{esc(L.first_sentence(a.text))}" />
<link rel="canonical" href="{esc(page.canonical)}" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:image" content="{esc(site.base)}/photos/news/{a.key}.jpg" />
<meta property="article:published_time" content="{iso_off(g, 0)}" />
<link href="/css/style.css?v=3" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">function taille(n){{document.getElementById('texte').style.fontSize=n+'px';}}</script>
</head>
<body>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" class="page">
<tr><td class="topbar" colspan="2">
<table width="100%"><tr>
<td class="date-jour">{WEEKDAYS[g.weekday()]} {g.day:02d} {MONTHS[g.month - 1]} {g.year} | {hijri_text(g)}</td>
<td class="maj">آخر تحديث: {upd:%H:%M} ت.غ</td>
<td class="langues" align="left"><a href="/fr/">Français</a> | <a href="/en/">English</a> | <a href="/rss.php">RSS</a></td>
</tr></table>
</td></tr>
<tr><td colspan="2" class="entete">
<table width="100%"><tr><td width="300"><a href="/"><img src="/images/logo.gif" alt="{esc(brand)}" width="280" height="90" border="0" /></a></td>
<td align="left"><a href="/pub/click.php?id=3"><img src="/pub/banniere-chinguitel.gif" width="600" height="90" border="0" alt="شنقيتل" /></a></td></tr></table>
</td></tr>
<tr><td colspan="2"><table class="menu" width="100%"><tr>{nav}</tr></table></td></tr>
<tr><td colspan="2" class="flash"><b class="flash-titre">عاجل</b> <marquee direction="right" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><ul class="flash-liste">{ticker}</ul></marquee></td></tr>
<tr>
<td width="660" valign="top" class="colonne-principale">
<div class="fil"><a href="/">الرئيسية</a> &raquo; <a href="/index.php?rub=1">{sec}</a></div>
<table width="100%" class="article" cellpadding="4">
<tr><td class="rubrique">{sec}</td></tr>
<tr><td><h1 class="titre">{esc(a.title)}</h1></td></tr>
<tr><td class="infos"><img src="/images/horloge.gif" alt="" /> {stamp} &nbsp; | &nbsp; <img src="/images/oeil.gif" alt="" /> {hits}</td></tr>
<tr><td class="outils"><a href="javascript:taille(18)">تكبير الخط</a> | <a href="javascript:taille(14)">تصغير الخط</a> | <a href="/imprimer.php?id={a.n}" target="_blank">طباعة</a> | <a href="/envoyer.php?id={a.n}">أرسل لصديق</a></td></tr>
<tr><td class="photo" align="center"><img src="/photos/news/{a.key}.jpg" width="600" alt="" /><br /><span class="legende">صورة من الأرشيف ({esc(site.short)})</span></td></tr>
<tr><td id="texte" class="texte">
{body}
</td></tr>
<tr><td>
<table class="fiche" width="100%" border="1" cellspacing="0" cellpadding="3">
<tr><th colspan="2">بطاقة الخبر</th></tr>
{fiche_rows}
</table>
</td></tr>
<tr><td class="partage">شارك: <a href="http://www.facebook.com/sharer.php?u={esc(urllib.parse.quote(page.canonical))}">فيسبوك</a> | <a href="http://twitter.com/share?url={esc(urllib.parse.quote(page.canonical))}">تويتر</a> | <a href="whatsapp://send?text={esc(urllib.parse.quote(page.canonical))}">واتساب</a></td></tr>
</table>
<table class="lies" width="100%"><tr><th colspan="2">أخبار ذات صلة</th></tr>{related}</table>
<div class="commentaires"><h3>تعليقات الزوار ({nc})</h3>
{comms}
<p class="avertissement">تنبيه: التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي الوكالة، ويحتفظ فريق التحرير بحق حذف أي تعليق يتضمن إساءة أو تحريضاً أو خروجاً عن موضوع الخبر.</p>
<form action="/commenter.php" method="post"><input type="hidden" name="id" value="{a.n}" />الاسم: <input type="text" name="nom" /><br />التعليق: <textarea name="texte" rows="4" cols="50"></textarea><br /><input type="submit" value="أرسل التعليق" /></form>
<div class="fb-comments" data-href="{esc(page.canonical)}" data-numposts="5" data-width="640"></div>
</div>
</td>
<td width="330" valign="top" class="colonne-laterale">
<table class="bloc" width="100%"><tr><th colspan="3">أسعار صرف الأوقية</th></tr>
<tr><td>العملة</td><td>الشراء</td><td>البيع</td></tr>
<tr><td>الدولار</td><td>322.50</td><td>326.00</td></tr>
<tr><td>اليورو</td><td>354.80</td><td>359.10</td></tr>
<tr><td>الريال السعودي</td><td>85.70</td><td>86.90</td></tr></table>
<table class="bloc" width="100%"><tr><th colspan="2">مواقيت الصلاة - نواكشوط</th></tr>
<tr><td>الفجر</td><td>05:49</td></tr><tr><td>الشروق</td><td>07:08</td></tr><tr><td>الظهر</td><td>13:12</td></tr>
<tr><td>العصر</td><td>16:36</td></tr><tr><td>المغرب</td><td>19:16</td></tr><tr><td>العشاء</td><td>20:35</td></tr></table>
<table class="bloc" width="100%"><tr><th>الطقس</th></tr><tr><td>نواكشوط 33° | نواذيبو 27° | روصو 38° | النعمة 41°</td></tr></table>
<table class="bloc kuttab" width="100%"><tr><th colspan="2">مقالات الرأي</th></tr>{opinions}</table>
<div class="bloc"><h3>الأكثر قراءة</h3><ol>{popular}</ol></div>
<div class="bloc pub"><img src="/pub/bmci-300x250.gif" width="300" height="250" alt="إعلان" /></div>
</td>
</tr>
<tr><td colspan="2" class="pied">
<p class="apropos"><b>من نحن:</b> {esc(brand)} مؤسسة إعلامية موريتانية مستقلة تأسست سنة 2003، تعنى بنقل الخبر من مصادره في نواكشوط وولايات الداخل، وتلتزم بميثاق الشرف المهني للصحافة الموريتانية، ولا تتبع لأي جهة سياسية أو حكومية.</p>
<p>العنوان: نواكشوط – تفرغ زينه – قرب ملتقى مدريد، ص.ب: 4545 | الهاتف: 45 25 12 34 (00222) | البريد: contact@{site.id}.mr</p>
<p>جميع الحقوق محفوظة © {esc(brand)} 2003 - 2015 | يسمح بالنقل مع ذكر المصدر</p>
</td></tr>
</table>
</body>
</html>"""
    return finish(page, html)


# --- b15_3: monthly cultural / literary magazine --------------------------------------------

MAG_WRITERS = ["د. سعد البازعي", "ميسون العتيبي", "د. عبدالله الغذامي", "فاطمة الياسين", "خالد اليوسف", "د. لمياء باعشن",
               "عبدالرحمن السدحان", "هدى الدغفق"]
MAG_TITLES = ["الرواية السعودية وأسئلة المكان", "الشعر في زمن الشاشة", "ذاكرة الحجاز في الصور القديمة",
              "المسرح العربي: البحث عن جمهور", "الترجمة جسراً بين الثقافات", "الخط العربي وفنون الحروفية",
              "المقاهي الثقافية في المدن الخليجية"]
MAG_ARTISTS = ["عبدالله حماد", "منيرة الموصلي", "فهد الحجيلان", "طه الصبان", "صفية بن زقر"]
BOOKS = [("ذاكرة الرمل", "إبراهيم الناصر الحميدان", None, "دار الساقي", 312, "978-9953-87-414-2", "45 ريالاً"),
         ("المدن المتخيلة", "إيتالو كالفينو", "ياسين طه حافظ", "دار المدى", 196, "978-9933-54-102-8", "38 ريالاً"),
         ("تاريخ القراءة", "ألبرتو مانغويل", "سامي شمعون", "دار الساقي", 424, "978-1-85516-803-6", "60 ريالاً"),
         ("أصوات الصحراء", "عبدالعزيز مشري", None, "النادي الأدبي بالرياض", 240, "978-603-8092-33-1", "30 ريالاً"),
         ("الكتابة والمنفى", "عبدالرحمن منيف", None, "المركز الثقافي العربي", 288, "978-9953-68-017-0", "42 ريالاً")]
MAG_BIOS = ["كاتب وناقد أدبي، حاصل على الدكتوراه في الأدب الحديث، له عدد من الدراسات في السرد العربي المعاصر، ويكتب في المجلة منذ سنوات.",
            "صحفي وباحث في الشأن الثقافي، صدرت له مجموعتان قصصيتان وكتاب في أدب الرحلات، ويشارك في تحكيم عدد من الجوائز الأدبية.",
            "كاتبة ومترجمة، تعمل في الصحافة الثقافية منذ أكثر من عقد، ولها اهتمام خاص بالأدب المترجم وقضايا القراءة."]
MAG_COMMENTS = [
    "مقال جميل يعيدنا إلى زمن كانت فيه المجلة رفيقة كل بيت، وما زلت أحتفظ بأعدادها القديمة في مكتبتي، وأقرأ فيها كلما ضاق بي الوقت وأردت أن أستعيد متعة القراءة الهادئة.",
    "أختلف مع الكاتب في بعض ما ذهب إليه، فالمسألة أعقد من أن تختصر في مقال واحد، لكنني أشكره على فتح هذا الباب للنقاش الجاد بعيداً عن ضجيج وسائل التواصل.",
    "ليت المجلة تعيد نشر ملفاتها القديمة إلكترونياً حتى يستفيد منها الطلاب والباحثون، فكثير منها لم يعد متاحاً في المكتبات.",
    "قرأت المقال مرتين، وفي كل مرة أجد فيه فكرة جديدة. شكراً لأسرة التحرير على هذا المستوى.",
]
MAG_COMMENTERS = ["أبو يزن", "نورة القحطاني", "قارئ من الطائف", "محمد العمري", "سارة"]
POEM = ["وَكُنْتُ إِذَا مَا اشْتَقْتُ لِلرِّيحِ أَفْتَحُ", "نَوَافِذَ قَلْبِي لِلْغِيَابِ فَيَدْخُلُ",
        "وَأَمْشِي عَلَى رَمْلِ الْحِكَايَةِ حَافِياً", "كَأَنِّي أُرَتِّبُ مَا يَقُولُ وَيَفْعَلُ"]


def layout_b15_3(page):
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    brand = f"مجلة {site.short} الثقافية"
    issue = 465 + (d.year - 2015) * 12 + d.month - 8
    first = d.replace(day=1)
    nxt = (first + dt.timedelta(days=32)).replace(day=1)
    last = nxt - dt.timedelta(days=1)
    h1m, h2m = hijri(first)[1], hijri(last)[1]
    hyear = hijri(last)[2]
    hmonths = L.HIJRI_MONTHS[h1m - 1] + (f" / {L.HIJRI_MONTHS[h2m - 1]}" if h2m != h1m else "")
    issue_line = f"العدد {issue} | {MONTHS[d.month - 1]} {d.year} - {hmonths} {hyear}هـ"
    hd, hm, hy = hijri(d)
    period = "صباحاً" if d.hour < 12 else "مساءً"
    pub_line = (f"نُشر على الموقع يوم {WEEKDAYS[d.weekday()]} {hy}/{hm:02d}/{hd:02d}هـ الموافق "
                f"{d.year}/{d.month:02d}/{d.day:02d}م، الساعة {d.hour % 12 or 12}:{d.minute:02d} {period}")
    artist = pick(a, "artist", MAG_ARTISTS)
    words = len(a.text.split())
    standfirst = short(paras[0], 18) if paras else ""
    quote = sentence_of(a.text, num(a, "q", 0, 3))
    bk = pick(a, "book", BOOKS)
    bt, bauthor, btrans, bpub, bpages, isbn, price = bk
    trans_row = f'<tr><th>ترجمة:</th><td>{esc(btrans)}</td></tr>' if btrans else ""
    arch = page.others("read_also", 1)
    boxes = [(1, f'<blockquote class="pullquote"><p>«{esc(quote)}»</p></blockquote>'),
             (3, f'<aside class="book-card"><h4>كتاب العدد</h4><div class="bc-inner"><img src="/covers/{hashlib.md5(bt.encode()).hexdigest()[:8]}.jpg" alt="">'
                 f'<table class="bc-info"><tr><th>العنوان:</th><td>«{esc(bt)}»</td></tr><tr><th>تأليف:</th><td>{esc(bauthor)}</td></tr>{trans_row}'
                 f'<tr><th>الناشر:</th><td>{esc(bpub)}</td></tr><tr><th>سنة النشر:</th><td>2015</td></tr><tr><th>عدد الصفحات:</th><td>{bpages}</td></tr>'
                 f'<tr><th>ردمك:</th><td dir="ltr">{isbn}</td></tr><tr><th>السعر:</th><td>{price}</td></tr></table></div>'
                 f'<a class="bc-buy" href="/store/books/{hashlib.md5(bt.encode()).hexdigest()[:6]}">احصل على نسختك من متجر المجلة</a></aside>')]
    if arch:
        boxes.append((5, f'<div class="from-archive"><span>من الأرشيف:</span> <a href="{esc(page.url_of(arch[0]))}">{esc(arch[0].title)}</a> '
                         f'<small>(العدد {issue - num(a, "arch", 3, 60)})</small></div>'))
    body = weave(paras, boxes)
    writer_box = ""
    if a.author:
        writer_box = (f'<div class="writer-box"><img src="/writers/{author_slug(a)}.jpg" alt="" class="wb-photo">'
                      f'<div class="wb-text"><span class="wb-label">الكاتب</span><h3 class="wb-name"><a href="/writers/{author_slug(a)}">{esc(a.author)}</a></h3>'
                      f'<p class="wb-bio">{esc(pick(a, "bio", MAG_BIOS))}</p><a class="wb-more" href="/writers/{author_slug(a)}">جميع مقالات الكاتب</a></div></div>')
    fn = []
    for k in range(num(a, "nfn", 2, 3)):
        b = pick(a, f"fn{k}", BOOKS)
        fn.append(f'<li id="fn{k + 1}">({k + 1}) انظر: {esc(b[1])}، «{esc(b[0])}»، {esc(b[3])}، ط{num(a, f"ed{k}", 1, 4)}، ص {num(a, f"pg{k}", 11, 280)}.</li>')
    in_issue = "".join(f'<li><a href="/issue/{issue}/{num(a, f"ii{k}", 100, 999)}">{esc(MAG_TITLES[(num(a, "ii", 0, 6) + k) % len(MAG_TITLES)])}</a>'
                       f' <span class="ii-writer">{esc(MAG_WRITERS[(num(a, "iw", 0, 7) + k) % len(MAG_WRITERS)])}</span></li>' for k in range(5))
    more = "".join(f'<li>{L.link(page, o)} <small>العدد {issue}</small></li>' for o in page.others("similar", 4))
    nc = num(a, "nc", 0, 3)
    comms = ""
    for k in range(nc):
        cd = d + dt.timedelta(hours=num(a, f"ch{k}", 2, 70))
        comms += (f'<li class="comment"><p class="c-meta"><b>{esc(pick(a, f"cn{k}", MAG_COMMENTERS))}</b> — '
                  f'{cd.year}/{cd.month:02d}/{cd.day:02d}</p><p class="c-body">{esc(pick(a, f"ct{k}", MAG_COMMENTS))}</p></li>')
    tags = "".join(f'<a href="/topics/{esc(t)}">{esc(t)}</a> ' for t in L.tags_for(a))
    editor = "د. " + pick(a, "editor", ["عبدالعزيز السبيل", "يحيى الأمير", "عادل الطريفي"])
    ld_date = f"{d:%Y-%m-%d}"
    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(brand)} | قراءات | {esc(a.title)}</title>
<meta name="description" content="{esc(standfirst)}">
{f'<meta name="author" content="{esc(a.author)}">' if a.author else ''}
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{esc(brand)}">
<meta property="og:image" content="{esc(site.base)}/issues/{issue}/art/{a.key}.jpg">
<link rel="stylesheet" href="/static/css/magazine.css?v=2015.7">
<link href="https://fonts.googleapis.com/earlyaccess/amiri.css" rel="stylesheet">
</head>
<body class="article-page issue-{issue}">
<div class="topbar"><div class="wrap">
<span class="current-issue">العدد الحالي: <a href="/issue/{issue}">{issue}</a></span>
<a href="/issues">الأعداد السابقة</a> <a href="/subscribe">اشترك في المجلة</a> <a href="/login">دخول</a>
</div></div>
<header class="masthead"><div class="wrap">
<a class="logo" href="/"><img src="/static/img/logo.png" alt="{esc(brand)}"></a>
<p class="slogan">مجلة ثقافية شهرية جامعة</p>
<nav class="main-menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/dossier">ملف العدد</a></li><li><a href="/studies">دراسات</a></li><li class="active"><a href="/readings">قراءات</a></li><li><a href="/creative">إبداع</a></li><li><a href="/interviews">حوارات</a></li><li><a href="/arts">فنون</a></li><li><a href="/archive">الأرشيف</a></li><li><a href="/about">عن المجلة</a></li></ul></nav>
</div></header>
<div class="issue-strip"><div class="wrap">{issue_line}</div></div>
<div class="wrap columns">
<main class="main-col">
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/issue/{issue}">العدد {issue}</a></li><li><a href="/readings">قراءات</a></li></ol>
<article class="mag-article" itemscope itemtype="http://schema.org/Article">
<meta itemprop="datePublished" content="{ld_date}">
<span class="category">قراءات</span>
<h1 class="article-title" itemprop="headline">{esc(a.title)}</h1>
<p class="standfirst">{esc(standfirst)}</p>
<div class="article-meta"><span class="issue">العدد {issue} - {MONTHS[d.month - 1]} {d.year}</span> <span class="reading">وقت القراءة: {max(2, round(words / 180))} دقائق</span></div>
<figure class="lead-art"><img src="/issues/{issue}/art/{a.key}.jpg" alt=""><figcaption>لوحة للفنان {esc(artist)}</figcaption></figure>
<div class="article-text" itemprop="articleBody">
{body}
</div>
{writer_box}
<div class="pub-line">{pub_line}</div>
<section class="footnotes"><h4>الهوامش</h4><ul>{''.join(fn)}</ul></section>
<div class="topics"><span>موضوعات:</span> {tags}</div>
<div class="share"><a href="#print">طباعة</a> | <a href="/pdf/{issue}/{a.n}.pdf">تحميل PDF</a> | <a href="https://twitter.com/intent/tweet">تويتر</a> | <a href="https://www.facebook.com/sharer.php">فيسبوك</a></div>
</article>
<section class="more-readings"><h3>قراءات أخرى</h3><ul>{more}</ul></section>
<section class="readers"><h3>آراء القراء ({nc})</h3><ol>{comms or '<li class="none">لا توجد آراء بعد.</li>'}</ol>
<form class="comment-form"><input placeholder="الاسم"><input placeholder="البريد الإلكتروني (لن ينشر)"><textarea placeholder="رأيك"></textarea><button>أرسل</button></form>
<p class="moderation">تخضع الآراء للمراجعة قبل نشرها، ولا تنشر الآراء التي تتضمن إساءة لأشخاص أو جهات.</p></section>
</main>
<aside class="side-col">
<div class="widget cover"><h3>غلاف العدد</h3><img src="/issues/{issue}/cover.jpg" alt="غلاف العدد {issue}"><p>{issue_line}</p><a href="/issue/{issue}/pdf">تصفح العدد كاملاً</a></div>
<div class="widget in-issue"><h3>في هذا العدد</h3><ul>{in_issue}</ul></div>
<div class="widget poem"><h3>قصيدة العدد</h3><div class="verses">{''.join(f'<p class="verse">{v}</p>' for v in POEM)}</div><p class="poet">— {esc(pick(a, "poet", MAG_WRITERS))}</p></div>
<div class="widget subscribe"><h3>الاشتراك السنوي</h3><ul><li>داخل المملكة: 100 ريال</li><li>دول الخليج: 150 ريالاً</li><li>الدول العربية: 50 دولاراً</li><li>المؤسسات: 300 ريال</li></ul></div>
<div class="widget newsletter"><h3>النشرة الثقافية</h3><p>اشترك ليصلك ملخص كل عدد جديد وأبرز الفعاليات الثقافية في بريدك.</p><input type="email"><button>اشترك</button></div>
</aside>
</div>
<footer class="site-footer"><div class="wrap">
<p class="disclaimer">المقالات المنشورة في المجلة تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي المجلة أو الجهة التي تصدرها، والمجلة غير ملزمة برد ما لا تنشره.</p>
<p>رئيس التحرير: {esc(editor)} | للمراسلات: ص.ب 3263 الرياض 11471 | البريد: editor@{site.id}-mag.com</p>
<p>© {esc(brand)} 2015. جميع الحقوق محفوظة، ولا يجوز النقل إلا بإذن كتابي.</p>
</div></footer>
</body>
</html>"""
    return finish(page, html)


# --- b15_4: Wikinews-like MediaWiki article ----------------------------------------------------

WIKI_LINK_WORDS = ["السعودية", "المملكة", "الرياض", "جدة", "مكة", "الحكومة", "وزارة", "الأمم المتحدة", "مجلس", "الملك"]
WIKI_USERS = ["Meno25", "باسم", "OsamaK", "Ciphers", "محمد أحمد عبد الفتاح", "Aboalarab"]


def wiki_href(w):
    return "/wiki/" + urllib.parse.quote(w.replace(" ", "_"))


def wikilinks(p, used):
    """Wrap the first occurrence of a few link words (not yet linked) in <a>; the
    text reads the same with the tags dropped."""
    s = esc(p)
    for w in WIKI_LINK_WORDS:
        if w in used:
            continue
        m = re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", s)
        if m:
            used.add(w)
            s = s[:m.start()] + f'<a href="{wiki_href(w)}" title="{w}">{w}</a>' + s[m.end():]
            if len(used) % 3 == 0:
                break
    return s


def wiki_date(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def layout_b15_4(page):
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    u = shift(a.published, 0)
    wtitle = a.title.replace("[", "(").replace("]", ")").replace("|", "-").replace("#", "").replace("{", "(").replace("}", ")")
    pname = wtitle.replace(" ", "_")
    rev = 90000 + a.n * 7 + num(a, "rev", 0, 6)
    lastmod = u + dt.timedelta(hours=num(a, "lmh", 6, 50), minutes=num(a, "lmm", 0, 59))
    wikibase = "/w/index.php?title=" + urllib.parse.quote(pname)
    cats = ["السعودية", "الشرق الأوسط", pick(a, "cat", ["سياسة", "اقتصاد", "مجتمع", "رياضة", "صحة", "تعليم"]),
            wiki_date(u), "منشورة", "مؤرشفة"]
    rlconf = {"wgCanonicalNamespace": "", "wgCanonicalSpecialPageName": False, "wgNamespaceNumber": 0,
              "wgPageName": pname, "wgTitle": wtitle, "wgCurRevisionId": rev, "wgRevisionId": rev,
              "wgArticleId": 20000 + a.n, "wgIsArticle": True, "wgUserName": None, "wgCategories": cats,
              "wgPageContentLanguage": "ar", "wgPageContentModel": "wikitext", "wgRelevantPageName": pname,
              "wgStableRevisionId": rev, "wgRestrictionEdit": ["sysop"]}
    portal = "".join(f'<li><a href="{wiki_href(o.title)}" title="{esc(o.title)}">{esc(o.title)}</a> <small>({wiki_date(shift(o.published, 0))})</small></li>'
                     for o in page.others("ticker", 5))
    used = set()
    body = "\n".join(f"<p>{wikilinks(p, used)}</p>" for p in paras)
    dateline = f'<p><strong class="published"><span id="publishDate" class="value-title" title="{u:%Y-%m-%d}"></span>{WEEKDAYS[u.weekday()]} {wiki_date(u)}</strong></p>'
    related = "".join(f'<li><a href="{wiki_href(o.title)}" title="{esc(o.title)}">{esc(o.title)}</a></li>' for o in page.others("similar", 4))

    def editsec(sid):
        return (f'<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="{wikibase}&amp;action=edit&amp;section={sid}" '
                f'title="عدل القسم">عدل</a><span class="mw-editsection-bracket">]</span></span>')

    src_date = wiki_date(a.published)
    if a.author:
        src1 = (f'<li><span class="sourceTemplate"><span class="source-author">{esc(a.author)}</span>. '
                f'«<a rel="nofollow" class="external text" href="{esc(page.canonical)}">{esc(a.title)}</a>» — <i>{esc(site.name)}</i>، {src_date}</span></li>')
    else:
        src1 = (f'<li><span class="sourceTemplate">«<a rel="nofollow" class="external text" href="{esc(page.canonical)}">{esc(a.title)}</a>» — '
                f'<i>{esc(site.name)}</i>، {src_date}</span></li>')
    src2 = ""
    other = page.others("source2", 1)
    if other and num(a, "src2", 0, 1):
        o = other[0]
        src2 = (f'<li><span class="sourceTemplate">«<a rel="nofollow" class="external text" href="{esc(site.base + page.url_of(o))}">{esc(o.title)}</a>» — '
                f'<i>وكالة الأنباء السعودية</i>، {wiki_date(o.published)}</span></li>')
    catlinks = "".join(f'<li><a href="/wiki/{urllib.parse.quote("تصنيف:" + c.replace(" ", "_"))}" title="تصنيف:{esc(c)}">{esc(c)}</a></li>' for c in cats)
    contributors = "، ".join(pick(a, f"u{k}", WIKI_USERS) for k in range(2))
    html = f"""<!DOCTYPE html>
<html class="client-nojs" lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}"/>
<title>{esc(a.title)} - ويكي الأخبار</title>
<script>document.documentElement.className = document.documentElement.className.replace( /(^|\\s)client-nojs(\\s|$)/, "$1client-js$2" );</script>
<script>(window.RLQ=window.RLQ||[]).push(function(){{mw.config.set({jdump(page, rlconf)});mw.loader.implement("user.options",function($,jQuery){{mw.user.options.set({{"variant":"ar"}});}});}});</script>
<link rel="stylesheet" href="/w/load.php?debug=false&amp;lang=ar&amp;modules=ext.flaggedRevs.basic%7Cmediawiki.legacy.commonPrint%2Cshared%7Cskins.vector.styles&amp;only=styles&amp;skin=vector"/>
<meta name="ResourceLoaderDynamicStyles" content=""/>
<meta name="generator" content="MediaWiki 1.26wmf17"/>
<link rel="alternate" type="application/x-wiki" title="عدل" href="{wikibase}&amp;action=edit"/>
<link rel="edit" title="عدل" href="{wikibase}&amp;action=edit"/>
<link rel="apple-touch-icon" href="/static/apple-touch/wikinews.png"/>
<link rel="search" type="application/opensearchdescription+xml" href="/w/opensearch_desc.php" title="ويكي الأخبار (ar)"/>
<link rel="license" href="//creativecommons.org/licenses/by/2.5/"/>
<link rel="canonical" href="{esc(page.canonical)}"/>
<link rel="alternate" type="application/atom+xml" title="تلقيم أتوم ويكي الأخبار" href="/w/index.php?title=%D8%AE%D8%A7%D8%B5:%D8%A3%D8%AD%D8%AF%D8%AB_%D8%A7%D9%84%D8%AA%D8%BA%D9%8A%D9%8A%D8%B1%D8%A7%D8%AA&amp;feed=atom"/>
</head>
<body class="mediawiki rtl sitedir-rtl ns-0 ns-subject page-{esc(pname[:40])} skin-vector action-view">
<div id="mw-page-base" class="noprint"></div>
<div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
<a id="top"></a>
<div id="siteNotice"><div id="localNotice" lang="ar" dir="rtl"><div class="sitenotice-box"><p>هل شاهدت حدثاً في مدينتك؟ ويكي الأخبار مصدر حر يكتبه متطوعون مثلك، ويمكنك أن تبدأ بكتابة أول خبر لك اليوم بعد قراءة <a href="/wiki/ويكي_الأخبار:دليل_الكتابة">دليل الكتابة</a> وسياسة الحياد.</p></div></div></div>
<div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading" lang="ar">{esc(a.title)}</h1>
<div id="bodyContent" class="mw-body-content">
<div id="siteSub">من ويكي الأخبار، المصدر الحر للأخبار</div>
<div id="contentSub"><div id="mw-fr-revisiontag" class="flaggedrevs_short plainlinks noprint"><img alt="" src="/w/extensions/FlaggedRevs/frontend/modules/img/checkmark.png" width="16" height="16"/> هذه <a href="/wiki/ويكي_الأخبار:مراجعة" title="ويكي الأخبار:مراجعة">نسخة مراجعة</a> من هذه الصفحة، رُوجعت في <i>{u:%H:%M}، {wiki_date(u)} (UTC)</i>.</div></div>
<div id="jump-to-nav" class="mw-jump">اذهب إلى: <a href="#mw-head">تصفح</a>، <a href="#p-search">بحث</a></div>
<div id="mw-content-text" lang="ar" dir="rtl" class="mw-content-rtl"><div class="mw-parser-output">
<table class="metadata plainlinks ambox ambox-notice" role="presentation"><tr><td class="mbox-image"><img alt="" src="/upload/archive-icon.png" width="40" height="40"/></td>
<td class="mbox-text">هذا الخبر <b>مؤرشف</b>، ويعكس المعلومات المتاحة وقت نشره. لم يعد بالإمكان تعديل نصه إلا لتصحيح الأخطاء الإملائية أو الروابط، ويمكنك مناقشته في صفحة التعليقات.</td></tr></table>
<table class="infobox portal-box" style="float:left;width:250px;margin:0 1em 1em 0;"><tr><th><a href="/wiki/بوابة:السعودية" title="بوابة:السعودية">بوابة السعودية</a></th></tr>
<tr><td><img alt="" src="/upload/thumb/flag-sa.png" width="40"/> <b>أخبار أخرى:</b><ul>{portal}</ul><a href="/wiki/بوابة:السعودية">المزيد…</a></td></tr></table>
{dateline}
<div class="thumb tright"><div class="thumbinner" style="width:222px;"><a href="/wiki/ملف:Saudi_Arabia_map.png" class="image"><img alt="" src="/upload/thumb/Saudi_Arabia_map.png/220px-Saudi_Arabia_map.png" width="220" height="180" class="thumbimage"/></a>
<div class="thumbcaption">خريطة توضح موقع <a href="/wiki/السعودية" title="السعودية">المملكة العربية السعودية</a>.</div></div></div>
{body}
<h2><span class="mw-headline" id="أخبار_ذات_صلة">أخبار ذات صلة</span>{editsec(1)}</h2>
<ul>{related}</ul>
<h2><span class="mw-headline" id="المصادر">المصادر</span>{editsec(2)}</h2>
<ul>
{src1}
{src2}
</ul>
<div class="share-box noprint" style="clear:both"><b>شارك هذا الخبر:</b> <a href="https://twitter.com/intent/tweet">تويتر</a> · <a href="https://www.facebook.com/sharer.php">فيسبوك</a> · <a href="mailto:?subject={esc(urllib.parse.quote(a.title))}">البريد</a></div>
<div class="comments-link noprint">لديك رأي في هذا الخبر؟ <a href="/wiki/تعليقات:{esc(urllib.parse.quote(pname))}">أضف تعليقاً أو اطلع على التعليقات ({num(a, "nc", 0, 6)})</a></div>
</div>
<noscript><img src="/wiki/خاص:CentralAutoLogin/start?type=1x1" alt="" title="" width="1" height="1" style="border: none; position: absolute;" /></noscript>
</div>
<div class="printfooter">مأخوذة من «{esc(page.canonical)}»</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/خاص:تصنيفات" title="خاص:تصنيفات">تصنيفات</a>: <ul>{catlinks}</ul></div></div>
<div class="visualClear"></div>
</div>
</div>
<div id="mw-navigation">
<h2>قائمة التصفح</h2>
<div id="mw-head">
<div id="p-personal" role="navigation" class=""><h3 id="p-personal-label">أدوات شخصية</h3>
<ul><li id="pt-anonuserpage">لست والجاً</li><li id="pt-anontalk"><a href="/wiki/خاص:نقاشي">نقاش</a></li><li id="pt-anoncontribs"><a href="/wiki/خاص:مساهماتي">مساهمات</a></li><li id="pt-createaccount"><a href="/w/index.php?title=خاص:إنشاء_حساب">إنشاء حساب</a></li><li id="pt-login"><a href="/w/index.php?title=خاص:دخول">دخول</a></li></ul></div>
<div id="left-navigation"><div id="p-namespaces" role="navigation" class="vectorTabs"><h3 id="p-namespaces-label">نطاقات</h3>
<ul><li id="ca-nstab-main" class="selected"><span><a href="{wiki_href(wtitle)}">مقالة</a></span></li><li id="ca-talk"><span><a href="/wiki/تعليقات:{esc(urllib.parse.quote(pname))}">تعليقات</a></span></li></ul></div></div>
<div id="right-navigation"><div id="p-views" role="navigation" class="vectorTabs"><h3 id="p-views-label">الواجهات</h3>
<ul><li id="ca-view" class="selected"><span><a href="{wiki_href(wtitle)}">اقرأ</a></span></li><li id="ca-viewsource"><span><a href="{wikibase}&amp;action=edit">اعرض المصدر</a></span></li><li id="ca-history" class="collapsible"><span><a href="{wikibase}&amp;action=history">تاريخ</a></span></li></ul></div>
<div id="p-search" role="search"><h3><label for="searchInput">بحث</label></h3><form action="/w/index.php" id="searchform"><div id="simpleSearch"><input type="search" name="search" placeholder="ابحث في ويكي الأخبار" id="searchInput"/><input type="submit" name="go" value="اذهب" id="searchButton" class="searchButton"/></div></form></div>
</div>
</div>
<div id="mw-panel">
<div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/الصفحة_الرئيسية" title="زر الصفحة الرئيسية"></a></div>
<div class="portal" role="navigation" id="p-navigation"><h3 id="p-navigation-label">تصفح</h3><div class="body"><ul>
<li><a href="/wiki/الصفحة_الرئيسية">الصفحة الرئيسية</a></li><li><a href="/wiki/بوابة:الأحداث_الجارية">الأحداث الجارية</a></li><li><a href="/wiki/خاص:عشوائي">خبر عشوائي</a></li><li><a href="/wiki/ويكي_الأخبار:اكتب_خبراً">اكتب خبراً</a></li><li><a href="/wiki/ويكي_الأخبار:الميدان">الميدان</a></li><li><a href="/wiki/مساعدة:محتويات">مساعدة</a></li><li><a href="https://donate.wikimedia.org/?uselang=ar">تبرع</a></li>
</ul></div></div>
<div class="portal" role="navigation" id="p-tb"><h3 id="p-tb-label">أدوات</h3><div class="body"><ul>
<li><a href="/wiki/خاص:ماذا_يصل_هنا/{esc(urllib.parse.quote(pname))}">ماذا يصل هنا</a></li><li><a href="/wiki/خاص:تغييرات_ذات_علاقة/{esc(urllib.parse.quote(pname))}">تغييرات ذات علاقة</a></li><li><a href="/wiki/خاص:رفع_ملف">رفع ملف</a></li><li><a href="/wiki/خاص:صفحات_خاصة">صفحات خاصة</a></li><li><a href="{wikibase}&amp;oldid={rev}">وصلة دائمة</a></li><li><a href="{wikibase}&amp;action=info">معلومات الصفحة</a></li><li><a href="/w/index.php?title=خاص:استشهد&amp;page={esc(urllib.parse.quote(pname))}&amp;id={rev}">استشهد بهذه الصفحة</a></li>
</ul></div></div>
<div class="portal" role="navigation" id="p-coll-print_export"><h3>طباعة/تصدير</h3><div class="body"><ul><li><a href="/w/index.php?title=خاص:كتاب&amp;bookcmd=book_creator">إنشاء كتاب</a></li><li><a href="/w/index.php?title=خاص:كتاب&amp;bookcmd=render_article&amp;writer=rdf2latex">تحميل كملف PDF</a></li><li><a href="{wikibase}&amp;printable=yes">نسخة للطباعة</a></li></ul></div></div>
<div class="portal" role="navigation" id="p-wikibase-otherprojects"><h3>مشاريع شقيقة</h3><div class="body"><ul><li><a href="https://ar.wikipedia.org/">ويكيبيديا</a></li><li><a href="https://ar.wikisource.org/">ويكي مصدر</a></li><li><a href="https://commons.wikimedia.org/">ويكيميديا كومنز</a></li></ul></div></div>
<div class="portal" role="navigation" id="p-lang"><h3>بلغات أخرى</h3><div class="body"><ul><li class="interlanguage-link interwiki-en"><a href="https://en.wikinews.org/" hreflang="en" lang="en">English</a></li><li class="interlanguage-link interwiki-fr"><a href="https://fr.wikinews.org/" hreflang="fr" lang="fr">Français</a></li></ul></div></div>
</div>
</div>
<div id="footer" role="contentinfo">
<ul id="footer-info">
<li id="footer-info-lastmod"> آخر تعديل لهذه الصفحة كان يوم {wiki_date(lastmod)}، الساعة {lastmod:%H:%M}.</li>
<li id="footer-info-contributors">ساهم في هذه الصفحة: {esc(contributors)} ومستخدمون مجهولون.</li>
<li id="footer-info-copyright">جميع النصوص متاحة بموجب رخصة <a rel="license" href="//creativecommons.org/licenses/by/2.5/">المشاع الإبداعي نسب المصنف 2.5</a>؛ قد تنطبق شروط إضافية على الصور والوسائط. باستخدامك هذا الموقع فإنك توافق على <a href="//wikimediafoundation.org/wiki/Terms_of_Use">شروط الاستخدام</a> و<a href="//wikimediafoundation.org/wiki/Privacy_policy">سياسة الخصوصية</a>.</li>
</ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="//wikimediafoundation.org/wiki/Privacy_policy">سياسة الخصوصية</a></li><li id="footer-places-about"><a href="/wiki/ويكي_الأخبار:حول">حول ويكي الأخبار</a></li><li id="footer-places-disclaimer"><a href="/wiki/ويكي_الأخبار:إخلاء_مسؤولية_عام">إخلاء مسؤولية</a></li><li id="footer-places-developers"><a href="https://www.mediawiki.org/wiki/Special:MyLanguage/How_to_contribute">المطورون</a></li><li id="footer-places-mobileview"><a href="{wikibase}&amp;mobileaction=toggle_view_mobile">نسخة المحمول</a></li></ul>
<ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a href="https://wikimediafoundation.org/"><img src="/static/images/wikimedia-button.png" width="88" height="31" alt="Wikimedia Foundation"/></a></li><li id="footer-poweredbyico"><a href="//www.mediawiki.org/"><img src="/static/images/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"/></a></li></ul>
<div style="clear:both"></div>
</div>
<script>(window.RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgBackendResponseTime":{num(a, "brt", 80, 400)},"wgHostname":"mw1{num(a, "host", 100, 260)}"}});}});</script>
</body>
</html>"""
    return finish(page, html)


# --- b15_5: tech-news site on WordPress (tagDiv Newspaper), Dubai -----------------------------

PHONES = [("سامسونج جالاكسي نوت 5", [("الشاشة", "5.7 بوصة Super AMOLED بدقة 1440×2560 بكسل"), ("المعالج", "Exynos 7420 ثماني النواة"),
                                      ("الذاكرة العشوائية", "4 جيجابايت"), ("التخزين", "32/64 جيجابايت دون منفذ microSD"),
                                      ("الكاميرا", "16 ميجابكسل خلفية و5 ميجابكسل أمامية"), ("البطارية", "3000 مللي أمبير مع شحن لاسلكي سريع"),
                                      ("النظام", "أندرويد 5.1.1 لوليبوب")], "2,899 درهم"),
          ("ون بلس 2", [("الشاشة", "5.5 بوصة IPS بدقة 1080×1920 بكسل"), ("المعالج", "سنابدراجون 810"),
                        ("الذاكرة العشوائية", "3/4 جيجابايت"), ("التخزين", "16/64 جيجابايت"),
                        ("الكاميرا", "13 ميجابكسل خلفية و5 ميجابكسل أمامية"), ("البطارية", "3300 مللي أمبير"),
                        ("النظام", "OxygenOS المبني على أندرويد 5.1")], "1,499 درهم"),
          ("موتورولا موتو إكس ستايل", [("الشاشة", "5.7 بوصة بدقة 1440×2560 بكسل"), ("المعالج", "سنابدراجون 808 سداسي النواة"),
                                       ("الذاكرة العشوائية", "3 جيجابايت"), ("التخزين", "16/32/64 جيجابايت مع microSD"),
                                       ("الكاميرا", "21 ميجابكسل خلفية و5 ميجابكسل أمامية"), ("البطارية", "3000 مللي أمبير مع TurboPower"),
                                       ("النظام", "أندرويد 5.1.1")], "1,799 درهم"),
          ("آيفون 6 بلس", [("الشاشة", "5.5 بوصة Retina HD بدقة 1080×1920 بكسل"), ("المعالج", "Apple A8 ثنائي النواة"),
                           ("الذاكرة العشوائية", "1 جيجابايت"), ("التخزين", "16/64/128 جيجابايت"),
                           ("الكاميرا", "8 ميجابكسل مع مثبت بصري و1.2 ميجابكسل أمامية"), ("البطارية", "2915 مللي أمبير"),
                           ("النظام", "iOS 8")], "3,099 درهم")]
STORES = ["سوق.كوم", "جمبو إلكترونيكس", "شرف دي جي", "إكسترا"]
TECH_WRITERS = ["عمرو علي", "سارة الشامسي", "أحمد حسن", "فريق التحرير", "محمد الملا"]
TECH_BIOS = ["محرر تقني مهتم بأخبار الهواتف الذكية وأنظمة التشغيل، يكتب عن التقنية منذ عام 2009 ويحب تجربة كل جهاز جديد قبل الحكم عليه.",
             "صحفي متخصص في شؤون الشركات التقنية والاقتصاد الرقمي في منطقة الخليج، ومتابع لقطاع الشركات الناشئة في دبي.",
             "كاتب ومترجم تقني، يهتم بالأمن الرقمي والخصوصية وتطبيقات الهواتف، ويقدم شروحات مبسطة للقراء العرب."]
TECH_COMMENTERS = ["Mohammed_UAE", "تقني قديم", "Khalid.Dev", "أبو عمر", "Android Fan", "نورة م"]
TECH_COMMENTS = [
    "برأيي الشخصي أن الشركات أصبحت تبالغ في الأسعار بشكل غير منطقي، فالفارق بين هذا الإصدار والإصدار السابق لا يبرر أبداً دفع مبلغ إضافي بهذا الحجم، خاصة أن معظم المستخدمين لا يستفيدون من نصف المزايا المعلن عنها.",
    "جربت الجهاز في أحد المعارض في دبي مول، والشاشة فعلاً ممتازة لكن الجهاز يسخن بسرعة عند تشغيل الألعاب الثقيلة، وأتمنى أن تصلحوا هذه النقطة في المراجعة الكاملة.",
    "شكراً على الخبر، هل هناك موعد رسمي لوصوله إلى أسواق السعودية ومصر؟ وهل سيكون بنفس السعر تقريباً؟",
    "مقال ممتاز كالعادة، لكن لاحظت خطأ بسيطاً في جدول المواصفات بخصوص سعة الذاكرة، أرجو التأكد من الموقع الرسمي.",
    "أنا مستخدم للنسخة السابقة منذ سنة تقريباً ولا أرى سبباً للترقية الآن، سأنتظر حتى تنخفض الأسعار بعد نهاية العام.",
]
REVIEWS = [("مراجعة جالاكسي S6 إيدج", "9.0"), ("مراجعة هواوي P8", "8.2"), ("مراجعة إل جي G4", "8.5"),
           ("مراجعة آبل ووتش", "7.8"), ("مراجعة ويندوز 10", "8.8")]


def layout_b15_5(page):
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    db = shift(a.published, 4)  # Dubai, UTC+4
    mod = db + dt.timedelta(minutes=num(a, "mod", 30, 900))
    crawl = db + dt.timedelta(hours=num(a, "crawl", 3, 40))
    brand = f"تقنية {site.short}"
    fdate = f"{MONTHS[db.month - 1]} {db.day}, {db.year}"
    phone, specs, price = pick(a, "phone", PHONES)
    store = pick(a, "store", STORES)
    views = num(a, "views", 300, 25000)
    nc = num(a, "nc", 0, 4)
    trending = "".join(f'<div class="td-trending-now-post"><a class="td-trending-now-title" href="{esc(page.url_of(o))}">{esc(o.title)}</a></div>'
                       for o in page.others("ticker", 5))
    menu = "".join(f'<li class="menu-item"><a href="/category/{s}/">{n}</a></li>' for n, s in
                   [("الرئيسية", ""), ("أخبار التقنية", "news"), ("هواتف", "phones"), ("مراجعات", "reviews"), ("تطبيقات", "apps"),
                    ("ألعاب", "games"), ("أمن المعلومات", "security"), ("شروحات", "how-to"), ("فيديو", "video")])
    ra = page.others("read_also", 1)
    yt = hashlib.md5((a.key + "yt").encode()).hexdigest()[:11]
    boxes = []
    if ra:
        boxes.append((0, f'<div class="td-read-also"><span>اقرأ أيضاً:</span> <a href="{esc(page.url_of(ra[0]))}">{esc(ra[0].title)}</a></div>'))
    spec_rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in specs)
    boxes.append((1, f'<div class="specs-box"><h4>المواصفات التقنية: {phone}</h4><table class="specs-table">{spec_rows}</table>'
                     f'<a href="/phones/{hashlib.md5(phone.encode()).hexdigest()[:6]}/">صفحة الجهاز الكاملة</a></div>'))
    boxes.append((3, f'<div class="td-video-embed"><iframe width="640" height="360" src="https://www.youtube.com/embed/{yt}" frameborder="0" allowfullscreen></iframe>'
                     f'<p class="wp-caption-text">فيديو: نظرة أولى على {phone}</p></div>'))
    boxes.append((4, '<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- إعلان -</span>'
                     '<ins class="adsbygoogle" style="display:inline-block;width:468px;height:60px" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></ins></div>'))
    boxes.append((99, f'<div class="aff-box"><span class="aff-label">أفضل سعر</span> <b class="aff-product">{phone}</b> '
                      f'<span class="aff-price">{price}</span> <a class="aff-btn" rel="nofollow sponsored" href="https://go.{site.id}tech.com/out/{a.key[:6]}">اشترِ الآن من {store}</a>'
                      f'<small class="aff-note">الأسعار محدثة تلقائياً وقد تختلف عن سعر المتجر.</small></div>'))
    body = weave(paras, boxes)
    slug = author_slug(a) if a.author else ""
    if a.author:
        by = (f'<div class="td-post-author-name"><div class="td-author-by">بواسطة</div> <a href="/author/{slug}/">{esc(a.author)}</a>'
              f'<div class="td-author-line"> - </div></div>')
        author_box = (f'<div class="author-box-wrap"><a href="/author/{slug}/"><img alt="" src="https://secure.gravatar.com/avatar/{slug}?s=96&amp;d=mm" class="avatar avatar-96 photo" height="96" width="96"></a>'
                      f'<div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="/author/{slug}/">{esc(a.author)}</a></span></div>'
                      f'<div class="td-author-description">{esc(pick(a, "bio", TECH_BIOS))}</div>'
                      f'<div class="td-author-social"><a href="https://twitter.com/">تويتر</a></div><div class="clearfix"></div></div></div>')
    else:
        by, author_box = "", ""
    tags = "".join(f'<li><a href="/tag/{esc(t)}/">{esc(t)}</a></li>' for t in L.tags_for(a))
    prev_next = page.others("prevnext", 2)
    pn = ""
    if len(prev_next) == 2:
        pn = (f'<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>المقال السابق</span>'
              f'<a href="{esc(page.url_of(prev_next[0]))}">{esc(prev_next[0].title)}</a></div></div>'
              f'<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>المقال التالي</span>'
              f'<a href="{esc(page.url_of(prev_next[1]))}">{esc(prev_next[1].title)}</a></div></div></div>')
    related = ""
    for k, o in enumerate(page.others("similar", 6)):
        od = shift(o.published, 4)
        ow = pick(o, "tw", TECH_WRITERS)
        related += (f'<div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><a href="{esc(page.url_of(o))}">'
                    f'<img class="entry-thumb" src="/wp-content/uploads/2015/{od:%m}/{o.key}-218x150.jpg" alt="" width="218" height="150"></a></div>'
                    f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></h3>'
                    f'<div class="td-module-meta-info"><span class="td-post-author-name"><a href="/author/{hashlib.md5(ow.encode()).hexdigest()[:6]}/">{esc(ow)}</a> - </span>'
                    f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso_off(od, 4)}">{MONTHS[od.month - 1]} {od.day}, {od.year}</time></span></div></div></div>')
    comms = ""
    for k in range(nc):
        cd = db + dt.timedelta(minutes=num(a, f"cm{k}", 15, 1500))
        comms += (f'<li class="comment" id="li-comment-{num(a, f"cid{k}", 10000, 99999)}"><article><footer>'
                  f'<img alt="" src="https://secure.gravatar.com/avatar/c{k}{a.key[:4]}?s=50&amp;d=mm" class="avatar avatar-50 photo" height="50" width="50">'
                  f'<cite>{esc(pick(a, f"cn{k}", TECH_COMMENTERS))}</cite>'
                  f'<a class="comment-link" href="#li-comment-{k}"><time pubdate="{iso_off(cd, 4)}">{MONTHS[cd.month - 1]} {cd.day}, {cd.year} في {ampm(cd)}</time></a>'
                  f'</footer><div class="comment-content"><p>{esc(pick(a, f"ct{k}", TECH_COMMENTS))}</p></div>'
                  f'<div class="comment-meta" id="comment-{k}"><a rel="nofollow" class="comment-reply-link" href="#respond">رد</a></div></article></li>')
    popular = "".join(f'<li>{L.link(page, o)}</li>' for o in page.others("popular", 5))
    reviews = "".join(f'<li><a href="/reviews/{k}/">{n}</a> <span class="td-review-final-score">{s}</span></li>' for k, (n, s) in enumerate(REVIEWS))
    share = ('<div class="td-post-sharing"><div class="td-default-sharing"><a class="td-social-sharing-buttons td-social-facebook" href="https://www.facebook.com/sharer.php">فيسبوك</a>'
             '<a class="td-social-sharing-buttons td-social-twitter" href="https://twitter.com/intent/tweet">تويتر</a>'
             '<a class="td-social-sharing-buttons td-social-google" href="https://plus.google.com/share">جوجل+</a>'
             '<a class="td-social-sharing-buttons td-social-whatsapp" href="whatsapp://send">واتساب</a></div></div>')
    html = f"""<!doctype html>
<!--[if IE 8]><html class="ie8" lang="en"><![endif]-->
<!--[if gt IE 8]><!--><html lang="ar" dir="rtl"><!--<![endif]-->
<head>
<title>{esc(a.title)} | {esc(brand)}</title>
<meta charset="{site.encoding}" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="pingback" href="{esc(site.base)}/xmlrpc.php" />
<meta name="description" content="{esc(L.first_sentence(a.text))}"/>
<link rel="canonical" href="{esc(page.canonical)}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:site_name" content="{esc(brand)}" />
<meta property="article:publisher" content="https://www.facebook.com/{site.id}tech" />
<meta property="article:section" content="أخبار التقنية" />
<meta property="article:published_time" content="{iso_off(db, 4)}" />
<meta property="article:modified_time" content="{iso_off(mod, 4)}" />
<meta property="og:updated_time" content="{iso_off(mod, 4)}" />
<meta name="twitter:card" content="summary_large_image"/>
<link rel='stylesheet' id='td-theme-css' href='{esc(site.base)}/wp-content/themes/Newspaper/style.css?ver=6.7.1' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-rtl' href='{esc(site.base)}/wp-content/themes/Newspaper/rtl.css?ver=6.7.1' type='text/css' media='all' />
<script type='text/javascript' src='{esc(site.base)}/wp-includes/js/jquery/jquery.js?ver=1.11.2'></script>
<script>var tds_login_sing_in_widget="show"; var td_ajax_url="{esc(site.base)}/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=6.7.1";</script>
</head>
<body class="rtl post-template-default single single-post postid-{a.n} single-format-standard td-newspaper global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div id="td-outer-wrap">
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full"><div class="td-container td-header-row td-header-top-menu">
<div class="top-bar-style-1"><div class="td-header-sp-top-menu">
<div class="td_data_time"><div style="visibility:inherit;">{WEEKDAYS[crawl.weekday()]}, {MONTHS[crawl.month - 1]} {crawl.day}, {crawl.year}</div></div>
<ul class="top-header-menu"><li><a href="/advertise/">أعلن معنا</a></li><li><a href="/contact/">اتصل بنا</a></li><li><a href="/about/">من نحن</a></li></ul>
<ul class="td_ul_login"><li class="menu-item"><a class="td-login-modal-js" href="#login-form">تسجيل الدخول / التسجيل</a></li></ul></div>
<div class="td-header-sp-top-widget"><span class="td-social-icon-wrap"><a href="https://www.facebook.com/{site.id}tech">فيسبوك</a></span><span class="td-social-icon-wrap"><a href="https://twitter.com/{site.id}tech">تويتر</a></span><span class="td-social-icon-wrap"><a href="https://youtube.com/{site.id}tech">يوتيوب</a></span></div>
</div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full"><div class="td-container td-header-row td-header-header">
<div class="td-header-sp-logo"><a class="td-main-logo" href="/"><img src="/wp-content/uploads/2015/01/logo-tech.png" alt="{esc(brand)}"/><span class="td-visual-hidden">{esc(brand)}</span></a></div>
<div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header"><span class="td-adspot-title">- إعلان -</span><img src="/ads/du-728x90.jpg" width="728" height="90" alt=""></div></div></div>
</div></div>
<div class="td-header-menu-wrap-full"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-header-main-menu">
<div id="td-header-menu" role="navigation"><ul id="menu-main-menu" class="sf-menu">{menu}</ul></div>
<div class="td-search-wrapper"><div id="td-top-search"><a id="td-header-search-button" href="#" role="button">بحث</a></div></div>
</div></div></div>
</div>
<div class="td-container td-trending-now-wrapper"><div class="td-trending-now-display-area"><span class="td-trending-now-title-text">الأكثر رواجاً</span>{trending}</div></div>
<div class="td-main-content-wrap">
<div class="td-container td-post-template-default">
<div class="td-crumb-container"><div class="entry-crumbs" itemprop="breadcrumb"><span><a title="" class="entry-crumb" href="/">الرئيسية</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="/category/news/">أخبار التقنية</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{esc(a.title)}</span></div></div>
<div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-{a.n}" class="post-{a.n} post type-post status-publish format-standard has-post-thumbnail category-news" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header">
<ul class="td-category"><li class="entry-category"><a href="/category/news/">أخبار التقنية</a></li></ul>
<header class="td-post-title">
<h1 class="entry-title">{esc(a.title)}</h1>
<div class="td-module-meta-info">
{by}
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso_off(db, 4)}">{fdate}</time></span>
<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>{nc}</a></div>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{a.n}">{views}</span></div>
</div>
</header>
</div>
{share}
<div class="td-post-content">
<div class="td-post-featured-image"><figure><a href="/wp-content/uploads/2015/{db:%m}/{a.key}.jpg" class="td-modal-image"><img width="696" height="392" class="entry-thumb" src="/wp-content/uploads/2015/{db:%m}/{a.key}-696x392.jpg" alt=""></a><figcaption class="wp-caption-text">الصورة: {phone} (أرشيفية)</figcaption></figure></div>
<div class="affiliate-disclosure"><p>إفصاح: تحتوي بعض روابط هذه الصفحة على روابط تسويقية، وقد نحصل على عمولة صغيرة عند الشراء من خلالها دون أي تكلفة إضافية عليك، وهذا لا يؤثر على استقلالية تغطيتنا وتقييماتنا.</p></div>
{body}
</div>
<footer>
<div class="td-post-source-tags"><div class="td-post-source-via"><div class="td-post-small-box"><span>المصدر</span><a rel="nofollow" href="{esc(page.canonical)}">{esc(site.name)}</a></div></div>
<ul class="td-tags td-post-small-box clearfix"><li><span>الوسوم</span></li>{tags}</ul></div>
{share}
{pn}
{author_box}
{f'<span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{esc(a.author)}"></span>' if a.author else ''}
<meta itemprop="datePublished" content="{iso_off(db, 4)}"><meta itemprop="dateModified" content="{iso_off(mod, 4)}">
</footer>
</article>
<div class="td_block_wrap td_block_related_posts td-related-full-width"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">مقالات ذات صلة</a><a class="td-related-right" href="#">المزيد من الكاتب</a></h4>
<div class="td_block_inner">{related}</div></div>
<div class="comments" id="comments">
<div class="td-comments-title-wrap"><h4 class="block-title"><span>{nc} تعليقات</span></h4></div>
<ol class="comment-list">{comms}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">اترك تعليقاً</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div>
<div class="comment-form-input-wrap td-form-comment"><textarea placeholder="التعليق:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></div>
<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="الاسم:*" type="text" value="" size="30" aria-required="true"/></div>
<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="البريد الإلكتروني:*" type="text" value="" size="30" aria-required="true"/></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"/><label for="wp-comment-cookies-consent">احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق"/></p></form></div>
</div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_social_counter"><h4 class="block-title"><span>ابق على اتصال</span></h4><div class="td-social-list"><span>{num(a, "fb", 20000, 90000):,} معجب</span> <span>{num(a, "tw", 10000, 60000):,} متابع</span> <span>{num(a, "yt", 3000, 30000):,} مشترك</span></div></div>
<div class="td-a-rec td-a-rec-id-sidebar"><span class="td-adspot-title">- إعلان -</span><img src="/ads/etisalat-300x250.jpg" width="300" height="250" alt=""></div>
<div class="td_block_wrap td_block_7"><h4 class="block-title"><span>الأكثر قراءة</span></h4><ul>{popular}</ul></div>
<div class="td_block_wrap td_block_reviews"><h4 class="block-title"><span>أحدث المراجعات</span></h4><ul>{reviews}</ul></div>
<div class="td_block_wrap td_block_newsletter"><h4 class="block-title"><span>النشرة البريدية</span></h4><p>اشترك في نشرتنا الأسبوعية ليصلك ملخص أهم أخبار التقنية والمراجعات والعروض الحصرية كل يوم خميس، ويمكنك إلغاء الاشتراك في أي وقت.</p><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></div>
</div></div>
</div>
</div>
</div>
<div class="td-footer-wrapper"><div class="td-container"><div class="td-pb-row">
<div class="td-pb-span12"><div class="footer-logo-wrap"><img class="td-retina-data" src="/wp-content/uploads/2015/01/logo-footer.png" alt="{esc(brand)}"/></div>
<div class="footer-text-wrap">{esc(brand)} موقع عربي متخصص في أخبار التقنية والهواتف الذكية والتطبيقات، انطلق من دبي عام 2012، ويقدم لقرائه مراجعات مستقلة وشروحات مبسطة ومتابعة يومية لأحدث ما تعلنه الشركات التقنية حول العالم.<div class="footer-email-wrap">تواصل معنا: <a href="mailto:info@{site.id}tech.com">info@{site.id}tech.com</a></div></div></div>
</div></div></div>
<div class="td-sub-footer-container"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span5 td-sub-footer-copy">&copy; 2015 {esc(brand)}. جميع الحقوق محفوظة. تصميم tagDiv</div>
<div class="td-pb-span7 td-sub-footer-menu"><ul class="menu"><li><a href="/privacy/">سياسة الخصوصية</a></li><li><a href="/terms/">شروط الاستخدام</a></li><li><a href="/contact/">اتصل بنا</a></li></ul></div></div></div></div>
</div>
<script type='text/javascript' src='{esc(site.base)}/wp-content/themes/Newspaper/js/tagdiv_theme.js?ver=6.7.1'></script>
</body>
</html>"""
    return finish(page, html)


LAYOUTS = {
    "b15_1": layout_b15_1,
    "b15_2": layout_b15_2,
    "b15_3": layout_b15_3,
    "b15_4": layout_b15_4,
    "b15_5": layout_b15_5,
}
