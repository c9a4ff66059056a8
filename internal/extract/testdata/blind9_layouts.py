"""Blind test layouts (set 9) for newsfarm (--extra-layouts): five article
templates modelled on kinds of real Arabic news sites that no earlier layout
file imitates, written without reading Khabar's extractor. Each prints the
whole page a reader gets: header and menus, a strip or ticker, the article,
the boxes sites put inside the text, and the lists, comments and footer
after it.

  b9_1  Yemeni news blog on Blogger (classic "Simple" template, hAtom):
        the blog's name is the <h1>, the headline a <h3 class="post-title">;
        the date only as Blogger's date header ABOVE the post («الأحد، ٩
        أغسطس، ٢٠١٥», Eastern digits on UTF-8 sites, no clock); the clock in
        the post footer AFTER the text, «في» + <abbr class="published"
        title=ISO+03:00>٢:٣٢ م</abbr> (the only machine-readable date); the
        credit in the same footer line as «نشر بواسطة» + a vcard/g-profile
        link to a Blogger profile. Compose-mode text (div/span per
        paragraph, trbidi="on", empty <br> divs), a separator picture, an
        AdSense unit, a red «اقرأ أيضا:» link line, a YouTube iframe and a
        «تابعونا على فيسبوك» line inside the post body; labels, location,
        share buttons, blog pager, related posts, Blogger comments with
        «يقول...» and their own timestamps, popular posts with snippets,
        a blog-archive tree listing the month's post titles.
  b9_2  Gulf government news agency portal (KUNA-like wire service):
        languages bar, oil-price / currency / weather widgets, latest-news
        strip with clocks; under the headline only «dd/mm/yyyy» (no clock)
        with the news number; the text opens with a wire dateline paragraph
        «المدينة - 9 - 8 (الوكالة) --», an inline «ذات صلة» box and an
        archive photo inside it, ends with «(النهاية)»; the credit in the
        sign-off line after it, alone in a span, beside the editors'
        initials and the wire date-time group «<agency>091132 جمت اغس 15»
        (day + hh:mm in GMT, Arabic month abbreviation, two-digit year):
        the minute is only there. Nothing machine-readable.
  b9_3  Iraqi news site on Joomla 2.5 + K2: the site's name as <h1>, the
        headline an <h2 class="itemTitle">; the date ABOVE the headline in
        K2's itemDateCreated, Joomla ar-AA style «الأحد, 09 آب/أغسطس 2015
        14:32» (Levantine/Egyptian dual month, Latin comma); the credit
        UNDER the headline as «كتب بواسطة» + a rel=author link, and again
        after the text in K2's author block (avatar, <h3> link, the writer's
        latest items). Intro text and full text in two divs, a telecom
        banner module and an «إقرأ أيضاً» list inside the full text, extra
        field «المصدر», «آخر تعديل في» date, K2 comments dated in the same
        format. Nothing machine-readable (og tags without times).
  b9_4  Arabic edition of a Chinese state media site (People's-Daily-
        like, TRS CMS): language bar with Chinese, Latin and Cyrillic
        names, «>>» breadcrumb; under the headline one line «بقلم» + the
        name in <b> + «(<outlet> أونلاين)» then the time in Beijing time,
        time-first, month-first «19:32, أغسطس 09, 2015» followed by
        «(بتوقيت بكين)»; the TRS «enpproperty» comment (Beijing time, no
        offset) and a date-only «publishdate» meta; text between
        <!--enpcontent--> markers with indented paragraphs, a centred
        picture with a «pictext» caption paragraph, an «مقالات ذات صلة»
        box and a WeChat QR box inside it; related list with [yyyy-mm-dd]
        dates, photo grid, ICP licence footer.
  b9_5  Saudi government ministry media centre on SharePoint 2013
        (publishing "ArticleLeft" page layout): s4-workspace chrome,
        accessibility bar, AspMenu, quick-launch; the headline in the
        title row; the article header with the date-line «dd/mm/yyyy»
        (no clock) and then the credit as SharePoint's by-line field (no
        label) above the captioned image; rich-text field with ZWSP empty
        paragraphs, a Content-Query web part («أخبار ذات علاقة», dfwp-item)
        embedded in the text, a PDF attachment and a media-contact line;
        «هل كانت هذه الصفحة مفيدة؟», «آخر تحديث للصفحة» with a later clock.
        The published minute only in Dublin Core
        <meta name="DC.date.issued" scheme="W3CDTF" content="…T14:32+03:00">;
        __REQUESTDIGEST and _spPageContextInfo carry the render time (UTC).

Pages whose article has no author print no byline. The author string is
printed whole, exactly as the corpus gives it (it often carries a city, an
agency or a colon), as the only text of its element. All times are
Asia/Riyadh (+03:00) unless the page states another zone (b9_2: GMT, b9_4:
Beijing).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts /work/blind9/blind9_layouts.py \\
      --layouts b9_1,b9_2,b9_3,b9_4,b9_5 --out /work/blind9/pages
"""

import datetime as dt
import hashlib
import random
import sys

sys.path.insert(0, "/work/shared/newsfarm")
import layouts as L  # noqa: E402

esc = L.esc
MONTHS = L.MONTHS
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
JOOMLA_MONTHS = ["كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
                 "حزيران/يونيو", "تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
                 "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"]
WIRE_MONTHS = ["ينا", "فبر", "مار", "ابر", "ماي", "يون", "يول", "اغس", "سبت", "اكت", "نوف", "ديس"]
ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def num(a, salt, lo, hi):
    """A stable per-article number (ids, counts)."""
    h = int(hashlib.md5((a.key + salt).encode()).hexdigest()[:8], 16)
    return lo + h % (hi - lo + 1)


def hx(a, salt, n):
    return hashlib.sha1((a.key + salt).encode()).hexdigest()[:n]


def digits(page, s):
    """Eastern Arabic digits where the page's charset has them (windows-1256 has none)."""
    return s.translate(L.EASTERN) if page.site.encoding == "utf-8" else s


def ampm(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'ص' if d.hour < 12 else 'م'}"


def iso(d):
    return d.replace(microsecond=0).isoformat() + "+03:00"


def short(text, n=10):
    w = text.split()
    return " ".join(w[:n]) + ("..." if len(w) > n else "")


def first_other(page, kind):
    o = page.others(kind, 1)
    return o[0] if o else None


# --- b9_1 ----------------------------------------------------------------------------

