"""Blind test layouts (set 8) for newsfarm (--extra-layouts): five article
templates modelled on kinds of real Arabic news sites that earlier layout
files do not imitate, written without reading the extractor. Each prints the
whole page a reader gets: header and menu, a strip, the article, the boxes
sites put inside the text, and the lists, comments and footer after it.

  b8_1  Egyptian state daily's gate (Al-Ahram-like, ASP.NET WebForms ids):
        over-title kicker, headline, a standfirst repeating the lead
        sentence, then the credit as an unlabelled link after a writer icon,
        date «9-8-2015 | 2:32 م» with no machine-readable date at all; lead
        picture with «تصوير» photographer credit, a «اقرأ أيضا» link list and
        an ad inside the text, print-edition strip, «المزيد من» section list.
  b8_2  Jordanian news site (Ammon-like): the credit in the article toolbar
        between the headline and the text, beside share icons and font-size
        buttons (pencil icon, no label); hAtom <abbr class="published"
        title=ISO> over «الأحد 9/8/2015 - 02:32 م»; a «شاهد أيضاً» box, a
        YouTube iframe and a Telegram follow line inside the text; readers'
        comments with names and dates, comment rules.
  b8_3  Gulf sports channel site: live-TV button, fixtures strip; the credit
        in the eyebrow ABOVE the headline after the competition link and a
        bullet; «09.08.2015 | 14:32» in a span carrying a Unix data-timestamp,
        JSON-LD in UTC (Z); a video player, a standings table and an
        Instagram embed fallback («منشور مشترك بواسطة» + club) inside the text.
  b8_4  Islamic affairs portal (Alukah-like): verse banner, breadcrumb; an
        info table of ONE row: writer icon + linked name (no label), «تاريخ
        الإضافة: 9/8/2015 ميلادي - 24/10/1436 هجري», visits; a Quran verse box,
        a hadith box and a «مقالات ذات صلة» list inside the text; «رابط
        الموضوع» box, print/PDF/Word links, reader ratings; no machine date.
  b8_5  Web-Stories-like article without AMP: every paragraph on its own
        full-screen slide with a background picture and a picture credit, a
        progress bar and «n / N» counters, an ad slide; the cover shows only
        the publisher and the date; the credit on the LAST slide as «إعداد» +
        name; article:published_time and JSON-LD with local offset.

Pages whose article has no author print no byline. The author string is
printed whole, exactly as the corpus gives it, as the only text of its element.

  python3 newsfarm.py pages --days '' --n 300 --extra-layouts blind8_layouts.py \
      --layouts b8_1,b8_2,b8_3,b8_4,b8_5 --out DIR
"""

import datetime as dt
import hashlib
import json
import os
import random
import sys

sys.path.insert(0, "/work/shared/newsfarm")
import layouts as L  # noqa: E402

esc = L.esc
MONTHS = L.MONTHS
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول"]
PHOTOGRAPHERS = ["أحمد عبد الفتاح", "محمد حسام الدين", "سامح أبو حسن", "إبراهيم رمضان"]
CLUBS = ["نادي الهلال", "نادي النصر", "نادي الاتحاد", "نادي الأهلي", "نادي الشباب"]


def num(a, salt, lo, hi):
    h = int(hashlib.md5((a.key + salt).encode()).hexdigest()[:8], 16)
    return lo + h % (hi - lo + 1)


def digits(page, s):
    return s.translate(L.EASTERN) if page.site.encoding == "utf-8" else s


def ampm(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'ص' if d.hour < 12 else 'م'}"


def iso(d):
    return d.isoformat() + "+03:00"


