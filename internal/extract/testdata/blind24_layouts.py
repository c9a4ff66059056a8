"""Blind test layouts (set 24) for newsfarm (--extra-layouts): five article
templates modelled on mainstream, high-traffic Arabic news sites of kinds that
no earlier layout file imitates, written without reading Khabar's extractor.
Each prints the whole page a reader gets: top bar, header and menus, tickers,
the article, the boxes real sites put inside the text, and the lists,
comments, sidebars and footer around it.

Three of the suggested kinds were already imitated and are replaced: the
Hespress-like Moroccan portal (blind4's b4_5 is Hespress's hero-overlay design
with Moroccan months and numbered comments), the Kuwaiti daily (blind7's b7_3
and blind18's b18_5, with KUNA in b9_2) and the BBC-Arabic article page
(blind6's b6_1 is the current BBC World Service front end).

  b24_1  EGYPTIAN STATE DAILY's NEW site (Al-Ahram-like 2020s redesign on
         ASP.NET Core + Bootstrap, not the old WebForms gate of b8_1),
         CAIRO time = UTC+2 in August 2015 (Egypt cancelled summer time
         that year), one hour BEHIND Riyadh, so the day can roll back: a
         bar of the house's sister titles («بوابة الأهرام», «الأهرام
         المسائي», «الأهرام العربي» … «Ahram Online», «Al-Ahram Hebdo»),
         the print MASTHEAD LINE in the Egyptian order «الأحد 24 من شوال
         1436 هــ 9 أغسطس 2015 - السنة 139 - العدد 47004» (Cairo day),
         Cairo / Alexandria / Aswan temperatures and the pound rates; an
         «عاجل» strip with Cairo clocks; breadcrumb, section, headline; the
         news-info row: the writer's avatar + the name alone in an <a> to
         /Writers/<id>.aspx (only with an author), then «9-8-2015 | 13:32»
         (d-m-yyyy, 24-hour Cairo, nothing says so) and a view count;
         JSON-LD NewsArticle (+ BreadcrumbList) and article:published_time
         in +02:00. Lead picture «صورة أرشيفية» or with «تصوير:» + a
         photographer (a distractor name). In the text a bold «اقرأ أيضًا»
         list of two links, an «إعلان» slot and an inline infographic
         caption; on about a third of the pages a closing PRINT line
         «نُشر في النسخة المطبوعة من «<short>» الصادرة بتاريخ 10 أغسطس
         2015 - العدد 47005» (the NEXT day: a decoy date). After it «كلمات البحث»,
         share, readers' comments with Egyptian names and Cairo stamps,
         «المزيد من <section>» with Cairo dates, most-read, «أعمدة
         <short>» (columnists' names with column titles), an opinion poll,
         footer naming the chairman and editor-in-chief (distractor names).
  b24_2  PALESTINIAN high-traffic NEWS PORTAL with a readers' opinion
         platform (Dunya-Al-Watan-like, Gaza; Gaza = UTC+3 in August 2015,
         the Riyadh wall clock): top bar with the Gaza day and «آخر
         تحديث», «أرسل خبرك», a leaderboard «إعلان»; menu with «دنيا
         الرأي»; an «آخر الأخبار» strip with clocks; path, headline, the
         info row «تاريخ النشر : 2015-08-09 14:32:07» (ISO-like with
         SECONDS, no zone printed), read and comment counts; font / print
         tools; og tags with article:published_time +03:00, NO JSON-LD. The
         text opens with the portal's SOURCE LINE as its own <p>: «<short>
         - <strong class="writer">credit</strong>» on pages with an author
         (the portal's name left out when the credit carries it),
         «رام الله - <short>» (a desk city, not a name) otherwise. In the
         text an AdSense block «إعلانات Google», an «إقرأ أيضاً» link line
         and on some pages a YouTube iframe; after it «الكلمات الدلالية»,
         share, «أخبار ذات صلة» with dates, a long NUMBERED comment thread
         «1 - name - country» with «2015-08-09 15:01:22» stamps, comment
         rules; a sidebar with shekel exchange rates, Gaza / Ramallah /
         Jerusalem weather, most-read / most-commented tabs, «دنيا الرأي»
         writers with article titles (other names), a cartoon with the
         artist's name. One site is windows-1256 (NCRs where it lacks
         letters).
  b24_3  ABU DHABI-based pan-Arab DIGITAL news outlet (Al-Ain-News-like),
         UAE time = UTC+4, one hour AHEAD of Riyadh (the day can roll
         forward): edition links (English, Français), «عاجل» bar; breadcrumb,
         headline, the author box (avatar + the name alone in
         <a class="author-link"> to /author/<slug>, only with an author),
         then «الأحد 2015/8/9 03:32 م بتوقيت أبوظبي» (yyyy/m/d, 12-hour,
         zone in words); JSON-LD NewsArticle datePublished in UTC «Z», no
         article:published_time. Lead picture with a «(رويترز)»-style
         credit. In the text an «اقرأ أيضاً» card (picture + headline), a
         doubleclick «إعلان» slot and on half the pages an embedded tweet
         with its own date; after it a newsletter sign-up box in prose,
         «كلمات مفتاحية», share, «اقرأ المزيد» cards with UAE dates,
         most-read, «مقالات» (columnists, other names), footer. One site is
         windows-1256.
  b24_4  SAUDI DIGITAL-ONLY news site (Ajel / Al-Marsd / new-Sabq-like) on
         a QUINTYPE-like headless CMS: app-download banner, top bar with the
         Riyadh day in Hijri and Gregorian, «عاجل» ticker with 12-hour
         clocks; arr--story-page markup: section, headline, the author block
         (avatar + the name alone in <a class="author-name">, only with an
         author), «نشر في: 09 أغسطس 2015، 2:32 م» (Riyadh) inside <time
         datetime="…T11:32:07.000Z"> (UTC) and on some pages a LATER «آخر
         تحديث: …» line; JSON-LD datePublished +03:00; the whole story again
         in window.qtState (published-at as EPOCH MILLISECONDS, cards of
         story-elements with the text as HTML; authorless stories carry the
         desk account «فريق التحرير» there only). The text is a series of
         story-element-text divs with Quintype «also-read» element, an image
         element with caption and attribution, a jsembed tweet of a Saudi
         ministry with its own date, and, as the LAST element, a Snapchat
         follow promo in prose. After it tags, share, related stories with
         Riyadh dates, most-read, footer with the Ministry of Media licence
         number. No comments.
  b24_5  GERMAN international broadcaster's Arabic site in its current
         design (DW-Arabic-like), BERLIN time = CEST = UTC+2 in August, one
         hour BEHIND Riyadh (the day can roll back): consent notice in
         prose, a language menu of some thirty services (Latin, Cyrillic,
         Greek, Ethiopic, Devanagari … NCRs where the charset lacks
         letters), «البث المباشر»; <title> «headline – DW – 09.08.2015»;
         kicker, headline, a bold TEASER repeating the first sentence; the
         author (avatar + the name alone in an <a> to /ar/<slug>/person-<id>,
         only with an author) and the DAY ONLY «09.08.2015» (dotted, Berlin
         day) in <time datetime="…T11:32:07.000Z">; JSON-LD datePublished in
         UTC. Lead picture with «صورة من: <photographer>/dpa/picture
         alliance» credit. In the text a related-content teaser card, an
         inline picture with its own «صورة من:» credit, a DW video card with
         duration, and as the LAST <p> of the text the editors' INITIALS
         with the agencies «ع.ج.م/ ح.ز (د ب أ، رويترز)» (always; a
         sign-off, not an author). After it «مواضيع» chips, share with the
         «رابط دائم https://p.dw.com/p/…» short link, «المزيد من DW» cards
         with dotted dates, a programme promo, footer with the Bonn address.
         No ads, no comments.

Pages whose article has no author print no byline. The author string is
printed whole, exactly as the corpus gives it, as the only text of its
element (and as a JSON-LD Person only where the page has an author). Gold
times are Asia/Riyadh (+03:00); b24_1 shows Cairo time (UTC+2) and carries
+02:00; b24_2 shows the Gaza = Riyadh wall clock and carries +03:00; b24_3
shows Abu Dhabi time (UTC+4) and says so, carrying UTC «Z»; b24_4 shows the
Riyadh wall clock and carries UTC in <time> and +03:00 in JSON-LD; b24_5
shows only the Berlin day (UTC+2) and carries the minute in UTC. The
conversions are exact. Hijri dates follow Umm al-Qura (1 Shawwal 1436 = 17
July 2015). On windows-1256 sites, characters the charset lacks are written
as numeric character references (\\u escapes inside scripts).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts internal/extract/testdata/blind24_layouts.py \\
      --layouts b24_1,b24_2,b24_3,b24_4,b24_5 --out /work/blind24/pages
"""

import calendar
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
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


# --- helpers ---------------------------------------------------------------------------

def num(a, salt, lo, hi):
    h = int(hashlib.md5((a.key + salt).encode()).hexdigest()[:8], 16)
    return lo + h % (hi - lo + 1)


def pick(a, salt, seq):
    return seq[num(a, salt, 0, len(seq) - 1)]


def utf(page):
    return page.site.encoding.lower().startswith("utf")


def shift(d, hours):
    return d + dt.timedelta(hours=hours)


