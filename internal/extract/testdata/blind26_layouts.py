"""Blind test layouts (set 26) for newsfarm (--extra-layouts): five article
templates modelled on mainstream, high-traffic Arabic news sites and platforms
of kinds that no earlier layout file imitates, written without reading
Khabar's extractor. Each prints the whole page a reader gets: top bar, header
and menus, tickers, the article, the boxes real sites put inside the text,
and the lists, comments, sidebars and footer around it.

Of the suggested kinds, three were already imitated and are replaced: the
big Egyptian private daily (blind18's b18_1 Youm7 / Masrawy, blind4's b4_2),
the Saudi business daily (blind5's b5_5, with Argaam in b11_5 and Asharq
Business in b25_5) and the Iraqi / Syrian portal (b9_3, b10_1, b22_4, b23_5;
b11_4, b19_2). The syndication page here is a full-text licensed republish on
a portal (MSN), not the app aggregator's summary card of blind5's b5_4.

  b26_1  MSN-ARABIC (Microsoft Start) page REPUBLISHING a partner's story
         in full (the farm's site is the partner): <head data-client-settings>
         JSON, FAST/Fluent web components (<fluent-design-system-provider>,
         <msn-header> with a DECLARATIVE SHADOW ROOT <template
         shadowrootmode="open"> holding the Bing search, Riyadh weather chip
         and the topic menu); a «الأكثر رواجاً» strip; ABOVE the headline the
         partner bar (logo, the partner's name, «متابعة», follower count);
         under the headline the byline row «قصة بقلم» in its own span + the
         name alone in span.byline-name (only with an author), a dot and a
         RELATIVE age «منذ 3 ساعات» in <time datetime="…T11:32:07.000Z">
         (UTC; nothing absolute on screen), a reading time; reactions and
         comment counts. The text in div.article-body, CLAMPED by CSS with a
         «متابعة القراءة» button after it (all the text is in the HTML); the
         lead picture «© مقدم من <partner>», a native ad «إعلان» with a
         sponsor, a related-video card of another provider with duration.
         After it the partner card («المزيد من <partner>», «عرض على موقع
         <partner>»), reactions, comments with names and «منذ» ages, the
         «المزيد لك» feed of other providers' cards, sponsored cards, the
         Microsoft footer. JSON-LD NewsArticle datePublished UTC «Z».
  b26_2  SAUDI SPORTS DAILY's site (Arriyadiyah-like; one site is
         windows-1256): top bar with today's Hijri + Gregorian date and the
         print issue, a CLUB-LOGO bar of the league's fourteen clubs, a
         matches strip with scores, «عاجل» ticker; club chips and the
         competition kicker above the headline; a credits list under it:
         pen icon + the name alone in <a itemprop="author"> (only with an
         author) beside a camera icon «تصوير:» + a photographer (always: a
         distractor); the date «٩ أغسطس ٢٠١٥ م | ٠٢:٣٢ م» (Riyadh, 12-hour,
         Eastern digits on UTF-8 sites) with the print page; the minute with
         offset only in microdata <meta itemprop="datePublished" content="…
         +03:00">, no JSON-LD article. In the text an «اقرأ أيضاً» list, a
         «بالأرقام» club-facts box, a «شاهد» highlights video box and an
         «إعلان»; after it tags, share, a fans' poll with percentages, fans'
         comments (club badges, Riyadh dates, likes), last season's
         standings, top scorers, «كتاب <short>» columnists with column
         titles (names: distractors), caricature, footer.
  b26_3  LEBANESE TV CHANNEL's news site (MTV-Lebanon / LBCI-like; one site
         is windows-1256), BEIRUT time (EEST = UTC+3 in August 2015, the
         Riyadh wall clock): «مباشر» live button, English-site link, Beirut
         weather, WhatsApp-channel prompt, «خبر عاجل» bar with Beirut
         clocks; category, headline, the date as the channel prints it in
         ENGLISH month abbreviations «09 Aug 2015 | 14:32» (no zone). The
         credit in the channel's PRESS-HIGHLIGHTS form: the text opens with
         a bold line «كتب <span class="writer">name</span> في «<Lebanese
         paper>»:» (only with an author; the piece is then filed under «أبرز
         ما في الصحف»); pages without an author carry a TV-report video
         player (duration, «شاهد التقرير») above the text instead. In the
         text a bold red «إقرأ أيضاً» link paragraph, an «Advertisement»
         slot and an inline picture; after it hashtags, share, «آخر الأخبار»
         with Beirut clocks, most-read, the day's programme grid with show
         names and times, footer. JSON-LD datePublished in UTC (+00:00).
         No comments (the channel has none).
  b26_4  PAN-ARAB NEWS / LIFESTYLE HYBRID portal on DRUPAL 7 (Al-Bawaba-
         like, Amman, UTC+3 in August 2015): «English» link, nav mixing news
         with مشاهير / لايف ستايل / صحة وجمال / غرائب, a «ترند» hashtag bar;
         breadcrumb, section field, headline; Drupal's submitted block:
         the writer's picture, «بقلم» in its own span and the name alone in
         <a class="username"> (only with an author); the date in GMT
         «تاريخ النشر: 09 أغسطس 2015 - 11:32 GMT» (the day can roll back)
         in span.date-display-single; Drupal 7 RDFa <span property="dc:date
         dc:created" content="…T14:32:07+03:00" datatype="xsd:dateTime">
         and article:published_time in +03:00 (Amman); NO JSON-LD. Lead
         picture «(Shutterstock)». The body in field-name-body field-items
         with a «مواضيع ممكن أن تعجبك» thumbnail card, an outstream video
         ad «إعلان», a «شاهد الصور:» gallery teaser with a picture count and
         a «تابع القراءة أدناه» ad label; after it «الكلمات الدالة», share
         counts, a Taboola-like «محتوى مدعوم» block, most-read, celebrity
         gallery cards, newsletter, footer.
  b26_5  WEATHER PLATFORM's news article (ArabiaWeather-like, Saudi
         edition) built with ASTRO + TAILWIND: utility-class soup (no
         semantic classes), <astro-island> components with Astro-serialised
         props (a current-weather chip «الرياض 44° مشمس», the share bar);
         location switch, «ابحث عن مدينة», a weather ALERT banner
         («تنبيه: …»); a section pill, headline, the author row: avatar then
         the name alone in a <p> with a role line «محرر الأخبار» under it
         (only with an author; no label, no class), the date «9 أغسطس 2015،
         2:32 م» (Riyadh wall clock, no zone printed) in <time datetime=
         "…T11:32:07.000Z"> (UTC) and a reading time. In the text a
         three-day forecast widget for a Saudi city (day names, highs and
         lows, conditions), an «اقرأ أيضاً» card, an «إعلان» and an app
         promo in prose; after it tags, share, «أحدث أخبار الطقس», a Saudi
         cities temperature table, most-read, a country-edition footer.
         JSON-LD NewsArticle datePublished in UTC «Z».

Pages whose article has no author print no byline. The author string is
printed whole, exactly as the corpus gives it, as the only text of its
element (and as a JSON-LD Person / microdata author only where the page has
an author). Gold times are Asia/Riyadh (+03:00); b26_1 shows only a relative
age and carries UTC; b26_2 shows the Riyadh wall clock and carries +03:00;
b26_3 shows the Beirut = Riyadh wall clock and carries UTC; b26_4 shows GMT
and carries +03:00 (Amman); b26_5 shows the Riyadh wall clock and carries
UTC. The conversions are exact. Hijri dates follow Umm al-Qura (1 Shawwal
1436 = 17 July 2015). On windows-1256 sites, characters the charset lacks
are written as numeric character references (\\u escapes inside scripts).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts internal/extract/testdata/blind26_layouts.py \\
      --layouts b26_1,b26_2,b26_3,b26_4,b26_5 --out /work/blind26/pages
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
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


# --- helpers ---------------------------------------------------------------------------

def num(a, salt, lo, hi):
    """A stable per-article number (ids, counts, minutes)."""
    h = int(hashlib.md5((a.key + salt).encode()).hexdigest()[:8], 16)
    return lo + h % (hi - lo + 1)


def pick(a, salt, seq):
    return seq[num(a, salt, 0, len(seq) - 1)]


def utf(page):
    return page.site.encoding.lower().startswith("utf")


def dg(s, page):
    """Eastern Arabic digits where the page's charset has them (windows-1256 has none)."""
    return str(s).translate(EASTERN) if utf(page) else str(s)


def shift(d, hours):
    return d + dt.timedelta(hours=hours)


def iso_off(d, off):
    """Naive Riyadh time -> ISO string in the zone UTC+off."""
    t = shift(d, off - 3)
    sign = "+" if off >= 0 else "-"
    return t.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{abs(off):02d}:00"


def iso_z(d, ms=False):
    """Naive Riyadh time -> UTC ISO string with «Z»."""
    t = shift(d, -3)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if ms else "Z")


def h12(d, pad=True):
    h = d.hour % 12 or 12
    return (f"{h:02d}" if pad else f"{h}") + f":{d.minute:02d}"


def ampm(d, am="ص", pm="م"):
    return am if d.hour < 12 else pm


HIJRI_STARTS = [((1436, 9), dt.date(2015, 6, 18)), ((1436, 10), dt.date(2015, 7, 17)),
                ((1436, 11), dt.date(2015, 8, 15)), ((1436, 12), dt.date(2015, 9, 14))]


def hijri(d):
    """Umm al-Qura day, month name, year for a date."""
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


def jdump(obj):
    return json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")


def ldjson(obj):
    return '<script type="application/ld+json">' + jdump(obj) + "</script>"


def slug(text, n=6):
    return urllib.parse.quote("-".join(text.split()[:n]).replace("/", "-"))


def minutes_read(a):
    return max(1, round(len(a.text.split()) / 200))