def layout_b9_1(page):
    """Yemeni news blog on Blogger's classic template: date header above the
    post, «نشر بواسطة» + profile link and the abbr clock in the post footer."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    blog = f"{site.short} نيوز"
    blog_id = 1000000000000000000 + int(hashlib.md5(site.id.encode()).hexdigest()[:14], 16) % 10 ** 17
    post_id = 2000000000000000000 + num(a, "post", 0, 10 ** 9) * 997
    profile = f"https://www.blogger.com/profile/{num(a, 'prof', 10 ** 9, 9 * 10 ** 9)}{num(a, 'prof2', 10 ** 9, 9 * 10 ** 9)}"
    date_header = digits(page, f"{WEEKDAYS[d.weekday()]}، {d.day} {MONTHS[d.month - 1]}، {d.year}")
    clock = digits(page, ampm(d))
    font = 'font-family: &quot;Arial&quot;,&quot;Helvetica&quot;,sans-serif; font-size: large;'
    img_host = num(a, "bp", 1, 4)
    img = (f'<div class="separator" style="clear: both; text-align: center;"><a href="https://{img_host}.bp.blogspot.com/-{hx(a, "i1", 11)}/'
           f'V{hx(a, "i2", 9)}I/AAAAAAAA{hx(a, "i3", 3)}/{hx(a, "i4", 11)}/s1600/{a.key}.jpg" imageanchor="1" '
           f'style="margin-left: 1em; margin-right: 1em;"><img border="0" height="213" '
           f'src="https://{img_host}.bp.blogspot.com/-{hx(a, "i1", 11)}/V{hx(a, "i2", 9)}I/AAAAAAAA{hx(a, "i3", 3)}/{hx(a, "i4", 11)}/s320/{a.key}.jpg" width="320" /></a></div>')
    ad = ('<div style="text-align: center; margin: 10px 0;"><span style="font-size: x-small; color: #999999;">إعلان</span><br />'
          '<script async src="//pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>'
          f'<ins class="adsbygoogle" style="display:inline-block;width:336px;height:280px" data-ad-client="ca-pub-4417386210957731" '
          f'data-ad-slot="{num(a, "slot", 10 ** 9, 9 * 10 ** 9)}"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>')
    ra = first_other(page, "read_also")
    read_also = ""
    if ra:
        read_also = (f'<div style="text-align: justify;"><b><span style="color: red;">اقرأ أيضا:</span> '
                     f'<a href="{esc(page.url_of(ra))}">{esc(ra.title)}</a></b></div>')
    yt = ""
    if num(a, "yt", 0, 2) == 0:
        vid = hx(a, "yt", 11)
        yt = (f'<div class="separator" style="clear: both; text-align: center;"><iframe allowfullscreen="" class="YOUTUBE-iframe-video" '
              f'data-thumbnail-src="https://i.ytimg.com/vi/{vid}/0.jpg" frameborder="0" height="266" '
              f'src="https://www.youtube.com/embed/{vid}?feature=player_embedded" width="320"></iframe></div>')
    blank = f'<div style="text-align: justify;"><span style="{font}"><br /></span></div>'
    out = [img]
    for i, p in enumerate(paras):
        out.append(f'<div style="text-align: justify;"><span style="{font}">{esc(p)}</span></div>')
        out.append(blank)
        if i == 0 and len(paras) > 2:
            out.append(ad)
        if i == 2 and read_also:
            out.append(read_also)
            out.append(blank)
        if i == 3 and yt:
            out.append(yt)
    if len(paras) <= 2 and read_also:
        out.append(read_also)
    if yt and len(paras) <= 3:
        out.append(yt)
    out.append(f'<div style="text-align: justify;"><b><span style="color: #0b5394;">لمتابعة آخر الأخبار تابعونا على '
               f'<a href="https://www.facebook.com/{site.id}news">صفحتنا في فيسبوك</a></span></b></div>')
    body = "\n".join(out)

    author = ""
    if a.author:
        author = (f'<span class="post-author vcard">\nنشر بواسطة\n<span class="fn" itemprop="author" itemscope="itemscope" '
                  f'itemtype="http://schema.org/Person">\n<meta content="{profile}" itemprop="url">\n'
                  f'<a class="g-profile" href="{profile}" rel="author" title="author profile">\n'
                  f'<span itemprop="name">{esc(a.author)}</span>\n</a>\n</span>\n</span>')
    rnd = random.Random(a.key + "blogger")
    k = rnd.randint(0, 4)
    names = ["غير معرف", "ابو محمد الحضرمي", "صالح", "ابن اليمن", "محمد علي", "مغترب"]
    comments = []
    t = d
    for j in range(k):
        t = t + dt.timedelta(minutes=rnd.randint(7, 240))
        cid = num(a, f"c{j}", 10 ** 15, 9 * 10 ** 15)
        who = rnd.choice(names)
        stamp = digits(page, f"{t.day} {MONTHS[t.month - 1]} {t.year} في {ampm(t)}")
        comments.append(
            f'<dt class="comment-author " id="c{cid}"><a name="c{cid}"></a>'
            f'<div class="avatar-image-container avatar-stock"><span dir="ltr"><img src="//resources.blogblog.com/img/blank.gif" width="35" height="35" alt="" title="{esc(who)}"></span></div>\n'
            f'{esc(who)} يقول...\n</dt>\n<dd class="comment-body" id="Blog1_cmt-{cid}">\n<p>\n{esc(rnd.choice(L.COMMENTS))}\n</p>\n</dd>\n'
            f'<dd class="comment-footer">\n<span class="comment-timestamp">\n<a href="{esc(page.canonical)}?showComment={cid}#c{cid}" title="comment permalink">\n{stamp}\n</a>\n'
            f'<span class="item-control blog-admin pid-{num(a, "pid", 10 ** 8, 9 * 10 ** 8)}">\n<a class="comment-delete" href="https://www.blogger.com/delete-comment.g?blogID={blog_id}&amp;postID={cid}" title="حذف التعليق">\n'
            f'<img src="https://resources.blogblog.com/img/icon_delete13.gif">\n</a>\n</span>\n</span>\n</dd>')
    ccount = "ليست هناك تعليقات:" if k == 0 else (f"{k} من التعليقات:" if k > 2 else f"{k} تعليقات:")
    labels = L.tags_for(a)[:3] or ["أخبار"]
    label_links = ",\n".join(f'<a href="/search/label/{esc(t)}" rel="tag">{esc(t)}</a>' for t in labels)
    related = "".join(
        f'<li><a href="{esc(page.url_of(o))}"><img alt="" src="https://{img_host}.bp.blogspot.com/-{hx(o, "i1", 11)}/s72-c/{o.key}.jpg" />'
        f'<span>{esc(o.title)}</span></a></li>' for o in page.others("similar", 5))
    popular = "".join(
        f'<li><div class="item-content"><div class="item-thumbnail"><a href="{esc(page.url_of(o))}" target="_blank">'
        f'<img alt="" border="0" src="https://{img_host}.bp.blogspot.com/-{hx(o, "i1", 11)}/s72-c/{o.key}.jpg" height="72" width="72"></a></div>'
        f'<div class="item-title"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></div>'
        f'<div class="item-snippet">{esc(short(o.text, 18))}</div></div><div style="clear: both;"></div></li>'
        for o in page.others("popular", 5))
    month_posts = sorted(page.others("archive", 9), key=lambda o: o.published, reverse=True)
    archive = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in month_posts)
    ticker = "".join(f'<a href="{esc(page.url_of(o))}">{esc(o.title)}</a> &#9670; ' for o in page.others("ticker", 6))
    label_cloud = "".join(f'<li><a dir="rtl" href="/search/label/{esc(n)}">{esc(n)}</a><span dir="ltr">({num(a, n, 40, 2400)})</span></li>'
                          for n in ["أخبار محلية", "عربي ودولي", "اقتصاد", "رياضة", "تقارير", "صنعاء", "عدن", "تعز", "حضرموت"])
    pg = page.others("pager", 2)
    newer, older = pg if len(pg) == 2 else (None, None)
    pager = '<div class="blog-pager" id="blog-pager">'
    if newer:
        pager += (f'<span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="{esc(page.url_of(newer))}" '
                  f'id="Blog1_blog-pager-newer-link" title="رسالة أحدث">رسالة أحدث</a></span>'
                  f'<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="{esc(page.url_of(older))}" '
                  f'id="Blog1_blog-pager-older-link" title="رسالة أقدم">رسالة أقدم</a></span>')
    pager += '<a class="home-link" href="/">الصفحة الرئيسية</a></div>'
    location = ["صنعاء، اليمن", "عدن، اليمن", "تعز، اليمن", "المكلا، اليمن"][num(a, "loc", 0, 3)]
    year_count = num(a, "yc", 1800, 4200)
    month_count = num(a, "mc", 300, 900)
    return f"""<!DOCTYPE html>