def iso_off(d, off):
    """Naive Riyadh time -> ISO string in the zone UTC+off."""
    t = shift(d, off - 3)
    sign = "+" if off >= 0 else "-"
    return t.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{abs(off):02d}:00"


def iso_z(d, ms=False):
    t = shift(d, -3)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if ms else "Z")


def epoch_ms(d):
    return calendar.timegm(shift(d, -3).timetuple()) * 1000


def ampm(d, am="ص", pm="م", pad=False):
    h = d.hour % 12 or 12
    return (f"{h:02d}" if pad else f"{h}") + f":{d.minute:02d} {am if d.hour < 12 else pm}"


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


def lead_sentence(text):
    """The first sentence of the text (cut at a word with an ellipsis when very long)."""
    paras = L.paragraphs(text)
    first = paras[0] if paras else text
    i = first.find(".")
    if 20 < i < 320:
        return first[: i + 1]
    w = first.split()
    return " ".join(w[:40]) + ("..." if len(w) > 40 else "")


def thousands(n):
    return f"{n:,}"


# =====================================================================================
# b24_1: Al-Ahram-like Egyptian state daily, new site, Cairo time (UTC+2)

AH_SISTERS = [("بوابة الأهرام", "https://gate.ahram.org.eg"), ("الأهرام المسائي", "/Masaai"),
              ("الأهرام العربي", "/Arabi"), ("الأهرام الاقتصادي", "/Eqtesadi"), ("الأهرام الرياضي", "/Riyadi"),
              ("نصف الدنيا", "/NosfElDonia"), ("الشباب", "/Shabab"), ("علاء الدين", "/AlaaEldin"),
              ("Ahram Online", "https://english.ahram.org.eg"), ("Al-Ahram Hebdo", "https://hebdo.ahram.org.eg"),
              ("Al-Ahram Weekly", "https://weekly.ahram.org.eg")]
AH_NAV = ["الرئيسية", "مصر", "العرب", "العالم", "اقتصاد", "رياضة", "حوادث", "تحقيقات", "ثقافة", "فنون",
          "قضايا وآراء", "أعمدة", "المرأة والطفل", "دنيا الدين", "فيديو", "ملفات"]
AH_SECTIONS = ["العرب", "العالم", "اقتصاد", "رياضة", "العرب", "حوادث", "ثقافة"]
AH_PHOTOGS = ["محمد مصطفى", "أحمد عبدالكريم", "هاني عبدالرحمن", "طارق حسن", "محمد عبده"]
AH_COLUMNS = [("عبدالمنعم سليمان", "هوامش حرة"), ("نادية الشريف", "مجرد رأي"), ("حسام الدين فؤاد", "نقطة نور"),
              ("ماجدة الحسيني", "كلمات حرة"), ("صلاح رشوان", "من قريب")]
AH_COMMENTS = [("محمد عبدالله", "ربنا يحفظ مصر والسعودية، العلاقة بين البلدين أكبر من أي حاجة."),
               ("أم يوسف", "خبر كويس بس عايزين نعرف التفاصيل أكتر، الكلام ده هيتطبق امتى؟"),
               ("مهندس أحمد سعيد", "كل التقدير للأهرام على المتابعة الدقيقة، ده الفرق بين الصحافة الحقيقية وبين السوشيال ميديا."),
               ("حسن الشرقاوي", "المشكلة دايما في التنفيذ مش في القرارات، وأتمنى المرة دي تكون مختلفة."),
               ("سامية", "الله المستعان، الأخبار دي محتاجة تحليل مش مجرد نقل."),
               ("عادل من أسيوط", "فين دور الإعلام في توعية الناس بالموضوع ده؟")]
AH_POLL = ("هل تتوقع أن تسهم قناة السويس الجديدة في زيادة موارد مصر من العملة الصعبة؟", ["نعم", "لا", "لا أعرف"])


def ah_stamp(t):
    return f"{t.day}-{t.month}-{t.year} | {t:%H:%M}"


def ah_issue(day):
    return 47004 + (day - dt.date(2015, 8, 9)).days


def ah_masthead(t):
    hd, hm, hy = hijri(t)
    return f"{WEEKDAYS[t.weekday()]} {hd} من {hm} {hy} هــ {t.day} {MONTHS[t.month - 1]} {t.year}"


def layout_b24_1(page):
    """Al-Ahram-like Egyptian state daily's new site: Cairo (UTC+2) «d-m-yyyy | HH:MM» beside the
    writer's avatar link, masthead issue line, read-also list / ad / infographic in the text,
    an occasional next-day print-edition line after it."""
    a, site = page.article, page.site
    d = a.published
    cai = shift(d, -1)
    img = f"/Media/News/{cai.year}/{cai.month}/{cai.day}/{a.key}.jpg"
    sec = pick(a, "sec", AH_SECTIONS)
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    boxes = []
    ra = page.others("read_also", 2)
    if ra:
        items = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in ra)
        boxes.append((0 if len(blocks) < 4 else 1,
                      f'<div class="read-also"><strong>اقرأ أيضًا</strong><ul>{items}</ul></div>'))
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 3 else 99,
                  f'<div class="ads-inread text-center"><span class="ads-label">إعلان</span>'
                  f'<div id="div-gpt-ad-1439{a.n}-0" style="min-height:250px"></div></div>'))
    if len(blocks) > 5 and num(a, "info", 0, 2) == 0:
        boxes.append((ratio_at(blocks, 0.75),
                      f'<figure class="inline-image"><img src="/Media/News/{cai.year}/{cai.month}/{cai.day}/infograph-{a.key[:8]}.jpg" alt="">'
                      f'<figcaption>إنفوجراف: {esc(short(a.title, 7))}</figcaption></figure>'))
    body = weave(blocks, boxes)
    wid = num(a, "wid", 1200, 8999)
    by = (f'<div class="news-writer"><img class="rounded-circle" src="/Media/Writers/{wid}.jpg" alt="" width="40" height="40">'
          f'<a href="/Writers/{wid}.aspx">{esc(a.author)}</a></div>' if a.author else "")
    views = num(a, "views", 150, 24000)
    if num(a, "photo", 0, 1):
        cap = f'{esc(short(a.title, 8))} <span class="photographer">تصوير: {pick(a, "ph", AH_PHOTOGS)}</span>'
    else:
        cap = "صورة أرشيفية"
    print_line = ""
    if num(a, "print", 0, 2) == 0:
        pday = cai.date() + dt.timedelta(days=1)
        print_line = (f'<div class="print-edition"><i class="fas fa-newspaper"></i> نُشر في النسخة المطبوعة من «{esc(site.short)}» الصادرة بتاريخ '
                      f'{pday.day} {MONTHS[pday.month - 1]} {pday.year} - العدد {ah_issue(pday)} - '
                      f'<a href="/PDF/{pday:%Y%m%d}.pdf">تصفح العدد</a></div>')
    sisters = "".join(f'<li><a href="{u}" target="_blank">{n}</a></li>' for n, u in AH_SISTERS)
    nav = "".join(f'<li class="nav-item"><a class="nav-link" href="/Portal/{i}/{slug(n, 2)}.aspx">{n}</a></li>'
                  for i, n in enumerate(AH_NAV))
    ticker = "".join(f'<li><span class="time">{shift(o.published, -1):%H:%M}</span> {L.link(page, o)}</li>'
                     for o in page.others("ticker", 6))
    tags = "".join(f'<a class="badge" href="/Search.aspx?q={esc(t)}">{esc(t)}</a> ' for t in L.tags_for(a)[:5])
    more = "".join(f'<div class="col-md-6 news-card"><a href="{esc(page.url_of(o))}"><img src="/Media/News/{o.published.year}/{o.published.month}/{o.published.day}/{o.key}.jpg" alt="">'
                   f'<h3>{esc(o.title)}</h3></a><span class="card-date">{shift(o.published, -1).day}-{shift(o.published, -1).month}-{shift(o.published, -1).year}</span></div>'
                   for o in page.others("similar", 4))
    popular = "".join(f'<li><span class="rank">{i + 1}</span> {L.link(page, o)}</li>'
                      for i, o in enumerate(page.others("popular", 6)))
    cols = "".join(f'<li><img src="/Media/Writers/col{i}.jpg" alt=""><span class="col-writer">{w}</span>'
                   f'<a href="/Columns/{num(a, w, 100000, 999999)}.aspx">{t}</a></li>' for i, (w, t) in enumerate(AH_COLUMNS[:4]))
    k = num(a, "nc", 0, 4)
    coms = []
    for j in range(k):
        nm, tx = AH_COMMENTS[(num(a, "cu", 0, 5) + j) % len(AH_COMMENTS)]
        ct = shift(d + dt.timedelta(minutes=num(a, f"c{j}", 6, 90) + 37 * j), -1)
        coms.append(f'<li class="comment"><div class="comment-head"><b>{esc(nm)}</b> <span class="comment-date">{ah_stamp(ct)}</span></div>'
                    f'<p>{esc(tx)}</p></li>')
    q, opts = AH_POLL
    poll = "".join(f'<li><label><input type="radio" name="poll"> {o}</label></li>' for o in opts)
    top = shift(d + dt.timedelta(minutes=num(a, "top", 5, 120)), -1)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "description": lead_sentence(a.text), "datePublished": iso_off(d, 2),
          "dateModified": iso_off(d + dt.timedelta(minutes=num(a, "mod", 2, 50)), 2),
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical}, "inLanguage": "ar-EG",
          "articleSection": sec,
          "image": {"@type": "ImageObject", "url": site.base + img, "width": 800, "height": 450},
          "publisher": {"@type": "NewsMediaOrganization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/Content/images/logo.png"}}}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    crumbs_ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": site.base + "/"},
        {"@type": "ListItem", "position": 2, "name": sec, "item": f"{site.base}/Portal/{slug(sec, 2)}.aspx"},
        {"@type": "ListItem", "position": 3, "name": a.title}]}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(a.title)} - {esc(site.name)}</title>
