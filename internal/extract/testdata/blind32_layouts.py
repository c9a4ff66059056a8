"""Blind test layouts (set 32) for newsfarm (--extra-layouts): five article
templates modelled on mainstream Gulf and international Arabic news pages,
and on the SYNDICATION / READER renderings of such pages (a print view, a
text-only lite edition), that no earlier layout file imitates, written
without reading Khabar's extractor. Each prints the whole page a reader
gets: top bar, header and menus, tickers, the article, the boxes real sites
put inside the text, and the lists, comments, sidebars and footer around it
(for the print view and the lite page: the chrome those renderings keep).

Covered before and so not used here: Okaz infinite scroll (b18_2), Al-Qabas
on Nuxt (b18_5), new-Sabq on Quintype (b24_4), Anadolu (b17_1), Sputnik's
full site (b10_4), RT (b21_2), Oman daily (b12_2), Omani Joomla (b27_3),
Independent Arabia (b20_3), MSN republishing (b26_1), AMP (b21_5, b4_4),
m.-mobile site (b28_5), Telegraph (b29_5); themes Jannah, Newspaper,
Elementor, Ghost, Medium, Blogger, Joomla/K2, Wix, Drupal 7-10, JNews,
Sahifa, SmartMag, Publisher, Substack; Next.js, Nuxt, Angular, Arc XP,
Pangea, Quintype, Astro.

  b32_1  PRINT VIEW (?print=1, «نسخة للطباعة») of a SAUDI (Jeddah) daily's
         custom CMS (Al-Madina-like), Riyadh time: <body onload=print()>,
         a no-print toolbar («طباعة», «تكبير الخط», «أرسل لصديق», «إغلاق
         النافذة»), the print masthead (logo, site name, the publisher's
         line) and a DECOY «تاريخ الطباعة: <weekday> <Hijri>هـ - dd/mm/yyyy
         م - hh:mm ص/م» LATER than the publication. Section, h1 headline,
         then an info table: «المحرر:» | the name alone in a <td> (only with
         an author), «تاريخ النشر:» | «الأحد 24 شوال 1436هـ - 09/08/2015م»
         with «الساعة: 02:32 م» (Riyadh, 12-hour), «آخر تحديث:» with a later
         clock. The stored body keeps its «اقرأ أيضاً» box (other headlines)
         and its picture with caption; the video iframe is replaced by the
         print template with «[فيديو: …] رابط الفيديو: https://…»; an «إعلان»
         div marked no-print. After it «الكلمات المفتاحية:», «رابط الخبر:»
         with the URL and a short link, the copyright and the publisher's
         address. NO machine-readable date; <title> ends with the site name
         and «نسخة للطباعة».
  b32_2  Arabic site of a TURKISH public broadcaster (TRT-Arabi-like) on
         SITECORE (ISTANBUL time = EEST = UTC+3 in August 2015, the Riyadh
         wall clock): ASP.NET form wrapper with __VIEWSTATE and a
         __RequestVerificationToken, /-/media/…ashx image URLs, Sitecore
         rendering comments; a network bar (TRT World, TRT Deutsch, TRT
         Français, TRT Русский, TRT Balkan, TRT Afrika; NCRs on
         windows-1256), nav, a «آخر الأخبار» strip with Istanbul clocks;
         breadcrumb, category, h1, an h2 standfirst (the lead sentence), the
         hero image with caption and credit; the info row: the name alone in
         <a class="author-name"> (only with an author), then «09.08.2015» and
         «14:32 GMT+3» in two spans and a LATER «آخر تحديث: … GMT+3». JSON-LD
         with .NET seven-digit UTC stamps «…T11:32:07.0000000Z»,
         article:published_time +03:00. In the text a «اقرأ أيضاً» card with
         the other story's date, a TRT video player with a caption and a
         duration, on some pages a tweet with its own date, a newsletter
         line; then «الوسوم», share, «قد يعجبك أيضاً» with dates, most-read,
         podcasts rail, app links, corporate footer. No comments, no ads.
  b32_3  OMANI daily (Al-Watan-Oman-like) on WordPress with PENCIDESIGN's
         SOLEDAD theme, MUSCAT time = UTC+4, one hour AHEAD of Riyadh (the
         day can roll forward): penci-topbar with TODAY (the render day,
         later) in Muscat, oil price and Muscat weather; «عاجل» trending
         ticker; header, main menu; penci-standard-cat, h1.post-title;
         Soledad's hidden penci-hide-tagupdated block («بقلم» + a.author-url
         with the name, only with an author; time.entry-date.updated with the
         MODIFIED Muscat time, a decoy); post-box-meta-single: «بقلم» + the
         name alone in a.author-url (only with an author), time.entry-date.
         published with datetime «…+04:00» showing «9 أغسطس، 2015 - 3:32 م»
         (Muscat), reading time. Yoast JSON-LD +04:00. In the entry: the
         featured image, penci-ilrelated-posts «اقرأ أيضاً», a Google ad
         slot, on some pages an Instagram embed of an Omani ministry, an
         «تابعوا الوطن على واتساب» line. After it tags, the share box with
         the comment count, the author box, prev/next, «قد يعجبك أيضاً» with
         Muscat dates, comments with Omani names and stamps, sidebar,
         footer with the Muscat address.
  b32_4  TEXT-ONLY LITE edition (AMP-less, the page low-bandwidth / Google
         News readers are sent to, lite.cnn-like) of a RUSSIAN state
         agency's Arabic service (Sputnik-Arabic-like; its full site is
         b10_4), MOSCOW time = MSK = UTC+3 (since October 2014): a tiny
         inline stylesheet, no scripts, no images; «النسخة الخفيفة» header
         with plain links («الانتقال إلى النسخة الكاملة», sections); h1;
         a byline <p> with the name alone in <b> (only with an author);
         «14:32 09.08.2015 (بتوقيت موسكو)» and on some pages «(محدثة 16:05
         09.08.2015)». In the text, boxes turned into plain lines: «اقرأ
         أيضاً: <a>…</a>» paragraphs, «[صورة] caption», «[فيديو] شاهد على
         النسخة الكاملة», «[إنفوغراف]»; then «الوسوم:» links, share links,
         «آخر الأخبار» with other stories' Moscow clocks, a «النسخة الكاملة
         | سياسة الخصوصية» footer. <title> «title - site (النسخة الخفيفة)».
         article:published_time only as «2015-08-09T14:32+0300».
  b32_5  EMIRATI digital news outlet built with HUGO (static site generator,
         2015: generator «Hugo 0.14», DUBAI time = UTC+4, one hour AHEAD of
         Riyadh, the day can roll forward): header menu from Hugo's .Menus,
         a build-time «آخر الأخبار» strip, breadcrumb; h1.post-title; the
         post-meta in Hugo's ENGLISH date format (Go's time layout has no
         Arabic months): «<time datetime="…+04:00">09 Aug 2015 15:32</time>»
         (Dubai), «بقلم» + the name alone in span.post-author (only with an
         author), reading time «3 دقائق للقراءة», and a git lastmod
         «آخر تحديث: Aug 10, 2015» (decoy). Hugo's internal OpenGraph
         template (article:published_time +04:00, article:modified_time) and
         <meta name="author"> with an author. Markdown body with shortcodes:
         figure (caption inside an <h4>, as Hugo 0.14 renders it), a
         «readalso» aside, the youtube wrapper div, on some pages a tweet
         blockquote and a Markdown blockquote; then «الوسوم» / «التصنيفات»
         taxonomy links, share, «« السابق / التالي »» with titles, «أخبار ذات
         صلة» with Hugo dates, Disqus's internal template, «Powered by Hugo».

Pages whose article has no author print no byline. The author string is
printed whole, exactly as the corpus gives it, as the only text of its
element. Gold times are Asia/Riyadh (+03:00); b32_1 shows the Riyadh wall
clock; b32_2 shows Istanbul time (UTC+3 in August 2015, the same wall
clock) and carries UTC «Z» and +03:00; b32_3 shows Muscat time and carries
+04:00; b32_4 shows Moscow time (UTC+3) and carries +0300; b32_5 shows
Dubai time and carries +04:00. The conversions are exact. Hijri dates follow
Umm al-Qura (1 Shawwal 1436 = 17 July 2015). On windows-1256 sites,
characters the charset lacks are written as numeric character references
(\\u escapes inside scripts).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts internal/extract/testdata/blind32_layouts.py \\
      --layouts b32_1,b32_2,b32_3,b32_4,b32_5 --out /work/blind32/pages
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
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


# --- helpers ---------------------------------------------------------------------------

def num(a, salt, lo, hi):
    """A stable per-article number in [lo, hi]."""
    h = int(hashlib.md5((a.key + salt).encode()).hexdigest()[:12], 16)
    return lo + h % (hi - lo + 1)


def snum(site, salt, lo, hi):
    """A stable per-site number in [lo, hi]."""
    h = int(hashlib.md5((site.id + salt).encode()).hexdigest()[:12], 16)
    return lo + h % (hi - lo + 1)


def pick(a, salt, seq):
    return seq[num(a, salt, 0, len(seq) - 1)]


def utf(page):
    return page.site.encoding.lower().startswith("utf")


def shift(d, hours):
    return d + dt.timedelta(hours=hours)


def iso_off(d, off, colon=True):
    """Naive Riyadh time -> ISO string in the zone UTC+off."""
    t = shift(d, off - 3)
    sign = "+" if off >= 0 else "-"
    return t.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{abs(off):02d}" + (":00" if colon else "00")


def iso_z(d, frac=""):
    return shift(d, -3).strftime("%Y-%m-%dT%H:%M:%S") + frac + "Z"


def h12(d, pad=False):
    h = d.hour % 12 or 12
    return (f"{h:02d}" if pad else f"{h}") + f":{d.minute:02d}"


def am_pm(d):
    return "ص" if d.hour < 12 else "م"


HIJRI_STARTS = [((1436, 9), dt.date(2015, 6, 18)), ((1436, 10), dt.date(2015, 7, 17)),
                ((1436, 11), dt.date(2015, 8, 15)), ((1436, 12), dt.date(2015, 9, 14))]


def hijri(d):
    """Umm al-Qura (day, month number, month name, year) for a date."""
    day = d.date() if isinstance(d, dt.datetime) else d
    for ((y, m), start), (_, nxt) in zip(HIJRI_STARTS, HIJRI_STARTS[1:]):
        if start <= day < nxt:
            return (day - start).days + 1, m, HIJRI_MONTHS[m - 1], y
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


def ldjson(obj):
    body = json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")
    return '<script type="application/ld+json">' + body + "</script>"


def slug(text, n=6):
    return urllib.parse.quote("-".join(text.split()[:n]).replace("/", "-"))


def reading_minutes(a):
    return max(1, round(len(a.text.split()) / 200))


def lead_sentence(text):
    """The first sentence of the text (cut at a word with an ellipsis when very long)."""
    paras = L.paragraphs(text)
    first = paras[0] if paras else text
    i = first.find(".")
    if 20 < i < 320:
        return first[: i + 1]
    w = first.split()
    return " ".join(w[:40]) + ("..." if len(w) > 40 else "")


def a_sentence(a, salt):
    """A whole sentence from inside the text (for quotes), or ''."""
    sents = []
    for p in L.paragraphs(a.text)[1:]:
        for s in re.split(r"(?<=\.)\s+", p):
            if 60 <= len(s) <= 220:
                sents.append(s)
    return pick(a, salt, sents) if sents else ""


def wp_day(d):
    """WordPress Arabic default date format «j F، Y»."""
    return f"{d.day} {MONTHS[d.month - 1]}، {d.year}"


def comments_word(n):
    return {0: "لا توجد تعليقات", 1: "تعليق واحد", 2: "تعليقان"}.get(n, f"{n} تعليقات")


def epoch(d):
    """Naive Riyadh time -> Unix seconds."""
    return int((shift(d, -3) - dt.datetime(1970, 1, 1)).total_seconds())


# --- b32_1: print view (?print=1) of a Saudi daily's custom CMS, Riyadh -----------------------

def hijri_slash(d):
    hd, hm, _, hy = hijri(d)
    return f"{hd}/{hm}/{hy}"


def hijri_long(d):
    hd, _, hn, hy = hijri(d)
    return f"{hd} {hn} {hy}"


def layout_b32_1(page):
    """Print view of a Saudi daily: a later «تاريخ الطباعة» stamp (decoy), an info table with
    «المحرر:» | name and «تاريخ النشر:» Hijri + dd/mm/yyyy + «الساعة: hh:mm ص/م»; no machine date."""
    a, site = page.article, page.site
    d = a.published
    printed = d + dt.timedelta(minutes=num(a, "prt", 40, 2600))
    mod = d + dt.timedelta(minutes=num(a, "mod", 6, 240))
    has_mod = num(a, "hm", 0, 2) != 0
    sec = pick(a, "sec", ["محليات", "الأولى", "سياسة", "اقتصاد", "المدينة المنورة", "جدة", "رياضة", "دوليات"])
    path = site.path_of(a)
    print_path = path + ("&" if "?" in path else "?") + "print=1"
    short_link = f"{site.base}/s/{a.n:x}"
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    img = f"/uploads/images/2015/08/{a.n}/{a.key[:8]}.jpg"
    boxes.append((-1, ""))
    fig = (f'<div class="article-image"><img src="{img}" alt="{esc(short(a.title, 6))}" width="620" />'
           f'<p class="image-caption">{esc(short(a.title, 7))} (أرشيفية)</p></div>')
    ra = page.others("read_also", 3)
    if ra:
        items = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in ra)
        boxes.append((1 if len(blocks) > 3 else 99,
                      f'<div class="related-inline"><h4>اقرأ أيضاً</h4><ul>{items}</ul></div>'))
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 2 else 99,
                  '<div class="no-print ad-box"><span>إعلان</span></div>'))
    if num(a, "vid", 0, 2) == 0 and len(blocks) > 2:
        vid = a.key[:11]
        boxes.append((ratio_at(blocks, 0.75),
                      f'<div class="print-embed">[فيديو: {esc(short(a.title, 5))}] رابط الفيديو: https://www.youtube.com/watch?v={vid}</div>'))
    body = weave(blocks, [b for b in boxes if b[1]])
    body = fig + "\n" + body
    rows = []
    if a.author:
        rows.append(f'<tr><td class="lbl">المحرر:</td><td class="val">{esc(a.author)}</td></tr>')
    rows.append(f'<tr><td class="lbl">تاريخ النشر:</td><td class="val">{WEEKDAYS[d.weekday()]} {hijri_long(d)}هـ - {d:%d/%m/%Y}م '
                f'&nbsp; الساعة: {h12(d, True)} {am_pm(d)}</td></tr>')
    if has_mod:
        rows.append(f'<tr><td class="lbl">آخر تحديث:</td><td class="val">{hijri_slash(mod)}هـ - {mod:%d/%m/%Y}م &nbsp; {h12(mod, True)} {am_pm(mod)}</td></tr>')
    tags = "، ".join(esc(t) for t in L.tags_for(a)[:5])
    out = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}" />
<title>{esc(a.title)} | {esc(site.name)} - نسخة للطباعة</title>
<meta name="robots" content="noindex, follow" />
<link rel="canonical" href="{esc(page.canonical)}" />
<link rel="stylesheet" type="text/css" href="/css/print.css?v=3" media="all" />
<style type="text/css">
body {{ font-family: Tahoma, Arial; font-size: 14px; color: #000; background: #fff; margin: 20px; }}
.print-toolbar {{ background: #eee; border: 1px solid #ccc; padding: 6px; margin-bottom: 12px; }}
.print-toolbar a {{ margin-left: 12px; color: #036; text-decoration: none; }}
.info-table td.lbl {{ color: #666; width: 90px; }}
@media print {{ .no-print, .print-toolbar {{ display: none; }} }}
</style>
<script type="text/javascript">
function fontUp() {{ var b = document.getElementById('printBody'); b.style.fontSize = (parseInt(b.style.fontSize || 14) + 2) + 'px'; }}
function fontDown() {{ var b = document.getElementById('printBody'); b.style.fontSize = (parseInt(b.style.fontSize || 14) - 2) + 'px'; }}
</script>
</head>
<body onload="window.print();">
<div class="print-toolbar no-print">
<a href="javascript:window.print();"><img src="/images/icons/print.gif" alt="" /> طباعة</a>
<a href="javascript:fontUp();">تكبير الخط</a>
<a href="javascript:fontDown();">تصغير الخط</a>
<a href="/SendToFriend.aspx?id={a.n}">أرسل لصديق</a>
<a href="{esc(path)}">العودة إلى الخبر</a>
<a href="javascript:window.close();">إغلاق النافذة</a>
</div>
<table class="print-masthead" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td width="220"><img src="/images/logo-print.gif" alt="{esc(site.name)}" width="200" height="60" /></td>
<td><div class="site-name">{esc(site.name)}</div><div class="site-sub">صحيفة يومية تصدر عن مؤسسة {esc(site.short)} للصحافة والنشر</div></td>
<td class="print-date" align="left">تاريخ الطباعة: {WEEKDAYS[printed.weekday()]} {hijri_long(printed)}هـ - {printed:%d/%m/%Y}م - {h12(printed, True)} {am_pm(printed)}</td>
</tr>
</table>
<hr />
<div class="print-article" id="printBody">
<div class="print-section">{esc(sec)}</div>
<h1 class="print-title">{esc(a.title)}</h1>
<table class="info-table" cellpadding="3" cellspacing="0" border="0">
{"".join(rows)}
</table>
<div class="print-text">
{body}
</div>
<div class="print-keywords"><b>الكلمات المفتاحية:</b> {tags}</div>
</div>
<hr />
<div class="print-footer">
<p>رابط الخبر: <a href="{esc(page.canonical)}">{esc(page.canonical)}</a><br />
الرابط المختصر: {esc(short_link)}</p>
<p class="no-print"><a href="{esc(print_path)}">نسخة للطباعة</a> | <a href="{esc(path)}">النسخة الكاملة</a></p>
<p>جميع الحقوق محفوظة &copy; مؤسسة {esc(site.short)} للصحافة والنشر 2015<br />
جدة - المملكة العربية السعودية - ص.ب 807 - هاتف: 6712100 (012)</p>
</div>
</body>
</html>"""
    return finish(out, page)