<html class='v2' dir='rtl' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset={site.encoding}' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{esc(page.canonical)}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{esc(blog)} - Atom" href="/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="{esc(blog)} - RSS" href="/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="{esc(blog)} - Atom" href="https://www.blogger.com/feeds/{blog_id}/posts/default" />
<link rel="alternate" type="application/atom+xml" title="{esc(blog)} - Atom" href="/feeds/{post_id}/comments/default" />
<link rel="image_src" href="https://{img_host}.bp.blogspot.com/-{hx(a, "i1", 11)}/s72-c/{a.key}.jpg" />
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:description" content="{esc(short(a.text, 25))}" />
<link href='https://www.blogger.com/openid-server.g' rel='openid.server'/>
<link href='{esc(site.base)}/' rel='openid.delegate'/>
<title>{esc(blog)}: {esc(a.title)}</title>
<style id='page-skin-1' type='text/css'><!--
/* Name: Simple  Designer: Josh Peterson  URL: www.noaesthetic.com */
body {{ font: normal normal 14px Tahoma, Arial, sans-serif; color: #222222; background: #dddddd; }}
.post-body {{ line-height: 1.6; }} h3.post-title {{ font-size: 22px; }}
--></style>
<script type="text/javascript">(function() {{ var b=window,f="chrome",g="tick",k="jstiming"; }})();</script>
</head>
<body class='loading'>
<div class='navbar section' id='navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">
function setAttributeOnload(object, attribute, val) {{ if(window.addEventListener) {{ window.addEventListener('load', function(){{ object[attribute] = val; }}, false); }} }}
</script>
<div id="navbar-iframe-container"></div>
<iframe src="https://www.blogger.com/navbar.g?targetBlogID={blog_id}&amp;blogName={esc(site.id)}&amp;publishMode=PUBLISH_MODE_BLOGSPOT&amp;navbarType=BLUE&amp;layoutType=LAYOUTS&amp;searchRoot=/search&amp;blogLocale=ar&amp;v=2" height="30" width="100%" frameborder="0" scrolling="no"></iframe></div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>
<div class='content'>
<div class='content-outer'>
<header>
<div class='header-outer'>
<div class='header-inner'>
<div class='section' id='header'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'>
<div class='titlewrapper'>
<h1 class='title'>
<a href='/'>{esc(blog)}</a>
</h1>
</div>
<div class='descriptionwrapper'>
<p class='description'><span>مدونة إخبارية يمنية مستقلة تنقل أخبار اليمن والعالم العربي لحظة بلحظة</span></p>
</div>
</div>
</div></div>
</div>
</div>
</header>
<div class='tabs-outer'>
<div class='tabs section' id='crosscol'><div class='widget PageList' data-version='1' id='PageList1'>
<h2>الصفحات</h2>
<div class='widget-content'>
<ul>
<li class='selected'><a href='/'>الرئيسية</a></li>
<li><a href='/search/label/أخبار محلية'>أخبار محلية</a></li>
<li><a href='/search/label/عربي ودولي'>عربي ودولي</a></li>
<li><a href='/search/label/اقتصاد'>اقتصاد</a></li>
<li><a href='/search/label/رياضة'>رياضة</a></li>
<li><a href='/p/contact.html'>اتصل بنا</a></li>
</ul>
<div class='clear'></div>
</div>
</div><div class='widget HTML' data-version='1' id='HTML9'>
<div class='widget-content'>
<div class="breaking"><span style="background:#c00;color:#fff;padding:2px 6px">عاجل</span> <marquee direction="right" onmouseout="this.start()" onmouseover="this.stop()" scrollamount="3">{ticker}</marquee></div>
</div>
<div class='clear'></div>
</div></div>
</div>
<div class='main-outer'>
<div class='columns fauxcolumns'>
<div class='columns-inner'>
<div class='column-center-outer'>
<div class='column-center-inner'>
<div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>
<div class="date-outer">
<h2 class='date-header'><span>{date_header}</span></h2>
<div class="date-posts">
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://{img_host}.bp.blogspot.com/-{hx(a, "i1", 11)}/s640/{a.key}.jpg' itemprop='image_url'/>
<meta content='{blog_id}' itemprop='blogId'/>
<meta content='{post_id}' itemprop='postId'/>
<a name='{post_id}'></a>
<h3 class='post-title entry-title' itemprop='name'>
{esc(a.title)}
</h3>
<div class='post-header'>
<div class='post-header-line-1'></div>
</div>
<div class='post-body entry-content' id='post-body-{post_id}' itemprop='description articleBody'>
<div dir="rtl" style="text-align: right;" trbidi="on">
{body}
</div>
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
{author}
<span class='post-timestamp'>
في
<meta content='{esc(page.canonical)}' itemprop='url'>
<a class='timestamp-link' href='{esc(page.canonical)}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{iso(d)}'>{clock}</abbr></a>
</span>
<span class='post-comment-link'>
<a class='comment-link' href='{esc(page.canonical)}#comment-form' onclick=''>
{ccount}
</a>
</span>
<span class='post-icons'>
<span class='item-action'>
<a href='https://www.blogger.com/email-post.g?blogID={blog_id}&amp;postID={post_id}' title='إرسال الرسالة بالبريد الإلكتروني'>
<img alt='' class='icon-action' height='13' src='https://resources.blogblog.com/img/icon18_email.gif' width='18'/>
</a>
</span>
</span>
<div class='post-share-buttons goog-inline-block'>
<a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID={blog_id}&amp;postID={post_id}&amp;target=email' target='_blank' title='إرسال بالبريد الإلكتروني'><span class='share-button-link-text'>إرسال بالبريد الإلكتروني</span></a><a class='goog-inline-block share-button sb-blog' href='https://www.blogger.com/share-post.g?blogID={blog_id}&amp;postID={post_id}&amp;target=blog' onclick='window.open(this.href, "_blank", "height=270,width=475"); return false;' target='_blank' title='كتابة مدونة حول هذه المشاركة'><span class='share-button-link-text'>كتابة مدونة حول هذه المشاركة</span></a><a class='goog-inline-block share-button sb-twitter' href='https://www.blogger.com/share-post.g?blogID={blog_id}&amp;postID={post_id}&amp;target=twitter' target='_blank' title='‏المشاركة على Twitter'><span class='share-button-link-text'>‏المشاركة على Twitter</span></a><a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?blogID={blog_id}&amp;postID={post_id}&amp;target=facebook' onclick='window.open(this.href, "_blank", "height=430,width=640"); return false;' target='_blank' title='‏المشاركة في Facebook'><span class='share-button-link-text'>‏المشاركة في Facebook</span></a><a class='goog-inline-block share-button sb-pinterest' href='https://www.blogger.com/share-post.g?blogID={blog_id}&amp;postID={post_id}&amp;target=pinterest' target='_blank' title='‏المشاركة على Pinterest'><span class='share-button-link-text'>‏المشاركة على Pinterest</span></a>
</div>
</div>
<div class='post-footer-line post-footer-line-2'>
<span class='post-labels'>
التسميات:
{label_links}
</span>
</div>
<div class='post-footer-line post-footer-line-3'>
<span class='post-location'>
الموقع:
<a href='https://maps.google.com/maps?q={esc(location)}' target='_blank'>{esc(location)}</a>
</span>
</div>
</div>
</div>
<div class="related-posts"><h4>مواضيع ذات صلة</h4><ul class="related-list">{related}</ul></div>
<div class='comments' id='comments'>
<a name='comments'></a>
<h4>{ccount}</h4>
<div id='Blog1_comments-block-wrapper'>
<dl class='avatar-comment-indent' id='comments-block'>
{chr(10).join(comments)}
</dl>
</div>
<p class='comment-footer'>
<div class='comment-form'>
<a name='comment-form'></a>
<h4 id='comment-post-message'>إرسال تعليق</h4>
<p>الرجاء الالتزام بآداب الحوار، التعليقات المسيئة ستحذف</p>
<a href='https://www.blogger.com/comment-iframe.g?blogID={blog_id}&amp;postID={post_id}' id='comment-editor-src'></a>
<iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe>
</div>
</p>
</div>
</div>
</div></div>
</div>
<div class='blog-pager' id='blog-pager-wrap'>{pager}</div>
<div class='clear'></div>
<div class='post-feeds'>
<div class='feed-links'>
الاشتراك في:
<a class='feed-link' href='/feeds/{post_id}/comments/default' target='_blank' type='application/atom+xml'>تعليقات الرسالة (Atom)</a>
</div>
</div>
</div></div>
</div>
</div>
<div class='column-left-outer'>
<div class='column-left-inner'>
<aside>
<div class='sidebar section' id='sidebar-left-1'><div class='widget PopularPosts' data-version='1' id='PopularPosts1'>
<h2>المشاركات الشائعة</h2>
<div class='widget-content popular-posts'>
<ul>{popular}</ul>
<div class='clear'></div>
</div>
</div><div class='widget Label' data-version='1' id='Label1'>
<h2>التسميات</h2>
<div class='widget-content list-label-widget-content'>
<ul>{label_cloud}</ul>
<div class='clear'></div>
</div>
</div><div class='widget BlogArchive' data-version='1' id='BlogArchive1'>
<h2>أرشيف المدونة</h2>
<div class='widget-content'>
<div id='ArchiveList'>
<div id='BlogArchive1_ArchiveList'>
<ul class='hierarchy'>
<li class='archivedate expanded'>
<a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>&#9660;&#160;</span></a>
<a class='post-count-link' href='/2015/'>2015</a>
<span class='post-count' dir='ltr'>({year_count})</span>
<ul class='hierarchy'>
<li class='archivedate expanded'>
<a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>&#9660;&#160;</span></a>
<a class='post-count-link' href='/2015/{d.month:02d}/'>{MONTHS[d.month - 1]}</a>
<span class='post-count' dir='ltr'>({month_count})</span>
<ul class='posts'>{archive}</ul>
</li>
</ul>
<ul class='hierarchy'>
<li class='archivedate collapsed'>
<a class='toggle' href='javascript:void(0)'><span class='zippy'>&#9658;&#160;</span></a>
<a class='post-count-link' href='/2015/{(d.month - 2) % 12 + 1:02d}/'>{MONTHS[(d.month - 2) % 12]}</a>
<span class='post-count' dir='ltr'>({num(a, "pc", 300, 900)})</span>
</li>
</ul>
</li>
</ul>
</div>
</div>
<div class='clear'></div>
</div>
</div><div class='widget Followers' data-version='1' id='Followers1'>
<h2 class='title'>المتابعون</h2>
<div class='widget-content'><div id='Followers1-wrapper'><div style='margin-right:2px;'><div id="Followers1-count">{num(a, "fol", 300, 320)} متابع</div></div></div></div>
</div><div class='widget ContactForm' data-version='1' id='ContactForm1'>
<h2 class='title'>نموذج الاتصال</h2>
<div class='contact-form-widget'>
<form name='contact-form'>
<p></p>
الاسم
<br/>
<input class='contact-form-name' id='ContactForm1_contact-form-name' name='name' size='30' type='text' value=''/>
<p></p>
بريد إلكتروني
<span style='font-weight: bolder;'>*</span>
<br/>
<input class='contact-form-email' id='ContactForm1_contact-form-email' name='email' size='30' type='text' value=''/>
<p></p>
رسالة
<span style='font-weight: bolder;'>*</span>
<br/>
<textarea class='contact-form-email-message' cols='25' id='ContactForm1_contact-form-email-message' name='email-message' rows='5'></textarea>
<p></p>
<input class='contact-form-button contact-form-button-submit' id='ContactForm1_contact-form-submit' type='button' value='إرسال'/>
</form>
</div>
</div></div>
</aside>
</div>
</div>
</div>
</div>
</div>
<footer>
<div class='footer-outer'>
<div class='foot section' id='footer-1'><div class='widget HTML' data-version='1' id='HTML3'>
<div class='widget-content'>جميع الحقوق محفوظة &#169; 2015 {esc(blog)} - المواد المنشورة تعبر عن آراء كتابها</div>
</div></div>
<div class='foot section' id='footer-3'><div class='widget Attribution' data-version='1' id='Attribution1'>
<div class='widget-content' style='text-align: center;'>
المظهر: بسيط. يتم التشغيل بواسطة <a href='https://www.blogger.com' target='_blank'>Blogger</a>.
</div>
</div></div>
</div>
</footer>
</div>
</div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/widgets.js"></script>
<script type='text/javascript'>
window['__wavt'] = 'AOuZoY{hx(a, "wavt", 24)}';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d{blog_id}','//{site.id}.blogspot.com/','{blog_id}');
_WidgetManager._SetDataContext([{{'name': 'blog', 'data': {{'blogId': '{blog_id}', 'title': '{esc(blog)}', 'locale': 'ar', 'languageDirection': 'rtl'}}}}]);
</script>
</body>
</html>"""


# --- b9_2 ----------------------------------------------------------------------------

def layout_b9_2(page):
    """Gulf government news agency portal (KUNA-like): a date-only header,
    a wire dateline, «(النهاية)», then the sign-off line: the credit, the
    editors' initials and the GMT date-time group."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    g = d - dt.timedelta(hours=3)
    nid = 2450000 + a.n * 3
    ag = site.short
    cities = ["الكويت", "الرياض", "المنامة", "الدوحة", "أبوظبي", "مسقط", "القاهرة", "عمان", "بيروت", "لندن"]
    city = cities[num(a, "city", 0, len(cities) - 1)]
    sections = ["سياسي", "اقتصادي", "محلي", "عربي ودولي", "رياضي", "صحة", "ثقافي"]
    sec = sections[num(a, "sec", 0, len(sections) - 1)]
    initials = " / ".join(" ".join(ARABIC_LETTERS[num(a, f"in{j}{m}", 0, len(ARABIC_LETTERS) - 1)] for m in range(3))
                          for j in range(num(a, "ed", 1, 2)))
    dtg = f"{ag}{g.day:02d}{g.hour:02d}{g.minute:02d} جمت {WIRE_MONTHS[g.month - 1]} {g.year % 100:02d}"
    rel = page.others("read_also", 3)
    related_inline = ""
    if rel:
        related_inline = ('<div class="InlineRelated"><div class="irTitle">ذات صلة</div><ul>'
                          + "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a> '
                                    f'<span class="irDate">{o.published:%d/%m/%Y}</span></li>' for o in rel)
                          + "</ul></div>")
    photo_inline = (f'<div class="InlinePhoto"><img src="/NewsPictures/2015/{a.key[:6]}_m.jpg" width="300" alt="">'
                    f'<span class="ipCaption">صورة أرشيفية</span> <span class="ipCredit">({esc(ag)})</span></div>')
    out = [f'<p class="Dateline">{esc(city)} - {d.day} - {d.month} ({esc(ag)}) --</p>']
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == 1 and related_inline:
            out.append(related_inline)
        if i == 3 and num(a, "ph", 0, 1):
            out.append(photo_inline)
    if len(paras) < 2 and related_inline:
        out.append(related_inline)
    out.append('<p class="NewsEnd">(النهاية)</p>')
    sign = '<div class="NewsSign">'
    if a.author:
        sign += f'<span class="NewsReporter">{esc(a.author)}</span> '
    sign += f'<span class="NewsEditors">{initials}</span> <span class="NewsDtg">{esc(dtg)}</span></div>'
    out.append(sign)
    body = "\n".join(out)
    latest = "".join(f'<li><span class="lnTime">{o.published:%H:%M}</span> <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                     for o in sorted(page.others("ticker", 8), key=lambda o: o.published, reverse=True))
    same = "".join(f'<tr><td class="rnDate">{o.published:%d/%m/%Y}</td><td><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></td></tr>'
                   for o in page.others("similar", 6))
    most = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("popular", 6))
    oil = f"{num(a, 'oil', 4300, 5200) / 100:.2f}"
    reads = num(a, "reads", 40, 3500)
    menu = "".join(f'<li><a href="/NewsList.aspx?cat={i + 1}&amp;language=ar">{esc(n)}</a></li>'
                   for i, n in enumerate(["الرئيسية", "سياسي", "اقتصادي", "محلي", "عربي ودولي", "رياضي", "صحة", "علوم وتكنولوجيا", "منوعات", "صور", "فيديو", "ملفات"]))
    langs = ("<a href='/?language=ar' class='on'>العربية</a> | <a href='/?language=en'>English</a> | "
             "<a href='/?language=fr'>Fran&#231;ais</a> | <a href='/?language=es'>Espa&#241;ol</a> | "
             "<a href='/?language=de'>Deutsch</a> | <a href='/?language=cn'>&#20013;&#25991;</a> | "
             "<a href='/?language=ru'>&#1056;&#1091;&#1089;&#1089;&#1082;&#1080;&#1081;</a> | <a href='/?language=ja'>&#26085;&#26412;&#35486;</a>")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}" />