<meta name="description" content="{esc(lead_sentence(a.text))}">
<meta name="keywords" content="{esc(', '.join(L.tags_for(a)))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(lead_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}{img}">
<meta property="article:published_time" content="{iso_off(d, 2)}">
<meta property="article:section" content="{esc(sec)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@AlAhram">
{ldjson(ld)}
{ldjson(crumbs_ld)}
<link rel="stylesheet" href="/Content/bootstrap.rtl.min.css?v=4.6">
<link rel="stylesheet" href="/Content/fontawesome/css/all.min.css">
<link rel="stylesheet" href="/Content/site.min.css?v=2021.3">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.googletag=window.googletag||{{cmd:[]}};googletag.cmd.push(function(){{googletag.defineSlot('/21707489/Ahram_Article_InRead',[300,250],'div-gpt-ad-1439{a.n}-0').addService(googletag.pubads());googletag.pubads().setTargeting('section','{esc(sec)}');googletag.enableServices();}});</script>
</head>
<body class="news-details-page">
<div class="sisters-bar"><div class="container"><ul class="list-inline">{sisters}</ul></div></div>
<div class="top-bar"><div class="container d-flex justify-content-between">
<div class="masthead-line"><span class="print-date">{ah_masthead(cai)}</span> - <span class="year">السنة 139</span> - <span class="issue">العدد {ah_issue(cai.date())}</span>
<a class="pdf-link" href="/PDF/{cai:%Y%m%d}.pdf">عدد اليوم PDF</a></div>
<div class="weather">القاهرة 36° | الإسكندرية 31° | أسوان 44°</div>
<div class="currency">الدولار 7.83 جنيه | اليورو 8.59 جنيه | الريال السعودي 2.08 جنيه</div>
</div></div>
<header class="site-header"><div class="container d-flex align-items-center">
<a class="navbar-brand" href="/"><img src="/Content/images/logo.png" alt="{esc(site.name)}"></a>
<div class="header-ad"><span class="ads-label">إعلان</span><div id="div-gpt-ad-leaderboard"></div></div>
<form class="form-inline search" action="/Search.aspx"><input class="form-control" name="q" placeholder="ابحث في {esc(site.short)}"><button class="btn"><i class="fas fa-search"></i></button></form>
<div class="social-icons"><a href="https://www.facebook.com/AlAhram"><i class="fab fa-facebook-f"></i></a><a href="https://twitter.com/AlAhram"><i class="fab fa-twitter"></i></a><a href="https://www.youtube.com/AlAhram"><i class="fab fa-youtube"></i></a><a href="https://www.instagram.com/alahram"><i class="fab fa-instagram"></i></a></div>
</div></header>
<nav class="navbar navbar-expand-lg main-nav"><div class="container"><ul class="navbar-nav">{nav}</ul></div></nav>
<div class="breaking-news"><div class="container"><span class="label">عاجل</span><ul class="breaking-list">{ticker}</ul></div></div>
<main class="container">
<div class="row">
<div class="col-lg-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">الرئيسية</a></li><li class="breadcrumb-item"><a href="/Portal/{slug(sec, 2)}.aspx">{esc(sec)}</a></li></ol></nav>
<article class="news-details" id="News{a.n}">
<a class="news-section" href="/Portal/{slug(sec, 2)}.aspx">{esc(sec)}</a>
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-info d-flex flex-wrap align-items-center">
{by}
<div class="news-date"><i class="far fa-clock"></i> <span>{ah_stamp(cai)}</span></div>
<div class="news-views"><i class="far fa-eye"></i> <span>{thousands(views)}</span></div>
</div>
<div class="share-top"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={urllib.parse.quote(page.canonical)}"><i class="fab fa-facebook-f"></i></a><a class="tw" href="https://twitter.com/intent/tweet?url={urllib.parse.quote(page.canonical)}"><i class="fab fa-twitter"></i></a><a class="wa" href="whatsapp://send?text={urllib.parse.quote(page.canonical)}"><i class="fab fa-whatsapp"></i></a><a class="tg" href="https://t.me/share/url?url={urllib.parse.quote(page.canonical)}"><i class="fab fa-telegram-plane"></i></a><a class="print" href="javascript:window.print()"><i class="fas fa-print"></i></a></div>
<figure class="news-image"><img class="img-fluid" src="{img}" alt="{esc(a.title)}"><figcaption>{cap}</figcaption></figure>
<div class="news-body" id="newsBody">
{body}
</div>
{print_line}
<div class="news-tags"><span class="tags-title">كلمات البحث</span> {tags}</div>
<div class="share-bottom"><span>شارك</span> <a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="whatsapp://send">واتساب</a> <a href="https://t.me/share/url">تليجرام</a> <a href="mailto:?subject={urllib.parse.quote(a.title)}">البريد</a></div>
<section class="comments" id="comments"><h4>التعليقات ({k})</h4>
<ul class="comment-list">{"".join(coms) or '<li class="no-comments">لا توجد تعليقات. كن أول من يعلق</li>'}</ul>
<p class="comment-note">الآراء الواردة في التعليقات تعبر عن أصحابها ولا تعبر عن رأي {esc(site.short)}، ويحق للموقع حذف أي تعليق يتضمن إساءة أو خروجا عن الموضوع.</p>
<form class="comment-form"><input class="form-control" placeholder="الاسم"><input class="form-control" placeholder="البريد الإلكتروني"><textarea class="form-control" placeholder="أضف تعليقك"></textarea><button class="btn btn-primary">إرسال</button></form></section>
</article>
<section class="more-news"><h2 class="section-title">المزيد من {esc(sec)}</h2><div class="row">{more}</div></section>
</div>
<aside class="col-lg-4">
<div class="side-ad"><span class="ads-label">إعلان</span><div id="div-gpt-ad-mpu"></div></div>
<section class="side-box most-read"><h3>الأكثر قراءة</h3><ol>{popular}</ol></section>
<section class="side-box columns"><h3>أعمدة {esc(site.short)}</h3><ul>{cols}</ul></section>
<section class="side-box poll"><h3>استطلاع رأي</h3><p>{q}</p><ul>{poll}</ul><button class="btn">صوّت</button></section>
</aside>
</div>
</main>
<footer class="site-footer"><div class="container">
<ul class="footer-links"><li><a href="/About.aspx">عن {esc(site.short)}</a></li><li><a href="/Contact.aspx">اتصل بنا</a></li><li><a href="/Ads.aspx">إعلن معنا</a></li><li><a href="/Subscriptions.aspx">الاشتراكات</a></li><li><a href="/Archive.aspx">الأرشيف</a></li><li><a href="/Rss.aspx">RSS</a></li></ul>
<p class="board">رئيس مجلس الإدارة: <span>عبدالرحيم منصور</span> | رئيس التحرير: <span>محمود الجمال</span></p>
<p>مؤسسة {esc(site.short)} - شارع الجلاء - القاهرة | آخر تحديث: {top:%H:%M}</p>
<p>جميع حقوق النشر محفوظة لمؤسسة {esc(site.short)} &copy; 2015</p>
</div></footer>
</body></html>"""
    return finish(out, page)


# =====================================================================================
# b24_2: Dunya-Al-Watan-like Palestinian news portal, Gaza time (UTC+3 in August 2015)

DV_NAV = ["الرئيسية", "أخبار فلسطين", "أخبار عربية ودولية", "دنيا الرأي", "تقارير وتحقيقات", "اقتصاد",
          "رياضة", "فن وثقافة", "صحة وجمال", "تكنولوجيا", "منوعات", "صور", "فيديو", "كاريكاتير"]
DV_PATHS = [("أخبار عربية ودولية", "عربي"), ("أخبار عربية ودولية", "دولي"), ("اقتصاد", "أسواق"),
            ("رياضة", "رياضة عربية"), ("منوعات", "منوعات")]
DV_DESKS = ["رام الله", "غزة", "رام الله", "القدس", "غزة", "نابلس", "الخليل"]
DV_COMMENTS = [
    ("أبو محمد", "فلسطين", "الله يعطيكم العافية على هالتغطية، دايما سباقين بالخبر."),
    ("ابن غزة", "غزة", "يا ريت يهتموا بقضايانا زي ما بيهتموا بهاي الأخبار، الكهربا عنا أربع ساعات باليوم."),
    ("سامي", "الأردن", "خبر مهم، بس بدنا نشوف النتائج على الأرض مش حكي."),
    ("ام خليل", "الخليل", "اللهم احفظ بلاد المسلمين وفرج كربنا يا رب."),
    ("مغترب", "ألمانيا", "متابع للموقع من سنين، الموقع الأول عند الفلسطينيين بالخارج."),
    ("محمود", "نابلس", "شو علاقة العنوان بالمضمون؟ ياريت الدقة بالعناوين."),
    ("رائد", "رفح", "نحنا بنحلم باليوم اللي ينفتح فيه المعبر وبعدها بنحكي عن هيك أخبار."),
    ("هبة", "رام الله", "شكرا على التوضيح، الخبر كان منتشر عالفيسبوك بشكل غلط."),
]
DV_OPINION = [("د. خالد عبدالهادي", "المصالحة الفلسطينية إلى أين؟"), ("سمير الأسطل", "غزة بين الحصار والإعمار"),
              ("نهى الشريف", "حكومة التوافق والامتحان الصعب"), ("عبدالله أبو شرخ", "قراءة في المشهد الإقليمي"),
              ("رامي مهداوي", "عن الشباب والبطالة")]
DV_CARTOONISTS = ["بهاء ياسين", "محمد سباعنة", "أمية جحا"]


def dv_stamp(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def layout_b24_2(page):
    """Dunya-Al-Watan-like Palestinian portal: «تاريخ النشر : yyyy-mm-dd HH:MM:SS» (Gaza =
    Riyadh wall clock), the portal's source line opening the text, AdSense and read-also inside,
    a long numbered comment thread, shekel rates and opinion platform in the sidebar."""
    a, site = page.article, page.site
    d = a.published
    sec, sub = pick(a, "sec", DV_PATHS)
    if a.author:
        # the portal's name is left out when the credit already carries it
        portal = "" if site.short in a.author else f'<span class="portal">{esc(site.short)}</span> - '
        src = f'<p class="news-source">{portal}<strong class="writer">{esc(a.author)}</strong></p>'
    else:
        src = f'<p class="news-source"><span class="desk">{pick(a, "desk", DV_DESKS)}</span> - <span class="portal">{esc(site.short)}</span></p>'
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    boxes = [(0, '<div class="adsense-box"><span class="ads-title">إعلانات Google</span>'
                 f'<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-52771{a.n}" data-ad-slot="8427{num(a, "slot", 100000, 999999)}" data-ad-format="auto"></ins>'
                 '<script>(adsbygoogle=window.adsbygoogle||[]).push({});</script></div>')]
    ra = page.others("read_also", 1)
    if ra:
        boxes.append((2 if len(blocks) > 3 else 99,
                      f'<p class="read-also"><span style="color:#c00"><b>إقرأ أيضاً: </b></span><a href="{esc(page.url_of(ra[0]))}">{esc(ra[0].title)}</a></p>'))
    if len(blocks) > 4 and num(a, "yt", 0, 2) == 0:
        boxes.append((ratio_at(blocks, 0.7),
                      f'<div class="video-box"><iframe width="560" height="315" src="https://www.youtube.com/embed/{a.key[1:12]}" frameborder="0" allowfullscreen></iframe></div>'))
    body = src + "\n" + weave(blocks, boxes)
    reads = num(a, "reads", 80, 15000)
    k = num(a, "nc", 0, 9)
    coms = []
    t = d
    for j in range(k):
        nm, country, tx = DV_COMMENTS[(num(a, "cu", 0, 7) + 3 * j) % len(DV_COMMENTS)]
        t = t + dt.timedelta(minutes=num(a, f"c{j}", 2, 70), seconds=num(a, f"s{j}", 0, 59))
        coms.append(f'<div class="comment"><div class="comment-head"><span class="c-num">{j + 1}</span> - '
                    f'<span class="c-name">{esc(nm)}</span> - <span class="c-country">{esc(country)}</span> '
                    f'<span class="c-date">{dv_stamp(t)}</span></div><div class="comment-text">{esc(tx)}</div></div>')
    upd = d + dt.timedelta(minutes=num(a, "upd", 10, 180))
    nav = "".join(f'<li><a href="/arabic/{slug(n, 3)}.html">{n}</a></li>' for n in DV_NAV)
    ticker = "".join(f'<li><span class="t">{o.published:%H:%M}</span> {L.link(page, o)}</li>' for o in page.others("ticker", 7))
    related = "".join(f'<li>{L.link(page, o)} <span class="date">{o.published:%Y-%m-%d}</span></li>'
                      for o in page.others("similar", 5))
    popular = "".join(f'<li>{L.link(page, o)}</li>' for o in page.others("popular", 6))
    commented = "".join(f'<li>{L.link(page, o)} <span class="n">({num(o, "cc", 3, 60)})</span></li>'
                        for o in page.others("commented", 5))
    ops = "".join(f'<li><img src="/arabic/upload/writers/{i + 40}.jpg" alt=""><span class="op-writer">{w}</span><br>'
                  f'<a href="/arabic/content/print/{num(a, w, 300000, 399999)}.html">{t}</a></li>'
                  for i, (w, t) in enumerate(DV_OPINION[:4]))
    tags = " ، ".join(f'<a href="/arabic/tags/{esc(t)}.html">{esc(t)}</a>' for t in L.tags_for(a)[:5])
    og = "\n".join([
        f'<meta property="og:title" content="{esc(a.title)}">',
        f'<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{esc(page.canonical)}">',
        f'<meta property="og:image" content="{esc(site.base)}/arabic/upload/images/2015/08/{a.key}.jpg">',
        f'<meta property="og:site_name" content="{esc(site.name)}">',
        f'<meta property="og:description" content="{esc(lead_sentence(a.text))}">',
        f'<meta property="article:published_time" content="{iso_off(d, 3)}">',
        f'<meta property="article:section" content="{esc(sec)}">'])
    out = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}" />
<title>{esc(site.name)} | {esc(a.title)}</title>
<meta name="keywords" content="{esc(', '.join(L.tags_for(a)))}" />
<meta name="description" content="{esc(lead_sentence(a.text))}" />
<link rel="canonical" href="{esc(page.canonical)}" />
{og}
<meta name="twitter:card" content="summary_large_image" />
<link href="/arabic/css/style.css?v=9" rel="stylesheet" type="text/css" />
<script async src="//pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-2271{a.n % 100}-1']);_gaq.push(['_trackPageview']);</script>
</head>
<body>
<div id="top-bar"><span class="today">{WEEKDAYS[d.weekday()]} {d.day:02d} {MONTHS[d.month - 1]} {d.year}</span>
<span class="last-update">آخر تحديث: {upd:%H:%M}</span>
<a href="/arabic/send-news.html">أرسل خبرك</a> | <a href="/arabic/advertise.html">أعلن معنا</a> | <a href="/arabic/rss.html">RSS</a> | <a href="/english/">English</a></div>
<div id="header"><a id="logo" href="/"><img src="/arabic/images/logo.gif" alt="{esc(site.name)}" /></a>
<div class="leaderboard"><span>إعلان</span><div id="ad-728"></div></div>
<form id="search" action="/arabic/search.html"><input type="text" name="q" value="" /><input type="submit" value="بحث" /></form></div>
<div id="menu"><ul>{nav}</ul></div>
<div id="latest"><b>آخر الأخبار</b><ul>{ticker}</ul></div>
<div id="content">
<div id="right-col">
<div class="news-path"><a href="/">الرئيسية</a> &raquo; <a href="/arabic/{slug(sec, 3)}.html">{esc(sec)}</a> &raquo; <a href="/arabic/{slug(sub, 3)}.html">{esc(sub)}</a></div>
<div class="article" id="news-{a.n}">
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-info"><span class="date">تاريخ النشر : {dv_stamp(d)}</span> <span class="reads">عدد القراءات : {reads}</span> <span class="comm">التعليقات : {k}</span></div>
<div class="tools"><a href="/arabic/print/{a.n}.html">طباعة</a> | <a href="/arabic/send/{a.n}.html">أرسل لصديق</a> | <a href="#" class="font-plus">تكبير الخط</a> | <a href="#" class="font-minus">تصغير الخط</a></div>
<div class="main-img"><img src="/arabic/upload/images/2015/08/{a.key}.jpg" alt="" /><div class="img-title">صورة تعبيرية</div></div>
<div class="article-body">
{body}
</div>
<div class="tags"><b>الكلمات الدلالية:</b> {tags}</div>
<div class="share"><a href="https://www.facebook.com/sharer.php?u={urllib.parse.quote(page.canonical)}">شارك على فيسبوك</a> <a href="https://twitter.com/share?url={urllib.parse.quote(page.canonical)}">تويتر</a> <a href="whatsapp://send">واتساب</a> <a href="/arabic/send/{a.n}.html">البريد</a></div>
<div class="related"><h3>أخبار ذات صلة</h3><ul>{related}</ul></div>
<div class="comments" id="comments"><h3>تعليقات الزوار ({k})</h3>
{"".join(coms) or '<p class="no-comments">لا توجد تعليقات، كن أول من يعلق</p>'}
<p class="comments-rules">التعليقات المنشورة تعبر عن رأي أصحابها ولا تعبر بالضرورة عن رأي {esc(site.short)}. يرجى الالتزام بآداب الحوار وعدم التجريح أو الإساءة، وسيتم حذف أي تعليق مخالف.</p>
<form class="comment-form"><input name="name" placeholder="الاسم" /><input name="country" placeholder="الدولة" /><textarea name="comment" placeholder="التعليق"></textarea><input type="submit" value="أرسل التعليق" /></form></div>
</div>
</div>
<div id="left-col">
<div class="box currency"><h3>أسعار العملات مقابل الشيكل</h3><table><tr><td>دولار أمريكي</td><td>3.78</td></tr><tr><td>دينار أردني</td><td>5.33</td></tr><tr><td>يورو</td><td>4.15</td></tr><tr><td>جنيه مصري</td><td>0.48</td></tr></table></div>
<div class="box weather"><h3>حالة الطقس</h3><ul><li>غزة 32°</li><li>رام الله 29°</li><li>القدس 30°</li><li>أريحا 39°</li></ul></div>
<div class="box tabs"><ul class="tab-titles"><li class="active">الأكثر قراءة</li><li>الأكثر تعليقاً</li></ul>
<ol class="tab active">{popular}</ol><ol class="tab">{commented}</ol></div>
<div class="box opinion"><h3>دنيا الرأي</h3><ul>{ops}</ul><a href="/arabic/opinion.html">المزيد من المقالات</a></div>
<div class="box cartoon"><h3>كاريكاتير</h3><img src="/arabic/upload/caricature/{d:%Y%m%d}.jpg" alt="" /><p>بريشة الفنان: {pick(a, "cart", DV_CARTOONISTS)}</p></div>
<div class="box ad"><span>إعلان</span></div>
</div>
</div>
<div id="footer">
<ul><li><a href="/arabic/about.html">من نحن</a></li><li><a href="/arabic/contact.html">اتصل بنا</a></li><li><a href="/arabic/advertise.html">للإعلان</a></li><li><a href="/arabic/privacy.html">سياسة الخصوصية</a></li></ul>
<p>المقالات والتعليقات المنشورة في دنيا الرأي تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الموقع.</p>
<p>جميع الحقوق محفوظة &copy; {esc(site.name)} 2003 - 2015</p></div>
</body>
</html>"""
    return finish(out, page)