def utc_z(d):
    return (d - dt.timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%SZ")


def hijri_numeric(d):
    jd = d.toordinal() + 1721424.5
    l = int(jd - 1948440 + 10632)
    n = (l - 1) // 10631
    l = l - 10631 * n + 354
    j = ((10985 - l) // 5316) * ((50 * l) // 17719) + (l // 5670) * ((43 * l) // 15238)
    l = l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l) // 709
    day = l - (709 * m) // 24
    y = 30 * n + j - 30
    return day, m, y


def short(text, n=14):
    w = text.split()
    return " ".join(w[:n]) + ("..." if len(w) > n else "")


# --- b8_1 ----------------------------------------------------------------------------

def layout_b8_1(page):
    """Egyptian state daily's gate: WebForms ids, kicker, standfirst, then the
    credit as an icon + link without label, a text-only date."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    nid = a.n * 7 + 510000
    kicker = L.NAV[1 + num(a, "sec", 0, 4)]
    d = a.published
    date_line = f"{d.day}-{d.month}-{d.year} | {ampm(d)}"
    standfirst = L.first_sentence(a.text)
    ra = page.others("read_also", 3)
    read_also = ('<div class="ReadAlso"><div class="ReadAlsoTitle">اقرأ أيضا</div><ul>'
                 + "".join(f"<li>{L.link(page, o)}</li>" for o in ra) + "</ul></div>")
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == 0 and len(paras) > 2:
            out.append('<div class="InnerAd"><span>إعلان</span><div id="div-gpt-ad-inread"></div></div>')
        if i == 2:
            out.append(read_also)
    if len(paras) <= 3:
        out.append(read_also)
    body = "\n".join(out)
    writer = ""
    if a.author:
        writer = (f'<div id="ContentPlaceHolder1_divAuthor" class="ArticleWriter">'
                  f'<img src="/Images/writer-icon.png" alt="" width="16"> '
                  f'<a id="ContentPlaceHolder1_hlAuthor" href="/WriterArticles.aspx?WID={num(a, "w", 100, 9999)}">{esc(a.author)}</a></div>')
    photog = PHOTOGRAPHERS[num(a, "ph", 0, len(PHOTOGRAPHERS) - 1)]
    more = "".join(f'<li><a href="{esc(page.url_of(o))}"><img src="/Media/News/{o.key}_S.jpg" alt=""><span>{esc(o.title)}</span></a></li>'
                   for o in page.others("section", 6))
    top = "".join(f'<li><span class="num">{i + 1}</span>{L.link(page, o)}</li>' for i, o in enumerate(page.others("popular", 5)))
    bk = "".join(f'<li>{L.link(page, o)}</li>' for o in page.others("ticker", 6))
    extra = (f'<meta property="og:title" content="{esc(a.title)}">'
             f'<meta property="og:image" content="{esc(site.base)}/Media/News/{a.key}.jpg">'
             f'<meta name="keywords" content="{esc(",".join(L.tags_for(a)))}">')
    return f"""{L.head(page, extra)}
<body>
<form method="post" action="./NewsContent.aspx?NewsID={nid}" id="form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBDxYCHgRUZXh0BQ{a.key}==">
<div class="TopHeader"><div class="container"><span class="TodayDate">{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}</span>
<ul class="TopLinks"><li><a href="/Portal/PDF.aspx">العدد الورقي</a></li><li><a href="/Portal/Archive.aspx">الأرشيف</a></li><li><a href="/Portal/English">English</a></li></ul></div></div>
<div class="Logo"><a href="/"><img src="/Images/logo.png" alt="{esc(site.name)}"></a><span>بوابة {esc(site.name)}</span></div>
{L.nav(page)}
<div class="BreakingNews"><span class="bn-title">عاجل</span><marquee direction="right" scrollamount="3"><ul>{bk}</ul></marquee></div>
<div class="container"><div class="row">
<div class="col-md-8" id="ContentPlaceHolder1_divMain">
<div class="BreadCrumb"><a href="/">الرئيسية</a> &raquo; <a href="/Portal/{num(a, 'sec', 1, 9)}.aspx">{esc(kicker)}</a></div>
<div class="ArticleHeader">
<div id="ContentPlaceHolder1_divUpTitle" class="UpperTitle">{esc(kicker)}</div>
<h1 id="ContentPlaceHolder1_divTitle" class="ArticleTitle">{esc(a.title)}</h1>
<div id="ContentPlaceHolder1_divDate" class="ArticleDate">{date_line}</div>
<div id="ContentPlaceHolder1_divBrief" class="ArticleBrief"><h2>{esc(standfirst)}</h2></div>
{writer}
</div>
<div class="ArticleImage"><img src="/Media/News/{a.key}.jpg" alt="{esc(a.title)}">
<div class="ImageCaption"><span>{esc(short(a.title, 8))}</span> <span class="Photographer">تصوير: {esc(photog)}</span></div></div>
<div class="FontTools"><a href="#" class="fplus">+ تكبير الخط</a> <a href="#" class="fminus">- تصغير الخط</a> <a href="/Portal/Print.aspx?NewsID={nid}">طباعة</a></div>
<div id="ContentPlaceHolder1_divContent" class="ArticleContent">
{body}
</div>
<div class="PrintEdition">نشر في الطبعة الورقية بتاريخ {d.day + 1 if d.day < 28 else d.day} {MONTHS[d.month - 1]} {d.year}، السنة 140، العدد {46900 + a.n % 900}</div>
{L.tag_list(page, "الكلمات الدالة")}
<div class="ShareBox"><span>شارك</span> <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a> <a href="https://twitter.com/share">Twitter</a> <a href="https://wa.me/">WhatsApp</a> <a href="mailto:?">البريد</a></div>
<div class="MoreFrom"><h3>المزيد من {esc(kicker)}</h3><ul>{more}</ul></div>
<div class="FbComments"><h4>تعليقات فيسبوك</h4><div class="fb-comments" data-width="100%" data-numposts="5"></div></div>
</div>
<div class="col-md-4 SideBar">
<div class="MostRead"><h3>الأكثر قراءة</h3><ol>{top}</ol></div>
<div class="Opinion"><h3>آراء حرة</h3><ul><li><a href="/Writers/1">عمود اليوم</a></li><li><a href="/Writers/2">نافذة على الأحداث</a></li></ul></div>
<div class="AdSide">مساحة إعلانية</div>
</div>
</div></div>
<div class="Footer"><p>رئيس مجلس الإدارة ورئيس التحرير</p><p>جميع حقوق النشر محفوظة لمؤسسة {esc(site.name)} © 2015</p>
<ul><li><a href="/About">من نحن</a></li><li><a href="/Contact">اتصل بنا</a></li><li><a href="/Privacy">سياسة الخصوصية</a></li></ul></div>
</form>
</body></html>"""


# --- b8_2 ----------------------------------------------------------------------------

def layout_b8_2(page):
    """Jordanian news site: the credit in the toolbar between headline and
    text; an hAtom abbr carries the ISO date."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    nid = 320000 + a.n
    h12 = d.hour % 12 or 12
    shown = f"{WEEKDAYS[d.weekday()]} {d.day}/{d.month}/{d.year} - {h12:02d}:{d.minute:02d} {'ص' if d.hour < 12 else 'م'}"
    see_also = ('<div class="see-also"><h4>شاهد أيضاً</h4><ul>'
                + "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("read_also", 3)) + "</ul></div>")
    video = (f'<div class="video-embed"><iframe width="560" height="315" src="https://www.youtube.com/embed/{a.key[:11]}" '
             'frameborder="0" allowfullscreen></iframe></div>')
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == 1:
            out.append(see_also)
        if i == 3 and num(a, "vid", 0, 1):
            out.append(video)
    if len(paras) < 2:
        out.append(see_also)
    out.append(f'<p class="tg-follow"><a href="https://t.me/newsjo">تابعوا {esc(site.short)} على تلغرام</a></p>')
    body = "\n".join(out)
    writer = ""
    if a.author:
        writer = f'<div class="writer"><i class="fa fa-pencil"></i> <span>{esc(a.author)}</span></div>'
    rnd = random.Random(a.key + "c")
    k = rnd.randint(0, 4)
    names = ["أبو محمد", "مواطن أردني", "خالد", "ام احمد", "متابع"]
    clist = "".join(
        f'<li class="comment"><div class="c-head"><span class="c-num">{i + 1}</span> <b>{esc(rnd.choice(names))}</b> '
        f'<span class="c-date">{d.day}-{d.month:02d}-{d.year} {(d.hour + i + 1) % 24:02d}:{d.minute:02d}</span></div>'
        f'<p>{esc(rnd.choice(L.COMMENTS))}</p><a href="#" class="reply">رد</a></li>' for i in range(k))
    latest = "".join(f'<li><span class="t">{o.published:%H:%M}</span> {L.link(page, o)}</li>' for o in page.others("ticker", 8))
    og_no_time = "\n".join(x for x in L.og(page).split("\n") if "published_time" not in x)
    pop = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 6))
    local = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("similar", 5))
    return f"""{L.head(page, og_no_time + '<meta property="og:locale" content="ar_JO">')}
<body class="news-page">
<div class="topbar"><span class="today">{WEEKDAYS[d.weekday()]}، {d.day} {LEVANT[d.month - 1]} {d.year}</span> <span class="weather">عمّان 33°</span>
<a href="/rss">RSS</a> <a href="/app">تطبيق الهاتف</a></div>
<header class="hdr"><a href="/" class="logo">{esc(site.name)}</a>{L.nav(page)}
<form action="/search"><input name="q" placeholder="بحث..."></form></header>
<div class="urgent"><b>عاجل</b><ul>{''.join(f'<li>{L.link(page, o)}</li>' for o in page.others('ticker', 4))}</ul></div>
<div class="wrap">
<div class="main-col">
<div class="hentry" id="news-{nid}">
<ol class="crumbs"><li><a href="/">الرئيسية</a></li><li><a href="/local">محليات</a></li></ol>
<h1 class="entry-title">{esc(a.title)}</h1>
<div class="news-info"><i class="fa fa-clock-o"></i> <abbr class="published" title="{iso(d)}">{shown}</abbr>
<span class="views"><i class="fa fa-eye"></i> {num(a, "v", 300, 40000)}</span>
<span class="ccount"><i class="fa fa-comment"></i> {k}</span></div>
<div class="article-toolbar"><div class="share-icons"><a class="fb" href="https://facebook.com/sharer.php">f</a><a class="tw" href="https://twitter.com/intent/tweet">t</a><a class="wa" href="whatsapp://send">w</a><a class="tg" href="https://t.me/share">tg</a><a class="copy" href="#">نسخ الرابط</a></div>
<div class="font-size"><a href="#">A+</a><a href="#">A-</a></div>
{writer}
</div>
<div class="news-img"><img src="/image.php?token={a.key}&amp;size=large" alt=""></div>
<div class="entry-content" id="news-text">
{body}
</div>
<div class="tags"><b>وسوم:</b> {' '.join(f'<a href="/tags/{esc(t)}">#{esc(t)}</a>' for t in L.tags_for(a))}</div>
<div class="comments-block"><h3>تعليقات القراء ({k})</h3>
<p class="rules">ملاحظة: التعليقات تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي الموقع، ويحتفظ الموقع بحق حذف أي تعليق مسيء.</p>
<ol>{clist}</ol>
<form class="add-comment"><input name="name" placeholder="الاسم"><textarea name="body" placeholder="التعليق"></textarea><button>أرسل</button></form></div>
<div class="more-local"><h3>المزيد من محليات</h3><ul>{local}</ul></div>
</div>
</div>
<aside class="side-col"><div class="latest"><h3>آخر الأخبار</h3><ul>{latest}</ul></div>
<div class="popular"><h3>الأكثر مشاهدة</h3><ol>{pop}</ol></div>
<div class="ad-300">إعلان</div></aside>
</div>
<footer class="ftr"><p>{esc(site.name)} - جميع الحقوق محفوظة 2015</p><p>يمنع الاقتباس أو إعادة النشر إلا بإذن خطي مسبق</p>
<p><a href="/about">من نحن</a> · <a href="/contact">اتصل بنا</a> · <a href="/terms">شروط الاستخدام</a></p></footer>
</body></html>"""