# --- b32_2: TRT-Arabi-like site on Sitecore, Istanbul (UTC+3 in August 2015) -----------------

TRT_NAV = ["الرئيسية", "تركيا", "الشرق الأوسط", "فلسطين", "العالم", "اقتصاد", "ثقافة وفن", "علوم وتكنولوجيا", "رياضة", "فيديو", "بودكاست"]
TRT_NETWORK = [("TRT World", "https://www.trtworld.com"), ("TRT Deutsch", "https://www.trtdeutsch.com"),
               ("TRT Français", "https://www.trtfrancais.com"), ("TRT Русский", "https://www.trtrussian.com"),
               ("TRT Balkan", "https://www.trtbalkan.com"), ("TRT Afrika", "https://www.trtafrika.com"),
               ("TRT Haber", "https://www.trthaber.com")]
TRT_SECTIONS = ["الشرق الأوسط", "تركيا", "العالم", "اقتصاد", "الشرق الأوسط", "رياضة"]
TRT_TWEETS = [("الرئاسة التركية", "trpresidency"), ("وزارة الخارجية التركية", "MFATurkeyArabic"),
              ("وكالة الأنباء السعودية", "spagov"), ("الأمم المتحدة", "UNarabic")]
TRT_PODCASTS = ["بودكاست أرابيسك", "بودكاست صوت الخبر", "بودكاست ماذا بعد؟"]


