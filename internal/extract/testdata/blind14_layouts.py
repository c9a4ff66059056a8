"""Blind test layouts (set 14) for newsfarm (--extra-layouts): five article
templates modelled on kinds of real Arabic news pages that no earlier layout
file imitates, written without reading Khabar's extractor. Each prints the
whole page a reader gets: top bar, header and menus, tickers, the article,
the boxes sites put inside the text, and the lists, comments, sidebars and
footer around it.

  b14_1  LIVE BLOG of a Saudi / pan-Arab TV news channel («تغطية مباشرة»):
         live-TV button, a top bar with the day's Hijri + Gregorian date and
         the Mecca clock of the last update, a breaking ticker; a «مباشر»
         badge, the headline, a status row «بدأت التغطية: الأحد 9 أغسطس
         2015 - 11:32 بتوقيت غرينتش» (GMT, so the day can roll back against
         Riyadh's) beside «آخر تحديث: 3:05 م بتوقيت مكة المكرمة»; a team row
         «تغطية:» + the credit string and «تحرير ومتابعة:» + another name
         (both only on pages with an author); a «أبرز النقاط» box whose
         bullets are the text's own paragraphs cut short with «...»; an
         oldest-first toggle; then EVERY paragraph is its own timeline entry
         with a 12-hour Mecca clock («2:32 م») in <time datetime="…Z">
         (UTC), a «عاجل» badge on some, a share link; between entries a
         VIDEO ENTRY (same markup, its own time, «فيديو |» caption of another
         story) and an ad. JSON-LD LiveBlogPosting with coverageStartTime /
         datePublished in UTC «Z» and liveBlogUpdate items (newest first)
         carrying each paragraph again. After it an end-of-coverage note,
         other live coverages, most-watched videos with durations, a
         programme schedule and a footer with satellite frequencies.
  b14_2  Arabic FOOTBALL PORTAL news item (Kooora-like; one site is
         windows-1256, unencodable characters as NCRs): login bar, a
         today's-matches strip with scores and «مباشر 67'», league tabs;
         the headline, then «2015/08/09 - 14:32 بتوقيت السعودية» and a view
         counter; a MATCH CARD above the text (teams, score, round, stadium,
         referee and goal-scorers' names with minutes); in the text «اقرأ
         أيضاً», a «شاهد الأهداف» video box and an ad; the credit AFTER the
         text as a reporter box «مراسل الموقع» + name (only with an author);
         then tabs with the two LINE-UPS (11 players + coach each), a match
         STATISTICS table, an events timeline in prose («بطاقة صفراء لـ …»),
         «ذات صلة بـ» team tags, members' comments with fan badges and
         nested replies, comment rules; sidebar standings table, top
         scorers, poll. No machine-readable date, no JSON-LD.
  b14_3  FACT-CHECK platform (Misbar / Fatabyyano-like; one site is
         windows-1256): kicker «تحقق», the headline, a CLAIM box «الادعاء:»
         with prose about what circulated on social media and a VERDICT box
         («مضلل»/«زائف»/«صحيح»/«غير دقيق»/«ساخر») with a one-line
         explanation, a screenshot figure of the claim; in the text a
         «اقرأ أيضاً» fact-check card with its verdict pill and a «كيف
         تتحقق بنفسك؟» tip box in prose; after it a «الخلاصة» conclusion
         paragraph, numbered sources, then a «فريق التحقق» panel: «تحقق:» +
         the credit string and «تدقيق ومراجعة:» + another name (only with an
         author), «نُشر في 09.08.2015 · 11:32 UTC» (dotted date, UTC) in a
         <time datetime="…Z"> and a DECOY earlier «تاريخ الادعاء»; a rating
         scale legend with prose definitions, a «أرسل ادعاءً» form, related
         checks with verdict pills, IFCN footer. JSON-LD ClaimReview with a
         date-only datePublished and the claim's earlier date;
         article:published_time in UTC «Z».
  b14_4  Daily NEWS PODCAST episode page (Thmanyah / Sowt-like network,
         UTF-8): show name and «الحلقة ٢١٤» above the headline; <title>
         «٢١٤# title | بودكاست …»; an <audio> player with duration, skip
         and speed buttons, subscribe links (Apple Podcasts, Spotify,
         Anghami, RSS); the visible date DAY-ONLY in Eastern digits
         «الأحد ٩ أغسطس ٢٠١٥» — the minute only in JSON-LD PodcastEpisode
         datePublished as JavaScript's toISOString «…T11:32:00.000Z»; a
         credits list «تقديم» + the credit string with «إعداد» and «هندسة
         صوتية» + other names (only with an author); «عن الحلقة» show notes
         in prose, chapters with timestamps, a sponsor box; then «نص الحلقة»
         with a machine-transcription disclaimer and every paragraph as a
         SEGMENT with its own timestamp link, a mid-roll sponsor segment in
         the same markup between them; after it previous episodes with
         durations, listener comments, about-the-show prose, app footer.
  b14_5  TELEGRAM CHANNEL web preview (t.me/s/-like page mirrored by the
         outlet, UTF-8 with emoji): <title> «name – Telegram», og:description
         the message's start; a channel header with subscriber count and a
         channel-info box with prose bio; a stream of message bubbles,
         older above and newer below (photo caption, a forwarded wire
         message, a poll, link previews with other stories' first
         sentences); the article's message has NO HEADING: «🔴 <b>title</b>»
         then the paragraphs separated by <br><br> in one div, a «🔗
         التفاصيل:» link and hashtags, a link preview repeating the title
         and the first sentence; in the footer views «12.4K», the post
         signature span tgme_widget_message_from_author = the credit string
         (only with an author), and <time datetime="…+00:00">11:32</time>
         (UTC, Telegram's server-rendered time).

Pages whose article has no author print no byline (and none of the decoy
credit rows). The author string is printed whole, exactly as the corpus
gives it, as the only text of its element. Gold times are Asia/Riyadh
(+03:00); b14_1, b14_3, b14_4 and b14_5 print UTC/GMT and say so (or carry
«Z»/+00:00); the conversions are exact. Hijri dates follow Umm al-Qura
(1 Shawwal 1436 = 17 July 2015). Characters a windows-1256 page cannot
carry are written as NCRs (\\u escapes inside scripts).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts /work/blind14/blind14_layouts.py \\
      --layouts b14_1,b14_2,b14_3,b14_4,b14_5 --out /work/blind14/pages
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
DECOYS = ["خالد الشمري", "منيرة السبيعي", "عبدالرحمن الغامدي", "هيفاء العمري", "بندر الحربي",
          "أسماء المالكي", "ياسر الجهني", "دانة الرشيد", "طلال البقمي", "عهود الشهري"]


# --- helpers ---------------------------------------------------------------------------

def num(a, salt, lo, hi):
    h = int(hashlib.md5((a.key + salt).encode()).hexdigest()[:8], 16)
    return lo + h % (hi - lo + 1)


def pick(a, salt, seq):
    return seq[num(a, salt, 0, len(seq) - 1)]


def utf(page):
    return page.site.encoding.lower().startswith("utf")


def dg(s, page):
    """Eastern Arabic digits where the charset has them."""
    return str(s).translate(L.EASTERN) if utf(page) else str(s)


def utc(d):
    """Naive Riyadh time -> naive UTC."""
    return d - dt.timedelta(hours=3)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "+03:00"


def isoz(d, ms=False):
    u = utc(d)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if ms else "Z")


def ampm(d, am="ص", pm="م"):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {am if d.hour < 12 else pm}"


def adate(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


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


def ldjson(obj):
    return ('<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")
            + "</script>")


def weave_blocks(blocks, boxes):
    """Blocks (already HTML) in order; each (index, html) box after that block, boxes
    past the end after the last one."""
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


def mmss(sec):
    return f"{sec // 60:02d}:{sec % 60:02d}"


# --- b14_1: live blog of a TV news channel ------------------------------------------------

PROGRAMMES = [("06:00", "صباح الخير يا عرب"), ("09:00", "موجز الأخبار"), ("12:00", "نشرة الظهيرة"),
              ("15:00", "بانوراما"), ("18:00", "الحدث"), ("21:00", "النشرة الرئيسية"), ("23:00", "ما وراء الخبر")]
LIVE_OTHERS = ["مباشر", "انتهت", "انتهت", "مباشر", "انتهت"]


def layout_b14_1(page):
    """TV channel live blog: each paragraph a timestamped entry (12-hour Mecca clock,
    UTC datetime), status row in GMT, LiveBlogPosting JSON-LD with every update."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    times, t = [], d
    for i in range(len(paras)):
        if i:
            t = t + dt.timedelta(minutes=num(a, f"gap{i}", 3, 24))
        times.append(t)
    last = times[-1] if times else d
    upd = last + dt.timedelta(minutes=num(a, "upd", 2, 15))
    brand = site.name
    slug = f"live-{a.n}"
    editor = pick(a, "ed", DECOYS)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": a.title,
          "url": page.canonical, "datePublished": isoz(d), "coverageStartTime": isoz(d),
          "coverageEndTime": isoz(upd), "dateModified": isoz(upd),
          "about": {"@type": "Event", "name": short(a.title, 6), "startDate": isoz(d)},
          "publisher": {"@type": "Organization", "name": brand,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/static/img/logo-tv.png"}},
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": short(p, 8), "datePublished": isoz(tm),
                              "articleBody": p} for p, tm in reversed(list(zip(paras, times)))]}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    hd, hm, hy = hijri(upd)
    topdate = f"{WEEKDAYS[upd.weekday()]} {hd} {hm} {hy} هـ | {adate(upd)} م"
    nav = "".join(f'<li><a href="/{s}">{n}</a></li>' for n, s in
                  [("الرئيسية", ""), ("السعودية", "saudi"), ("الخليج", "gulf"), ("العالم العربي", "arab"),
                   ("العالم", "world"), ("اقتصاد", "business"), ("رياضة", "sport"), ("برامج", "programs"),
                   ("تغطيات مباشرة", "live"), ("فيديو", "video")])
    ticker = "".join(f'<li><span class="t">{ampm(o.published)}</span> {L.link(page, o)}</li>'
                     for o in page.others("ticker", 6))
    # key points: the text's own paragraphs cut short
    idx = sorted({0, len(paras) // 2, len(paras) - 1}) if paras else []
    points = "".join(f"<li>{esc(short(paras[i], num(a, f'kp{i}', 8, 13)))}</li>" for i in idx)
    keybox = f'<div class="lb-keypoints"><h2>أبرز النقاط</h2><ul>{points}</ul></div>' if points else ""
    team = ""
    if a.author:
        team = (f'<div class="lb-team"><span class="lbl">تغطية:</span> <a class="reporter" href="/team/{num(a, "rep", 10, 99)}">'
                f'{esc(a.author)}</a> <span class="sep">|</span> <span class="lbl">تحرير ومتابعة:</span> '
                f'<a class="editor" href="/team/{num(a, "edi", 100, 199)}">{esc(editor)}</a></div>')
    status = (f'<div class="lb-status"><span class="live-dot">مباشر</span> <span>تغطية مستمرة</span> '
              f'<span class="started">بدأت التغطية: {WEEKDAYS[utc(d).weekday()]} {adate(utc(d))} - '
              f'{utc(d):%H:%M} بتوقيت غرينتش</span> '
              f'<span class="updated">آخر تحديث: {ampm(upd)} بتوقيت مكة المكرمة</span></div>')
    blocks = []
    n_entries = len(paras)
    for i, (p, tm) in enumerate(zip(paras, times)):
        badge = '<span class="badge urgent">عاجل</span>' if (i and num(a, f"urg{i}", 0, 3) == 0) else ""
        if i == 0:
            badge = '<span class="badge start">بداية التغطية</span>'
        blocks.append(
            f'<div class="lb-entry" id="post-{a.n}-{i + 1}">'
            f'<div class="lb-entry-head"><time datetime="{isoz(tm)}">{ampm(tm)}</time>{badge}</div>'
            f'<div class="lb-entry-body"><p>{esc(p)}</p></div>'
            f'<div class="lb-entry-foot"><a href="#post-{a.n}-{i + 1}" class="copy-link">نسخ الرابط</a> '
            f'<a href="https://twitter.com/intent/tweet">تويتر</a></div></div>')
    boxes = []
    vid = page.others("video", 1)
    if vid and paras:
        at = 1 if n_entries > 2 else 0
        vt = times[at] + dt.timedelta(minutes=1)
        boxes.append((at,
                      f'<div class="lb-entry lb-media" id="post-{a.n}-v">'
                      f'<div class="lb-entry-head"><time datetime="{isoz(vt)}">{ampm(vt)}</time>'
                      f'<span class="badge video">فيديو</span></div>'
                      f'<div class="lb-entry-body"><div class="video-embed"><iframe src="/embed/video/{vid[0].key}" '
                      f'allowfullscreen></iframe></div><p class="caption">فيديو | {esc(vid[0].title)}</p></div></div>'))
    if n_entries > 4:
        boxes.append((3, '<div class="lb-ad"><span>إعلان</span><div id="dfp-live-mid"></div></div>'))
    entries = weave_blocks(blocks, boxes)
    others = "".join(f'<li><span class="st {"on" if s == "مباشر" else "off"}">{s}</span> {L.link(page, o)}</li>'
                     for s, o in zip(LIVE_OTHERS, page.others("similar", 5)))
    watched = "".join(f'<li><a href="/video/{o.key}"><img src="/thumbs/{o.key}.jpg" alt=""><span class="dur">'
                      f'{mmss(num(o, "dur", 45, 420))}</span>{esc(o.title)}</a></li>' for o in page.others("popular", 5))
    sched = "".join(f'<li><span>{tm}</span> {n}{" <b>الآن</b>" if k == 3 else ""}</li>'
                    for k, (tm, n) in enumerate(PROGRAMMES))
    html_out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>مباشر | {esc(short(a.title, 7))} - {esc(brand)}</title>
<meta name="description" content="تغطية مباشرة: {esc(L.first_sentence(a.text))}">
<meta property="og:type" content="article">
<meta property="og:title" content="تغطية مباشرة | {esc(a.title)}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:site_name" content="{esc(brand)}">
<meta property="og:image" content="{esc(site.base)}/live/{slug}/cover.jpg">
<link rel="canonical" href="{esc(page.canonical)}">
{ldjson(ld)}
<link rel="stylesheet" href="/static/css/live.rtl.css?v=3.1">
<script>var LIVE_ID="{slug}",POLL_INTERVAL=30000;</script>
</head>
<body class="live-blog">
<div class="top-bar"><span class="today">{topdate}</span> <span class="clock">مكة المكرمة {upd:%H:%M}</span>
<a class="watch-live" href="/live-tv">شاهد البث المباشر</a> <a href="/frequencies">الترددات</a> <a href="/en">English</a></div>
<header class="site-header"><a class="logo" href="/"><img src="/static/img/logo-tv.png" alt="{esc(brand)}"></a>
<span class="slogan">أخبار على مدار الساعة</span>
<nav class="main-nav"><ul>{nav}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="بحث"></form></header>
<div class="breaking"><span class="label">عاجل</span><ul>{ticker}</ul></div>
<main class="container">
<article class="live-article">
<div class="kicker"><a href="/live">تغطيات مباشرة</a></div>
<h1 class="live-title">{esc(a.title)}</h1>
{status}
{team}
<figure class="lb-cover"><img src="/live/{slug}/cover.jpg" alt=""><figcaption>صورة من موقع الحدث - أرشيفية</figcaption></figure>
{keybox}
<div class="lb-controls"><span>ترتيب التحديثات:</span> <a class="active" href="?order=asc">الأقدم أولاً</a> | <a href="?order=desc">الأحدث أولاً</a>
<button class="refresh">تحديث تلقائي</button></div>
<div class="lb-feed" data-live="{slug}">
{entries}
</div>
<div class="lb-end"><p>انتهت التغطية المباشرة لهذا الحدث. تابعوا آخر المستجدات على شاشة {esc(brand)} وعبر حساباتنا على مواقع التواصل الاجتماعي، ويمكنكم مشاهدة البث المباشر على مدار الساعة من خلال الموقع والتطبيق.</p></div>
<div class="share"><a href="https://www.facebook.com/sharer.php">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="whatsapp://send">واتساب</a> <a href="mailto:">بريد</a></div>
<div class="comments-closed">التعليقات مغلقة في التغطيات المباشرة. شاركونا آراءكم عبر وسم القناة على تويتر.</div>
</article>
<section class="other-live"><h3>تغطيات مباشرة أخرى</h3><ul>{others}</ul></section>
<section class="most-watched"><h3>الأكثر مشاهدة</h3><ul>{watched}</ul></section>
</main>
<aside class="sidebar">
<div class="live-tv-box"><h3>البث المباشر</h3><div class="player" data-stream="/hls/live.m3u8"></div><p>يعرض الآن: بانوراما</p></div>
<div class="schedule"><h3>جدول البرامج (بتوقيت مكة المكرمة)</h3><ul>{sched}</ul></div>
<div class="apps"><h3>حمّل التطبيق</h3><a href="https://itunes.apple.com/">App Store</a> <a href="https://play.google.com/">Google Play</a></div>
</aside>
<footer class="site-footer">
<div class="about"><h4>عن {esc(brand)}</h4><p>قناة إخبارية تبث على مدار الساعة، تقدم تغطية شاملة للأحداث المحلية والإقليمية والدولية عبر شبكة من المراسلين في العواصم العربية والعالمية.</p></div>
<div class="freq"><h4>الترددات</h4><p>نايلسات 11013 أفقي - معدل الترميز 27500 | عربسات 12034 عمودي - معدل الترميز 27500</p></div>
<ul class="links"><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/jobs">وظائف</a></li><li><a href="/privacy">سياسة الخصوصية</a></li></ul>
<p class="copy">&copy; 2015 {esc(brand)}. جميع الحقوق محفوظة.</p></footer>
</body></html>"""
    return finish(html_out, page)


# --- b14_2: football portal news item with match centre ------------------------------------

TEAMS = ["الهلال", "النصر", "الأهلي", "الاتحاد", "الشباب", "الفتح", "التعاون", "الرائد", "الفيصلي",
         "الخليج", "نجران", "هجر", "القادسية", "العروبة"]
STADIUMS = ["ستاد الملك فهد الدولي", "ملعب الجوهرة المشعة", "ستاد الأمير فيصل بن فهد", "ملعب مدينة الأمير عبدالله بن جلوي",
            "ستاد الأمير محمد بن فهد"]
FIRST = ["محمد", "عبدالله", "فهد", "سلمان", "ياسر", "نواف", "عمر", "سعود", "تيسير", "حسين", "أحمد", "ماجد",
         "وليد", "يحيى", "إبراهيم", "ناصر", "مصطفى", "عبدالعزيز"]
LAST = ["الشهري", "العويس", "الفرج", "الجاسم", "الخيبري", "الزهراني", "الدوسري", "هوساوي", "المولد", "العابد",
        "البريك", "عسيري", "القحطاني", "المقهوي", "العنزي", "الشلهوب", "الحربي", "كنو", "المسيليم", "الغامدي"]
NICKS = ["هلالي_للأبد", "نصراوي عالمي", "اتحادي حتى النخاع", "أهلاوي راقي", "شبابي 1947", "محايد",
         "فتحاوي", "عاشق الزعيم", "ابو سلطان", "كورة_وبس"]
FAN_COMMENTS = ["المدرب يتحمل مسؤولية التشكيلة اليوم، لا يعقل أن يبقى أفضل لاعب في الدكة طوال الشوط الأول.",
                "مستوى التحكيم في الدوري يحتاج وقفة جادة من الاتحاد، ضربة جزاء واضحة لم تحتسب.",
                "أداء رجولي من الجميع والفوز مستحق، والقادم أجمل بإذن الله.",
                "الفريق يحتاج إلى مهاجم صريح قبل إغلاق فترة الانتقالات، الفرص كثيرة والتسجيل قليل.",
                "ألف مبروك للجماهير الوفية التي حضرت رغم الحر الشديد.",
                "التغطية ممتازة كالعادة، شكراً للموقع على المتابعة المستمرة."]
REPLIES = ["كلامك صحيح يا أخي", "لا أتفق معك، المدرب قام بما عليه", "الله يسمع منك", "هذا رأيي أيضاً"]
STATS = [("الاستحواذ", "%"), ("التسديدات", ""), ("التسديدات على المرمى", ""), ("الركنيات", ""),
         ("الأخطاء", ""), ("التسلل", ""), ("البطاقات الصفراء", "")]


def player(a, salt):
    return f"{pick(a, salt + 'f', FIRST)} {pick(a, salt + 'l', LAST)}"


def layout_b14_2(page):
    """Kooora-like football portal item: match card above the text, reporter box after
    it, line-ups / stats / events tabs, fan comments; no machine-readable date."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    i1 = num(a, "t1", 0, len(TEAMS) - 1)
    i2 = (i1 + num(a, "t2", 1, len(TEAMS) - 1)) % len(TEAMS)
    home, away = TEAMS[i1], TEAMS[i2]
    g1, g2 = num(a, "g1", 0, 4), num(a, "g2", 0, 3)
    rnd = num(a, "rnd", 1, 3)
    kick = (d - dt.timedelta(hours=num(a, "kh", 2, 20))).replace(minute=0 if num(a, "km", 0, 1) else 45)
    referee = pick(a, "ref", DECOYS)
    goals = sorted([(num(a, f"gm{k}", 3, 90), home if k < g1 else away, player(a, f"gs{k}"))
                    for k in range(g1 + g2)])
    scorers = "".join(f'<li><span class="min">{m}\'</span> {esc(p)} <span class="tm">({esc(t)})</span></li>'
                      for m, t, p in goals)
    card = (f'<div class="match-card"><div class="mc-comp">دوري عبد اللطيف جميل للمحترفين - الجولة {rnd}</div>'
            f'<table class="mc-score"><tr><td class="team home"><img src="/logos/{i1}.png" alt="">{esc(home)}</td>'
            f'<td class="score">{g1} - {g2}</td><td class="team away"><img src="/logos/{i2}.png" alt="">{esc(away)}</td></tr></table>'
            f'<div class="mc-info"><span>{pick(a, "st", STADIUMS)}</span> | <span>{kick:%Y/%m/%d} {kick:%H:%M}</span> | '
            f'<span>الحكم: {esc(referee)}</span> | <span>الحضور: {num(a, "att", 3000, 61000):,}</span></div>'
            f'<ul class="mc-goals">{scorers}</ul><div class="mc-status">انتهت المباراة</div></div>')
    ra = page.others("read_also", 1)
    read_also = (f'<div class="readmore"><b>اقرأ أيضاً:</b> {L.link(page, ra[0])}</div>') if ra else ""
    video = (f'<div class="video-box"><div class="vb-title">شاهد الأهداف</div><a href="/video/{a.n}">'
             f'<img src="/video/thumbs/{a.n}.jpg" alt="">أهداف مباراة {esc(home)} و{esc(away)} ({g1}-{g2})</a></div>')
    ad = '<div class="ad300"><small>إعلان</small><iframe src="/ads/300x250.html" width="300" height="250"></iframe></div>'
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = ([(0, read_also), (1, video), (3, ad)] if len(paras) > 3 else [(0, read_also), (1, video)])
    body = weave_blocks(blocks, boxes)
    reporter = ""
    if a.author:
        reporter = (f'<div class="reporter-box"><img src="/reporters/{num(a, "rp", 10, 99)}.jpg" alt="">'
                    f'<div class="rb-label">مراسل الموقع</div><div class="rb-name"><a href="/reporter/{num(a, "rp", 10, 99)}">'
                    f'{esc(a.author)}</a></div><div class="rb-country">السعودية</div></div>')
    lineups = ""
    for side, team in (("h", home), ("a", away)):
        rows = "".join(f"<tr><td>{n}</td><td>{esc(player(a, side + str(n)))}</td></tr>"
                       for n in [1, 2, 3, 4, 5, 6, 8, 10, 11, 14, 9])
        lineups += (f'<table class="lineup {side}"><caption>{esc(team)}</caption>{rows}'
                    f'<tr class="coach"><td>المدرب</td><td>{esc(player(a, side + "coach"))}</td></tr></table>')
    pos = num(a, "pos", 35, 65)
    srows = ""
    for k, (name, unit) in enumerate(STATS):
        if k == 0:
            v1, v2 = pos, 100 - pos
        else:
            v1, v2 = num(a, f"s{k}h", 0, 14), num(a, f"s{k}a", 0, 14)
        srows += f"<tr><td>{v1}{unit}</td><td>{name}</td><td>{v2}{unit}</td></tr>"
    stats = f'<table class="match-stats"><tr><th>{esc(home)}</th><th></th><th>{esc(away)}</th></tr>{srows}</table>'
    events = []
    for m, t, p in goals:
        events.append((m, f"هدف لفريق {t} سجله {p} بعد تمريرة من {player(a, f'as{m}')}."))
    for k in range(num(a, "ycn", 1, 4)):
        m = num(a, f"yc{k}", 10, 90)
        events.append((m, f"بطاقة صفراء لـ {player(a, f'yp{k}')} بعد عرقلة في وسط الملعب."))
    events.append((46, f"تبديل في صفوف {away}: خروج {player(a, 'o1')} ودخول {player(a, 'i1')}."))
    events.sort()
    ev_html = "".join(f'<li><span class="min">{m}\'</span> {esc(t)}</li>' for m, t in events)
    tags = "".join(f'<a href="/team/{TEAMS.index(t)}">{esc(t)}</a> ' for t in (home, away))
    tags += '<a href="/league/saudi">الدوري السعودي</a>'
    coms = ""
    for k in range(num(a, "nc", 2, 5)):
        cd = d + dt.timedelta(minutes=9 + 37 * k + num(a, f"cmm{k}", 0, 30))
        nick = pick(a, f"nk{k}", NICKS)
        fan = pick(a, f"fan{k}", TEAMS)
        rep = ""
        if num(a, f"hasr{k}", 0, 2) == 0:
            rd = cd + dt.timedelta(minutes=num(a, f"rm{k}", 3, 50))
            rep = (f'<ul class="replies"><li><span class="nick">{esc(pick(a, f"rn{k}", NICKS))}</span> '
                   f'<span class="cdate">{rd:%d/%m/%Y %H:%M}</span><p>{esc(pick(a, f"rt{k}", REPLIES))}</p></li></ul>')
        coms += (f'<li class="cmt"><div class="ch"><span class="nick">{esc(nick)}</span> '
                 f'<span class="fan">مشجع {esc(fan)}</span> <span class="cdate">{cd:%d/%m/%Y %H:%M}</span></div>'
                 f'<p>{esc(pick(a, f"ct{k}", FAN_COMMENTS))}</p><span class="votes">+{num(a, f"up{k}", 0, 80)} / -{num(a, f"dn{k}", 0, 20)}</span>'
                 f'{rep}</li>')
    standings = ""
    order = sorted(range(len(TEAMS)), key=lambda k: num(a, f"pts{k}", 0, 1000), reverse=True)[:8]
    for pos_i, k in enumerate(order):
        standings += f"<tr><td>{pos_i + 1}</td><td>{esc(TEAMS[k])}</td><td>{rnd}</td><td>{num(a, f'p{k}', 0, 3 * rnd)}</td></tr>"
    top = "".join(f"<li>{esc(player(a, f'top{k}'))} <b>{num(a, f'tg{k}', 1, 4)}</b></li>" for k in range(5))
    today = ""
    for k in range(5):
        h, w = TEAMS[(i1 + 2 * k + 1) % len(TEAMS)], TEAMS[(i1 + 2 * k + 2) % len(TEAMS)]
        st = [f"{num(a, f'x{k}', 0, 3)} - {num(a, f'y{k}', 0, 3)} انتهت", f"{num(a, f'x{k}', 0, 2)} - {num(a, f'y{k}', 0, 2)} مباشر 67'",
              "20:45", "21:00", f"{num(a, f'x{k}', 0, 3)} - {num(a, f'y{k}', 0, 3)} انتهت"][k]
        today += f'<li><a href="/match/{a.n * 10 + k}">{esc(h)} <b>{st}</b> {esc(w)}</a></li>'
    ticker = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("ticker", 5))
    html_out = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}" />
