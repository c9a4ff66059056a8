"""Blind test layouts (set 4) for newsfarm (--extra-layouts): five article
templates modelled on kinds of real Arabic news sites, written without reading
the extractor. Each prints the whole page a reader gets: header and menu, a
breaking strip, the article, the boxes sites put inside the text, and the
lists, comments and footer after it.

  b4_1  pan-Arab TV channel site (microdata byline, Hijri + KSA/GMT clock)
  b4_2  Egyptian daily portal (label «كتب:»/«المصدر:», Eastern digits, 12-hour)
  b4_3  Gulf print newspaper web edition (<address rel=author>, dd/mm/yyyy, issue no.)
  b4_4  WordPress AMP page (amp-wp-byline vcard, relative «منذ» time, JSON-LD)
  b4_5  Maghreb portal (hero overlay byline after the site name, Moroccan months,
        local Moroccan time, long numbered comment thread)

Pages whose article has no author print no byline. The author string is
printed as the corpus gives it (it often carries a city or an agency).

  python3 newsfarm.py pages --days '' --n 300 --extra-layouts blind4_layouts.py \
      --layouts b4_1,b4_2,b4_3,b4_4,b4_5 --out DIR
"""

import datetime as dt
import hashlib
import json
import random

import layouts as L

esc = L.esc

WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MA_WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MA_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز",
             "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
PHOTOGRAPHERS = ["عادل الحربي", "يوسف الشهري", "محمد الحربش", "طلال السلمي", "رائد المالكي",
                 "وليد العتيبي", "حسن المحمد"]
AGENCY_WORDS = ["واس", "رويترز", "وكالات", "أ ف ب", "د ب أ", "الأناضول", "متابعات", "متابعة", "«", '"']


def num(key, salt, lo, hi):
    """A stable per-article number (view counts, ids, share counts)."""
    return lo + int(hashlib.md5((key + salt).encode()).hexdigest()[:8], 16) % (hi - lo + 1)


def digits(s, page):
    """Eastern Arabic digits on sites served in UTF-8; a windows-1256 site has none."""
    return s.translate(L.EASTERN) if page.site.encoding == "utf-8" else s


def twelve(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'ص' if d.hour < 12 else 'م'}"


def paras_of(a):
    return L.paragraphs(a.text)


# =====================================================================================
# b4_1: pan-Arab TV channel