def ago(minutes):
    """Relative age as Arabic sites print it, with the dual and plural forms."""
    if minutes < 60:
        n = max(1, minutes)
        if n == 1:
            return "منذ دقيقة"
        if n == 2:
            return "منذ دقيقتين"
        return f"منذ {n} {'دقائق' if n <= 10 else 'دقيقة'}"
    n = minutes // 60
    if n == 1:
        return "منذ ساعة"
    if n == 2:
        return "منذ ساعتين"
    return f"منذ {n} {'ساعات' if n <= 10 else 'ساعة'}"


def thousands(n):
    return f"{n:,}"


def compact(n):
    """Follower / like counts as portals abbreviate them: 1.2 ألف, 3.4 مليون."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} مليون".replace(".0 ", " ")
    if n >= 1000:
        return f"{n / 1000:.1f} ألف".replace(".0 ", " ")
    return str(n)


# --- b26_1: MSN-Arabic (Microsoft Start) republished partner story, UTC ---------------------

MSN_NAV = ["الأخبار", "الرياضة", "الترفيه", "المال", "الطقس", "نمط الحياة", "الصحة", "السيارات", "السفر",
           "الطعام والشراب", "الفيديو", "اللعب"]
MSN_PROVIDERS = ["سكاي نيوز عربية", "العربية", "CNN بالعربية", "إرم نيوز", "العين الإخبارية", "يورونيوز عربي",
                 "الخليج", "مصراوي", "الإمارات اليوم", "الشرق للأخبار", "بي بي سي عربي", "اليوم السابع"]
MSN_TRENDS = ["أسعار الذهب اليوم", "موجة الحر", "دوري روشن", "سعر الدولار", "طقس الرياض", "نتائج القبول الجامعي",
              "رحلات الصيف", "أسعار البنزين"]
MSN_SPONSORED = [("اكتشف عروض الصيف على الرحلات إلى جورجيا وأذربيجان", "رحلات الخليج"),
                 ("هذه السيارة الكهربائية الجديدة تفاجئ الجميع بسعرها في السعودية", "مراجعات السيارات"),
                 ("تعلم الإنجليزية في 15 دقيقة يوميا مع هذا التطبيق", "تطبيق تعلم"),
                 ("أطباء يكشفون: عادة صباحية بسيطة تحسن جودة النوم", "صحتك اليوم"),
                 ("أسعار الشقق في دبي قد تفاجئك في 2015", "عقارات الخليج")]
MSN_COMMENTS = [("Abu Faisal", "الله يوفق الجميع، خبر مهم وشكرا على النشر"),
                ("محمد العتيبي", "ننتظر التطبيق الفعلي على أرض الواقع"),
                ("Sara A.", "ياليت يكون فيه تفاصيل أكثر عن الموضوع"),
                ("خالد", "المصدر موثوق؟ أحد يأكد الخبر"),
                ("Ahmed Alharbi", "خطوة ممتازة ونتمنى الاستمرار"),
                ("نورة", "كل يوم نسمع نفس الكلام، المهم النتائج")]
MSN_REACTIONS = ["أعجبني", "مثير للاهتمام", "مضحك", "محزن", "مثير للغضب"]


def msn_id(a, salt=""):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    h = int(hashlib.sha1((a.key + salt).encode()).hexdigest(), 16)
    out = []
    for _ in range(6):
        h, r = divmod(h, len(alphabet))
        out.append(alphabet[r])
    return "AA1" + "".join(out)


def layout_b26_1(page):
    """MSN-Arabic republished partner story: partner bar above the headline, «قصة بقلم» + name and a
    relative age (UTC <time>) under it, the text CSS-clamped before «متابعة القراءة», header chrome in
    a declarative shadow root, feed and sponsored cards after it."""
    a, site = page.article, page.site
    d = a.published
    age = num(a, "age", 35, 20 * 60)  # minutes between publication and this render
    cid = msn_id(a)
    pid = "BB" + msn_id(a, "prov")[3:] + "x"
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    boxes = []
    sp_title, sp_brand = pick(a, "sp", MSN_SPONSORED)
    boxes.append((ratio_at(blocks, 0.35) if len(blocks) > 2 else 99,
                  f'<div class="native-ad" data-t=\'{{"n":"nativead","b":"{a.n % 7}"}}\'><span class="ad-label">إعلان</span>'
                  f'<a href="https://ad.example/click?c={num(a, "adc", 1000, 9999)}" rel="sponsored nofollow"><img src="https://img-s-msn-com.akamaized.net/tenant/amp/entityid/AAnat{num(a, "adi", 100, 999)}.img" alt="">'
                  f'<span class="ad-title">{sp_title}</span><span class="ad-brand">{sp_brand} · برعاية</span></a></div>'))
    v = page.others("video", 1)
    if v and len(blocks) > 3:
        v = v[0]
        prov = pick(v, "vp", MSN_PROVIDERS)
        boxes.append((ratio_at(blocks, 0.65),
                      f'<div class="inline-video" data-video-id="{msn_id(v, "vid")}"><div class="video-thumb"><img src="/ar-sa/video/thumb/{v.key}.jpg" alt="">'
                      f'<span class="play">تشغيل</span><span class="duration">{num(v, "vm", 0, 3)}:{num(v, "vs", 10, 59):02d}</span></div>'
                      f'<div class="video-meta"><span class="video-label">فيديو ذو صلة</span><a href="/ar-sa/video/news/{v.key}">{esc(v.title)}</a>'
                      f'<span class="video-provider">{prov}</span></div></div>'))
    body = weave(blocks, boxes)
    byline = ""
    if a.author:
        byline = (f'<span class="byline-label">قصة بقلم</span> <span class="byline-name">{esc(a.author)}</span>'
                  '<span class="byline-dot" aria-hidden="true">•</span>')
    followers = num(a, "fol", 12000, 2400000)
    likes = num(a, "lk", 3, 900)
    k = num(a, "nc", 0, 5)
    coms = []
    for j in range(k):
        nm, tx = MSN_COMMENTS[(num(a, "cu", 0, 5) + j) % len(MSN_COMMENTS)]
        cage = max(1, age - num(a, f"c{j}", 5, max(6, age - 1)))
        coms.append(f'<li class="comment"><div class="comment-head"><span class="comment-user">{esc(nm)}</span>'
                    f'<span class="comment-age">{ago(cage)}</span></div><p class="comment-text">{esc(tx)}</p>'
                    f'<div class="comment-actions"><button>رد</button><button>أعجبني {num(a, f"cl{j}", 0, 40)}</button></div></li>')
    more_partner = "".join(f'<li><a href="/ar-sa/news/other/{slug(o.title, 5)}/ar-{msn_id(o)}">{esc(o.title)}</a></li>'
                           for o in page.others("partner", 4))
    feed = []
    for j, o in enumerate(page.others("feed", 8)):
        prov = MSN_PROVIDERS[(num(a, "fp", 0, 11) + j) % len(MSN_PROVIDERS)]
        feed.append(f'<div class="feed-card"><a href="/ar-sa/news/other/{slug(o.title, 5)}/ar-{msn_id(o)}">'
                    f'<img src="https://img-s-msn-com.akamaized.net/tenant/amp/entityid/{msn_id(o, "img")}.img" alt="">'
                    f'<span class="card-provider">{prov}</span><h3 class="card-title">{esc(o.title)}</h3></a>'
                    f'<span class="card-age">{ago(num(o, "fa", 20, 900))}</span></div>')
        if j == 3:
            t2, b2 = MSN_SPONSORED[(num(a, "sp2", 0, 4) + 1) % len(MSN_SPONSORED)]
            feed.append(f'<div class="feed-card sponsored"><a href="https://ad.example/click?c={num(a, "ad2", 1000, 9999)}" rel="sponsored nofollow">'
                        f'<span class="card-provider">{b2} · برعاية</span><h3 class="card-title">{t2}</h3></a></div>')
    trends = "".join(f'<li><a href="https://www.bing.com/search?q={urllib.parse.quote(t)}">{t}</a></li>'
                     for t in MSN_TRENDS[num(a, "tr", 0, 3):][:5])
    nav = "".join(f'<li><a href="/ar-sa/{slug(n, 2)}">{n}</a></li>' for n in MSN_NAV)
    reactions = "".join(f'<button class="reaction" data-r="{j}">{r} <span>{num(a, "re" + r, 0, likes)}</span></button>'
                        for j, r in enumerate(MSN_REACTIONS))
    settings = {"servicesEndpoints": {"contentApi": "https://assets.msn.com/content/view/v2/Detail/ar-sa/"},
                "bundleInfo": {"v": "20150809.412", "alias": "articlepage"}, "pagetype": "article",
                "locale": {"language": "ar", "market": "sa", "content": {"language": "ar", "market": "sa"}},
                "content": {"id": cid, "type": "article", "providerId": pid, "provider": site.name,
                            "wordCount": len(a.text.split()), "category": "news"},
                "ocid": "msedgntp", "apptype": "edgeChromium", "featureFlags": {"clampBody": True, "comments": "ow"}}
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso_z(d, ms=True), "dateModified": iso_z(d, ms=True),
          "mainEntityOfPage": page.canonical, "inLanguage": "ar-SA",
          "image": [f"https://img-s-msn-com.akamaized.net/tenant/amp/entityid/{cid}.img"],
          "publisher": {"@type": "Organization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"https://img-s-msn-com.akamaized.net/tenant/amp/entityid/{pid}.img"}},
          "provider": {"@type": "Organization", "name": "MSN"}}
    if a.author:
        ld["author"] = [{"@type": "Person", "name": a.author}]
    header_shadow = f"""<template shadowrootmode="open">