# =====================================================================================
# b24_3: Al-Ain-News-like Abu Dhabi digital outlet, UAE time (UTC+4)

AI_NAV = ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "منوعات", "فن", "ثقافة", "علوم", "تكنولوجيا", "صحة",
          "مقالات", "تقارير", "فيديو", "إنفوجراف"]
AI_SECTIONS = [("سياسة", "الخليج"), ("سياسة", "الشرق الأوسط"), ("اقتصاد", "أسواق"), ("رياضة", "كرة عربية"),
               ("منوعات", "مجتمع"), ("سياسة", "العالم")]
AI_CREDITS = ["(رويترز)", "(أ.ف.ب)", "(وام)", "(أرشيفية)", "(واس)", "(أ.ب)"]
AI_HANDLES = [("وزارة الخارجية السعودية", "KSAMOFA"), ("وزارة الداخلية", "MOISaudiArabia"),
              ("وكالة أنباء الإمارات", "wamnews"), ("واس", "SPAregions"), ("وزارة الصحة السعودية", "SaudiMOH")]
AI_WRITERS = [("د. جمال الكعبي", "الخليج والتحولات الكبرى"), ("هالة العمري", "أزمة اللاجئين وأوروبا"),
              ("محمد خلفان الصوافي", "قراءة في الاتفاق النووي"), ("أحمد الزعابي", "الاقتصاد بعد النفط")]


