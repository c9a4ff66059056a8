"""Blind test layouts (set 7) for newsfarm (--extra-layouts): five article
templates modelled on kinds of real Arabic news sites that no earlier layout
file imitates, written without reading Khabar's extractor. Each prints the
whole page a reader gets: header and menu, a breaking strip, the article, the
boxes sites put inside the text, and the lists, comments and footer after it.

  b7_1  Saudi regional e-newspaper on WordPress with a Jannah-like theme and
        Yoast SEO: breadcrumb ending in the headline, category pill, the
        credit as the linked author in the post-meta row (round avatar, no
        label) beside «9 أغسطس، 2015» (no clock on the page), comment count,
        views and reading time; a WordPress post embed, an embedded tweet, an
        in-post ad and a WhatsApp-channel line inside the content. The clock
        is only in Yoast's @graph JSON-LD and article:published_time.
  b7_2  Emirati daily with an English-style front end (BEM class names): the
        credit under the hero picture's caption as «بقلم» + linked name with
        an avatar, «نُشر: أغسطس 09، 2015، 03:32 م» month-first in UAE time
        (UTC+4), an updated line, a listen-to-article bar; a «مقترحات» box, a
        pull quote repeating a sentence and an inline photo inside the text,
        a newsletter box after it, and «more from» cards that carry other
        writers' bylines.
  b7_3  Kuwaiti daily's ASP.NET web edition with a print-replica feel: an
        issue bar (number, Hijri and Gregorian date, PDF), page number and
        over-title, the credit unlabelled in a small bordered table whose
        second row is a labelled photographer «تصوير:», the date in Eastern
        digits (where the charset has them) with a 12-hour clock in its own
        span; an ad and «اقرأ في العدد» box in the text, a «see the printed
        page» box after it, __VIEWSTATE, comment rules.
  b7_4  Opinion page of a daily: a «كتاب وآراء» band, the columnist's header
        block (photo, name as an <h2> link, links to his archive, RSS and
        e-mail) ABOVE the column's title, «weekday Hijri - Gregorian م» date
        with the clock only in a <time> attribute, a quote box repeating a
        sentence, a disclaimer, the writer's other columns with dates, and a
        «كتاب اليوم» sidebar listing other columnists' names.
  b7_5  Mobile-first (m.) site of an Algerian daily: minimal short class
        names, Algerian month names («09 أوت 2015») and Algiers time (UTC+1,
        the ISO time in the head says +01:00), view count; a «اقرأ أيضا»
        paragraph, a YouTube iframe and a Facebook post embed (whose fallback
        says «تم النشر بواسطة» + the site's page) inside the text; the credit
        AFTER the text beside a pen icon, then tags, share, related with
        relative times, comments and a «النسخة الكاملة» footer.

Pages whose article has no author print no byline. The author string is
printed whole, exactly as the corpus gives it (it often carries a city or an
agency), as the only text of its element.

  python3 newsfarm.py pages --days '' --n 300 --extra-layouts blind7_layouts.py \
      --layouts b7_1,b7_2,b7_3,b7_4,b7_5 --out DIR
"""

import base64
import datetime as dt
import hashlib
import json
import random

import layouts as L

esc = L.esc

WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
DZ_MONTHS = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية",
             "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
PHOTOGRAPHERS = ["بدر العنزي", "فيصل المطيري", "أحمد الزامل", "سامي الشمري", "مشاري البلوشي",
                 "عبدالرحمن القحطاني", "جاسم الصالح"]
CAPTIONS = ["جانب من الحدث", "صورة أرشيفية", "لقطة من الموقع", "من أجواء اللقاء",
            "جانب من الاجتماع", "صورة تعبيرية"]
COLUMNISTS = ["د. سلطان الحربي", "منيرة العتيبي", "عبدالعزيز الخضيري", "خالد بن سعد الدوسري",
              "د. هيا المنصور", "فهد الجهني", "محمد علي المالكي", "نورة الشهري", "إبراهيم الفايز"]
MORE_COMMENTS = ["جزاكم الله خيرا على هذا الطرح", "الموضوع يحتاج إلى متابعة من الجهات المعنية",
                 "أتفق مع ما جاء في المقال", "شكراً للصحيفة على التغطية المميزة",
                 "نأمل أن نرى نتائج ملموسة قريباً"]


def num(key, salt, lo, hi):
    """A stable per-article number (ids, counts, secrets)."""
    return lo + int(hashlib.md5((key + salt).encode()).hexdigest()[:8], 16) % (hi - lo + 1)


def hx(s, n=10):
    return hashlib.md5(s.encode()).hexdigest()[:n]


def digits(s, page):
    """Eastern Arabic digits where the page's charset has them (windows-1256 has none)."""
    return s.translate(L.EASTERN) if page.site.encoding == "utf-8" else s


def twelve(d):
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d} {'ص' if d.hour < 12 else 'م'}"


def iso(d, offset="+03:00"):
    return f"{d:%Y-%m-%dT%H:%M:%S}{offset}"


def script_json(obj):
    return json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")


def quote_of(p):
    """A pull quote as editors cut it: the first whole sentence of 40-200
    characters, else the paragraph's first 18 words and an ellipsis."""
    start = 0
    while True:
        i = p.find(".", start)
        if i < 0:
            break
        if 40 <= i + 1 - 0 <= 200:
            return p[:i + 1]
        if i + 1 > 200:
            break
        start = i + 1
    words = p.split()
    return " ".join(words[:18]) + ("…" if len(words) > 18 else "")


def ago(minutes):
    """Relative time as Arabic sites print it."""
    if minutes < 60:
        n = max(1, minutes)
        return "منذ دقيقة" if n == 1 else "منذ دقيقتين" if n == 2 else f"منذ {n} دقائق" if n <= 10 else f"منذ {n} دقيقة"
    h = minutes // 60
    if h < 24:
        return "منذ ساعة" if h == 1 else "منذ ساعتين" if h == 2 else f"منذ {h} ساعات" if h <= 10 else f"منذ {h} ساعة"
    days = h // 24
    return "منذ يوم" if days == 1 else "منذ يومين" if days == 2 else f"منذ {days} أيام" if days <= 10 else f"منذ {days} يوماً"


# =====================================================================================
# b7_1: Saudi regional e-newspaper on WordPress (Jannah-like theme, Yoast SEO)

SA_NAV = ["الرئيسية", "أخبار المنطقة", "محليات", "مجتمع", "تعليم", "صحة", "اقتصاد", "رياضة", "مقالات", "فيديو"]
SA_CATS = ["أخبار المنطقة", "محليات", "مجتمع", "تعليم", "صحة"]


def wp_date(d):
    return f"{d.day} {L.MONTHS[d.month - 1]}، {d.year}"