<style>:host{{display:block;height:56px}}.bar{{display:flex;align-items:center;gap:16px}}</style>
<div class="bar" part="bar">
<a class="brand" href="/ar-sa" aria-label="MSN"><svg width="60" height="20" aria-hidden="true"></svg></a>
<form class="search" action="https://www.bing.com/search" role="search"><input name="q" type="search" placeholder="البحث في الويب" aria-label="البحث في الويب"><input type="hidden" name="form" value="MSNH14"><button aria-label="بحث">بحث</button></form>
<a class="weather-chip" href="/ar-sa/weather/forecast/in-الرياض"><span class="wx-icon">☀</span><span class="wx-temp">44°</span><span class="wx-city">الرياض</span></a>
<button class="settings" aria-label="الإعدادات">الإعدادات</button>
<a class="signin" href="https://login.live.com/">تسجيل الدخول</a>
</div>
<nav class="topics" aria-label="القائمة"><ul><li><a href="/ar-sa">الصفحة الرئيسية</a></li>{nav}</ul></nav>
</template>"""
    out = f"""<!DOCTYPE html>
<html lang="ar-sa" dir="rtl">
<head data-client-settings="{esc(json.dumps(settings, ensure_ascii=False))}" data-info="f:msnallexpusers,prg-1sw-clamp;">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="https://img-s-msn-com.akamaized.net/tenant/amp/entityid/{cid}.img">
<meta property="og:site_name" content="MSN">
<meta name="twitter:card" content="summary_large_image">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta name="msapplication-TileColor" content="#ffffff">
{ldjson(ld)}
<link rel="preconnect" href="https://assets.msn.com">
<link rel="stylesheet" href="https://assets.msn.com/bundles/v1/edgeChromium/latest/common.0b1a7c.css">
<script>window._pageTimings={{"TTJSStart":Math.round(performance.now())}};window._clientSettings=document.head.dataset.clientSettings;</script>
<style>.article-body.collapsed{{max-height:1400px;overflow:hidden;-webkit-mask-image:linear-gradient(#000 80%,transparent)}}</style>
</head>
<body class="article-page" data-locale="ar-sa">
<fluent-design-system-provider base-layer-luminance="1" direction="rtl">
<msn-header id="header" role="banner">
{header_shadow}
</msn-header>
<div class="trending-strip"><span class="trending-title">الأكثر رواجاً</span><ul>{trends}</ul></div>
<main id="main" class="article-layout">
<div class="article-column">
<div class="provider-bar">
<a class="provider-logo" href="/ar-sa/channel/source/{slug(site.name, 3)}/sr-vid-{pid.lower()}"><img src="https://img-s-msn-com.akamaized.net/tenant/amp/entityid/{pid}.img" alt="{esc(site.name)}" width="24" height="24"></a>
<a class="provider-name" href="/ar-sa/channel/source/{slug(site.name, 3)}/sr-vid-{pid.lower()}">{esc(site.name)}</a>
<button class="follow-button" data-t='{{"n":"follow"}}'>متابعة</button>
<span class="follower-count">{compact(followers)} من المتابعين</span>
</div>
<h1 class="article-title" id="ArticleTitle">{esc(a.title)}</h1>
<div class="byline-row">
{byline}<time class="article-age" datetime="{iso_z(d, ms=True)}">{ago(age)}</time>
<span class="byline-dot" aria-hidden="true">•</span><span class="read-time">قراءة {minutes_read(a)} دقيقة</span>
</div>
<div class="action-bar"><button class="like">أعجبني <span>{likes}</span></button> <a class="comments-link" href="#comments">التعليقات <span>{k}</span></a> <button class="share">مشاركة</button> <button class="save">حفظ</button></div>
<figure class="lead-image"><img src="https://img-s-msn-com.akamaized.net/tenant/amp/entityid/{cid}.img?w=768&amp;h=432" alt="{esc(short(a.title, 6))}">
<figcaption><span class="caption-text">{esc(short(a.title, 8))}</span> <span class="image-credit">© مقدم من {esc(site.name)}</span></figcaption></figure>
<div class="article-body collapsed" id="ArticleBody" data-clamp="true">
{body}
</div>
<div class="continue-reading"><button class="continue-reading-button" data-t='{{"n":"ContinueReading"}}'>متابعة القراءة</button></div>
<section class="partner-card"><div class="partner-head"><img src="https://img-s-msn-com.akamaized.net/tenant/amp/entityid/{pid}.img" alt="" width="40" height="40">
<div><span class="partner-name">{esc(site.name)}</span><span class="partner-followers">{compact(followers)} من المتابعين</span></div><button class="follow-button">متابعة</button></div>
<h2>المزيد من {esc(site.name)}</h2><ul>{more_partner}</ul>
<a class="view-on-partner" href="{esc(page.canonical)}">عرض على موقع {esc(site.name)}</a></section>
<div class="reactions"><span class="reactions-title">ما رأيك في هذه القصة؟</span>{reactions}</div>
<div class="feedback"><button>إرسال ملاحظات</button> <button>الإبلاغ عن مشكلة</button></div>
<section class="comments" id="comments"><h2>التعليقات ({k})</h2>
<ol>{"".join(coms) or '<li class="empty">كن أول من يعلّق.</li>'}</ol>
<div class="comment-box"><textarea placeholder="ما رأيك؟"></textarea><button>نشر</button></div>
<p class="community-note">بنشر تعليقك، فإنك توافق على إرشادات المجتمع. قد تتم إزالة التعليقات التي تخالف الإرشادات.</p></section>
</div>
<aside class="right-rail"><div class="ad-slot rail"><span class="ad-label">إعلان</span></div>
<div class="weather-card"><h3>الطقس</h3><p>الرياض 44° مشمس</p><p>العليا 45° الدنيا 31°</p><a href="/ar-sa/weather">التوقعات الكاملة</a></div>
<div class="markets-card"><h3>الأسواق</h3><ul><li>تاسي 8,712.41 -0.41%</li><li>برنت 49.52 +0.45%</li><li>الذهب 1,094.10 +0.12%</li><li>USD/SAR 3.7504</li></ul></div></aside>
</main>
<section class="feed" aria-label="المزيد لك"><h2>المزيد لك</h2><div class="feed-grid">{"".join(feed)}</div></section>
<footer class="site-footer" role="contentinfo">
<ul><li><a href="https://go.microsoft.com/fwlink/?LinkId=521839">الخصوصية وملفات تعريف الارتباط</a></li><li><a href="https://go.microsoft.com/fwlink/?LinkID=246338">شروط الاستخدام</a></li><li><a href="/ar-sa/adchoices">الإعلانات</a></li><li><a href="#feedback">ملاحظات</a></li><li><a href="/ar-sa/privacy-choices">خيارات الخصوصية لديك</a></li></ul>
<p>© 2015 Microsoft</p>
</footer>
</fluent-design-system-provider>
<script src="https://assets.msn.com/bundles/v1/edgeChromium/latest/experience.4c1e2f.js" defer></script>
</body>
</html>"""
    return finish(out, page)


# --- b26_2: Saudi sports daily (Arriyadiyah-like), Riyadh (UTC+3) --------------------------

SP_CLUBS = [("الهلال", "hilal"), ("النصر", "nassr"), ("الأهلي", "ahli"), ("الاتحاد", "ittihad"),
            ("الشباب", "shabab"), ("الفتح", "fateh"), ("التعاون", "taawoun"), ("الفيصلي", "faisaly"),
            ("الرائد", "raed"), ("القادسية", "qadsiah"), ("الخليج", "khaleej"), ("نجران", "najran"),
            ("الوحدة", "wehda"), ("هجر", "hajer")]
SP_NAV = ["الرئيسية", "دوري عبد اللطيف جميل", "كأس ولي العهد", "كأس الملك", "المنتخب السعودي", "دوري أبطال آسيا",
          "الكرة العالمية", "الألعاب المختلفة", "سوق الانتقالات", "كتاب الرياضية", "كاريكاتير", "فيديو"]
SP_KICKERS = ["دوري عبد اللطيف جميل", "سوق الانتقالات", "المنتخب السعودي", "معسكرات الأندية", "كأس ولي العهد",
              "دوري أبطال آسيا"]
SP_PHOTOGRAPHERS = ["سعد الغامدي", "عبد الله الرشيد", "فهد العنزي", "ماجد الشمري", "محمد السهلي"]
SP_WRITERS = [("فيصل الشهري", "تمريرة حاسمة"), ("عادل الزهراني", "خارج الخط"), ("حمد السبيعي", "ضربة حرة"),
              ("ياسر العنزي", "بين الشوطين"), ("بندر المطيري", "الوقت بدل الضائع"), ("سلطان القحطاني", "من المدرجات")]
SP_FANS = [("أبو سعود", "hilal", "الله يوفق الزعيم، الموسم هذا لنا بإذن الله"),
           ("نصراوي وأفتخر", "nassr", "العالمي جاهز والبطولة باقية في الرياض"),
           ("راقي", "ahli", "الأهلي يحتاج صفقة محور قوية قبل بداية الدوري"),
           ("عميد", "ittihad", "الإدارة لازم تحل مشكلة الرواتب قبل أي شيء"),
           ("ليث", "shabab", "الشباب فريق يلعب كورة حلوة بس ينقصه الاستقرار"),
           ("متابع رياضي", "", "خبر جميل والمعسكر هذا بيفرق كثير في بداية الموسم")]
SP_STANDINGS = [("النصر", 26, 65), ("الأهلي", 26, 57), ("الهلال", 26, 54), ("الاتحاد", 26, 50), ("الشباب", 26, 37),
                ("الرائد", 26, 33), ("الفتح", 26, 32), ("التعاون", 26, 31), ("الخليج", 26, 30), ("الفيصلي", 26, 29)]
SP_SCORERS = [("عمر السومة", "الأهلي", 22), ("محمد السهلاوي", "النصر", 21), ("ناصر الشمراني", "الهلال", 15),
              ("مختار فلاتة", "الاتحاد", 13), ("يوسف السالم", "الهلال", 10)]
SP_FACTS = {
    "hilal": ["14 لقبا في الدوري", "6 ألقاب في كأس ولي العهد", "أكثر الأندية السعودية تتويجا قاريا"],
    "nassr": ["8 ألقاب في الدوري", "بطل الدوري في آخر موسمين", "أول ناد سعودي يشارك في كأس العالم للأندية"],
    "ahli": ["13 لقبا في كأس الملك", "وصيف الدوري في الموسم الماضي", "أكاديمية تضم 400 لاعب"],
    "ittihad": ["بطل آسيا مرتين", "8 ألقاب في الدوري", "أكثر من 90 عاما من التاريخ"],
}


def sp_club(a, salt):
    return SP_CLUBS[num(a, salt, 0, len(SP_CLUBS) - 1)]


def layout_b26_2(page):
    """Saudi sports daily: club chips above the headline, a credits list (pen icon + linked writer,
    camera + photographer), Riyadh 12-hour date, microdata datePublished; numbers box, highlights
    video and read-also list in the text; poll, fans' comments, standings and columnists around it."""
    a, site = page.article, page.site
    d = a.published
    hd, hm, hy = hijri(d)
    kicker = pick(a, "kick", SP_KICKERS)
    c1 = sp_club(a, "c1")
    c2 = SP_CLUBS[(SP_CLUBS.index(c1) + num(a, "c2", 1, 13)) % len(SP_CLUBS)]
    photographer = pick(a, "ph", SP_PHOTOGRAPHERS)
    issue = 4420 + (d.date() - dt.date(2015, 7, 21)).days
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    boxes = []
    ra = page.others("read_also", 3)
    if ra:
        items = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in ra)
        boxes.append((0 if len(blocks) < 4 else 1,
                      f'<div class="related-inline"><div class="related-inline__title">اقرأ أيضاً</div><ul>{items}</ul></div>'))
    facts_club = c1 if c1[1] in SP_FACTS else ("الهلال", "hilal")
    facts = "".join(f"<li>{f}</li>" for f in SP_FACTS[facts_club[1]])
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 3 else 99,
                  f'<aside class="numbers-box club-{facts_club[1]}"><h4>{facts_club[0]} بالأرقام</h4><ul>{facts}</ul></aside>'))
    boxes.append((ratio_at(blocks, 0.6) if len(blocks) > 4 else 99,
                  f'<div class="ad-inarticle"><span class="ad-inarticle__label">إعلان</span><div id="div-gpt-ad-rs-mid-{a.n}"></div></div>'))
    v = page.others("video", 1)
    if v:
        v = v[0]
        boxes.append((ratio_at(blocks, 0.8) if len(blocks) > 2 else 99,
                      f'<div class="video-box"><span class="video-box__label">شاهد</span><a href="/video/{v.n}">'
                      f'<img src="/media/video/{v.key}.jpg" alt=""><span class="video-box__title">{esc(v.title)}</span></a>'
                      f'<span class="video-box__time">{num(v, "vm", 1, 6)}:{num(v, "vs", 10, 59):02d}</span></div>'))
    body = weave(blocks, boxes)
    credits = []
    if a.author:
        credits.append(f'<li class="credits__item credits__item--writer"><i class="ico ico-pen" aria-hidden="true"></i>'
                       f'<a itemprop="author" href="/writers/{num(a, "wid", 100, 3999)}">{esc(a.author)}</a></li>')
    credits.append(f'<li class="credits__item credits__item--photo"><i class="ico ico-camera" aria-hidden="true"></i>'
                   f'<span>تصوير: {photographer}</span></li>')
    date_vis = (f'<span class="news-date__day">{dg(d.day, page)} {MONTHS[d.month - 1]} {dg(d.year, page)} م</span>'
                f' | <span class="news-date__time">{dg(h12(d), page)} {ampm(d)}</span>')
    upd = d + dt.timedelta(minutes=num(a, "upd", 6, 200))
    club_bar = "".join(f'<li><a href="/club/{c}" class="club-logo club-{c}" title="{n}"><img src="/images/clubs/{c}.png" alt="{n}"></a></li>'
                       for n, c in SP_CLUBS)
    matches = []
    for j in range(4):
        h_, g_ = SP_CLUBS[(num(a, "m", 0, 13) + 2 * j) % 14], SP_CLUBS[(num(a, "m", 0, 13) + 2 * j + 5) % 14]
        if j < 2:
            res = f'<span class="score">{num(a, f"s{j}a", 0, 4)} - {num(a, f"s{j}b", 0, 3)}</span><span class="state">انتهت</span>'
        else:
            res = f'<span class="score">- : -</span><span class="state">{dg(f"{19 + j}:{15 * j:02d}", page)}</span>'
        matches.append(f'<li class="match"><span class="comp">ودية</span><span class="team">{h_[0]}</span>{res}<span class="team">{g_[0]}</span></li>')
    nav = "".join(f'<li><a href="/section/{slug(n, 3)}">{n}</a></li>' for n in SP_NAV)
    ticker = "".join(f'<li>{L.link(page, o)}</li>' for o in page.others("ticker", 5))
    tags = "".join(f'<a class="tag" href="/tags/{esc(t)}">{esc(t)}</a>' for t in [c1[0], c2[0]] + L.tags_for(a)[:3])
    poll_q = f"من الأقرب للقب الدوري هذا الموسم؟"
    p1 = num(a, "p1", 20, 55)
    p2 = num(a, "p2", 10, 90 - p1 - 5)
    p3 = 100 - p1 - p2
    k = num(a, "nc", 0, 5)
    coms = []
    for j in range(k):
        nm, club, tx = SP_FANS[(num(a, "cu", 0, 5) + j) % len(SP_FANS)]
        ct = d + dt.timedelta(minutes=num(a, f"c{j}", 8, 80) + 41 * j)
        badge = f'<span class="fan-badge club-{club}"></span>' if club else ""
        coms.append(f'<li class="comment">{badge}<span class="comment__name">{esc(nm)}</span>'
                    f'<span class="comment__date">{dg(ct.strftime("%Y/%m/%d"), page)} - {dg(h12(ct), page)} {ampm(ct)}</span>'
                    f'<p class="comment__text">{esc(tx)}</p><span class="comment__votes">👍 {num(a, f"cv{j}", 0, 120)} 👎 {num(a, f"cd{j}", 0, 30)}</span></li>')
    standings = "".join(f'<tr><td>{i + 1}</td><td>{n}</td><td>{p}</td><td>{pts}</td></tr>' for i, (n, p, pts) in enumerate(SP_STANDINGS))
    scorers = "".join(f'<li><span class="name">{n}</span> <span class="club">{c}</span> <span class="goals">{g}</span></li>' for n, c, g in SP_SCORERS)
    writers = "".join(f'<li><img src="/images/writers/w{i}.jpg" alt=""><span class="writer-name">{w}</span>'
                      f'<a href="/articles/{num(a, w, 50000, 99999)}">{t}</a></li>' for i, (w, t) in enumerate(SP_WRITERS[:5]))
    popular = "".join(f'<li>{L.link(page, o)}</li>' for o in page.others("popular", 6))
    site_ld = {"@context": "https://schema.org", "@type": "WebSite", "url": site.base + "/",
               "potentialAction": {"@type": "SearchAction", "target": site.base + "/search?q={search_term_string}",
                                   "query-input": "required name=search_term_string"}}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta name="keywords" content="{esc('، '.join([c1[0], c2[0]] + L.tags_for(a)))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/media/news/2015/08/{a.key}.jpg">