<title>{esc(site.name)} : {esc(a.title)}</title>
<meta name="keywords" content="{esc(home)}, {esc(away)}, الدوري السعودي, كرة القدم, {esc(', '.join(L.tags_for(a)))}" />
<meta name="description" content="{esc(L.first_sentence(a.text))}" />
<link rel="canonical" href="{esc(page.canonical)}" />
<link rel="stylesheet" href="/css/main.css?2015" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.2.min.js"></script>
<script type="text/javascript">var news_id = {a.n}; var match_id = {a.n * 10};</script>
</head>
<body>
<div id="loginBar"><a href="/login">دخول</a> | <a href="/register">تسجيل عضوية جديدة</a> | <a href="/myteams">اختر فريقك المفضل</a> <span class="online">المتواجدون الآن: {num(a, "on", 1000, 9000):,}</span></div>
<div id="header"><a href="/" id="logo"><img src="/img/logo.gif" alt="{esc(site.name)}" /></a>
<div id="topAd"><iframe src="/ads/728x90.html" width="728" height="90" frameborder="0"></iframe></div></div>
<div id="mainMenu"><a href="/">الرئيسية</a> <a href="/news">الأخبار</a> <a href="/matches">المباريات</a> <a href="/leagues">البطولات</a> <a href="/transfers">الانتقالات</a> <a href="/video">فيديو</a> <a href="/forum">المنتدى</a> <a href="/fantasy">الفانتازي</a></div>
<div id="todayMatches"><b>مباريات اليوم</b><ul>{today}</ul></div>
<div id="leagueTabs"><a class="on" href="/league/saudi">الدوري السعودي</a> <a href="/league/england">الإنجليزي</a> <a href="/league/spain">الإسباني</a> <a href="/league/acl">دوري أبطال آسيا</a></div>
<div id="newsTicker"><b>آخر الأخبار</b><ul>{ticker}</ul></div>
<table id="layout" width="100%" cellpadding="0" cellspacing="0"><tr>
<td id="mainCol" valign="top">
<div class="newsBox">
<h1 class="newsTitle">{esc(a.title)}</h1>
<div class="newsDate">{d:%Y/%m/%d} - {d:%H:%M} بتوقيت السعودية <span class="views">| المشاهدات: {num(a, "v", 1500, 250000):,}</span></div>
{card}
<div class="newsText" id="newsText">
{body}
</div>
{reporter}
<div class="newsTools"><a href="javascript:window.print()">طباعة</a> | <a href="/send?n={a.n}">أرسل لصديق</a> | <a href="https://twitter.com/share">تويتر</a> | <a href="https://www.facebook.com/sharer.php">فيسبوك</a></div>
<div class="matchTabs"><ul class="tabs"><li class="on">التشكيلة</li><li>الإحصائيات</li><li>الأحداث</li></ul>
<div class="tab lineups">{lineups}</div>
<div class="tab stats">{stats}</div>
<div class="tab events"><ul class="timeline">{ev_html}</ul></div></div>
<div class="relTags"><b>ذات صلة بـ:</b> {tags}</div>
<div class="comments"><h3>تعليقات الأعضاء</h3><ul>{coms}</ul>
<div class="rules"><b>شروط التعليق:</b> يمنع التعصب والإساءة للأندية واللاعبين والحكام، والتعليقات تعبر عن رأي كاتبها ولا تعبر عن رأي الموقع، ويحق للإدارة حذف أي تعليق مخالف دون الرجوع لصاحبه.</div>
<form action="/comment" method="post"><input type="hidden" name="n" value="{a.n}" /><textarea name="c"></textarea><input type="submit" value="أضف تعليقك" /></form></div>
<div class="moreNews"><h3>أخبار أخرى</h3><ul>{"".join(f"<li>{L.link(page, o)} <span>{o.published:%Y/%m/%d}</span></li>" for o in page.others("similar", 8))}</ul></div>
</div>
</td>
<td id="sideCol" valign="top" width="300">
<div class="sideBox"><h3>ترتيب الدوري السعودي</h3><table class="standings"><tr><th>#</th><th>الفريق</th><th>لعب</th><th>نقاط</th></tr>{standings}</table></div>
<div class="sideBox"><h3>الهدافون</h3><ol>{top}</ol></div>
<div class="sideBox poll"><h3>استفتاء</h3><p>من سيتوج بلقب الدوري هذا الموسم؟</p><form>{"".join(f'<label><input type="radio" name="p" /> {t}</label><br />' for t in TEAMS[:4])}<input type="submit" value="صوّت" /></form></div>
<div class="sideBox"><h3>الأكثر قراءة</h3><ol>{"".join(f"<li>{L.link(page, o)}</li>" for o in page.others("popular", 6))}</ol></div>
</td></tr></table>
<div id="footer"><a href="/about">عن الموقع</a> | <a href="/contact">اتصل بنا</a> | <a href="/advertise">أعلن معنا</a> | <a href="/privacy">الخصوصية</a><br />
جميع الحقوق محفوظة &copy; 2015 {esc(site.name)} - الموقع غير مسؤول عن التعليقات المنشورة</div>
</body>
</html>"""
    return finish(html_out, page)


# --- b14_3: fact-check platform --------------------------------------------------------

VERDICTS = [("مضلل", "misleading", "المعلومة المتداولة تحتوي على عناصر صحيحة لكنها قُدّمت في سياق يوحي بمعنى مختلف عن الحقيقة."),
            ("زائف", "false", "الادعاء لا يستند إلى أي مصدر موثوق، والمعلومات الرسمية المتاحة تنفيه بشكل قاطع."),
            ("صحيح", "true", "المعلومة المتداولة دقيقة وتدعمها المصادر الرسمية والوثائق المتاحة."),
            ("غير دقيق", "inaccurate", "المعلومة تحتوي على أرقام أو تفاصيل غير صحيحة رغم أن أصلها حقيقي."),
            ("ساخر", "satire", "المحتوى مصدره صفحة ساخرة وتم تداوله على أنه خبر حقيقي.")]
CLAIM_SOURCES = ["حسابات على تويتر", "صفحات على فيسبوك", "مجموعات على واتساب", "مقطع متداول على يوتيوب"]
TIPS_FC = ["ابحث عن الصورة عكسياً عبر محركات البحث للتأكد من تاريخ نشرها الأول ومصدرها الأصلي قبل مشاركتها.",
           "تحقق من الحسابات الرسمية للجهة المعنية قبل تصديق أي قرار منسوب إليها على مواقع التواصل.",
           "انتبه إلى العناوين التي تثير المشاعر بشدة، فهي غالباً ما تستخدم لنشر الأخبار المضللة."]
SOURCES_FC = ["الموقع الرسمي لوزارة الداخلية", "وكالة الأنباء السعودية (واس)", "الحساب الرسمي للمتحدث الأمني على تويتر",
              "أرشيف صحيفة الرياض", "قاعدة بيانات البنك الدولي", "بيان صادر عن هيئة الإحصاء"]


def layout_b14_3(page):
    """Fact-check page: claim + verdict boxes above the text, conclusion and sources
    after it, a check-team panel with a dotted UTC date and a decoy claim date."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    u = utc(d)
    vi = num(a, "verdict", 0, len(VERDICTS) - 1)
    verdict, vcls, vexpl = VERDICTS[vi]
    claim_src = pick(a, "csrc", CLAIM_SOURCES)
    claim_day = d - dt.timedelta(days=num(a, "cday", 1, 6), hours=num(a, "ch", 0, 12))
    claim = f"تداولت {claim_src} ادعاءً مفاده أن «{short(a.title, 14).rstrip('.')}»، وحظي المنشور بآلاف المشاركات خلال ساعات."
    editor = pick(a, "edf", DECOYS)
    ld = [{"@context": "https://schema.org", "@type": "ClaimReview", "url": page.canonical,
           "datePublished": u.strftime("%Y-%m-%d"), "claimReviewed": claim,
           "author": {"@type": "Organization", "name": site.name, "url": site.base + "/"},
           "itemReviewed": {"@type": "Claim", "datePublished": claim_day.strftime("%Y-%m-%d"),
                            "author": {"@type": "Organization", "name": claim_src},
                            "appearance": {"@type": "CreativeWork", "url": f"https://twitter.com/i/status/{num(a, 'tw', 10**9, 10**10)}"}},
           "reviewRating": {"@type": "Rating", "ratingValue": 5 - vi if vi < 4 else 1, "bestRating": 5, "worstRating": 1,
                            "alternateName": verdict}}]
    nav = "".join(f'<li><a href="/{s}">{n}</a></li>' for n, s in
                  [("ادعاءات", "claims"), ("تحقيقات", "investigations"), ("تقارير", "reports"),
                   ("تضليل إعلامي", "media-misinformation"), ("علوم وصحة", "science"), ("أدوات التحقق", "tools"),
                   ("منهجيتنا", "methodology"), ("من نحن", "about")])
    ra = page.others("read_also", 1)
    read_also = ""
    if ra:
        rv = VERDICTS[num(ra[0], "verdict", 0, len(VERDICTS) - 1)]
        read_also = (f'<div class="fc-related-inline"><span class="lbl">اقرأ أيضاً</span> '
                     f'<span class="pill {rv[1]}">{rv[0]}</span> {L.link(page, ra[0])}</div>')
    tip = (f'<aside class="fc-tip"><h4>كيف تتحقق بنفسك؟</h4><p>{esc(pick(a, "tip", TIPS_FC))}</p></aside>')
    shot = (f'<figure class="claim-shot"><img src="/uploads/claims/{a.key}.png" alt="لقطة شاشة">'
            f'<figcaption>لقطة شاشة للادعاء المتداول على {esc(claim_src)}</figcaption></figure>')
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = [(0, read_also), (2, tip)] if len(paras) > 2 else [(0, read_also), (1, tip)]
    body = weave_blocks(blocks, boxes)
    srcs = "".join(f'<li><a href="https://example.gov.sa/{k}" rel="nofollow">{esc(SOURCES_FC[(num(a, "src", 0, 5) + k) % 6])}</a>'
                   f' - تاريخ الاطلاع {(d - dt.timedelta(days=k)):%d.%m.%Y}</li>' for k in range(num(a, "ns", 2, 4)))
    team = ""
    if a.author:
        team = (f'<div class="fc-people"><div><span class="lbl">تحقق:</span> <a class="checker" href="/team/{num(a, "ck", 10, 90)}">'
                f'{esc(a.author)}</a></div><div><span class="lbl">تدقيق ومراجعة:</span> '
                f'<a href="/team/{num(a, "ed", 100, 190)}">{esc(editor)}</a></div></div>')
    panel = (f'<section class="fc-panel"><h3>فريق التحقق</h3>{team}'
             f'<div class="fc-dates"><div><span class="lbl">نُشر في</span> <time datetime="{isoz(d)}">{u:%d.%m.%Y} · {u:%H:%M} UTC</time></div>'
             f'<div><span class="lbl">تاريخ الادعاء</span> <span>{claim_day:%d.%m.%Y}</span></div>'
             f'<div><span class="lbl">المنصة</span> <span>{esc(claim_src)}</span></div></div></section>')
    legend = "".join(f'<li><span class="pill {c}">{v}</span> {esc(e)}</li>' for v, c, e in VERDICTS)
    related = ""
    for o in page.others("similar", 5):
        rv = VERDICTS[num(o, "verdict", 0, len(VERDICTS) - 1)]
        related += (f'<li><span class="pill {rv[1]}">{rv[0]}</span> {L.link(page, o)} '
                    f'<span class="d">{utc(o.published):%d.%m.%Y}</span></li>')
    conclusion = (f'<div class="fc-conclusion"><h3>الخلاصة</h3><p>بعد مراجعة المصادر المتاحة، يصنّف فريق التحقق هذا الادعاء '
                  f'بأنه «{verdict}». {esc(vexpl)} ننصح بعدم مشاركة المعلومات قبل التأكد من مصادرها الرسمية.</p></div>')
    html_out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(verdict)}: {esc(a.title)} | {esc(site.name)} للتحقق</title>