# --- b8_3 ----------------------------------------------------------------------------

def layout_b8_3(page):
    """Gulf sports channel: the credit in the eyebrow above the headline,
    dotted date with a Unix timestamp, UTC JSON-LD."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    ts = int((d - dt.timedelta(hours=3) - dt.datetime(1970, 1, 1)).total_seconds())
    comp = ["دوري عبد اللطيف جميل", "كأس ولي العهد", "دوري أبطال آسيا", "كرة عالمية"][num(a, "comp", 0, 3)]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": utc_z(d), "dateModified": utc_z(d + dt.timedelta(minutes=num(a, "m", 5, 90))),
          "image": [f"{site.base}/media/{a.key}/hero.jpg"],
          "publisher": {"@type": "Organization", "name": site.name, "logo": {"@type": "ImageObject", "url": site.base + "/logo.png"}},
          "mainEntityOfPage": page.canonical}
    if a.author:
        ld["author"] = [{"@type": "Person", "name": a.author}]
    standings = ('<div class="widget standings"><div class="w-title">ترتيب الدوري</div><table>'
                 '<tr><th>#</th><th>الفريق</th><th>لعب</th><th>نقاط</th></tr>'
                 '<tr><td>1</td><td>الأهلي</td><td>3</td><td>9</td></tr>'
                 '<tr><td>2</td><td>الهلال</td><td>3</td><td>7</td></tr>'
                 '<tr><td>3</td><td>التعاون</td><td>3</td><td>6</td></tr>'
                 '<tr><td>4</td><td>الفتح</td><td>3</td><td>4</td></tr></table>'
                 '<a href="/standings">الترتيب الكامل</a></div>')
    club = CLUBS[num(a, "club", 0, len(CLUBS) - 1)]
    insta = (f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/{a.key[:10]}/">'
             f'<div><a href="https://www.instagram.com/p/{a.key[:10]}/">عرض هذا المنشور على Instagram</a></div>'
             f'<p>منشور مشترك بواسطة <a href="https://www.instagram.com/club/">{esc(club)}</a></p></blockquote>')
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == 0:
            out.append(f'<div class="related-inline"><span>اقرأ أيضاً</span> {L.link(page, page.others("read_also", 1)[0])}</div>'
                       if page.others("read_also", 1) else "")
        if i == 1:
            out.append(standings)
        if i == 3:
            out.append(insta)
    body = "\n".join(out)
    eyebrow_by = ""
    if a.author:
        eyebrow_by = f'<span class="dot">•</span><span class="reporter">{esc(a.author)}</span>'
    fixtures = "".join(f'<li><span class="h">{h}</span> <b>{s}</b> <span class="a">{w}</span> <em>{t}</em></li>'
                       for h, s, w, t in [("الهلال", "21:00", "الفتح", "اليوم"), ("النصر", "20:40", "الرائد", "اليوم"),
                                          ("الشباب", "2 - 0", "نجران", "انتهت"), ("الاتحاد", "1 - 1", "الفيصلي", "انتهت")])
    cards = "".join(f'<div class="card"><a href="{esc(page.url_of(o))}"><img src="/media/{o.key}/thumb.jpg" alt=""><h4>{esc(o.title)}</h4></a>'
                    f'<span class="c-time">{o.published:%d.%m.%Y}</span></div>' for o in page.others("similar", 6))
    videos = "".join(f'<li><a href="/video/{o.n}"><span class="play">▶</span> {esc(o.title)}</a> <span class="dur">0{num(o, "d", 1, 9)}:{num(o, "s", 10, 59)}</span></li>'
                     for o in page.others("popular", 5))
    head_extra = (f'<meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article">'
                  f'<meta name="twitter:card" content="summary_large_image">'
                  f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    return f"""{L.head(page, head_extra)}