def b7_1(page):
    a = page.article
    d = a.published
    paras = L.paragraphs(a.text)
    site = page.site
    pid = 40000 + a.n * 7
    ci = num(a.key, "cat", 0, len(SA_CATS) - 1)
    cat = SA_CATS[ci]
    mod = d + dt.timedelta(minutes=num(a.key, "mod", 3, 240))
    img = f"{site.base}/wp-content/uploads/{d:%Y/%m}/{hx(a.key, 8)}-780x470.jpg"
    uid = num(a.author or "x", "uid", 2, 60)
    graph = [
        {"@type": "NewsArticle", "@id": page.canonical + "#article",
         "isPartOf": {"@id": page.canonical},
         "author": {"name": a.author, "@id": f"{site.base}/#/schema/person/{hx(a.author)}"} if a.author else None,
         "headline": a.title, "datePublished": iso(d), "dateModified": iso(mod),
         "mainEntityOfPage": {"@id": page.canonical}, "wordCount": len(a.text.split()),
         "publisher": {"@id": f"{site.base}/#organization"},
         "image": {"@id": page.canonical + "#primaryimage"}, "thumbnailUrl": img,
         "articleSection": [cat], "inLanguage": "ar"},
        {"@type": "WebPage", "@id": page.canonical, "url": page.canonical,
         "name": f"{a.title} - {site.name}", "isPartOf": {"@id": f"{site.base}/#website"},
         "datePublished": iso(d), "dateModified": iso(mod), "inLanguage": "ar",
         "breadcrumb": {"@id": page.canonical + "#breadcrumb"}},
        {"@type": "BreadcrumbList", "@id": page.canonical + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": site.base + "/"},
            {"@type": "ListItem", "position": 2, "name": cat, "item": f"{site.base}/category/c{ci}/"},
            {"@type": "ListItem", "position": 3, "name": a.title}]},
        {"@type": "Organization", "@id": f"{site.base}/#organization", "name": site.name,
         "url": site.base + "/", "logo": {"@type": "ImageObject", "url": f"{site.base}/wp-content/uploads/logo.png"}},
    ]
    if a.author:
        graph.append({"@type": "Person", "@id": f"{site.base}/#/schema/person/{hx(a.author)}", "name": a.author,
                      "url": f"{site.base}/author/u{uid}/"})
    else:
        del graph[0]["author"]
    head_extra = "\n".join([
        '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">',
        '<meta property="og:locale" content="ar_AR">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{esc(a.title)} - {esc(site.name)}">',
        f'<meta property="og:description" content="{esc(L.first_sentence(a.text))}">',
        f'<meta property="og:url" content="{esc(page.canonical)}">',
        f'<meta property="og:site_name" content="{esc(site.name)}">',
        f'<meta property="article:published_time" content="{iso(d)}">',
        f'<meta property="article:modified_time" content="{iso(mod)}">',
        f'<meta property="og:image" content="{esc(img)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<script type="application/ld+json" class="yoast-schema-graph">{script_json({"@context": "https://schema.org", "@graph": graph})}</script>',
    ])
    nav = "".join(f'<li id="menu-item-{100 + i}" class="menu-item menu-item-type-taxonomy"><a href="/category/c{i}/">{esc(n)}</a></li>'
                  for i, n in enumerate(SA_NAV))
    breaking = "".join(f'<li class="news-item"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                       for o in page.others("b71-brk", 5))
    # the content, with what WordPress editors paste into it
    emb = page.others("b71-embed", 1)
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == 0 and len(paras) > 2 and emb:
            o = emb[0]
            secret = hx(o.key + "s", 10)
            url = esc(page.url_of(o))
            out.append(f'<blockquote class="wp-embedded-content" data-secret="{secret}"><a href="{url}">{esc(o.title)}</a></blockquote>'
                       f'<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" '
                       f'style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" title="«{esc(o.title)}» &#8212; {esc(site.name)}" '
                       f'src="{url.rstrip("/")}/embed/#?secret={secret}" data-secret="{secret}" width="600" height="338" frameborder="0" '
                       f'marginwidth="0" marginheight="0" scrolling="no"></iframe>')
        if i == 2 and len(paras) > 4:
            handle = f"sa_news{num(site.id, 'tw', 10, 99)}"
            out.append(f'<blockquote class="twitter-tweet" data-lang="ar"><p lang="ar" dir="rtl">#عاجل | {esc(a.title)} '
                       f'<a href="https://t.co/{hx(a.key + "t", 10)}">https://t.co/{hx(a.key + "t", 10)}</a></p>'
                       f'&mdash; {esc(site.name)} (@{handle}) <a href="https://twitter.com/{handle}/status/{num(a.key, "st", 10**8, 10**9 - 1)}">'
                       f'{wp_date(d)}</a></blockquote>'
                       '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')
        if i == 3 and len(paras) > 5:
            out.append('<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter">'
                       '<span class="stream-title">إعلان</span>'
                       f'<ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" '
                       f'data-ad-format="fluid" data-ad-client="ca-pub-{num(site.id, "pub", 10**15, 10**16 - 1)}" data-ad-slot="{num(a.key, "slot", 10**9, 10**10 - 1)}"></ins>'
                       '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>')
    out.append(f'<p class="tie-channel-note"><strong><a href="https://whatsapp.com/channel/{hx(site.id, 16)}" target="_blank" rel="noopener">'
               f'انضم إلى قناة {esc(site.short)} على واتساب لتصلك الأخبار أولاً بأول</a></strong></p>')
    meta_author = ""
    if a.author:
        meta_author = (f'<span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-{uid}">'
                       f'<span class="meta-author-avatar"><a href="/author/u{uid}/"><img alt="صورة {esc(a.author)}" '
                       f'src="{site.base}/wp-content/uploads/avatars/{uid}-140x140.jpg" class="avatar avatar-140 wp-user-avatar photo" height="140" width="140"></a></span>'
                       f'<span class="meta-author"><a href="/author/u{uid}/" class="author-name tie-icon" title="{esc(a.author)}">{esc(a.author)}</a></span></span></span>')
    ncom = num(a.key, "nc", 0, 3)
    views = num(a.key, "views", 120, 25000)
    mins = max(1, len(a.text.split()) // 180)
    rt = "دقيقة واحدة" if mins == 1 else "دقيقتان" if mins == 2 else f"{mins} دقائق"
    caption = random.Random(a.key + "cap").choice(CAPTIONS)
    cam = random.Random(a.key + "cam").choice(PHOTOGRAPHERS)
    tags = "".join(f'<a href="/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in L.tags_for(a))
    prev_next = page.others("b71-pn", 2)
    pn = ""
    if len(prev_next) == 2:
        pn = (f'<div class="prev-next-post-nav container-wrapper media-overlay"><div class="tie-col-xs-6 prev-post">'
              f'<a href="{esc(page.url_of(prev_next[0]))}" class="post-thumb" rel="prev"><div class="post-thumb-overlay-wrap"><div class="post-thumb-overlay">'
              f'<span class="tie-icon tie-media-icon"></span><span class="screen-reader-text">السابق</span></div></div></a>'
              f'<a href="{esc(page.url_of(prev_next[0]))}" rel="prev"><h3 class="post-title">{esc(prev_next[0].title)}</h3></a></div>'
              f'<div class="tie-col-xs-6 next-post"><a href="{esc(page.url_of(prev_next[1]))}" rel="next"><h3 class="post-title">{esc(prev_next[1].title)}</h3></a></div></div>')
    related = "".join(
        f'<div class="related-item"><a aria-label="{esc(o.title)}" href="{esc(page.url_of(o))}" class="post-thumb">'
        f'<img width="390" height="220" src="{site.base}/wp-content/uploads/{o.published:%Y/%m}/{hx(o.key, 8)}-390x220.jpg" alt=""></a>'
        f'<h3 class="post-title"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></h3>'
        f'<div class="post-meta clearfix"><span class="date meta-item tie-icon">{wp_date(o.published)}</span></div></div>'
        for o in page.others("b71-rel", 6))
    rnd = random.Random(a.key + "b71c")
    t = d
    lis = []
    for j in range(ncom):
        t = t + dt.timedelta(minutes=rnd.randint(7, 200))
        lis.append(f'<li class="comment even thread-even depth-1" id="li-comment-{pid + j}"><article id="comment-{pid + j}" class="comment-body">'
                   f'<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="/wp-content/avatars/anon.png" class="avatar" height="70" width="70">'
                   f'<b class="fn">{esc(rnd.choice(["أبو فيصل", "مواطن", "ابن المنطقة", "سعود", "أم عبدالله"]))}</b><span class="says">قال:</span></div>'
                   f'<div class="comment-metadata"><a href="{esc(page.canonical)}#comment-{pid + j}"><time datetime="{iso(t)}">{wp_date(t)} في {twelve(t)}</time></a></div></footer>'
                   f'<div class="comment-content"><p>{esc(rnd.choice(L.COMMENTS + MORE_COMMENTS))}</p></div>'
                   f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">رد</a></div></article></li>')
    comments = (f'<div id="comments" class="comments-area">'
                + (f'<div id="comments-box" class="container-wrapper"><div class="block-head theme-notice"><h3 class="the-global-title">{ncom} تعليقات</h3></div>'
                   f'<ol class="comment-list">{"".join(lis)}</ol></div>' if ncom else "")
                + '<div id="add-comment-block" class="container-wrapper"><div id="respond" class="comment-respond">'
                '<h3 id="reply-title" class="comment-reply-title the-global-title">اترك تعليقاً</h3>'
                f'<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
                '<p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span> '
                '<span class="required-field-message">الحقول الإلزامية مشار إليها بـ <span class="required">*</span></span></p>'
                '<p class="comment-form-comment"><label for="comment">التعليق <span class="required">*</span></label>'
                '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
                '<p class="comment-form-author"><label for="author">الاسم <span class="required">*</span></label><input id="author" name="author" type="text" size="30"></p>'
                '<p class="comment-form-email"><label for="email">البريد الإلكتروني <span class="required">*</span></label><input id="email" name="email" type="email" size="30"></p>'
                '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> '
                '<label for="wp-comment-cookies-consent">احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.</label></p>'
                f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق"> '
                f'<input type="hidden" name="comment_post_ID" value="{pid}" id="comment_post_ID"></p></form></div></div></div>')
    popular = "".join(
        f'<li class="widget-single-post-item widget-post-list"><div class="post-widget-thumbnail"><a href="{esc(page.url_of(o))}" class="post-thumb">'
        f'<img width="220" height="150" src="{site.base}/wp-content/uploads/{o.published:%Y/%m}/{hx(o.key, 8)}-220x150.jpg" alt=""></a></div>'
        f'<div class="post-widget-body"><a class="post-title the-subtitle" href="{esc(page.url_of(o))}">{esc(o.title)}</a>'
        f'<div class="post-meta"><span class="date meta-item tie-icon">{wp_date(o.published)}</span></div></div></li>'
        for o in page.others("b71-pop", 5))
    share_btns = "".join(
        f'<a href="{href}" rel="external noopener nofollow" title="{lbl}" target="_blank" class="{cls}-share-btn large-share-button" data-raw="{href}">'
        f'<span class="share-btn-icon tie-icon-{cls}"></span> <span class="social-text">{lbl}</span></a>'
        for cls, lbl, href in [("facebook", "فيسبوك", "https://www.facebook.com/sharer.php?u="),
                               ("twitter", "X", "https://twitter.com/intent/tweet?text="),
                               ("whatsapp", "واتساب", "https://api.whatsapp.com/send?text="),
                               ("telegram", "تيلقرام", "https://t.me/share/url?url="),
                               ("email", "مشاركة عبر البريد", "mailto:?subject="),
                               ("print", "طباعة", "#")])
    return f"""<!DOCTYPE html>
<html dir="rtl" lang="ar" class="" data-skin="light">
<head>
<meta charset="{site.encoding}">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{esc(a.title)} - {esc(site.name)}</title>
<link rel="canonical" href="{esc(page.canonical)}">
{head_extra}
<link rel="alternate" type="application/rss+xml" title="{esc(site.name)} &laquo; الخلاصة" href="{esc(site.base + site.feed_path)}">
<link rel="stylesheet" id="tie-css-base-css" href="{site.base}/wp-content/themes/jannah/assets/css/base.min.css?ver=5.4.10" type="text/css" media="all">
<link rel="shortlink" href="{site.base}/?p={pid}">
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>
</head>
<body id="tie-body" class="rtl post-template-default single single-post postid-{pid} single-format-standard tie-no-js wrapper-has-shadow block-head-1 magazine1 is-thumb-overlay-disabled is-desktop is-header-layout-3 has-header-ad sidebar-left has-sidebar post-layout-1 narrow-title-narrow-media has-mobile-share">
<div class="background-overlay">
<div id="tie-container" class="site tie-container">
<div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below has-stream-item top-nav-active top-nav-light top-nav-above has-shadow has-normal-width-logo mobile-header-centered">
<nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="الشريط العلوي"><div class="container"><div class="topbar-wrapper">
<div class="topbar-today-date tie-icon">{WEEKDAYS[d.weekday()]}، {L.hijri_date(d)}</div>
<div class="tie-alignleft"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">عاجل</span></span>
<ul id="breaking-news-in-header" class="breaking-news" data-type="reveal">{breaking}</ul></div></div>
<div class="tie-alignright"><ul class="components"><li class="social-icons-item"><a class="social-link twitter-social-icon" rel="external noopener nofollow" target="_blank" href="https://twitter.com/"><span class="tie-social-icon tie-icon-twitter"></span><span class="screen-reader-text">X</span></a></li>
<li class="social-icons-item"><a class="social-link snapchat-social-icon" rel="external noopener nofollow" target="_blank" href="https://www.snapchat.com/add/"><span class="tie-social-icon tie-icon-snapchat"></span><span class="screen-reader-text">سناب شات</span></a></li></ul></div>
</div></div></nav>
<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix">
<div id="logo" class="image-logo"><a title="{esc(site.name)}" href="/"><picture class="tie-logo-default tie-logo-picture"><img class="tie-logo-img-default tie-logo-img" src="{site.base}/wp-content/uploads/logo.png" alt="{esc(site.name)}" width="300" height="90"></picture></a></div></div></div>
<div class="tie-col-md-8 stream-item stream-item-top-wrapper"><div class="stream-item-top"><a href="/ads/go?c=top" title="" target="_blank"><img src="{site.base}/wp-content/uploads/banners/728x90-{num(a.key, 'ban', 1, 9)}.gif" alt="" width="728" height="91"></a></div></div></div></div>
<div class="main-nav-wrapper"><nav id="main-nav" class="" data-skin="search-in-main-nav" aria-label="القائمة الرئيسية"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-main" class="menu" role="menubar">{nav}</ul></div></div>
<ul class="components"><li class="search-compact-icon menu-item custom-menu-link"><a href="#" class="tie-search-trigger"><span class="tie-icon-search tie-search-icon" aria-hidden="true"></span><span class="screen-reader-text">بحث عن</span></a></li></ul></div></div></div></nav></div>
</header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer">
<nav id="breadcrumb"><a href="/"><span class="tie-icon-home" aria-hidden="true"></span> الرئيسية</a><em class="delimiter">/</em><a href="/category/c{ci}/">{esc(cat)}</a><em class="delimiter">/</em><span class="current">{esc(a.title)}</span></nav>
<div class="entry-header">
<span class="post-cat-wrap"><a class="post-cat tie-cat-{ci + 11}" href="/category/c{ci}/">{esc(cat)}</a></span>
<h1 class="post-title entry-title">{esc(a.title)}</h1>
<div id="single-post-meta" class="post-meta clearfix">{meta_author}<span class="date meta-item tie-icon">{wp_date(d)}</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">{ncom}</span><span class="meta-views meta-item {'hot' if views > 5000 else ''}"><span class="tie-icon-fire" aria-hidden="true"></span> {views} </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> {rt}</span></div></div>
</div>
</header>
<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="{esc(img)}" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="" decoding="async" fetchpriority="high">
<figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> {esc(caption)} - تصوير: {esc(cam)}</figcaption></figure></div></div>
<div class="entry-content entry clearfix">
<div class="stream-item stream-item-above-post-content"><span class="stream-title">إعلان</span><a href="/ads/go?c=above" target="_blank"><img src="{site.base}/wp-content/uploads/banners/468x60.gif" alt="" width="468" height="60"></a></div>
{chr(10).join(out)}
</div>
<div id="post-extra-info"><div class="theiaStickySidebar"><div class="single-post-meta post-meta clearfix"><span class="date meta-item tie-icon">{wp_date(d)}</span></div></div></div>
<div class="clearfix"></div>
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> الوسوم</div><span class="tagcloud">{tags}</span></div>
<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links icons-text">{share_btns}</div></div>
</article>
<div class="post-components">
{pn}
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>مقالات ذات صلة</h3></div><div class="related-posts-list">{related}</div></div>
{comments}
</div>
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="القائمة الجانبية الرئيسية"><div class="theiaStickySidebar">
<div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">الأكثر مشاهدة</div></div><div class="widget-posts-list-wrapper"><div class="widget-posts-list-container"><ul class="posts-list-items widget-posts-wrapper">{popular}</ul></div></div><div class="clearfix"></div></div>
<div id="stream-item-widget-3" class="container-wrapper widget stream-item-widget"><div class="stream-item-widget-content"><a href="/ads/go?c=side" target="_blank"><img class="widget-stream-image" src="{site.base}/wp-content/uploads/banners/300x250.gif" width="300" height="250" alt=""></a></div><div class="clearfix"></div></div>
<div id="social-statistics-2" class="container-wrapper widget social-statistics-widget"><div class="widget-title the-global-title"><div class="the-subtitle">تابعنا</div></div><ul class="solid-social-icons"><li class="social-icons-item"><a class="twitter-social-icon" href="https://twitter.com/" rel="nofollow noopener" target="_blank"><span class="followers"><span class="followers-num">{num(site.id, 'fl', 20, 900)} ألف</span><span class="followers-name">متابع</span></span></a></li></ul><div class="clearfix"></div></div>
</div></aside>
</div></div>
<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12">
<div class="copyright-text copyright-text-first">&copy; حقوق النشر 2015، جميع الحقوق محفوظة &nbsp;|&nbsp; {esc(site.name)}</div>
<div class="footer-menu"><ul id="menu-footer" class="menu"><li><a href="/about/">من نحن</a></li><li><a href="/contact/">اتصل بنا</a></li><li><a href="/privacy/">سياسة الخصوصية</a></li><li><a href="/advertise/">أعلن معنا</a></li></ul></div>
</div></div></div></div></footer>
<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="tie-icon-angle-up"></span><span class="screen-reader-text">زر الذهاب إلى الأعلى</span></a>
</div></div></div>
<script type="text/javascript" id="tie-scripts-js-extra">var tie = {{"is_rtl":"1","ajaxurl":"\\/wp-admin\\/admin-ajax.php","lightbox_all":"true"}};</script>
</body>
</html>"""


# =====================================================================================
# b7_2: Emirati daily, English-style front end

AE_NAV = ["الإمارات", "الخليج", "العالم العربي", "العالم", "أعمال", "رياضة", "ثقافة", "رأي", "نمط حياة"]
AE_SECTIONS = ["الإمارات", "الخليج", "العالم العربي", "أعمال", "رياضة"]
AE_CREDITS = ["وام", "رويترز", "أ ف ب", "غيتي إيمجز", "أرشيفية", "إي بي إيه"]


def ae_date(d):
    """English-style, month first: «أغسطس 09، 2015»."""
    return f"{L.MONTHS[d.month - 1]} {d.day:02d}، {d.year}"


def b7_2(page):
    a = page.article
    site = page.site
    d = a.published
    gst = d + dt.timedelta(hours=1)          # the site prints UAE time (UTC+4)
    utc = d - dt.timedelta(hours=3)
    upd = gst + dt.timedelta(minutes=num(a.key, "upd", 20, 400))
    paras = L.paragraphs(a.text)
    rnd = random.Random(a.key + "b72")
    si = num(a.key, "sec", 0, len(AE_SECTIONS) - 1)
    sec = AE_SECTIONS[si]
    wid = num(a.author or "-", "wid", 100, 9999)
    slug = hx(a.key, 6)
    head_extra = "\n".join([
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta property="og:title" content="{esc(a.title)}">',
        f'<meta property="og:url" content="{esc(page.canonical)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:image" content="https://images.example-ae.net/{slug}.jpg?imwidth=1200">',
        f'<meta property="og:description" content="{esc(L.first_sentence(a.text))}">',
        f'<meta property="article:published_time" content="{iso(gst, "+04:00")}">',
        f'<meta property="article:modified_time" content="{iso(upd, "+04:00")}">',
        f'<meta property="article:section" content="{esc(sec)}">',
        f'<meta name="parsely-pub-date" content="{utc:%Y-%m-%dT%H:%M:%S}Z">',
        f'<meta name="parsely-section" content="{esc(sec)}">',
        '<meta name="twitter:card" content="summary_large_image">',
    ])
    nav = "".join(f'<li class="nav-primary__item"><a class="nav-primary__link" href="/{i}/">{esc(n)}</a></li>' for i, n in enumerate(AE_NAV))
    latest = "".join(f'<li class="latest-strip__item"><time class="latest-strip__time">{(o.published + dt.timedelta(hours=1)):%H:%M}</time>'
                     f'<a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("b72-latest", 5))
    rec = page.others("b72-rec", 3)
    out = []
    for i, p in enumerate(paras):
        out.append(f'<p class="article__paragraph">{esc(p)}</p>')
        if i == 0 and len(paras) > 3:
            out.append(f'<div class="ad ad--mpu" id="div-gpt-ad-mpu-1" data-ad-unit="/7829/ar/{si}/article/mpu1"><span class="ad__label">إعلان</span></div>')
        if i == 1 and len(paras) > 2 and rec:
            out.append('<aside class="article__recommended recommended"><h4 class="recommended__title">مقترحات</h4><ul class="recommended__list">'
                       + "".join(f'<li class="recommended__item"><a class="recommended__link" href="{esc(page.url_of(o))}">'
                                 f'<img class="recommended__img" src="https://images.example-ae.net/{hx(o.key, 6)}.jpg?imwidth=160" alt="">'
                                 f'<span class="recommended__headline">{esc(o.title)}</span></a></li>' for o in rec)
                       + "</ul></aside>")
        if i == 2 and len(paras) > 4 and len(paras[i + 1]) >= 80:
            q = quote_of(paras[i + 1])
            out.append(f'<blockquote class="article__pullquote pullquote"><p class="pullquote__text">{esc(q)}</p></blockquote>')
        if i == 4 and len(paras) > 6:
            out.append(f'<figure class="article__inline-image"><img src="https://images.example-ae.net/{slug}-2.jpg?imwidth=800" alt="" loading="lazy">'
                       f'<figcaption class="article__caption"><span class="article__caption-text">{esc(rnd.choice(CAPTIONS))}</span> '
                       f'<span class="article__caption-credit">{esc(rnd.choice(AE_CREDITS))}</span></figcaption></figure>')
    byline = ""
    if a.author:
        byline = (f'<div class="article__byline byline"><img class="byline__avatar" src="https://images.example-ae.net/authors/{wid}.png?imwidth=64" alt="" width="40" height="40">'
                  f'<div class="byline__body"><span class="byline__prefix">بقلم</span> '
                  f'<a class="byline__name" href="/authors/{wid}/">{esc(a.author)}</a></div></div>')
    dates = (f'<div class="article__dates"><p class="article__date article__date--published">نُشر: {ae_date(gst)}، {twelve(gst)}</p>'
             f'<p class="article__date article__date--updated">آخر تحديث: {ae_date(upd)}، {twelve(upd)} (بتوقيت الإمارات)</p></div>')
    mins = max(1, len(a.text.split()) // 200)
    tools = (f'<div class="article__tools"><button class="listen-btn" data-audio="/audio/{slug}.mp3"><span class="listen-btn__icon"></span>'
             f'<span class="listen-btn__label">استمع إلى المقال</span><span class="listen-btn__dur">{mins}:{num(a.key, "sec2", 10, 59)}</span></button>'
             '<button class="tool-btn tool-btn--save">حفظ</button><button class="tool-btn tool-btn--share">مشاركة</button>'
             '<button class="tool-btn tool-btn--font">حجم الخط</button></div>')
    topics = "".join(f'<li class="topics__item"><a href="/topics/{esc(t)}/">{esc(t)}</a></li>' for t in L.tags_for(a)[:4])
    cards = []
    for o in page.others("b72-more", 4):
        ob = f'<span class="card__byline">{esc(o.author)}</span>' if o.author else ""
        cards.append(f'<div class="card card--horizontal"><a class="card__media" href="{esc(page.url_of(o))}"><img src="https://images.example-ae.net/{hx(o.key, 6)}.jpg?imwidth=320" alt=""></a>'
                     f'<div class="card__body"><a class="card__headline" href="{esc(page.url_of(o))}">{esc(o.title)}</a>{ob}'
                     f'<time class="card__date">{ae_date(o.published + dt.timedelta(hours=1))}</time></div></div>')
    popular = "".join(f'<li class="most-popular__item"><span class="most-popular__rank">{k + 1}</span><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                      for k, o in enumerate(page.others("b72-pop", 5)))
    hero_cap = rnd.choice(CAPTIONS)
    hero_credit = rnd.choice(AE_CREDITS)
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<title>{esc(a.title)} | {esc(site.name)}</title>
<link rel="canonical" href="{esc(page.canonical)}">
{head_extra}
<link rel="preload" as="font" href="/fonts/NotoNaskhArabic-Regular.woff2" crossorigin>
<link rel="stylesheet" href="/assets/main.{hx(site.id, 8)}.css">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"article","section":{script_json(sec)},"articleId":"{slug}"}});</script>
</head>
<body class="page page--article">
<a class="skip-link" href="#main">تخطى إلى المحتوى</a>
<div class="top-bar"><div class="top-bar__inner"><span class="top-bar__weather">أبوظبي {num(a.key, 'w', 38, 46)}°</span>
<a class="top-bar__link" href="/epaper/">النسخة الرقمية</a><a class="top-bar__link" href="https://example-ae.com/en">English</a>
<a class="top-bar__btn top-bar__btn--subscribe" href="/subscribe/">اشترك</a><a class="top-bar__btn" href="/login/">تسجيل الدخول</a></div></div>
<header class="masthead"><button class="masthead__menu" aria-label="القائمة">القائمة</button>
<a class="masthead__logo" href="/"><img src="/assets/logo.svg" alt="{esc(site.name)}" width="220" height="48"></a>
<button class="masthead__search" aria-label="بحث">بحث</button></header>
<nav class="nav-primary" aria-label="الأقسام"><ul class="nav-primary__list">{nav}</ul></nav>
<div class="latest-strip"><span class="latest-strip__label">الأحدث</span><ul class="latest-strip__list">{latest}</ul></div>
<main id="main" class="layout layout--article">
<div class="layout__main">
<article class="article">
<header class="article__header">
<div class="article__eyebrow"><a href="/{si}/">{esc(sec)}</a></div>
<h1 class="article__headline">{esc(a.title)}</h1>
<figure class="article__hero"><picture><source media="(min-width: 768px)" srcset="https://images.example-ae.net/{slug}.jpg?imwidth=1200"><img src="https://images.example-ae.net/{slug}.jpg?imwidth=640" alt="{esc(hero_cap)}" width="640" height="360"></picture>
<figcaption class="article__caption"><span class="article__caption-text">{esc(hero_cap)}</span> <span class="article__caption-credit">{esc(hero_credit)}</span></figcaption></figure>
{byline}
{dates}
{tools}
</header>
<div class="article__body">
{chr(10).join(out)}
</div>
<div class="newsletter-signup"><h4 class="newsletter-signup__title">النشرة الإخبارية الصباحية</h4>
<p class="newsletter-signup__text">سجّل الآن لتصلك أهم الأخبار في بريدك الإلكتروني كل صباح</p>
<form class="newsletter-signup__form"><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></form>
<p class="newsletter-signup__legal">بالتسجيل، فإنك توافق على سياسة الخصوصية</p></div>
<p class="article__updated">تم التحديث: {ae_date(upd)}، {twelve(upd)}</p>
<div class="topics"><h5 class="topics__title">مواضيع</h5><ul class="topics__list">{topics}</ul></div>
<div class="share-row"><a class="share-row__btn share-row__btn--whatsapp" href="whatsapp://send">واتساب</a><a class="share-row__btn" href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a>
<a class="share-row__btn" href="https://twitter.com/intent/tweet">إكس</a><a class="share-row__btn" href="https://www.linkedin.com/shareArticle">لينكد إن</a><button class="share-row__btn share-row__btn--copy">نسخ الرابط</button></div>
</article>
<section class="more-from"><h3 class="more-from__title">المزيد من {esc(sec)}</h3>{''.join(cards)}</section>
</div>
<aside class="layout__rail"><div class="ad ad--rail" id="div-gpt-ad-rail"><span class="ad__label">إعلان</span></div>
<section class="most-popular"><h3 class="most-popular__title">الأكثر قراءة</h3><ol class="most-popular__list">{popular}</ol></section></aside>
</main>
<footer class="site-footer"><div class="site-footer__top"><a class="site-footer__logo" href="/"><img src="/assets/logo-white.svg" alt="{esc(site.name)}"></a>
<ul class="site-footer__social"><li><a href="https://www.instagram.com/">انستغرام</a></li><li><a href="https://twitter.com/">إكس</a></li><li><a href="https://www.youtube.com/">يوتيوب</a></li></ul></div>
<ul class="site-footer__links"><li><a href="/about/">من نحن</a></li><li><a href="/contact/">اتصل بنا</a></li><li><a href="/terms/">الشروط والأحكام</a></li><li><a href="/privacy/">سياسة الخصوصية</a></li><li><a href="/advertise/">أعلن معنا</a></li></ul>
<p class="site-footer__copy">&copy; 2015 {esc(site.name)}. جميع الحقوق محفوظة.</p></footer>
</body>
</html>"""


# =====================================================================================
# b7_3: Kuwaiti daily, ASP.NET web edition with a print-replica feel

KW_NAV = ["الرئيسية", "محليات", "برلمان", "اقتصاد", "خليجي", "عربي وعالمي", "رياضة", "الفنون", "مقالات", "الأولى"]
KW_PAGES = [("محليات", 6), ("محليات", 8), ("برلمان", 4), ("اقتصاد", 22), ("عربي وعالمي", 30), ("الأولى", 1)]
KW_OVER = ["ملف اليوم", "قضايا", "متابعات", "شؤون عامة", "من الميدان"]


def kw_viewstate(key):
    raw = hashlib.sha256(key.encode()).digest() * 6
    return "/wEPDwUK" + base64.b64encode(raw).decode()[:180]


def b7_3(page):
    a = page.article
    site = page.site
    d = a.published
    paras = L.paragraphs(a.text)
    rnd = random.Random(a.key + "b73")
    issue = 14200 + (d - dt.datetime(2015, 1, 1)).days
    sec, pno = KW_PAGES[num(a.key, "pg", 0, len(KW_PAGES) - 1)]
    over = KW_OVER[num(a.key, "ov", 0, len(KW_OVER) - 1)]
    aid = 580000 + a.n
    cp = "ctl00_ContentPlaceHolder1"
    gdate = digits(f"{WEEKDAYS[d.weekday()]} {d.day} {L.MONTHS[d.month - 1]} {d.year}", page)
    hdate = digits(L.hijri_date(d), page)
    nav = "".join(f'<td class="MenuItem"><a href="/Sections.aspx?sid={i}">{esc(n)}</a></td><td class="MenuSep">|</td>'
                  for i, n in enumerate(KW_NAV))
    latest = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a> <span class="LatestTime">{digits(o.published.strftime("%H:%M"), page)}</span></li>'
                     for o in page.others("b73-latest", 6))
    writer = ""
    if a.author:
        cam = ""
        if num(a.key, "cam", 0, 1):
            cam = (f'<tr><td class="WriterLabel">تصوير:</td><td class="PhotographerName">'
                   f'<span id="{cp}_lblPhotographer">{esc(rnd.choice(PHOTOGRAPHERS))}</span></td></tr>')
        writer = (f'<table class="WriterBox" cellpadding="2" cellspacing="0" border="0">'
                  f'<tr><td class="WriterIcon"><img src="/images/pen.gif" width="14" height="14" alt=""></td>'
                  f'<td class="WriterName"><span id="{cp}_lblWriter">{esc(a.author)}</span></td></tr>{cam}</table>')
    same_issue = page.others("b73-issue", 3)
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == 1 and len(paras) > 3:
            out.append(f'<div class="InTextAd"><a href="/AdClick.aspx?aid={num(a.key, "ad", 100, 999)}" target="_blank">'
                       f'<img src="/Banners/300x250_{num(a.key, "ad", 100, 999)}.jpg" width="300" height="250" alt="إعلان" border="0"></a></div>')
        if i == 3 and len(paras) > 5 and same_issue:
            out.append('<div class="ReadInIssue"><div class="ReadInIssueTitle">اقرأ في العدد</div><ul>'
                       + "".join(f"<li>{L.link(page, o)}</li>" for o in same_issue) + "</ul></div>")
    caption = rnd.choice(CAPTIONS)
    views = num(a.key, "v", 150, 30000)
    related = "".join(f'<tr><td class="RelBullet">&#9668;</td><td><a href="{esc(page.url_of(o))}">{esc(o.title)}</a> '
                      f'<span class="RelDate">{digits(o.published.strftime("%d/%m/%Y"), page)}</span></td></tr>'
                      for o in page.others("b73-rel", 5))
    popular = "".join(f'<li><span class="Num">{digits(str(k + 1), page)}</span> {L.link(page, o)}</li>'
                      for k, o in enumerate(page.others("b73-pop", 6)))
    k = num(a.key, "nc", 0, 3)
    t = d
    crows = []
    crnd = random.Random(a.key + "b73c")
    for j in range(k):
        t = t + dt.timedelta(minutes=crnd.randint(15, 240))
        crows.append(f'<div class="CommentItem"><div class="CommentHead"><span class="CommentNo">{digits(str(j + 1), page)}</span> '
                     f'<span class="CommentName">{esc(crnd.choice(["بوخالد", "كويتي", "متابع", "أم فهد", "ناصر"]))}</span> '
                     f'<span class="CommentDate">{digits(t.strftime("%d/%m/%Y %H:%M"), page)}</span></div>'
                     f'<div class="CommentText">{esc(crnd.choice(L.COMMENTS + MORE_COMMENTS))}</div></div>')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset={site.encoding}" />
<title>{esc(site.name)} - {esc(a.title)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}" />
<meta name="keywords" content="{esc(','.join(L.tags_for(a)))}" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:image" content="{site.base}/ArticleImages/{d:%Y/%m/%d}/{aid}.jpg" />
<link rel="canonical" href="{esc(page.canonical)}" />
<link href="/App_Themes/Default/Style.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="/Scripts/jquery-1.4.2.min.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="./ArticleDetails.aspx?id={aid}" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{kw_viewstate(a.key)}" /></div>
<div id="IssueBar"><span class="IssueNo">العدد: {digits(str(issue), page)}</span> <span class="IssueSep">|</span>
<span class="IssueDate">{gdate} - {hdate}</span> <span class="IssueSep">|</span>
<a href="/PDF/{d:%Y%m%d}/Issue.pdf" class="PdfLink">تصفح العدد PDF</a> <a href="/Archive.aspx">الأعداد السابقة</a></div>
<div id="Header"><a href="/Default.aspx"><img src="/images/logo.gif" alt="{esc(site.name)}" border="0" /></a>
<div id="HeaderBanner"><img src="/Banners/728x90_top.gif" width="728" height="90" alt="" /></div></div>
<table id="MainMenu" cellpadding="0" cellspacing="0" width="100%"><tr>{nav}</tr></table>
<div id="Container">
<div id="RightColumn">
<div id="{cp}_pnlArticle" class="ArticleDetails">
<div class="PageInfo"><span id="{cp}_lblPage">{esc(sec)} - صفحة {digits(str(pno), page)}</span></div>
<div class="UpperTitle"><span id="{cp}_lblUpperTitle">{esc(over)}</span></div>
<h1 class="ArticleTitle"><span id="{cp}_lblTitle">{esc(a.title)}</span></h1>
{writer}
<div class="ArticleDate"><span id="{cp}_lblDate">{gdate} - {hdate}</span> <span class="ArticleTime" id="{cp}_lblTime">{digits(twelve(d), page)}</span></div>
<div class="ArticleTools"><a href="javascript:ChangeFont(1)" class="FontPlus">تكبير الخط</a> <a href="javascript:ChangeFont(-1)" class="FontMinus">تصغير الخط</a>
<a href="/Print.aspx?id={aid}" target="_blank">طباعة</a> <a href="/SendToFriend.aspx?id={aid}">أرسل لصديق</a> <a href="/Favorites.aspx?add={aid}">حفظ</a></div>
<div class="ArticleImage"><img id="{cp}_imgArticle" src="/ArticleImages/{d:%Y/%m/%d}/{aid}.jpg" alt="" border="0" />
<div class="ImageCaption"><span id="{cp}_lblCaption">&bull; {esc(caption)}</span></div></div>
<div id="{cp}_divText" class="ArticleText">
{chr(10).join(out)}
</div>
<div class="PrintedPage"><a href="/PDF/{d:%Y%m%d}/Page{pno}.pdf"><img src="/PDF/{d:%Y%m%d}/Thumbs/Page{pno}.jpg" width="90" height="120" alt="" border="0" /></a>
<span>شاهد الخبر كما نُشر في الصفحة {digits(str(pno), page)} من العدد الورقي</span></div>
<div class="ArticleViews">عدد المشاهدات: <span id="{cp}_lblViews">{digits(str(views), page)}</span></div>
<div class="ShareBox"><span>شارك:</span> <a href="https://twitter.com/share" class="ShareTwitter">تويتر</a> <a href="https://www.facebook.com/sharer.php" class="ShareFacebook">فيسبوك</a>
<a href="whatsapp://send" class="ShareWhatsApp">واتساب</a> <a href="https://plus.google.com/share" class="ShareGoogle">جوجل+</a></div>
</div>
<div class="RelatedNews"><div class="BoxTitle">أخبار ذات صلة</div><table cellpadding="3" cellspacing="0" width="100%">{related}</table></div>
<div class="Comments"><div class="BoxTitle">التعليقات ({digits(str(k), page)})</div>
{''.join(crows) if crows else '<div class="NoComments">لا توجد تعليقات</div>'}
<div class="CommentRules">شروط التعليق: يرجى الالتزام بأدب الحوار وعدم الإساءة للأشخاص أو المؤسسات، والتعليقات تخضع للمراجعة قبل النشر.</div>
<table class="CommentForm"><tr><td>الاسم:</td><td><input name="ctl00$ContentPlaceHolder1$txtName" type="text" /></td></tr>
<tr><td>البريد الإلكتروني:</td><td><input name="ctl00$ContentPlaceHolder1$txtEmail" type="text" /></td></tr>
<tr><td>التعليق:</td><td><textarea name="ctl00$ContentPlaceHolder1$txtComment" rows="5" cols="40"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$btnSend" value="إرسال" /></td></tr></table></div>
</div>
<div id="LeftColumn">
<div class="SideBox"><div class="BoxTitle">آخر الأخبار</div><ul class="LatestList">{latest}</ul></div>
<div class="SideBox"><div class="BoxTitle">الأكثر قراءة</div><ul class="MostRead">{popular}</ul></div>
<div class="SideBox"><div class="BoxTitle">مواقيت الصلاة - الكويت</div><table class="Prayer"><tr><td>الفجر</td><td>{digits("03:49", page)}</td></tr><tr><td>الظهر</td><td>{digits("11:53", page)}</td></tr>
<tr><td>العصر</td><td>{digits("03:27", page)}</td></tr><tr><td>المغرب</td><td>{digits("06:36", page)}</td></tr><tr><td>العشاء</td><td>{digits("07:58", page)}</td></tr></table></div>
<div class="SideBanner"><img src="/Banners/160x600.gif" width="160" height="600" alt="" /></div>
</div>
</div>
<div id="Footer"><div class="FooterLinks"><a href="/AboutUs.aspx">من نحن</a> | <a href="/ContactUs.aspx">اتصل بنا</a> | <a href="/Subscriptions.aspx">الاشتراكات</a> | <a href="/Advertising.aspx">الإعلانات</a></div>
<div class="Copyright">جميع الحقوق محفوظة &copy; {esc(site.name)} 2015 - الكويت</div></div>
<div><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBAL{hx(a.key + 'ev', 24)}" /></div>
</form>
</body>
</html>"""


# =====================================================================================
# b7_4: opinion / columns page of a daily

OP_NAV = ["الرئيسية", "محليات", "اقتصاد", "دولي", "رياضة", "ثقافة", "كتاب وآراء", "الكاريكاتير", "الأرشيف"]


def b7_4(page):
    a = page.article
    site = page.site
    d = a.published
    paras = L.paragraphs(a.text)
    wid = num(a.author or "-", "col", 10, 900)
    active = ' class="active"'
    nav = "".join(f'<li{active if n == "كتاب وآراء" else ""}><a href="/{i}">{esc(n)}</a></li>' for i, n in enumerate(OP_NAV))
    ticker = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("b74-tick", 5))
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == 1 and len(paras) > 3 and len(paras[i + 1]) >= 80:
            q = quote_of(paras[i + 1])
            out.append(f'<div class="quote-box"><span class="q-mark">“</span><p>{esc(q)}</p></div>')
        if i == 3 and len(paras) > 5:
            out.append(f'<div class="ad-inarticle"><small>إعلان</small><div id="div-gpt-ad-{num(a.key, "gpt", 1000, 9999)}-0" style="width:300px;height:250px"></div></div>')
    header = ""
    others = ""
    if a.author:
        header = (f'<div class="columnist-header">'
                  f'<div class="columnist-photo"><a href="/writers/{wid}"><img src="/uploads/writers/{wid}.jpg" alt="" width="110" height="110"></a></div>'
                  f'<div class="columnist-info"><h2 class="columnist-name"><a href="/writers/{wid}">{esc(a.author)}</a></h2>'
                  f'<ul class="columnist-links"><li><a href="/writers/{wid}">جميع المقالات</a></li>'
                  f'<li><a href="/rss/writer/{wid}">RSS</a></li><li><a href="mailto:w{wid}@example-daily.com">راسل الكاتب</a></li></ul></div></div>')
        others = ('<div class="writer-archive"><h3>مقالات أخرى للكاتب</h3><ul>'
                  + "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a> <span class="date">{L.arabic_date(o.published)}</span></li>'
                            for o in page.others("b74-writer", 5)) + "</ul>"
                  f'<a class="more" href="/writers/{wid}">المزيد</a></div>')
    rnd = random.Random(a.key + "b74")
    names = rnd.sample(COLUMNISTS, 5)
    today = "".join(f'<li><img src="/uploads/writers/{num(n, "c", 10, 900)}.jpg" alt="" width="48" height="48">'
                    f'<div><span class="w-name"><a href="/writers/{num(n, "c", 10, 900)}">{esc(n)}</a></span>'
                    f'<a class="w-title" href="{esc(page.url_of(o))}">{esc(o.title)}</a></div></li>'
                    for n, o in zip(names, page.others("b74-today", 5)))
    ncom = num(a.key, "nc", 0, 2)
    coms = "".join(f'<div class="c-item"><div class="c-head"><strong>{esc(rnd.choice(["قارئ", "أبو نايف", "محايد", "سلمان"]))}</strong>'
                   f' <span>{L.arabic_date(d)}</span></div><p>{esc(rnd.choice(MORE_COMMENTS))}</p></div>' for _ in range(ncom))
    return f"""{L.head(page, L.og(page))}
<body class="opinion single-column">
<div class="topbar"><span class="today">{WEEKDAYS[d.weekday()]} {L.arabic_date(d)}</span><a href="/epaper">العدد الورقي</a> <a href="/subscribe">اشتراك</a></div>
<header class="site-header"><a class="logo" href="/"><img src="/img/logo.png" alt="{esc(site.name)}"></a><nav class="menu"><ul>{nav}</ul></nav></header>
<div class="news-ticker"><span class="label">آخر الأخبار</span><ul>{ticker}</ul></div>
<div class="container">
<div class="col-content">
<div class="section-band"><h2><a href="/6">كتاب وآراء</a></h2></div>
{header}
<div class="column">
<h1 class="column-title">{esc(a.title)}</h1>
<div class="column-date"><time datetime="{iso(d)}">{WEEKDAYS[d.weekday()]} {L.hijri_date(d)} - {L.arabic_date(d)}م</time></div>
<div class="font-tools"><a href="#" class="inc">أ+</a> <a href="#" class="dec">أ-</a> <a href="#print">طباعة</a></div>
<div class="column-body">
{chr(10).join(out)}
</div>
<p class="disclaimer">الآراء الواردة في المقالات تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الصحيفة</p>
<div class="col-share"><span>شارك المقال</span><a class="s-tw" href="https://twitter.com/intent/tweet">تويتر</a><a class="s-fb" href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a><a class="s-wa" href="whatsapp://send">واتساب</a><a class="s-mail" href="mailto:?subject=column">بريد</a><span class="s-count">{num(a.key, "shares", 3, 900)} مشاركة</span></div>
</div>
{others}
<div class="comments-box"><h3>تعليقات القراء ({ncom})</h3>{coms}
<form class="c-form"><input placeholder="الاسم"><textarea placeholder="تعليقك"></textarea><button>أرسل</button></form></div>
</div>
<aside class="col-side">
<div class="today-writers"><h3>كتاب اليوم</h3><ul>{today}</ul></div>
<div class="popular-tabs"><ul class="tabs"><li class="on">الأكثر قراءة</li><li>الأكثر مشاركة</li></ul><ol>{"".join(f"<li>{L.link(page, o)}</li>" for o in page.others("b74-pop", 5))}</ol></div>
<div class="cartoon"><h3>كاريكاتير اليوم</h3><img src="/cartoons/{d:%Y%m%d}.jpg" alt=""></div>
</aside>
</div>
<footer class="site-footer"><div class="f-cols"><div><h4>الأقسام</h4><ul>{"".join(f'<li><a href="/{i}">{esc(n)}</a></li>' for i, n in enumerate(OP_NAV[1:6], 1))}</ul></div>
<div><h4>عن الصحيفة</h4><ul><li><a href="/about">من نحن</a></li><li><a href="/editorial">هيئة التحرير</a></li><li><a href="/writers">الكتّاب</a></li><li><a href="/contact">اتصل بنا</a></li></ul></div></div>
<p class="copy">جميع الحقوق محفوظة &copy; {esc(site.name)} 2015</p></footer>
</body></html>"""


# =====================================================================================
# b7_5: mobile-first (m.) site of an Algerian daily

DZ_NAV = ["الوطني", "الجزائر العميقة", "الدولي", "اقتصاد", "رياضة", "ثقافة", "مجتمع", "صحة", "آراء"]


def dz_date(d, page):
    return digits(f"{d.day:02d} {DZ_MONTHS[d.month - 1]} {d.year}", page)


def b7_5(page):
    a = page.article
    site = page.site
    d = a.published
    alg = d - dt.timedelta(hours=2)          # the site prints Algiers time (UTC+1)
    paras = L.paragraphs(a.text)
    rnd = random.Random(a.key + "b75")
    cat = DZ_NAV[num(a.key, "cat", 0, 7)]
    views = num(a.key, "v", 50, 40000)
    ra = page.others("b75-ra", 1)
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == 0 and len(paras) > 2 and ra:
            out.append(f'<p class="ra"><strong>اقرأ أيضا: </strong><a href="{esc(page.url_of(ra[0]))}">{esc(ra[0].title)}</a></p>')
        if i == 2 and len(paras) > 4:
            out.append(f'<div class="vd"><iframe width="100%" height="200" src="https://www.youtube.com/embed/{hx(a.key + "yt", 11)}" '
                       'frameborder="0" allow="accelerometer; autoplay; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></div>')
        if i == 3 and len(paras) > 5:
            fbp = f"https://www.facebook.com/news.page{num(site.id, 'fb', 10, 99)}/posts/{num(a.key, 'fbp', 10**9, 10**10 - 1)}"
            out.append(f'<div class="fb-post" data-href="{fbp}" data-width="auto"><blockquote cite="{fbp}" class="fb-xfbml-parse-ignore">'
                       f'<p>{esc(a.title)}</p>تم النشر بواسطة <a href="https://www.facebook.com/news.page{num(site.id, "fb", 10, 99)}">{esc(site.name)}</a> '
                       f'في <a href="{fbp}">{WEEKDAYS[alg.weekday()]}، {dz_date(alg, page)}</a></blockquote></div>')
        if i == 4 and len(paras) > 6:
            out.append(f'<div class="ad"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-{num(site.id, "pub", 10**15, 10**16 - 1)}" '
                       'data-ad-slot="2291" data-ad-format="auto" data-full-width-responsive="true"></ins></div>')
    aw = ""
    if a.author:
        aw = (f'<div class="aw"><svg class="i" width="14" height="14" viewBox="0 0 24 24"><path d="M3 17.25V21h3.75L17.81 9.94l-3.75-3.75L3 17.25z"/></svg>'
              f'<span>{esc(a.author)}</span></div>')
    nav = "".join(f'<a href="/c/{i}">{esc(n)}</a>' for i, n in enumerate(DZ_NAV))
    brk = page.others("b75-brk", 1)
    brk_html = f'<div class="brk"><b>عاجل</b> <a href="{esc(page.url_of(brk[0]))}">{esc(brk[0].title)}</a></div>' if brk else ""
    rel = []
    rel_arts = page.others("b75-rel", 5)
    view = max([a.published] + [o.published for o in rel_arts]) + dt.timedelta(minutes=num(a.key, "view", 20, 600))
    for o in rel_arts:
        mins = int((view - o.published).total_seconds() // 60)
        rel.append(f'<a class="it" href="{esc(page.url_of(o))}"><img src="/m/th/{hx(o.key, 8)}.jpg" alt="" loading="lazy">'
                   f'<span>{esc(o.title)}</span><small>{digits(ago(mins), page)}</small></a>')
    tags = "".join(f'<a href="/tag/{esc(t)}">#{esc(t)}</a>' for t in L.tags_for(a)[:4])
    k = num(a.key, "nc", 0, 3)
    coms = "".join(f'<li><b>{esc(rnd.choice(["ابن الجزائر", "مواطن غيور", "سمير", "أمين من وهران", "قارئة"]))}</b>'
                   f'<small>{digits(ago(num(a.key, "c" + str(j), 5, 900)), page)}</small><p>{esc(rnd.choice(MORE_COMMENTS + L.COMMENTS))}</p></li>' for j in range(k))
    return f"""<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=5">
<title>{esc(a.title)}</title>
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:image" content="{site.base}/m/img/{hx(a.key, 8)}.jpg">
<meta property="article:published_time" content="{iso(alg, "+01:00")}">
<meta name="theme-color" content="#b40000">
<link rel="manifest" href="/manifest.json">
<style>body{{margin:0;font:16px/1.7 Tahoma,sans-serif}}.h{{display:flex;background:#b40000;color:#fff}}.tx p{{margin:0 0 1em}}.it{{display:flex}}</style>
</head>
<body>
<div class="h"><a class="mn" href="#nv">القائمة</a><a class="lg" href="/"><img src="/m/logo.svg" alt="{esc(site.name)}" height="30"></a><a class="sr" href="/search">بحث</a></div>
<div id="nv" class="nv">{nav}</div>
{brk_html}
<div class="a">
<a class="ct" href="/c/{DZ_NAV.index(cat)}">{esc(cat)}</a>
<h1>{esc(a.title)}</h1>
<div class="mt"><span class="dt">{dz_date(alg, page)}</span> <span class="tm">{digits(f"{alg:%H:%M}", page)}</span> <span class="vw">{digits(str(views), page)} قراءة</span></div>
<img class="im" src="/m/img/{hx(a.key, 8)}.jpg" alt="" width="100%">
<div class="cp">{esc(rnd.choice(CAPTIONS))}</div>
<div class="tx">
{chr(10).join(out)}
</div>
{aw}
<div class="tg">{tags}</div>
<div class="sh"><a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a><a href="https://twitter.com/intent/tweet">تويتر</a><a href="whatsapp://send">واتساب</a><a href="fb-messenger://share">ماسنجر</a><a href="tg://msg_url">تلغرام</a></div>
<p class="app">حمّل تطبيق {esc(site.short)} على هاتفك لمتابعة آخر الأخبار</p>
</div>
<div class="rl"><h3>أخبار ذات صلة</h3>{''.join(rel)}</div>
<div class="cm"><h3>التعليقات ({digits(str(k), page)})</h3><ul>{coms}</ul><a class="add" href="/comment/{a.n}">أضف تعليقك</a></div>
<div class="ft"><a href="/?desktop=1">النسخة الكاملة</a> | <a href="/about">من نحن</a> | <a href="/contact">اتصل بنا</a><p>&copy; 2015 {esc(site.name)}</p></div>
</body>
</html>"""


LAYOUTS = {"b7_1": b7_1, "b7_2": b7_2, "b7_3": b7_3, "b7_4": b7_4, "b7_5": b7_5}