<meta property="og:site_name" content="{esc(site.name)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@sportsdaily">
{ldjson(site_ld)}
<link rel="stylesheet" href="/assets/css/app.rtl.min.css?v=2.8.4">
<script>var googletag=googletag||{{}};googletag.cmd=googletag.cmd||[];var pageCategory="{esc(kicker)}";</script>
</head>
<body class="page-news">
<div class="top-bar"><span class="top-bar__date">{WEEKDAYS[d.weekday()]} {dg(hd, page)} {hm} {dg(hy, page)}هـ | {dg(d.day, page)} {MONTHS[d.month - 1]} {dg(d.year, page)}م</span>
<a class="top-bar__pdf" href="/pdf/{issue}">النسخة الورقية - العدد {dg(issue, page)}</a>
<span class="top-bar__apps"><a href="https://itunes.apple.com/">App Store</a> <a href="https://play.google.com/">Google Play</a></span>
<span class="top-bar__social"><a href="https://twitter.com/">تويتر</a> <a href="https://www.instagram.com/">إنستقرام</a> <a href="https://www.youtube.com/">يوتيوب</a> <a href="https://www.snapchat.com/">سناب شات</a></span></div>
<header class="masthead"><a class="masthead__logo" href="/"><img src="/assets/img/logo.svg" alt="{esc(site.name)}"></a>
<div class="masthead__ad"><span>إعلان</span></div></header>
<ul class="clubs-bar">{club_bar}</ul>
<nav class="main-nav"><ul>{nav}</ul><form class="search" action="/search"><input name="q" placeholder="ابحث في {esc(site.short)}"></form></nav>
<div class="matches-strip"><span class="matches-strip__title">مباريات</span><ul>{"".join(matches)}</ul></div>
<div class="breaking"><span class="breaking__label">عاجل</span><ul>{ticker}</ul></div>
<div class="container">
<main class="col-main">
<article class="news" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{iso_off(d, 3)}">
<meta itemprop="dateModified" content="{iso_off(upd, 3)}">
<meta itemprop="mainEntityOfPage" content="{esc(page.canonical)}">
<div class="news__clubs"><a class="club-chip club-{c1[1]}" href="/club/{c1[1]}">{c1[0]}</a><a class="club-chip club-{c2[1]}" href="/club/{c2[1]}">{c2[0]}</a></div>
<a class="news__kicker" href="/section/{slug(kicker, 3)}">{esc(kicker)}</a>
<h1 class="news__title" itemprop="headline">{esc(a.title)}</h1>
<ul class="credits">{"".join(credits)}</ul>
<div class="news-date"><i class="ico ico-clock" aria-hidden="true"></i>{date_vis}
<span class="news-print">نشر في العدد {dg(issue, page)} - صفحة {dg(num(a, "pg", 2, 24), page)}</span></div>
<div class="news__tools"><a href="#font-up">A+</a> <a href="#font-down">A-</a> <a href="#print">طباعة</a> <span class="views">{dg(thousands(num(a, "vw", 300, 60000)), page)} مشاهدة</span></div>
<figure class="news__image"><img itemprop="image" src="/media/news/2015/08/{a.key}.jpg" alt="{esc(short(a.title, 6))}"><figcaption>{esc(short(a.title, 8))} (تصوير: {photographer})</figcaption></figure>
<div class="news__body" itemprop="articleBody">
{body}
</div>
<div class="news__tags"><span>الوسوم</span>{tags}</div>
<div class="news__share"><a href="https://twitter.com/intent/tweet">تويتر</a> <a href="whatsapp://send">واتساب</a> <a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a> <a href="https://www.snapchat.com/">سناب شات</a> <button class="copy-link">نسخ الرابط</button></div>
</article>
<section class="poll"><h3>استفتاء</h3><p class="poll__q">{poll_q}</p>
<ul><li>{c1[0]} <span>{dg(p1, page)}%</span></li><li>{c2[0]} <span>{dg(p2, page)}%</span></li><li>فريق آخر <span>{dg(p3, page)}%</span></li></ul>
<span class="poll__votes">{dg(thousands(num(a, "pv", 900, 40000)), page)} صوت</span></section>
<section class="comments"><h3>تعليقات الجماهير ({dg(k, page)})</h3>
<ol>{"".join(coms) or '<li class="comments__empty">لا توجد تعليقات</li>'}</ol>
<p class="comments__rules">التعليقات تعبر عن آراء أصحابها. يمنع التعصب والإساءة للأندية واللاعبين والحكام، ويحق للصحيفة حذف أي تعليق مخالف.</p>
<form class="comments__form"><input placeholder="الاسم"><select><option>ميولك</option><option>هلالي</option><option>نصراوي</option><option>أهلاوي</option><option>اتحادي</option></select><textarea placeholder="اكتب تعليقك"></textarea><button>إرسال</button></form></section>
<section class="more-news"><h3>المزيد من {esc(kicker)}</h3><ul>{"".join(f'<li>{L.link(page, o)}</li>' for o in page.others("similar", 6))}</ul></section>
</main>
<aside class="col-side">
<section class="standings"><h3>ترتيب دوري عبد اللطيف جميل - الموسم الماضي 2014-2015</h3>
<table><tr><th>#</th><th>الفريق</th><th>لعب</th><th>نقاط</th></tr>{standings}</table></section>
<section class="scorers"><h3>الهدافون</h3><ol>{scorers}</ol></section>
<section class="columnists"><h3>كتاب {esc(site.short)}</h3><ul>{writers}</ul></section>
<section class="most-read"><h3>الأكثر قراءة</h3><ol>{popular}</ol></section>
<section class="caricature"><h3>كاريكاتير</h3><img src="/media/caricature/2015/08/{d:%d}.jpg" alt=""></section>
</aside>
</div>
<footer class="footer"><ul><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/ads">الإعلانات</a></li><li><a href="/subscribe">الاشتراكات</a></li><li><a href="/privacy">سياسة الخصوصية</a></li></ul>
<p>{esc(site.name)} - صحيفة رياضية يومية تصدر من الرياض</p><p>جميع الحقوق محفوظة &copy; 2015</p></footer>
</body>
</html>"""
    return finish(out, page)


# --- b26_3: Lebanese TV channel's news site (MTV-Lebanon / LBCI-like), Beirut (UTC+3) -----------

LB_NAV = ["الرئيسية", "أخبار لبنان", "إقليمي ودولي", "أمن وقضاء", "اقتصاد", "أبرز ما في الصحف", "مقدمات النشرات",
          "رياضة", "صحة", "منوعات", "فيديو", "البرامج"]
LB_SECTIONS = ["أخبار لبنان", "إقليمي ودولي", "اقتصاد", "إقليمي ودولي", "رياضة", "منوعات"]
LB_PAPERS = ["النهار", "الأخبار", "السفير", "الجمهورية", "اللواء", "الديار", "البناء", "المستقبل"]
LB_SHOWS = [("نهاركم سعيد", "07:30"), ("الأخبار الظهيرة", "12:00"), ("حوار الساعة", "17:00"),
            ("نشرة الأخبار المسائية", "19:45"), ("المشهد اللبناني", "21:30"), ("حكي جالس", "22:45")]
LB_HASHTAGS = ["#لبنان", "#بيروت", "#أخبار", "#عاجل", "#الخليج", "#السعودية"]


def lb_stamp(d):
    return f"{d.day:02d} {EN_MONTHS[d.month - 1]} {d.year} | {d:%H:%M}"


def layout_b26_3(page):
    """Lebanese TV channel news site: English-month Beirut stamp under the headline, the credit in a
    press-highlights opening line «كتب <writer> في «paper»:» (authored pieces only), a TV-report
    player on the others; read-also, ad and picture in the text; JSON-LD in UTC."""
    a, site = page.article, page.site
    d = a.published  # Beirut, EEST (UTC+3) in August 2015 = Riyadh wall clock
    press = bool(a.author)
    sec = "أبرز ما في الصحف" if press else pick(a, "sec", LB_SECTIONS)
    paper = pick(a, "paper", LB_PAPERS)
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    ra = page.others("read_also", 1)
    if ra:
        o = ra[0]
        boxes.append((1 if len(blocks) > 2 else 99,
                      f'<p class="read-also" style="color:#c00"><strong>إقرأ أيضاً: <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></strong></p>'))
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 3 else 99,
                  f'<div class="ad-container ad-inarticle"><span class="ad-label">Advertisement</span><div id="gpt-ad-article-{a.n}"></div></div>'))
    if len(blocks) > 4:
        boxes.append((ratio_at(blocks, 0.75),
                      f'<figure class="inline-image"><img src="/Library/Files/Uploaded%20Files/2015/08/{a.key}-2.jpg" alt="">'
                      f'<figcaption>{esc(short(a.title, 7))}</figcaption></figure>'))
    body = weave(blocks, boxes)
    intro = ""
    if press:
        intro = f'<p class="press-intro"><strong>كتب <span class="writer">{esc(a.author)}</span> في «{paper}»:</strong></p>\n'
    top_media = ""
    if not press:
        top_media = (f'<div class="video-player" data-video-id="{num(a, "vid", 100000, 999999)}"><video poster="/Library/Files/Uploaded%20Files/2015/08/{a.key}.jpg" controls preload="none">'
                     f'<source src="/video/{a.key}.mp4" type="video/mp4"></video>'
                     f'<div class="video-caption"><span class="vlabel">شاهد التقرير</span> <span class="vdur">{num(a, "vm", 1, 4):02d}:{num(a, "vs", 10, 59):02d}</span></div></div>')
    else:
        top_media = (f'<figure class="main-image"><img src="/Library/Files/Uploaded%20Files/2015/08/{a.key}.jpg" alt="">'
                     f'<figcaption>صورة أرشيفية</figcaption></figure>')
    nav = "".join(f'<li><a href="/news/categories/{slug(n, 3)}">{n}</a></li>' for n in LB_NAV)
    breaking = "".join(f'<li><span class="btime">{o.published:%H:%M}</span> {L.link(page, o)}</li>' for o in page.others("ticker", 5))
    latest = "".join(f'<li><span class="ltime">{o.published:%H:%M}</span> {L.link(page, o)}</li>' for o in page.others("latest", 8))
    popular = "".join(f'<li>{L.link(page, o)}</li>' for o in page.others("popular", 5))
    shows = "".join(f'<li><span class="show-time">{t}</span> <span class="show-name">{n}</span></li>' for n, t in LB_SHOWS)
    tags = " ".join(f'<a href="/hashtag/{urllib.parse.quote(h[1:])}">{h}</a>' for h in LB_HASHTAGS[:3] + ["#" + t for t in L.tags_for(a)[:2]])
    upd = d + dt.timedelta(minutes=num(a, "upd", 4, 120))
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso_off(d, 0), "dateModified": iso_off(upd, 0), "articleSection": sec,
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical},
          "image": [f"{site.base}/Library/Files/Uploaded%20Files/2015/08/{a.key}.jpg"],
          "publisher": {"@type": "Organization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/images/logo.png"}}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="alternate" hreflang="en" href="{esc(site.base)}/en/news">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/Library/Files/Uploaded%20Files/2015/08/{a.key}.jpg">
<meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
{ldjson(ld)}
<link rel="stylesheet" href="/Content/css/main.min.css?v=3.2">
<script>var _comscore=_comscore||[];_comscore.push({{c1:"2",c2:"1890{num(a, 'cs', 100, 999)}"}});</script>
</head>
<body class="news-details">
<div class="top-header">
<a class="live-btn" href="/live"><span class="dot"></span> مباشر</a>
<a class="lang-switch" href="/en">English</a>
<span class="weather">بيروت 31°C</span>
<a class="whatsapp-channel" href="https://whatsapp.com/channel/">تابعوا قناتنا على واتساب</a>
<span class="social"><a href="https://www.facebook.com/">Facebook</a> <a href="https://twitter.com/">X</a> <a href="https://www.instagram.com/">Instagram</a> <a href="https://www.tiktok.com/">TikTok</a> <a href="https://www.youtube.com/">YouTube</a></span>
</div>
<header class="main-header"><a class="logo" href="/"><img src="/images/logo.png" alt="{esc(site.name)}"></a>
<nav class="menu"><ul>{nav}</ul></nav><button class="search-toggle" aria-label="بحث">بحث</button></header>
<div class="breaking-bar"><span class="breaking-label">خبر عاجل</span><ul class="breaking-list">{breaking}</ul></div>
<div class="container">
<div class="row">
<div class="col-md-8 main-col">
<div class="article-wrapper">
<a class="category-label" href="/news/categories/{slug(sec, 3)}">{esc(sec)}</a>
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-date"><i class="icon-clock" aria-hidden="true"></i> {lb_stamp(d)}</div>
{top_media}
<div class="article-share-top"><a href="https://www.facebook.com/sharer/sharer.php">Facebook</a> <a href="https://twitter.com/intent/tweet">X</a> <a href="whatsapp://send">WhatsApp</a> <a href="https://t.me/share/url">Telegram</a> <button class="copy">نسخ الرابط</button></div>
<div class="article-content">
{intro}{body}
</div>
<div class="article-hashtags">{tags}</div>
<div class="whatsapp-prompt">للاطلاع على آخر الأخبار والتطورات، تابعوا {esc(site.short)} على واتساب وتلغرام</div>
</div>
<section class="related"><h3>أخبار ذات صلة</h3><ul>{"".join(f'<li>{L.link(page, o)}</li>' for o in page.others("similar", 4))}</ul></section>
</div>
<aside class="col-md-4 side-col">
<section class="latest-news"><h3>آخر الأخبار</h3><ul>{latest}</ul><a href="/news/latest">المزيد</a></section>
<div class="ad-container side"><span class="ad-label">Advertisement</span></div>
<section class="most-read"><h3>الأكثر قراءة</h3><ol>{popular}</ol></section>
<section class="schedule"><h3>برامج اليوم</h3><ul>{shows}</ul></section>
</aside>
</div>
</div>
<footer class="main-footer">
<ul><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/frequencies">الترددات</a></li><li><a href="/careers">وظائف</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/terms">شروط الاستخدام</a></li></ul>
<p>&copy; 2015 {esc(site.name)}. All rights reserved.</p>
<p>بيروت، لبنان</p>
</footer>
</body>
</html>"""
    return finish(out, page)


