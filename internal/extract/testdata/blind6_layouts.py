"""Blind test layouts (set 6) for newsfarm (--extra-layouts): five article
templates modelled on kinds of real Arabic news sites that no earlier layout
file imitates, written without reading the extractor. Each prints the whole
page a reader gets: header and menu, a strip or banner, the article, the
boxes sites put inside the text, and the lists, comments and footer after it.

  b6_1  Arabic edition of an international broadcaster (BBC-World-Service
        style front end): every paragraph in its own wrapper div; the credit
        in a «معلومات عن الكاتب» list whose items carry visually-hidden
        English labels ("Author, ", "Role, "), the role being the outlet; a
        date-only <time datetime="yyyy-mm-dd"> with the dual month name
        «أغسطس/ آب»; JSON-LD with UTC times whose author is the outlet
        itself; in the text a picture credit «صدر الصورة،», an in-article
        «الأكثر قراءة» block with skip link and end marker, a consent-gated
        social embed and a podcast promo
  b6_2  Palestinian news agency on Drupal: field--name-* markup, CKEditor
        paragraphs wrapped in styled spans with empty &nbsp; paragraphs and a
        «اقرأ أيضاً» link paragraph inside the body, the editor's initials
        closing the body; the credit AFTER the text as an inline-labelled
        entity-reference field («المحرر» + link to a taxonomy term); a
        <time> whose datetime is UTC (…Z) over a Levantine-month local date;
        prev/next node navigation, views blocks, Drupal comment threads
  b6_3  Medium-like publishing platform: the writer's name linking to an
        @profile with a «متابعة» button, «نُشر في» + the publication, read
        time and a date WITHOUT a year («10 أغسطس»); «Photo by … on
        Unsplash» caption, an inline e-mail subscribe box naming the writer,
        a link-preview card and a dot separator in the text; a «كتبه» card,
        «المزيد من» the writer, responses with names and dates; JSON-LD UTC
  b6_4  Yemeni portal photo report: a numbered slideshow with captions and
        camera credits above the text, a <marquee> breaking strip, the text
        in the first of four tabs with the rest behind «أكمل القراءة»; the
        credit only in a credits <dl> at the end of the story tab («إعداد»
        beside «عدسة»); the date only as weekday + «صباحاً/مساءً» words
        (Eastern digits on UTF-8 sites), nothing machine-readable
  b6_5  Qatari daily: microdata (itemprop meta dates only), a Hijri-first
        date line «… هـ - الموافق … م» and separate published/updated
        clocks; the credit in the article tools row among the date, font
        size, print and view count, icon + link, no label; in the text a
        click-to-tweet quote repeating a sentence, an in-article ad, a «أخبار
        ذات صلة» list, a follow-us line; comments with rules, tabbed lists

Pages whose article has no author print no byline. The author string is
printed whole, as the corpus gives it, alone in its own element.

  python3 newsfarm.py pages --days '' --n 300 --extra-layouts blind6_layouts.py \
      --layouts b6_1,b6_2,b6_3,b6_4,b6_5 --out DIR
"""

import datetime as dt
import hashlib
import json
import random
import urllib.parse

import layouts as L

esc = L.esc

WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
LEVANT_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز",
                 "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
DUAL_MONTHS = [f"{m}/ {lv}" for m, lv in zip(L.MONTHS, LEVANT_MONTHS)]


def num(key, salt, lo, hi):
    """A stable per-article number (ids, counts)."""
    return lo + int(hashlib.md5((key + salt).encode()).hexdigest()[:8], 16) % (hi - lo + 1)


def hx(s, n=6):
    return hashlib.md5(s.encode()).hexdigest()[:n]


def digits(s, page):
    """Eastern Arabic digits where the page's charset has them (windows-1256 has none)."""
    return s.translate(L.EASTERN) if page.site.encoding == "utf-8" else s


def utc(d):
    return d - dt.timedelta(hours=3)