def trt_dot(d):
    return f"{d:%d.%m.%Y}"


def layout_b32_2(page):
    """TRT-Arabi-like on Sitecore: a.author-name (name alone), «09.08.2015» + «14:32 GMT+3» spans,
    later «آخر تحديث» decoy; JSON-LD with .NET UTC stamps."""
    a, site = page.article, page.site
    d = a.published  # Istanbul (EEST) = Riyadh wall clock in August 2015
    mod = d + dt.timedelta(minutes=num(a, "mod", 12, 300))
    sec = pick(a, "sec", TRT_SECTIONS)
    guid = hashlib.md5(a.key.encode()).hexdigest().upper()
    item_id = f"{guid[:8]}-{guid[8:12]}-{guid[12:16]}-{guid[16:20]}-{guid[20:32]}"
    media = f"/-/media/trtarabi/images/2015/08/{a.key[:10]}.ashx?h=450&w=800&hash={guid[:32]}"
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    ra = page.others("read_also", 1)
    if ra:
        o = ra[0]
        boxes.append((1 if len(blocks) > 3 else 99,
                      f'<!-- Rendering: /Views/Article/InlineRelated.cshtml --><div class="inline-related-card" data-sc-item="{hashlib.md5(o.key.encode()).hexdigest()[:8]}">'
                      f'<span class="inline-related-card__label">اقرأ أيضاً</span><a class="inline-related-card__link" href="{esc(page.url_of(o))}">'
                      f'<img src="/-/media/trtarabi/images/2015/08/{o.key[:10]}.ashx?h=90&amp;w=160" alt="" /><span class="inline-related-card__title">{esc(o.title)}</span>'
                      f'<span class="inline-related-card__date">{trt_dot(o.published)}</span></a></div>'))
    if len(blocks) > 2:
        mins = num(a, "dur", 1, 6)
        boxes.append((ratio_at(blocks, 0.55),
                      f'<div class="video-embed trt-player" data-video-id="{num(a, "vid", 100000, 999999)}"><div class="trt-player__poster"><img src="/-/media/trtarabi/videos/2015/08/{a.key[:8]}.ashx?h=360&amp;w=640" alt="" />'
                      f'<span class="trt-player__duration">0{mins}:{num(a, "ds", 10, 59)}</span><button class="trt-player__play" aria-label="تشغيل"></button></div>'
                      f'<p class="video-embed__caption">{esc(short(pick(a, "vt", page.others("vt", 3) or [a]).title, 10))}</p></div>'))
    if num(a, "tw", 0, 2) == 0 and len(blocks) > 3:
        nm, h = pick(a, "twh", TRT_TWEETS)
        tt = d - dt.timedelta(minutes=num(a, "twm", 30, 400))
        boxes.append((ratio_at(blocks, 0.8),
                      f'<div class="embed embed--twitter"><blockquote class="twitter-tweet" lang="ar"><p lang="ar" dir="rtl">{esc(short(a_sentence(a, "tws") or a.title, 16))}</p>'
                      f'&mdash; {esc(nm)} (@{h}) <a href="https://twitter.com/{h}/status/{num(a, "st", 10**17, 10**18)}">{EN_FULL[tt.month - 1]} {tt.day}, {tt.year}</a></blockquote></div>'))
    boxes.append((99, '<p class="newsletter-inline"><a href="/newsletter">اشترك في النشرة البريدية لـ TRT عربي لتصلك أبرز الأخبار يومياً</a></p>'))
    body = weave(blocks, boxes)
    author = ""
    if a.author:
        author = f'<div class="article-info__author"><a class="author-name" href="/authors/{slug(a.author, 3)}">{esc(a.author)}</a></div>'
    upd = (f'<span class="article-info__updated">آخر تحديث: {trt_dot(mod)} {mod:%H:%M} GMT+3</span>'
           if num(a, "hu", 0, 2) else "")
    network = "".join(f'<li><a href="{u}" target="_blank" rel="noopener">{n}</a></li>' for n, u in TRT_NETWORK)
    nav = "".join(f'<li class="main-nav__item"><a href="/{slug(n, 2)}">{n}</a></li>' for n in TRT_NAV)
    strip = "".join(f'<li><span class="time">{o.published:%H:%M}</span><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                    for o in page.others("ticker", 6))
    tags = "".join(f'<li><a href="/tags/{slug(t, 1)}">{esc(t)}</a></li>' for t in L.tags_for(a)[:5])
    related = "".join(
        f'<div class="card card--related"><a href="{esc(page.url_of(o))}"><img src="/-/media/trtarabi/images/2015/08/{o.key[:10]}.ashx?h=180&amp;w=320" alt="" />'
        f'<span class="card__category">{esc(pick(o, "sec", TRT_SECTIONS))}</span><h3 class="card__title">{esc(o.title)}</h3><span class="card__date">{trt_dot(o.published)}</span></a></div>'
        for o in page.others("similar", 4))
    popular = "".join(f'<li><span class="rank">{i + 1}</span><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                      for i, o in enumerate(page.others("popular", 5)))
    pods = "".join(f'<li><a href="/podcast/{slug(p, 2)}">{p}</a><span class="ep">الحلقة {num(a, p, 20, 90)}</span></li>' for p in TRT_PODCASTS)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": page.canonical,
          "headline": a.title, "description": lead_sentence(a.text),
          "image": {"@type": "ImageObject", "url": site.base + media, "width": 800, "height": 450},
          "datePublished": iso_z(d, ".0000000"), "dateModified": iso_z(mod, ".0000000"),
          "publisher": {"@type": "Organization", "name": "TRT عربي", "logo": {"@type": "ImageObject", "url": site.base + "/images/trtarabi-logo.png"}},
          "articleSection": sec, "inLanguage": "ar"}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    else:
        ld["author"] = {"@type": "Organization", "name": "TRT عربي"}
    vs = hashlib.sha1((a.key + "vs").encode()).hexdigest()
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(a.title)} | TRT عربي</title>
<meta name="description" content="{esc(lead_sentence(a.text))}" />
<link rel="canonical" href="{esc(page.canonical)}" />
<meta property="og:site_name" content="TRT عربي" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:image" content="{esc(site.base + media)}" />
<meta property="article:published_time" content="{iso_off(d, 3)}" />
<meta property="article:modified_time" content="{iso_off(mod, 3)}" />
<meta property="article:section" content="{esc(sec)}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:site" content="@TRTArabi" />
{ldjson(ld)}
<link rel="stylesheet" href="/assets/trtarabi/css/main.min.css?v=2.4.1" />
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"pageType":"article","itemId":"{{{item_id}}}","category":"{sec}","language":"ar"}});</script>
</head>
<body class="page-article rtl">
<form method="post" action="{esc(site.path_of(a))}" id="mainform">
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTM{vs[:28]}ZGQ=" />
<input name="__RequestVerificationToken" type="hidden" value="{vs[8:40]}" />
</div>
<!-- Sitecore rendering: /Views/Shared/NetworkBar.cshtml -->
<div class="network-bar"><div class="container"><span class="network-bar__label">شبكة TRT</span><ul class="network-bar__list">{network}</ul></div></div>
<header class="site-header">
<div class="container site-header__inner">
<a class="site-header__logo" href="/"><img src="/-/media/trtarabi/logo/trt-arabi-logo.ashx" alt="TRT عربي" width="150" height="40" /></a>
<nav class="main-nav" aria-label="القائمة الرئيسية"><ul class="main-nav__list">{nav}</ul></nav>
<div class="site-header__actions"><a class="btn-live" href="/live">مباشر</a><button class="btn-search" aria-label="بحث"></button></div>
</div>
</header>
<!-- Sitecore rendering: /Views/Components/LatestStrip.cshtml -->
<div class="latest-strip"><div class="container"><span class="latest-strip__label">آخر الأخبار</span><ul class="latest-strip__list">{strip}</ul></div></div>
<main class="main-content">
<div class="container">
<div class="row">
<div class="col-main">
<nav class="breadcrumb"><ol><li><a href="/">الرئيسية</a></li><li><a href="/{slug(sec, 2)}">{esc(sec)}</a></li></ol></nav>
<article class="article" data-sc-item="{{{item_id}}}">
<header class="article-header">
<a class="article-header__category" href="/{slug(sec, 2)}">{esc(sec)}</a>
<h1 class="article-header__title">{esc(a.title)}</h1>
<h2 class="article-header__description">{esc(lead_sentence(a.text))}</h2>
</header>
<figure class="article-hero"><img src="{media}" alt="{esc(short(a.title, 6))}" width="800" height="450" />
<figcaption>{esc(short(a.title, 8))} <span class="credit">(AA)</span></figcaption></figure>
<div class="article-info">
{author}
<div class="article-info__date"><span class="date">{trt_dot(d)}</span> <span class="time">{d:%H:%M} GMT+3</span></div>
{upd}
<div class="article-info__share"><a href="https://www.facebook.com/sharer/sharer.php?u={esc(page.canonical)}" class="share share--fb" aria-label="فيسبوك"></a><a href="https://twitter.com/intent/tweet?url={esc(page.canonical)}&amp;via=TRTArabi" class="share share--tw" aria-label="تويتر"></a><a href="https://wa.me/?text={esc(page.canonical)}" class="share share--wa" aria-label="واتساب"></a></div>
</div>
<div class="article-body rich-text">
{body}
</div>
<div class="article-tags"><span class="article-tags__label">الوسوم</span><ul>{tags}</ul></div>
<div class="article-share-bottom"><span>شارك المقال</span><a href="#" class="share share--fb">فيسبوك</a><a href="#" class="share share--tw">تويتر</a><a href="#" class="share share--tg">تيليغرام</a><a href="#" class="share share--copy">نسخ الرابط</a></div>
</article>
<!-- Sitecore rendering: /Views/Components/RelatedContent.cshtml -->
<section class="related"><h2 class="section-title">قد يعجبك أيضاً</h2><div class="related__grid">{related}</div></section>
</div>
<aside class="col-side">
<section class="widget widget--popular"><h2 class="widget__title">الأكثر قراءة</h2><ol>{popular}</ol></section>
<section class="widget widget--podcasts"><h2 class="widget__title">بودكاست</h2><ul>{pods}</ul></section>
<section class="widget widget--apps"><h2 class="widget__title">حمّل تطبيق TRT عربي</h2><a href="https://apps.apple.com/app/trt-arabi">App Store</a> <a href="https://play.google.com/store/apps/details?id=com.trt.arabi">Google Play</a></section>
</aside>
</div>
</div>
</main>
<footer class="site-footer">
<div class="container">
<ul class="site-footer__links"><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/privacy">سياسة الخصوصية</a></li><li><a href="/terms">شروط الاستخدام</a></li><li><a href="/cookies">سياسة ملفات تعريف الارتباط</a></li></ul>
<p class="site-footer__copy">&copy; 2015 TRT عربي - هيئة الإذاعة والتلفزيون التركية. جميع الحقوق محفوظة. إسطنبول، تركيا</p>
</div>
</footer>
<script src="/assets/trtarabi/js/main.min.js?v=2.4.1"></script>
<script src="/sitecore modules/Web/ExperienceForms/scripts/form.validate.js"></script>
</form>
</body>
</html>"""
    return finish(out, page)


# --- b32_3: Al-Watan-Oman-like daily on WordPress + Soledad, Muscat (UTC+4) --------------------

OM_NAV = ["الرئيسية", "محليات", "اقتصاد", "الوطن العربي", "العالم", "رياضة", "ثقافة", "أشرعة", "آراء", "PDF"]
OM_SECTIONS = ["الوطن العربي", "العالم", "اقتصاد", "الوطن العربي", "رياضة", "منوعات"]
OM_COMMENTS = [
    ("سالم البلوشي", "حفظ الله عمان والسعودية وسائر بلاد الخليج."),
    ("مريم الحارثية", "شكراً للوطن على المتابعة المستمرة."),
    ("خالد الهنائي", "خبر مهم، نتمنى متابعة التطورات."),
    ("أبو أحمد - صلالة", "التفاصيل قليلة، ننتظر المزيد."),
    ("أحمد الرواحي", "تغطية ممتازة كالعادة."),
]
OM_INSTA = [("وزارة الإعلام - سلطنة عمان", "omaninfo"), ("شرطة عمان السلطانية", "royaloman_police"),
            ("وزارة السياحة", "omantourism")]


def layout_b32_3(page):
    """Soledad (PenciDesign) on an Omani WordPress daily: hidden penci-hide-tagupdated (author +
    MODIFIED time), post-box-meta-single «بقلم» + a.author-url, time.entry-date.published +04:00
    showing the Muscat day and 12-hour clock."""
    a, site = page.article, page.site
    d = a.published
    m = shift(d, 1)  # Muscat
    mod = d + dt.timedelta(minutes=num(a, "mod", 10, 400))
    mm = shift(mod, 1)
    today = shift(d + dt.timedelta(minutes=num(a, "tdy", 30, 2400)), 1)
    sec = pick(a, "sec", OM_SECTIONS)
    sslug = slug(sec, 2)
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    ra = page.others("read_also", 3)
    if ra:
        items = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in ra)
        boxes.append((0 if len(blocks) < 3 else 1,
                      f'<div class="penci-ilrelated-posts penci-ilrposts-list"><div class="penci-ilrltpost-title"><span>اقرأ أيضاً</span></div><ul>{items}</ul></div>'))
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 3 else 99,
                  f'<div class="penci-google-adsense-2"><span class="ads-label">إعلان</span><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-{snum(site, "pub", 1000000000, 9999999999)}" data-ad-slot="{num(a, "slot", 1000000, 9999999)}" data-ad-format="auto"></ins>'
                  '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'))
    if num(a, "ig", 0, 2) == 0 and len(blocks) > 2:
        nm, h = pick(a, "igh", OM_INSTA)
        boxes.append((ratio_at(blocks, 0.75),
                      f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/{a.key[:11]}/" data-instgrm-version="4"><div><p><a href="https://www.instagram.com/p/{a.key[:11]}/" target="_blank">منشور تمت مشاركته بواسطة {esc(nm)} (@{h})</a></p></div></blockquote>'
                      '<script async defer src="//platform.instagram.com/en_US/embeds.js"></script>'))
    boxes.append((99, f'<p class="wa-follow"><a href="https://whatsapp.com/channel/{a.key[:12]}" target="_blank" rel="noopener">تابعوا {esc(site.short)} على واتساب لمتابعة آخر الأخبار المحلية والعالمية</a></p>'))
    body = weave(blocks, boxes)
    aslug = slug(a.author, 3) if a.author else ""
    hidden = (f'<div class="penci-hide-tagupdated">'
              + (f'<span class="author-italic author vcard">بقلم <a class="author-url url fn n" href="/author/{aslug}/">{esc(a.author)}</a></span>' if a.author else "")
              + f'<time class="entry-date updated" datetime="{iso_off(mod, 4)}">{wp_day(mm)}</time></div>')
    byline = ""
    if a.author:
        byline = (f'<span class="author-post byline"><span class="author vcard">بقلم <a class="author-url url fn n" href="/author/{aslug}/">{esc(a.author)}</a></span></span>')
    ncom = num(a, "nc", 0, 4)
    coms = []
    for j in range(ncom):
        nm, tx = OM_COMMENTS[(num(a, "cu", 0, 4) + j) % len(OM_COMMENTS)]
        ct = shift(d + dt.timedelta(minutes=num(a, f"c{j}", 15, 200) + 47 * j), 1)
        cid = num(a, f"cid{j}", 10000, 99999)
        coms.append(f'<div class="thecomment" id="comment-{cid}"><div class="author-img"><img alt="" src="https://secure.gravatar.com/avatar/{cid}?s=100&amp;d=mm" class="avatar avatar-100 photo" height="100" width="100"></div>'
                    f'<div class="comment-text"><span class="author">{esc(nm)}</span><span class="date"><i class="penci-faicon fa fa-clock-o"></i>{wp_day(ct)} - {h12(ct)} {am_pm(ct)}</span>'
                    f'<div class="comment-content"><p>{esc(tx)}</p></div><span class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">رد</a></span></div></div>')
    related = "".join(
        f'<div class="item-related"><a class="related-thumb penci-image-holder" href="{esc(page.url_of(o))}" title="{esc(o.title)}" style="background-image:url(/wp-content/uploads/2015/08/{o.key}-585x390.jpg)"></a>'
        f'<h3><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></h3><span class="date"><time class="entry-date published" datetime="{iso_off(o.published, 4)}">{wp_day(shift(o.published, 1))}</time></span></div>'
        for o in page.others("similar", 3))
    popular = "".join(f'<li class="penci-feed"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a><span class="side-item-meta">{wp_day(shift(o.published, 1))}</span></li>' for o in page.others("popular", 5))
    trend = "".join(f'<a class="penci-topbar-post-title" href="{esc(page.url_of(o))}">{esc(o.title)}</a>' for o in page.others("ticker", 5))
    nav = "".join(f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{400 + i}"><a href="/category/{slug(n, 2)}/">{n}</a></li>' for i, n in enumerate(OM_NAV))
    pn = page.others("prevnext", 2)
    pnh = ""
    if len(pn) == 2:
        pnh = (f'<div class="post-pagination"><div class="prev-post"><div class="prev-post-inner"><div class="prev-post-title"><span>المقال السابق</span></div><a href="{esc(page.url_of(pn[0]))}"><div class="pagi-text"><h5 class="prev-title">{esc(pn[0].title)}</h5></div></a></div></div>'
               f'<div class="next-post"><div class="next-post-inner"><div class="prev-post-title next-post-title"><span>المقال التالي</span></div><a href="{esc(page.url_of(pn[1]))}"><div class="pagi-text"><h5 class="next-title">{esc(pn[1].title)}</h5></div></a></div></div></div>')
    author_box = ""
    if a.author:
        gav = hashlib.md5(a.author.encode()).hexdigest()
        author_box = (f'<div class="post-author"><div class="author-img"><img alt="" src="https://secure.gravatar.com/avatar/{gav}?s=100&amp;d=mm" class="avatar avatar-100 photo" height="100" width="100"></div>'
                      f'<div class="author-content"><h5><a href="/author/{aslug}/" title="مقالات {esc(a.author)}" rel="author">{esc(a.author)}</a></h5><p></p></div></div>')
    tags = "".join(f'<a href="/tag/{slug(t, 1)}/" rel="tag">{esc(t)}</a>' for t in L.tags_for(a)[:5])
    img = f"/wp-content/uploads/2015/08/{a.key}.jpg"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": page.canonical + "#article", "headline": a.title[:110],
         "datePublished": iso_off(d, 4), "dateModified": iso_off(mod, 4),
         "mainEntityOfPage": {"@id": page.canonical}, "articleSection": [sec], "inLanguage": "ar",
         "publisher": {"@id": site.base + "/#organization"},
         **({"author": {"@type": "Person", "name": a.author}} if a.author else {})},
        {"@type": "WebPage", "@id": page.canonical, "url": page.canonical, "name": f"{a.title} - {site.name}",
         "datePublished": iso_off(d, 4), "dateModified": iso_off(mod, 4)},
        {"@type": "Organization", "@id": site.base + "/#organization", "name": site.name, "url": site.base + "/"}]}
    ld_js = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
    out = f"""<!DOCTYPE html>
