"""Blind test layouts (set 10) for newsfarm (--extra-layouts): five article
templates modelled on kinds of real Arabic news pages that no earlier layout
file imitates, written without reading Khabar's extractor. Each prints the
whole page a reader gets: header and menus, a strip, the article, the boxes
sites put inside the text, and the lists, comments and footer after it.

  b10_1  Iraqi news site on Joomla 3 + K2 (Baghdad time, +03:00): K2's item
         view with the date ABOVE the headline («الأحد, 09 آب/أغسطس 2015
         14:32», Joomla's dual Levantine/Egyptian month names, 24-hour
         clock), the headline as h2.itemTitle, then «كتب بواسطة» + the
         writer as a link in span.itemAuthor; toolbar (font size, print,
         e-mail, comments), rating stars, picture with caption and credit,
         the text split into itemIntroText / itemFullText with a banner
         module, an AllVideos YouTube player and a Simple Image Gallery in
         it; «آخر تعديل في» modified date, category and tags, «الأحدث من»
         the writer, related items, previous/next, K2 comments with dates.
         NO machine-readable date (K2's OpenGraph tags carry none).
  b10_2  Saudi government / university news centre on classic ASP
         (NewsDetails.asp, nested tables, windows-1256 where the site is):
         the date only in Hijri (Umm al-Qura), Saudi official order
         «الأحد 1436/10/24هـ - 02:32 م» in the news-info row with the read
         count and print/send links, NO Gregorian date and NO
         machine-readable date anywhere; a picture strip «صور من الخبر»
         and a «خدمات ذات علاقة» box inside the text; the credit AFTER the
         text in a labelled «المصدر:» table row; a «هل كانت هذه الصفحة
         مفيدة؟» poll, other news with Hijri dates, visitor counter.
  b10_3  Quran-radio / religious broadcaster's news item: live-player bar
         («على الهواء الآن»), FM frequencies, Makkah prayer-times and
         broadcast-schedule widgets (clock times in the chrome); «نشر في:
         09/08/2015 - 14:32 | آخر تحديث: …» under the headline and only a
         date (no clock) in <meta name="DC.date.issued">; the credit inside
         the audio-report player card above the text («تقرير:» + name +
         duration + download link; pages without an author get a «استمع
         للخبر» card with no name); a «استمع أيضاً» audio playlist, a
         programme promo and a sponsor ad inside the text.
  b10_4  Arabic service of a foreign state news agency (Sputnik-like, BEM
         "b-article" markup, Moscow time = +03:00): time-first dotted date
         «14:32 09.08.2015» with «(تم التحديث 16:05 09.08.2015)» and a
         short-link button in the info row, the credit as a linked name
         after a bullet at the end of that row; JSON-LD in the compact
         form «2015-08-09T14:32+0300»; a photo-bank credit, «اقرأ أيضاً»
         injects with the other story's time, a radio-clip inject and an
         infographic inside the text; tags, comment rules, 18+ footer.
  b10_5  Women's / lifestyle magazine (Sayidaty-like): category pill,
         headline, a date-only line in Eastern digits «٩ أغسطس ٢٠١٥» with a
         reading time, the clock only in article:published_time (+03:00);
         in the text «اقرئي أيضاً» cards, a «تسوقي الآن» product strip with
         prices, a quiz promo, a Pinterest pin, an ad and a newsletter
         sign-up; the credit ONLY in an author card at the END (photo,
         «عن الكاتب», linked name, a short bio, «المزيد من مقالات الكاتب»).

Pages whose article has no author print no byline. The author string is
printed whole, exactly as the corpus gives it, as the only text of its
element.

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts /work/blind10/blind10_layouts.py \\
      --layouts b10_1,b10_2,b10_3,b10_4,b10_5 --out /work/blind10/pages
"""

import datetime as dt
import hashlib
import json
import sys

sys.path.insert(0, "/work/shared/newsfarm")
import layouts as L  # noqa: E402

esc = L.esc
MONTHS = L.MONTHS
# Joomla's ar-AA language pack prints both month names
JOOMLA_MONTHS = ["كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
                 "حزيران/يونيو", "تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
                 "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"]
WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
# Umm al-Qura month starts around the corpus (checked against ICU's islamic-umalqura)
UQ_STARTS = [((1436, 9), dt.date(2015, 6, 18)), ((1436, 10), dt.date(2015, 7, 17)),
             ((1436, 11), dt.date(2015, 8, 16)), ((1436, 12), dt.date(2015, 9, 14))]


def num(a, salt, lo, hi):
    h = int(hashlib.md5((a.key + salt).encode()).hexdigest()[:8], 16)
    return lo + h % (hi - lo + 1)


def iso(d):
    return d.isoformat() + "+03:00"


def ampm(d, am="ص", pm="م"):
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d} {am if d.hour < 12 else pm}"


def umm_al_qura(d):
    """(day, month, year) in the Umm al-Qura calendar for dates around the corpus."""
    day = d.date() if isinstance(d, dt.datetime) else d
    for (ym, start), nxt in zip(UQ_STARTS, UQ_STARTS[1:] + [((0, 0), dt.date(2015, 10, 14))]):
        if start <= day < nxt[1]:
            return (day - start).days + 1, ym[1], ym[0]
    raise ValueError(f"no Umm al-Qura table entry for {day}")


def short(text, n=12):
    w = text.split()
    return " ".join(w[:n]) + ("..." if len(w) > n else "")


def weave(paras, boxes, p_open="<p>", p_close="</p>"):
    """Paragraphs in order, each box after the paragraph of its index; boxes
    whose index is past the end go after the last paragraph."""
    out = []
    last = len(paras) - 1
    for i, p in enumerate(paras):
        out.append(f"{p_open}{esc(p)}{p_close}")
        for at, box in boxes:
            if at == i or (i == last and at > last):
                out.append(box)
    if not paras:
        out += [box for _, box in boxes]
    return "\n".join(out)


# --- b10_1 -----------------------------------------------------------------------------