<title>{esc(ag)} : {esc(a.title)} - {esc(sec)}</title>
<meta name="keywords" content="{esc(','.join(L.tags_for(a)))}" />
<meta name="description" content="{esc(short(a.text, 20))}" />
<link rel="canonical" href="{esc(page.canonical)}" />
<link rel="alternate" type="application/rss+xml" title="{esc(site.name)}" href="{esc(site.base + site.feed_path)}" />
<link href="/App_Themes/Arabic/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Scripts/jquery-1.4.2.min.js"></script>
<script type="text/javascript">function ChangeFont(s){{document.getElementById('divNewsBody').style.fontSize=s+'px';}}</script>
</head>
<body>
<div id="TopStrip"><div class="langs">{langs}</div>
<div class="toplinks"><a href="/Subscribers/Login.aspx">دخول المشتركين</a> | <a href="/SMS.aspx">خدمة الرسائل القصيرة</a> | <a href="/RSS.aspx">RSS</a> | <a href="/SiteMap.aspx">خريطة الموقع</a> | <a href="/ContactUs.aspx">اتصل بنا</a></div></div>
<div id="Header"><a href="/" class="Logo"><img src="/images/logo_ar.png" alt="{esc(site.name)}" /></a>
<div class="AgencyName">{esc(site.name)} ({esc(ag)})</div>
<form action="/Search.aspx" class="SearchBox"><input type="text" name="q" value="بحث في الأخبار" /><input type="submit" value="بحث" /></form></div>
<div id="MainMenu"><ul>{menu}</ul></div>
<div id="LatestNews"><span class="lnTitle">آخر الأخبار</span><ul>{latest}</ul></div>
<table id="Layout" width="100%" cellpadding="0" cellspacing="0"><tr>
<td id="ColMain" valign="top">
<div class="Crumbs"><a href="/">الرئيسية</a> &#187; <a href="/NewsList.aspx?language=ar">الأخبار</a> &#187; <a href="/NewsList.aspx?cat={num(a, 'sec', 1, 7)}&amp;language=ar">{esc(sec)}</a></div>
<div class="NewsHeader">
<h1 class="NewsTitle">{esc(a.title)}</h1>
<div class="NewsSubInfo"><span class="NewsDate">{d:%d/%m/%Y}</span> <span class="sep">|</span> <span class="NewsCat">{esc(sec)}</span> <span class="sep">|</span> <span class="NewsId">رقم الخبر: {nid}</span></div>
</div>
<div class="NewsTools"><a href="javascript:ChangeFont(18)">أ+</a> <a href="javascript:ChangeFont(14)">أ-</a> | <a href="/PrintNews.aspx?id={nid}&amp;language=ar" target="_blank">طباعة</a> | <a href="/SendNews.aspx?id={nid}&amp;language=ar">إرسال لصديق</a> | <a href="https://twitter.com/share">تويتر</a> | <a href="https://www.facebook.com/sharer.php">فيسبوك</a></div>
<div class="NewsBody" id="divNewsBody">
{body}
</div>
<div class="NewsCounter">عدد القراءات: {reads}</div>
<div class="RelatedNews"><h3>أخبار ذات صلة</h3><table>{same}</table></div>
<div class="NewsNote">جميع الأخبار المنشورة خاضعة لحقوق النشر، ويحظر إعادة نشرها دون الإشارة إلى المصدر.</div>
</td>
<td id="ColSide" width="280" valign="top">
<div class="SideBox OilBox"><h3>سعر برميل النفط</h3><p>سعر برميل النفط الخام: <b>{oil}</b> دولار</p><p class="small">المصدر: مؤسسة البترول</p></div>
<div class="SideBox Currency"><h3>أسعار العملات</h3><table><tr><td>دولار أمريكي</td><td>0.302</td></tr><tr><td>يورو</td><td>0.331</td></tr><tr><td>جنيه إسترليني</td><td>0.470</td></tr></table></div>
<div class="SideBox Weather"><h3>الطقس</h3><p>العظمى 48&#176; - الصغرى 33&#176;</p><p>رياح شمالية غربية نشطة مثيرة للغبار</p></div>
<div class="SideBox MostRead"><h3>الأكثر قراءة</h3><ol>{most}</ol></div>
<div class="SideBox Services"><h3>خدماتنا</h3><ul><li><a href="/Photos.aspx">خدمة الصور</a></li><li><a href="/Video.aspx">خدمة الفيديو</a></li><li><a href="/Archive.aspx">الأرشيف</a></li><li><a href="/Subscribe.aspx">الاشتراك في الخدمة الإخبارية</a></li></ul></div>
</td></tr></table>
<div id="Footer"><p>جميع الحقوق محفوظة &#169; {esc(site.name)} 2015</p>
<p><a href="/AboutUs.aspx">عن الوكالة</a> | <a href="/Terms.aspx">شروط الاستخدام</a> | <a href="/Privacy.aspx">سياسة الخصوصية</a> | <a href="/Jobs.aspx">الوظائف</a></p>
<p>أفضل مشاهدة بدقة 1024x768</p></div>
</body>
</html>"""


# --- b9_3 ----------------------------------------------------------------------------

def joomla_date(d):
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {JOOMLA_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def layout_b9_3(page):
    """Iraqi news site on Joomla 2.5 + K2: the date above the headline, the
    credit under it as «كتب بواسطة» + link, and again in K2's author block."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    iid = 31000 + a.n
    uid = num(a, "uid", 40, 400)
    slug = f"{iid}-{hx(a, 'slug', 6)}"
    cats = [("iraq", "أخبار العراق"), ("politics", "سياسة"), ("security", "أمن"), ("economy", "اقتصاد"),
            ("arab-world", "عربي ودولي"), ("sport", "رياضة"), ("reports", "تقارير")]
    cslug, cname = cats[num(a, "cat", 0, len(cats) - 1)]
    item_url = f"/index.php/{cslug}/item/{slug}"
    author_url = f"/index.php/component/k2/itemlist/user/{uid}-{hx(a, 'au', 5)}"
    intro = f"<p>{esc(paras[0])}</p>" if paras else ""
    banner = ('<div class="moduletable_inad"><div class="custom_inad"><p style="text-align: center;">'
              f'<a href="/index.php/component/banners/click/{num(a, "bn", 3, 9)}" target="_blank">'
              f'<img src="/images/banners/{["asiacell", "zain-iq", "korek"][num(a, "bn", 0, 2)]}-468x60.gif" alt="" width="468" height="60" /></a></p></div></div>')
    ra = page.others("read_also", 3)
    also = ""
    if ra:
        also = ('<div class="k2ReadAlso"><h4>إقرأ أيضاً</h4><ul>'
                + "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in ra) + "</ul></div>")
    fb_video = ""
    if num(a, "fbv", 0, 2) == 0:
        fb_video = (f'<p style="text-align: center;"><iframe src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2F{site.id}iq%2Fvideos%2F{num(a, "fbid", 10 ** 14, 9 * 10 ** 14)}%2F&amp;show_text=0&amp;width=560" '
                    'width="560" height="315" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowTransparency="true" allowFullScreen="true"></iframe></p>')
    full = []
    rest = paras[1:]
    for i, p in enumerate(rest):
        full.append(f"<p>{esc(p)}</p>")
        if i == 0 and len(rest) > 1:
            full.append(banner)
        if i == 2 and also:
            full.append(also)
        if i == 4 and fb_video:
            full.append(fb_video)
    if len(rest) < 3 and also:
        full.append(also)
    full_html = "\n".join(full)
    modified = ""
    if num(a, "mod", 0, 1):
        m = d + dt.timedelta(minutes=num(a, "modm", 6, 400))
        modified = f'<div class="itemDateModified">آخر تعديل في {joomla_date(m)}</div>'
    author_line = ""
    author_block = ""
    if a.author:
        author_line = (f'<span class="itemAuthor">\n\t\tكتب بواسطة&nbsp;\n\t\t<a rel="author" href="{author_url}">{esc(a.author)}</a>\n\t\t</span>')
        latest = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("by_author", 5))
        author_block = (f'<div class="itemAuthorBlock">\n<img class="itemAuthorAvatar" src="/components/com_k2/images/placeholder/user.png" alt="" />\n'
                        f'<div class="itemAuthorDetails">\n<h3 class="itemAuthorName">\n<a rel="author" href="{author_url}">{esc(a.author)}</a>\n</h3>\n'
                        f'<span class="itemAuthorEmail"><a href="/cdn-cgi/l/email-protection">[email&#160;protected]</a></span>\n'
                        f'<div class="clr"></div>\n</div>\n<div class="clr"></div>\n</div>\n'
                        f'<div class="itemAuthorLatest">\n<h3>المزيد من هذا الكاتب</h3>\n<ul>{latest}</ul>\n<div class="clr"></div>\n</div>')
    rnd = random.Random(a.key + "k2c")
    k = rnd.randint(0, 3)
    cl = []
    t = d
    for j in range(k):
        t = t + dt.timedelta(minutes=rnd.randint(10, 300))
        cid = num(a, f"cm{j}", 1000, 99999)
        who = rnd.choice(["زائر", "علي البغدادي", "ابو حسين", "مواطن عراقي", "حيدر"])
        cl.append(f'<li class="{"odd" if j % 2 else "even"}">\n<span class="commentLink"><a href="{item_url}#comment{cid}" name="comment{cid}" id="comment{cid}">رابط التعليق</a></span>\n'
                  f'<span class="commentDate">{joomla_date(t)}</span>\n<span class="commentAuthorName">أرسلت بواسطة {esc(who)}</span>\n'
                  f'<p>{esc(rnd.choice(L.COMMENTS))}</p>\n<div class="clr"></div>\n</li>')
    comments = (f'<div class="itemComments">\n<h3 class="itemCommentsCounter"><span>{k}</span> تعليقات</h3>\n'
                f'<ul class="itemCommentsList">\n{chr(10).join(cl)}\n</ul>\n' if k else '<div class="itemComments">\n') + (
        '<div class="itemCommentsForm">\n<h3>أضف تعليق</h3>\n<p class="itemCommentsFormNotes">تأكد من إدخال كافة المعلومات المطلوبة، والمشار إليها بعلامة (*). لا يسمح باستخدام كود HTML.</p>\n'
        '<form action="/index.php" method="post" id="comment-form" class="form-validate">\n<label class="formComment" for="commentText">أدخل تعليقك هنا *</label>\n'
        '<textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText"></textarea>\n<label class="formName" for="userName">الاسم *</label>\n'
        '<input class="inputbox" type="text" name="userName" id="userName" value="" />\n<label class="formEmail" for="commentEmail">البريد الالكتروني *</label>\n'
        '<input class="inputbox" type="text" name="commentEmail" id="commentEmail" value="" />\n<label class="formUrl" for="commentURL">عنوان الموقع</label>\n'
        '<input class="inputbox" type="text" name="commentURL" id="commentURL" value="" />\n<input type="submit" class="button" id="submitCommentButton" value="أرسل التعليق" />\n'
        '</form>\n</div>\n</div>')
    tags = "".join(f'<li><a href="/index.php/component/k2/itemlist/tag/{esc(t)}">{esc(t)}</a></li>' for t in L.tags_for(a))
    related = "".join(f'<li class="{"odd" if j % 2 else "even"}"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                      for j, o in enumerate(page.others("similar", 5)))
    prev_next = page.others("pager", 2)
    nav = ""
    if len(prev_next) == 2:
        nav = (f'<div class="itemNavigation">\n<span class="itemNavigationTitle">المزيد في هذه الفئة:</span>\n'
               f'<a class="itemPrevious" href="{esc(page.url_of(prev_next[0]))}">&laquo; {esc(prev_next[0].title)}</a>\n'
               f'<a class="itemNext" href="{esc(page.url_of(prev_next[1]))}">{esc(prev_next[1].title)} &raquo;</a>\n</div>')
    hits = num(a, "hits", 30, 9000)
    breaking = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("ticker", 6))
    popular = "".join(f'<li><a class="moduleItemTitle" href="{esc(page.url_of(o))}">{esc(o.title)}</a> <span class="moduleItemHits">قراءة {num(o, "h", 200, 30000)} مرات</span></li>'
                      for o in page.others("popular", 6))
    menu = "".join(f'<li class="item-{101 + i}{" current active" if s == cslug else ""}"><a href="/index.php/{s}">{esc(n)}</a></li>'
                   for i, (s, n) in enumerate([("home", "الرئيسية")] + cats + [("articles", "مقالات"), ("caricature", "كاريكاتير")]))
    img = (f'<div class="itemImageBlock">\n<span class="itemImage">\n<a class="modal" rel="{{handler: \'image\'}}" href="/media/k2/items/cache/{hx(a, "img", 32)}_XL.jpg" title="انقر لمعاينة الصورة">\n'
           f'<img src="/media/k2/items/cache/{hx(a, "img", 32)}_L.jpg" alt="{esc(a.title)}" style="width:600px; height:auto;" />\n</a>\n</span>\n<div class="clr"></div>\n</div>')
    extra = (f'<meta property="og:url" content="{esc(page.canonical)}" />\n<meta property="og:title" content="{esc(a.title)}" />\n'
             f'<meta property="og:type" content="article" />\n<meta property="og:image" content="{esc(site.base)}/media/k2/items/cache/{hx(a, "img", 32)}_M.jpg" />\n'
             f'<meta name="image" content="{esc(site.base)}/media/k2/items/cache/{hx(a, "img", 32)}_M.jpg" />\n'
             f'<meta property="og:description" content="{esc(short(a.text, 22))}" />')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar-aa" lang="ar-aa" dir="rtl" >