def head(page, extra="", title_sep=" - ", style=""):
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{page.site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(page.article.title)}{title_sep}{esc(page.site.name)}</title>
<link rel="canonical" href="{esc(page.canonical)}">
{extra}
<style>{style}</style>
</head>"""


def kfmt(n):
    if n >= 1000:
        return f"{n / 1000:.1f} ألف".replace(".0 ", " ")
    return str(n)


# =====================================================================================
# b6_1: Arabic edition of an international broadcaster

B1_NAV = ["الرئيسية", "أخبار", "علوم وتكنولوجيا", "صحة", "رياضة", "فنون", "اقتصاد", "برامجنا", "صور", "فيديو"]
B1_TOPICS = ["الشرق الأوسط", "السعودية", "الخليج", "الاقتصاد العالمي", "حقوق الإنسان", "التعليم", "النفط"]
B1_CREDITS = ["Getty Images", "Reuters", "AFP", "EPA", "AP", "Anadolu Agency"]
B1_CAPTIONS = ["مشهد عام من المنطقة", "صورة أرشيفية", "جانب من الاجتماع", "يتابع كثيرون تطورات القضية",
               "من موقع الحدث", "صورة تعبيرية"]


def b6_1(page):
    """Broadcaster's Arabic site: paragraph wrappers, hidden-label byline list,
    date-only time element, in-article most-read and consent-gated embed."""
    a = page.article
    d = a.published
    u = utc(d)
    umod = u + dt.timedelta(minutes=num(a.key, "mod", 20, 400))
    paras = L.paragraphs(a.text)
    n = len(paras)
    rnd = random.Random(a.key + "b61")
    site = page.site
    cid = "c" + hx(a.key, 10)
    day = f'{d.day} {DUAL_MONTHS[d.month - 1]} {d.year}'
    ld = {
        "@context": "http://schema.org", "@type": "ReportageNewsArticle",
        "url": page.canonical, "headline": a.title, "alternativeHeadline": a.title,
        "description": L.first_sentence(a.text),
        "image": {"@type": "ImageObject", "width": 1024, "height": 576,
                  "url": f"{site.base}/ace/ws/1024/cpsprodpb/{hx(a.key, 4)}/live/{cid}.jpg"},
        "thumbnailUrl": f"{site.base}/ace/ws/1024/cpsprodpb/{hx(a.key, 4)}/live/{cid}.jpg",
        "datePublished": u.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "dateModified": umod.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "author": {"@type": "NewsMediaOrganization", "name": site.name,
                   "noBylinesPolicy": f"{site.base}/editorialguidelines"},
        "publisher": {"@type": "NewsMediaOrganization", "name": site.name,
                      "logo": {"@type": "ImageObject", "url": f"{site.base}/logo-600x60.png"}},
        "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical, "name": a.title},
        "inLanguage": {"@type": "Language", "name": "Arabic", "alternateName": "ar"},
    }
    extra = (f'<meta name="description" content="{esc(L.first_sentence(a.text))}">\n'
             f'<meta property="og:title" content="{esc(a.title)}">\n'
             f'<meta property="og:type" content="article">\n'
             f'<meta property="og:url" content="{esc(page.canonical)}">\n'
             f'<meta property="og:site_name" content="{esc(site.name)}">\n'
             f'<meta name="twitter:card" content="summary_large_image">\n'
             f'<meta name="article:author" content="https://www.facebook.com/{site.id}arabic">\n'
             '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")

    def para(p):
        return (f'<div dir="rtl" class="bbc-19j92fr ebmt73l0"><p dir="rtl" class="bbc-hhl7in e17g058b0">'
                f'{esc(p)}</p></div>')

    def figure(k, lead=False):
        cred = rnd.choice(B1_CREDITS)
        cap = rnd.choice(B1_CAPTIONS)
        w = 976 if lead else 800
        return (f'<figure class="bbc-1qn0xuy eglt09e0"><div class="bbc-189y18v ebmt73l0">'
                f'<div class="bbc-172p16q ebmt73l0" style="padding-bottom:56.25%">'
                f'<img alt="{esc(cap)}" src="{site.base}/ace/ws/{w}/cpsprodpb/{hx(a.key + str(k), 4)}/live/{cid}-{k}.jpg" '
                f'width="{w}" height="549" class="bbc-139onq ebmt73l0" loading="{"eager" if lead else "lazy"}"></div>'
                f'<p class="bbc-1z1wf5g e1hfmz0j0"><span class="bbc-m04vo2" role="text">'
                f'<span class="bbc-1a3w4ok">صدر الصورة، </span>{esc(cred)}</span></p></div>'
                f'<p class="bbc-1vp2uyd e1hbh3310" aria-hidden="true">التعليق على الصورة، </p>'
                f'<figcaption class="bbc-wnwqcc e9nt7t60"><span class="bbc-1a3w4ok">التعليق على الصورة، </span>'
                f'{esc(cap)}</figcaption></figure>')

    pop = page.others("b61-pop", 10)
    most_read = ('<section class="bbc-1l1dwbc" aria-labelledby="Most-Read" role="region" data-e2e="most-read">'
                 '<a href="#end-of-most-read" class="bbc-1a3w4ok">تخطى الأكثر قراءة وواصل القراءة</a>'
                 '<div class="bbc-1s0gvv5"><h2 id="Most-Read" class="bbc-y5ewsd e1hx2b4v0">الأكثر قراءة</h2></div><ol class="bbc-1u4xgqk">'
                 + "".join(f'<li class="bbc-1ao4xdw"><span class="bbc-1k4kslu" aria-hidden="true">{i + 1}</span>'
                           f'<div><a class="bbc-1i4ie53" href="{esc(page.url_of(o))}">{esc(o.title)}</a></div></li>'
                           for i, o in enumerate(pop))
                 + '</ol><p id="end-of-most-read" class="bbc-1a3w4ok">نهاية الأكثر قراءة</p></section>')
    emb = page.others("b61-embed", 1)
    embed = ""
    if emb:
        o = emb[0]
        embed = (f'<div class="bbc-1cvxiy9" data-e2e="twitter-embed"><section aria-label="محتوى تويتر" role="region">'
                 f'<a href="#end-of-twitter-content-1" class="bbc-1a3w4ok">تخطى منشورات تويتر, 1</a>'
                 f'<div class="bbc-1gu8x68"><div class="consent-banner"><p class="bbc-u4u6y6">السماح بمحتوى تويتر؟</p>'
                 f'<p class="bbc-u4u6y6">يحتوي هذا الموضوع على محتوى منشور على موقع تويتر. نطلب موافقتك قبل عرض أي محتوى لأنهم '
                 f'قد يستخدمون ملفات تعريف الارتباط وغيرها من التقنيات. قد تفضل الاطلاع على '
                 f'<a href="https://twitter.com/privacy">سياسة ملفات تعريف الارتباط</a> الخاصة بتويتر '
                 f'و<a href="https://twitter.com/tos">سياسة الخصوصية</a> قبل الموافقة. لعرض المحتوى اختر "موافقة وإكمال"</p>'
                 f'<button type="button">موافقة وإكمال</button></div>'
                 f'<blockquote class="twitter-tweet" data-lang="ar"><p lang="ar" dir="rtl">{esc(L.first_sentence(o.text))}'
                 f' <a href="https://t.co/{hx(o.key, 10)}">pic.twitter.com/{hx(o.key + "p", 10)}</a></p>'
                 f'&mdash; {esc(site.short)} (@{site.id}) <a href="https://twitter.com/{site.id}/status/{num(o.key, "tw", 10 ** 17, 10 ** 18)}">'
                 f'{L.arabic_date(o.published)}</a></blockquote></div>'
                 f'<p class="bbc-1ayt2ya">تحذير: {esc(site.name)} غير مسؤولة عن محتوى المواقع الخارجية.</p>'
                 f'<p class="bbc-1ayt2ya">قد يتضمن المحتوى المقدم من تويتر إعلانات.</p>'
                 f'<span id="end-of-twitter-content-1" class="bbc-1a3w4ok">نهاية منشورات تويتر, 1</span></section></div>')
    podcast = ('<aside class="bbc-10ukbch" aria-labelledby="podcast-promo" role="complementary">'
               '<h2 id="podcast-promo" class="bbc-1hljx3d">بودكاست</h2><div class="bbc-1q9a6lp">'
               f'<img src="{site.base}/images/podcast-promo.png" alt="" width="128">'
               f'<h3 class="bbc-1ggt85j"><a href="/podcasts/p0{hx(site.id, 5)}">{esc(site.short)} إكسترا</a></h3>'
               '<p class="bbc-qjf2d6">بودكاست أسبوعي يناقش قضايا اجتماعية وثقافية من العالم العربي، مع ضيوف ومتخصصين.</p>'
               f'<p class="bbc-1yqruvv"><a href="/podcasts/p0{hx(site.id, 5)}/episodes">الحلقات</a></p></div>'
               '<p class="bbc-1a3w4ok">البودكاست نهاية</p></aside>')

    body = [figure(0, lead=True)]
    mr_at = min(2, n - 1)
    for i, p in enumerate(paras):
        body.append(para(p))
        if i == mr_at:
            body.append(most_read)
        if i == 3 and n >= 7:
            body.append(figure(1))
        if i == 4 and n >= 7 and embed:
            body.append(embed)
        if i == n - 3 and n >= 9:
            body.append(podcast)

    if a.author:
        meta = (f'<section class="bbc-1vs2o8k" aria-labelledby="article-byline" role="region">'
                f'<h2 class="bbc-1a3w4ok" id="article-byline">معلومات عن الكاتب</h2>'
                f'<ul class="bbc-1o06ptb e1e3h8h70">'
                f'<li class="bbc-1a2ulnv"><span class="bbc-1a3w4ok">Author, </span><span class="bbc-1cvtd9t">{esc(a.author)}</span></li>'
                f'<li class="bbc-1a2ulnv"><span class="bbc-1a3w4ok">Role, </span><span class="bbc-1sf6pqf">{esc(site.name)}</span></li>'
                f'</ul></section>'
                f'<div class="bbc-1vg2b3m"><time datetime="{d:%Y-%m-%d}" class="bbc-1dafq0j e1mklfmt0">{day}</time></div>')
    else:
        meta = f'<div class="bbc-1vg2b3m"><time datetime="{d:%Y-%m-%d}" class="bbc-1dafq0j e1mklfmt0">{day}</time></div>'

    topics = "".join(f'<li class="bbc-1ebz8i7"><a href="/topics/c{hx(t, 9)}">{esc(t)}</a></li>'
                     for t in dict.fromkeys([B1_TOPICS[num(a.key, "t1", 0, 6)]] + L.tags_for(a)[:2]))
    related = "".join(
        f'<li class="bbc-1k9k1xh"><div class="promo"><img src="{site.base}/ace/ws/240/{o.key}.jpg" alt="" width="240">'
        f'<h3 class="bbc-qqcsu8"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></h3>'
        f'<time datetime="{o.published:%Y-%m-%d}" class="bbc-1dafq0j">{o.published.day} {DUAL_MONTHS[o.published.month - 1]} {o.published.year}</time></div></li>'
        for o in page.others("b61-rel", 4))
    top = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a>'
                  f'<time datetime="{o.published:%Y-%m-%d}">{o.published.day} {DUAL_MONTHS[o.published.month - 1]} {o.published.year}</time></li>'
                  for o in page.others("b61-top", 5))
    nav = "".join(f'<li class="bbc-1ya4ee2"><a class="bbc-fbpwsn" href="/{"" if i == 0 else "topics/" + hx(s, 8)}">{esc(s)}</a></li>'
                  for i, s in enumerate(B1_NAV))
    return f"""{head(page, extra, " - ", ".bbc-1a3w4ok{clip-path:inset(100%);clip:rect(1px,1px,1px,1px);height:1px;overflow:hidden;position:absolute;width:1px;margin:0}")}