def joomla_date(d):
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {JOOMLA_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def layout_b10_1(page):
    """Iraqi news site on Joomla + K2: date above the headline, «كتب بواسطة»
    link under it, no machine-readable date."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    iid = 24000 + a.n
    cats = [("سياسة", "politics"), ("محليات", "local"), ("اقتصاد", "economy"), ("تقارير", "reports"),
            ("عربي ودولي", "world")]
    cat, cslug = cats[num(a, "cat", 0, len(cats) - 1)]
    item_url = f"/index.php/{cslug}/item/{iid}"
    img = hashlib.md5(f"Image{iid}".encode()).hexdigest()
    intro, rest = (paras[:1], paras[1:])
    banner = ('<div class="moduletable inarticle-banner"><div class="bannergroup">'
              f'<div class="banneritem"><a href="/index.php/component/banners/click/{num(a, "bn", 3, 19)}" target="_blank" title="إعلان">'
              '<img src="/images/banners/asiacell-600x90.gif" alt="إعلان"></a><div class="clr"></div></div></div></div>')
    video = (f'<span class="avPlayerWrapper avVideo"><span class="avPlayerContainer"><span id="AVPlayerID_0_{a.key[:8]}" class="avPlayerBlock">'
             f'<iframe src="https://www.youtube.com/embed/{a.key[:11]}?rel=0&amp;fs=1&amp;wmode=transparent" width="600" height="338" '
             'frameborder="0" allowfullscreen title="JoomlaWorks AllVideos Player"></iframe></span></span></span>')
    n_pics = num(a, "pics", 3, 5)
    gallery = (f'<div class="sigProContainer sigProClassic" id="sigProId{a.key[:10]}"><ul class="sigProClassic">'
               + "".join(f'<li class="sigProThumb"><span class="sigProLinkOuterWrapper"><span class="sigProLinkWrapper">'
                         f'<a href="/images/gallery/{iid}/{k}.jpg" class="sigProLink" rel="lyteshow[gallery{a.key[:6]}]" '
                         f'title="عرض الصورة {k} من {n_pics}" target="_blank"><img class="sigProImg" src="/plugins/content/jw_sigpro/jw_sigpro/includes/images/transparent.gif" '
                         f'alt="عرض الصورة {k} من {n_pics}" title="عرض الصورة {k} من {n_pics}" '
                         f'style="width:200px;height:160px;background-image:url(/cache/jw_sigpro/jwsigpro_cache_{a.key[:6]}_{k}.jpg);"></a></span></span></li>'
                         for k in range(1, n_pics + 1))
               + '<li class="sigProClear">&nbsp;</li></ul>'
               f'<div class="sigProPrintMessage">يمكنك مشاهدة ألبوم الصور على الرابط التالي: {esc(page.canonical)}#sigProGalleriaTargetID</div></div>')
    boxes = [(0, banner)]  # indices count the paragraphs of itemFullText
    if num(a, "vid", 0, 2) == 0:
        boxes.append((1, video))
    else:
        boxes.append((2, gallery))
    full = weave(rest, boxes)
    author_html = ""
    latest = ""
    meta_author = ""
    if a.author:
        uid = num(a, "uid", 60, 990)
        author_html = (f'<span class="itemAuthor">كتب بواسطة&nbsp;'
                       f'<a rel="author" href="/index.php/{cslug}/itemlist/user/{uid}">{esc(a.author)}</a></span>')
        latest = ('<div class="itemAuthorLatest"><h3>الأحدث من ' + esc(a.author) + '</h3><ul>'
                  + "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("author", 4))
                  + '</ul><div class="clr"></div></div>')
        meta_author = f'<meta name="author" content="{esc(a.author)}">'
    modified = d + dt.timedelta(minutes=num(a, "mod", 20, 400))
    stars = num(a, "st", 0, 5)
    votes = num(a, "vo", 0, 40) if stars else 0
    rating = ('<div class="itemRatingBlock"><span>قيم هذا الموضوع</span><div class="itemRatingForm">'
              f'<ul class="itemRatingList"><li class="itemCurrentRating" id="itemCurrentRating{iid}" style="width:{stars * 20}%;"></li>'
              + "".join(f'<li><a href="#" data-id="{iid}" title="{k} نجوم من 5" class="{w}-star">{k}</a></li>'
                        for k, w in zip(range(1, 6), ["one", "two", "three", "four", "five"]))
              + f'</ul><div id="itemRatingLog{iid}" class="itemRatingLog">({votes} أصوات)</div><div class="clr"></div></div></div>')
    rnd_names = ["علي الساعدي", "أبو حيدر", "مواطن عراقي", "سارة", "حسين البصري", "متابع"]
    ck = num(a, "ck", 0, 3)
    comments = "".join(
        f'<li class="{"even" if k % 2 else "odd"}"><span class="commentLink"><a href="{item_url}#comment{num(a, "c" + str(k), 100, 9999)}" name="comment{k}">رابط التعليق</a></span>'
        f'<span class="commentDate">{joomla_date(d + dt.timedelta(minutes=35 + 47 * k))}</span>'
        f'<span class="commentAuthorName"> أرسل بواسطة {esc(rnd_names[num(a, "cn" + str(k), 0, len(rnd_names) - 1)])}</span>'
        f'<p>{esc(L.COMMENTS[num(a, "ct" + str(k), 0, len(L.COMMENTS) - 1)])}</p></li>'
        for k in range(ck))
    comment_block = (f'<div class="itemComments"><h3 class="itemCommentsCounter"><span>{ck}</span> تعليقات</h3>'
                     + (f'<ul class="itemCommentsList">{comments}</ul>' if ck else "")
                     + '<div class="itemCommentsForm"><h3>أضف تعليق</h3>'
                     '<p class="itemCommentsFormNotes">تأكد من ملء الحقول الإلزامية المشار إليها بعلامة النجمة (*). لا يسمح باستخدام أكواد HTML.</p>'
                     '<form action="/index.php" method="post" id="comment-form" class="form-validate">'
                     '<label class="formComment" for="commentText">اكتب تعليقك *</label><textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText"></textarea>'
                     '<label class="formName" for="userName">الاسم *</label><input class="inputbox" type="text" name="userName" id="userName">'
                     '<label class="formEmail" for="commentEmail">البريد الإلكتروني *</label><input class="inputbox" type="text" name="commentEmail" id="commentEmail">'
                     '<input type="submit" class="button" id="submitCommentButton" value="أضف تعليق"></form></div></div>')
    related = "".join(f'<li class="{"even" if k % 2 else "odd"}"><a class="itemRelTitle" href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                      for k, o in enumerate(page.others("similar", 5)))
    nav_prev, nav_next = (page.others("prevnext", 2) + [None, None])[:2]
    navigation = '<div class="itemNavigation"><span class="itemNavigationTitle">المزيد في هذه الفئة:</span>'
    if nav_prev:
        navigation += f'<a class="itemPrevious" href="{esc(page.url_of(nav_prev))}">&laquo; {esc(nav_prev.title)}</a>'
    if nav_next:
        navigation += f'<a class="itemNext" href="{esc(page.url_of(nav_next))}">{esc(nav_next.title)} &raquo;</a>'
    navigation += "</div>"
    tags = "".join(f'<li><a href="/index.php/{cslug}/itemlist/tag/{esc(t)}">{esc(t)}</a></li>' for t in L.tags_for(a))
    popular = "".join(f'<li><a class="moduleItemTitle" href="{esc(page.url_of(o))}">{esc(o.title)}</a>'
                      f'<span class="moduleItemHits">قراءة {num(o, "h", 300, 30000)} مرات</span></li>'
                      for o in page.others("popular", 6))
    latest_side = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("latest", 6))
    ticker = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("ticker", 5))
    menu = "".join(f'<li class="item-{101 + k}{" current active" if n == cat else ""}"><a href="/index.php/{s}">{esc(n)}</a></li>'
                   for k, (n, s) in enumerate([("الرئيسية", "")] + cats + [("رياضة", "sport"), ("منوعات", "misc"),
                                                                              ("مقالات", "articles"), ("اتصل بنا", "contact")]))
    head = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar-aa" lang="ar-aa" dir="rtl">
<head>
<base href="{esc(page.canonical)}" />
<meta http-equiv="content-type" content="text/html; charset={site.encoding}" />
<meta name="keywords" content="{esc(",".join(L.tags_for(a)))}" />
<meta name="rights" content="{esc(site.name)}" />
{meta_author}
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:description" content="{esc(L.first_sentence(a.text))}" />
<meta property="og:image" content="{esc(site.base)}/media/k2/items/cache/{img}_XL.jpg" />
<meta name="image" content="{esc(site.base)}/media/k2/items/cache/{img}_XL.jpg" />
<meta name="description" content="{esc(L.first_sentence(a.text))}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(a.title)}</title>
<link href="{esc(page.canonical)}" rel="canonical" />
<link href="/index.php/{cslug}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
<link href="/templates/gk_news/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link rel="stylesheet" href="/components/com_k2/css/k2.css" type="text/css" />
<link rel="stylesheet" href="/plugins/content/jw_allvideos/jw_allvideos/tmpl/Classic/css/template.css" type="text/css" />
<link rel="stylesheet" href="/templates/gk_news/css/k2.rtl.css" type="text/css" />
<script src="/media/jui/js/jquery.min.js" type="text/javascript"></script>
<script src="/components/com_k2/js/k2.js?v2.6.9&amp;sitepath=/" type="text/javascript"></script>
<script type="text/javascript">var K2SitePath = '/';</script>
</head>"""
    return f"""{head}
<body data-tablet-width="1040" data-mobile-width="580" data-zoom-size="150" class="rtl">
<div id="gkTopBar"><div class="gkPage">
<div class="moduletable currency"><span>أسعار الصرف: الدولار في بغداد {1190 + num(a, "usd", 0, 40)} دينار</span> <span>أربيل {1185 + num(a, "usd2", 0, 40)}</span></div>
<div class="moduletable weather"><span>بغداد 47°</span> <span>البصرة 49°</span> <span>الموصل 44°</span></div>
<ul class="gkSocial"><li><a href="https://www.facebook.com/">فيسبوك</a></li><li><a href="https://twitter.com/">تويتر</a></li><li><a href="https://www.youtube.com/">يوتيوب</a></li></ul>
</div></div>
<header id="gkHeader"><div class="gkPage">
<div id="gkLogo"><a href="/" class="cssLogo">{esc(site.name)}</a><span class="gkLogoSlogan">أخبار العراق والعالم على مدار الساعة</span></div>
<div id="gkBanner"><a href="/index.php/component/banners/click/2"><img src="/images/banners/korek-728x90.jpg" alt=""></a></div>
</div></header>
<div id="gkMainMenu"><div class="gkPage"><nav id="gkExtraMenu" class="gkMenu"><ul class="nav menu">{menu}</ul></nav>
<form action="/index.php" method="post" class="form-inline"><input name="searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="بحث ..." /><input type="hidden" name="option" value="com_search" /></form></div></div>
<div id="gkBreakingNews"><div class="gkPage"><span class="nspTitle">عاجل</span><ul class="nspList">{ticker}</ul></div></div>
<div id="gkPageContent" class="gkPage">
<div id="gkContent">
<ul class="breadcrumb"><li class="active">أنت هنا: &#160;</li><li><a href="/" class="pathway">الرئيسية</a><span class="divider"> / </span></li><li><a href="/index.php/{cslug}" class="pathway">{esc(cat)}</a><span class="divider"> / </span></li><li class="active"><span>{esc(a.title)}</span></li></ul>
<div id="system-message-container"></div>
<span id="startOfPageId{iid}"></span>
<div id="k2Container" class="itemView">
<div class="itemHeader">
<span class="itemDateCreated">{joomla_date(d)}</span>
<h2 class="itemTitle">{esc(a.title)}</h2>
{author_html}
</div>
<div class="itemToolbar"><ul>
<li><span class="itemTextResizerTitle">حجم الخط</span> <a href="#" id="fontDecrease"><span>تصغير حجم الخط</span></a> <a href="#" id="fontIncrease"><span>تكبير حجم الخط</span></a></li>
<li><a class="itemPrintLink" rel="nofollow" href="{item_url}?tmpl=component&amp;print=1"><span>طباعة</span></a></li>
<li><a class="itemEmailLink" rel="nofollow" href="/index.php/component/mailto/?tmpl=component&amp;template=gk_news&amp;link={a.key}"><span>البريد الإلكتروني</span></a></li>
<li><a class="itemCommentsLink k2Anchor" href="{item_url}#itemCommentsAnchor"><span>تعليق ({ck})</span></a></li>
</ul><div class="clr"></div></div>
{rating}
<div class="itemBody">
<div class="itemImageBlock"><span class="itemImage"><a class="modal" rel="{{handler: 'image'}}" href="/media/k2/items/cache/{img}_XL.jpg" title="اضغط لمشاهدة الصورة بالحجم الكامل">
<img src="/media/k2/items/cache/{img}_L.jpg" alt="{esc(a.title)}" style="width:600px; height:auto;" /></a></span>
<span class="itemImageCaption">{esc(short(a.title, 7))}</span>
<span class="itemImageCredits">أرشيفية</span><div class="clr"></div></div>
<div class="itemIntroText">
{weave(intro, [])}
</div>
<div class="itemFullText">
{full}
</div>
<div class="clr"></div>
<div class="itemDateModified">آخر تعديل في {joomla_date(modified)}</div>
<div class="clr"></div>
</div>
<div class="itemLinks">
<div class="itemCategory"><span>نشر في</span> <a href="/index.php/{cslug}">{esc(cat)}</a></div>
<div class="itemTagsBlock"><span>الوسوم</span><ul class="itemTags">{tags}</ul><div class="clr"></div></div>
<div class="clr"></div></div>
<div class="itemSocialSharing">
<div class="itemTwitterButton"><a href="https://twitter.com/share" class="twitter-share-button" data-count="horizontal">تويت</a></div>
<div class="itemFacebookButton"><div class="fb-like" data-send="false" data-width="200" data-show-faces="true"></div></div>
<div class="clr"></div></div>
{latest}
<div class="itemRelated"><h3>مواد ذات صلة (بواسطة الوسم)</h3><ul>{related}</ul><div class="clr"></div></div>
{navigation}
<a name="itemCommentsAnchor" id="itemCommentsAnchor"></a>
{comment_block}
<div class="itemBackToTop"><a class="k2Anchor" href="{item_url}#startOfPageId{iid}">العودة للأعلى</a></div>
<div class="clr"></div>
</div>
</div>
<aside id="gkSidebar">
<div class="box popular"><h3 class="header">الأكثر قراءة</h3><div id="k2ModuleBox{num(a, 'mb', 90, 140)}" class="k2ItemsBlock"><ul>{popular}</ul></div></div>
<div class="box latest"><h3 class="header">آخر الأخبار</h3><ul class="latestnews">{latest_side}</ul></div>
<div class="box poll"><h3 class="header">استطلاع رأي</h3><form class="acypoll"><p>هل تتوقع تحسن الكهرباء خلال الصيف؟</p>
<label><input type="radio" name="v"> نعم</label><label><input type="radio" name="v"> لا</label><label><input type="radio" name="v"> لا أعرف</label><button>صوت</button></form></div>
<div class="box ad"><a href="/index.php/component/banners/click/5"><img src="/images/banners/zain-300x250.gif" alt="إعلان"></a></div>
</aside>
</div>
<footer id="gkFooter"><div class="gkPage">
<ul class="menu"><li><a href="/index.php/about">من نحن</a></li><li><a href="/index.php/contact">اتصل بنا</a></li><li><a href="/index.php/advertise">الإعلان</a></li><li><a href="/index.php/privacy">سياسة الخصوصية</a></li></ul>
<p id="gkCopyrights">جميع الحقوق محفوظة &copy; 2015 {esc(site.name)}. الآراء الواردة في المقالات تعبر عن رأي كتابها.</p>
<p class="gkDesign">تصميم وتطوير: شركة الرافدين للحلول الرقمية</p>
</div></footer>
<div id="gkPopupLogin"><div class="gkPopupWrap"><h3>تسجيل الدخول</h3><form><input type="text" name="username" placeholder="اسم المستخدم"><input type="password" name="password" placeholder="كلمة المرور"><button>دخول</button></form></div></div>
</body>
</html>"""


# --- b10_2 -----------------------------------------------------------------------------

def hijri_official(d):
    day, month, year = umm_al_qura(d)
    return f"{year}/{month:02d}/{day:02d}هـ"


def layout_b10_2(page):
    """Saudi government / university news centre on classic ASP: Hijri-only
    date, year first; the credit after the text in a labelled row."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    nid = 5200 + a.n
    views = num(a, "v", 40, 6000)
    n_pics = num(a, "np", 3, 4)
    pics = ('<table class="NewsPics" width="100%" cellpadding="4" cellspacing="0"><tr><td colspan="' + str(n_pics)
            + '" class="NewsPicsTitle">صور من الخبر</td></tr><tr>'
            + "".join(f'<td align="center"><a href="/MediaCenter/NewsImages/{nid}_{k}.jpg" target="_blank">'
                      f'<img src="/MediaCenter/NewsImages/thumbs/{nid}_{k}.jpg" width="120" height="90" border="0" alt=""></a>'
                      f'<br><span class="PicCaption">{["جانب من الحفل", "خلال الجولة", "أثناء الاجتماع", "من اللقاء"][k % 4]}</span></td>'
                      for k in range(1, n_pics + 1))
            + '</tr></table>')
    services = ('<table class="RelatedServices" align="left" width="220" cellpadding="3" cellspacing="0" border="1" bordercolor="#D8D0B8">'
                '<tr><td class="RSTitle">خدمات ذات علاقة</td></tr>'
                '<tr><td><a href="/eServices/Inquiry.asp">الاستعلام عن المعاملات</a></td></tr>'
                '<tr><td><a href="/eServices/Appointments.asp">حجز المواعيد</a></td></tr>'
                '<tr><td><a href="/eServices/Complaints.asp">الشكاوى والمقترحات</a></td></tr></table>')
    boxes = [(0, services), (2, pics)]
    body = weave(paras, boxes, '<p style="text-align: justify;">', "</p>")
    source = ""
    if a.author:
        source = ('<tr><td class="NewsSource"><table cellpadding="2" cellspacing="0"><tr>'
                  f'<td class="NewsSourceLbl" nowrap>المصدر:</td><td class="NewsSourceVal">{esc(a.author)}</td>'
                  '</tr></table></td></tr>')
    others = "".join(f'<tr><td class="OtherNewsItem"><img src="/images/arrow.gif" width="7" height="7" alt=""> '
                     f'<a href="{esc(page.url_of(o))}">{esc(o.title)}</a> <span class="OtherNewsDate">({hijri_official(o.published)})</span></td></tr>'
                     for o in page.others("similar", 6))
    marquee = " &nbsp;&nbsp;|&nbsp;&nbsp; ".join(f'<a href="{esc(page.url_of(o))}">{esc(o.title)}</a>' for o in page.others("ticker", 5))
    menu = "".join(f'<td class="MenuItem"><a href="{u}">{n}</a></td>' for n, u in [
        ("الرئيسية", "/default.asp"), ("عن الجهة", "/About.asp"), ("القطاعات", "/Sectors.asp"),
        ("الخدمات الإلكترونية", "/eServices/"), ("المركز الإعلامي", "/MediaCenter/"), ("الأنظمة واللوائح", "/Regulations.asp"),
        ("التوظيف", "/Jobs.asp"), ("اتصل بنا", "/ContactUs.asp")])
    side = "".join(f'<tr><td class="SideItem"><a href="{u}">{n}</a></td></tr>' for n, u in [
        ("الأخبار", "/MediaCenter/News.asp"), ("البيانات الصحفية", "/MediaCenter/Press.asp"),
        ("ألبوم الصور", "/MediaCenter/Photos.asp"), ("مكتبة الفيديو", "/MediaCenter/Videos.asp"),
        ("الإصدارات", "/MediaCenter/Publications.asp"), ("التقارير السنوية", "/MediaCenter/Reports.asp")])
    extra = ('<meta name="keywords" content="' + esc(",".join(L.tags_for(a))) + '">'
             f'<meta name="description" content="{esc(L.first_sentence(a.text))}">')
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html dir="rtl" lang="ar">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}">
<title>{esc(a.title)} - {esc(site.name)}</title>
{extra}
<link rel="canonical" href="{esc(page.canonical)}">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/functions.js"></script>
<script language="javascript">function PrintNews(id){{window.open('/MediaCenter/PrintNews.asp?NewsID='+id,'print','width=650,height=600,scrollbars=yes');}}</script>
</head>
<body topmargin="0" leftmargin="0" rightmargin="0" bgcolor="#F4F1EA">
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td class="TopBar"><a href="/en/default.asp">English</a> | <a href="/SiteMap.asp">خريطة الموقع</a> | <a href="/ContactUs.asp">اتصل بنا</a> | <a href="/eServices/Login.asp">الدخول للخدمات الإلكترونية</a> | <a href="javascript:FontSize(1)">تكبير الخط</a> | <a href="javascript:FontSize(-1)">تصغير الخط</a></td></tr>
<tr><td class="Header" height="110"><table width="100%"><tr><td><img src="/images/kingdom-logo.gif" alt="المملكة العربية السعودية" width="90" height="90"></td>
<td class="HeaderTitle">المملكة العربية السعودية<br><b>{esc(site.name)}</b><br>المركز الإعلامي</td>
<td align="left"><img src="/images/header-banner.jpg" width="520" height="100" alt=""></td></tr></table></td></tr>
<tr><td><table class="MainMenu" width="100%" cellpadding="0" cellspacing="0"><tr>{menu}</tr></table></td></tr>
<tr><td class="NewsBar"><table width="100%"><tr><td class="NewsBarTitle" width="90">آخر الأخبار</td><td><marquee direction="right" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></td></tr></table></td></tr>
<tr><td>
<table width="100%" cellpadding="0" cellspacing="8"><tr>
<td width="200" valign="top" class="RightCol">
<table width="100%" class="SideMenu" cellpadding="4" cellspacing="0"><tr><td class="SideTitle">المركز الإعلامي</td></tr>{side}</table>
<table width="100%" class="SideBox" cellpadding="4" cellspacing="0"><tr><td class="SideTitle">روابط مهمة</td></tr>
<tr><td><a href="https://www.saudi.gov.sa">البوابة الوطنية (سعودي)</a></td></tr><tr><td><a href="/OpenData.asp">البيانات المفتوحة</a></td></tr><tr><td><a href="/Participation.asp">المشاركة الإلكترونية</a></td></tr></table>
<table width="100%" class="SideBox" cellpadding="4" cellspacing="0"><tr><td class="SideTitle">القائمة البريدية</td></tr>
<tr><td><form action="/MailList.asp" method="post"><input type="text" name="email" size="18"><input type="submit" value="اشتراك"></form></td></tr></table>
</td>
<td valign="top" class="Content">
<div class="Path"><a href="/default.asp">الرئيسية</a> &raquo; <a href="/MediaCenter/">المركز الإعلامي</a> &raquo; <a href="/MediaCenter/News.asp">الأخبار</a></div>
<table class="NewsDetails" width="100%" cellpadding="6" cellspacing="0">
<tr><td class="NewsTitle"><h2>{esc(a.title)}</h2></td></tr>
<tr><td class="NewsInfo"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="NewsDate"><img src="/images/icon-date.gif" width="12" height="12" alt=""> {WEEKDAYS[d.weekday()]} {hijri_official(d)} - {ampm(d)}</td>
<td class="NewsViews">عدد القراءات: {views}</td>
<td class="NewsTools" align="left"><a href="javascript:PrintNews({nid})">طباعة</a> | <a href="/MediaCenter/SendNews.asp?NewsID={nid}">أرسل لصديق</a> | <a href="/MediaCenter/NewsPDF.asp?NewsID={nid}">PDF</a></td>
</tr></table></td></tr>
<tr><td class="NewsImage" align="center"><img src="/MediaCenter/NewsImages/{nid}.jpg" width="450" border="0" alt=""></td></tr>
<tr><td class="NewsBody">
{body}
</td></tr>
{source}
<tr><td class="NewsShare">شارك الخبر: <a href="https://twitter.com/share">تويتر</a> | <a href="https://www.facebook.com/sharer.php">فيسبوك</a> | <a href="mailto:?subject={esc(short(a.title, 6))}">البريد</a></td></tr>
<tr><td class="PageRating"><form action="/PageRating.asp" method="post">هل كانت هذه الصفحة مفيدة؟ <input type="radio" name="useful" value="1"> نعم <input type="radio" name="useful" value="0"> لا <input type="submit" value="إرسال"></form></td></tr>
</table>
<table class="OtherNews" width="100%" cellpadding="4" cellspacing="0"><tr><td class="OtherNewsTitle">أخبار أخرى</td></tr>
{others}
<tr><td align="left"><a href="/MediaCenter/News.asp">أرشيف الأخبار</a></td></tr></table>
</td></tr></table>
</td></tr>
<tr><td class="Footer" align="center">
<a href="/Privacy.asp">سياسة الخصوصية</a> | <a href="/Terms.asp">شروط الاستخدام</a> | <a href="/Accessibility.asp">إمكانية الوصول</a> | <a href="/FAQ.asp">الأسئلة الشائعة</a><br>
جميع الحقوق محفوظة لـ {esc(site.name)} 1436هـ<br>
عدد زوار الموقع: {1200000 + num(a, "vis", 0, 90000)} | أفضل عرض للموقع بدقة 1024x768
</td></tr>
</table>
</body>
</html>"""


# --- b10_3 -----------------------------------------------------------------------------

PROGRAMS = ["نور على الدرب", "من مشكاة النبوة", "تفسير القرآن الكريم", "فتاوى", "مع الأسرة", "قطوف",
            "أحكام تلاوة القرآن", "سيرة وتاريخ"]
READERS = ["الشيخ عبدالرحمن السديس", "الشيخ سعود الشريم", "الشيخ ماهر المعيقلي", "الشيخ علي الحذيفي"]


def layout_b10_3(page):
    """Quran-radio news item: the reporter in the audio-report player card
    above the text; visible published and updated times, a date-only meta."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    upd = d + dt.timedelta(minutes=num(a, "upd", 25, 240))
    nid = 71000 + a.n
    dur = f"{num(a, 'dm', 1, 6):02d}:{num(a, 'ds', 0, 59):02d}"
    if a.author:
        card = (f'<div class="audio-report" data-id="{nid}"><button class="ar-play" type="button" aria-label="تشغيل">تشغيل</button>'
                '<div class="ar-info"><span class="ar-label">تقرير:</span> '
                f'<span class="ar-reporter">{esc(a.author)}</span></div>'
                f'<div class="ar-time"><span class="ar-cur">00:00</span> / <span class="ar-dur">{dur}</span></div>'
                f'<audio preload="none" src="/media/reports/{a.key}.mp3"></audio>'
                f'<a class="ar-download" href="/media/reports/{a.key}.mp3" download>تحميل التقرير</a></div>')
    else:
        card = (f'<div class="audio-report audio-news" data-id="{nid}"><button class="ar-play" type="button" aria-label="تشغيل">تشغيل</button>'
                '<div class="ar-info"><span class="ar-label">استمع للخبر</span></div>'
                f'<div class="ar-time"><span class="ar-cur">00:00</span> / <span class="ar-dur">{dur}</span></div>'
                f'<audio preload="none" src="/media/news-audio/{a.key}.mp3"></audio></div>')
    playlist = ('<div class="listen-also"><h4>استمع أيضاً</h4><ul>'
                + "".join(f'<li><button class="la-play" type="button">تشغيل</button> <a href="{esc(page.url_of(o))}">{esc(o.title)}</a> '
                          f'<span class="la-dur">{num(o, "dm", 1, 6):02d}:{num(o, "ds", 0, 59):02d}</span></li>'
                          for o in page.others("listen", 3))
                + '</ul></div>')
    prog = PROGRAMS[num(a, "prog", 0, len(PROGRAMS) - 1)]
    promo = (f'<div class="program-promo"><img src="/images/programs/{num(a, "prog", 0, len(PROGRAMS) - 1) + 1}.jpg" alt="">'
             f'<div><span class="pp-label">برامجنا</span><h5>{esc(prog)}</h5>'
             f'<p>يذاع يومياً بعد صلاة العشاء، ويعاد في الساعة العاشرة صباحاً</p><a href="/programs/{num(a, "prog", 0, len(PROGRAMS) - 1) + 1}">حلقات البرنامج</a></div></div>')
    sponsor = '<div class="sponsor-ad"><span>إعلان</span><a href="/ads/click/12"><img src="/ads/charity-600x100.jpg" alt=""></a></div>'
    boxes = [(1, playlist), (3, sponsor), (4, promo)]
    body = weave(paras, boxes)
    pub = f"{d:%d/%m/%Y - %H:%M}"
    updated = f"{upd:%d/%m/%Y - %H:%M}"
    schedule = [("05:00", "تلاوة الفجر - " + READERS[num(a, "r1", 0, 3)]), ("07:30", "نور على الدرب"),
                ("10:00", "من مشكاة النبوة"), ("13:00", "نشرة الأخبار"), ("16:30", "قطوف"),
                ("20:00", "تلاوة المساء - " + READERS[num(a, "r2", 0, 3)]), ("21:00", "تفسير القرآن الكريم")]
    sched = "".join(f'<li><span class="sc-time">{t}</span> <span class="sc-prog">{esc(p)}</span></li>' for t, p in schedule)
    prayers = "".join(f'<li><span>{n}</span> <b>{t}</b></li>' for n, t in [
        ("الفجر", "04:3" + str(num(a, "pf", 0, 9))), ("الشروق", "05:5" + str(num(a, "ps", 0, 9))),
        ("الظهر", "12:2" + str(num(a, "pd", 0, 9))), ("العصر", "15:4" + str(num(a, "pa", 0, 9))),
        ("المغرب", "18:5" + str(num(a, "pm", 0, 9))), ("العشاء", "20:2" + str(num(a, "pi", 0, 9)))])
    related = "".join(f'<li><a href="{esc(page.url_of(o))}"><img src="/uploads/news/thumb_{o.key}.jpg" alt=""></a>'
                      f'<a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("similar", 6))
    latest = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("latest", 6))
    ticker = " ".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("ticker", 5))
    tags = " ".join(f'<a href="/tags/{esc(t)}" rel="tag">{esc(t)}</a>' for t in L.tags_for(a))
    menu = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in [
        ("الرئيسية", "/"), ("الأخبار", "/news"), ("البرامج", "/programs"), ("جدول البث", "/schedule"),
        ("التلاوات", "/recitations"), ("الفتاوى", "/fatwa"), ("البث المباشر", "/live"), ("تواصل معنا", "/contact")])
    head = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} :: {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta name="DC.title" content="{esc(a.title)}">
<meta name="DC.date.issued" content="{d:%Y-%m-%d}">
<meta name="DC.language" content="ar">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:image" content="{esc(site.base)}/uploads/news/{a.key}.jpg">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="stylesheet" href="/assets/css/app.css?v=3.2">
<script src="/assets/js/jquery-1.11.3.min.js"></script>
<script src="/assets/js/radio-player.js"></script>
</head>"""
    return f"""{head}
<body class="page-news">
<div class="live-bar"><div class="container">
<a class="live-btn" href="/live"><span class="live-dot"></span> استمع للبث المباشر</a>
<span class="on-air">على الهواء الآن: <b>{esc(PROGRAMS[num(a, "air", 0, len(PROGRAMS) - 1)])}</b></span>
<span class="freqs">الرياض 103.6 FM | جدة 94.4 FM | مكة المكرمة 102.1 FM | المدينة المنورة 97.5 FM | الدمام 99.5 FM</span>
</div></div>
<header class="site-header"><div class="container">
<a class="logo" href="/"><img src="/assets/img/logo.png" alt="{esc(site.name)}"><span>إذاعة القرآن الكريم - {esc(site.short)}</span></a>
<nav class="main-menu"><ul>{menu}</ul></nav>
<form class="search" action="/search"><input type="text" name="q" placeholder="ابحث في الموقع"><button type="submit">بحث</button></form>
</div></header>
<div class="news-ticker"><div class="container"><span class="nt-title">أخبار الإذاعة</span><ul>{ticker}</ul></div></div>
<div class="container main-wrap">
<div class="col-content">
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/news">الأخبار</a></li><li class="active">تفاصيل الخبر</li></ol>
<div class="news-details" id="news-{nid}">
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-dates"><span class="nd-pub">نشر في: {pub}</span> <span class="nd-sep">|</span> <span class="nd-upd">آخر تحديث: {updated}</span>
<span class="nd-views">المشاهدات: {num(a, "v", 80, 9000)}</span></div>
{card}
<figure class="news-img"><img src="/uploads/news/{a.key}.jpg" alt="{esc(a.title)}"><figcaption>{esc(short(a.title, 8))}</figcaption></figure>
<div class="news-content">
{body}
</div>
<div class="news-tags"><span>الكلمات الدلالية:</span> {tags}</div>
<div class="news-share"><span>شارك:</span> <a href="https://twitter.com/intent/tweet" class="tw">تويتر</a> <a href="https://www.facebook.com/sharer/sharer.php" class="fb">فيسبوك</a> <a href="whatsapp://send" class="wa">واتساب</a> <a href="/news/print/{nid}" class="pr">طباعة</a></div>
</div>
<section class="related-news"><h3>أخبار ذات صلة</h3><ul>{related}</ul></section>
<section class="feedback"><h3>شاركنا برأيك</h3><p>رسائلكم ومقترحاتكم تصل إلى فريق الإذاعة</p>
<form action="/feedback" method="post"><input name="name" placeholder="الاسم"><input name="city" placeholder="المدينة"><textarea name="msg" placeholder="رسالتك"></textarea><button>إرسال</button></form></section>
</div>
<aside class="col-side">
<div class="widget prayer-times"><h3>مواقيت الصلاة - مكة المكرمة</h3><ul>{prayers}</ul></div>
<div class="widget schedule"><h3>جدول البث اليوم</h3><ul>{sched}</ul><a href="/schedule">الجدول الكامل</a></div>
<div class="widget latest"><h3>آخر الأخبار</h3><ul>{latest}</ul></div>
<div class="widget apps"><h3>تطبيق الإذاعة</h3><a href="#">App Store</a> <a href="#">Google Play</a></div>
</aside>
</div>
<footer class="site-footer"><div class="container">
<p>جميع الحقوق محفوظة &copy; 2015 {esc(site.name)} - إذاعة القرآن الكريم</p>
<ul><li><a href="/about">عن الإذاعة</a></li><li><a href="/frequencies">الترددات</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/privacy">سياسة الخصوصية</a></li></ul>
</div></footer>
</body></html>"""


# --- b10_4 -----------------------------------------------------------------------------

def sp_date(d):
    return f"{d:%H:%M %d.%m.%Y}"


def sp_iso(d):
    return f"{d:%Y-%m-%dT%H:%M}+0300"


def layout_b10_4(page):
    """Arabic service of a foreign state agency: time-first dotted date,
    the credit after a bullet in the info row, compact-offset JSON-LD."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    upd = d + dt.timedelta(minutes=num(a, "upd", 15, 300))
    aid = 1015000000 + a.n * 37
    rubrics = [("العالم العربي", "arab_world"), ("العالم", "world"), ("اقتصاد", "business"), ("مجتمع", "society"),
               ("سياسة", "politics")]
    rub, rslug = rubrics[num(a, "rub", 0, len(rubrics) - 1)]
    ra = page.others("read_also", 2)
    injects = []
    for k, o in enumerate(ra):
        injects.append((2 * k, f'<div class="b-inject b-inject__article"><div class="b-inject__article-title">اقرأ أيضاً</div>'
                               f'<a class="b-inject__article-link" href="{esc(page.url_of(o))}"><img src="/images/{o.key}/cover_120x80.jpg" alt="">'
                               f'<span class="b-inject__article-name">{esc(o.title)}</span></a>'
                               f'<span class="b-inject__article-date">{sp_date(o.published)}</span></div>'))
    radio = (f'<div class="b-inject b-inject__audio"><div class="b-inject__audio-title">راديو</div>'
             f'<div class="b-inject__audio-name">{esc(short(page.others("radio", 1)[0].title if page.others("radio", 1) else a.title, 9))}</div>'
             f'<div class="b-player" data-src="/audio/{a.key}.mp3"><span class="b-player__time">00:00</span> / '
             f'<span class="b-player__duration">{num(a, "rm", 3, 28):02d}:{num(a, "rs", 0, 59):02d}</span></div></div>')
    info = (f'<div class="b-inject b-inject__infographic"><div class="b-inject__infographic-title">إنفوغرافيك</div>'
            f'<a href="/infographics/{num(a, "ig", 100, 999)}/"><img src="/images/infographics/{a.key}.png" alt=""></a></div>')
    boxes = injects + [(3, radio), (5, info)]
    body = weave(paras, boxes, '<div class="b-article__text-item"><p>', "</p></div>")
    author = ""
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": sp_iso(d), "dateModified": sp_iso(upd), "mainEntityOfPage": page.canonical,
          "image": {"@type": "ImageObject", "url": f"{site.base}/images/{a.key}/cover_1200x675.jpg", "width": 1200, "height": 675},
          "publisher": {"@type": "Organization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": site.base + "/i/logo.png", "width": 92, "height": 60}},
          "description": L.first_sentence(a.text)}
    if a.author:
        author = (f'<span class="b-article__info-sep">•</span>'
                  f'<a class="b-article__info-author" href="/authors/{num(a, "au", 1000, 99999)}/">{esc(a.author)}</a>')
        ld["author"] = {"@type": "Person", "name": a.author}
    photog = ["أليكسي فيليبوف", "ميخائيل فوسكريسينسكي", "ألكسندر فيلشينكو", "رامي الشيخ"][num(a, "ph", 0, 3)]
    latest = "".join(f'<li><span class="b-list__time">{o.published:%H:%M}</span> <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                     for o in page.others("latest", 8))
    popular = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a><span class="b-list__views">{num(o, "pv", 900, 90000)}</span></li>'
                      for o in page.others("popular", 5))
    more = "".join(f'<div class="b-card"><a href="{esc(page.url_of(o))}"><img src="/images/{o.key}/cover_300x200.jpg" alt="">'
                   f'<span class="b-card__title">{esc(o.title)}</span></a><span class="b-card__date">{sp_date(o.published)}</span></div>'
                   for o in page.others("similar", 6))
    ticker = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("ticker", 5))
    tags = "".join(f'<li><a href="/tags/{esc(t)}/" class="b-tags__item">{esc(t)}</a></li>' for t in L.tags_for(a))
    langs = " ".join(f'<a href="{u}" lang="{c}">{n}</a>' for n, u, c in [
        ("English", "/en/", "en"), ("Deutsch", "/de/", "de"), ("Français", "/fr/", "fr"), ("Español", "/es/", "es"),
        ("Türkçe", "/tr/", "tr"), ("Русский", "/ru/", "ru"), ("中文", "/zh/", "zh"), ("فارسی", "/fa/", "fa")])
    menu = "".join(f'<li class="b-menu__item"><a href="/{s}/">{n}</a></li>' for n, s in [
        ("الرئيسية", ""), ("العالم العربي", "arab_world"), ("العالم", "world"), ("روسيا", "russia"), ("اقتصاد", "business"),
        ("رياضة", "sport"), ("علوم", "science"), ("مجتمع", "society"), ("فيديو", "video"), ("صور", "photo"), ("راديو", "radio")])
    head = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="{site.encoding}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(a.title)} - {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta name="keywords" content="{esc(", ".join(L.tags_for(a)))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/images/{a.key}/cover_1200x675.jpg">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{esc(site.name)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="amphtml" href="{esc(site.base)}/amp{esc(page.site.path_of(a))}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/css/common.min.css?9a7f3">
</head>"""
    return f"""{head}
<body class="l-body m-article">
<div class="b-header">
<div class="b-header__top"><div class="l-container"><div class="b-header__langs">{langs}</div>
<a class="b-header__radio" href="/radio/">البث المباشر للراديو</a></div></div>
<div class="l-container b-header__main"><a class="b-header__logo" href="/"><img src="/i/logo.png" alt="{esc(site.name)}"></a>
<ul class="b-menu">{menu}</ul>
<form class="b-search" action="/search/"><input type="text" name="query" placeholder="البحث"></form></div>
</div>
<div class="b-ticker"><div class="l-container"><span class="b-ticker__title">الأخبار</span><ul>{ticker}</ul></div></div>
<div class="l-container l-main">
<div class="l-column-main">
<div class="b-article" data-article-id="{aid}">
<div class="b-article__header">
<div class="b-article__refs"><a class="b-article__refs-rubric" href="/{rslug}/">{esc(rub)}</a></div>
<h1 class="b-article__title">{esc(a.title)}</h1>
<div class="b-article__info">
<span class="b-article__info-date"><a href="/archive/{d:%Y%m%d}/">{sp_date(d)}</a></span>
<span class="b-article__info-update">(تم التحديث {sp_date(upd)})</span>
<a class="b-article__info-short" href="#" data-short="https://sptnk.news/{a.key[:5]}">مختصر الرابط</a>
<span class="b-article__info-views">{num(a, "views", 50, 9000)}</span>
{author}
</div>
</div>
<div class="b-article__photo"><img src="/images/{a.key}/cover_860x484.jpg" alt="{esc(short(a.title, 8))}">
<div class="b-article__photo-copyright">&copy; {esc(site.short)} / {esc(photog)} <a href="/photobank/">بنك الصور</a></div></div>
<div class="b-article__text">
{body}
</div>
<div class="b-article__tags"><span>الوسوم:</span><ul>{tags}</ul></div>
<div class="b-share"><a class="b-share__item m-fb" href="https://www.facebook.com/sharer.php">فيسبوك</a><a class="b-share__item m-tw" href="https://twitter.com/intent/tweet">تويتر</a><a class="b-share__item m-vk" href="https://vk.com/share.php">VK</a><a class="b-share__item m-tg" href="https://t.me/share">تلغرام</a></div>
<div class="b-article__subscribe">تابعونا على <a href="https://www.facebook.com/">فيسبوك</a> و<a href="https://twitter.com/">تويتر</a> لمعرفة آخر الأخبار</div>
</div>
<div class="b-comments"><h3>التعليقات</h3><p class="b-comments__rules">يرجى الالتزام <a href="/docs/comments.html">بقواعد التعليق</a>. التعليقات تمثل آراء أصحابها.</p>
<p class="b-comments__login">للتعليق سجل الدخول عبر: <a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">البريد الإلكتروني</a></p></div>
<section class="b-more"><h3>المزيد من الأخبار</h3><div class="b-more__list">{more}</div></section>
</div>
<div class="l-column-side">
<div class="b-block b-latest"><h3>آخر الأخبار</h3><ul class="b-list">{latest}</ul><a href="/archive/">كل الأخبار</a></div>
<div class="b-block b-popular"><h3>الأكثر قراءة</h3><ol class="b-list">{popular}</ol></div>
<div class="b-block b-banner"><div id="adfox_{a.key[:8]}" class="b-banner__slot">إعلان</div></div>
</div>
</div>
<div class="b-footer"><div class="l-container">
<div class="b-footer__age">18+</div>
<ul class="b-footer__links"><li><a href="/docs/about/">عن الوكالة</a></li><li><a href="/docs/contacts.html">جهات الاتصال</a></li><li><a href="/docs/terms_of_use.html">شروط الاستخدام</a></li><li><a href="/docs/privacy_policy.html">سياسة الخصوصية</a></li></ul>
<p class="b-footer__copy">&copy; 2015 {esc(site.name)}. يمنع النسخ أو إعادة النشر دون إذن مسبق. التوقيت المعتمد في الموقع هو توقيت موسكو.</p>
</div></div>
</body></html>"""


# --- b10_5 -----------------------------------------------------------------------------

PRODUCTS = [("مرطب للبشرة بفيتامين C", 149), ("عطر زهري 50 مل", 389), ("حقيبة يد جلدية", 620),
            ("نظارة شمسية", 275), ("أحمر شفاه مطفي", 95), ("سيروم للشعر", 120), ("ساعة يد ذهبية", 840)]


def layout_b10_5(page):
    """Women's / lifestyle magazine: date-only Eastern-digit line, clock only
    in article:published_time, the credit only in an author card at the end."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    cats = [("صحة ورشاقة", "health"), ("جمال", "beauty"), ("موضة", "fashion"), ("أسرة", "family"),
            ("مجتمع", "society"), ("نجوم", "stars")]
    cat, cslug = cats[num(a, "cat", 0, len(cats) - 1)]
    date_line = f"{d.day} {MONTHS[d.month - 1]} {d.year}".translate(L.EASTERN)
    minutes = max(1, len(a.text.split()) // 180)
    read_time = ("دقيقة واحدة" if minutes == 1 else "دقيقتان" if minutes == 2 else
                 str(minutes).translate(L.EASTERN) + (" دقائق" if minutes <= 10 else " دقيقة"))
    ra = page.others("read_also", 2)
    cards = [f'<aside class="lf-readalso"><span class="lf-readalso__label">اقرئي أيضاً</span>'
             f'<a href="{esc(page.url_of(o))}"><img src="/uploads/{o.key}-300x200.jpg" alt=""><span>{esc(o.title)}</span></a></aside>'
             for o in ra]
    pstart = num(a, "prod", 0, len(PRODUCTS) - 1)
    prods = [PRODUCTS[(pstart + k) % len(PRODUCTS)] for k in range(3)]
    shop = ('<div class="lf-shop"><h4>تسوقي الآن</h4><ul>'
            + "".join(f'<li><a href="/shop/go/{num(a, "p" + str(k), 100, 999)}" rel="sponsored nofollow"><img src="/shop/img/{num(a, "p" + str(k), 100, 999)}.jpg" alt="">'
                      f'<span class="lf-shop__name">{esc(n)}</span><span class="lf-shop__price">{str(p).translate(L.EASTERN)} ر.س</span></a></li>'
                      for k, (n, p) in enumerate(prods))
            + '</ul><small>قد نحصل على عمولة عند الشراء عبر هذه الروابط</small></div>')
    quiz = ('<div class="lf-quiz"><span class="lf-quiz__label">اختبري نفسك</span>'
            f'<a href="/quiz/{num(a, "qz", 10, 300)}">{["هل تعرفين نوع بشرتك؟", "ما أسلوبك في الموضة؟", "هل نظامك الغذائي صحي؟", "ما العطر الذي يناسب شخصيتك؟"][num(a, "qz", 0, 3)]}</a></div>')
    pin = (f'<div class="lf-pin"><a data-pin-do="embedPin" data-pin-width="medium" href="https://www.pinterest.com/pin/{num(a, "pin", 10**8, 10**9)}/">'
           'احفظي الصورة على بنترست</a></div>')
    ad = '<div class="lf-ad" data-slot="inread"><span class="lf-ad__label">إعلان</span><div id="div-gpt-ad-inread-1"></div></div>'
    newsletter = ('<div class="lf-newsletter"><h4>اشتركي في نشرتنا الأسبوعية</h4><p>أحدث صيحات الموضة والجمال ونصائح الصحة في بريدك كل خميس</p>'
                  '<form action="/newsletter" method="post"><input type="email" name="email" placeholder="بريدك الإلكتروني"><button>اشتركي</button></form></div>')
    boxes = []
    if cards:
        boxes.append((0, cards[0]))
    boxes += [(1, shop), (2, ad), (3, quiz), (4, pin)]
    if len(cards) > 1:
        boxes.append((6, cards[1]))
    boxes.append((10 ** 6, newsletter))
    body = weave(paras, boxes)
    author_card = ""
    ld_author = None
    if a.author:
        aid = num(a, "auth", 100, 999)
        author_card = (f'<div class="lf-author-card"><img class="lf-author-card__photo" src="/uploads/authors/{aid}-96x96.jpg" alt="" width="96" height="96">'
                       '<div class="lf-author-card__body"><span class="lf-author-card__label">عن الكاتب</span>'
                       f'<h4 class="lf-author-card__name"><a href="/author/{aid}">{esc(a.author)}</a></h4>'
                       '<p class="lf-author-card__bio">من فريق تحرير المجلة، يكتب في شؤون الصحة والأسرة وأسلوب الحياة، ويتابع أحدث الدراسات والتقارير.</p>'
                       f'<a class="lf-author-card__more" href="/author/{aid}">المزيد من مقالات الكاتب</a>'
                       '<div class="lf-author-card__social"><a href="https://twitter.com/">تويتر</a> <a href="https://instagram.com/">انستغرام</a></div>'
                       '</div></div>')
        ld_author = {"@type": "Person", "name": a.author}
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": a.title,
          "datePublished": iso(d), "image": f"{site.base}/uploads/{a.key}-1200x800.jpg",
          "publisher": {"@type": "Organization", "name": site.name}, "mainEntityOfPage": page.canonical}
    if ld_author:
        ld["author"] = ld_author
    trending = " ".join(f'<a href="/tag/{esc(t)}">#{esc(t.replace(" ", "_"))}</a>' for t in L.tags_for(page.others("trend", 1)[0])) \
        if page.others("trend", 1) else ""
    signs = ["الحمل", "الثور", "الجوزاء", "السرطان", "الأسد", "العذراء", "الميزان", "العقرب", "القوس", "الجدي", "الدلو", "الحوت"]
    more = "".join(f'<div class="lf-card"><a href="{esc(page.url_of(o))}"><img src="/uploads/{o.key}-400x260.jpg" alt="">'
                   f'<span class="lf-card__cat">{esc(cats[num(o, "cat", 0, len(cats) - 1)][0])}</span><h3>{esc(o.title)}</h3></a></div>'
                   for o in page.others("similar", 6))
    videos = "".join(f'<li><a href="/video/{o.n}"><img src="/uploads/video/{o.key}.jpg" alt=""><span>{esc(short(o.title, 8))}</span></a></li>'
                     for o in page.others("video", 4))
    tags = "".join(f'<a class="lf-tag" href="/tag/{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a))
    menu = "".join(f'<li><a href="/{s}">{n}</a></li>' for n, s in [
        ("موضة", "fashion"), ("جمال", "beauty"), ("صحة ورشاقة", "health"), ("مطبخ", "cooking"), ("أمومة وطفولة", "family"),
        ("نجوم", "stars"), ("سفر", "travel"), ("ديكور", "decor"), ("أبراج", "horoscope"), ("فيديو", "video")])
    head = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | مجلة {esc(site.short)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:image" content="{esc(site.base)}/uploads/{a.key}-1200x800.jpg">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="article:section" content="{esc(cat)}">
<meta property="article:published_time" content="{iso(d)}">
<link rel="canonical" href="{esc(page.canonical)}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/static/css/main.3f9c2.css">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>"""
    return f"""{head}
<body class="lf lf-article-page">
<div class="lf-topbar"><span class="lf-topbar__horoscope">برجك اليوم: <a href="/horoscope/{num(a, "sign", 1, 12)}">{signs[num(a, "sign", 0, 11)]}</a></span>
<span class="lf-topbar__trending">الأكثر رواجاً: {trending}</span>
<a class="lf-topbar__app" href="/app">حمّلي التطبيق</a></div>
<header class="lf-header"><a class="lf-logo" href="/"><img src="/static/img/logo.svg" alt="مجلة {esc(site.short)}"></a>
<nav class="lf-nav"><ul>{menu}</ul></nav>
<button class="lf-search-btn" aria-label="بحث">بحث</button></header>
<div class="lf-leaderboard"><div id="div-gpt-ad-leaderboard">إعلان</div></div>
<main class="lf-main">
<article class="lf-article">
<nav class="lf-crumbs"><a href="/">الرئيسية</a> › <a href="/{cslug}">{esc(cat)}</a></nav>
<a class="lf-cat" href="/{cslug}">{esc(cat)}</a>
<h1 class="lf-headline">{esc(a.title)}</h1>
<div class="lf-meta"><span class="lf-meta__date">{date_line}</span> <span class="lf-meta__dot">·</span> <span class="lf-meta__read">{read_time} للقراءة</span></div>
<div class="lf-share-rail"><a href="https://pinterest.com/pin/create/button/" class="pin">احفظي</a><a href="whatsapp://send" class="wa">واتساب</a><a href="https://twitter.com/intent/tweet" class="tw">تويتر</a><a href="https://www.facebook.com/sharer/sharer.php" class="fb">فيسبوك</a><button class="copy">نسخ الرابط</button></div>
<figure class="lf-hero"><img src="/uploads/{a.key}-1200x800.jpg" alt="{esc(short(a.title, 8))}"><figcaption><span class="lf-credit">الصورة: Shutterstock</span></figcaption></figure>
<div class="lf-body">
{body}
</div>
<div class="lf-tags">{tags}</div>
{author_card}
</article>
<section class="lf-more"><h2>قد يعجبك أيضاً</h2><div class="lf-grid">{more}</div></section>
<section class="lf-videos"><h2>فيديو</h2><ul>{videos}</ul></section>
<section class="lf-comments"><h2>التعليقات</h2><div class="fb-comments" data-href="{esc(page.canonical)}" data-numposts="5" data-width="100%"></div></section>
</main>
<footer class="lf-footer">
<div class="lf-footer__newsletter">اشتركي في النشرة البريدية <input type="email" placeholder="بريدك الإلكتروني"><button>اشتراك</button></div>
<ul class="lf-footer__links"><li><a href="/about">من نحن</a></li><li><a href="/advertise">أعلني معنا</a></li><li><a href="/contact">اتصلي بنا</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/terms">الشروط والأحكام</a></li></ul>
<div class="lf-footer__apps"><a href="#">App Store</a> <a href="#">Google Play</a></div>
<p>&copy; 2015 مجلة {esc(site.short)}. جميع الحقوق محفوظة.</p>
</footer>
</body></html>"""


LAYOUTS = {
    "b10_1": layout_b10_1,
    "b10_2": layout_b10_2,
    "b10_3": layout_b10_3,
    "b10_4": layout_b10_4,
    "b10_5": layout_b10_5,
}