def b4_1(page):
    """A pan-Arab satellite channel's site: schema.org microdata on the article,
    the credit as an itemprop=author Person with no label right under the
    headline, the date as «weekday Hijri - Gregorian م KSA hh:mm - GMT hh:mm»,
    a video player under it, «إقرأ المزيد» link lines and a related-video card
    inside the text, an app line closing the text; topics, share counts,
    most-watched videos and latest news after it. No JSON-LD; the OpenGraph
    time is in UTC."""
    a = page.article
    d = a.published
    g = d - dt.timedelta(hours=3)
    paras = paras_of(a)
    sec_names = ["الخليج", "العالم العربي", "العالم", "اقتصاد", "رياضة"]
    sec = sec_names[num(a.key, "sec", 0, 4)]
    head_extra = "\n".join([
        f'<meta property="og:title" content="{esc(a.title)}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{esc(page.canonical)}">',
        f'<meta property="og:image" content="https://vid.alarabiya.example/images/{a.key}.jpg">',
        f'<meta property="article:published_time" content="{g:%Y-%m-%dT%H:%M:%S}Z">',
        f'<meta property="article:section" content="{esc(sec)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:site" content="@tvnews{num(a.key, "tw", 10, 99)}">',
    ])
    ticker = "".join(
        f'<li><time>GMT {(o.published - dt.timedelta(hours=3)):%H:%M}</time> {L.link(page, o)}</li>'
        for o in page.others("b41-ticker", 5))
    more = page.others("b41-more", 2)
    vid = page.others("b41-video", 1)
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == 1 and more and len(paras) > 2:
            o = more.pop(0)
            out.append(f'<p><strong>إقرأ المزيد: <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></strong></p>')
        if i == 3 and vid and len(paras) > 4:
            o = vid[0]
            out.append(f'<div class="inline-video"><a href="/videos{esc(page.url_of(o))}">'
                       f'<img src="/images/v/{o.key}.jpg" alt=""><span class="play">▶</span>'
                       f'<span class="v-title">شاهد: {esc(o.title)}</span><span class="v-dur">02:{num(o.key, "d", 10, 59)}</span></a></div>')
        if i == 4 and more and len(paras) > 6:
            o = more.pop(0)
            out.append(f'<p><strong>إقرأ المزيد: <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></strong></p>')
    out.append('<p class="app-line"><em>تابعوا آخر الأخبار على تطبيق القناة للهواتف الذكية: '
               '<a href="https://apps.apple.com/app/id-news">آيفون</a> - '
               '<a href="https://play.google.com/store/apps/details?id=news">أندرويد</a></em></p>')
    source = ""
    if a.author:
        source = (f'<div class="article-source"><span itemprop="author" itemscope itemtype="http://schema.org/Person">'
                  f'<span itemprop="name">{esc(a.author)}</span></span></div>')
    date = (f'<div class="article-date"><span>{WEEKDAYS[d.weekday()]} {L.hijri_date(d)} - {d.day} '
            f'{L.MONTHS[d.month - 1]} {d.year}م</span> <span class="ksa">KSA {d:%H:%M}</span> - '
            f'<span class="gmt">GMT {g:%H:%M}</span>'
            f'<meta itemprop="datePublished" content="{g:%Y-%m-%dT%H:%M:%S}Z"></div>')
    topics = "".join(f'<li><a href="/topics/{esc(t)}">{esc(t)}</a></li>' for t in L.tags_for(a)[:4])
    shares = (f'<div class="share-tools"><span class="total">{num(a.key, "sh", 20, 4000)} مشاركة</span>'
              '<a class="fb" href="https://www.facebook.com/sharer.php">فيسبوك</a>'
              '<a class="tw" href="https://twitter.com/share">تويتر</a>'
              '<a class="gp" href="https://plus.google.com/share">غوغل+</a>'
              '<a class="em" href="mailto:?subject=news">إرسال بالبريد</a></div>')
    watched = "".join(f'<li><a href="/videos{esc(page.url_of(o))}"><img src="/images/v/{o.key}.jpg" alt="">'
                      f'<span>{esc(o.title)}</span></a><em>0{num(o.key, "m", 1, 9)}:{num(o.key, "s", 10, 59)}</em></li>'
                      for o in page.others("b41-watched", 5))
    latest = "".join(f'<li>{L.link(page, o)}</li>' for o in page.others("b41-latest", 6))
    nav = "".join(f'<li><a href="/{i}">{esc(n)}</a></li>' for i, n in enumerate(
        ["الرئيسية", "الخليج", "العالم العربي", "العالم", "اقتصاد", "رياضة", "منوعات", "برامج"]))
    return f"""{L.head(page, head_extra)}
<body class="article-page">
<div id="wrapper">
<header class="site-header">
<div class="header-top"><a class="logo" href="/"><img src="/images/logo.svg" alt="{esc(page.site.name)}"></a>
<a class="live-btn" href="/live-stream">شاهد البث المباشر</a>
<div class="lang"><a href="/en">English</a> | <a href="/fa">فارسی</a></div></div>
<nav class="main-menu"><ul>{nav}</ul></nav>
</header>
<section class="breaking-news"><h2>عاجل</h2><ul>{ticker}</ul></section>
<div class="content-area">
<article class="main-article" itemscope itemtype="http://schema.org/NewsArticle">
<div class="article-head">
<a class="section-link" href="/section/{num(a.key, 'sec', 0, 4)}">{esc(sec)}</a>
<h1 class="headline" itemprop="headline">{esc(a.title)}</h1>
{source}
{date}
</div>
<div class="media-player" data-video-id="{num(a.key, 'vid', 100000, 999999)}">
<img src="/images/{a.key}.jpg" alt="" itemprop="image"><span class="play">▶</span>
<p class="caption">صورة تعبيرية</p></div>
<div id="body-text" class="article-body" itemprop="articleBody">
{chr(10).join(out)}
</div>
<div class="article-topics"><h4>مواضيع:</h4><ul>{topics}</ul></div>
{shares}
</article>
<aside class="sidebar">
<section class="most-watched"><h3>الأكثر مشاهدة</h3><ol>{watched}</ol></section>
<div class="ad-box" id="ad-mpu-1"><span>إعلان</span></div>
</aside>
<section class="latest-news"><h3>آخر الأخبار</h3><ul>{latest}</ul></section>
</div>
<footer class="site-footer">
<ul class="f-links"><li><a href="/about">من نحن</a></li><li><a href="/frequencies">الترددات</a></li><li><a href="/jobs">وظائف</a></li><li><a href="/privacy">سياسة الخصوصية</a></li></ul>
<div class="apps">حمّل التطبيق: <a href="https://apps.apple.com">App Store</a> <a href="https://play.google.com">Google Play</a></div>
<p>© 2015 {esc(page.site.name)}. جميع الحقوق محفوظة</p>
</footer>
</div>
</body></html>"""


# =====================================================================================
# b4_2: Egyptian daily portal


def b4_2_label(author):
    return "المصدر:" if any(w in author for w in AGENCY_WORDS) else "كتب:"