<body>
<div id="root">
<header class="bbc-1bu0rzr" role="banner">
<div class="bbc-1qsmtx9"><a href="#content" class="bbc-1j6f9s1" id="skip-link">تخطى إلى المحتوى</a></div>
<div class="bbc-1i3q1ey"><a href="/" class="bbc-1o3rg5b"><svg viewBox="0 0 84 24" width="84" height="24" focusable="false" aria-hidden="true"><use href="#brand"></use></svg><span class="bbc-1a3w4ok">{esc(site.name)}</span></a></div>
<nav role="navigation" class="bbc-1w0ib4o"><ul class="bbc-xkj9v1" role="list">{nav}</ul></nav>
</header>
<div class="bbc-1cdr2ju" role="region" aria-label="تنبيه"><a href="/whatsapp-channel">تابعوا قناتنا على واتساب لآخر الأخبار والتحديثات</a></div>
<div class="bbc-fa0wmp">
<main role="main" class="bbc-1x8c1a8">
<div class="bbc-1151pbn ebmt73l0"><h1 id="content" class="bbc-14gqcmb e1p3vdyi0" tabindex="-1">{esc(a.title)}</h1></div>
{meta}
{chr(10).join(body)}
<div class="bbc-1p8zbgz"><button class="share-button" type="button" aria-label="مشاركة"><svg aria-hidden="true"></svg><span>مشاركة</span></button></div>
<section class="bbc-1bvpjh7" aria-labelledby="related-topics" role="region"><h2 id="related-topics" class="bbc-1v5h1jd">مواضيع ذات صلة</h2><ul class="bbc-1sfuf3a">{topics}</ul></section>
<section class="bbc-1wm8ab4" aria-labelledby="related-content-heading" role="region"><h2 id="related-content-heading" class="bbc-1v5h1jd">قصص ذات صلة</h2><ul class="bbc-1bpsh8v">{related}</ul></section>
</main>
<div class="bbc-1mtm0ok">
<section aria-labelledby="top-stories-heading" role="region"><h2 id="top-stories-heading">أهم الأخبار</h2><ul>{top}</ul></section>
</div>
</div>
<footer role="contentinfo" class="bbc-1a4jdjs">
<div class="bbc-1f7csek"><a href="/">{esc(site.name)}</a></div>
<ul class="bbc-1eya7wb" role="list">
<li><a href="/institutional/trust">لماذا يمكنك الثقة في {esc(site.name)}</a></li>
<li><a href="/terms">شروط الاستخدام</a></li><li><a href="/about">عن {esc(site.name)}</a></li>
<li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/cookies">ملفات تعريف الارتباط</a></li>
<li><a href="/contact">اتصل بـ{esc(site.short)}</a></li></ul>
<p class="bbc-1jakbip">&copy; 2015 {esc(site.name)}. {esc(site.name)} ليست مسؤولة عن محتوى المواقع الخارجية. <a href="/external-linking">اقرأ عن نهجنا فيما يتعلق بالروابط الخارجية.</a></p>
</footer>
</div>
</body></html>"""


# =====================================================================================
# b6_2: Palestinian news agency on Drupal

B2_NAV = ["الرئيسية", "محلي", "عربي ودولي", "الاحتلال", "اقتصاد", "ثقافة", "رياضة", "تقارير", "صور", "فيديو"]
B2_INITIALS = ["ع.ف", "ر.ح", "م.ع", "ن.ع", "ي.ط", "س.ك", "ف.ع", "و.ر", "ح.ص"]
B2_CAPTIONS = ["صورة أرشيفية", "(أرشيف)", "جانب من اللقاء", "صورة توضيحية", "من المكان"]
B2_COMMENTS = ["بارك الله فيكم على هذه التغطية", "نرجو متابعة الموضوع ونشر التفاصيل أولاً بأول",
               "خبر مهم، شكراً", "إلى متى؟", "كل التقدير لطاقم الوكالة"]


def lev_date(d):
    return f"{WEEKDAYS[d.weekday()]} {d.day} {LEVANT_MONTHS[d.month - 1]} {d.year}"


def b6_2(page):
    """Drupal agency page: field-* markup, CKEditor body with styled spans, the
    credit as an inline-labelled field after the body, UTC <time>."""
    a = page.article
    d = a.published
    u = utc(d)
    paras = L.paragraphs(a.text)
    n = len(paras)
    rnd = random.Random(a.key + "b62")
    site = page.site
    nid = num(a.key, "nid", 100000, 999999)
    si = num(a.key, "sec", 1, 7)
    ck = 'dir="RTL" style="text-align: justify;"'
    ra = page.others("b62-ra", 1)
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p {ck}><span style="font-size:16px;"><span style="font-family:Arial,Helvetica,sans-serif;">'
                    f'{esc(p)}</span></span></p>')
        if i == 0 and n > 1 and ra:
            o = ra[0]
            body.append(f'<p {ck}><span style="color:#c0392b;"><strong>اقرأ أيضاً: </strong></span>'
                        f'<a href="{esc(page.url_of(o))}">{esc(o.title)}</a></p>')
        if i < n - 1 and i % 2 == 1:
            body.append(f"<p {ck}>&nbsp;</p>")
    body.append(f'<p {ck}>ـــــــــ</p>')
    body.append(f'<p {ck}>/{esc(rnd.choice(B2_INITIALS))}</p>')

    head_extra = "\n".join([
        '<meta name="Generator" content="Drupal 8 (https://www.drupal.org)">',
        f'<meta name="description" content="{esc(L.first_sentence(a.text))}">',
        f'<meta property="og:site_name" content="{esc(site.name)}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{esc(page.canonical)}">',
        f'<meta property="og:title" content="{esc(a.title)}">',
        f'<meta property="og:image" content="{esc(site.base)}/sites/default/files/styles/large/public/{d:%Y-%m}/{a.key}.jpg">',
        f'<meta property="article:published_time" content="{d:%Y-%m-%dT%H:%M:%S}+0300">',
        f'<link rel="shortlink" href="{esc(site.base)}/node/{nid}">',
    ])
    nav = "".join(f'<li class="menu-item"><a href="/ar/{"" if i == 0 else "taxonomy/term/" + str(10 + i)}" data-drupal-link-system-path="taxonomy/term/{10 + i}">{esc(s)}</a></li>'
                  for i, s in enumerate(B2_NAV))
    breaking = "".join(f'<div class="views-row"><span class="views-field views-field-created">{L.clock(o.published)}</span> '
                       f'<span class="views-field views-field-title"><span class="field-content">{L.link(page, o)}</span></span></div>'
                       for o in page.others("b62-brk", 5))
    author_field = ""
    if a.author:
        tid = num(a.author, "tid", 2000, 9999)
        author_field = (f'<div class="field field--name-field-news-editor field--type-entity-reference field--label-inline clearfix">\n'
                        f'<div class="field__label">المحرر</div>\n'
                        f'<div class="field__item"><a href="/ar/taxonomy/term/{tid}" hreflang="ar">{esc(a.author)}</a></div>\n</div>')
    tags = "".join(f'<div class="field__item"><a href="/ar/taxonomy/term/{num(t, "tag", 3000, 9000)}" hreflang="ar">{esc(t)}</a></div>'
                   for t in L.tags_for(a))
    prev_next = page.others("b62-pn", 2)
    pn = ""
    if len(prev_next) == 2:
        pn = (f'<nav class="node-navigation" role="navigation"><ul>'
              f'<li class="previous"><span class="nav-label">الخبر السابق</span> <a href="{esc(page.url_of(prev_next[0]))}" rel="prev">{esc(prev_next[0].title)}</a></li>'
              f'<li class="next"><span class="nav-label">الخبر التالي</span> <a href="{esc(page.url_of(prev_next[1]))}" rel="next">{esc(prev_next[1].title)}</a></li>'
              f'</ul></nav>')
    related = "".join(f'<div class="views-row"><div class="views-field views-field-field-image"><img src="/sites/default/files/styles/thumbnail/public/{o.key}.jpg" alt=""></div>'
                      f'<div class="views-field views-field-title"><span class="field-content">{L.link(page, o)}</span></div>'
                      f'<div class="views-field views-field-created"><span class="field-content">{o.published:%d/%m/%Y}</span></div></div>'
                      for o in page.others("b62-rel", 4))
    popular = "".join(f'<li>{L.link(page, o)}</li>' for o in page.others("b62-pop", 6))
    latest = "".join(f'<div class="views-row"><span class="views-field views-field-created">{o.published:%H:%M}</span> {L.link(page, o)}</div>'
                     for o in page.others("b62-latest", 7))
    k = rnd.randint(0, 3)
    t = d
    cms = []
    for j in range(k):
        t = t + dt.timedelta(minutes=rnd.randint(15, 240))
        cid = num(a.key, f"c{j}", 10000, 99999)
        cms.append(f'<article role="article" data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous clearfix">'
                   f'<span class="hidden" data-comment-timestamp="{int((utc(t) - dt.datetime(1970, 1, 1)).total_seconds())}"></span>'
                   f'<footer class="comment__meta"><p class="comment__author"><span>زائر (لم يتم التحقق)</span></p>'
                   f'<p class="comment__time">{t:%d/%m/%Y - %H:%M}</p><p class="comment__permalink"><a href="/ar/comment/{cid}#comment-{cid}">رابط ثابت</a></p></footer>'
                   f'<div class="content"><h3><a href="/ar/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark">{esc(rnd.choice(B2_COMMENTS)[:18])}</a></h3>'
                   f'<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{esc(rnd.choice(B2_COMMENTS))}</p></div>'
                   f'<ul class="links inline"><li class="comment-reply"><a href="/ar/comment/reply/node/{nid}/comment_node_article/{cid}">رد</a></li></ul></div></article>')
    comments = (f'<section class="comments"><h2 class="title comment-form__title">التعليقات</h2>{"".join(cms)}'
                '<h2 class="title comment-form__title">أضف تعليقاً جديداً</h2>'
                f'<form class="comment-comment-node-article-form comment-form" action="/ar/comment/reply/node/{nid}/comment_node_article" method="post">'
                '<div class="form-item"><label for="edit-name">اسمك</label><input id="edit-name" name="name" value="" placeholder="زائر"></div>'
                '<div class="form-item"><label for="edit-comment-body">التعليق <span class="form-required">*</span></label><textarea id="edit-comment-body" name="comment_body[0][value]"></textarea></div>'
                '<div class="description">وسوم HTML المسموح بها: &lt;a href&gt; &lt;em&gt; &lt;strong&gt;</div>'
                '<div class="form-actions"><input type="submit" value="حفظ"> <input type="submit" value="معاينة"></div></form></section>')
    cap = rnd.choice(B2_CAPTIONS)
    return f"""{head(page, head_extra, " | ")}