def ai_stamp(t):
    return f"{WEEKDAYS[t.weekday()]} {t.year}/{t.month}/{t.day} {ampm(t, pad=True)} بتوقيت أبوظبي"


def layout_b24_3(page):
    """Al-Ain-News-like Abu Dhabi digital outlet: author box then «الأحد 2015/8/9 03:32 م بتوقيت
    أبوظبي» (UTC+4), UTC JSON-LD; read-also card, ad and tweet in the text; newsletter box after."""
    a, site = page.article, page.site
    d = a.published
    uae = shift(d, 1)
    sec, sub = pick(a, "sec", AI_SECTIONS)
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    boxes = []
    ra = page.others("read_also", 1)
    if ra:
        o = ra[0]
        boxes.append((1 if len(blocks) > 2 else 0,
                      f'<div class="read-also-card"><span class="ra-label">اقرأ أيضاً</span>'
                      f'<a href="{esc(page.url_of(o))}"><img src="/images/{o.published.year}/{o.published.month}/thumb/{o.key}.jpg" alt=""><span class="ra-title">{esc(o.title)}</span></a></div>'))
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 3 else 99,
                  f'<div class="ad-container"><span class="ad-label">إعلان</span><div id="div-gpt-ad-inarticle-{a.n}"></div></div>'))
    if num(a, "tw", 0, 1) and len(blocks) > 2:
        hname, handle = pick(a, "twh", AI_HANDLES)
        tw = shift(d - dt.timedelta(minutes=num(a, "twm", 20, 400)), 1)
        boxes.append((ratio_at(blocks, 0.75),
                      f'<blockquote class="twitter-tweet" lang="ar"><p lang="ar" dir="rtl">{esc(short(a.title, 11))} '
                      f'<a href="https://t.co/{a.key[2:12]}">pic.twitter.com/{a.key[2:12]}</a></p>&mdash; {esc(hname)} (@{handle}) '
                      f'<a href="https://twitter.com/{handle}/status/6302{num(a, "tid", 10**13, 10**14)}">{tw.day} {MONTHS[tw.month - 1]} {tw.year}</a></blockquote>'
                      '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'))
    body = weave(blocks, boxes)
    aslug = slug(a.author, 3) if a.author else ""
    by = (f'<div class="author-box"><img class="author-avatar" src="/images/authors/{num(a, "aid", 100, 999)}.jpg" alt="">'
          f'<a class="author-link" href="/author/{aslug}">{esc(a.author)}</a></div>' if a.author else "")
    credit = pick(a, "cr", AI_CREDITS)
    nav = "".join(f'<li><a href="/section/{slug(n, 2)}">{n}</a></li>' for n in AI_NAV)
    breaking = page.others("ticker", 4)
    brk = "".join(f'<li>{L.link(page, o)}</li>' for o in breaking)
    more = "".join(f'<article class="card"><a href="{esc(page.url_of(o))}"><img src="/images/{o.published.year}/{o.published.month}/{o.key}.jpg" alt="">'
                   f'<h3>{esc(o.title)}</h3></a><time>{shift(o.published, 1).year}/{shift(o.published, 1).month}/{shift(o.published, 1).day}</time></article>'
                   for o in page.others("similar", 6))
    popular = "".join(f'<li><span class="num">{i + 1}</span>{L.link(page, o)}</li>' for i, o in enumerate(page.others("popular", 5)))
    ops = "".join(f'<li><img src="/images/authors/op{i}.jpg" alt=""><span class="op-writer">{w}</span> <a href="/article/opinion/{num(a, w, 1000, 9999)}">{t}</a></li>'
                  for i, (w, t) in enumerate(AI_WRITERS))
    tags = "".join(f'<li><a href="/tags/{esc(t)}">{esc(t)}</a></li>' for t in L.tags_for(a)[:5])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "description": lead_sentence(a.text), "datePublished": iso_z(d),
          "dateModified": iso_z(d + dt.timedelta(minutes=num(a, "mod", 1, 30))),
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical},
          "image": [f"{site.base}/images/{uae.year}/{uae.month}/{a.key}.jpg"], "articleSection": sub, "inLanguage": "ar",
          "publisher": {"@type": "NewsMediaOrganization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/images/logo.svg"}}}
    if a.author:
        ld["author"] = [{"@type": "Person", "name": a.author, "url": f"{site.base}/author/{aslug}"}]
    site_ld = {"@context": "https://schema.org", "@type": "WebSite", "name": site.name, "url": site.base + "/",
               "potentialAction": {"@type": "SearchAction", "target": site.base + "/search?q={search_term_string}",
                                   "query-input": "required name=search_term_string"}}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="description" content="{esc(lead_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="amphtml" href="{esc(page.canonical)}/amp">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(lead_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/images/{uae.year}/{uae.month}/{a.key}.jpg">