<head>
  <base href="{esc(page.canonical)}" />
  <meta http-equiv="content-type" content="text/html; charset={site.encoding}" />
  <meta name="keywords" content="{esc(', '.join(L.tags_for(a)))}" />
  <meta name="title" content="{esc(a.title)}" />
  {extra}
  <meta name="description" content="{esc(short(a.text, 22))}" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(a.title)}</title>
  <link href="/templates/iraqnews/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link rel="stylesheet" href="/components/com_k2/css/k2.css" type="text/css" />
  <link rel="stylesheet" href="/media/system/css/modal.css" type="text/css" />
  <script src="/media/system/js/mootools-core.js" type="text/javascript"></script>
  <script src="/media/system/js/core.js" type="text/javascript"></script>
  <script src="/media/system/js/modal.js" type="text/javascript"></script>
  <script src="/components/com_k2/js/k2.js?v2.6.9&amp;sitepath=/" type="text/javascript"></script>
  <script type="text/javascript">
window.addEvent('domready', function() {{
			SqueezeBox.initialize({{}});
			SqueezeBox.assign($$('a.modal'), {{ parse: 'rel' }});
		}});
  </script>
<link rel="stylesheet" href="/templates/iraqnews/css/template_rtl.css" type="text/css" />
</head>
<body class="rtl">
<div id="wrapper">
<div id="top">
<div class="moduletable_weather"><span>بغداد</span> 47&#176; <span>البصرة</span> 49&#176; <span>أربيل</span> 41&#176;</div>
<div class="moduletable_rate">سعر صرف الدولار في بورصة الكفاح: {num(a, "usd", 1205, 1260)} دينار</div>
<div class="moduletable_social"><a href="https://www.facebook.com/{site.id}iq">فيسبوك</a> <a href="https://twitter.com/{site.id}iq">تويتر</a> <a href="/index.php?format=feed&amp;type=rss">RSS</a></div>
</div>
<div id="header"><h1 id="logo"><a href="/">{esc(site.name)}</a></h1><div class="banner-top"><img src="/images/banners/top-728x90.jpg" alt="" /></div></div>
<div id="mainmenu"><ul class="menu">{menu}</ul></div>
<div id="breaking"><div class="moduletable_breaking"><h3>عاجل</h3><marquee behavior="scroll" direction="right" scrollamount="3"><ul>{breaking}</ul></marquee></div></div>
<div id="main">
<div class="breadcrumbs">
<span class="showHere">أنت هنا: </span><a href="/" class="pathway">الرئيسية</a> <img src="/media/system/images/arrow_rtl.png" alt=""  /> <a href="/index.php/{cslug}" class="pathway">{esc(cname)}</a> <img src="/media/system/images/arrow_rtl.png" alt=""  /> <span>{esc(short(a.title, 6))}</span></div>
<div id="system-message-container">
</div>
<div id="content">
<!-- Start K2 Item Layout -->
<span id="startOfPageId{iid}"></span>
<div id="k2Container" class="itemView">
	<div class="itemHeader">
		<!-- Date created -->
		<span class="itemDateCreated">
			{joomla_date(d)}		</span>
	  	  <!-- Item title -->
	  <h2 class="itemTitle">
			{esc(a.title)}
	  	  </h2>
		{author_line}
	</div>
  <div class="itemToolbar">
		<ul>
			<li>
				<span class="itemTextResizerTitle">حجم الخط</span>
				<a href="#" id="fontDecrease">
					<span>تصغير حجم الخط</span>
					<img src="/components/com_k2/images/system/blank.gif" alt="تصغير حجم الخط" />
				</a>
				<a href="#" id="fontIncrease">
					<span>تكبير حجم الخط</span>
					<img src="/components/com_k2/images/system/blank.gif" alt="تكبير حجم الخط" />
				</a>
			</li>
			<li>
				<a class="itemPrintLink" rel="nofollow" href="{item_url}?tmpl=component&amp;print=1" onclick="window.open(this.href,'printWindow','width=900,height=600,location=no,menubar=no,resizable=yes,scrollbars=yes'); return false;">
					<span>طباعة</span>
				</a>
			</li>
			<li>
				<a class="itemEmailLink" rel="nofollow" href="/index.php/component/mailto/?tmpl=component&amp;template=iraqnews&amp;link={hx(a, 'mail', 40)}" onclick="window.open(this.href,'emailWindow','width=400,height=350,location=no,menubar=no,resizable=no,scrollbars=no'); return false;">
					<span>البريد الإلكتروني</span>
				</a>
			</li>
			<li>
				<span class="itemHits">قراءة <b>{hits}</b> مرات</span>
			</li>
		</ul>
		<div class="clr"></div>
  </div>
	<div class="itemRatingBlock">
		<span>قيم هذا البند</span>
		<div class="itemRatingForm">
			<ul class="itemRatingList">
				<li class="itemCurrentRating" id="itemCurrentRating{iid}" style="width:0%;"></li>
				<li><a href="#" title="1 نجمة من 5" class="one-star">1</a></li>
				<li><a href="#" title="2 نجمتان من 5" class="two-stars">2</a></li>
				<li><a href="#" title="3 نجوم من 5" class="three-stars">3</a></li>
				<li><a href="#" title="4 نجوم من 5" class="four-stars">4</a></li>
				<li><a href="#" title="5 نجوم من 5" class="five-stars">5</a></li>
			</ul>
			<div id="itemRatingLog{iid}" class="itemRatingLog">(0 أصوات)</div>
			<div class="clr"></div>
		</div>
		<div class="clr"></div>
	</div>
  <div class="itemBody">
	  {img}
	  <!-- Item introtext -->
	  <div class="itemIntroText">
	  	{intro}
	  </div>
	  	  <!-- Item fulltext -->
	  <div class="itemFullText">
	  	{full_html}
	  </div>
	  <!-- Item extra fields -->
	  <div class="itemExtraFields">
	  	<h3>معلومات إضافية</h3>
	  	<ul>
			<li class="even typeTextfield group1">
				<span class="itemExtraFieldsLabel">المصدر:</span>
				<span class="itemExtraFieldsValue">{esc(site.name)}</span>
			</li>
		</ul>
	    <div class="clr"></div>
	  </div>
	  {modified}
		<div class="clr"></div>
  </div>
	<div class="itemSocialSharing">
		<div class="itemTwitterButton"><a href="https://twitter.com/share" class="twitter-share-button" data-count="horizontal" data-via="{site.id}iq">Tweet</a></div>
		<div class="itemFacebookButton"><div class="fb-like" data-href="{esc(page.canonical)}" data-layout="button_count" data-action="like" data-show-faces="false"></div></div>
		<div class="clr"></div>
	</div>
  <div class="itemLinks">
		<div class="itemCategory">
			<span>نشرت في</span>
			<a href="/index.php/{cslug}">{esc(cname)}</a>
		</div>
	  <div class="itemTagsBlock">
		  <span>الوسوم</span>
		  <ul class="itemTags">{tags}</ul>
		  <div class="clr"></div>
	  </div>
		<div class="clr"></div>
  </div>
  {author_block}
  <div class="itemRelated">
		<h3>مواد ذات صلة (بواسطة الوسوم)</h3>
		<ul>{related}</ul>
		<div class="clr"></div>
  </div>
	<div class="clr"></div>
  {nav}
  {comments}
	<div class="itemBackToTop">
		<a class="k2Anchor" href="{item_url}#startOfPageId{iid}">العودة إلى الأعلى</a>
	</div>
	<div class="clr"></div>