def b4_2(page):
    """An Egyptian daily's portal: a currency and weather strip with the day's
    date, a sliding «عاجل» bar, then section, headline, the publish and update
    lines in Eastern digits and 12-hour clock, the lead picture with its
    caption, and the credit under the picture («كتب:» for a person,
    «المصدر:» for agency copy, the name in <strong>). Inside the text an ad
    slot and an «اقرأ أيضا..» run of bare link paragraphs, a «follow us on
    Google News» line at its end; keywords, a Facebook comments box, most-read
    and related grids after it. Only og:title/url/image in the head."""
    a = page.article
    d = a.published
    upd = d + dt.timedelta(minutes=num(a.key, "upd", 12, 170))
    paras = paras_of(a)
    secs = ["أخبار مصر", "عرب وعالم", "اقتصاد وبورصة", "رياضة", "حوادث"]
    si = num(a.key, "sec", 0, 4)
    usd = f"{7 + num(a.key, 'usd', 80, 86) / 100:.2f}"
    eur = f"{8 + num(a.key, 'eur', 50, 70) / 100:.2f}"
    top = (f'<div class="topStrip"><span class="today">{digits(f"{WEEKDAYS[d.weekday()]}، {d.day} {L.MONTHS[d.month - 1]} {d.year}", page)}</span>'
           f'<ul class="prices"><li>الدولار <b>{usd}</b></li><li>اليورو <b>{eur}</b></li>'
           f'<li>الذهب عيار 21 <b>{num(a.key, "gold", 262, 275)}</b></li></ul>'
           f'<span class="weather">القاهرة {num(a.key, "w", 31, 38)}°</span></div>')
    nav = "".join(f'<li><a href="/Section/{i}">{esc(n)}</a></li>' for i, n in enumerate(
        ["الرئيسية", "أخبار مصر", "حوادث", "رياضة", "فن", "اقتصاد وبورصة", "عرب وعالم", "مقالات", "فيديو"]))
    slides = "".join(f'<div class="slide"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></div>'
                     for o in page.others("b42-urgent", 4))
    ra = page.others("b42-ra", 2)
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == 0 and len(paras) > 1:
            out.append('<div class="adsInArticle"><span>إعلان</span>'
                       f'<ins class="adsbygoogle" data-ad-client="ca-pub-{num(page.site.id, "pub", 1000000, 9999999)}" '
                       'data-ad-slot="4471526" data-ad-format="auto"></ins></div>')
        if i == 2 and len(paras) > 3 and ra:
            out.append("<p><strong>اقرأ أيضا..</strong></p>")
            out += [f'<p><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></p>' for o in ra]
    out.append('<p class="gnews"><a href="https://news.google.com/publications/x">تابع آخر الأخبار عبر خدمة جوجل نيوز</a></p>')
    by = ""
    if a.author:
        by = f'<div class="writeBy"><span>{b4_2_label(a.author)}</span> <strong>{esc(a.author)}</strong></div>'
    dates = (f'<div class="newsStoryDate"><span>نشر في: {digits(f"{WEEKDAYS[d.weekday()]} {d.day} {L.MONTHS[d.month - 1]} {d.year} - {twelve(d)}", page)}</span>'
             f' | <span>آخر تحديث: {digits(f"{WEEKDAYS[upd.weekday()]} {upd.day} {L.MONTHS[upd.month - 1]} {upd.year} - {twelve(upd)}", page)}</span></div>')
    kws = "".join(f'<a href="/Tags/{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a))
    popular = "".join(f'<li><span class="n">{k + 1}</span>{L.link(page, o)}</li>'
                      for k, o in enumerate(page.others("b42-pop", 5)))
    related = "".join(f'<div class="relCard"><img src="/Upload/{o.key}.jpg" alt=""><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></div>'
                      for o in page.others("b42-rel", 4))
    head_extra = "\n".join([
        f'<meta property="og:title" content="{esc(a.title)}">',
        f'<meta property="og:url" content="{esc(page.canonical)}">',
        f'<meta property="og:image" content="{esc(page.site.base)}/Upload/{a.key}.jpg">',
        '<meta property="fb:app_id" content="1400000000">',
    ])
    return f"""{L.head(page, head_extra)}
<body>
{top}
<div class="headerMain"><a class="logoLink" href="/"><img src="/images/logo.png" alt="{esc(page.site.name)}"></a>
<div class="headerAd"><span>إعلان</span></div></div>
<div class="mainNav"><ul>{nav}</ul><a class="searchBtn" href="/Search">بحث</a></div>
<div class="urgentBar"><span class="urgentLabel">عاجل</span><div class="urgentSlider">{slides}</div></div>
<div class="container">
<div class="rightCol">
<div class="newsStory">
<a class="secLink" href="/Section/{si + 1}">{esc(secs[si])}</a>
<h1>{esc(a.title)}</h1>
{dates}
<div class="mainImg"><img src="/Upload/{a.key}.jpg" alt="{esc(a.title)}"><p class="imgCaption">صورة أرشيفية</p></div>
{by}
<div id="articleBody" class="articleCont">
{chr(10).join(out)}
</div>
<div class="keyWords"><span>الكلمات المتعلقة:</span> {kws}</div>
<div class="shareNews"><a href="https://www.facebook.com/sharer/sharer.php">شارك <b>{num(a.key, "fb", 0, 900)}</b></a>
<a href="https://twitter.com/intent/tweet">غرد</a> <a href="whatsapp://send">واتساب</a> <a href="#print">طباعة</a></div>
<div class="fbComments"><h3>تعليقات فيسبوك</h3><div class="fb-comments" data-href="{esc(page.canonical)}" data-numposts="5"></div></div>
</div>
<div class="relatedNews"><h3>موضوعات متعلقة</h3>{related}</div>
</div>
<div class="leftCol">
<div class="mostRead"><h3>الأكثر قراءة</h3><ul>{popular}</ul></div>
<div class="sideAd"><span>إعلان</span></div>
</div>
</div>
<div class="footer"><div class="footLinks"><a href="/about">من نحن</a> - <a href="/contact">اتصل بنا</a> - <a href="/terms">شروط الاستخدام</a> - <a href="/rss">RSS</a></div>
<p>جميع الحقوق محفوظة © {esc(page.site.name)} 2015</p></div>
</body></html>"""


# =====================================================================================
# b4_3: Gulf print newspaper web edition


def b4_3(page):
    """A Gulf newspaper's web edition of its print issue: a strip with the
    next morning's issue date and number, a marquee of latest news, then the
    headline and one meta row with the credit as <address class="author">
    holding a rel=author link, the publish date as dd/mm/yyyy without a clock
    and a later «آخر تحديث» with one; a photo with a «(تصوير: ...)» credit; in
    the text an inline «ذات صلة» aside and a pull quote repeating a sentence;
    a note with the print date under the text; tags, share, the writer's other
    articles, most read, comment rules and form. The publish time is only in
    OpenGraph."""
    a = page.article
    d = a.published
    issue = d + dt.timedelta(days=1)
    upd = d + dt.timedelta(minutes=num(a.key, "u", 25, 300))
    paras = paras_of(a)
    rnd = random.Random(a.key + "b43")
    cam = rnd.choice(PHOTOGRAPHERS)
    issue_no = 15000 + (d - dt.datetime(2015, 1, 1)).days
    nav = "".join(f'<li><a href="/section/{i}">{esc(n)}</a></li>' for i, n in enumerate(
        ["الرئيسية", "محليات", "الخليج", "عربي ودولي", "اقتصاد", "رياضة", "ملحق الخليج الثقافي", "كاريكاتير"]))
    marquee = " | ".join(L.link(page, o) for o in page.others("b43-m", 6))
    rel = page.others("b43-rel", 2)
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == 0 and len(paras) > 2 and rel:
            out.append('<aside class="inline-related"><h5>ذات صلة</h5><ul>'
                       + "".join(f"<li>{L.link(page, o)}</li>" for o in rel) + "</ul></aside>")
        if i == 2 and len(paras) > 4:
            q = L.first_sentence(paras[3])
            out.append(f'<blockquote class="pullquote"><p>«{esc(q)}»</p></blockquote>')
    by = ""
    others = ""
    if a.author:
        wid = num(a.author, "w", 100, 9999)
        by = f'<address class="author"><a rel="author" href="/writer/{wid}">{esc(a.author)}</a></address>'
        others = ('<div class="writer-more"><h4>مقالات أخرى للكاتب</h4><ul>'
                  + "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("b43-w", 3)) + "</ul></div>")
    meta = (f'<div class="article-meta">{by}<span class="pubdate">تاريخ النشر: {d:%d/%m/%Y}</span>'
            f'<span class="moddate">آخر تحديث: {upd:%d/%m/%Y %H:%M}</span>'
            f'<span class="font-tools">حجم الخط <a href="#" class="f-up">A+</a> <a href="#" class="f-down">A-</a></span></div>')
    tags = "".join(f'<li><a href="/tags/{esc(t)}">{esc(t)}</a></li>' for t in L.tags_for(a))
    tabs = ('<div class="tabs"><ul class="tab-heads"><li class="on">الأكثر قراءة</li><li>الأكثر تعليقاً</li></ul><ol>'
            + "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("b43-pop", 5)) + "</ol></div>")
    ncom = num(a.key, "c", 0, 3)
    coms = "".join(f'<div class="cmt"><span class="cmt-name">{esc(n)}</span><p>{esc(t)}</p></div>'
                   for n, t in zip(["متابع", "أبو فهد", "مواطن", "قارئ"], random.Random(a.key).sample(L.COMMENTS, ncom)))
    return f"""{L.head(page, L.og(page))}
<body class="node-article">
<div class="issue-strip"><span>{WEEKDAYS[issue.weekday()]} {issue.day} {L.MONTHS[issue.month - 1]} {issue.year}</span>
<span>العدد: {issue_no}</span> <a href="/pdf/{issue:%Y%m%d}">النسخة الورقية PDF</a> <a href="/archive">الأرشيف</a></div>
<div id="header"><a id="logo" href="/"><img src="/sites/logo.png" alt="{esc(page.site.name)}"></a>
<form class="search" action="/search"><input name="keys" placeholder="بحث في الموقع"></form></div>
<ul id="main-menu">{nav}</ul>
<div class="latest-marquee"><h4>آخر الأخبار</h4><marquee direction="right" scrollamount="3">{marquee}</marquee></div>
<div id="main">
<div class="breadcrumb"><a href="/">الرئيسية</a> » <a href="/section/1">محليات</a></div>
<div class="node">
<h1 class="title">{esc(a.title)}</h1>
{meta}
<div class="field-image"><img src="/sites/default/files/{a.key}.jpg" alt="">
<div class="image-caption">جانب من الحدث (تصوير: {esc(cam)})</div></div>
<div class="field-body">
{chr(10).join(out)}
</div>
<p class="print-note">نُشر في الطبعة الورقية بتاريخ {issue:%d/%m/%Y}</p>
<ul class="tags"><li class="lbl">كلمات دالة:</li>{tags}</ul>
<div class="service-links"><a href="#print">طباعة</a> <a href="#email">إرسال</a> <a href="https://twitter.com/share">تويتر</a> <a href="https://www.facebook.com/share">فيسبوك</a></div>
{others}
</div>
<div id="comments"><h3>التعليقات ({ncom})</h3>{coms}
<p class="rules">التعليقات المنشورة لا تعبر عن رأي الصحيفة، ويحتفظ الموقع بحق حذف أي تعليق مخالف.</p>
<form class="comment-form"><input name="name" placeholder="الاسم"><textarea name="comment"></textarea><button>إرسال التعليق</button></form></div>
</div>
<div id="sidebar">{tabs}<div class="block-ad">مساحة إعلانية</div></div>
<div id="footer"><p>جميع الحقوق محفوظة © {esc(page.site.name)} 2015</p><p><a href="/subscribe">الاشتراكات</a> | <a href="/advertise">الإعلانات</a> | <a href="/contact">اتصل بنا</a></p></div>
</body></html>"""


# =====================================================================================
# b4_4: WordPress AMP page

AMP_BOILERPLATE = ('<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;'
                   'animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}'
                   'to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;'
                   'animation:none}</style></noscript>')
AMP_CSS = ('<style amp-custom>body{background:#fff;color:#353535;font-family:Tahoma,sans-serif}'
           '.amp-wp-header{background:#0a89c0}.amp-wp-header a{color:#fff}.amp-wp-article{margin:1.5em auto;max-width:840px}'
           '.amp-wp-meta{display:inline-block;font-size:.875em;color:#696969}.amp-wp-byline amp-img{border-radius:50%}'
           '.breaking{background:#c00;color:#fff}.amp-related-posts li{list-style:none}</style>')


def human_ago(minutes):
    def unit(n, one, two, few, many):
        if n == 1:
            return one
        if n == 2:
            return two
        return f"{n} {few if n <= 10 else many}"
    if minutes < 60:
        return "منذ " + unit(minutes, "دقيقة", "دقيقتين", "دقائق", "دقيقة")
    if minutes < 24 * 60:
        return "منذ " + unit(minutes // 60, "ساعة", "ساعتين", "ساعات", "ساعة")
    return "منذ " + unit(minutes // (24 * 60), "يوم", "يومين", "أيام", "يوماً")


def b4_4(page):
    """The AMP version of a WordPress news site (the classic AMP template):
    JSON-LD BlogPosting metadata, a sidebar menu and a breaking carousel, the
    credit as «amp-wp-byline» with a round avatar and a vcard span, the date
    only as a relative «منذ ...» time whose datetime attribute is in UTC; an
    amp-ad, a tweet embed with its fallback text, a photo with a photographer
    credit, a Telegram line and related posts inside the content; category,
    tags and comment link in the article footer."""
    a = page.article
    d = a.published
    g = d - dt.timedelta(hours=3)
    ago = num(a.key, "ago", 3, 60 * 40)
    mod = g + dt.timedelta(minutes=num(a.key, "mod", 5, 90))
    paras = paras_of(a)
    ld = {"@context": "http://schema.org", "@type": "BlogPosting",
          "mainEntityOfPage": page.canonical,
          "publisher": {"@type": "Organization", "name": page.site.name,
                        "logo": {"@type": "ImageObject", "url": f"{page.site.base}/wp-content/uploads/logo.png"}},
          "headline": a.title,
          "datePublished": f"{g:%Y-%m-%dT%H:%M:%S}+00:00",
          "dateModified": f"{mod:%Y-%m-%dT%H:%M:%S}+00:00",
          "image": {"@type": "ImageObject", "url": f"{page.site.base}/wp-content/uploads/{d:%Y/%m}/{a.key}.jpg",
                    "width": 800, "height": 450}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    ldj = '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>"
    cats = ["أخبار محلية", "اقتصاد", "رياضة", "منوعات", "دولي"]
    cat = cats[num(a.key, "cat", 0, 4)]
    tw = page.others("b44-tw", 1)
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == 0:
            out.append('<amp-ad width="300" height="250" type="doubleclick" data-slot="/2241/ar_article_mpu">'
                       '<div fallback>إعلان</div></amp-ad>')
        if i == 1 and len(paras) > 3:
            out.append(f'<figure class="wp-caption aligncenter"><amp-img src="{esc(page.site.base)}/wp-content/uploads/{d:%Y/%m}/{a.key}-2.jpg" '
                       f'width="800" height="450" layout="responsive" alt=""></amp-img>'
                       f'<figcaption class="wp-caption-text">تصوير: {esc(random.Random(a.key).choice(PHOTOGRAPHERS))}</figcaption></figure>')
        if i == 2 and len(paras) > 4 and tw:
            o = tw[0]
            tid = num(o.key, "tid", 10 ** 8, 10 ** 9)
            out.append(f'<amp-twitter width="375" height="472" layout="responsive" data-tweetid="6307{tid}">'
                       f'<blockquote placeholder class="twitter-tweet" data-lang="ar"><p lang="ar" dir="rtl">{esc(o.title)} '
                       f'<a href="https://t.co/x{tid}">pic.twitter.com/x{tid}</a></p>&mdash; {esc(page.site.name)} '
                       f'(@news_{num(page.site.id, "h", 10, 99)}) <a href="https://twitter.com/i/status/6307{tid}">'
                       f'{o.published.day} {L.MONTHS[o.published.month - 1]} {o.published.year}</a></blockquote></amp-twitter>')
    out.append(f'<p><strong>تابعونا على قناة {esc(page.site.name)} في تيليجرام:</strong> '
               f'<a href="https://t.me/news{num(page.site.id, "tg", 100, 999)}">t.me/news{num(page.site.id, "tg", 100, 999)}</a></p>')
    out.append('<div class="amp-related-posts"><h3>مقالات ذات صلة</h3><ul>'
               + "".join(f'<li><amp-img src="/wp-content/uploads/{o.key}-150x150.jpg" width="80" height="80"></amp-img>'
                         f'<a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                         for o in page.others("b44-rel", 3)) + "</ul></div>")
    byline = ""
    if a.author:
        byline = (f'<div class="amp-wp-meta amp-wp-byline"><amp-img src="https://secure.gravatar.com/avatar/'
                  f'{hashlib.md5(a.author.encode()).hexdigest()}?s=72&amp;d=mm&amp;r=g" width="24" height="24" layout="fixed"></amp-img>'
                  f'<span class="amp-wp-author author vcard">{esc(a.author)}</span></div>')
    car = "".join(f'<div class="slide">{L.link(page, o)}</div>' for o in page.others("b44-br", 4))
    menu = "".join(f'<li><a href="/category/{i}/amp/">{esc(n)}</a></li>' for i, n in enumerate(L.NAV))
    tags = ", ".join(f'<a href="/tag/{esc(t)}/amp/" rel="tag">{esc(t)}</a>' for t in L.tags_for(a))
    return f"""<!doctype html>
<html amp lang="ar" dir="rtl">
<head>
<meta charset="{page.site.encoding}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{esc(a.title)} &#8211; {esc(page.site.name)}</title>
<link rel="canonical" href="{esc(page.canonical)}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-twitter" src="https://cdn.ampproject.org/v0/amp-twitter-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.1.js"></script>
{ldj}
{AMP_BOILERPLATE}
{AMP_CSS}
</head>
<body class="">
<amp-sidebar id="menu" layout="nodisplay" side="right"><ul class="amp-menu">{menu}</ul></amp-sidebar>
<header id="top" class="amp-wp-header">
<div><button on="tap:menu.toggle" class="menu-btn">القائمة</button>
<a href="{esc(page.site.base)}/amp/"><amp-img src="/wp-content/uploads/site-icon-32.png" width="32" height="32" class="amp-wp-site-icon"></amp-img>
<span class="amp-site-title">{esc(page.site.name)}</span></a></div>
</header>
<div class="breaking"><span>عاجل</span><amp-carousel height="40" layout="fixed-height" type="slides" autoplay delay="3000">{car}</amp-carousel></div>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{esc(a.title)}</h1>
{byline}
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{g:%Y-%m-%dT%H:%M:%S}+00:00">{human_ago(ago)}</time></div>
</header>
<figure class="amp-wp-article-featured-image wp-caption">
<amp-img width="800" height="450" src="{esc(page.site.base)}/wp-content/uploads/{d:%Y/%m}/{a.key}.jpg" class="attachment-large size-large wp-post-image" layout="responsive" alt=""></amp-img>
</figure>
<div class="amp-wp-article-content">
{chr(10).join(out)}
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">التصنيفات: <a href="/category/{esc(cat)}/amp/" rel="category tag">{esc(cat)}</a></div>
<div class="amp-wp-meta amp-wp-tax-tag">الوسوم: {tags}</div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="{esc(page.canonical)}#respond">اترك تعليقاً</a></div>
</footer>
</article>
<footer class="amp-wp-footer">
<div><h2>{esc(page.site.name)}</h2>
<a href="#top" class="back-to-top">العودة إلى الأعلى</a>
<p><a href="{esc(page.canonical)}?amp=0">عرض النسخة الكاملة</a></p></div>
</footer>
</body>
</html>"""


# =====================================================================================
# b4_5: Maghreb portal

MA_COMMENTS = [
    "شكرا على هذا المقال القيم، ولكن يجب على المسؤولين أن يتحملوا مسؤوليتهم كاملة أمام المواطنين",
    "هذا ما كنا ننتظره منذ سنوات، نتمنى أن يكون التطبيق في مستوى التطلعات وألا يبقى حبرا على ورق",
    "السؤال المطروح: أين كانت هذه الإجراءات من قبل؟ المواطن البسيط هو من يؤدي الثمن دائما",
    "تحية للصحفي على المتابعة، والله الموفق",
    "المشكل ليس في القوانين بل في تطبيقها على أرض الواقع، وهذا ما لا نراه للأسف",
    "نطالب بفتح تحقيق نزيه في الموضوع ومحاسبة كل من ثبت تورطه",
    "كلام معقول ومنطقي، ولكن الواقع شيء آخر تماما",
    "اللهم احفظ هذا البلد وسائر بلاد المسلمين",
    "متى سنرى مثل هذه المبادرات في مدننا الصغيرة والقرى النائية؟",
    "مقال في المستوى، نتمنى المزيد من التحقيقات الجادة بدل الأخبار السطحية",
]
MA_NAMES = ["مغربي حر", "ابن الشمال", "عبد الله من طنجة", "مواطنة غيورة", "أبو ياسين", "سعيد",
            "ولد الشعب", "متتبع من فاس", "حسن", "مهاجر في إيطاليا", "كريم الرباطي"]


def ma_date(d):
    return f"{MA_WEEKDAYS[d.weekday()]} {d.day:02d} {MA_MONTHS[d.month - 1]} {d.year} - {d:%H:%M}"


def b4_5(page):
    """A Maghreb portal: a prayer-times strip, «آخر الأخبار» with minutes-ago
    stamps, then a hero picture with the section, headline and meta overlaid;
    the meta line gives the site's name, a dash and the credit in its own span
    (the site's name left out when the credit already carries it), then the
    date with Moroccan month names (غشت, يوليوز) in Moroccan local time
    (UTC+1). JSON-LD with the publish time and its offset but no author. A
    YouTube embed and a «مقالات ذات صلة» box inside the text, a long numbered
    comment thread with dated comments and votes after it."""
    a = page.article
    d = a.published
    loc = d - dt.timedelta(hours=2)  # Saudi time (UTC+3) to Morocco's summer time (UTC+1)
    paras = paras_of(a)
    secs = ["سياسة", "مجتمع", "اقتصاد", "جهات", "دولية"]
    si = num(a.key, "sec", 0, 4)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": f"{loc:%Y-%m-%dT%H:%M:%S}+01:00",
          "image": [f"{page.site.base}/files/{a.key}.jpg"],
          "publisher": {"@type": "Organization", "name": page.site.name},
          "articleSection": secs[si]}
    ldj = '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>"
    nav = "".join(f'<li><a href="/{i}.html">{esc(n)}</a></li>' for i, n in enumerate(
        ["الرئيسية", "سياسة", "مجتمع", "اقتصاد", "جهات", "رياضة", "فن وثقافة", "مغاربة العالم", "كتاب وآراء", "فيديو"]))
    prayers = ('<div class="prayer-times"><b>مواقيت الصلاة - الرباط:</b> الفجر 04:52 | الشروق 06:33 | '
               'الظهر 13:37 | العصر 17:16 | المغرب 20:32 | العشاء 21:58</div>')
    latest = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a> <span class="ago">{human_ago(num(o.key, "t", 2, 300))}</span></li>'
                     for o in page.others("b45-latest", 6))
    yt = page.others("b45-yt", 1)
    rel = page.others("b45-rel", 3)
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == 1 and len(paras) > 3 and yt:
            out.append(f'<div class="video-embed"><iframe width="640" height="360" src="https://www.youtube.com/embed/'
                       f'{yt[0].key[:11]}" frameborder="0" allowfullscreen></iframe></div>')
        if i == len(paras) - 2 and len(paras) > 2 and rel:
            out.append('<div class="related-inline"><span class="ri-title">مقالات ذات صلة</span>'
                       + "".join(f'<a class="ri" href="{esc(page.url_of(o))}"><img src="/files/th/{o.key}.jpg" alt="">'
                                 f'<span>{esc(o.title)}</span></a>' for o in rel) + "</div>")
    meta = ""
    if a.author:
        src = "" if page.site.short in a.author else f'<span class="site-src">{esc(page.site.short)}</span> - '
        meta = f'<span class="author-line">{src}<span class="author-name">{esc(a.author)}</span></span>'
    meta += f' <span class="post-date">{ma_date(loc)}</span>'
    rnd = random.Random(a.key + "ma")
    k = rnd.randint(2, 12)
    coms = []
    t = loc
    for j in range(k):
        t = t + dt.timedelta(minutes=rnd.randint(3, 95))
        coms.append(f'<li class="comment" id="c{j + 1}"><span class="c-num">{j + 1}</span>'
                    f'<div class="c-head"><span class="c-name">{esc(rnd.choice(MA_NAMES))}</span>'
                    f'<span class="c-date">{ma_date(t)}</span></div>'
                    f'<div class="c-text"><p>{esc(rnd.choice(MA_COMMENTS))}</p></div>'
                    f'<div class="c-votes"><a class="up">{rnd.randint(0, 300)}</a> <a class="down">{rnd.randint(0, 60)}</a></div></li>')
    shares = (f'<div class="share-counters"><span class="sc-total">{num(a.key, "sh", 5, 3000)} مشاركة</span>'
              '<a class="fb" href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a>'
              '<a class="tw" href="https://twitter.com/intent/tweet">تويتر</a>'
              '<a class="wa" href="whatsapp://send">واتساب</a></div>')
    tags = " ".join(f'<a class="tag" href="/tag/{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a)[:4])
    popular = "".join(f'<li><a href="{esc(page.url_of(o))}"><img src="/files/th/{o.key}.jpg" alt=""><span>{esc(o.title)}</span></a></li>'
                      for o in page.others("b45-pop", 5))
    return f"""{L.head(page, ldj + chr(10) + f'<meta property="og:title" content="{esc(a.title)}"><meta property="og:image" content="{esc(page.site.base)}/files/{a.key}.jpg">')}
<body class="single-post">
{prayers}
<header class="site-header"><div class="container"><a class="logo" href="/"><img src="/img/logo.png" alt="{esc(page.site.name)}"></a>
<div class="social-top"><a href="https://facebook.com/x">فيسبوك</a> <a href="https://twitter.com/x">تويتر</a> <a href="https://youtube.com/x">يوتيوب</a></div></div>
<nav class="navbar"><ul>{nav}</ul></nav></header>
<div class="latest-bar"><span class="lb-title">آخر الأخبار</span><ul class="news-ticker">{latest}</ul></div>
<div class="container">
<div class="post-hero" style="background-image:url('/files/{a.key}.jpg')">
<div class="hero-overlay">
<a class="cat-label" href="/{si + 1}.html">{esc(secs[si])}</a>
<h1 class="post-title">{esc(a.title)}</h1>
<div class="post-meta">{meta}</div>
</div>
<span class="hero-credit">صورة: أرشيف</span>
</div>
{shares}
<div class="row">
<div class="col-main">
<div class="article-content">
{chr(10).join(out)}
</div>
<div class="post-tags">{tags}</div>
<div class="comments-area" id="comments">
<h3 class="comments-title">تعليقات الزوار ({k})</h3>
<p class="comments-rules">المرجو الالتزام بالموضوعية وعدم الإساءة. التعليقات لا تعبر عن رأي الموقع.</p>
<ol class="comment-list">
{chr(10).join(coms)}
</ol>
<form class="comment-form"><input name="author" placeholder="الاسم"><input name="email" placeholder="البريد الإلكتروني"><textarea name="comment" placeholder="التعليق"></textarea><button>إرسال</button></form>
</div>
</div>
<aside class="col-side"><div class="widget"><h3>الأكثر قراءة</h3><ul>{popular}</ul></div>
<div class="widget ad"><span>إشهار</span></div></aside>
</div>
</div>
<footer class="site-footer"><ul><li><a href="/about">من نحن</a></li><li><a href="/team">هيئة التحرير</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/ads">الإشهار</a></li></ul>
<p>جميع الحقوق محفوظة © {esc(page.site.name)} 2015</p></footer>
</body></html>"""


LAYOUTS = {"b4_1": b4_1, "b4_2": b4_2, "b4_3": b4_3, "b4_4": b4_4, "b4_5": b4_5}