<meta property="og:site_name" content="{esc(site.name)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@AlAinNews">
{ldjson(ld)}
{ldjson(site_ld)}
<link rel="stylesheet" href="/assets/css/article.min.css?v=3.8.2">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="article-page">
<div class="top-strip"><div class="container">
<span class="today">{WEEKDAYS[uae.weekday()]} {uae.year}/{uae.month}/{uae.day}</span>
<ul class="editions"><li><a href="/en/">English</a></li><li><a href="/fr/">Français</a></li></ul>
<ul class="social"><li><a href="https://twitter.com/AlAinNews">تويتر</a></li><li><a href="https://www.facebook.com/AlAinNews">فيسبوك</a></li><li><a href="https://www.youtube.com/AlAinNews">يوتيوب</a></li><li><a href="https://www.instagram.com/alainnews">إنستغرام</a></li></ul>
</div></div>
<header class="site-header"><div class="container">
<a class="logo" href="/"><img src="/images/logo.svg" alt="{esc(site.name)}"></a>
<nav class="main-nav"><ul>{nav}</ul></nav>
<button class="search-toggle" aria-label="بحث"></button>
</div></header>
<div class="breaking-bar"><div class="container"><span class="breaking-title">عاجل</span><ul>{brk}</ul></div></div>
<main class="container article-layout">
<div class="article-main">
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/section/{slug(sec, 2)}">{esc(sec)}</a></li><li><a href="/section/{slug(sub, 2)}">{esc(sub)}</a></li></ol>
<article class="article" data-id="{a.n}">
<header class="article-header">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-meta">
{by}
<div class="article-date"><span class="date-published">{ai_stamp(uae)}</span></div>
</div>
</header>
<figure class="article-image"><img src="/images/{uae.year}/{uae.month}/{a.key}.jpg" alt="{esc(a.title)}"><figcaption>{esc(short(a.title, 8))} <span class="credit">{credit}</span></figcaption></figure>
<div class="article-share-top"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={urllib.parse.quote(page.canonical)}">فيسبوك</a><a class="tw" href="https://twitter.com/intent/tweet?url={urllib.parse.quote(page.canonical)}">تويتر</a><a class="wa" href="https://wa.me/?text={urllib.parse.quote(page.canonical)}">واتساب</a><button class="copy-link">نسخ الرابط</button></div>
<div class="article-body">
{body}
</div>
<div class="newsletter-box"><h3>النشرة الإخبارية</h3><p>اشترك في النشرة البريدية لـ{esc(site.name)} ليصلك أهم الأخبار والتحليلات يوميا على بريدك الإلكتروني.</p>
<form><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></form></div>
<div class="article-tags"><h4>كلمات مفتاحية</h4><ul>{tags}</ul></div>
<div class="article-share-bottom"><span>شارك المقال</span><a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a><a href="https://twitter.com/intent/tweet">تويتر</a><a href="https://www.linkedin.com/shareArticle">لينكدإن</a><a href="https://t.me/share/url">تيليجرام</a></div>
</article>
<section class="read-more"><h2>اقرأ المزيد</h2><div class="cards">{more}</div></section>
</div>
<aside class="article-aside">
<div class="ad-side"><span class="ad-label">إعلان</span><div id="div-gpt-ad-side"></div></div>
<section class="most-read"><h2>الأكثر قراءة</h2><ol>{popular}</ol></section>
<section class="opinion"><h2>مقالات</h2><ul>{ops}</ul></section>
</aside>
</main>
<footer class="site-footer"><div class="container">
<a class="logo" href="/"><img src="/images/logo-white.svg" alt="{esc(site.name)}"></a>
<ul class="footer-sections">{nav}</ul>
<ul class="footer-links"><li><a href="/page/about">من نحن</a></li><li><a href="/page/contact">اتصل بنا</a></li><li><a href="/page/privacy">سياسة الخصوصية</a></li><li><a href="/page/terms">شروط الاستخدام</a></li><li><a href="/rss">RSS</a></li></ul>
<p>أبوظبي - الإمارات العربية المتحدة</p>
<p>جميع الحقوق محفوظة &copy; 2015 {esc(site.name)}</p>
</div></footer>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"article","articleId":"{a.n}","section":"{esc(sec)}"}});</script>
</body></html>"""
    return finish(out, page)


# =====================================================================================
# b24_4: Saudi digital-only news site on a Quintype-like CMS, Riyadh time

QT_NAV = ["الرئيسية", "محليات", "سياسة", "اقتصاد", "رياضة", "حوادث", "منوعات", "تقنية", "صحة",
          "مقالات", "فيديو", "إنفوجرافيك"]
QT_SECTIONS = ["محليات", "سياسة", "اقتصاد", "رياضة", "منوعات", "محليات", "حوادث"]
QT_HANDLES = [("وزارة الداخلية", "MOISaudiArabia"), ("وزارة الصحة السعودية", "SaudiMOH"),
              ("المديرية العامة للدفاع المدني", "SaudiDCD"), ("وزارة التجارة", "MCiKSA"),
              ("أمانة منطقة الرياض", "Amanatalriyadh"), ("هيئة الهلال الأحمر", "SaudiRedCrescent")]
QT_CREDITS = ["أرشيفية", "تصوير: المحرر", "واس", "رويترز", "من المصدر"]


def qt_stamp(t):
    return f"{t.day:02d} {MONTHS[t.month - 1]} {t.year}، {ampm(t)}"


def qt_uuid(a, salt=""):
    h = hashlib.sha1((a.key + salt).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def layout_b24_4(page):
    """Ajel / Al-Marsd-like Saudi digital site on a Quintype-like CMS: author block then «نشر في:»
    Riyadh stamp in a UTC <time>, an occasional later update line, story-elements (also-read,
    image, tweet, Snapchat promo) and the story again in window.qtState with epoch milliseconds."""
    a, site = page.article, page.site
    d = a.published
    hd, hm, hy = hijri(d)
    sec = pick(a, "sec", QT_SECTIONS)
    paras = L.paragraphs(a.text)
    # Quintype splits the text into text story-elements of one or two paragraphs.
    groups, i = [], 0
    while i < len(paras):
        n = 1 + num(a, f"g{i}", 0, 1)
        groups.append(paras[i:i + n])
        i += n
    elems = []
    json_elems = []
    for g in groups:
        html_text = "".join(f"<p>{esc(p)}</p>" for p in g)
        elems.append(f'<div class="story-element story-element-text" data-test-id="text">{html_text}</div>')
        json_elems.append({"type": "text", "subtype": None, "id": qt_uuid(a, g[0][:20]), "text": html_text})
    boxes = []
    ra = page.others("read_also", 1)
    if ra:
        o = ra[0]
        boxes.append((0, f'<div class="story-element story-element-text story-element-text-also-read" data-test-id="also-read">'
                         f'<span class="also-read-title">اقرأ أيضًا</span> <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></div>'))
    if len(elems) > 2:
        im = page.others("image", 1)
        cap = short(im[0].title, 8) if im else "صورة أرشيفية"
        boxes.append((ratio_at(elems, 0.45), f'<div class="story-element story-element-image"><figure>'
                                             f'<img src="https://images.{site.id}.example/{site.id}/{d:%Y-%m}/{qt_uuid(a, "img")}/img.jpg?w=640" alt="">'
                                             f'<figcaption><span class="caption">{esc(cap)}</span> <span class="attribution">{pick(a, "cr2", QT_CREDITS)}</span></figcaption></figure></div>'))
    if num(a, "tw", 0, 2) < 2 and len(elems) > 1:
        hname, handle = pick(a, "twh", QT_HANDLES)
        tw = d - dt.timedelta(minutes=num(a, "twm", 10, 240))
        boxes.append((ratio_at(elems, 0.7), f'<div class="story-element story-element-jsembed" data-test-id="jsembed">'
                                            f'<blockquote class="twitter-tweet" data-lang="ar"><p lang="ar" dir="rtl">{esc(short(a.title, 10))} '
                                            f'<a href="https://t.co/{a.key[:10]}">https://t.co/{a.key[:10]}</a></p>&mdash; {esc(hname)} (@{handle}) '
                                            f'<a href="https://twitter.com/{handle}/status/6305{num(a, "tid", 10**13, 10**14)}">{tw.day} {MONTHS[tw.month - 1]} {tw.year}</a></blockquote></div>'))
    boxes.append((99, f'<div class="story-element story-element-text snap-promo"><p>تابعوا آخر الأخبار العاجلة والتغطيات الحصرية عبر حساب '
                      f'<a href="https://www.snapchat.com/add/{site.id}news">{esc(site.short)} على سناب شات</a> '
                      f'وقناتنا على تيليجرام.</p></div>'))
    body = weave(elems, boxes)
    by = (f'<div class="author-name-wrapper" data-test-id="author"><img class="author-avatar" src="https://images.{site.id}.example/author/{num(a, "aid", 1000, 99999)}.png" alt="">'
          f'<a class="author-name" href="/author/{slug(a.author, 3)}">{esc(a.author)}</a></div>' if a.author else "")
    updated = ""
    mod = d + dt.timedelta(minutes=num(a, "mod", 12, 200))
    if num(a, "upd", 0, 1):
        updated = f'<div class="updated-time" data-test-id="updated">آخر تحديث: <time datetime="{iso_z(mod, True)}">{qt_stamp(mod)}</time></div>'
    hero_cap = short(a.title, 7)
    nav = "".join(f'<li class="menu-item"><a href="/{slug(n, 2)}">{n}</a></li>' for n in QT_NAV)
    ticker = "".join(f'<li><span class="time">{ampm(o.published)}</span> {L.link(page, o)}</li>' for o in page.others("ticker", 6))
    related = "".join(f'<div class="story-card"><a href="{esc(page.url_of(o))}"><img src="https://images.{site.id}.example/{site.id}/{o.published:%Y-%m}/{o.key}.jpg?w=300" alt="">'
                      f'<h3 class="headline">{esc(o.title)}</h3></a><time>{qt_stamp(o.published)}</time></div>'
                      for o in page.others("similar", 6))
    popular = "".join(f'<li><span class="rank">{i + 1}</span>{L.link(page, o)}</li>' for i, o in enumerate(page.others("popular", 6)))
    tags = "".join(f'<a class="tag" href="/topic/{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a)[:5])
    story_slug = f"{slug(sec, 1)}/2015/08/{d.day:02d}/{slug(a.title, 6)}"
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso_off(d, 3), "dateModified": iso_off(mod, 3),
          "description": lead_sentence(a.text), "articleSection": sec, "keywords": ",".join(L.tags_for(a)),
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical},
          "image": {"@type": "ImageObject", "url": f"https://images.{site.id}.example/{site.id}/{d:%Y-%m}/{qt_uuid(a, 'hero')}/hero.jpg", "width": 1200, "height": 675},
          "publisher": {"@type": "Organization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"https://images.{site.id}.example/logo.png", "width": 600, "height": 60}}}
    if a.author:
        ld["author"] = [{"@type": "Person", "givenName": a.author, "name": a.author}]
    story = {"id": qt_uuid(a), "headline": a.title, "slug": story_slug, "story-template": "text",
             "published-at": epoch_ms(d), "first-published-at": epoch_ms(d),
             "last-published-at": epoch_ms(mod), "updated-at": epoch_ms(mod) + 4213,
             "author-name": a.author or "فريق التحرير",
             "authors": [{"name": a.author or "فريق التحرير", "slug": slug(a.author, 3) if a.author else "editorial-team",
                          "id": num(a, "aid", 1000, 99999)}],
             "sections": [{"name": sec, "slug": slug(sec, 1)}],
             "tags": [{"name": t} for t in L.tags_for(a)],
             "hero-image-caption": hero_cap,
             "cards": [{"id": qt_uuid(a, "card"), "story-elements": json_elems}],
             "summary": lead_sentence(a.text)}
    qt_state = {"qt": {"pageType": "story-page", "currentPath": "/" + story_slug,
                       "config": {"publisher-name": site.id, "cdn-image": f"images.{site.id}.example"},
                       "data": {"story": story}}}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="description" content="{esc(lead_sentence(a.text))}">
<meta name="keywords" content="{esc(','.join(L.tags_for(a)))}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="amphtml" href="{esc(site.base)}/amp/story/{story_slug}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(lead_sentence(a.text))}">
<meta property="og:image" content="https://images.{site.id}.example/{site.id}/{d:%Y-%m}/{qt_uuid(a, 'hero')}/hero.jpg">
<meta property="og:site_name" content="{esc(site.name)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{esc(a.title)}">
{ldjson(ld)}
<link rel="stylesheet" href="/assets/app-1ab2c3d4.css">
<link rel="manifest" href="/manifest.json">
</head>
<body>
<div id="container">
<div class="app-banner"><img src="/assets/app-icon.png" alt=""><span>حمّل تطبيق {esc(site.short)} ليصلك الخبر لحظة بلحظة</span> <a href="https://apps.apple.com/sa/app/id{num(a, "app", 100000000, 999999999)}">App Store</a> <a href="https://play.google.com/store/apps/details?id=com.{site.id}.news">Google Play</a></div>
<header class="arr--header">
<div class="top-bar"><span class="date">{WEEKDAYS[d.weekday()]} {hd} {hm} {hy}هـ - {d.day} {MONTHS[d.month - 1]} {d.year}م</span>
<span class="weather">الرياض 44°</span>
<span class="follow"><a href="https://twitter.com/{site.id}">تويتر</a> <a href="https://www.snapchat.com/add/{site.id}news">سناب شات</a> <a href="https://www.instagram.com/{site.id}">إنستقرام</a> <a href="https://www.youtube.com/{site.id}">يوتيوب</a></span></div>
<div class="logo-row"><a href="/" class="logo"><img src="/assets/logo.svg" alt="{esc(site.name)}"></a><div class="header-ad"><span>إعلان</span></div></div>
<nav class="arr--menu"><ul>{nav}</ul></nav>
</header>
<div class="breaking-news-ticker"><span class="label">عاجل</span><ul>{ticker}</ul></div>
<main class="arr--story-page" data-story-id="{qt_uuid(a)}">
<div class="story-grid">
<div class="story-main">
<div class="story-head" data-test-id="story-head">
<a class="arr--section-name" href="/{slug(sec, 1)}">{esc(sec)}</a>
<h1 class="headline" data-test-id="headline">{esc(a.title)}</h1>
<div class="author-and-time">
{by}
<div class="publish-time" data-test-id="published">نشر في: <time class="arr__timeago" datetime="{iso_z(d, True)}">{qt_stamp(d)}</time></div>
{updated}
</div>
<div class="hero-image" data-test-id="hero-image"><figure><img src="https://images.{site.id}.example/{site.id}/{d:%Y-%m}/{qt_uuid(a, 'hero')}/hero.jpg?w=1200" alt="{esc(hero_cap)}"><figcaption>{esc(hero_cap)}</figcaption></figure></div>
</div>
<div class="story-content" data-test-id="story-content">
<div class="story-card" id="{qt_uuid(a, 'card')}">
{body}
</div>
</div>
<div class="story-tags" data-test-id="tags"><span>الوسوم:</span> {tags}</div>
<div class="social-share"><span>شارك الخبر</span> <a href="https://twitter.com/intent/tweet?url={urllib.parse.quote(page.canonical)}">تويتر</a> <a href="whatsapp://send?text={urllib.parse.quote(page.canonical)}">واتساب</a> <a href="https://www.snapchat.com/share?url={urllib.parse.quote(page.canonical)}">سناب شات</a> <a href="https://t.me/share/url?url={urllib.parse.quote(page.canonical)}">تيليجرام</a> <button class="copy">نسخ الرابط</button></div>
<section class="related-stories"><h2>أخبار ذات صلة</h2><div class="stories">{related}</div></section>
</div>
<aside class="story-aside"><div class="ad-slot"><span>إعلان</span></div><section class="most-read"><h2>الأكثر قراءة</h2><ol>{popular}</ol></section></aside>
</div>
</main>
<footer class="arr--footer">
<div class="footer-menu"><a href="/about-us">من نحن</a> <a href="/privacy-policy">سياسة الخصوصية</a> <a href="/terms">الشروط والأحكام</a> <a href="/advertise">أعلن معنا</a> <a href="/contact">اتصل بنا</a></div>
<p class="license">صحيفة إلكترونية سعودية مرخصة من وزارة الإعلام - ترخيص رقم {int(hashlib.md5(site.id.encode()).hexdigest()[:6], 16) % 900 + 100}/م ع</p>
<p>جميع الحقوق محفوظة &copy; 2015 {esc(site.name)}</p>
<p class="powered">Powered by Quintype</p>
</footer>
</div>
<script>window.qtState = {jdump(qt_state)};</script>
<script src="/assets/app-1ab2c3d4.js" defer></script>
</body></html>"""
    return finish(out, page)