</div>
<!-- End K2 Item Layout -->
</div>
<div id="sidebar">
<div class="moduletable_popular"><h3>الأكثر قراءة</h3><div id="k2ModuleBox{num(a, 'mb', 90, 199)}" class="k2ItemsBlock"><ul>{popular}</ul></div></div>
<div class="moduletable_poll"><h3>استطلاع الرأي</h3><form action="/index.php" method="post" name="form2"><p>هل تتوقع نجاح حزمة الإصلاحات الحكومية؟</p>
<label><input type="radio" name="voteid" value="1" /> نعم</label><br /><label><input type="radio" name="voteid" value="2" /> لا</label><br /><label><input type="radio" name="voteid" value="3" /> لا أعرف</label><br />
<input type="submit" name="task_button" class="button" value="تصويت" /> <a href="/index.php/component/poll/1">النتائج</a></form></div>
<div class="moduletable_calendar"><h3>أرشيف الأخبار</h3><div class="k2CalendarBlock"><table class="calendar"><tr><td class="calendarNavMonthPrev"><a href="#">&laquo;</a></td><td class="calendarCurrentMonth" colspan="5">{JOOMLA_MONTHS[d.month - 1]} {d.year}</td><td class="calendarNavMonthNext"><a href="#">&raquo;</a></td></tr></table></div></div>
<div class="moduletable_ad"><img src="/images/banners/side-300x250.gif" alt="" /></div>
</div>
</div>
<div id="footer">
<ul class="menu"><li><a href="/index.php/about">من نحن</a></li><li><a href="/index.php/contact">اتصل بنا</a></li><li><a href="/index.php/ads">للإعلان</a></li></ul>
<p>جميع الحقوق محفوظة لـ {esc(site.name)} &#169; 2015 - المقالات المنشورة تعبر عن رأي كتابها</p>
</div>
</div>
</body>
</html>"""


# --- b9_4 ----------------------------------------------------------------------------

def layout_b9_4(page):
    """Arabic edition of a Chinese state media site (People's-Daily-like, TRS
    CMS): «بقلم» + name, the outlet, then a Beijing-time stamp in one line
    under the headline."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    bj = d + dt.timedelta(hours=5)
    outlet = f"{site.name} أونلاين"
    aid = 8900000 + a.n * 11
    node = num(a, "node", 102100, 102199)
    stamp = f"{bj:%H:%M}, {MONTHS[bj.month - 1]} {bj.day:02d}, {bj.year}"
    secs = ["الصين", "الشرق الأوسط", "العالم", "اقتصاد", "ثقافة", "علوم وتكنولوجيا", "رياضة"]
    sec = secs[num(a, "sec", 0, len(secs) - 1)]
    byline = ""
    if a.author:
        byline = f'<span>بقلم</span> <b>{esc(a.author)}</b> '
    rel = page.others("read_also", 3)
    related_box = ""
    if rel:
        related_box = ('<div class="xgwz"><h4>مقالات ذات صلة</h4><ul>'
                       + "".join(f'<li><a href="{esc(page.url_of(o))}" target="_blank">{esc(o.title)}</a></li>' for o in rel)
                       + "</ul></div>")
    pic = (f'<p style="text-align: center;"><img src="/NMediaFile/{bj:%Y/%m%d}/FOREIGN{bj:%Y%m%d%H%M}{num(a, "pic", 100000, 999999)}.jpg" '
           f'width="500" border="0" /></p>\n<p class="pictext" style="text-align: center;">{["صورة أرشيفية", "صورة من الإنترنت", "الصورة: وكالة شينخوا"][num(a, "pt", 0, 2)]}</p>')
    wechat = ('<div class="ewm"><img src="/img/2015arabic/images/weixin.jpg" width="110" /><p>امسح رمز الاستجابة السريعة بهاتفك لمتابعة حسابنا على ويتشات</p></div>')
    out = []
    pic_first = num(a, "picpos", 0, 1) == 1
    if pic_first:
        out.append(pic)
    for i, p in enumerate(paras):
        out.append(f'<p style="text-indent: 2em;">{esc(p)}</p>')
        if i == 0 and not pic_first:
            out.append(pic)
        if i == 2 and related_box:
            out.append(related_box)
    if len(paras) < 3 and related_box:
        out.append(related_box)
    body = "\n".join(out)
    rel_list = "".join(f'<li><a href="{esc(page.url_of(o))}" target="_blank">{esc(o.title)}</a> <span>[{(o.published + dt.timedelta(hours=5)):%Y-%m-%d}]</span></li>'
                       for o in page.others("similar", 8))
    photos = "".join(f'<li><a href="{esc(page.url_of(o))}"><img src="/NMediaFile/{o.key}_s.jpg" width="160" height="110" /></a><a href="{esc(page.url_of(o))}">{esc(short(o.title, 7))}</a></li>'
                     for o in page.others("photos", 4))
    hot = "".join(f'<li><span>{j + 1}</span><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for j, o in enumerate(page.others("popular", 8)))
    topics = ("<li><a href='/zhuanti/2015/zhongalun/'>منتدى التعاون الصيني العربي</a></li><li><a href='/zhuanti/2015/yidaiyilu/'>الحزام والطريق</a></li>"
              "<li><a href='/zhuanti/2015/kangzhan70/'>الذكرى الـ70 لانتصار الحرب العالمية ضد الفاشية</a></li>")
    langs = ("<a href='http://www.people.com.cn/'>中文</a> <a href='http://en.people.cn/'>English</a> <a href='http://j.people.com.cn/'>日本語</a> "
             "<a href='http://french.people.com.cn/'>Français</a> <a href='http://spanish.people.com.cn/'>Español</a> "
             "<a href='http://russian.people.com.cn/'>Русский</a> <a href='http://kr.people.com.cn/'>한국어</a> "
             "<a href='http://german.people.com.cn/'>Deutsch</a> <a href='http://portuguese.people.com.cn/'>Português</a> <a href='/'>عربي</a>")
    nav = "".join(f"<a href='/{i + 100}/index.html'>{esc(n)}</a>" + ("|" if i < 9 else "")
                  for i, n in enumerate(["الصفحة الرئيسية", "الصين", "الشرق الأوسط", "العالم", "اقتصاد", "ثقافة", "علوم وتكنولوجيا", "رياضة", "صور", "فيديو"]))
    enp = (f"<!--enpproperty <articleid>{aid}</articleid><date>{bj:%Y-%m-%d %H:%M:%S}.0</date><author></author>"
           f"<title>{esc(a.title)}</title><keyword>{esc(','.join(L.tags_for(a)))}</keyword><subtitle></subtitle><introtitle></introtitle>"
           f"<siteid>{num(a, 'site', 30, 40)}</siteid><nodeid>{node}</nodeid><nodename>{esc(sec)}</nodename><nodesearchname></nodesearchname>/enpproperty-->")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl">
<head>
<meta http-equiv="content-type" content="text/html;charset={site.encoding}"/>
<meta http-equiv="Content-Language" content="ar"/>
<meta name="keywords" content="{esc(','.join(L.tags_for(a)))}" />
<meta name="description" content="{esc(short(a.text, 24))}" />
<meta name="filetype" content="0">
<meta name="publishedtype" content="1">
<meta name="pagetype" content="1">
<meta name="catalogs" content="F_{node}">
<meta name="contentid" content="F_{aid}">
<meta name="publishdate" content="{bj:%Y-%m-%d}">
<meta name="source" content="{esc(outlet)}">
<title>{esc(a.title)}--{esc(outlet)}</title>
<link href="/img/2015arabic/page.css" type="text/css" rel="stylesheet" media="all" />
<link rel="canonical" href="{esc(page.canonical)}" />
<script src="/img/2015arabic/jquery-1.7.1.min.js" type="text/javascript"></script>
</head>
<body>
{enp}
<div class="w1000 top clearfix"><div class="fr">{langs}</div><div class="fl"><form action="http://search.people.com.cn/language/search.do" method="post" target="_blank"><input type="text" name="keyword" class="text" value="" /><input type="submit" value="بحث" /></form></div></div>
<div class="w1000 logo clearfix"><a href="/"><img src="/img/2015arabic/images/logo.png" alt="{esc(outlet)}" /></a><span class="slogan">نافذة على الصين</span></div>
<div class="nav w1000">{nav}</div>
<div class="w1000 d2_nav"><a href="/">{esc(outlet)}</a>&gt;&gt;<a href="/{node}/index.html">{esc(sec)}</a></div>
<div class="w1000 d2_content clearfix">
<div class="d2_left fr">
<div class="txt_title">
<h1>{esc(a.title)}</h1>
<div class="wb_1 clearfix"><div class="fr">{byline}({esc(outlet)}) &nbsp;&nbsp;<span>{stamp}</span> <span>(بتوقيت بكين)</span></div>
<div class="fl"><a href="http://service.weibo.com/share/share.php" target="_blank">ويبو</a> <a href="https://www.facebook.com/sharer.php" target="_blank">فيسبوك</a> <a href="https://twitter.com/share" target="_blank">تويتر</a></div></div>
</div>
<div class="txt_con" id="rwb_zw">
<!--enpcontent-->{body}<!--/enpcontent-->
</div>
{wechat}
<div class="wb_2 clearfix"><a href="javascript:window.print();">طباعة</a> | <a href="mailto:?subject={esc(a.title)}">إرسال بالبريد</a> | <a href="#top">العودة إلى أعلى الصفحة</a></div>
<div class="d2_xgxw"><h3>أخبار ذات صلة</h3><ul>{rel_list}</ul></div>
<div class="d2_pic"><h3>صور</h3><ul class="clearfix">{photos}</ul></div>
</div>
<div class="d2_right fl">
<div class="hot"><h3>الأكثر قراءة</h3><ol>{hot}</ol></div>
<div class="zt"><h3>ملفات خاصة</h3><ul>{topics}</ul></div>
<div class="ad"><img src="/img/2015arabic/images/ad_chinaarab.jpg" width="300" alt="" /></div>
</div>
</div>
<div class="w1000 foot">
<p><a href="/about/">عن الموقع</a> | <a href="/contact/">اتصل بنا</a> | <a href="/ads/">إعلانات</a> | <a href="/jobs/">وظائف</a></p>
<p>حقوق النشر &#169; 1997-2015 {esc(outlet)}. جميع الحقوق محفوظة.</p>
<p>京ICP证000006号 &nbsp; 京公网安备110000000006号</p>
</div>
<script src="http://cl2.webterren.com/webdig.js?z=12" type="text/javascript"></script>
<script type="text/javascript">wd_paramtracker("_wdxid=000000000000000000000000000000000000000000")</script>
</body>
</html>"""


# --- b9_5 ----------------------------------------------------------------------------

def guid(a, salt):
    h = hx(a, salt, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def layout_b9_5(page):
    """Saudi ministry media centre on SharePoint 2013 (ArticleLeft layout):
    the date-line then the by-line field under the title row; the minute
    only in a Dublin Core meta."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    rendered = d + dt.timedelta(minutes=num(a, "render", 20, 900))
    r_utc = rendered - dt.timedelta(hours=3)
    modified = d + dt.timedelta(minutes=num(a, "modified", 4, 300))
    item = 1200 + a.n
    page_url = f"/ar/MediaCenter/News/Pages/News-{d:%Y%m%d}-{a.n}.aspx"
    webtitle = "المركز الإعلامي"
    zw = "<p>&#8203;</p>"
    rel = page.others("read_also", 3)
    cqwp = ""
    if rel:
        g = guid(a, "cq")
        cqwp = (f'<div class="ms-rtestate-read ms-rte-wpbox" contenteditable="false"><div class="ms-rtestate-notify ms-rtegenerate-notify ms-rtestate-read {g}" id="div_{g}" unselectable="on">'
                f'<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title" id="WebPartTitleWPQ3"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>أخبار ذات علاقة</span></nobr></h2></div>'
                f'<div webpartid="{g}" class="ms-WPBody" id="WebPartWPQ3"><div id="cbqwpctl00_ctl40_g_{g.replace("-", "_")}" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%">'
                + "".join(f'<li class="dfwp-item"><div class="item"><div class="link-item"><a href="{esc(page.url_of(o))}" title="">{esc(o.title)}</a>'
                          f'<div class="description">{esc(short(o.text, 16))}</div></div></div></li>' for o in rel)
                + '</ul></div></div></div></div><div id="vid_' + g + '" unselectable="on" style="display:none;"></div></div>')
    out = []
    for i, p in enumerate(paras):
        out.append(f"<p>{esc(p)}</p>")
        if i == 0 and num(a, "zw0", 0, 1):
            out.append(zw)
        if i == 1 and cqwp:
            out.append(cqwp)
        if i == 3:
            out.append(zw)
    if len(paras) < 2 and cqwp:
        out.append(cqwp)
    out.append(zw)
    if num(a, "pdf", 0, 1):
        out.append(f'<p><a href="/ar/MediaCenter/News/Documents/PR-{d:%Y%m%d}-{a.n}.pdf"><img src="/_layouts/15/images/icpdf.png" alt="" /> تحميل البيان الصحفي (PDF)</a></p>')
    out.append(f'<p><strong>للاستفسارات الإعلامية:</strong> {webtitle} - هاتف: 0114000000 - البريد الإلكتروني: media@{site.id}.gov.sa</p>')
    body = "\n".join(out)
    byline = f"{esc(a.author)}" if a.author else ""
    menu = "".join(f'<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/ar/{s}"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{esc(n)}</span></span></a></li>'
                   for s, n in [("Pages/default.aspx", "الرئيسية"), ("About", "عن الوزارة"), ("eServices", "الخدمات الإلكترونية"),
                                ("MediaCenter", "المركز الإعلامي"), ("Regulations", "الأنظمة واللوائح"), ("OpenData", "البيانات المفتوحة"),
                                ("eParticipation", "المشاركة الإلكترونية"), ("ContactUs", "اتصل بنا")])
    quick = "".join(f'<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/ar/MediaCenter/{s}"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{esc(n)}</span></span></a></li>'
                    for s, n in [("News", "الأخبار"), ("PressReleases", "البيانات الصحفية"), ("Events", "الفعاليات"), ("Photos", "ألبوم الصور"),
                                 ("Videos", "مكتبة الفيديو"), ("Publications", "الإصدارات"), ("Spokesman", "المتحدث الرسمي")])
    news = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a><span class="date">{o.published:%d/%m/%Y}</span></li>' for o in page.others("similar", 5))
    tweets = "".join(f'<li class="tweet"><span class="tw-text">{esc(short(o.title, 14))} {esc(site.base)}/t/{o.n}</span></li>' for o in page.others("ticker", 3))
    ctx_guid = guid(a, "list")
    digest = f"0x{hx(a, 'digest', 40).upper()}{hx(a, 'digest2', 40).upper()}{hx(a, 'digest3', 48).upper()},{r_utc:%d %b %Y %H:%M:%S} -0000"
    return f"""<!DOCTYPE html>
<html dir="rtl" lang="ar-SA">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset={site.encoding}" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<meta name="DC.title" content="{esc(a.title)}" />
<meta name="DC.publisher" content="{esc(site.name)}" />
<meta name="DC.date.issued" scheme="W3CDTF" content="{d:%Y-%m-%dT%H:%M}+03:00" />
<meta name="DC.language" scheme="RFC1766" content="ar" />
<meta name="DC.identifier" scheme="URI" content="{esc(page.canonical)}" />
<meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" />
<title>
	{webtitle} - {esc(a.title)}
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1025/styles/Themable/corev15.css?rev=OqAycmyMLoQIDkAlzHdMhQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/ar-sa/Themable/Core%20Styles/pagelayouts15.css"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/Ministry/css/main-rtl.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZRNhC3yjSTpqZnGqBHdAdQ%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d={hx(a, 'sr', 40)}&amp;t=ffffffffecf19baa"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3D"></script>
<link rel="canonical" href="{esc(page.canonical)}" />
</head>
<body>
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>
<form method="post" action="{page_url}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="{digest}" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIUD2QWAgIDDxYCHgdWaXNpYmxlaGQ{hx(a, 'vs', 30)}=" />
</div>
<script type="text/javascript">
//<![CDATA[
var _spPageContextInfo = {{webServerRelativeUrl: "\\u002far\\u002fMediaCenter", webAbsoluteUrl: "{esc(site.base)}\\u002far\\u002fMediaCenter", siteAbsoluteUrl: "{esc(site.base)}", serverRequestPath: "{page_url.replace('/', chr(92) + 'u002f')}", layoutsUrl: "_layouts\\u002f15", webTitle: "{webtitle}", webTemplate: "39", tenantAppVersion: "0", webLogoUrl: "\\u002fStyle Library\\u002fMinistry\\u002fimages\\u002flogo.png", webLanguage: 1025, currentLanguage: 1025, currentUICultureName: "ar-SA", currentCultureName: "ar-SA", clientServerTimeDelta: new Date("{r_utc:%Y-%m-%dT%H:%M:%S}.{num(a, 'ms', 1000000, 9999999)}Z") - new Date(), siteClientTag: "0$$15.0.4701.1000", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{{High:16,Low:200769}}, pageListId:"{{{ctx_guid}}}", pageItemId:{item}, pagePersonalizationScope:1, alertsEnabled:true, siteServerRelativeUrl: "\\u002f", allowSilverlight:true}};
//]]>
</script>
<div id="ms-designer-ribbon">
<div id="s4-ribbonrow" style="display:none"><div id="globalNavBox"><div id="ribbonBox"><div id="s4-ribboncont"></div></div></div></div>
</div>
<div id="s4-workspace">
<div id="s4-bodyContainer">
<div class="access-bar"><a href="#" class="font-inc" title="تكبير الخط">أ+</a> <a href="#" class="font-dec" title="تصغير الخط">أ-</a> <a href="#" class="contrast">تباين عالٍ</a> | <a href="/en/MediaCenter/News/Pages/default.aspx" lang="en">English</a> | <a href="/ar/Pages/SiteMap.aspx">خريطة الموقع</a> | <a href="/ar/ContactUs">اتصل بنا</a></div>
<div class="header-row"><a href="/ar" class="site-logo"><img src="/Style%20Library/Ministry/images/logo.png" alt="{esc(site.name)}" /></a>
<div class="search-box" id="SearchBox"><input type="text" value="" maxlength="2048" title="بحث..." id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" autocomplete="off" class="ms-textSmall ms-srch-sb-prompt ms-helperText" /><a title="بحث" class="ms-srch-sb-searchLink" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_SearchLink" href="javascript: {{}}"><img src="/_layouts/15/images/searchresultui.png?rev=23" class="ms-srch-sb-searchImg" alt="بحث" /></a></div></div>
<div class="top-nav"><div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation" role="navigation"><div id="zz1_TopNavigationMenu" class=" noindex ms-core-listMenu-horizontalBox"><ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static">{menu}</ul></div></div></div>
<div class="breadcrumb-row"><span id="ctl00_PlaceHolderMain_SiteMapPath1"><a href="#ctl00_PlaceHolderMain_SiteMapPath1_SkipLink"><img alt="Skip Navigation Links" src="/WebResource.axd?d=x&amp;t=1" width="0" height="0" style="border-width:0px;" /></a><span><a href="/ar">الرئيسية</a></span><span> &gt; </span><span><a href="/ar/MediaCenter">{webtitle}</a></span><span> &gt; </span><span><a href="/ar/MediaCenter/News">الأخبار</a></span><span> &gt; </span><span>{esc(short(a.title, 7))}</span><a id="ctl00_PlaceHolderMain_SiteMapPath1_SkipLink"></a></span></div>
<div class="ms-table ms-fullWidth">
<div class="ms-tableRow">
<div class="ms-tableCell" id="sideNavBox"><div id="DeltaPlaceHolderLeftNavBar" class="ms-core-navigation" role="navigation"><div id="ctl00_PlaceHolderLeftNavBar_QuickLaunchNavigationManager"><div id="zz3_V4QuickLaunchMenu" class=" noindex ms-core-listMenu-verticalBox"><ul id="zz4_RootAspMenu" class="root ms-core-listMenu-root static"><li class="static"><a class="static selected menu-item ms-core-listMenu-item ms-displayInline ms-core-listMenu-selected ms-navedit-linkNode" href="/ar/MediaCenter"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{webtitle}</span></span></a><ul class="static">{quick}</ul></li></ul></div></div></div>
<div class="side-box twitter-box"><h3>الوزارة على تويتر</h3><ul>{tweets}</ul><a href="https://twitter.com/{site.id}_gov">تابعنا</a></div></div>
<div class="ms-tableCell ms-verticalAlignTop" id="contentBox">
<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle"><div id="titleAreaBox"><div id="titleAreaRow" class="ms-noList ms-table ms-core-tableNoSpace"><div id="pageTitle" class="ms-core-pageTitle"><h1><span id="DeltaPlaceHolderPageTitleInTitleArea">{esc(a.title)}</span></h1></div></div></div></div>
<div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="welcome blank-wp">
<div class="article article-left">
<div class="article-header">
<div class="date-line">
{d:%d/%m/%Y}
</div>
<div class="by-line">{byline}</div>
</div>
<div class="captioned-image">
<div class="image"><img alt="" src="/ar/MediaCenter/News/PublishingImages/{d:%Y}/{a.key}.jpg" style="BORDER:0px solid;" /></div>
<div class="caption"><div id="ctl00_PlaceHolderMain_ImageCaption__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ImageCaption_label">{esc(short(a.title, 6))}</div></div>
</div>
<div class="article-content">
<div id="ctl00_PlaceHolderMain_PageContent_label" style='display:none'>محتوى الصفحة</div><div id="ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_PageContent_label"><div class="ExternalClass{hx(a, 'ext', 32).upper()}">
{body}
</div></div>
</div>
<div class="ms-clear"></div>
</div>
<div class="page-tools"><span>شارك:</span> <a href="https://twitter.com/intent/tweet?url={esc(page.canonical)}" target="_blank">تويتر</a> <a href="https://www.facebook.com/sharer/sharer.php" target="_blank">فيسبوك</a> <a href="https://www.linkedin.com/shareArticle" target="_blank">لينكدإن</a> <a href="mailto:?subject={esc(a.title)}">البريد</a> | <a href="javascript:window.print()">طباعة</a></div>
<div class="page-rating"><span>هل كانت هذه الصفحة مفيدة؟</span> <a href="#" class="yes">نعم</a> <a href="#" class="no">لا</a> <span class="count">({num(a, "useful", 1, 60)} من الزوار وجدوا هذا مفيداً)</span></div>
<div class="related-news"><h3>أحدث الأخبار</h3><ul>{news}</ul></div>
<div class="last-modified">آخر تحديث للصفحة: {modified:%d/%m/%Y} {ampm(modified)}</div>
</div>
</div>
</div>
</div>
</div>
<div class="footer-row">
<div class="footer-links"><a href="/ar/Pages/Privacy.aspx">سياسة الخصوصية</a> | <a href="/ar/Pages/Terms.aspx">شروط الاستخدام</a> | <a href="/ar/Pages/Disclaimer.aspx">إخلاء المسؤولية</a> | <a href="/ar/Pages/FAQ.aspx">الأسئلة الشائعة</a> | <a href="/ar/Pages/Accessibility.aspx">إمكانية الوصول</a></div>
<div class="footer-newsletter"><label>اشترك في النشرة الإخبارية</label> <input type="text" placeholder="البريد الإلكتروني" /> <input type="button" value="اشتراك" /></div>
<div class="copyright">جميع الحقوق محفوظة &#169; {esc(site.name)} 2015 - يعمل بتقنية SharePoint</div>
<div class="egov-logo"><img src="/Style%20Library/Ministry/images/yesser.png" alt="برنامج التعاملات الإلكترونية الحكومية (يسّر)" /></div>
</div>
</div>
</div>
<script type="text/javascript">
//<![CDATA[
var g_clientIdDeltaPlaceHolderMain = "DeltaPlaceHolderMain";
var g_clientIdDeltaPlaceHolderUtilityContent = "DeltaPlaceHolderUtilityContent";
WebForm_InitCallback();RegisterSod("core.js", "\\u002f_layouts\\u002f15\\u002fcore.js?rev=GpU7vxyOqzS0F9OfEX3CCw\\u00253D\\u00253D");
//]]>
</script>
</form>
</body>
</html>"""


LAYOUTS = {
    "b9_1": layout_b9_1,
    "b9_2": layout_b9_2,
    "b9_3": layout_b9_3,
    "b9_4": layout_b9_4,
    "b9_5": layout_b9_5,
}