<body class="path-node page-node-type-article lang-ar">
<a href="#main-content" class="visually-hidden focusable skip-link">تجاوز إلى المحتوى الرئيسي</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<div class="region region-top-bar"><div class="block block-date">{lev_date(d)}</div><div class="block block-weather">القدس 29&deg;</div>
<div class="block block-language"><ul class="links"><li><a href="/ar" hreflang="ar">العربية</a></li><li><a href="/en" hreflang="en">English</a></li><li><a href="/fr" hreflang="fr">Français</a></li></ul></div></div>
<header role="banner"><div class="region region-header">
<div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/ar" rel="home" class="site-logo"><img src="/themes/custom/agency/logo.svg" alt="الرئيسية"></a><div class="site-name"><a href="/ar" title="الرئيسية" rel="home">{esc(site.name)}</a></div></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-mainnavigation-menu">القائمة الرئيسية</h2><ul class="menu">{nav}</ul></nav>
</div></header>
<div class="region region-breaking"><div class="views-element-container block block-views block-views-blockbreaking-news-block-1"><h2>عاجل</h2><div class="view view-breaking-news view-display-id-block_1"><div class="view-content">{breaking}</div></div></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<div class="region region-content">
<div id="block-agency-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"><ol><li><a href="/ar">الرئيسية</a></li><li><a href="/ar/taxonomy/term/{10 + si}">{esc(B2_NAV[si])}</a></li></ol></nav></div>
<div id="block-agency-content" class="block block-system block-system-main-block">
<article role="article" about="/ar/node/{nid}" class="node node--type-article node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></h1>
<div class="node__content clearfix">
<div class="field field--name-field-news-date field--type-datetime field--label-hidden field__item"><time datetime="{u:%Y-%m-%dT%H:%M:%S}Z" class="datetime">{lev_date(d)} {d:%H:%M}</time></div>
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img src="/sites/default/files/styles/large/public/{d:%Y-%m}/{a.key}.jpg" width="780" height="440" alt="{esc(cap)}" typeof="foaf:Image" class="image-style-large"></div>
<div class="field field--name-field-image-caption field--type-string field--label-hidden field__item">{esc(cap)}</div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{chr(10).join(body)}
</div>
{author_field}
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">الكلمات المفتاحية</div><div class="field__items">{tags}</div></div>
<div class="addtoany_list a2a_kit a2a_kit_size_32"><span class="a2a-label">شارك</span><a class="a2a_button_facebook" href="#"></a><a class="a2a_button_twitter" href="#"></a><a class="a2a_button_whatsapp" href="#"></a><a class="a2a_button_telegram" href="#"></a><a class="a2a_button_email" href="#"></a><a class="a2a_button_print" href="#">طباعة</a></div>
</div>
{pn}
{comments}
</article>
</div>
<div class="views-element-container block block-views block-views-blockrelated-news-block-1"><h2>أخبار ذات صلة</h2><div class="view view-related-news"><div class="view-content">{related}</div></div></div>
</div>
</div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first">
<div class="views-element-container block block-views"><h2>آخر الأخبار</h2><div class="view-content">{latest}</div></div>
<div class="views-element-container block block-views"><h2>الأكثر مشاهدة</h2><ol>{popular}</ol></div>
</div></aside>
</main>
<footer role="contentinfo"><div class="region region-footer">
<nav class="block block-menu menu--footer"><ul class="menu"><li><a href="/ar/about">عن الوكالة</a></li><li><a href="/ar/contact">اتصل بنا</a></li><li><a href="/ar/rss">RSS</a></li><li><a href="/ar/archive">الأرشيف</a></li></ul></nav>
<div class="block block-copyright"><p>جميع الحقوق محفوظة &copy; {esc(site.name)} 2015</p></div>
</div></footer>
</div>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/{nid}","currentLanguage":"ar"}},"ajaxPageState":{{"theme":"agency"}}}}</script>
</body></html>"""


# =====================================================================================
# b6_3: Medium-like publishing platform

B3_UNSPLASH = ["Hasan Almasi", "Mohammed Hassan", "Ahmed Nishaath", "Omar Ramadan", "Sami Alqahtani",
               "Haidan", "Aziz Acharki", "Rod Long"]
B3_RESPONDERS = ["سارة م.", "عبدالرحمن", "Nour", "فيصل العتيبي", "هند", "Majed A.", "قارئ"]
B3_RESPONSES = ["طرح مهم، شكراً على التفصيل.", "أتفق مع أغلب ما جاء هنا، لكن ينقص المقال بعض الأرقام.",
                "مقال رائع وينتظر متابعة.", "هل هناك مصدر لهذه المعلومات؟", "قراءة ممتعة كالعادة."]


def b6_3(page):
    """Medium-like post: writer row with follow button and publication, year-less
    date, Unsplash caption, inline subscribe box, writer card at the end."""
    a = page.article
    d = a.published
    u = utc(d)
    paras = L.paragraphs(a.text)
    n = len(paras)
    rnd = random.Random(a.key + "b63")
    site = page.site
    pid = hx(a.key, 12)
    mins = max(1, len(a.text.split()) // 200)
    read = "قراءة دقيقة واحدة" if mins == 1 else ("قراءة دقيقتين" if mins == 2 else f"قراءة {mins} دقائق")
    date_short = f"{d.day} {L.MONTHS[d.month - 1]}"
    claps = num(a.key, "claps", 3, 4800)
    k = rnd.randint(0, 3)
    handle = "@u" + hx(a.author, 8) if a.author else ""
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a.title, "name": a.title,
          "url": page.canonical, "identifier": pid,
          "dateCreated": u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{num(a.key, 'ms', 0, 999):03d}Z",
          "datePublished": u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{num(a.key, 'ms', 0, 999):03d}Z",
          "dateModified": (u + dt.timedelta(hours=num(a.key, "mh", 1, 30))).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "image": [f"{site.base}/v2/resize:fit:1200/{pid}.jpeg"],
          "publisher": {"@type": "Organization", "name": site.name, "url": site.base + "/"},
          "mainEntityOfPage": page.canonical, "isAccessibleForFree": True}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author, "url": f"{site.base}/{handle}"}
        ld["creator"] = [a.author]
    extra = "\n".join([
        f'<meta name="title" content="{esc(a.title)}">',
        f'<meta name="description" content="{esc(L.first_sentence(a.text))}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{esc(a.title)}">',
        f'<meta property="og:url" content="{esc(page.canonical)}">',
        f'<meta property="og:image" content="{esc(site.base)}/v2/resize:fit:1200/{pid}.jpeg">',
        f'<meta property="article:published_time" content="{u:%Y-%m-%dT%H:%M:%S}.{num(a.key, "ms", 0, 999):03d}Z">',
        f'<meta name="twitter:site" content="@{site.id}">',
        f'<meta name="twitter:label1" content="وقت القراءة"><meta name="twitter:data1" content="{mins} min read">',
        '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>",
    ])

    def pid_of(i):
        return hx(a.key + "p" + str(i), 4)

    cap_who = rnd.choice(B3_UNSPLASH)
    body = [f'<figure class="pw-lead-figure"><div class="aspectRatioPlaceholder"><img alt="" class="bh mo" '
            f'src="{site.base}/v2/resize:fit:1400/{pid}.jpeg" width="700" height="467" loading="eager"></div>'
            f'<figcaption class="pw-caption" data-selectable-paragraph="">Photo by '
            f'<a href="https://unsplash.com/@{cap_who.lower().replace(" ", "")}" rel="noopener ugc nofollow" target="_blank">{esc(cap_who)}</a> on '
            f'<a href="https://unsplash.com" rel="noopener ugc nofollow" target="_blank">Unsplash</a></figcaption></figure>']
    card = page.others("b63-card", 1)
    for i, p in enumerate(paras):
        body.append(f'<p id="{pid_of(i)}" class="pw-post-body-paragraph lf lg gb lh b li lj lk ll lm ln lo" data-selectable-paragraph="">{esc(p)}</p>')
        if i == 1 and n >= 4:
            who = f'<a href="/{handle}" class="af ag ah">{esc(a.author)}</a>' if a.author else f'<a href="/{site.id}" class="af ag ah">{esc(site.name)}</a>'
            body.append('<div class="pw-subscribe-inline ab ca"><div class="nx ny">'
                        f'<h3 class="nz oa">احصل على رسالة بريد إلكتروني كلما نشر {who} مقالاً جديداً.</h3>'
                        '<form class="ob"><input type="email" placeholder="بريدك الإلكتروني" class="oc"><button class="od">اشترك</button></form>'
                        f'<p class="oe">بالاشتراك، ستنشئ حساباً على {esc(site.name)} إذا لم يكن لديك حساب بالفعل. راجع سياسة الخصوصية لمزيد من المعلومات عن ممارسات الخصوصية لدينا.</p>'
                        '</div></div>')
        if i == n // 2 and n >= 6:
            body.append('<div role="separator" class="pw-separator ab ca"><span class="of">&bull;</span><span class="of">&bull;</span><span class="of">&bull;</span></div>')
        if i == 4 and n >= 7 and card:
            o = card[0]
            body.append(f'<div class="pw-link-preview mixtapeEmbed"><a href="{esc(page.url_of(o))}" rel="noopener follow" target="_blank">'
                        f'<div class="mp"><h2 class="bf mq">{esc(o.title)}</h2><div class="mr"><h3 class="mh">{esc(L.first_sentence(o.text))}</h3></div>'
                        f'<p class="ms">{esc(site.base.replace("http://", ""))}</p></div>'
                        f'<div class="mt" style="background-image:url({site.base}/v2/resize:fit:320/{o.key}.jpeg)"></div></a></div>')
    claps_bar = (f'<div class="pw-actions ab q"><div class="pw-multi-vote"><button aria-label="تصفيق" class="pw-clap"><svg width="24" height="24" aria-hidden="true"></svg></button>'
                 f'<p class="pw-multi-vote-count"><span>{kfmt(claps)}</span></p></div>'
                 f'<div class="pw-responses"><button aria-label="الردود"><svg width="24" height="24" aria-hidden="true"></svg></button><p><span>{k}</span></p></div>'
                 f'<div class="ab"><button aria-label="حفظ"><svg width="24" height="24" aria-hidden="true"></svg></button>'
                 f'<button aria-label="استمع"><svg width="24" height="24" aria-hidden="true"></svg><span>استمع</span></button>'
                 f'<button aria-label="مشاركة"><svg width="24" height="24" aria-hidden="true"></svg><span>مشاركة</span></button></div></div>')
    if a.author:
        top = (f'<div class="pw-author-row ab q">'
               f'<div class="ab"><a href="/{handle}" data-testid="authorPhoto" rel="noopener follow"><img alt="" class="l fh bx by cx" src="{site.base}/v2/resize:fill:88:88/{hx(a.author, 10)}.jpeg" width="44" height="44"></a>'
               f'<a href="/{site.id}" data-testid="publicationPhoto"><img alt="{esc(site.name)}" src="{site.base}/v2/resize:fill:48:48/{hx(site.id, 10)}.png" width="24" height="24"></a></div>'
               f'<div class="bn bh l"><div class="ab"><span class="pw-author bf b bg z bk"><a data-testid="authorName" class="af ag ah" href="/{handle}" rel="noopener follow">{esc(a.author)}</a></span>'
               f'<span class="io ip" aria-hidden="true"><span class="bf b bg z du">&middot;</span></span>'
               f'<button class="bf b bg z iq ir">متابعة</button></div>'
               f'<div class="ab"><span class="bf b bg z du">نُشر في</span> <a data-testid="publicationName" class="af ag ah" href="/{site.id}" rel="noopener follow"><span class="bf b bg z">{esc(site.name)}</span></a></div>'
               f'<div class="ab"><span class="pw-reading-time" data-testid="storyReadTime">{read}</span>'
               f'<span class="io ip" aria-hidden="true"> &middot; </span><span data-testid="storyPublishDate">{date_short}</span></div></div></div>')
        card_end = (f'<div class="pw-author-card ab ca"><a href="/{handle}"><img alt="" src="{site.base}/v2/resize:fill:96:96/{hx(a.author, 10)}.jpeg" width="48" height="48"></a>'
                    f'<h2 class="pw-author-name bf b dy z"><span class="du">كتبه</span> <a class="af ag ah" href="/{handle}" rel="noopener follow">{esc(a.author)}</a></h2>'
                    f'<p class="bf b bg z du"><a href="/{handle}/followers">{kfmt(num(a.author, "fol", 12, 9800))} متابع</a></p>'
                    f'<p class="bf b bg z du"><span>محرر في</span> <a href="/{site.id}">{esc(site.name)}</a></p>'
                    f'<button class="bf b bg z">متابعة</button></div>')
        more_head = f'<h2 class="bf b dy z"><span>المزيد من</span> <a href="/{handle}">{esc(a.author)}</a><span> و</span><a href="/{site.id}">{esc(site.name)}</a></h2>'
    else:
        top = (f'<div class="pw-publication-row ab q"><a href="/{site.id}" data-testid="publicationPhoto"><img alt="" src="{site.base}/v2/resize:fill:88:88/{hx(site.id, 10)}.png" width="44" height="44"></a>'
               f'<div class="bn bh l"><div class="ab"><span class="bf b bg z du">نُشر في</span> <a data-testid="publicationName" class="af ag ah" href="/{site.id}">{esc(site.name)}</a>'
               f'<span class="io ip" aria-hidden="true"> &middot; </span><button class="bf b bg z iq ir">متابعة</button></div>'
               f'<div class="ab"><span class="pw-reading-time" data-testid="storyReadTime">{read}</span>'
               f'<span class="io ip" aria-hidden="true"> &middot; </span><span data-testid="storyPublishDate">{date_short}</span></div></div></div>')
        card_end = (f'<div class="pw-publication-card ab ca"><a href="/{site.id}"><img alt="" src="{site.base}/v2/resize:fill:96:96/{hx(site.id, 10)}.png" width="48" height="48"></a>'
                    f'<h2 class="bf b dy z"><span class="du">نُشر في</span> <a class="af ag ah" href="/{site.id}">{esc(site.name)}</a></h2>'
                    f'<p class="bf b bg z du"><a href="/{site.id}/followers">{kfmt(num(site.id, "fol", 2000, 99000))} متابع</a></p>'
                    f'<button class="bf b bg z">متابعة</button></div>')
        more_head = f'<h2 class="bf b dy z"><span>المزيد من</span> <a href="/{site.id}">{esc(site.name)}</a></h2>'
    more = "".join(f'<article class="pw-more-card"><a href="{esc(page.url_of(o))}"><img alt="" src="{site.base}/v2/resize:fill:320:214/{o.key}.jpeg">'
                   f'<h2 class="bf mq">{esc(o.title)}</h2><h3 class="mh">{esc(L.first_sentence(o.text))}</h3></a>'
                   f'<div class="ab"><span>{o.published.day} {L.MONTHS[o.published.month - 1]}</span> <span class="pw-claps">{kfmt(num(o.key, "claps", 3, 4800))}</span></div></article>'
                   for o in page.others("b63-more", 4))
    recs = "".join(f'<article class="pw-rec-card"><a href="{esc(page.url_of(o))}"><h2 class="bf mq">{esc(o.title)}</h2></a>'
                   f'<div class="ab"><span>{max(1, len(o.text.split()) // 200)} د قراءة</span> <span>&middot;</span> '
                   f'<span>{o.published.day} {L.MONTHS[o.published.month - 1]}</span></div></article>'
                   for o in page.others("b63-rec", 4))
    t = d
    resp = []
    for j in range(k):
        t = t + dt.timedelta(hours=rnd.randint(1, 30))
        resp.append(f'<div class="pw-response"><div class="ab"><img alt="" src="{site.base}/v2/resize:fill:32:32/r{j}.png" width="32">'
                    f'<a href="/@r{hx(a.key + str(j), 6)}">{esc(rnd.choice(B3_RESPONDERS))}</a> <span class="du">{t.day} {L.MONTHS[t.month - 1]}</span></div>'
                    f'<pre class="pw-response-body">{esc(rnd.choice(B3_RESPONSES))}</pre>'
                    f'<div class="ab"><button>{rnd.randint(0, 40)}</button> <button>رد</button></div></div>')
    tags = "".join(f'<a class="pw-tag" href="/tag/{esc(t)}"><div class="ab">{esc(t)}</div></a>' for t in L.tags_for(a)[:4])
    return f"""{head(page, extra, " | ", ".pw-post-body-paragraph{font-family:serif;font-size:20px}")}