<meta name="description" content="{esc(claim)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(verdict)} | {esc(a.title)}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/og/{a.key}-{vcls}.png">
<meta property="article:published_time" content="{isoz(d)}">
<meta property="article:section" content="ادعاءات">
<link rel="canonical" href="{esc(page.canonical)}">
{ldjson(ld)}
<link rel="stylesheet" href="/assets/app.css?id=8f2e1c">
</head>
<body class="claim-page verdict-{vcls}">
<div class="topbar"><span>منصة مستقلة للتحقق من الأخبار والمعلومات المتداولة</span> <a href="/submit">أرسل ادعاءً للتحقق</a> <a href="/en">EN</a></div>
<header class="header"><a class="logo" href="/">{esc(site.name)} <small>للتحقق</small></a>
<nav><ul>{nav}</ul></nav><form class="search" action="/search"><input name="q" placeholder="ابحث عن ادعاء"></form></header>
<div class="trending"><span>الأكثر تداولاً:</span> {"".join(f'<a href="/tag/{esc(t)}">#{esc(t)}</a> ' for t in L.tags_for(a)[:3])}</div>
<main class="wrap">
<article class="claim">
<div class="kicker"><a href="/claims">تحقق</a> / <a href="/claims/local">محليات</a></div>
<h1 class="claim-title">{esc(a.title)}</h1>
<div class="claim-box"><div class="claim-label">الادعاء:</div><p class="claim-text">{esc(claim)}</p></div>
<div class="verdict-box {vcls}"><div class="verdict-label">النتيجة:</div><div class="verdict">{esc(verdict)}</div><p class="verdict-expl">{esc(vexpl)}</p></div>
{shot}
<h2 class="fc-h">التفاصيل</h2>
<div class="claim-body">
{body}
</div>
{conclusion}
<section class="fc-sources"><h3>المصادر</h3><ol>{srcs}</ol></section>
{panel}
<div class="share"><span>شارك التحقق:</span> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://www.facebook.com/sharer.php">فيسبوك</a> <a href="whatsapp://send">واتساب</a></div>
<div class="fc-correct">هل لاحظت خطأً في هذا التحقق؟ نلتزم بتصحيح الأخطاء بشفافية وفق <a href="/corrections">سياسة التصحيح</a>.</div>
</article>
<section class="fc-legend"><h3>مقياس التقييم</h3><ul>{legend}</ul></section>
<section class="fc-more"><h3>تحققات ذات صلة</h3><ul>{related}</ul></section>
<section class="submit-claim"><h3>هل صادفت خبراً مشكوكاً فيه؟</h3><p>أرسل لنا الرابط أو لقطة الشاشة وسيعمل فريقنا على التحقق منه ونشر النتيجة في أقرب وقت.</p>
<form action="/submit" method="post"><input name="url" placeholder="رابط المنشور"><textarea name="note" placeholder="ما الذي تريد التحقق منه؟"></textarea><button>أرسل</button></form></section>
</main>
<footer class="footer"><p>{esc(site.name)} منصة موقّعة على مبادئ الشبكة الدولية لتدقيق المعلومات (IFCN)، ونلتزم بالحياد والشفافية في المصادر والمنهجية وتمويل المنصة.</p>
<ul><li><a href="/methodology">منهجيتنا</a></li><li><a href="/funding">التمويل</a></li><li><a href="/corrections">سياسة التصحيح</a></li><li><a href="/contact">تواصل معنا</a></li></ul>
<p>&copy; 2015 {esc(site.name)}</p></footer>
</body></html>"""
    return finish(html_out, page)


# --- b14_4: daily news podcast episode with transcript --------------------------------------

SPONSORS = ["تأتيكم هذه الحلقة برعاية تطبيق «وجهة» لحجز الرحلات: خطط لإجازتك القادمة واحصل على خصم خاص لمستمعي البودكاست.",
            "هذه الحلقة برعاية «مساحة» لحلول العمل المشترك، مكاتب مرنة في الرياض وجدة والخبر تبدأ من يوم واحد.",
            "برعاية «قرطاس» لتوصيل الكتب: أكثر من مئة ألف عنوان عربي يصلك إلى باب بيتك خلال يومين."]
LISTENER = [("ريم", "أفضل بداية ليومي، عشر دقائق تغنيني عن متابعة الأخبار طوال اليوم."),
            ("عبدالله", "ياليت تزيدون مدة الحلقة، المحتوى ممتاز والإلقاء رائع."),
            ("نوف", "أتابعكم كل صباح في طريقي للدوام، شكراً على الجهد."),
            ("فيصل", "لو تضيفون روابط المصادر في وصف الحلقة يكون أفضل.")]


def layout_b14_4(page):
    """Podcast episode page: audio player, day-only Eastern-digit date, credits list,
    show notes and chapters, then the transcript as timestamped segments."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    ep = a.n - 780
    show = f"موجز {site.short}"
    words = [len(p.split()) for p in paras]
    secs = [0]
    intro = num(a, "intro", 20, 45)
    cur = intro
    for w in words:
        secs.append(cur)
        cur += max(4, int(w * 60 / 130))
    seg_start = secs[1:]
    duration = cur + num(a, "outro", 25, 60)
    sponsor = pick(a, "sp", SPONSORS)
    host_role = [("إعداد", pick(a, "prep", DECOYS)), ("هندسة صوتية", pick(a, "eng", DECOYS[::-1]))]
    ld = {"@context": "https://schema.org", "@type": "PodcastEpisode", "url": page.canonical, "name": a.title,
          "episodeNumber": ep, "datePublished": isoz(d, ms=True), "timeRequired": f"PT{duration // 60}M{duration % 60}S",
          "description": f"حلقة اليوم من {show}: {short(a.title, 10)}",
          "associatedMedia": {"@type": "MediaObject", "contentUrl": f"https://cdn.podcasts.example/{site.id}/ep{ep}.mp3"},
          "partOfSeries": {"@type": "PodcastSeries", "name": show, "url": f"{site.base}/podcast"}}
    if a.author:
        ld["actor"] = [{"@type": "Person", "name": a.author}]
    date_line = f"{WEEKDAYS[d.weekday()]} {dg(d.day, page)} {MONTHS[d.month - 1]} {dg(d.year, page)}"
    credits = ""
    if a.author:
        items = [f'<li><span class="role">تقديم</span> <a class="person" href="/people/{num(a, "h", 10, 99)}">{esc(a.author)}</a></li>']
        items += [f'<li><span class="role">{r}</span> <a class="person" href="/people/{num(a, r, 100, 199)}">{esc(n)}</a></li>'
                  for r, n in host_role]
        credits = f'<ul class="ep-credits">{"".join(items)}</ul>'
    oth = page.others("similar", 3)
    notes = (f'<div class="ep-notes"><h2>عن الحلقة</h2><p>في حلقة اليوم من {esc(show)} نتوقف عند {esc(short(a.title, 9))}، '
             f'ونمر سريعاً على أبرز العناوين: {"، ".join(esc(short(o.title, 6)) for o in oth)}.</p>'
             f'<p>يصدر {esc(show)} كل صباح من الأحد إلى الخميس في تمام السادسة بتوقيت الرياض.</p></div>')
    chapters = [(0, "المقدمة")] + [(seg_start[0] if seg_start else intro, short(a.title, 6))]
    t2 = duration - num(a, "ch2", 60, 120)
    chapters += [(t2 - 50, short(oth[0].title, 5) if oth else "عناوين سريعة"), (t2, "الختام")]
    chap = "".join(f'<li><a href="#t={s}" class="ts">{dg(mmss(s), page)}</a> {esc(n)}</li>' for s, n in chapters)
    blocks = [f'<div class="seg" data-start="{s}"><a class="ts" href="#t={s}">{mmss(s)}</a><p>{esc(p)}</p></div>'
              for p, s in zip(paras, seg_start)]
    boxes = []
    if paras:
        at = min(1, len(paras) - 1) if len(paras) < 4 else 2
        st = seg_start[at] + 3
        boxes.append((at, f'<div class="seg seg-ad" data-start="{st}"><a class="ts" href="#t={st}">{mmss(st)}</a>'
                          f'<p><span class="ad-tag">[فاصل إعلاني]</span> {esc(sponsor)}</p></div>'))
    transcript = weave_blocks(blocks, boxes)
    prev = ""
    for k, o in enumerate(page.others("episodes", 5)):
        pd = d - dt.timedelta(days=k + 1)
        prev += (f'<li><a href="{esc(page.url_of(o))}"><span class="n">الحلقة {dg(ep - k - 1, page)}</span> {esc(o.title)}</a>'
                 f'<span class="meta">{dg(pd.day, page)} {MONTHS[pd.month - 1]} · {dg(num(o, "dur", 8, 19), page)} دقيقة</span></li>')
    coms = ""
    for k in range(num(a, "nc", 0, 3)):
        nm, tx = LISTENER[(num(a, "lc", 0, 3) + k) % 4]
        coms += (f'<li><b>{nm}</b> <span class="ago">قبل {dg(k + 1, page)} {"يوم" if k == 0 else "أيام"}</span>'
                 f'<p>{esc(tx)}</p></li>')
    coms_html = (f'<section class="listener-comments"><h3>تعليقات المستمعين</h3><ul>{coms}</ul>'
                 f'<form><textarea placeholder="شاركنا رأيك في الحلقة"></textarea><button>نشر</button></form></section>')
    html_out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{dg(ep, page)}# {esc(a.title)} | بودكاست {esc(show)}</title>