# --- b26_4: Al-Bawaba-like news / lifestyle hybrid on Drupal 7, Amman (UTC+3), GMT shown --------

AB_NAV = ["أخبار", "أعمال", "رياضة", "مشاهير", "لايف ستايل", "صحة وجمال", "سفر وسياحة", "تكنولوجيا", "غرائب",
          "صور", "فيديو"]
AB_SECTIONS = [("أخبار", "أخبار الخليج"), ("أخبار", "أخبار السعودية"), ("أعمال", "اقتصاد الخليج"),
               ("أخبار", "أخبار عربية"), ("رياضة", "رياضة عربية")]
AB_TRENDS = ["#ترند", "#مشاهير_العرب", "#صيف_2015", "#أسعار_النفط", "#موسم_الأعراس", "#فيديو_مؤثر", "#حرارة"]
AB_TABOOLA = [("لن تصدق كيف أصبحت بطلة هذا المسلسل الشهير بعد 20 عاما", "مشاهير اليوم"),
              ("طريقة بسيطة لتخفيف فاتورة الكهرباء في الصيف", "بيتك"),
              ("أجمل 10 وجهات سياحية للعائلات العربية هذا الصيف", "سفر"),
              ("5 أطعمة تحرق دهون البطن بسرعة", "صحتك"),
              ("هذه الشقق الفاخرة تُعرض بأسعار مفاجئة في إسطنبول", "عقارات")]