<!--[if IE 6]><html class="ie ie6" dir="rtl" lang="ar"><![endif]-->
<html dir="rtl" lang="ar">
<head>
<meta charset="{site.encoding}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - {esc(site.name)}</title>
<meta name="robots" content="index, follow, max-image-preview:large" />
<link rel="canonical" href="{esc(page.canonical)}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)} - {esc(site.name)}" />
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:site_name" content="{esc(site.name)}" />
<meta property="article:published_time" content="{iso_off(d, 4)}" />
<meta property="article:modified_time" content="{iso_off(mod, 4)}" />
<meta property="og:image" content="{esc(site.base + img)}" />
<meta name="twitter:card" content="summary_large_image" />
<script type="application/ld+json" class="yoast-schema-graph">{ld_js}</script>
<link rel='stylesheet' id='penci-soledad-parent-style-css' href='/wp-content/themes/soledad/style.css?ver=8.2.5' type='text/css' media='all' />
<link rel='stylesheet' id='penci-soledad-rtl-css' href='/wp-content/themes/soledad/rtl.css?ver=8.2.5' type='text/css' media='all' />
<meta name="generator" content="WordPress 6.0.2" />
<meta name="generator" content="Soledad 8.2.5" />
</head>
<body class="rtl post-template-default single single-post postid-{a.n} single-format-standard soledad-ver-8-2-5 pclight-mode penci-body-single-style-1 penci-fawesome-ver5">
<div class="wrapper-boxed header-style-header-6">
<div class="penci-header-wrap">
<div class="penci-top-bar no-social topbar-menu">
<div class="container"><div class="penci-headline" role="navigation">
<div class="pctopbar-item penci-wtopbar-date">{WEEKDAYS[today.weekday()]}، {wp_day(today)}</div>
<div class="pctopbar-item penci-topbar-weather">مسقط 41° | صلالة 27° | نزوى 43° &nbsp; | &nbsp; نفط عمان {snum(site, "oil", 44, 56)}.{num(a, "oilc", 10, 99)} دولار</div>
<div class="pctopbar-item penci-topbar-trending"><span class="headline-title">عاجل</span><span class="penci-trending-nav"></span><div class="penci-owl-carousel penci-owl-carousel-slider penci-headline-posts" data-auto="true">{trend}</div></div>
</div></div></div>
<header id="header" class="header-header-6 has-bottom-line" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<div class="inner-header penci-header-second"><div class="container"><div id="logo"><a href="/"><img class="penci-mainlogo penci-logo" src="/wp-content/uploads/2015/01/logo.png" alt="{esc(site.name)}" width="320" height="80" /></a></div>
<div class="header-banner header-style-3"><a href="/ads/omantel"><img src="/wp-content/uploads/2015/07/omantel-728x90.jpg" alt="إعلان" width="728" height="90" /></a></div></div></div>
<nav id="navigation" class="header-layout-bottom header-6 menu-style-2" role="navigation" itemscope itemtype="https://schema.org/SiteNavigationElement"><div class="container"><div class="button-menu-mobile header-6"><i class="penci-faicon fas fa-bars"></i></div>
<ul id="menu-main-menu" class="menu">{nav}</ul>
<div id="top-search" class="penci-top-search pcheader-icon top-search-classes"><a href="#" class="search-click" aria-label="بحث"><i class="penciicon-magnifiying-glass"></i></a></div></div></nav>
</header>
</div>
<div class="container container-single penci_sidebar right-sidebar penci-enable-lightbox">
<div id="main" class="penci-main-sticky-sidebar"><div class="theiaStickySidebar">
<div class="penci-breadcrumb single-breadcrumb"><span><a class="crumb" href="/">الرئيسية</a></span><i class="penci-faicon fas fa-angle-left"></i><span><a class="crumb" href="/category/{sslug}/">{esc(sec)}</a></span><i class="penci-faicon fas fa-angle-left"></i><span>{esc(short(a.title, 8))}</span></div>
<article id="post-{a.n}" class="post type-post status-publish">
<div class="header-standard header-classic single-header">
<div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name penci-cat-{300 + num(a, 'cat', 0, 9)}" href="/category/{sslug}/" rel="category tag"><span>{esc(sec)}</span></a></span></div>
<h1 class="post-title single-post-title entry-title">{esc(a.title)}</h1>
{hidden}
<div class="post-box-meta-single">{byline}<span><time class="entry-date published" datetime="{iso_off(d, 4)}">{wp_day(m)} - {h12(m)} {am_pm(m)}</time></span><span class="single-comment-o"><i class="penci-faicon far fa-comment"></i>{ncom} تعليق</span><span class="single-readtime"><i class="penci-faicon far fa-clock"></i>{reading_minutes(a)} دقائق قراءة</span></div>
</div>
<div class="post-image"><a href="{img}" data-rel="penci-gallery-image-content"><img class="attachment-penci-full-thumb size-penci-full-thumb penci-single-featured-img wp-post-image" src="{img}" alt="" width="1170" height="663" /></a></div>
<div class="post-entry blockquote-style-2">
<div class="inner-post-entry entry-content" id="penci-post-entry-inner">
{body}
<div class="penci-single-link-pages"></div>
<div class="post-tags">{tags}</div>
</div>
</div>
<div class="tags-share-box single-post-share tags-share-box-s1 center-box">
<span class="single-comment-o"><i class="penci-faicon far fa-comment"></i>{ncom} تعليق</span>
<div class="post-share"><span class="post-share-item post-share-plike"><span class="count-number-like">{num(a, 'likes', 0, 40)}</span></span><a class="post-share-item post-share-facebook" target="_blank" rel="noreferrer" href="https://www.facebook.com/sharer/sharer.php?u={esc(page.canonical)}"><span class="dt-share">فيسبوك</span></a><a class="post-share-item post-share-twitter" target="_blank" rel="noreferrer" href="https://twitter.com/intent/tweet?text={slug(a.title, 5)}%20-%20{esc(page.canonical)}"><span class="dt-share">تويتر</span></a><a class="post-share-item post-share-whatsapp" target="_blank" rel="noreferrer" href="https://api.whatsapp.com/send?text={esc(page.canonical)}"><span class="dt-share">واتساب</span></a></div>
</div>
{author_box}
{pnh}
<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">قد يعجبك أيضاً</h4></div><div class="penci-owl-carousel penci-owl-carousel-slider penci-related-carousel">{related}</div></div>
<div class="post-comments" id="comments">
<div class="post-title-box"><h4 class="post-box-title">{comments_word(ncom)}</h4></div>
{"".join(coms)}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>اترك تعليقاً</span></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" placeholder="تعليقك" aria-required="true"></textarea></p><p class="comment-form-author"><input id="author" name="author" type="text" value="" placeholder="الاسم*" size="30" /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال" /></p></form></div>
</div>
</article>
</div></div>
<div id="sidebar" class="penci-sidebar-right penci-sidebar-content style-1 penci-sticky-sidebar"><div class="theiaStickySidebar">
<aside id="penci_latest_news_widget-2" class="widget penci_latest_news_widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">الأكثر قراءة</span></h3><ul class="side-newsfeed">{popular}</ul></aside>
<aside id="penci_facebook_widget-2" class="widget penci_facebook_widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">تابعونا على فيسبوك</span></h3><div class="fb-page" data-href="https://www.facebook.com/{site.id}" data-height="330"></div></aside>
<aside id="media_image-3" class="widget widget_media_image"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">العدد الورقي</span></h3><a href="/pdf/"><img src="/wp-content/uploads/2015/08/pdf-cover.jpg" alt="" width="300" height="420" /></a></aside>
</div></div>
</div>
<footer id="footer-section" class="penci-footer-social-media penci-lazy"><div class="container">
<div class="footer-logo-copyright"><div id="footer-logo"><a href="/"><img src="/wp-content/uploads/2015/01/logo-footer.png" alt="{esc(site.name)}" /></a></div>
<ul class="footer-socials"><li><a href="https://twitter.com/" target="_blank" rel="noreferrer"><span>Twitter</span></a></li><li><a href="https://instagram.com/" target="_blank" rel="noreferrer"><span>Instagram</span></a></li><li><a href="https://youtube.com/" target="_blank" rel="noreferrer"><span>Youtube</span></a></li></ul>
<div id="footer-copyright"><p>&copy; 2015 جميع الحقوق محفوظة لـ {esc(site.name)} - مؤسسة الوطن للصحافة والنشر والإعلان. روي، مسقط، سلطنة عمان. هاتف: 24491919</p></div></div>
<div class="go-to-top-parent"><a href="#" class="go-to-top"><span><i class="penci-faicon fas fa-angle-up"></i><br>أعلى الصفحة</span></a></div></div></footer>
</div>
<script type='text/javascript' id='main-scripts-js-extra'>var ajax_var_more = {{"url":"{esc(site.base)}\\/wp-admin\\/admin-ajax.php","nonce":"{a.key[:10]}"}};</script>
<script type='text/javascript' src='/wp-content/themes/soledad/js/main.js?ver=8.2.5' id='main-scripts-js'></script>
</body>
</html>"""
    return finish(out, page)


# --- b32_4: text-only LITE edition of a Russian agency's Arabic service, Moscow (UTC+3) ------

SP_SECTIONS = ["العالم العربي", "العالم", "اقتصاد", "روسيا", "رياضة", "علوم"]


def sp_stamp(d):
    return f"{d:%H:%M} {d:%d.%m.%Y}"


def layout_b32_4(page):
    """Text-only lite page: the name alone in <b> inside the byline <p>, «14:32 09.08.2015 (بتوقيت
    موسكو)» with an optional «(محدثة …)»; boxes as plain lines; +0300 only in one meta."""
    a, site = page.article, page.site
    d = a.published  # Moscow (MSK, UTC+3) = Riyadh wall clock
    mod = d + dt.timedelta(minutes=num(a, "mod", 9, 280))
    sec = pick(a, "sec", SP_SECTIONS)
    full = site.path_of(a)
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    boxes.append((0, f"<p class=\"ph\">[صورة] {esc(short(a.title, 7))} - &copy; Sputnik</p>" if len(blocks) > 1 else ""))
    for k, o in enumerate(page.others("read_also", 2)):
        at = ratio_at(blocks, 0.3 + 0.4 * k) if len(blocks) > 2 else 99
        boxes.append((at, f'<p class="ra">اقرأ أيضاً: <a href="/lite{esc(page.url_of(o))}">{esc(o.title)}</a></p>'))
    kind = num(a, "emb", 0, 2)
    if kind == 0 and len(blocks) > 2:
        boxes.append((ratio_at(blocks, 0.6), f'<p class="ph">[فيديو] <a href="{esc(full)}#video">شاهد الفيديو على النسخة الكاملة</a></p>'))
    elif kind == 1 and len(blocks) > 2:
        boxes.append((ratio_at(blocks, 0.6), f'<p class="ph">[إنفوغراف] <a href="{esc(full)}#infographic">{esc(short(a.title, 5))} - اعرض الإنفوغراف</a></p>'))
    boxes.append((99, f'<p class="ph">تابعوا آخر الأخبار على قناة {esc(site.short)} في تيليغرام: t.me/{site.id}_ar</p>'))
    body = weave(blocks, [b for b in boxes if b[1]])
    byline = f'<p class="byline"><b>{esc(a.author)}</b></p>' if a.author else ""
    upd = f" (محدثة {sp_stamp(mod)})" if num(a, "hu", 0, 1) else ""
    tags = " | ".join(f'<a href="/lite/keyword_{slug(t, 1)}/">{esc(t)}</a>' for t in L.tags_for(a)[:5])
    latest = "".join(f'<li>{o.published:%H:%M} <a href="/lite{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("latest", 10))
    secs = " | ".join(f'<a href="/lite/{slug(s, 2)}/">{s}</a>' for s in SP_SECTIONS)
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - {esc(site.name)} (النسخة الخفيفة)</title>
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="article:published_time" content="{d:%Y-%m-%dT%H:%M}+0300">
<style>body{{font-family:Arial,sans-serif;max-width:640px;margin:0 auto;padding:8px;line-height:1.6;color:#111}}a{{color:#0645ad}}header,footer{{font-size:13px;border-bottom:1px solid #ccc;padding:4px 0}}footer{{border-top:1px solid #ccc;border-bottom:0}}.meta{{color:#555;font-size:13px}}.ph{{color:#555;font-size:13px}}</style>
</head>
<body>
<header>
<p><a href="/lite/"><b>{esc(site.name)}</b></a> | النسخة الخفيفة | <a href="{esc(full)}">الانتقال إلى النسخة الكاملة</a></p>
<p>{secs}</p>
</header>
<main>
<p class="meta"><a href="/lite/{slug(sec, 2)}/">{esc(sec)}</a></p>
<h1>{esc(a.title)}</h1>
{byline}
<p class="meta">{sp_stamp(d)} (بتوقيت موسكو){upd}</p>
<hr>
{body}
<hr>
<p class="meta">الوسوم: {tags}</p>
<p class="meta">شارك: <a href="https://twitter.com/intent/tweet?url={esc(page.canonical)}">تويتر</a> | <a href="https://www.facebook.com/sharer.php?u={esc(page.canonical)}">فيسبوك</a> | <a href="whatsapp://send?text={esc(page.canonical)}">واتساب</a> | <a href="https://t.me/share/url?url={esc(page.canonical)}">تيليغرام</a></p>
</main>
<section>
<h2>آخر الأخبار</h2>
<ul>{latest}</ul>
</section>
<footer>
<p><a href="{esc(full)}">النسخة الكاملة</a> | <a href="/docs/privacy_policy.html">سياسة الخصوصية</a> | <a href="/docs/about/index.html">من نحن</a></p>
<p>&copy; 2015 {esc(site.name)}. 18+</p>
</footer>
</body>
</html>"""
    return finish(out, page)