<meta name="description" content="حلقة اليوم من {esc(show)}: {esc(short(a.title, 10))}">
<meta property="og:type" content="music.song">
<meta property="og:title" content="{esc(show)} - الحلقة {ep}">
<meta property="og:audio" content="https://cdn.podcasts.example/{site.id}/ep{ep}.mp3">
<meta property="og:url" content="{esc(page.canonical)}">
<meta name="twitter:card" content="player">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="alternate" type="application/rss+xml" title="{esc(show)}" href="{esc(site.base)}/podcast/feed.xml">
{ldjson(ld)}
<link rel="stylesheet" href="/_assets/podcast.css">
</head>
<body class="episode">
<div class="network-bar"><a href="/podcasts">كل البرامج</a> <a href="/podcasts/news">أخبار</a> <a href="/podcasts/culture">ثقافة</a> <a href="/podcasts/business">أعمال</a> <a href="/newsletter">النشرة البريدية</a> <a class="app" href="/app">حمّل التطبيق</a></div>
<header class="show-header"><a class="logo" href="/">{esc(site.name)} <small>بودكاست</small></a>
<nav><ul><li><a href="/podcast">{esc(show)}</a></li><li><a href="/podcast/episodes">الحلقات</a></li><li><a href="/podcast/about">عن البرنامج</a></li><li><a href="/podcast/team">الفريق</a></li></ul></nav></header>
<main class="ep-main">
<div class="ep-hero"><img class="cover" src="/podcast/cover-{site.id}.jpg" alt="{esc(show)}">
<div class="ep-head"><a class="show-name" href="/podcast">{esc(show)}</a> <span class="ep-no">الحلقة {dg(ep, page)}</span>
<h1 class="ep-title">{esc(a.title)}</h1>
<div class="ep-meta"><span class="date">{date_line}</span> · <span class="dur">{dg(duration // 60, page)} دقيقة</span></div></div></div>
<div class="player"><audio controls preload="none" src="https://cdn.podcasts.example/{site.id}/ep{ep}.mp3"></audio>
<button class="back">-١٥ ث</button> <button class="play">تشغيل</button> <button class="fwd">+٣٠ ث</button>
<span class="time">00:00 / {mmss(duration)}</span> <span class="speed"><button>1x</button><button>1.5x</button><button>2x</button></span>
<a class="download" href="https://cdn.podcasts.example/{site.id}/ep{ep}.mp3" download>تحميل</a></div>
<div class="subscribe"><span>استمع واشترك عبر:</span> <a href="https://itunes.apple.com/podcast/id{num(a, "ap", 10**8, 10**9)}">Apple Podcasts</a> <a href="https://open.spotify.com/show/{a.key}">Spotify</a> <a href="https://www.anghami.com/podcast/{num(a, "ang", 1000, 9999)}">أنغامي</a> <a href="{esc(site.base)}/podcast/feed.xml">RSS</a></div>
{credits}
{notes}
<section class="ep-chapters"><h2>فصول الحلقة</h2><ol>{chap}</ol></section>
<aside class="sponsor"><span class="lbl">الراعي</span><p>{esc(sponsor)}</p></aside>
<section class="transcript" id="transcript"><h2>نص الحلقة</h2>
<p class="transcript-note">هذا النص مُفرّغ آلياً من التسجيل الصوتي ومراجَع تحريرياً، وقد يختلف قليلاً عن المسموع. اضغط على أي توقيت للانتقال إليه في المشغل.</p>
<div class="segments">
{transcript}
</div>
<button class="expand">عرض النص كاملاً</button></section>
<div class="share"><a href="https://twitter.com/intent/tweet">شارك الحلقة على تويتر</a> <a href="whatsapp://send">واتساب</a> <button class="copy">نسخ الرابط مع التوقيت</button></div>
<section class="prev-episodes"><h3>حلقات سابقة</h3><ul>{prev}</ul><a href="/podcast/episodes">كل الحلقات</a></section>
{coms_html}
</main>
<aside class="show-about"><h3>عن البرنامج</h3><p>{esc(show)} بودكاست إخباري يومي يقدم في أقل من ربع ساعة أهم ما تحتاج معرفته عن أخبار المملكة والمنطقة والعالم، بلغة بسيطة وتحليل هادئ بعيداً عن الضجيج.</p>
<p>للتواصل والاقتراحات: <a href="mailto:podcast@{site.id}.example">podcast@{site.id}.example</a></p></aside>
<footer class="footer"><div class="apps">استمع في أي مكان: <a href="/app/ios">iOS</a> <a href="/app/android">Android</a></div>
<ul><li><a href="/about">من نحن</a></li><li><a href="/advertise">الرعاية والإعلان</a></li><li><a href="/terms">الشروط</a></li><li><a href="/privacy">الخصوصية</a></li></ul>
<p>&copy; 2015 {esc(site.name)} - جميع الحقوق محفوظة</p></footer>
</body></html>"""
    return finish(html_out, page)


# --- b14_5: Telegram channel web preview -----------------------------------------------

FWD_FROM = ["وكالة الأنباء السعودية", "العربية عاجل", "سكاي نيوز عربية", "رويترز عربي"]
POLLS = [("هل تؤيد تطبيق القرار بشكل فوري؟", ["نعم", "لا", "بحاجة لمزيد من الدراسة"]),
         ("ما مصدرك الأول للأخبار؟", ["تيليجرام", "تويتر", "التلفزيون", "المواقع الإخبارية"])]
EMOJI = ["🔴", "⚡️", "📌", "🔸", "🟢"]


def views(n):
    return f"{n / 1000:.1f}K" if n >= 1000 else str(n)


def layout_b14_5(page):
    """t.me/s/-like channel page: message bubbles around the article's message, whose
    bold first line is the title, paragraphs split by <br><br>, signature span, UTC time."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    handle = re.sub(r"[^a-z0-9]", "", site.id) + "news"
    if not handle[0].isalpha():
        handle = "ain" + handle
    post = a.n + 41000
    subs = num(a, "subs", 40000, 900000)

    def bubble(n, inner, when, v, signer="", cls="", edited=False):
        sign = (f'<span class="tgme_widget_message_from_author" dir="auto">{esc(signer)}</span>, ' if signer else "")
        ed = '<span class="tgme_widget_message_meta">edited </span>' if edited else ""
        return (f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message{cls}" data-post="{handle}/{n}" data-view="{a.key}{n}">'
                f'<div class="tgme_widget_message_user"><a href="https://t.me/{handle}"><i class="tgme_widget_message_user_photo bgcolor{n % 7}" data-content="{esc(site.short[:1])}"><img src="/tg/avatar.jpg"></i></a></div>'
                f'<div class="tgme_widget_message_bubble"><i class="tgme_widget_message_bubble_tail"></i>'
                f'<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{handle}"><span dir="auto">{esc(site.name)}</span></a></div>'
                f'{inner}'
                f'<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">'
                f'<span class="tgme_widget_message_views">{views(v)}</span>{ed}<span class="tgme_widget_message_meta">{sign}'
                f'<a class="tgme_widget_message_date" href="https://t.me/{handle}/{n}"><time datetime="{utc(when):%Y-%m-%dT%H:%M:%S}+00:00" class="time">{utc(when):%H:%M}</time></a></span>'
                f'</div></div></div></div></div>')

    def preview(o, title=None, desc=None):
        return (f'<a class="tgme_widget_message_link_preview" href="{esc(site.base + page.url_of(o))}">'
                f'<div class="link_preview_site_name accent_color" dir="auto">{esc(site.name)}</div>'
                f'<i class="link_preview_right_image" style="background-image:url(\'/img/{o.key}.jpg\')"></i>'
                f'<div class="link_preview_title" dir="auto">{esc(title or o.title)}</div>'
                f'<div class="link_preview_description" dir="auto">{esc(desc or L.first_sentence(o.text))}</div></a>')

    others = page.others("stream", 6)
    before, after = others[:3], others[3:]
    msgs = []
    back = [sum(num(o, "gap", 6, 35) for o in before[k:]) for k in range(len(before))]
    for k, o in enumerate(before):
        n = post - (len(before) - k)
        when = d - dt.timedelta(minutes=back[k])
        kind = k % 3
        if kind == 0:
            inner = (f'<a class="tgme_widget_message_photo_wrap" href="https://t.me/{handle}/{n}" style="background-image:url(\'/img/{o.key}.jpg\')"></a>'
                     f'<div class="tgme_widget_message_text js-message_text" dir="auto">📷 {esc(o.title)}<br/><br/>'
                     f'{esc(L.first_sentence(o.text))}</div>')
        elif kind == 1:
            inner = (f'<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from <a class="tgme_widget_message_forwarded_from_name" href="https://t.me/s/wire"><span dir="auto">{esc(pick(o, "fwd", FWD_FROM))}</span></a></div>'
                     f'<div class="tgme_widget_message_text js-message_text" dir="auto">{pick(o, "em", EMOJI)} <b>عاجل</b> | {esc(o.title)}</div>')
        else:
            q, opts = pick(o, "poll", POLLS)
            rows = "".join(f'<div class="tgme_widget_message_poll_option"><div class="tgme_widget_message_poll_option_percent">{num(o, opt, 5, 60)}%</div>'
                           f'<div class="tgme_widget_message_poll_option_text" dir="auto">{esc(opt)}</div></div>' for opt in opts)
            inner = (f'<div class="tgme_widget_message_poll"><div class="tgme_widget_message_poll_question" dir="auto">{esc(q)}</div>'
                     f'<div class="tgme_widget_message_poll_type">Anonymous Poll</div>{rows}</div>'
                     f'<div class="tgme_widget_message_voters">{num(o, "voters", 300, 9000)} votes</div>')
        msgs.append(bubble(n, inner, when, num(o, "v", 800, 60000)))
    # the article's message
    mark = pick(a, "em", EMOJI)
    body = "<br/><br/>".join(esc(p) for p in paras)
    tags = " ".join(f'<a href="?q=%23{esc(t)}">#{esc(t)}</a>' for t in L.tags_for(a)[:3])
    text = (f'<div class="tgme_widget_message_text js-message_text" dir="auto">{mark} <b>{esc(a.title)}</b><br/><br/>{body}'
            f'<br/><br/>🔗 التفاصيل: <a href="{esc(page.canonical)}" target="_blank" rel="noopener">{esc(page.canonical)}</a>'
            f'<br/><br/>{tags}</div>')
    prev_desc = L.first_sentence(a.text)
    own = (f'<a class="tgme_widget_message_link_preview" href="{esc(page.canonical)}">'
           f'<div class="link_preview_site_name accent_color" dir="auto">{esc(site.name)}</div>'
           f'<div class="link_preview_title" dir="auto">{esc(a.title)}</div>'
           f'<div class="link_preview_description" dir="auto">{esc(prev_desc)}</div></a>')
    msgs.append(bubble(post, text + own, d, num(a, "v", 2000, 150000), a.author, " tgme_widget_message_highlighted",
                       edited=num(a, "edited", 0, 2) == 0))
    for k, o in enumerate(after):
        n = post + k + 1
        when = d + dt.timedelta(minutes=sum(num(x, "gap", 6, 35) for x in after[:k + 1]))
        inner = (f'<div class="tgme_widget_message_text js-message_text" dir="auto">{pick(o, "em", EMOJI)} <b>{esc(o.title)}</b><br/><br/>'
                 f'{esc(L.first_sentence(o.text))}<br/><br/>🔗 التفاصيل: <a href="{esc(site.base + page.url_of(o))}">{esc(site.base + page.url_of(o))}</a></div>'
                 + preview(o))
        msgs.append(bubble(n, inner, when, num(o, "v", 300, 40000)))
    stream = "\n".join(msgs)
    og_desc = f"{mark} {a.title}\n\n{paras[0] if paras else ''}"[:200]
    html_out = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="{site.encoding}">
<title>{esc(site.name)} – Telegram</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta property="og:title" content="{esc(site.name)}">
<meta property="og:image" content="{esc(site.base)}/tg/avatar.jpg">
<meta property="og:site_name" content="Telegram">
<meta property="og:description" content="{esc(og_desc)}">
<meta property="twitter:title" content="{esc(site.name)}">
<meta property="twitter:description" content="{esc(og_desc)}">
<meta property="al:android:url" content="tg://resolve?domain={handle}&amp;post={post}">
<link rel="canonical" href="{esc(page.canonical)}">
<link href="/tg/css/widget-frame.css?47" rel="stylesheet">
<link href="/tg/css/telegram-web.css?35" rel="stylesheet">
</head>
<body class="widget_frame_base tgme_webpreview" dir="rtl">
<div class="tgme_background_wrap"><canvas id="tgme_background" class="tgme_background default" width="50" height="50" data-colors="dbddbb,6ba587,d5d88d,88b884"></canvas><div class="tgme_background_pattern default"></div></div>
<header class="tgme_header search_collapsed"><div class="tgme_header_search"><form class="tgme_header_search_form" action="/s/{handle}" method="get"><input class="tgme_header_search_form_input js-header_search" placeholder="Search" name="q" autocomplete="off"></form></div>
<div class="tgme_header_info"><a class="tgme_header_link" href="https://t.me/{handle}"><i class="tgme_page_photo_image"><img src="/tg/avatar.jpg"></i><div class="tgme_header_title"><span dir="auto">{esc(site.name)}</span></div>
<div class="tgme_header_counter">{subs:,} subscribers</div></a></div>
<div class="tgme_header_right_column"><a class="tgme_action_button_new" href="https://t.me/{handle}">View in Telegram</a></div></header>
<main class="tgme_main">
<div class="tgme_container">
<section class="tgme_right_column"><div class="tgme_channel_info">
<div class="tgme_channel_info_header"><i class="tgme_page_photo_image"><img src="/tg/avatar.jpg"></i><div class="tgme_channel_info_header_title"><span dir="auto">{esc(site.name)}</span></div><div class="tgme_channel_info_header_username"><a href="https://t.me/{handle}">@{handle}</a></div></div>
<div class="tgme_channel_info_counters"><div class="tgme_channel_info_counter"><span class="counter_value">{views(subs)}</span> <span class="counter_type">subscribers</span></div>
<div class="tgme_channel_info_counter"><span class="counter_value">{views(num(a, "ph", 5000, 40000))}</span> <span class="counter_type">photos</span></div>
<div class="tgme_channel_info_counter"><span class="counter_value">{views(num(a, "vi", 900, 9000))}</span> <span class="counter_type">videos</span></div>
<div class="tgme_channel_info_counter"><span class="counter_value">{views(num(a, "li", 10000, 90000))}</span> <span class="counter_type">links</span></div></div>
<div class="tgme_channel_info_description">القناة الرسمية لـ{esc(site.name)} على تيليجرام 📰<br/>نوافيكم بآخر الأخبار المحلية والعالمية لحظة بلحظة، ونسعد باستقبال أخباركم ومقترحاتكم عبر البوت الخاص بالقناة.<br/>للإعلان: @{handle}_ads</div>
<div class="tgme_channel_download_telegram"><div class="tgme_channel_download_telegram_text">You can view and join <b>@{handle}</b> right away.</div><a class="tgme_channel_download_telegram_btn" href="https://telegram.org/dl">Download Telegram</a></div>
</div></section>
<section class="tgme_channel_history js-message_history">
<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{handle}?before={post - 3}" class="tme_messages_more js-messages_more" data-before="{post - 3}"></a></div>
{stream}
<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{handle}?after={post + 3}" class="tme_messages_more js-messages_more" data-after="{post + 3}"></a></div>
</section>
</div>
</main>
<div class="tgme_footer">
<a href="https://telegram.org/" class="tgme_footer_link">Telegram</a> · <a href="{esc(site.base)}/" class="tgme_footer_link">{esc(site.name)}</a> — هذه الصفحة نسخة من قناتنا على تيليجرام تُحدَّث تلقائياً، والمحتوى الكامل للأخبار متاح على موقعنا.
</div>
<script src="/tg/js/jquery.min.js"></script>
<script src="/tg/js/widget-frame.js?62"></script>
<script>TWidgetAuth.init();TChannel.init({{"channel":"{handle}","post":{post}}});</script>
</body>
</html>"""
    return finish(html_out, page)


LAYOUTS = {
    "b14_1": layout_b14_1,
    "b14_2": layout_b14_2,
    "b14_3": layout_b14_3,
    "b14_4": layout_b14_4,
    "b14_5": layout_b14_5,
}