AB_CELEBS = ["إطلالة جريئة لنجمة عربية تشعل مواقع التواصل", "شاهد: حفل زفاف أسطوري في بيروت",
             "نجم خليجي يكشف سر رشاقته", "بالصور: أجمل إطلالات السجادة الحمراء", "فنانة شهيرة تحتفل بعيد ميلادها مع عائلتها"]


def ab_gmt(d):
    g = shift(d, -3)
    return f"{g.day:02d} {MONTHS[g.month - 1]} {g.year} - {g:%H:%M} GMT"


def layout_b26_4(page):
    """Al-Bawaba-like hybrid portal on Drupal 7: submitted block with «بقلم» + a.username, GMT date
    in date-display-single, RDFa dc:date and article:published_time in +03:00; related card, outstream
    video ad and gallery teaser in field-name-body; Taboola, celebrity cards around it."""
    a, site = page.article, page.site
    d = a.published
    sec, sub = pick(a, "sec", AB_SECTIONS)
    upd = d + dt.timedelta(minutes=num(a, "upd", 15, 300))
    show_upd = num(a, "su", 0, 2) == 0
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    boxes = []
    ra = page.others("read_also", 1)
    if ra:
        o = ra[0]
        boxes.append((0 if len(blocks) < 4 else 1,
                      f'<div class="related-inline-card"><span class="ric-label">مواضيع ممكن أن تعجبك</span>'
                      f'<a href="{esc(page.url_of(o))}"><img src="/sites/default/files/styles/d04_traditional/public/{o.key}.jpg" alt="">'
                      f'<span class="ric-title">{esc(o.title)}</span></a></div>'))
    boxes.append((ratio_at(blocks, 0.45) if len(blocks) > 3 else 99,
                  f'<div class="outstream-video"><span class="ad-label">إعلان</span><div id="vidazoo-{a.n}" class="vdz-player" '
                  f'data-widget-id="5f{num(a, "vz", 100000, 999999)}"></div></div>'
                  '<div class="read-below">تابع القراءة أدناه</div>'))
    g = page.others("gallery", 1)
    if g and len(blocks) > 2:
        g = g[0]
        boxes.append((ratio_at(blocks, 0.75),
                      f'<div class="gallery-teaser"><a href="/ar/gallery/{g.n}"><img src="/sites/default/files/gallery/{g.key}.jpg" alt="">'
                      f'<strong>شاهد الصور: </strong>{esc(g.title)} <span class="count">({num(g, "pc", 5, 24)} صورة)</span></a></div>'))
    body = weave(blocks, boxes)
    author_html = ""
    if a.author:
        author_html = (f'<div class="field field-name-field-author-image"><img typeof="foaf:Image" src="/sites/default/files/styles/author/public/authors/{num(a, "ai", 100, 999)}.jpg" alt="" width="48" height="48"></div>'
                       f'<span class="by">بقلم</span> <a href="/ar/author/{num(a, "aid", 1000, 99999)}" class="username" typeof="sioc:UserAccount" '
                       f'property="foaf:name" xml:lang="" datatype="">{esc(a.author)}</a>')
    upd_html = (f'<div class="field field-name-field-updated"><span class="label-inline">آخر تحديث: </span>'
                f'<span class="date-display-single">{ab_gmt(upd)}</span></div>') if show_upd else ""
    nav = "".join(f'<li class="leaf"><a href="/ar/{slug(n, 2)}">{n}</a></li>' for n in AB_NAV)
    trends = "".join(f'<li><a href="/ar/tags/{urllib.parse.quote(t[1:])}">{t}</a></li>' for t in AB_TRENDS)
    tags = "".join(f'<div class="field-item"><a href="/ar/tags/{esc(t)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel">{esc(t)}</a></div>'
                   for t in L.tags_for(a)[:5])
    taboola = "".join(f'<div class="trc-item"><a href="https://trc.taboola.com/click?i={num(a, t, 1000, 9999)}" rel="nofollow sponsored">'
                      f'<span class="trc-title">{t}</span><span class="trc-branding">{b}</span></a></div>' for t, b in AB_TABOOLA[:4])
    popular = "".join(f'<div class="views-row"><span class="rank">{i + 1}</span>{L.link(page, o)}</div>'
                      for i, o in enumerate(page.others("popular", 5)))
    celebs = "".join(f'<div class="views-row celeb-card"><img src="/sites/default/files/celebs/{num(a, c, 100, 999)}.jpg" alt=""><a href="/ar/celebrities/{num(a, c, 1000, 9999)}">{c}</a></div>'
                     for c in AB_CELEBS[:4])
    latest = "".join(f'<div class="views-row">{L.link(page, o)} <span class="ago">{ab_gmt(o.published)}</span></div>'
                     for o in page.others("latest", 5))
    shares = num(a, "sh", 3, 4500)
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" version="XHTML+RDFa 1.0" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# sioc: http://rdfs.org/sioc/ns# skos: http://www.w3.org/2004/02/skos/core# xsd: http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="Generator" content="Drupal 7 (http://drupal.org)">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="shortlink" href="{esc(site.base)}/node/{a.n}">
<link rel="alternate" hreflang="en" href="{esc(site.base)}/en">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:image" content="{esc(site.base)}/sites/default/files/styles/d08_standard/public/{a.key}.jpg">
<meta property="article:section" content="{esc(sub)}">
<meta property="article:published_time" content="{iso_off(d, 3)}">
<meta property="article:modified_time" content="{iso_off(upd, 3)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@AlBawaba">
<link rel="stylesheet" href="/sites/default/files/css/css_Wq8kz1sAP3x.css" media="all">
<script src="/sites/default/files/js/js_3hQKvDx8F.js"></script>
<script>jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"ar\\/","ajaxPageState":{{"theme":"albawaba_v4","theme_token":"{hashlib.md5(a.key.encode()).hexdigest()[:22]}"}},"nid":"{a.n}","section":"{esc(sub)}"}});</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node-{a.n} node-type-article i18n-ar">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">تجاوز إلى المحتوى الرئيسي</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
<div class="top-links"><a href="/en">English</a> | <a href="/ar/newsletter">النشرة البريدية</a> | <a href="https://www.facebook.com/">فيسبوك</a> <a href="https://twitter.com/">تويتر</a> <a href="https://www.instagram.com/">إنستغرام</a></div>
<a href="/ar" title="الرئيسية" rel="home" id="logo"><img src="/sites/all/themes/albawaba_v4/logo.png" alt="{esc(site.name)}"></a>
<div class="region region-header"><div id="block-search-form" class="block block-search"><form action="/ar/search" method="post"><input type="text" name="search_block_form" placeholder="ابحث"><input type="submit" value="بحث"></form></div></div>
</div></div>
<div id="navigation"><div class="section"><ul class="menu">{nav}</ul></div></div>
<div class="region region-trending"><div class="block block-views"><span class="trend-title">ترند</span><ul>{trends}</ul></div></div>
<div class="breadcrumb"><a href="/ar">الرئيسية</a> » <a href="/ar/{slug(sec, 2)}">{esc(sec)}</a> » <a href="/ar/{slug(sub, 3)}">{esc(sub)}</a></div>
<div id="main-wrapper"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
<div class="region region-content">
<div id="block-system-main" class="block block-system">
<div id="node-{a.n}" class="node node-article node-promoted clearfix" about="/ar/node/{a.n}" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span>
<div class="field field-name-field-section field-type-taxonomy-term-reference"><a href="/ar/{slug(sub, 3)}">{esc(sub)}</a></div>
<h1 class="title" id="page-title">{esc(a.title)}</h1>
<div class="submitted">
{author_html}
<span property="dc:date dc:created" content="{iso_off(d, 3)}" datatype="xsd:dateTime" rel="sioc:has_creator"></span>
<div class="field field-name-post-date"><span class="label-inline">تاريخ النشر: </span><span class="date-display-single">{ab_gmt(d)}</span></div>
{upd_html}
</div>
<div class="share-top"><span class="share-count">{thousands(shares)} مشاركة</span> <a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="whatsapp://send">واتساب</a></div>
<div class="field field-name-field-image field-type-image"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="{esc(site.base)}/sites/default/files/{a.key}.jpg">
<img typeof="foaf:Image" src="/sites/default/files/styles/d08_standard/public/{a.key}.jpg" width="800" height="450" alt="{esc(short(a.title, 6))}">
<div class="image-caption">{esc(short(a.title, 8))} (Shutterstock)</div></div></div></div>
<div class="content">
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{body}
</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">الكلمات الدالة:&nbsp;</div><div class="field-items">{tags}</div></div>
</div>
<div class="share-bottom"><a href="https://www.facebook.com/sharer/sharer.php">شارك على فيسبوك</a> <a href="https://twitter.com/intent/tweet">غرّد</a> <a href="https://www.linkedin.com/shareArticle">لينكدإن</a> <a href="whatsapp://send">واتساب</a></div>
<div class="app-prompt">حمّل تطبيق {esc(site.short)} لتصلك آخر الأخبار أولاً بأول</div>
</div>
</div>
<div id="block-taboola-below" class="block block-taboola"><h2>قد يعجبك أيضاً</h2><div class="trc-container">{taboola}</div><span class="trc-by">محتوى مدعوم · by Taboola</span></div>
<div id="block-views-celebs-block" class="block block-views"><h2>مشاهير</h2><div class="view-content">{celebs}</div></div>
</div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section">
<div class="region region-sidebar-second">
<div id="block-views-most-read" class="block block-views"><h2>الأكثر قراءة</h2><div class="view-content">{popular}</div></div>
<div id="block-ad-mpu" class="block block-ad"><span class="ad-label">إعلان</span><div id="div-gpt-ad-mpu-1"></div></div>
<div id="block-views-latest" class="block block-views"><h2>آخر الأخبار</h2><div class="view-content">{latest}</div></div>
<div id="block-newsletter" class="block"><h2>النشرة البريدية</h2><p>اشترك في النشرة البريدية لتصلك أهم الأخبار يومياً.</p><form><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></form></div>
</div></div></div>
</div></div>
<div id="footer"><div class="section">
<ul class="menu"><li><a href="/ar/about-us">من نحن</a></li><li><a href="/ar/contact-us">اتصل بنا</a></li><li><a href="/ar/advertise">أعلن معنا</a></li><li><a href="/ar/privacy-policy">سياسة الخصوصية</a></li><li><a href="/ar/terms">شروط الاستخدام</a></li></ul>
<p>&copy; 2000 - 2015 {esc(site.name)}. جميع الحقوق محفوظة.</p>
</div></div>
</div></div>
</body>
</html>"""
    return finish(out, page)


# --- b26_5: weather platform's news article (ArabiaWeather-like), Astro + Tailwind ---------------

WX_NAV = ["الطقس الآن", "توقعات 15 يوم", "خرائط الطقس", "الرادار", "الأقمار الصناعية", "أخبار الطقس", "أخبار",
          "مقالات", "فيديو", "التطبيقات"]
WX_CITIES = [("الرياض", 45, 31, "مشمس"), ("جدة", 38, 30, "رطب"), ("الدمام", 46, 32, "غبار"),
             ("مكة المكرمة", 44, 31, "مشمس"), ("المدينة المنورة", 44, 29, "مشمس"), ("أبها", 29, 17, "غائم جزئياً"),
             ("تبوك", 39, 24, "مشمس"), ("حائل", 40, 25, "مشمس"), ("جازان", 38, 30, "رطب"), ("الطائف", 33, 20, "صحو"),
             ("بريدة", 44, 28, "مشمس"), ("نجران", 38, 23, "غائم جزئياً")]
WX_ALERTS = ["تنبيه: موجة حارة على المنطقة الشرقية والرياض حتى نهاية الأسبوع",
             "تنبيه: رياح مثيرة للأتربة والغبار على أجزاء من المنطقة الشرقية",
             "تنبيه: فرص لأمطار رعدية على مرتفعات جازان وعسير والباحة"]
WX_COUNTRIES = ["الأردن", "السعودية", "الإمارات", "الكويت", "قطر", "البحرين", "عُمان", "مصر", "العراق", "فلسطين",
                "لبنان", "سوريا", "المغرب", "الجزائر", "تونس", "ليبيا", "اليمن", "السودان"]
WX_WEATHER_NEWS = ["ارتفاع ملموس على درجات الحرارة في معظم المناطق خلال الأيام القادمة",
                   "ما هي فرص الأمطار على جنوب غرب المملكة هذا الأسبوع؟",
                   "نصائح مهمة للوقاية من ضربات الشمس في ذروة الصيف",
                   "رطوبة عالية على السواحل الغربية ليلاً وفي الصباح الباكر",
                   "طقس العيد: أجواء حارة نهاراً ومعتدلة ليلاً في المرتفعات"]


def wx_read(a):
    n = minutes_read(a)
    if n == 1:
        return "دقيقة واحدة للقراءة"
    if n == 2:
        return "دقيقتان للقراءة"
    return f"{n} {'دقائق' if n <= 10 else 'دقيقة'} للقراءة"


def astro_props(obj):
    """Astro serialises island props as [type, value] pairs in an HTML attribute."""
    return esc(json.dumps({k: [0, v] for k, v in obj.items()}, ensure_ascii=False))


def layout_b26_5(page):
    """Weather platform's news page on Astro + Tailwind: author row of an avatar, the name alone in a
    <p> and a role line (no label, utility classes only), a Riyadh 12-hour date in a UTC <time>; a
    three-day forecast widget, read-also card, ad and app promo in the text; JSON-LD in UTC."""
    a, site = page.article, page.site
    d = a.published
    city, hi, lo, cond = pick(a, "city", WX_CITIES)
    blocks = [f'<p class="mb-5 text-lg leading-loose text-slate-800">{esc(p)}</p>' for p in L.paragraphs(a.text)]
    boxes = []
    days = []
    for j in range(3):
        day = d + dt.timedelta(days=j)
        nm = "اليوم" if j == 0 else WEEKDAYS[day.weekday()]
        days.append(f'<div class="flex flex-col items-center gap-1 rounded-lg bg-white p-3 shadow-sm">'
                    f'<span class="text-sm font-bold text-slate-700">{nm}</span><span class="text-xs text-slate-500">{cond}</span>'
                    f'<span class="text-lg font-extrabold text-orange-600">{hi - j + num(a, f"h{j}", 0, 1)}°</span>'
                    f'<span class="text-sm text-sky-700">{lo + num(a, f"l{j}", -1, 1)}°</span></div>')
    boxes.append((ratio_at(blocks, 0.4) if len(blocks) > 2 else 99,
                  f'<astro-island uid="Z1{num(a, "u1", 10000, 99999)}" component-url="/_astro/ForecastWidget.C8kQ2x.js" '
                  f'component-export="default" renderer-url="/_astro/client.Dq4bX1.js" props="{astro_props({"city": city, "days": 3})}" '
                  f'client="visible" opts="{esc(json.dumps({"name": "ForecastWidget", "value": True}))}">'
                  f'<div class="not-prose my-6 rounded-xl bg-sky-50 p-4"><div class="mb-3 flex items-center justify-between">'
                  f'<span class="font-bold text-sky-900">توقعات الطقس في {city}</span><a class="text-sm text-sky-700 underline" href="/ar/saudi-arabia/{slug(city, 2)}/15-days">التوقعات لـ15 يوم</a></div>'
                  f'<div class="grid grid-cols-3 gap-3">{"".join(days)}</div></div></astro-island>'))
    ra = page.others("read_also", 1)
    if ra:
        o = ra[0]
        boxes.append((0 if len(blocks) < 4 else 1,
                      f'<a class="not-prose my-6 flex items-center gap-3 rounded-lg border border-slate-200 bg-white p-3 hover:bg-slate-50" href="{esc(page.url_of(o))}">'
                      f'<img class="h-16 w-24 rounded object-cover" src="/images/news/{o.key}-s.webp" alt="" loading="lazy">'
                      f'<span class="flex flex-col"><span class="text-xs font-bold text-orange-600">اقرأ أيضاً</span><span class="font-bold text-slate-900">{esc(o.title)}</span></span></a>'))
    boxes.append((ratio_at(blocks, 0.7) if len(blocks) > 3 else 99,
                  f'<div class="not-prose my-6 flex min-h-[250px] flex-col items-center justify-center bg-slate-100"><span class="text-[10px] uppercase text-slate-400">إعلان</span>'
                  f'<div id="div-gpt-ad-aw-inarticle-{a.n}"></div></div>'))
    body = weave(blocks, boxes)
    body += ('\n<div class="not-prose mt-8 rounded-xl bg-gradient-to-l from-sky-700 to-sky-500 p-5 text-white">'
             f'<p class="font-bold">حمّل تطبيق {esc(site.short)}</p><p class="text-sm">تابع توقعات الطقس لحظة بلحظة مع التنبيهات الفورية والرادار المباشر، مجاناً على هاتفك.</p>'
             '<div class="mt-3 flex gap-2"><a class="rounded bg-black px-3 py-1 text-xs" href="https://apps.apple.com/">App Store</a>'
             '<a class="rounded bg-black px-3 py-1 text-xs" href="https://play.google.com/">Google Play</a></div></div>')
    author_row = ""
    if a.author:
        author_row = (f'<div class="flex items-center gap-2"><img class="h-9 w-9 rounded-full object-cover" src="/images/authors/{num(a, "av", 10, 99)}.webp" alt="" width="36" height="36">'
                      f'<div class="leading-tight"><p class="text-sm font-bold text-slate-800">{esc(a.author)}</p>'
                      f'<p class="text-xs text-slate-500">محرر الأخبار</p></div></div>')
    vis = f"{d.day} {MONTHS[d.month - 1]} {d.year}، {h12(d, pad=False)} {ampm(d)}"
    nav = "".join(f'<li><a class="block px-3 py-2 hover:bg-sky-800" href="/ar/{slug(n, 3)}">{n}</a></li>' for n in WX_NAV)
    tags = "".join(f'<a class="rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-700 hover:bg-slate-200" href="/ar/tag/{esc(t)}">{esc(t)}</a>'
                   for t in L.tags_for(a)[:4])
    wx_news = "".join(f'<li class="border-b border-slate-100 py-2"><a class="hover:text-sky-700" href="/ar/weather-news/{num(a, t, 10000, 99999)}">{t}</a></li>'
                      for t in WX_WEATHER_NEWS[:4])
    cities = "".join(f'<tr class="border-b border-slate-100"><td class="py-1">{c}</td><td class="text-orange-600">{h}°</td><td class="text-sky-700">{l}°</td><td class="text-xs text-slate-500">{cd}</td></tr>'
                     for c, h, l, cd in WX_CITIES[:8])
    popular = "".join(f'<li class="flex gap-2 py-2"><span class="font-extrabold text-sky-700">{i + 1}</span>{L.link(page, o)}</li>'
                      for i, o in enumerate(page.others("popular", 5)))
    latest = "".join(f'<a class="block rounded-lg bg-white p-3 shadow-sm hover:shadow" href="{esc(page.url_of(o))}"><img class="mb-2 aspect-video w-full rounded object-cover" src="/images/news/{o.key}-m.webp" alt="" loading="lazy">'
                     f'<span class="font-bold">{esc(o.title)}</span></a>' for o in page.others("latest", 4))
    countries = "".join(f'<li><a class="hover:underline" href="/ar/{slug(c, 1)}">طقس {c}</a></li>' for c in WX_COUNTRIES)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso_z(d, ms=True), "dateModified": iso_z(d + dt.timedelta(minutes=num(a, "upd", 3, 90)), ms=True),
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical}, "inLanguage": "ar",
          "image": {"@type": "ImageObject", "url": f"{site.base}/images/news/{a.key}-l.webp", "width": 1200, "height": 675},
          "publisher": {"@type": "Organization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/images/logo.svg"}}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author, "jobTitle": "محرر الأخبار"}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" class="scroll-smooth">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Astro v4.4.0">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/images/news/{a.key}-l.webp">
<meta property="og:locale" content="ar_SA">
<meta name="twitter:card" content="summary_large_image">
{ldjson(ld)}
<link rel="stylesheet" href="/_astro/index.B3xK9fQe.css">
<style>astro-island,astro-slot,astro-static-slot{{display:contents}}</style>
<script type="module" src="/_astro/hoisted.Cw2c1mGp.js"></script>
</head>
<body class="bg-slate-50 font-sans text-slate-900 antialiased">
<div class="bg-amber-500 px-4 py-2 text-center text-sm font-bold text-slate-900" role="alert">{pick(a, "alert", WX_ALERTS)} <a class="underline" href="/ar/alerts">التفاصيل</a></div>
<header class="sticky top-0 z-40 bg-sky-700 text-white shadow">
<div class="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">
<a href="/ar" class="text-xl font-extrabold">{esc(site.name)}</a>
<button class="rounded-full bg-sky-800 px-3 py-1 text-sm">السعودية ▾</button>
<form class="hidden flex-1 md:block" action="/ar/search"><input class="w-full rounded-full px-4 py-2 text-slate-900" type="search" name="q" placeholder="ابحث عن مدينة أو منطقة"></form>
<astro-island uid="Z2{num(a, "u2", 10000, 99999)}" component-url="/_astro/CurrentWeather.Bf3kLq.js" component-export="default" renderer-url="/_astro/client.Dq4bX1.js" props="{astro_props({"city": "الرياض", "temp": 44, "icon": "sunny"})}" client="idle"><a class="flex items-center gap-2 text-sm" href="/ar/saudi-arabia/riyadh"><span>☀</span><span class="font-bold">الرياض 44°</span><span class="opacity-80">مشمس</span></a></astro-island>
</div>
<nav class="bg-sky-900"><ul class="mx-auto flex max-w-7xl flex-wrap px-4 text-sm">{nav}</ul></nav>
</header>
<main class="mx-auto grid max-w-7xl grid-cols-12 gap-6 px-4 py-6">
<article class="col-span-12 lg:col-span-8">
<nav class="mb-3 text-xs text-slate-500" aria-label="breadcrumb"><a href="/ar">الرئيسية</a> / <a href="/ar/news">أخبار</a> / <span>السعودية</span></nav>
<span class="inline-block rounded bg-sky-100 px-2 py-0.5 text-xs font-bold text-sky-800">أخبار</span>
<h1 class="mt-2 text-2xl font-extrabold leading-snug md:text-3xl">{esc(a.title)}</h1>
<div class="mt-4 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-slate-500">
{author_row}
<time class="flex items-center gap-1" datetime="{iso_z(d, ms=True)}"><svg class="h-4 w-4" aria-hidden="true"></svg>{vis}</time>
<span class="flex items-center gap-1"><svg class="h-4 w-4" aria-hidden="true"></svg>{wx_read(a)}</span>
</div>
<figure class="my-5 overflow-hidden rounded-xl"><img class="aspect-video w-full object-cover" src="/images/news/{a.key}-l.webp" alt="{esc(short(a.title, 6))}"><figcaption class="bg-slate-100 px-3 py-1 text-xs text-slate-500">صورة تعبيرية</figcaption></figure>
<div class="prose prose-lg max-w-none">
{body}
</div>
<div class="mt-6 flex flex-wrap gap-2">{tags}</div>
<astro-island uid="Z3{num(a, "u3", 10000, 99999)}" component-url="/_astro/ShareBar.Aa9Lq2.js" component-export="default" renderer-url="/_astro/client.Dq4bX1.js" props="{astro_props({"url": page.canonical})}" client="idle"><div class="mt-6 flex gap-3 text-sm"><span class="font-bold">شارك:</span><a href="https://twitter.com/intent/tweet">X</a><a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a><a href="whatsapp://send">واتساب</a><button>نسخ الرابط</button></div></astro-island>
<section class="mt-10"><h2 class="mb-4 text-xl font-extrabold">أحدث الأخبار</h2><div class="grid grid-cols-2 gap-4">{latest}</div></section>
</article>
<aside class="col-span-12 space-y-6 lg:col-span-4">
<section class="rounded-xl bg-white p-4 shadow-sm"><h2 class="mb-2 font-extrabold">الطقس في مدن المملكة</h2>
<table class="w-full text-sm"><thead><tr class="text-slate-500"><th class="text-right">المدينة</th><th>العظمى</th><th>الصغرى</th><th></th></tr></thead><tbody>{cities}</tbody></table></section>
<section class="rounded-xl bg-white p-4 shadow-sm"><h2 class="mb-2 font-extrabold">أخبار الطقس</h2><ul class="text-sm">{wx_news}</ul></section>
<div class="flex min-h-[250px] items-center justify-center bg-slate-100 text-[10px] text-slate-400">إعلان</div>
<section class="rounded-xl bg-white p-4 shadow-sm"><h2 class="mb-2 font-extrabold">الأكثر قراءة</h2><ol class="text-sm">{popular}</ol></section>
</aside>
</main>
<footer class="mt-10 bg-slate-900 text-slate-300">
<div class="mx-auto max-w-7xl px-4 py-8">
<h2 class="mb-3 font-bold text-white">الطقس في الدول العربية</h2>
<ul class="grid grid-cols-3 gap-2 text-sm md:grid-cols-6">{countries}</ul>
<div class="mt-6 flex flex-wrap gap-4 text-xs"><a href="/ar/about">من نحن</a><a href="/ar/contact">اتصل بنا</a><a href="/ar/advertise">أعلن معنا</a><a href="/ar/privacy">سياسة الخصوصية</a><a href="/ar/terms">شروط الاستخدام</a></div>
<p class="mt-4 text-xs">&copy; 2015 {esc(site.name)}. جميع الحقوق محفوظة.</p>
</div></footer>
</body>
</html>"""
    return finish(out, page)


LAYOUTS = {
    "b26_1": layout_b26_1,
    "b26_2": layout_b26_2,
    "b26_3": layout_b26_3,
    "b26_4": layout_b26_4,
    "b26_5": layout_b26_5,
}