# --- b32_5: Emirati digital outlet built with Hugo, Dubai (UTC+4) -----------------------------

AE_MENU = [("الرئيسية", "/"), ("الإمارات", "/categories/الإمارات/"), ("الخليج", "/categories/الخليج/"),
           ("عربي ودولي", "/categories/عربي-ودولي/"), ("اقتصاد", "/categories/اقتصاد/"), ("رياضة", "/categories/رياضة/"),
           ("تكنولوجيا", "/categories/تكنولوجيا/"), ("من نحن", "/about/")]
AE_CATS = ["الخليج", "عربي ودولي", "اقتصاد", "الخليج", "رياضة", "منوعات"]
AE_TWEETS = [("حكومة دبي", "DXBMediaOffice"), ("وكالة أنباء الإمارات", "wamnews"),
             ("وكالة الأنباء السعودية", "spagov"), ("طيران الإمارات", "emirates")]


def hugo_day(d):
    """Go layout «02 Jan 2006 15:04» (English month: Go formats no other language)."""
    return f"{d.day:02d} {EN_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def hugo_short(d):
    """Go layout «Jan 2, 2006»."""
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def layout_b32_5(page):
    """Hugo static site: <time datetime="…+04:00">09 Aug 2015 15:32</time> (Dubai, English month),
    «بقلم» + span.post-author, a later git lastmod «آخر تحديث: Aug 10, 2015»; figure caption in <h4>."""
    a, site = page.article, page.site
    d = a.published
    u = shift(d, 1)  # Dubai
    lastmod = d + dt.timedelta(minutes=num(a, "lm", 300, 3000))
    lu = shift(lastmod, 1)
    cat = pick(a, "cat", AE_CATS)
    pslug = slug(a.title, 5)
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    fig = (f'<figure>\n    <img src="/images/2015/08/{a.key[:10]}.jpg" alt="{esc(short(a.title, 5))}" />\n'
           f'    <figcaption>\n        <h4>{esc(short(a.title, 7))} (أرشيفية)</h4>\n    </figcaption>\n</figure>')
    boxes.append((0 if len(blocks) > 1 else 99, fig))
    ra = page.others("read_also", 2)
    if ra:
        boxes.append((1 if len(blocks) > 3 else 99,
                      '<aside class="readalso"><strong>اقرأ أيضاً:</strong><ul>' + "".join(
                          f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in ra) + "</ul></aside>"))
    q = a_sentence(a, "q")
    if q and num(a, "bq", 0, 2) == 0:
        boxes.append((ratio_at(blocks, 0.45), f"<blockquote>\n<p>{esc(q)}</p>\n</blockquote>"))
    if len(blocks) > 2:
        if num(a, "emb", 0, 1):
            boxes.append((ratio_at(blocks, 0.7),
                          f'<div style="position: relative; padding-bottom: 56.25%; padding-top: 30px; height: 0; overflow: hidden;">\n'
                          f'  <iframe src="//www.youtube.com/embed/{a.key[:11]}" style="position: absolute; top: 0; left: 0; width: 100%; height: 100%;" allowfullscreen frameborder="0"></iframe>\n </div>'))
        else:
            nm, h = pick(a, "twh", AE_TWEETS)
            tt = d - dt.timedelta(minutes=num(a, "twm", 30, 500))
            boxes.append((ratio_at(blocks, 0.7),
                          f'<blockquote class="twitter-tweet"><p lang="ar" dir="rtl">{esc(short(pick(a, "twt", page.others("tw", 3) or [a]).title, 14))}</p>'
                          f'&mdash; {esc(nm)} (@{h}) <a href="https://twitter.com/{h}/status/{num(a, "st", 10**17, 10**18)}">{EN_FULL[tt.month - 1]} {tt.day}, {tt.year}</a></blockquote>\n'
                          '<script async src="//platform.twitter.com/widgets.js" charset="utf-8"></script>'))
    body = weave(blocks, boxes)
    author = ""
    if a.author:
        author = f'<span class="post-meta-label">بقلم</span> <span class="post-author">{esc(a.author)}</span> &middot; '
    tags = "".join(f'<li><a href="/tags/{slug(t, 1)}/">{esc(t)}</a></li>' for t in L.tags_for(a)[:5])
    related = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a> <time datetime="{iso_off(o.published, 4)}">{hugo_short(shift(o.published, 1))}</time></li>'
                      for o in page.others("similar", 5))
    latest = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("ticker", 6))
    menu = "".join(f'<li class="nav-item"><a href="{h}">{n}</a></li>' for n, h in AE_MENU)
    pn = page.others("prevnext", 2)
    pnh = ""
    if len(pn) == 2:
        pnh = (f'<nav class="post-nav"><a class="prev" href="{esc(page.url_of(pn[0]))}">&laquo; السابق: {esc(pn[0].title)}</a>'
               f'<a class="next" href="{esc(page.url_of(pn[1]))}">التالي: {esc(pn[1].title)} &raquo;</a></nav>')
    shortname = site.id.replace("3", "three") + "-ae"
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="{site.encoding}">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="generator" content="Hugo 0.14" />
  <title>{esc(a.title)} &middot; {esc(site.name)}</title>
  <meta name="description" content="{esc(L.first_sentence(a.text))}">
  {('<meta name="author" content="' + esc(a.author) + '">') if a.author else ''}
  <link rel="canonical" href="{esc(page.canonical)}">
  <meta property="og:title" content="{esc(a.title)}" />
  <meta property="og:description" content="{esc(L.first_sentence(a.text))}" />
  <meta property="og:type" content="article" />
  <meta property="og:url" content="{esc(page.canonical)}" />
  <meta property="og:image" content="{esc(site.base)}/images/2015/08/{a.key[:10]}.jpg" />
  <meta property="article:published_time" content="{iso_off(d, 4)}"/>
  <meta property="article:modified_time" content="{iso_off(lastmod, 4)}"/>
  <meta property="article:section" content="{esc(cat)}" />
  <meta name="twitter:card" content="summary_large_image"/>
  <meta name="twitter:title" content="{esc(a.title)}"/>
  <link rel="alternate" href="/index.xml" type="application/rss+xml" title="{esc(site.name)}">
  <link rel="stylesheet" href="/css/style.css">
  <link rel="stylesheet" href="/css/rtl.css">