<body>
<div id="root"><div class="a b c">
<div class="pw-metabar ab"><div class="ab"><a href="/" aria-label="الصفحة الرئيسية"><svg width="112" height="25" aria-hidden="true"></svg><span class="bn">{esc(site.name)}</span></a>
<div class="pw-search"><input role="combobox" placeholder="بحث" aria-label="بحث"></div></div>
<div class="ab"><a href="/new-story">اكتب</a> <a href="/signup" class="pw-btn">سجّل الآن</a> <a href="/signin">تسجيل الدخول</a></div></div>
<div class="pw-banner ab"><span>هل لديك قصة؟ انضم إلى كُتّاب {esc(site.name)} وانشر مقالك الأول.</span> <a href="/new-story">ابدأ الكتابة</a></div>
<div class="l ab"><article><div class="l"><div class="l"><section><div><div class="gn go gp gq gr">
<div class="ab ca"><div class="ch bg fy fz ga gb">
<div><h1 id="{hx(a.key, 4)}" class="pw-post-title gt gu gv bf gw gx gy gz ha hb" data-testid="storyTitle" data-selectable-paragraph="">{esc(a.title)}</h1></div>
{top}
{claps_bar}
{chr(10).join(body)}
</div></div></div></div></section></div></div></article></div>
<div class="pw-post-footer ab ca">
<div class="pw-tags ab">{tags}</div>
{claps_bar}
{card_end}
<div class="pw-responses-section"><h2 class="bf b dy z">الردود ({k})</h2>
<div class="pw-response-form"><textarea placeholder="ما رأيك؟"></textarea><button>رد</button></div>
{"".join(resp) if resp else '<p class="du">لا توجد ردود بعد. كن أول من يرد.</p>'}</div>
{more_head}
<div class="pw-more-grid">{more}</div>
<h2 class="bf b dy z">مقترحات لك</h2>
<div class="pw-rec-grid">{recs}</div>
</div>
<footer class="pw-footer ab"><a href="/help">مساعدة</a> <a href="/status">الحالة</a> <a href="/about">حول</a> <a href="/jobs">الوظائف</a> <a href="/blog">المدونة</a> <a href="/privacy">الخصوصية</a> <a href="/terms">الشروط</a> <a href="/tts">نص إلى كلام</a></footer>
</div></div>
</body></html>"""


# =====================================================================================
# b6_4: Yemeni portal photo report

B4_NAV = ["الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "تقارير مصورة", "حقوق وحريات", "رياضة", "منوعات", "كتابات"]
B4_CAPTIONS = ["جانب من الحدث", "لقطة عامة للموقع", "مواطنون في المكان", "من أجواء اليوم", "جانب من الحضور",
               "لقطة مقربة", "مشهد من الشارع", "صورة من زاوية أخرى", "في انتظار البدء", "خلال الجولة الميدانية"]
B4_CAMERA = ["محمد الصنعاني", "عبدالله عبده", "أحمد صالح", "فؤاد محمد", "صالح علي", "خالد عبدالكريم"]
B4_COMMENTS = ["الله يحفظ اليمن وأهله", "صور معبرة جداً", "شكراً للمصور على هذه اللقطات", "متى ينتهي هذا؟",
               "تقرير جميل ومهم"]


ACTIVE = ' class="active"'


def photos(k, page):
    return digits(str(k), page) + (" صور" if k <= 10 else " صورة")


def ampm(d, page):
    h = d.hour % 12 or 12
    return digits(f"{h:02d}:{d.minute:02d}", page) + (" صباحاً" if d.hour < 12 else " مساءً")


def b6_4(page):
    """Yemeni portal photo report: slideshow above, text in tabs with a
    continue-reading expander, credits <dl> at the end of the story tab."""
    a = page.article
    d = a.published
    paras = L.paragraphs(a.text)
    n = len(paras)
    rnd = random.Random(a.key + "b64")
    site = page.site
    nid = num(a.key, "nid", 20000, 99999)
    cam = rnd.choice(B4_CAMERA)
    nshots = rnd.randint(5, 10)
    caps = [rnd.choice(B4_CAPTIONS) for _ in range(nshots)]
    datestr = f"{WEEKDAYS[d.weekday()]}، {digits(str(d.day), page)} {L.MONTHS[d.month - 1]} {digits(str(d.year), page)} - {ampm(d, page)}"
    views = num(a.key, "views", 150, 9500)

    slides = "".join(f'<div class="slide{" active" if i == 0 else ""}" data-index="{i}"><img src="/uploads/gallery/{nid}/{i + 1}.jpg" alt="{esc(c)}">'
                     f'<div class="slide-caption"><span class="slide-count">{digits(str(i + 1), page)} / {digits(str(nshots), page)}</span>'
                     f'<p>{esc(c)}</p><span class="slide-credit">عدسة: {esc(cam)}</span></div></div>'
                     for i, c in enumerate(caps))
    thumbs = "".join(f'<li><a href="#slide-{i}"><img src="/uploads/gallery/{nid}/thumb_{i + 1}.jpg" alt=""></a><span>{esc(c)}</span></li>'
                     for i, c in enumerate(caps))
    first_n = 1 if n <= 3 else 2
    also = page.others("b64-also", 1)
    first = "\n".join(f"<p>{esc(p)}</p>" for p in paras[:first_n])
    rest_parts = []
    for i, p in enumerate(paras[first_n:], start=first_n):
        rest_parts.append(f"<p>{esc(p)}</p>")
        if i == first_n and n - first_n >= 2:
            rest_parts.append('<div class="ad-inline"><span class="ad-label">- إعلان -</span>'
                              f'<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-{num(site.id, "ad", 10 ** 15, 10 ** 16)}" data-ad-slot="{num(a.key, "slot", 10 ** 9, 10 ** 10)}" data-ad-format="auto"></ins></div>')
        if i == first_n + 2 and n - first_n >= 4 and also:
            o = also[0]
            rest_parts.append(f'<div class="watch-also"><h4><i class="fa fa-play-circle"></i> شاهد أيضاً</h4>'
                              f'<a href="{esc(page.url_of(o))}"><img src="/uploads/videos/{o.key}.jpg" alt=""><span>{esc(o.title)}</span></a></div>')
    if rest_parts:
        rest = (f'<div class="read-more-wrap is-collapsed" id="story-rest-{nid}">\n' + "\n".join(rest_parts) + '\n</div>\n'
                f'<button type="button" class="btn-readmore" aria-expanded="false" aria-controls="story-rest-{nid}">أكمل القراءة <i class="fa fa-angle-down"></i></button>')
    else:
        rest = ""
    credits = ['<dt>عدسة:</dt>', f'<dd>{esc(cam)}</dd>']
    if a.author:
        credits = ['<dt>إعداد:</dt>', f'<dd>{esc(a.author)}</dd>'] + credits
    k = rnd.randint(0, 3)
    cms = "".join(f'<li class="comment"><div class="c-head"><b>{esc(rnd.choice(["زائر", "يمني مغترب", "أبو محمد", "قارئ", "ابن تعز"]))}</b> '
                  f'<span class="c-date">{digits(f"{(d + dt.timedelta(hours=j + 1)):%d/%m/%Y}", page)}</span></div><p>{esc(rnd.choice(B4_COMMENTS))}</p></li>'
                  for j in range(k))
    vid = page.others("b64-vid", 1)
    video = ""
    if vid:
        o = vid[0]
        video = (f'<div class="video-wrap"><iframe width="640" height="360" src="https://www.youtube.com/embed/{hx(o.key, 11)}" frameborder="0" allowfullscreen></iframe></div>'
                 f'<p class="video-title">فيديو: {esc(o.title)}</p>')
    marquee = " &nbsp;&bull;&nbsp; ".join(L.link(page, o) for o in page.others("b64-brk", 6))
    nav = "".join(f'<li{ACTIVE if i == 4 else ""}><a href="/section/{i}">{esc(s)}</a></li>' for i, s in enumerate(B4_NAV))
    albums = "".join(f'<li><a href="{esc(page.url_of(o))}"><img src="/uploads/gallery/{num(o.key, "nid", 20000, 99999)}/thumb_1.jpg" alt=""><span>{esc(o.title)}</span></a>'
                     f'<small><i class="fa fa-camera"></i> {photos(num(o.key, "shots", 4, 14), page)}</small></li>'
                     for o in page.others("b64-alb", 4))
    popular = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("b64-pop", 6))
    related = "".join(f'<div class="col-sm-4"><a href="{esc(page.url_of(o))}"><img src="/uploads/news/{o.key}.jpg" alt=""><h4>{esc(o.title)}</h4></a></div>'
                      for o in page.others("b64-rel", 3))
    tags = " ".join(f'<a href="/tags/{esc(t)}" rel="tag">{esc(t)}</a>' for t in L.tags_for(a))
    return f"""{head(page, f'<meta property="og:title" content="{esc(a.title)}"><meta property="og:image" content="{esc(site.base)}/uploads/gallery/{nid}/1.jpg"><link rel="stylesheet" href="/assets/css/bootstrap-rtl.min.css">', " :: ", ".is-collapsed{max-height:0;overflow:hidden}.tab-pane{display:none}.tab-pane.active{display:block}")}