# =====================================================================================
# b24_5: DW-Arabic-like German broadcaster, Berlin day (CEST, UTC+2), UTC metadata

DW_LANGS = [("English", "en"), ("Deutsch", "de"), ("Español", "es"), ("Français", "fr"), ("Русский", "ru"),
            ("Türkçe", "tr"), ("فارسی", "fa"), ("اردو", "ur"), ("دری", "fa-af"), ("پښتو", "ps"),
            ("中文", "zh"), ("Português para África", "pt-002"), ("Português do Brasil", "pt-br"),
            ("Polski", "pl"), ("Shqip", "sq"), ("Bosanski", "bs"), ("Hrvatski", "hr"), ("Ελληνικά", "el"),
            ("Македонски", "mk"), ("Română", "ro"), ("Српски", "sr"), ("Українська", "uk"), ("Български", "bg"),
            ("Indonesia", "id"), ("Kiswahili", "sw"), ("Hausa", "ha"), ("አማርኛ", "am"), ("বাংলা", "bn"),
            ("हिन्दी", "hi"), ("Azərbaycan", "az")]
DW_NAV = ["الأخبار", "سياسة", "اقتصاد", "مجتمع", "ثقافة وفنون", "علوم وتكنولوجيا", "رياضة", "ألمانيا",
          "مهاجرون", "برامج", "تعلم الألمانية"]
DW_KICKERS = ["سياسة", "الشرق الأوسط", "اقتصاد", "مجتمع", "رياضة", "الخليج", "العالم"]
DW_PHOTOS = ["Kay Nietfeld/dpa/picture alliance", "Bernd von Jutrczenka/dpa/picture alliance",
             "Fayez Nureldine/AFP/Getty Images", "Reuters/F. Al Nasser", "picture-alliance/AP Photo",
             "Hassan Ammar/AP/picture alliance", "Amr Nabil/AP Photo/picture alliance"]
DW_INITIALS = ["ع.ج.م", "ح.ز", "ص.ش", "م.س", "ط.أ", "ه.د", "أ.ح", "ي.ب", "ع.ش", "خ.س"]
DW_AGENCIES = ["(د ب أ، رويترز)", "(أ ف ب، د ب أ)", "(رويترز)", "(أ ف ب، رويترز، ك ن أ)", "(د ب أ)", "(رويترز، أ ب)"]
DW_SHOWS = [("شباب توك", "برنامج حواري يناقش قضايا الشباب العربي"), ("مسائية DW", "نشرة إخبارية وتحليلات يومية"),
            ("جعفر توك", "حوارات جريئة حول المحرمات الاجتماعية")]


def dw_day(t):
    return f"{t.day:02d}.{t.month:02d}.{t.year}"


def dw_short(a, salt=""):
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    n = num(a, "pl" + salt, 10 ** 6, 10 ** 8)
    s = ""
    while n:
        n, r = divmod(n, len(alphabet))
        s += alphabet[r]
    return "1G" + s[:3]