</head>
<body>
<div class="topbar"><div class="container"><span class="topbar-place">دبي</span> <span id="weather" data-city="dubai">--°</span> <a href="/index.xml">RSS</a> <a href="https://twitter.com/">تويتر</a> <a href="https://instagram.com/">إنستغرام</a></div></div>
<header class="site-header">
  <div class="container">
    <a class="site-title" href="/">{esc(site.name)}</a>
    <p class="site-description">أخبار الإمارات والخليج والعالم</p>
    <nav class="main-nav"><ul>{menu}</ul></nav>
  </div>
</header>
<div class="latest-strip"><div class="container"><span class="label">آخر الأخبار</span><ul>{latest}</ul></div></div>
<main class="container content">
  <nav class="breadcrumb"><a href="/">الرئيسية</a> / <a href="/categories/{slug(cat, 2)}/">{esc(cat)}</a> / <a href="/post/">الأخبار</a></nav>
  <article class="post">
    <header class="post-header">
      <h1 class="post-title">{esc(a.title)}</h1>
      <div class="post-meta">
        {author}<time datetime="{iso_off(d, 4)}">{hugo_day(u)}</time> &middot; {reading_minutes(a)} دقائق للقراءة
        <span class="post-lastmod">آخر تحديث: {hugo_short(lu)}</span>
      </div>
    </header>
    <div class="post-content">
      {body}
    </div>
    <footer class="post-footer">
      <div class="post-taxonomies"><span>الوسوم:</span><ul class="tags">{tags}</ul>
      <span>التصنيفات:</span><ul class="categories"><li><a href="/categories/{slug(cat, 2)}/">{esc(cat)}</a></li></ul></div>
      <div class="share"><a href="https://twitter.com/intent/tweet?text={slug(a.title, 5)}&amp;url={esc(page.canonical)}">تويتر</a> <a href="https://www.facebook.com/sharer/sharer.php?u={esc(page.canonical)}">فيسبوك</a> <a href="whatsapp://send?text={esc(page.canonical)}">واتساب</a> <a href="https://www.linkedin.com/shareArticle?url={esc(page.canonical)}">لينكدإن</a></div>
      {pnh}
    </footer>
  </article>
  <section class="related"><h2>أخبار ذات صلة</h2><ul>{related}</ul></section>
  <section class="comments">