<body class="gallery-page">
<div class="top-bar"><div class="container"><span class="today">{WEEKDAYS[d.weekday()]}، {digits(str(d.day), page)} {L.MONTHS[d.month - 1]} {digits(str(d.year), page)}</span>
<span class="weather">صنعاء {digits("24", page)}&deg; | عدن {digits("34", page)}&deg;</span>
<span class="social"><a href="https://facebook.com/{site.id}">فيسبوك</a> <a href="https://twitter.com/{site.id}">تويتر</a> <a href="https://t.me/{site.id}">تيليجرام</a></span></div></div>
<header class="site-header"><div class="container"><a class="logo" href="/"><img src="/assets/img/logo.png" alt="{esc(site.name)}"></a>
<div class="header-banner"><a href="/ads"><img src="/uploads/banners/top.gif" alt="مساحة إعلانية"></a></div></div>
<nav class="navbar"><ul class="nav navbar-nav">{nav}</ul></nav></header>
<div class="breaking"><div class="container"><span class="breaking-title">عاجل</span><marquee direction="right" scrollamount="4" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></div></div>
<div class="container"><div class="row">
<div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/section/4">تقارير مصورة</a></li></ol>
<div class="gallery-article" id="news-{nid}">
<span class="badge-type"><i class="fa fa-camera"></i> تقرير مصور</span>
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-info"><span class="news-date"><i class="fa fa-clock-o"></i> {datestr}</span> <span class="news-views"><i class="fa fa-eye"></i> قراءات: {digits(str(views), page)}</span> <span class="news-photos"><i class="fa fa-picture-o"></i> {photos(nshots, page)}</span></div>
<div class="gallery-slider" id="slider-{nid}">
<button class="slick-prev" aria-label="السابق">السابق</button>
<div class="slides">{slides}</div>
<button class="slick-next" aria-label="التالي">التالي</button>
</div>
<div class="font-tools"><a href="#" class="font-plus">A+</a> <a href="#" class="font-minus">A-</a> <a href="/print/{nid}">طباعة</a></div>
<ul class="nav nav-tabs" role="tablist">
<li role="presentation" class="active"><a href="#tab-story" role="tab" data-toggle="tab">التقرير</a></li>
<li role="presentation"><a href="#tab-photos" role="tab" data-toggle="tab">الصور ({digits(str(nshots), page)})</a></li>
<li role="presentation"><a href="#tab-video" role="tab" data-toggle="tab">فيديو</a></li>
<li role="presentation"><a href="#tab-comments" role="tab" data-toggle="tab">التعليقات ({digits(str(k), page)})</a></li>
</ul>
<div class="tab-content">
<div role="tabpanel" class="tab-pane active" id="tab-story">
<div class="news-text">
{first}
{rest}
</div>
<dl class="credits">{"".join(credits)}</dl>
</div>
<div role="tabpanel" class="tab-pane" id="tab-photos"><ul class="thumbs">{thumbs}</ul></div>
<div role="tabpanel" class="tab-pane" id="tab-video">{video}</div>
<div role="tabpanel" class="tab-pane" id="tab-comments"><ul class="comments-list">{cms}</ul>
<form class="comment-form"><input name="name" placeholder="الاسم"><input name="country" placeholder="البلد"><textarea name="body" placeholder="نص التعليق"></textarea><button>إرسال</button></form>
<div class="fb-comments" data-href="{esc(page.canonical)}" data-numposts="5"></div></div>
</div>
<div class="news-tags"><i class="fa fa-tags"></i> وسوم: {tags}</div>
<div class="share-box"><span>شارك التقرير:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={esc(page.canonical)}">فيسبوك</a> <a href="https://twitter.com/share">تويتر</a> <a href="whatsapp://send">واتساب</a> <a href="https://telegram.me/share/url">تيليجرام</a></div>
<div class="short-link">رابط مختصر: <input readonly value="{esc(site.base)}/n/{nid}"></div>
</div>
<div class="related-news"><h3>تقارير ذات صلة</h3><div class="row">{related}</div></div>
</div>
<div class="col-md-4"><aside>
<div class="widget"><h3>ألبومات أخرى</h3><ul class="albums">{albums}</ul></div>
<div class="widget"><h3>الأكثر قراءة</h3><ol>{popular}</ol></div>
<div class="widget ad-side"><img src="/uploads/banners/side.jpg" alt="إعلان"></div>
</aside></div>
</div></div>
<footer class="site-footer"><div class="container"><ul><li><a href="/about">من نحن</a></li><li><a href="/contact">راسلنا</a></li><li><a href="/ads">أعلن معنا</a></li><li><a href="/rss">RSS</a></li></ul>
<p>جميع الحقوق محفوظة لـ{esc(site.name)} &copy; {digits("2015", page)} - تصميم وبرمجة: <a href="https://example.net">يمن سوفت</a></p></div></footer>
<script>$('.btn-readmore').on('click',function(){{$('#story-rest-{nid}').toggleClass('is-collapsed');}});</script>
</body></html>"""


# =====================================================================================
# b6_5: Qatari daily

B5_NAV = ["الرئيسية", "محليات", "الخليج", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة وفنون", "مقالات", "منوعات", "فيديو"]
B5_COMMENTS = ["خطوة في الاتجاه الصحيح", "نتمنى المتابعة من الجهات المختصة", "شكراً للجريدة على الطرح",
               "الموضوع يحتاج إلى تفصيل أكثر", "ننتظر التطبيق الفعلي"]
B5_CAPTIONS = ["صورة أرشيفية", "جانب من الاجتماع", "من موقع الحدث", "صورة تعبيرية", "جانب من الفعالية"]
B5_PHOTO = ["تصوير: محمد الحمادي", "تصوير: سلمان حسين", "أرشيفية", "تصوير: عمرو حسن", "قنا"]
B5_NAMES = ["أبو خالد", "مواطن", "محمد", "أم عبدالله", "ناصر", "قارئ"]


def b6_5(page):
    """Qatari daily: microdata meta dates, Hijri-first date line, the credit in
    the tools row (icon + link, no label), click-to-tweet quote in the text."""
    a = page.article
    d = a.published
    upd = d + dt.timedelta(minutes=num(a.key, "upd", 25, 420))
    paras = L.paragraphs(a.text)
    n = len(paras)
    rnd = random.Random(a.key + "b65")
    site = page.site
    nid = num(a.key, "nid", 1_000_000, 1_999_999)
    si = num(a.key, "sec", 1, 6)
    views = num(a.key, "views", 80, 25000)
    dline = f"{WEEKDAYS[d.weekday()]} {L.hijri_date(d)} - الموافق {d.day} {L.MONTHS[d.month - 1]} {d.year}م"

    def clk(x):
        return f"{x.hour % 12 or 12:02d}:{x.minute:02d} {'ص' if x.hour < 12 else 'م'}"

    tools = []
    if a.author:
        tools.append(f'<li class="at-writer"><i class="icon-pen" aria-hidden="true"></i><a href="/writers/{num(a.author, "w", 100, 9999)}">{esc(a.author)}</a></li>')
    tools += [f'<li class="at-date"><i class="icon-calendar" aria-hidden="true"></i><span>{dline}</span></li>',
              f'<li class="at-time"><i class="icon-clock" aria-hidden="true"></i><span>نشر في: {clk(d)}</span> <span class="at-sep">|</span> <span>آخر تحديث: {clk(upd)}</span></li>',
              '<li class="at-font"><button type="button" class="f-up" aria-label="تكبير الخط">+ أ</button><button type="button" class="f-down" aria-label="تصغير الخط">- أ</button></li>',
              f'<li class="at-print"><a href="/news/print/{nid}"><i class="icon-print" aria-hidden="true"></i> طباعة</a></li>',
              f'<li class="at-views"><i class="icon-eye" aria-hidden="true"></i><span>{views}</span></li>']
    rel = page.others("b65-rel", 3)
    # the quote box repeats the opening sentence of the longest paragraph further on
    later = sorted(paras[3:] or paras[2:], key=len, reverse=True)
    quote = L.first_sentence(later[0]) if n >= 4 and later and len(later[0]) >= 60 else ""
    body = []
    for i, p in enumerate(paras):
        body.append(f"<p>{esc(p)}</p>")
        if i == 0 and n >= 3:
            body.append(f'<div class="ad ad-inarticle"><span class="ad-lbl">إعلان</span><div id="gpt-inarticle-{nid}" class="gpt-slot" data-size="300x250"></div></div>')
        if i == 1 and quote:
            body.append(f'<div class="click-to-tweet"><blockquote><p>{esc(quote)}</p></blockquote>'
                        f'<a class="ctt-btn" href="https://twitter.com/intent/tweet?text={esc(urllib.parse.quote(quote[:100]))}&amp;via={site.id}" target="_blank">'
                        f'<i class="icon-twitter"></i> غرّد هذا الاقتباس</a></div>')
        if i == 3 and n >= 6 and rel:
            body.append('<div class="inline-related"><h4 class="ir-title">أخبار ذات صلة</h4><ul>'
                        + "".join(f'<li><a href="{esc(page.url_of(o))}"><img src="/media/thumbs/{o.key}.jpg" alt=""><span>{esc(o.title)}</span></a></li>' for o in rel)
                        + "</ul></div>")
    body.append(f'<p class="follow-line"><a href="https://news.google.com/publications/{hx(site.id, 12)}" target="_blank">تابعوا آخر الأخبار عبر حساب {esc(site.name)} على Google News</a></p>')
    tags = "".join(f'<li><a href="/tags/{esc(t)}" itemprop="keywords">{esc(t)}</a></li>' for t in L.tags_for(a))
    pop = "".join(f"<li><span class='n'>{i + 1}</span>{L.link(page, o)}</li>" for i, o in enumerate(page.others("b65-pop", 5)))
    cmt = "".join(f"<li><span class='n'>{i + 1}</span>{L.link(page, o)}</li>" for i, o in enumerate(page.others("b65-cmt", 5)))
    shr = "".join(f"<li><span class='n'>{i + 1}</span>{L.link(page, o)}</li>" for i, o in enumerate(page.others("b65-shr", 5)))
    grid = "".join(f'<div class="card"><a href="{esc(page.url_of(o))}"><img src="/media/thumbs/{o.key}.jpg" alt=""><h3>{esc(o.title)}</h3></a>'
                   f'<span class="card-date">{o.published.day}/{o.published.month}/{o.published.year}</span></div>'
                   for o in page.others("b65-grid", 6))
    k = rnd.randint(0, 3)
    cms = "".join(f'<li class="cmt"><div class="cmt-h"><b>{esc(rnd.choice(B5_NAMES))}</b> <span>{(d + dt.timedelta(hours=j + 1)):%d/%m/%Y %H:%M}</span></div>'
                  f'<p>{esc(rnd.choice(B5_COMMENTS))}</p><div class="cmt-v"><a href="#">أعجبني ({rnd.randint(0, 30)})</a> <a href="#">لم يعجبني ({rnd.randint(0, 9)})</a></div></li>'
                  for j in range(k))
    ticker = "".join(f'<li>{L.link(page, o)}</li>' for o in page.others("b65-tick", 6))
    nav = "".join(f'<li><a href="/section/{i}">{esc(s)}</a></li>' for i, s in enumerate(B5_NAV))
    return f"""{head(page, L.og(page).replace(chr(10) + '<meta property="article:published_time"', chr(10) + '<meta property="article:modified_time" content="' + upd.isoformat() + '+03:00"><meta property="article:published_time"') + chr(10) + f'<meta property="og:image" content="{esc(site.base)}/media/{d:%Y/%m}/{a.key}.jpg">', " - ")}