<body class="sport-article">
<header class="sc-header"><a class="sc-logo" href="/">{esc(site.name)}</a>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/football">كرة القدم</a></li><li><a href="/matches">المباريات</a></li><li><a href="/video">فيديو</a></li><li><a href="/programs">البرامج</a></li><li><a href="/schedule">جدول البث</a></li></ul></nav>
<a class="live-btn" href="/live"><span class="live-dot"></span> البث المباشر</a></header>
<div class="fixtures-strip"><span class="fs-title">مباريات اليوم</span><ul>{fixtures}</ul></div>
<main class="sc-main">
<article class="sc-article">
<div class="eyebrow"><a class="comp" href="/competition/{num(a, 'comp', 1, 40)}">{esc(comp)}</a>{eyebrow_by}</div>
<h1 class="sc-title">{esc(a.title)}</h1>
<div class="sc-meta"><span class="sc-date" data-timestamp="{ts}">{d:%d.%m.%Y} | {d:%H:%M}</span>
<span class="sc-share"><a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://facebook.com/sharer">فيسبوك</a> <a href="https://snapchat.com/">سناب</a></span></div>
<div class="sc-player"><video poster="/media/{a.key}/hero.jpg" controls preload="none"><source src="/media/{a.key}/clip.mp4" type="video/mp4"></video>
<div class="sc-player-cap">فيديو: ملخص اللقاء</div></div>
<div class="sc-body">
{body}
</div>
<div class="sc-tags">{' '.join(f'<a href="/tag/{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a))}</div>
</article>
<section class="sc-related"><h3>أخبار ذات صلة</h3><div class="cards">{cards}</div></section>
<section class="sc-videos"><h3>الأكثر مشاهدة</h3><ul>{videos}</ul></section>
{L.comments(page)}
</main>
<footer class="sc-footer"><div class="apps">حمّل التطبيق: <a href="#">App Store</a> <a href="#">Google Play</a></div>
<div class="freq">تردد القناة على نايل سات 11823 أفقي</div>
<p>© 2015 {esc(site.name)}. جميع الحقوق محفوظة</p></footer>
</body></html>"""


# --- b8_4 ----------------------------------------------------------------------------

def layout_b8_4(page):
    """Islamic affairs portal: a one-row info table (writer icon + link,
    Gregorian and Hijri numeric dates, visits), verse and hadith boxes."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    hd, hm, hy = hijri_numeric(d)
    aid = 88000 + a.n
    added = f"{d.day}/{d.month}/{d.year} ميلادي - {hd}/{hm}/{hy} هجري"
    ayah = ('<div class="ayah-box"><span class="q">﴿ وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى وَلَا تَعَاوَنُوا عَلَى الْإِثْمِ وَالْعُدْوَانِ ﴾</span>'
            ' <span class="src">[المائدة: 2]</span></div>')
    hadith = ('<div class="hadith-box"><span class="lbl">قال رسول الله صلى الله عليه وسلم:</span> '
              '«المؤمن للمؤمن كالبنيان يشد بعضه بعضًا» <span class="src">متفق عليه</span></div>')
    rel = ('<div class="rel-in"><b>مقالات ذات صلة</b><ul>'
           + "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("read_also", 3)) + "</ul></div>")
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == 0:
            out.append(ayah)
        if i == 2:
            out.append(rel)
        if i == 4:
            out.append(hadith)
    if len(paras) < 3:
        out.append(rel)
    body = "\n".join(out)
    writer_cell = ""
    if a.author:
        writer_cell = (f'<td class="ia-writer"><img src="/images/icons/writer.gif" alt="" title="الكاتب"> '
                       f'<a href="/authors/view/home/{num(a, "w", 1000, 14000)}/">{esc(a.author)}</a></td>')
    stars = num(a, "r", 3, 5)
    same = "".join(f'<li>{L.link(page, o)} <span class="d">{o.published.day}/{o.published.month}/{o.published.year}</span></li>'
                   for o in page.others("similar", 6))
    pop = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 5))
    return f"""{L.head(page, f'<meta property="og:title" content="{esc(a.title)}"><meta name="description" content="{esc(L.first_sentence(a.text))}">')}
<body>
<div id="top-ayah">﴿ وَقُلْ رَبِّ زِدْنِي عِلْمًا ﴾</div>
<div id="header"><a id="logo" href="/">شبكة {esc(site.short)} الإسلامية</a>
<ul id="mainmenu"><li><a href="/">الرئيسية</a></li><li><a href="/sharia">شرعية</a></li><li><a href="/social">اجتماعية</a></li><li><a href="/culture">ثقافة ومعرفة</a></li><li><a href="/literature">حضارة الكلمة</a></li><li><a href="/news">أخبار</a></li><li><a href="/library">المكتبة</a></li></ul>
<form id="search" action="/search"><input name="q"><select><option>في الموقع</option><option>في المكتبة</option></select><button>بحث</button></form></div>
<div id="news-ticker"><span>جديد الموقع:</span>{''.join(f' {L.link(page, o)} |' for o in page.others('ticker', 4))}</div>
<table id="page-table" width="100%"><tr>
<td id="col-main" valign="top">
<div class="path">أنت هنا: <a href="/">الرئيسية</a> / <a href="/news">أخبار</a> / <a href="/news/world">أخبار العالم الإسلامي</a></div>
<div class="article">
<h1 class="article-title">{esc(a.title)}</h1>
<table class="article-info" cellspacing="0"><tr>
{writer_cell}
<td class="ia-date"><img src="/images/icons/date.gif" alt=""> تاريخ الإضافة: {added}</td>
<td class="ia-visits"><img src="/images/icons/eye.gif" alt=""> الزيارات: {num(a, "v", 50, 25000)}</td>
</tr></table>
<div class="article-tools"><a href="/print/{aid}">نسخة للطباعة</a> | <a href="/pdf/{aid}">ملف PDF</a> | <a href="/word/{aid}">ملف Word</a> | <a href="/send/{aid}">أرسل لصديق</a></div>
<div class="article-body">
{body}
</div>
<div class="topic-link">رابط الموضوع: <span dir="ltr">{esc(page.canonical)}</span></div>
<div class="rating">تقييم المقال: <span class="stars">{'★' * stars}{'☆' * (5 - stars)}</span> ({num(a, "rc", 2, 90)} صوت)</div>
<div class="share">شارك وانشر: <a href="https://twitter.com/share">تويتر</a> <a href="https://facebook.com/share">فيسبوك</a> <a href="https://telegram.me/share">تلغرام</a></div>
</div>
<div class="same-section"><h3>مختارات من الشبكة</h3><ul>{same}</ul></div>
<div class="add-comment"><h3>أضف تعليقك</h3><p>عنوان التعليق</p><input><p>نص التعليق</p><textarea></textarea>
<p class="note">رجاء، اكتب كلمة (إسلام) فى الحقل أدناه ليتم التحقق</p><input><button>إرسال التعليق</button></div>
</td>
<td id="col-side" width="260" valign="top">
<div class="box"><h3>الأكثر قراءة</h3><ol>{pop}</ol></div>
<div class="box"><h3>حديث اليوم</h3><p>«إنما الأعمال بالنيات، وإنما لكل امرئ ما نوى» رواه البخاري</p></div>
<div class="box"><h3>القائمة البريدية</h3><p>اشترك في القائمة البريدية ليصلك جديد الموقع</p><input type="email"><button>اشترك</button></div>
</td></tr></table>
<div id="footer"><p>حقوق النشر محفوظة © 1436هـ / 2015م لموقع شبكة {esc(site.short)} الإسلامية</p>
<p>آخر تحديث للشبكة بتاريخ: {hd}/{hm}/{hy}هـ - الساعة: {d:%H:%M}</p></div>
</body></html>"""


# --- b8_5 ----------------------------------------------------------------------------

def layout_b8_5(page):
    """Web-Stories-like article without AMP: one paragraph per slide, the
    cover with publisher and date, the credit on the last slide."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    total = len(paras) + 2
    credits = ["رويترز", "أ ف ب", "غيتي إيمجز", "أرشيفية", "أسوشيتد برس"]
    slides = []
    cover_date = digits(page, f"{d.day} {MONTHS[d.month - 1]} {d.year}")
    slides.append(f"""<section class="ws-page ws-cover" id="page-1" data-index="1">
<div class="ws-bg" style="background-image:url(/stories/{a.key}/cover.jpg)"></div>
<div class="ws-publisher"><img src="/logo-square.png" alt=""> <span>{esc(site.name)}</span></div>
<h1 class="ws-title">{esc(a.title)}</h1>
<div class="ws-date">{cover_date}</div>
<div class="ws-hint">اضغط للمتابعة ›</div>
</section>""")
    for i, p in enumerate(paras):
        idx = i + 2
        cr = credits[(num(a, "cr", 0, 9) + i) % len(credits)]
        slides.append(f"""<section class="ws-page" id="page-{idx}" data-index="{idx}">
<div class="ws-bg" style="background-image:url(/stories/{a.key}/{idx}.jpg)"></div>
<div class="ws-text"><p>{esc(p)}</p></div>
<div class="ws-credit">الصورة: {cr}</div>
<div class="ws-counter">{idx} / {total}</div>
</section>""")
        if i == 2 and len(paras) > 4:
            slides.append('<section class="ws-page ws-ad" data-ad="1"><div class="ws-ad-label">إعلان</div><div class="ws-ad-unit" data-slot="story-interstitial"></div></section>')
    last = ""
    if a.author:
        last = f'<div class="ws-credits"><span class="ws-credits-lbl">إعداد</span> <span class="ws-credits-name">{esc(a.author)}</span></div>'
    more = "".join(f'<li><a href="{esc(page.url_of(o))}"><img src="/stories/{o.key}/cover.jpg" alt=""><span>{esc(o.title)}</span></a></li>'
                   for o in page.others("similar", 6))
    slides.append(f"""<section class="ws-page ws-end" id="page-{total}" data-index="{total}">
<div class="ws-bg" style="background-image:url(/stories/{a.key}/end.jpg)"></div>
{last}
<div class="ws-attachment"><a href="{esc(page.canonical)}?full=1">اسحب للأعلى لقراءة الخبر كاملاً</a></div>
<div class="ws-counter">{total} / {total}</div>
</section>""")
    progress = "".join(f'<span class="seg" data-i="{i + 1}"></span>' for i in range(total))
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": a.title,
          "datePublished": iso(d), "publisher": {"@type": "Organization", "name": site.name},
          "image": f"{site.base}/stories/{a.key}/cover.jpg", "mainEntityOfPage": page.canonical}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    extra = (f'<meta name="viewport" content="width=device-width,initial-scale=1">'
             f'<meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article">'
             f'<meta property="article:published_time" content="{iso(d)}">'
             f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
             '<style>.ws-page{height:100vh;position:relative}.ws-bg{position:absolute;inset:0;background-size:cover}</style>')
    return f"""{L.head(page, extra)}
<body class="web-story">
<div class="ws-topbar"><div class="ws-progress">{progress}</div>
<div class="ws-controls"><button class="mute" aria-label="كتم الصوت">🔇</button><button class="share" aria-label="مشاركة">مشاركة</button><a class="close" href="/stories" aria-label="إغلاق">✕</a></div></div>
<main class="ws-story" data-story-id="{a.key}">
{chr(10).join(slides)}
</main>
<div class="ws-bookend"><h3>قصص أخرى</h3><ul>{more}</ul>
<div class="ws-share"><a href="https://wa.me/">واتساب</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://facebook.com/sharer">فيسبوك</a> <a href="#copy">نسخ الرابط</a></div></div>
<footer class="ws-footer"><a href="/">{esc(site.name)}</a> · <a href="/stories">كل القصص</a> · <a href="/privacy">الخصوصية</a></footer>
</body></html>"""


LAYOUTS = {
    "b8_1": layout_b8_1,
    "b8_2": layout_b8_2,
    "b8_3": layout_b8_3,
    "b8_4": layout_b8_4,
    "b8_5": layout_b8_5,
}