<div id="disqus_thread"></div>
<script type="text/javascript">
    var disqus_shortname = '{shortname}';
    var disqus_identifier = '{page.canonical}';
    var disqus_title = '{a.title.replace(chr(39), " ")}';
    var disqus_url = '{page.canonical}';

    (function() {{
        var dsq = document.createElement('script'); dsq.type = 'text/javascript'; dsq.async = true;
        dsq.src = '//' + disqus_shortname + '.disqus.com/embed.js';
        (document.getElementsByTagName('head')[0] || document.getElementsByTagName('body')[0]).appendChild(dsq);
    }})();
</script>
<noscript>Please enable JavaScript to view the <a href="http://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>
<a href="http://disqus.com/" class="dsq-brlink">comments powered by <span class="logo-disqus">Disqus</span></a>
  </section>
</main>
<footer class="site-footer">
  <div class="container">
    <ul class="footer-links"><li><a href="/about/">من نحن</a></li><li><a href="/contact/">تواصل معنا</a></li><li><a href="/privacy/">الخصوصية</a></li><li><a href="/index.xml">RSS</a></li></ul>
    <p>&copy; 2015 {esc(site.name)} &middot; دبي، الإمارات العربية المتحدة &middot; Powered by <a href="https://gohugo.io">Hugo</a></p>
  </div>
</footer>
<script src="/js/main.js"></script>
</body>
</html>"""
    return finish(out, page)


LAYOUTS = {
    "b32_1": layout_b32_1,
    "b32_2": layout_b32_2,
    "b32_3": layout_b32_3,
    "b32_4": layout_b32_4,
    "b32_5": layout_b32_5,
}