<body class="news-details">
<div class="top-strip"><div class="container"><span class="ts-city">الدوحة</span> <span class="ts-weather">{num(a.key, "deg", 36, 45)}&deg;</span>
<span class="ts-links"><a href="/pdf">النسخة الرقمية</a> <a href="/en">English</a> <a href="/apps">تطبيقاتنا</a> <a href="/subscribe">اشترك</a></span></div></div>
<header class="main-header"><div class="container"><a href="/" class="logo"><img src="/images/logo.svg" alt="{esc(site.name)}"></a>
<form action="/search" class="h-search"><input name="q" placeholder="ابحث في الموقع"></form></div>
<nav class="main-menu"><div class="container"><ul>{nav}</ul></div></nav></header>
<div class="news-ticker"><div class="container"><h5 class="nt-title">آخر الأخبار</h5><ul class="nt-list">{ticker}</ul></div></div>
<div class="container page-body"><div class="row">
<div class="col-lg-8 col-content">
<article class="news-article" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{d.isoformat()}+03:00">
<meta itemprop="dateModified" content="{upd.isoformat()}+03:00">
<meta itemprop="mainEntityOfPage" content="{esc(page.canonical)}">
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/section/{si}">{esc(B5_NAV[si])}</a></li></ol>
<h1 class="article-title" itemprop="headline">{esc(a.title)}</h1>
<ul class="article-tools">{"".join(tools)}</ul>
<figure class="article-figure"><img src="/media/{d:%Y/%m}/{a.key}.jpg" alt="{esc(a.title)}" itemprop="image"><figcaption>{esc(B5_CAPTIONS[num(a.key, "cap", 0, len(B5_CAPTIONS) - 1)])} <span class="fig-credit">({esc(B5_PHOTO[num(a.key, "ph", 0, len(B5_PHOTO) - 1)])})</span></figcaption></figure>
<div class="share-top"><a class="s-fb" href="https://www.facebook.com/sharer.php">فيسبوك</a><a class="s-tw" href="https://twitter.com/intent/tweet">تويتر</a><a class="s-wa" href="https://wa.me/?text=">واتساب</a><a class="s-ln" href="https://www.linkedin.com/shareArticle">لينكد إن</a><a class="s-cp" href="#copy">نسخ الرابط</a></div>
<div class="article-body" itemprop="articleBody">
{chr(10).join(body)}
</div>
<div class="article-tags"><h5>الوسوم</h5><ul>{tags}</ul></div>
<div class="share-bottom"><span>شارك الخبر</span> <a href="https://www.facebook.com/sharer.php">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://wa.me/?text=">واتساب</a> <a href="mailto:?subject=">البريد</a></div>
</article>
<section class="comments-box" id="comments"><h4>التعليقات ({k})</h4><ul class="cmt-list">{cms}</ul>
<form class="cmt-form"><input name="name" placeholder="الاسم"><input name="email" placeholder="البريد الإلكتروني"><textarea placeholder="اكتب تعليقك"></textarea><button>أضف تعليق</button></form>
<p class="cmt-rules">التعليقات المنشورة تعبر عن آراء أصحابها، ويحتفظ الموقع بحق حذف أي تعليق مسيء أو خارج عن موضوع الخبر.</p></section>
<section class="more-news"><h4>اقرأ المزيد من {esc(B5_NAV[si])}</h4><div class="cards">{grid}</div></section>
</div>
<div class="col-lg-4 col-side"><aside>
<div class="side-tabs"><ul class="tabs-nav"><li class="active"><a href="#t-pop">الأكثر قراءة</a></li><li><a href="#t-cmt">الأكثر تعليقاً</a></li><li><a href="#t-shr">الأكثر مشاركة</a></li></ul>
<ol id="t-pop" class="tab active">{pop}</ol><ol id="t-cmt" class="tab">{cmt}</ol><ol id="t-shr" class="tab">{shr}</ol></div>
<div class="side-ad"><span>إعلان</span></div>
<div class="newsletter-box"><h4>النشرة الإخبارية</h4><p>اشترك ليصلك ملخص أهم الأخبار يومياً</p><input type="email" placeholder="البريد الإلكتروني"><button>اشتراك</button></div>
</aside></div>
</div></div>
<footer class="main-footer"><div class="container"><ul class="f-links"><li><a href="/about">من نحن</a></li><li><a href="/editorial">هيئة التحرير</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/ads">الإعلانات</a></li></ul>
<p class="f-copy">&copy; {esc(site.name)} 2015 - الدوحة، قطر - جميع الحقوق محفوظة</p></div></footer>
</body></html>"""


LAYOUTS = {"b6_1": b6_1, "b6_2": b6_2, "b6_3": b6_3, "b6_4": b6_4, "b6_5": b6_5}