def layout_b24_5(page):
    """DW-Arabic-like German broadcaster: teaser, author link and the Berlin DAY only in a UTC
    <time>; picture-alliance credits, related teaser, video card in the text, the editors'
    initials closing it; permalink share bar and «المزيد من DW» after it."""
    a, site = page.article, page.site
    d = a.published
    ber = shift(d, -1)
    kicker = pick(a, "k", DW_KICKERS)
    blocks = [f"<p>{esc(p)}</p>" for p in L.paragraphs(a.text)]
    boxes = []
    rel = page.others("read_also", 1)
    if rel and len(blocks) > 2:
        o = rel[0]
        ob = shift(o.published, -1)
        boxes.append((1, f'<div class="embed embed--related" data-tracking-name="related-content">'
                         f'<a href="{esc(page.url_of(o))}"><figure><img src="/image/{num(o, "img", 7000000, 7999999)}_6.jpg" alt=""></figure>'
                         f'<div class="teaser-wrap"><span class="kicker">{pick(o, "k", DW_KICKERS)}</span><h3>{esc(o.title)}</h3>'
                         f'<span class="publication-date">{dw_day(ob)}</span></div></a></div>'))
    if len(blocks) > 3:
        boxes.append((ratio_at(blocks, 0.5),
                      f'<figure class="embed embed--image"><img src="/image/{num(a, "img2", 7000000, 7999999)}_7.jpg" alt="">'
                      f'<figcaption><span class="caption">صورة رمزية</span> '
                      f'<span class="credit">صورة من: {pick(a, "ph2", DW_PHOTOS)}</span></figcaption></figure>'))
    vid = page.others("video", 1)
    if vid and len(blocks) > 4 and num(a, "vid", 0, 1):
        v = vid[0]
        boxes.append((ratio_at(blocks, 0.8),
                      f'<div class="embed embed--video"><div class="vjs-player" data-duration="{num(v, "vm", 1, 4):02d}:{num(v, "vs", 0, 59):02d}">'
                      f'<button class="vjs-big-play-button" title="تشغيل الفيديو"></button></div>'
                      f'<p class="video-title"><span class="kicker">فيديو</span> {esc(short(v.title, 10))} '
                      f'<span class="duration">{num(v, "vm", 1, 4):02d}:{num(v, "vs", 0, 59):02d}</span></p></div>'))
    i1 = num(a, "i1", 0, len(DW_INITIALS) - 1)
    i2 = (i1 + num(a, "i2", 1, len(DW_INITIALS) - 1)) % len(DW_INITIALS)
    sign = f'{DW_INITIALS[i1]}/ {DW_INITIALS[i2]} {pick(a, "ag", DW_AGENCIES)}'
    body = weave(blocks, boxes) + f"\n<p>{sign}</p>"
    pid = num(a, "pid", 10000000, 69999999)
    aslug = slug(a.author, 3) if a.author else ""
    by = (f'<div class="author-details"><img class="author-image" src="/image/{num(a, "av", 1000000, 1999999)}_1.jpg" alt="">'
          f'<a class="author-link" href="/ar/{aslug}/person-{pid}">{esc(a.author)}</a></div>' if a.author else "")
    permalink = f"https://p.dw.com/p/{dw_short(a)}"
    langs = "".join(f'<li><a href="/{code}/" lang="{code}">{name}</a></li>' for name, code in DW_LANGS)
    nav = "".join(f'<li><a href="/ar/{slug(n, 2)}/s-{9100 + i}">{n}</a></li>' for i, n in enumerate(DW_NAV))
    top = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("ticker", 4))
    more = "".join(f'<div class="teaser"><a href="{esc(page.url_of(o))}"><img src="/image/{num(o, "img", 7000000, 7999999)}_6.jpg" alt="">'
                   f'<span class="kicker">{pick(o, "k", DW_KICKERS)}</span><h3>{esc(o.title)}</h3></a>'
                   f'<span class="publication-date">{dw_day(shift(o.published, -1))}</span></div>'
                   for o in page.others("similar", 6))
    topics = "".join(f'<a class="topic-chip" href="/ar/{esc(t)}/t-{num(a, t, 17000000, 69999999)}">{esc(t)}</a>' for t in L.tags_for(a)[:4])
    show, show_desc = pick(a, "show", DW_SHOWS)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "description": lead_sentence(a.text), "datePublished": iso_z(d, True),
          "dateModified": iso_z(d + dt.timedelta(minutes=num(a, "mod", 5, 240)), True),
          "inLanguage": "ar", "url": page.canonical,
          "mainEntityOfPage": page.canonical, "isAccessibleForFree": True,
          "image": {"@type": "ImageObject", "url": f"{site.base}/image/{num(a, 'img', 7000000, 7999999)}_6.jpg"},
          "publisher": {"@type": "NewsMediaOrganization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/images/dw-logo.png"}}}
    if a.author:
        ld["author"] = [{"@type": "Person", "name": a.author, "url": f"{site.base}/ar/{aslug}/person-{pid}"}]
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} – {esc(site.short)} – {dw_day(ber)}</title>
<meta name="description" content="{esc(lead_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(lead_sentence(a.text))}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/image/{num(a, 'img', 7000000, 7999999)}_6.jpg">
<meta property="og:site_name" content="{esc(site.name)}">
<meta name="twitter:site" content="@dw_arabic">
{ldjson(ld)}
<link rel="stylesheet" href="/static/css/main.7f3a2c.css">
<script>window.__DW_ENV__={{"lang":"ar","contentId":{pid},"contentType":"ARTICLE"}};</script>
</head>
<body class="article-page">
<div class="consent-banner" role="dialog"><p>نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين خدماتنا. يمكنك الاطلاع على مزيد من المعلومات في بيان الخصوصية الخاص بنا.</p><button>موافق</button> <button>إدارة الإعدادات</button></div>
<header class="site-header">
<a class="skip-link" href="#main-content">تخطي إلى المحتوى</a>
<a class="logo" href="/ar/"><img src="/images/dw-logo.svg" alt="DW"></a> <span class="service-name">{esc(site.name)}</span>
<button class="live-tv">البث المباشر</button>
<nav class="language-menu" aria-label="اللغات"><button>اختر اللغة</button><ul>{langs}</ul></nav>
<form class="search" action="/ar/search/"><input name="searchNavigationText" placeholder="بحث"><button>بحث</button></form>
<nav class="main-nav"><ul>{nav}</ul></nav>
</header>
<div class="top-stories-strip"><span>أهم الموضوعات</span><ul>{top}</ul></div>
<main id="main-content">
<article class="article">
<header class="article-header">
<span class="kicker">{esc(kicker)}</span>
<h1>{esc(a.title)}</h1>
<p class="teaser-text"><strong>{esc(lead_sentence(a.text))}</strong></p>
<div class="author-and-date">
{by}
<span class="publication-date"><time datetime="{iso_z(d, True)}">{dw_day(ber)}</time></span>
</div>
<div class="share-buttons-top"><button class="share" aria-label="مشاركة">مشاركة</button></div>
</header>
<figure class="hero-image"><img src="/image/{num(a, 'img', 7000000, 7999999)}_6.jpg" alt="">
<figcaption><span class="caption">{esc(short(a.title, 10))}</span> <span class="credit">صورة من: {pick(a, "ph", DW_PHOTOS)}</span></figcaption></figure>
<div class="rich-text">
{body}
</div>
<section class="topics"><h2>مواضيع</h2>{topics}</section>
<div class="share-bar"><h2>مشاركة</h2><a href="https://www.facebook.com/sharer/sharer.php?u={urllib.parse.quote(permalink)}">فيسبوك</a> <a href="https://twitter.com/intent/tweet?url={urllib.parse.quote(permalink)}">تويتر</a> <a href="whatsapp://send?text={urllib.parse.quote(permalink)}">واتساب</a> <a href="mailto:?subject={urllib.parse.quote(a.title)}">البريد الإلكتروني</a> <a href="https://www.linkedin.com/shareArticle?url={urllib.parse.quote(permalink)}">لينكد إن</a>
<div class="permalink"><span>رابط دائم</span> <a href="{permalink}">{permalink}</a> <button>نسخ الرابط</button></div></div>
</article>
<section class="more-from"><h2>المزيد من DW</h2><div class="teasers">{more}</div></section>
<section class="program-promo"><h2>{show}</h2><p>{show_desc}. شاهدوه على {esc(site.name)} وعلى يوتيوب.</p><a href="/ar/{slug(show, 2)}/show-{num(a, show, 30000000, 39999999)}">كل الحلقات</a></section>
<section class="learn-german"><h2>تعلم الألمانية</h2><p>دورات مجانية عبر الإنترنت لجميع المستويات من A1 إلى C1.</p><a href="/ar/learn-german/">ابدأ الآن</a></section>
</main>
<footer class="site-footer">
<ul class="footer-links"><li><a href="/ar/about/">حول DW</a></li><li><a href="/ar/contact/">اتصل بنا</a></li><li><a href="/ar/privacy/">بيان الخصوصية</a></li><li><a href="/ar/accessibility/">إمكانية الوصول</a></li><li><a href="/ar/imprint/">بيانات الناشر</a></li><li><a href="/ar/frequencies/">الترددات</a></li></ul>
<p>Deutsche Welle - Kurt-Schumacher-Straße 3 - 53113 Bonn</p>
<p>&copy; 2015 Deutsche Welle</p>
</footer>
</body></html>"""
    return finish(out, page)


LAYOUTS = {
    "b24_1": layout_b24_1,
    "b24_2": layout_b24_2,
    "b24_3": layout_b24_3,
    "b24_4": layout_b24_4,
    "b24_5": layout_b24_5,
}
