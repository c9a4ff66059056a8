"""Blind test layouts (set 18) for newsfarm (--extra-layouts): five article
templates modelled on kinds of real Arabic news pages that no earlier layout
file imitates, written without reading Khabar's extractor. Each prints the
whole page a reader gets: top bar, header and menus, tickers, the article,
the boxes sites put inside the text, and the lists, comments, sidebars and
footer around it.

  b18_1  EGYPTIAN mass news portal (Youm7 / Masrawy-like), CAIRO time =
         UTC+2 in August 2015 (Egypt dropped summer time that year), one
         hour behind Riyadh, so the day can roll back: top bar with the
         Cairo day, Cairo weather, the dollar in pounds and gold prices
         («عيار 21»); an «عاجل» strip; section, headline, then «كتب» in
         its own span and the name alone in the next span (only with an
         author), the Cairo date «الأحد، 09 أغسطس 2015 01:32 م» (12-hour
         with ص/م), article:published_time and itemprop datePublished in
         +02:00. Stories of two paragraphs or more are SPLIT OVER TWO
         PAGES by a script pager: both parts are in the HTML (the second in
         div.story-page without the «active» class, hidden by the style
         sheet), a «الصفحة 1 من 2 | الصفحة التالية» pager between them and
         «الصفحة السابقة» after. In the text bold «اقرأ أيضا..» link
         paragraphs, a «فيديو اليوم» embed with a caption and an ad; after
         it a Google-News follow line in prose, tags, «أخبار متعلقة»,
         readers' comments with Egyptian names, Cairo dates and reply
         counts, a comment notice, most-read, «خدمات» (prayer times,
         exam results), footer naming the chairman / editor-in-chief.
  b18_2  Saudi daily's new INFINITE-SCROLL front end (Okaz-like): top bar
         with the Hijri + Gregorian day, a breaking ticker; the story:
         section, headline, the name alone in <a class="writer-name"> after
         a pen icon (only with an author), «الأحد 24 شوال 1436هـ - 09
         أغسطس 2015م 02:32 م» (Riyadh, 12-hour), JSON-LD +03:00. In the
         text an «اقرأ أيضاً» box, an inline newsletter sign-up in prose
         and an ad; after it tags and share. Then the NEXT STORY is already
         rendered below (as infinite-scroll sites serve it): an «المقال
         التالي» divider and another article in the same markup with its
         own headline (h2), its own byline (when it has one), date, its
         WHOLE text and tags, then a «جارٍ تحميل المزيد» loader. Most-read
         rail, opinion writers' names with column titles, footer. One site
         is windows-1256 (NCRs where it lacks letters).
  b18_3  Arabic service of an international WIRE (Reuters-Arabic-like):
         edition list (U.S., UK, India, Japan, Africa, عربي …), a market
         strip (TASI, Brent, gold, the dollar), section kicker, headline,
         the date in GMT «الأحد 9 أغسطس 2015 11:32 GMT» (the day can roll
         back against Riyadh's) with font / print tools; machine-readable
         only as og:article:published_time «…T11:32:07+0000» and
         <meta name="REVISION_DATE" content="Sun Aug 09 11:32:07 UTC 2015">.
         The first paragraph opens with «<city> (<short>) -» in the same
         <p>. In the text a «تغطية ذات صلة» link box, a video promo and a
         quoted-stock card; the CREDIT at the END as the wire's closing note
         «(إعداد <span>name</span> للنشرة العربية - تحرير <span>editor</span>)»
         (the editor is another name; no note without an author). After it
         the Trust Principles notice in prose, «أهم الأخبار», most-read,
         a prices-delayed disclaimer. One site is windows-1256 (NCRs).
  b18_4  SUDANESE news site on WordPress built with ELEMENTOR Pro (Khartoum
         time = UTC+3 in 2015): elementor-section / elementor-column /
         elementor-widget wrappers everywhere; a top strip with the Khartoum
         day, the dollar at the bank and on the PARALLEL MARKET in Sudanese
         pounds; an «عاجل» ticker; the post title widget (h1), then the
         post-info widget: an icon list whose author item holds «بواسطة» in
         a prefix span and the name as the following text node (only with
         an author), a date item «9 أغسطس، 2015» and a time item «2:32 م»
         (WordPress Arabic defaults, Khartoum time), the comments item; the
         Yoast @graph JSON-LD and article:published_time in UTC
         («…T11:32:07+00:00»). The post content holds Gutenberg blocks:
         an «اقرأ أيضاً» group, a Twitter embed of a ministry with its own
         date, an Ad-Inserter code block; after it Elementor share
         buttons, the post navigation, «عناوين الصحف السودانية» (today's
         front-page headlines of other papers, prose), related posts
         with dates, WordPress comments with Sudanese names and long
         prose, reply form; a sidebar posts widget; footer.
  b18_5  KUWAITI daily's site on NUXT (Vue SSR; Al-Qabas-like): every
         element carries scoped data-v-xxxxxxxx attributes and Vue's
         <!--[--> fragment comments; no semantic article classes. Top bar
         with the Kuwait day, prayer times and the dinar; the headline,
         a standfirst that repeats the first sentence, then «كتب» +
         the name alone in an <a> to /authors/<id> (only with an author),
         the day in Eastern digits «٩ أغسطس ٢٠١٥» and a 12-hour clock
         «٢:٣٢ م» (Kuwait = Riyadh time). The TEXT comes from the print
         CMS as ONE <div> of <br><br> runs, no <p>; a read-also component
         and an ad are spliced between two runs. The minute with its zone
         only in window.__NUXT__ (a minified IIFE payload: publishedAt in
         UTC «…T11:32:07.000Z», the whole body again, related stories with
         their own UTC dates and writers). After it tags, «قد يهمك أيضاً»,
         most-read, the print issue number, footer.

Pages whose article has no author print no byline (and no credit note).
The author string is printed whole, exactly as the corpus gives it, as the
only text of its element (b18_4: the text node after the «بواسطة» prefix
span, as Elementor prints it). Gold times are Asia/Riyadh (+03:00); b18_1
prints Cairo time (+02:00) and carries +02:00 in its metadata; b18_2,
b18_4 (Khartoum) and b18_5 (Kuwait) show the Riyadh wall clock; b18_3 prints
GMT and says so; b18_4 and b18_5 carry UTC in their metadata. The
conversions are exact. Hijri dates follow Umm al-Qura (1 Shawwal 1436 = 17
July 2015). On windows-1256 sites, characters the charset lacks are written
as numeric character references (\\u escapes inside scripts).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts /work/blind18/blind18_layouts.py \\
      --layouts b18_1,b18_2,b18_3,b18_4,b18_5 --out /work/blind18/pages
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
HIJRI_MONTHS = L.HIJRI_MONTHS
WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# --- helpers ---------------------------------------------------------------------------

def num(a, salt, lo, hi):
    h = int(hashlib.md5((a.key + salt).encode()).hexdigest()[:8], 16)
    return lo + h % (hi - lo + 1)


def pick(a, salt, seq):
    return seq[num(a, salt, 0, len(seq) - 1)]


def utf(page):
    return page.site.encoding.lower().startswith("utf")


def east(s):
    return str(s).translate(L.EASTERN)


def shift(d, hours):
    return d + dt.timedelta(hours=hours)


def iso_off(d, off, colon=True, ms=False):
    """Naive Riyadh time -> ISO string in the zone UTC+off."""
    t = shift(d, off - 3)
    base = t.strftime("%Y-%m-%dT%H:%M:%S") + (".000" if ms else "")
    if off == 0 and ms:
        return base + "Z"
    sign = "+" if off >= 0 else "-"
    return base + (f"{sign}{abs(off):02d}:00" if colon else f"{sign}{abs(off):02d}00")


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


def tags_html(a, href, sep=" "):
    return sep.join(f'<a href="{href}{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a))


# --- b18_1: Egyptian mass portal, Cairo time, story over two pages -----------------------------

EG_NAMES = ["محمد عبد الفتاح", "أم يوسف", "مصري وافتخر", "أحمد من المنصورة", "حسام", "ابن البلد",
            "سامح الإسكندراني", "هبة"]
EG_COMMENTS = ["والله الكلام ده لازم يتطبق عندنا في مصر كمان، إحنا محتاجين قرارات زي دي بسرعة.",
               "ربنا يحفظ السعودية ومصر وكل البلاد العربية من كل شر، وشكرا لليوم السابع على التغطية.",
               "الخبر مش واضح فيه تفاصيل كتير ناقصة، يا ريت تكملوا الموضوع وتسألوا المسؤولين.",
               "أنا عايش في الرياض من عشر سنين والكلام ده فعلا حصل، والناس هناك مبسوطة بيه.",
               "أخيرا خبر كويس وسط الأخبار اللي كلها مشاكل."]
EG_NAV = ["الرئيسية", "أخبار عاجلة", "سياسة", "حوادث", "محافظات", "اقتصاد وبورصة", "رياضة", "فن",
          "المرأة والمنوعات", "عرب وعالم", "فيديو", "اليوم السابع TV"]


def eg_date(d):
    t = shift(d, -1)  # Cairo = UTC+2
    return f"{WEEKDAYS[t.weekday()]}، {t.day:02d} {MONTHS[t.month - 1]} {t.year} {ampm(t, pad=True)}"


def layout_b18_1(page):
    """Youm7-like Egyptian portal: «كتب» + name, Cairo 12-hour date, the story over two
    script-paged parts both in the HTML, bold «اقرأ أيضا..» paragraphs, comments."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    cairo = shift(d, -1)
    today = shift(d + dt.timedelta(hours=num(a, "crawl", 0, 9)), -1)
    nav = "".join(f'<li><a href="/Section/{i}">{n}</a></li>' for i, n in enumerate(EG_NAV))
    ticker = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("ticker", 6))
    by = (f'<div class="writeBy"><span class="lbl">كتب</span> <span class="writer">{esc(a.author)}</span></div>'
          if a.author else "")
    ra = page.others("read_also", 3)

    def ra_p(o):
        return f'<p class="readAlso"><strong>اقرأ أيضا.. <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></strong></p>'

    video = (f'<div class="video-embed"><iframe src="https://www.youtube.com/embed/{a.key[:11]}" allowfullscreen></iframe>'
             f'<p class="caption">فيديو اليوم.. {esc(short(page.others("video", 1)[0].title if page.others("video", 1) else a.title, 8))}</p></div>')
    ad = '<div class="ad-inread"><span>إعلان</span><div id="div-gpt-ad-inread"></div></div>'
    split = len(paras) >= 2
    if split:
        half = (len(paras) + 1) // 2
        p1 = [f"<p>{esc(p)}</p>" for p in paras[:half]]
        p2 = [f"<p>{esc(p)}</p>" for p in paras[half:]]
        b1 = []
        if ra:
            b1.append((1, ra_p(ra[0])))
        b1.append((2, ad))
        b2 = [(0, video)]
        if len(ra) > 1:
            b2.append((1, ra_p(ra[1])))
        url = page.url_of(a)
        body = (f'<div class="story-page active" data-page="1">\n{weave(p1, b1)}\n</div>\n'
                f'<div class="pager" data-total="2"><span class="pg">الصفحة 1 من 2</span> '
                f'<a class="next-page" href="{esc(url)}{"&" if "?" in url else "?"}page=2" data-target="2">الصفحة التالية</a></div>\n'
                f'<div class="story-page" data-page="2">\n{weave(p2, b2)}\n'
                f'<div class="pager"><a class="prev-page" href="{esc(url)}" data-target="1">الصفحة السابقة</a> '
                f'<span class="pg">الصفحة 2 من 2</span></div>\n</div>')
    else:
        blocks = [f"<p>{esc(p)}</p>" for p in paras]
        boxes = [(0, ad)]
        if ra:
            boxes.append((1, ra_p(ra[0])))
        boxes.append((9, video))
        body = weave(blocks, boxes)
    related = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("similar", 5))
    popular = "".join(f"<li><span>{east(i + 1)}</span>{L.link(page, o)}</li>"
                      for i, o in enumerate(page.others("popular", 6)))
    k = num(a, "cn", 0, 4)
    coms = ""
    for j in range(k):
        cd = shift(d + dt.timedelta(minutes=num(a, f"cm{j}", 15, 900)), -1)
        coms += (f'<li class="comment"><div class="c-head"><b>{esc(pick(a, f"cn{j}", EG_NAMES))}</b> '
                 f'<span class="c-date">{cd:%d/%m/%Y} {ampm(cd)}</span></div>'
                 f'<p>{esc(pick(a, f"ct{j}", EG_COMMENTS))}</p>'
                 f'<div class="c-tools"><a href="#">رد</a> <span>عدد الردود {num(a, f"rr{j}", 0, 6)}</span> '
                 f'<a href="#">أعجبني</a> {num(a, f"lk{j}", 0, 80)}</div></li>')
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<title>{esc(a.title)} - {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta name="keywords" content="{esc(', '.join(L.tags_for(a)))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/images/News/{a.key}.jpg">
<meta property="article:published_time" content="{iso_off(d, 2)}">
<meta property="article:section" content="عرب وعالم">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="stylesheet" href="/Content/css/site.min.css">
<style>.story-page{{display:none}}.story-page.active{{display:block}}</style>
</head>
<body>
<div class="topBar"><span class="today">{WEEKDAYS[today.weekday()]}، {today.day:02d} {MONTHS[today.month - 1]} {today.year}</span>
<span class="weather">القاهرة {num(a, "w1", 33, 38)}° | الإسكندرية {num(a, "w2", 29, 32)}° | أسوان {num(a, "w3", 41, 45)}°</span>
<span class="money">الدولار 7.{num(a, "usd", 80, 83)} جنيه | الذهب عيار 21: {num(a, "gold", 279, 288)} جنيها | عيار 24: {num(a, "g24", 319, 329)} جنيها</span>
<a href="/epaper">النسخة الورقية</a> <a href="/app">حمّل التطبيق</a></div>
<header class="mainHeader"><a class="logo" href="/">{esc(site.name)}</a><form class="search"><input name="q" placeholder="ابحث في اليوم السابع"></form>
<nav><ul>{nav}</ul></nav></header>
<div class="urgent"><span class="u-lbl">عاجل</span><ul>{ticker}</ul></div>
<div class="container">
<div class="rightCol">
<div class="breadcrumb"><a href="/">الرئيسية</a> / <a href="/Section/9">عرب وعالم</a></div>
<article class="newsStory" itemscope itemtype="http://schema.org/NewsArticle">
<div class="articleHeader">
<h1 itemprop="headline">{esc(a.title)}</h1>
{by}
<div class="newsDate"><span class="icon-clock"></span> <span>{eg_date(d)}</span>
<meta itemprop="datePublished" content="{iso_off(d, 2)}"></div>
</div>
<div class="shareTop"><a href="https://facebook.com/sharer">فيسبوك</a> <a href="https://twitter.com/share">تويتر</a> <a href="whatsapp://send">واتساب</a> <a href="#print">طباعة</a></div>
<div class="mainImg"><img src="/images/News/{a.key}.jpg" alt="{esc(a.title)}"><span class="imgCaption">{esc(short(a.title, 6))} - أرشيفية</span></div>
<div class="articleCont" id="articleBody" itemprop="articleBody">
{body}
</div>
<p class="gnews">تابع أحدث الأخبار والتقارير لحظة بلحظة عبر تطبيق جوجل نيوز، واضغط على زر المتابعة ليصلك كل جديد من قسم عرب وعالم.</p>
<div class="tags"><span>الكلمات المتعلقة:</span> {tags_html(a, "/Tags/")}</div>
</article>
<section class="relatedNews"><h3>أخبار متعلقة</h3><ul>{related}</ul></section>
<section class="comments"><h3>التعليقات ({k})</h3><ol>{coms}</ol>
<p class="notice">التعليقات المنشورة تعبر عن آراء أصحابها فقط، ويحتفظ الموقع بحقه في حذف أي تعليق يتضمن إساءة أو ألفاظا خارجة أو يخرج عن موضوع الخبر.</p>
<form><input placeholder="الاسم"><input placeholder="البريد الإلكتروني"><textarea placeholder="اكتب تعليقك هنا"></textarea><button>أضف تعليق</button></form></section>
</div>
<aside class="leftCol">
<div class="mostRead"><h3>الأكثر قراءة</h3><ol>{popular}</ol></div>
<div class="services"><h3>خدمات</h3><ul><li><a href="/prayer">مواقيت الصلاة في القاهرة</a></li><li><a href="/results">نتيجة الثانوية العامة</a></li><li><a href="/currency">أسعار العملات</a></li><li><a href="/weather">حالة الطقس</a></li></ul></div>
<div class="adSide"><span>إعلان</span></div>
</aside>
</div>
<footer><p>رئيس مجلس الإدارة ورئيس التحرير: مدحت عبد الرازق</p>
<p>جميع الحقوق محفوظة © 2015 {esc(site.name)} - يحظر نشر أو نقل أو اقتباس المواد دون إذن مسبق</p>
<p><a href="/About">من نحن</a> | <a href="/Contact">اتصل بنا</a> | <a href="/Privacy">سياسة الخصوصية</a> | <a href="/Rss">RSS</a></p></footer>
<script>var pager=document.querySelectorAll('.story-page');document.querySelectorAll('[data-target]').forEach(function(l){{l.onclick=function(e){{e.preventDefault();pager.forEach(function(p){{p.classList.toggle('active',p.dataset.page==l.dataset.target)}})}}}});</script>
</body></html>"""
    return finish(out, page)


# --- b18_2: Saudi daily, infinite scroll with the next story rendered ---------------------------

OK_WRITERS = [("حمود أبو طالب", "حين يصبح الإنجاز عادة"), ("خالد السليمان", "الرقابة الذكية"),
              ("عبده خال", "شوارعنا في الصيف"), ("محمد الساعد", "ما بعد الاتفاق"),
              ("منى العتيبي", "المعلمات في الطرق البعيدة")]


def ok_date(d):
    hd, hm, hy = hijri(d)
    return (f"{WEEKDAYS[d.weekday()]} {hd} {hm} {hy}هـ - {d.day:02d} {MONTHS[d.month - 1]} {d.year}م "
            f"{ampm(d, pad=True)}")


def ok_story(page, art, level, main):
    paras = L.paragraphs(art.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    if main:
        ra = page.others("read_also", 2)
        if ra:
            items = "".join(f"<li>{L.link(page, o)}</li>" for o in ra)
            boxes.append((1, f'<div class="read-also-box"><h4>اقرأ أيضاً</h4><ul>{items}</ul></div>'))
        boxes.append((3, '<div class="inline-newsletter"><p>اشترك في النشرة اليومية ليصلك أهم ما تنشره الصحيفة '
                         'من أخبار وتحقيقات وآراء كل صباح على بريدك الإلكتروني.</p><input type="email" '
                         'placeholder="بريدك الإلكتروني"><button>اشترك</button></div>'))
        boxes.append((5, '<div class="ad-box"><span>إعلان</span></div>'))
    by = (f'<div class="writer"><i class="icon-pen"></i> <a class="writer-name" href="/writer/{num(art, "w", 100, 999)}">'
          f'{esc(art.author)}</a></div>' if art.author else "")
    return f"""<article class="story" data-id="{art.n}" data-url="{esc(page.url_of(art))}">
<div class="story-section"><a href="/local">محليات</a></div>
<{level} class="story-title">{esc(art.title)}</{level}>
<div class="story-meta">{by}<div class="story-date"><i class="icon-clock"></i> {ok_date(art.published)}</div></div>
<figure class="story-img"><img src="/uploads/{art.key}.jpg" alt=""><figcaption>{esc(short(art.title, 6))}</figcaption></figure>
<div class="story-body">
{weave(blocks, boxes)}
</div>
<div class="story-tags">{tags_html(art, "/tags/")}</div>
<div class="story-share"><a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://facebook.com/sharer">فيسبوك</a> <a href="whatsapp://send">واتساب</a> <a href="#copy">نسخ الرابط</a></div>
</article>"""


def layout_b18_2(page):
    """Okaz-like infinite scroll: the main story, then the next story already rendered in full
    below an «المقال التالي» divider, with its own byline, date and text."""
    a, site = page.article, page.site
    d = a.published
    hd, hm, hy = hijri(d)
    nxt = page.others("next", 1)
    nav = "".join(f'<li><a href="/{s}">{n}</a></li>' for n, s in
                  [("الرئيسية", ""), ("محليات", "local"), ("سياسة", "politics"), ("اقتصاد", "economy"),
                   ("رياضة", "sport"), ("ثقافة وفن", "culture"), ("كتاب", "writers"), ("فيديو", "video"),
                   ("ملفات خاصة", "files")])
    ticker = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("ticker", 5))
    next_html = ""
    if nxt:
        next_html = (f'<div class="next-divider"><span>المقال التالي</span></div>\n'
                     + ok_story(page, nxt[0], "h2", False)
                     + '\n<div class="infinite-loader">جارٍ تحميل المزيد...</div>')
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 6))
    writers = "".join(f'<li><a href="/writers/{i}"><img src="/writers/{i}.jpg" alt=""><b>{esc(n)}</b><span>{esc(t)}</span></a></li>'
                      for i, (n, t) in enumerate(OK_WRITERS))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso_off(d, 3), "mainEntityOfPage": page.canonical,
          "image": f"{site.base}/uploads/{a.key}.jpg",
          "publisher": {"@type": "Organization", "name": site.name}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<title>{esc(a.title)} – {esc(site.name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:type" content="article">
<link rel="canonical" href="{esc(page.canonical)}">
{ldjson(ld)}
<link rel="stylesheet" href="/assets/app.css">
</head>
<body class="article-page">
<div class="top-strip"><span>{WEEKDAYS[d.weekday()]} {hd} {hm} {hy}هـ - {d.day} {MONTHS[d.month - 1]} {d.year}م</span>
<a href="/pdf">النسخة الورقية</a> <a href="/subscribe">اشتراكات</a> <a href="/login">دخول</a></div>
<header class="site-header"><a class="logo" href="/">{esc(site.name)}</a><nav><ul>{nav}</ul></nav>
<button class="search-btn">بحث</button></header>
<div class="breaking"><span>عاجل</span><ul>{ticker}</ul></div>
<div class="layout">
<main class="stories" id="infinite">
{ok_story(page, a, "h1", True)}
{next_html}
</main>
<aside class="rail">
<div class="most-read"><h3>الأكثر قراءة</h3><ol>{popular}</ol></div>
<div class="writers-rail"><h3>كتاب اليوم</h3><ul>{writers}</ul></div>
<div class="ad-rail"><span>إعلان</span></div>
</aside>
</div>
<footer class="site-footer"><p>{esc(site.name)} - صحيفة يومية سعودية تصدر عن مؤسسة صحفية، جدة - المملكة العربية السعودية</p>
<p><a href="/about">عن الصحيفة</a> | <a href="/ads">الإعلان</a> | <a href="/terms">شروط الاستخدام</a> | <a href="/contact">اتصل بنا</a></p>
<p>جميع الحقوق محفوظة © 2015</p></footer>
<script>window.infiniteScroll={{next:"/api/next?after={a.n}",max:5}};</script>
</body></html>"""
    return finish(out, page)


# --- b18_3: international wire, Arabic service -------------------------------------------------

RT_EDITIONS = ["U.S.", "UK", "India", "Canada", "Japan", "Africa", "Deutschland", "España", "France",
               "Italia", "México", "Brasil", "中国", "Россия", "عربي"]
RT_EDITORS = ["سامح البرديسي", "أحمد إلهامي", "علا رشيد", "محمد عبد العال", "ليليان وجدي", "حسن عمار"]
RT_CITIES = ["الرياض", "دبي", "جدة", "القاهرة", "الرياض", "لندن", "الرياض"]


def rt_date(d):
    t = shift(d, -3)
    return f"{WEEKDAYS[t.weekday()]} {t.day} {MONTHS[t.month - 1]} {t.year} {t:%H:%M} GMT"


def layout_b18_3(page):
    """Reuters-Arabic-like wire page: GMT date, dateline in the first paragraph, the credit
    only in the closing «(إعداد … للنشرة العربية - تحرير …)» note."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    g = shift(d, -3)
    city = pick(a, "city", RT_CITIES)
    eds = " ".join(f'<li><a href="/edition/{i}">{esc(e)}</a></li>' for i, e in enumerate(RT_EDITIONS))
    nav = "".join(f'<li><a href="/news/{s}">{n}</a></li>' for n, s in
                  [("أخبار عالمية", "world"), ("أخبار الشرق الأوسط", "middleeast"), ("أعمال", "business"),
                   ("أسواق", "markets"), ("تكنولوجيا", "technology"), ("رياضة", "sports"), ("صور", "pictures"),
                   ("فيديو", "video")])
    strip = (f'<div class="market-strip"><span>تاسي {9100 + num(a, "tasi", 0, 400)}.{num(a, "tasd", 10, 99)} '
             f'<b class="{pick(a, "tdir", ["up", "down"])}">{num(a, "tch", 1, 99) / 100:.2f}%</b></span> '
             f'<span>برنت {49 + num(a, "brent", 0, 3)}.{num(a, "brd", 10, 99)} دولار</span> '
             f'<span>الذهب {1090 + num(a, "gold", 0, 30)}.{num(a, "gd", 10, 90)}</span> '
             f'<span>الدولار/ريال 3.7503</span></div>')
    blocks = []
    for i, p in enumerate(paras):
        if i == 0:
            blocks.append(f"<p>{esc(city)} ({esc(site.short)}) - {esc(p)}</p>")
        else:
            blocks.append(f"<p>{esc(p)}</p>")
    boxes = []
    rel = page.others("read_also", 3)
    if rel:
        items = "".join(f"<li>{L.link(page, o)}</li>" for o in rel)
        boxes.append((1, f'<div class="related-coverage"><h4>تغطية ذات صلة</h4><ul>{items}</ul></div>'))
    vid = page.others("video", 1)
    if vid:
        boxes.append((2, f'<div class="video-promo"><span class="lbl">شاهد</span> <a href="/video/{vid[0].key}">'
                         f'{esc(vid[0].title)}</a> <span class="dur">0{num(a, "vd", 1, 3)}:{num(a, "vs", 10, 59)}</span></div>'))
    code = pick(a, "stock", ["2222.SE", "2010.SE", "1120.SE", "7010.SE", "2350.SE"])
    boxes.append((4, f'<div class="stock-card"><span class="ric">{code}</span> <span class="px">{num(a, "px", 20, 120)}.{num(a, "pxd", 10, 95)}</span> '
                     f'<span class="chg">{pick(a, "sdir", ["+", "-"])}{num(a, "sch", 1, 250) / 100:.2f}</span> <span class="cur">ريال سعودي</span>'
                     f'<a href="/finance/stocks/overview?symbol={code}">بيانات السهم</a></div>'))
    body = weave(blocks, boxes)
    credit = ""
    if a.author:
        credit = (f'<p class="credit">(إعداد <span class="by">{esc(a.author)}</span> للنشرة العربية - '
                  f'تحرير <span class="ed">{esc(pick(a, "editor", RT_EDITORS))}</span>)</p>')
    top = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("top", 5))
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 5))
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}">
<title>{esc(a.title)} | {esc(site.short)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta name="REVISION_DATE" content="{EN_DAYS[g.weekday()]} {EN_MONTHS[g.month - 1]} {g:%d %H:%M:%S} UTC {g.year}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:article:published_time" content="{iso_off(d, 0, colon=False)}">
<meta name="DCSext.ContentType" content="STANDARD">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="stylesheet" href="/resources_v2/css/rcom-main.css">
</head>
<body class="arabic">
<div id="editions"><span>Edition:</span><ul>{eds}</ul></div>
<div id="masthead"><a class="logo" href="/">{esc(site.short)} <small>عربي</small></a><nav><ul>{nav}</ul></nav>
<form class="search"><input name="blob" placeholder="بحث"></form></div>
{strip}
<div id="content">
<div class="column1">
<div id="article">
<div class="kicker"><a href="/news/world">أخبار عالمية</a></div>
<h1 class="article-headline">{esc(a.title)}</h1>
<div class="article-info"><span class="timestamp">{rt_date(d)}</span>
<span class="tools"><a href="#">[-] نص</a> <a href="#">[+]</a> <a href="#print">طباعة</a> <a href="#email">إرسال بالبريد</a></span></div>
<div id="articleText">
{body}
{credit}
</div>
<div class="trust"><p>معاييرنا: مبادئ الثقة في {esc(site.short)}. نلتزم بالنزاهة والاستقلال والتحرر من التحيز في جمع الأخبار وتحريرها ونشرها.</p></div>
<div class="share"><a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://facebook.com/sharer">فيسبوك</a> <a href="https://linkedin.com/shareArticle">لينكد إن</a></div>
</div>
</div>
<div class="column2">
<div class="module"><h3>أهم الأخبار</h3><ul>{top}</ul></div>
<div class="module"><h3>الأكثر قراءة</h3><ol>{popular}</ol></div>
<div class="module ad"><span>إعلان</span></div>
</div>
</div>
<div id="footer"><p>جميع الأسعار متأخرة 15 دقيقة على الأقل. للاطلاع على القائمة الكاملة لمواعيد التأخير في البورصات، يرجى النقر هنا.</p>
<p>{esc(site.short)} هي الذراع الإخبارية لمؤسسة إعلامية عالمية تقدم الأخبار المالية والسياسية والعامة لملايين القراء حول العالم يوميا.</p>
<p>© 2015 {esc(site.short)}. جميع الحقوق محفوظة. <a href="/terms">شروط الاستخدام</a> | <a href="/privacy">الخصوصية</a></p></div>
<script>var Reuters=Reuters||{{}};Reuters.info={{articleId:"ARAKCN0QE{a.n}",edition:"AR",channel:"worldNews"}};</script>
</body></html>"""
    return finish(out, page)


# --- b18_4: Sudanese WordPress + Elementor news site --------------------------------------------

SD_NAMES = ["ود الجزيرة", "عوض الكريم", "أم درمانية", "محمد أحمد من بحري", "سوداني مغترب بالرياض",
            "الطاهر", "إبراهيم عثمان"]
SD_COMMENTS = ["يا جماعة نحن المغتربين في السعودية بنتابع الأخبار دي بالدقيقة لأنها بتأثر علينا مباشرة، "
               "ونتمنى السفارة تعمل توضيح للناس بدل ما نسمع من هنا وهناك.",
               "شكرا للموقع على الخبر، لكن يا ريت تكتبوا المصدر الأصلي عشان الواحد يتأكد من المعلومة قبل ما ينقلها.",
               "والله البلد محتاجة قرارات زي دي، لكن المشكلة دائما في التنفيذ والمتابعة بعد ما الضجة تنتهي.",
               "خبر جميل، ربنا يوفق الجميع ويصلح الحال."]
SD_PAPERS = [("الصيحة", "الحكومة تعلن حزمة إجراءات جديدة لضبط أسعار السلع في الأسواق"),
             ("التيار", "مزارعو الجزيرة يشكون من تأخر التمويل مع بداية الموسم الزراعي"),
             ("الانتباهة", "وفد رسمي يصل الخرطوم لبحث ملفات التعاون الاقتصادي"),
             ("السوداني", "ارتفاع منسوب النيل الأزرق والسلطات تحذر سكان الضفاف"),
             ("الجريدة", "أزمة مواصلات خانقة في الخرطوم ومطالبات بزيادة البصات")]


def el_id(a, salt):
    return hashlib.md5((a.key + salt).encode()).hexdigest()[:7]


def el_widget(a, salt, kind, inner, extra=""):
    return (f'<div class="elementor-element elementor-element-{el_id(a, salt)} elementor-widget elementor-widget-{kind}{extra}" '
            f'data-id="{el_id(a, salt)}" data-element_type="widget" data-widget_type="{kind}.default">'
            f'<div class="elementor-widget-container">{inner}</div></div>')


def wp_date(d):
    return f"{d.day} {MONTHS[d.month - 1]}، {d.year}"


def layout_b18_4(page):
    """Sudanese WordPress site built with Elementor Pro: post-info icon list with «بواسطة»
    prefix span + name text node, Arabic WP date/time, Yoast JSON-LD in UTC."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    today = d + dt.timedelta(hours=num(a, "crawl", 0, 8))
    menu = "".join(f'<li class="menu-item menu-item-type-taxonomy"><a href="/category/{s}/" class="elementor-item">{n}</a></li>'
                   for n, s in [("الرئيسية", ""), ("أخبار السودان", "sudan"), ("سياسة", "politics"),
                                ("اقتصاد", "economy"), ("عربي ودولي", "world"), ("رياضة", "sport"),
                                ("منوعات", "misc"), ("مقالات", "opinion")])
    ticker = "".join(f'<div class="ticker-item">{L.link(page, o)}</div>' for o in page.others("ticker", 5))
    info = []
    if a.author:
        info.append(f'<li class="elementor-icon-list-item elementor-repeater-item-{el_id(a, "ia")} elementor-inline-item" itemprop="author">'
                    f'<a href="/author/{num(a, "au", 2, 40)}/"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-user-circle"></i></span>'
                    f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">'
                    f'<span class="elementor-post-info__item-prefix">بواسطة</span> {esc(a.author)}</span></a></li>')
    info.append(f'<li class="elementor-icon-list-item elementor-repeater-item-{el_id(a, "id")} elementor-inline-item" itemprop="datePublished">'
                f'<a href="/{d:%Y/%m/%d}/"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-calendar"></i></span>'
                f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">{wp_date(d)}</span></a></li>')
    info.append(f'<li class="elementor-icon-list-item elementor-repeater-item-{el_id(a, "it")} elementor-inline-item">'
                f'<span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-clock"></i></span>'
                f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time">{ampm(d)}</span></li>')
    k = num(a, "cn", 0, 3)
    info.append(f'<li class="elementor-icon-list-item elementor-repeater-item-{el_id(a, "ic")} elementor-inline-item" itemprop="commentCount">'
                f'<a href="#comments"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-comment-dots"></i></span>'
                f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-comments">'
                f'{"لا توجد تعليقات" if not k else f"{k} تعليقات"}</span></a></li>')
    post_info = f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">{"".join(info)}</ul>'
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    ra = page.others("read_also", 2)
    if ra:
        items = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in ra)
        boxes.append((0, f'<div class="wp-block-group has-background"><div class="wp-block-group__inner-container">'
                         f'<p><strong>اقرأ أيضاً:</strong></p><ul>{items}</ul></div></div>'))
    boxes.append((2, f'<div class="code-block code-block-2" style="margin: 8px auto; text-align: center;">'
                     f'<ins class="adsbygoogle" data-ad-client="ca-pub-{num(a, "pub", 10**9, 10**10)}" data-ad-slot="{num(a, "slot", 1000, 9999)}"></ins></div>'))
    td = d + dt.timedelta(minutes=num(a, "tw", 30, 300))
    boxes.append((4, f'<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">'
                     f'<blockquote class="twitter-tweet" data-width="550"><p lang="ar" dir="rtl">وزارة الخارجية تتابع أوضاع المواطنين السودانيين '
                     f'بالخارج وتدعوهم للتواصل مع البعثات الدبلوماسية عند الحاجة.</p>&mdash; وزارة الخارجية السودانية (@MofaSudan) '
                     f'<a href="https://twitter.com/MofaSudan/status/{num(a, "st", 10**8, 10**9)}">{MONTHS[td.month - 1]} {td.day}, {td.year}</a></blockquote>'
                     f'</div></figure>'))
    content = weave(blocks, boxes)
    prev_, next_ = (page.others("nav", 2) + [None, None])[:2]
    postnav = (f'<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev">'
               + (f'<a href="{esc(page.url_of(prev_))}" rel="prev"><span class="post-navigation__prev--label">السابق</span>'
                  f'<span class="post-navigation__prev--title">{esc(prev_.title)}</span></a>' if prev_ else "")
               + '</div><div class="elementor-post-navigation__next">'
               + (f'<a href="{esc(page.url_of(next_))}" rel="next"><span class="post-navigation__next--label">التالي</span>'
                  f'<span class="post-navigation__next--title">{esc(next_.title)}</span></a>' if next_ else "")
               + '</div></div>')
    papers = "".join(f'<li><b>{esc(p)}:</b> {esc(t)}</li>' for p, t in SD_PAPERS)
    rel = "".join(f'<article class="elementor-post elementor-grid-item"><div class="elementor-post__text">'
                  f'<h3 class="elementor-post__title"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></h3>'
                  f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{wp_date(o.published)}</span></div>'
                  f'</div></article>' for o in page.others("similar", 3))
    side = "".join(f'<article class="elementor-post"><h3 class="elementor-post__title"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></h3>'
                   f'<span class="elementor-post-date">{wp_date(o.published)}</span></article>' for o in page.others("popular", 5))
    coms = ""
    for j in range(k):
        cd = d + dt.timedelta(minutes=num(a, f"cm{j}", 20, 800))
        coms += (f'<li id="comment-{num(a, f"ci{j}", 1000, 9999)}" class="comment even thread-even depth-1">'
                 f'<article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
                 f'<img class="avatar" src="/avatar.png" alt=""><b class="fn">{esc(pick(a, f"cn{j}", SD_NAMES))}</b> <span class="says">قال:</span></div>'
                 f'<div class="comment-metadata"><a href="#"><time datetime="{iso_off(cd, 0)}">{wp_date(cd)} في {ampm(cd)}</time></a></div></footer>'
                 f'<div class="comment-content"><p>{esc(pick(a, f"ct{j}", SD_COMMENTS))}</p></div>'
                 f'<div class="reply"><a class="comment-reply-link" href="#">رد</a></div></article></li>')
    yoast = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": page.canonical, "url": page.canonical, "name": f"{a.title} - {site.name}",
         "datePublished": iso_off(d, 0), "dateModified": iso_off(d + dt.timedelta(minutes=num(a, "mod", 5, 120)), 0),
         "inLanguage": "ar"},
        {"@type": "Article", "headline": a.title, "datePublished": iso_off(d, 0),
         "mainEntityOfPage": {"@id": page.canonical}, "articleSection": ["أخبار السودان"],
         "publisher": {"@type": "Organization", "name": site.name}}]}
    if a.author:
        yoast["@graph"][1]["author"] = {"@type": "Person", "name": a.author}

    def section(salt, cols):
        return (f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{el_id(a, salt)} '
                f'elementor-section-boxed elementor-section-height-default" data-id="{el_id(a, salt)}" data-element_type="section">'
                f'<div class="elementor-container elementor-column-gap-default">{cols}</div></section>')

    def column(salt, size, inner):
        return (f'<div class="elementor-column elementor-col-{size} elementor-top-column elementor-element elementor-element-{el_id(a, salt)}" '
                f'data-id="{el_id(a, salt)}" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">'
                f'{inner}</div></div>')

    main_col = "\n".join([
        el_widget(a, "bc", "breadcrumbs", f'<p id="breadcrumbs"><span><a href="/">الرئيسية</a> » <a href="/category/sudan/">أخبار السودان</a> » <span class="breadcrumb_last">{esc(short(a.title, 6))}</span></span></p>'),
        el_widget(a, "ti", "theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">{esc(a.title)}</h1>',
                  " elementor-page-title elementor-widget-heading"),
        el_widget(a, "pi", "post-info", post_info),
        el_widget(a, "fi", "theme-post-featured-image", f'<img src="/wp-content/uploads/2015/08/{a.key}-780x470.jpg" class="attachment-large size-large" alt="">',
                  " elementor-widget-image"),
        el_widget(a, "pc", "theme-post-content", content),
        el_widget(a, "sh", "share-buttons", '<div class="elementor-grid"><div class="elementor-grid-item"><a class="elementor-share-btn elementor-share-btn_facebook">فيسبوك</a></div>'
                  '<div class="elementor-grid-item"><a class="elementor-share-btn elementor-share-btn_twitter">تويتر</a></div>'
                  '<div class="elementor-grid-item"><a class="elementor-share-btn elementor-share-btn_whatsapp">واتساب</a></div>'
                  '<div class="elementor-grid-item"><a class="elementor-share-btn elementor-share-btn_telegram">تيليجرام</a></div></div>'),
        el_widget(a, "pt", "post-info", f'<ul class="elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item">'
                  f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms">'
                  f'<span class="elementor-post-info__item-prefix">الوسوم:</span> {tags_html(a, "/tag/", ", ")}</span></li></ul>'),
        el_widget(a, "pn", "post-navigation", postnav),
        el_widget(a, "pp", "heading", '<h2 class="elementor-heading-title">عناوين الصحف السودانية الصادرة صباح اليوم</h2>'),
        el_widget(a, "pl", "text-editor", f'<ul class="papers">{papers}</ul>'),
        el_widget(a, "rh", "heading", '<h2 class="elementor-heading-title">أخبار ذات صلة</h2>'),
        el_widget(a, "rp", "posts", f'<div class="elementor-posts-container elementor-posts elementor-grid">{rel}</div>'),
        el_widget(a, "pm", "post-comments", f'<div id="comments" class="comments-area"><h3 class="title-comments">{k} تعليقات على “{esc(short(a.title, 8))}”</h3>'
                  f'<ol class="comment-list">{coms}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">اترك تعليقاً</h3>'
                  '<form id="commentform" class="comment-form"><p class="comment-notes">لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *</p>'
                  '<textarea id="comment" name="comment"></textarea><input id="author" name="author" placeholder="الاسم *"><input id="email" name="email" placeholder="البريد الإلكتروني *">'
                  '<p class="comment-form-cookies-consent"><input type="checkbox"> احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.</p>'
                  '<input type="submit" class="submit" value="إرسال التعليق"></form></div></div>'),
    ])
    side_col = "\n".join([
        el_widget(a, "sx", "heading", '<h2 class="elementor-heading-title">الأكثر قراءة</h2>'),
        el_widget(a, "sp", "posts", f'<div class="elementor-posts-container">{side}</div>'),
        el_widget(a, "sa", "image", f'<a href="https://ads.example.sd/"><img src="/wp-content/uploads/2015/07/zain-300x250.jpg" alt="إعلان"></a>'),
        el_widget(a, "sf", "text-editor", '<p>تابعونا على صفحتنا في فيسبوك وقناتنا على تيليجرام لمتابعة أخبار السودان لحظة بلحظة.</p>'),
    ])
    out = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - {esc(site.name)}</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:locale" content="ar_AR">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)} - {esc(site.name)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="article:published_time" content="{iso_off(d, 0)}">
<meta property="article:modified_time" content="{iso_off(d + dt.timedelta(minutes=num(a, "mod", 5, 120)), 0)}">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(yoast, ensure_ascii=False)}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend-rtl.min.css?ver=3.5.6" media="all">
<link rel="stylesheet" id="elementor-post-{num(a, "tpl", 100, 999)}-css" href="/wp-content/uploads/elementor/css/post-{num(a, "tpl", 100, 999)}.css" media="all">
</head>
<body class="post-template-default single single-post postid-{a.n} single-format-standard elementor-default elementor-template-full-width elementor-kit-5 elementor-page-{num(a, "tpl", 100, 999)}">
<div data-elementor-type="header" data-elementor-id="22" class="elementor elementor-22 elementor-location-header">
{section("h1", column("h1c", 100, el_widget(a, "h1w", "text-editor", f'<p class="top-strip">الخرطوم: {WEEKDAYS[today.weekday()]} {wp_date(today)} | الدولار: البنك {6 + num(a, "bk", 0, 9) / 100:.2f} جنيه - السوق الموازي {9 + num(a, "pm", 20, 70) / 100:.2f} جنيه | الريال السعودي: الموازي {2 + num(a, "sar", 45, 60) / 100:.2f} جنيه</p>')))}
{section("h2", column("h2a", 33, el_widget(a, "logo", "theme-site-logo", f'<a href="/"><img src="/wp-content/uploads/2015/01/logo.png" alt="{esc(site.name)}"></a>', " elementor-widget-image")) + column("h2b", 66, el_widget(a, "menu", "nav-menu", f'<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">{menu}</ul></nav>')))}
{section("h3", column("h3c", 100, el_widget(a, "tick", "news-ticker", f'<div class="ticker-title">عاجل</div><div class="ticker-items">{ticker}</div>')))}
</div>
<div data-elementor-type="single-post" data-elementor-id="{num(a, "tpl", 100, 999)}" class="elementor elementor-{num(a, "tpl", 100, 999)} elementor-location-single post-{a.n} post type-post status-publish format-standard has-post-thumbnail hentry category-sudan">
{section("b1", column("b1a", 66, main_col) + column("b1b", 33, side_col))}
</div>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer">
{section("f1", column("f1a", 50, el_widget(a, "fab", "text-editor", f'<p>{esc(site.name)} موقع إخباري سوداني مستقل يهتم بتقديم الأخبار المحلية والعربية والدولية بمهنية وحياد، ويرحب بمساهمات القراء ومراسليه في الولايات.</p>')) + column("f1b", 50, el_widget(a, "fco", "text-editor", f'<p>الخرطوم - شارع المك نمر | هاتف: 0183 {num(a, "tel", 100000, 999999)}</p><p>جميع الحقوق محفوظة © 2015 {esc(site.name)}</p>')))}
</div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig={{"environmentMode":{{"edit":false}},"version":"3.5.6","post":{{"id":{a.n},"title":"{esc(a.title).replace('"', '')}","excerpt":""}}}};</script>
</body></html>"""
    return finish(out, page)


# --- b18_5: Kuwaiti daily on Nuxt, <br><br> body ------------------------------------------------

KW_NAV = ["الرئيسية", "محليات", "برلمان", "اقتصاد", "دوليات", "رياضة", "ثقافة وفنون", "مقالات", "القبس الدولي",
          "فيديو"]


def dv(a, salt):
    return "data-v-" + hashlib.md5((salt + "v").encode()).hexdigest()[:8]


def js_str(s):
    return json.dumps(s, ensure_ascii=False).replace("</", "<\\/")


def layout_b18_5(page):
    """Nuxt (Vue SSR) Kuwaiti daily: scoped data-v attributes, fragment comments, the text as
    one <div> of <br><br> runs, the UTC minute only in window.__NUXT__."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    ed = utf(page)

    def dg(s):
        return east(s) if ed else str(s)

    V = {k: dv(a, k) for k in ["app", "hdr", "nav", "tick", "art", "meta", "body", "box", "side", "ftr", "card"]}
    nav = "<!--[-->" + "".join(f'<li {V["nav"]}><a href="/{i}" {V["nav"]} class="">{n}</a></li>' for i, n in enumerate(KW_NAV)) + "<!--]-->"
    ticker = "<!--[-->" + "".join(f'<li {V["tick"]}><a href="{esc(page.url_of(o))}" {V["tick"]}>{esc(o.title)}</a></li>'
                                  for o in page.others("ticker", 5)) + "<!--]-->"
    runs = [esc(p) for p in paras]
    ra = page.others("read_also", 2)
    inserts = {}
    if ra:
        items = "".join(f'<li {V["box"]}><a href="{esc(page.url_of(o))}" {V["box"]}>{esc(o.title)}</a></li>' for o in ra)
        inserts[1] = f'<div {V["box"]} class="c-3kd9 x-box"><span {V["box"]}>اقرأ أيضاً</span><ul {V["box"]}>{items}</ul></div>'
    inserts[3] = f'<div {V["box"]} class="c-ad1"><div id="gpt-inarticle-{a.n}"></div></div>'
    parts = []
    for i, r in enumerate(runs):
        parts.append(r)
        if i in inserts and i < len(runs) - 1:
            parts.append("<br><br>" + inserts[i])
        elif i < len(runs) - 1:
            parts.append("<br><br>")
    body_html = "".join(parts)
    by = (f'<div {V["meta"]} class="c-8f2a"><span {V["meta"]}>كتب</span> <a {V["meta"]} href="/authors/{num(a, "aid", 100, 999)}">'
          f'{esc(a.author)}</a></div>' if a.author else "<!---->")
    lead = L.first_sentence(a.text)
    cards = "<!--[-->" + "".join(f'<div {V["card"]} class="c-c1"><a {V["card"]} href="{esc(page.url_of(o))}"><img {V["card"]} src="/uploads/{o.key}.jpg" alt="">'
                                 f'<h3 {V["card"]}>{esc(o.title)}</h3></a></div>' for o in page.others("similar", 4)) + "<!--]-->"
    popular = "<!--[-->" + "".join(f'<li {V["side"]}><span {V["side"]}>{dg(i + 1)}</span><a {V["side"]} href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                                   for i, o in enumerate(page.others("popular", 5))) + "<!--]-->"
    issue = 15000 + (d.date() - dt.date(2015, 1, 1)).days
    # window.__NUXT__ as Nuxt 2 prints it: an IIFE whose arguments hold repeated values
    rel = page.others("similar", 4)
    args = [a.title, a.author or None, "محليات", site.name]
    rel_js = ",".join("{id:%d,title:%s,publishedAt:%s,author:%s,section:c}" % (
        o.n, js_str(o.title), js_str(iso_off(o.published, 0, ms=True)),
        ("{name:%s}" % js_str(o.author)) if o.author else "null") for o in rel)
    body_json = js_str("<br><br>".join(esc(p) for p in paras))
    nuxt = ("window.__NUXT__=(function(a,b,c,d){return {layout:\"default\",data:[{article:{id:%d,title:a,"
            "subtitle:%s,author:%s,section:c,publishedAt:%s,updatedAt:%s,body:%s,image:%s,tags:%s},related:[%s]}],"
            "fetch:{},error:null,state:{site:{name:d},menu:%s},serverRendered:true,routePath:%s}}(%s));") % (
        a.n, js_str(lead), "{name:b,id:%d}" % num(a, "aid", 100, 999) if a.author else "null",
        js_str(iso_off(d, 0, ms=True)), js_str(iso_off(d + dt.timedelta(minutes=num(a, "up", 10, 200)), 0, ms=True)),
        body_json, js_str(f"/uploads/{a.key}.jpg"), js_str(L.tags_for(a)), rel_js,
        js_str(KW_NAV), js_str(page.url_of(a)), ",".join(js_str(x) if x is not None else "void 0" for x in args))
    prayer = f"الفجر {dg('3:47')} | الظهر {dg('11:52')} | العصر {dg('3:27')} | المغرب {dg('6:29')} | العشاء {dg('7:51')}"
    out = f"""<!doctype html>
<html dir="rtl" lang="ar" data-n-head="%7B%22dir%22:%7B%22ssr%22:%22rtl%22%7D%7D">
<head>
<meta data-n-head="ssr" charset="{site.encoding}">
<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta data-n-head="ssr" data-hid="description" name="description" content="{esc(lead)}">
<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{esc(a.title)}">
<meta data-n-head="ssr" data-hid="og:url" property="og:url" content="{esc(page.canonical)}">
<meta data-n-head="ssr" data-hid="og:image" property="og:image" content="{esc(site.base)}/uploads/{a.key}.jpg">
<link data-n-head="ssr" rel="canonical" href="{esc(page.canonical)}">
<link rel="preload" href="/_nuxt/{a.key[:8]}.js" as="script">
<link rel="stylesheet" href="/_nuxt/css/app.{a.key[4:12]}.css">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div {V["app"]} class="c-a01">
<div {V["hdr"]} class="c-t7"><span {V["hdr"]}>{WEEKDAYS[d.weekday()]} {dg(d.day)} {MONTHS[d.month - 1]} {dg(d.year)}</span>
<span {V["hdr"]}>{prayer}</span><span {V["hdr"]}>الدينار/الدولار {dg("0.30")}{dg(num(a, "kwd", 10, 25))}</span>
<span {V["hdr"]}>العدد {dg(issue)}</span></div>
<header {V["hdr"]} class="c-h2"><a {V["hdr"]} href="/" class="nuxt-link-active"><img {V["hdr"]} src="/logo.svg" alt="{esc(site.name)}"></a>
<nav {V["nav"]}><ul {V["nav"]}>{nav}</ul></nav></header>
<div {V["tick"]} class="c-u9"><span {V["tick"]}>عاجل</span><ul {V["tick"]}>{ticker}</ul></div>
<div {V["art"]} class="c-g4">
<div {V["art"]} class="c-m1">
<div {V["art"]} class="c-s5"><a {V["art"]} href="/1">محليات</a></div>
<h1 {V["art"]} class="c-hh">{esc(a.title)}</h1>
<h2 {V["art"]} class="c-sub">{esc(lead)}</h2>
<div {V["meta"]} class="c-mr">{by}<div {V["meta"]} class="c-dt"><span {V["meta"]}>{dg(d.day)} {MONTHS[d.month - 1]} {dg(d.year)}</span> <span {V["meta"]}>{dg(ampm(d))}</span></div></div>
<div {V["art"]} class="c-im"><img {V["art"]} src="/uploads/{a.key}.jpg" alt="{esc(a.title)}"></div>
<div {V["body"]} class="c-bd">{body_html}</div>
<div {V["art"]} class="c-tg"><!--[-->{tags_html(a, "/tags/")}<!--]--></div>
<div {V["art"]} class="c-sh"><a {V["art"]} href="https://twitter.com/intent/tweet">تويتر</a><a {V["art"]} href="https://facebook.com/sharer">فيسبوك</a><a {V["art"]} href="whatsapp://send">واتساب</a></div>
<div {V["card"]} class="c-rl"><h3 {V["card"]}>قد يهمك أيضاً</h3>{cards}</div>
</div>
<aside {V["side"]} class="c-sd"><div {V["side"]}><h3 {V["side"]}>الأكثر قراءة</h3><ol {V["side"]}>{popular}</ol></div>
<div {V["side"]} class="c-ad2"></div>
<div {V["side"]}><h3 {V["side"]}>النسخة الورقية</h3><a {V["side"]} href="/pdf/{issue}">تصفح العدد {dg(issue)}</a></div></aside>
</div>
<footer {V["ftr"]} class="c-f0"><p {V["ftr"]}>{esc(site.name)} جريدة يومية كويتية سياسية مستقلة، تأسست لتكون صوتاً للقارئ ومنبراً للرأي الحر.</p>
<p {V["ftr"]}>الكويت - الشويخ، شارع جمال عبدالناصر | جميع الحقوق محفوظة © {dg(2015)}</p></footer>
</div></div></div>
<script>{nuxt}</script>
<script src="/_nuxt/{a.key[:8]}.js" defer></script>
</body></html>"""
    return finish(out, page)


LAYOUTS = {
    "b18_1": layout_b18_1,
    "b18_2": layout_b18_2,
    "b18_3": layout_b18_3,
    "b18_4": layout_b18_4,
    "b18_5": layout_b18_5,
}
