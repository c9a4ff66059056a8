"""Blind test layouts (set 31) for newsfarm (--extra-layouts): five article
templates modelled on mainstream, high-traffic LEVANT and IRAQ outlets and on
article KINDS that no earlier layout file imitates (an interview, a report /
explainer with headings and lists, a long-form investigation), on platforms
not used before, written without reading Khabar's extractor. Each prints the
whole page a reader gets: top bar, header and menus, tickers, the article, the
boxes real sites put inside the text, and the tags, share bars, related lists,
comments, sidebars and footer around it.

Covered before and so not used here: Annahar premium (b16_2), Al-Akhbar
(b5_2), Enab-Baladi / Zaman-al-Wasl (b11_4), Roya (b19_5), Alsumaria (b23_5),
Rudaw (b11_3), Shafaq on Next.js (b22_4), Kurdistan (b17_3), SANA (b19_2),
Elnashra (b20_5), MTV / LBCI (b26_3), Raseef22 (b28_3), Alghad (b25_1); the
live blog (b14_1); React SSR with an Apollo cache (b20_1), Nuxt, Next.js,
Ghost, Drupal, Joomla, Jannah, JNews, Sahifa, SmartMag, Publisher, Newspaper.

  b31_1  BEIRUT pan-Arab TV CHANNEL's site (Al-Mayadeen-like; BEIRUT time =
         EEST = UTC+3 in August 2015, the Riyadh wall clock) on a React
         front end rendered on the server (data-reactroot, react-helmet
         metas, React's «<!-- -->» text separators, CRA chunk scripts):
         «البث المباشر», English / Español links, nav, «عاجل» bar with
         Beirut clocks; breadcrumb, h1, on half the pages a summary
         paragraph repeating the first sentence; the meta block: ALWAYS the
         desk line «المصدر: <short> نت» (an outlet, never a person), then
         only with an author the writer card (photo + the name alone in
         a.article-writer__name), then «الأحد 9 آب 2015 14:32» (Levantine
         month, Beirut, no zone printed) in <time datetime="…T11:32:07.123Z">
         (UTC) and a LATER «آخر تحديث: …». JSON-LD NewsArticle in +03:00;
         window.__PRELOADED_STATE__ (Redux) holds the article again:
         publishDate / updateDate as EPOCH MILLISECONDS, writers[], the body
         as HTML, related stories with their own epochs. In the text a
         «اقرأ أيضاً» card, a GPT «إعلان» slot, on half the pages a video
         card «فيديو | <other story>» with duration, and a closing Telegram
         prompt <p>; after it «الكلمات المفتاحية», share, «المزيد من
         <section>» cards, most-read, today's programme grid «تقديم: …»
         (presenters' names: distractors), Beirut footer. No comments.
  b31_2  IRAQI breaking-news site (Baghdad-Today-like; BAGHDAD time = UTC+3,
         the Riyadh wall clock) on WordPress with the FOXIZ theme
         (Themeruby) and RANK MATH SEO: top bar with the Baghdad day
         (Iraqi month names), the dollar at the Baghdad exchange, Iraqi
         weather; Foxiz header and menu; «عاجل» breaking-news slider.
         Breadcrumb NavXT, category pill (+ «تقرير موسّع» on pages whose
         text has headings or lists), h1.s-title; single-meta: avatar,
         «بقلم» in span.meta-label and the name alone in the next <a>
         (only with an author), the date as a RELATIVE age «منذ 5 ساعات»
         (render time 1–30 hours later) in <time class="date published"
         datetime="…+03:00">, a day-only «آخر تحديث: 9 آب، 2015», reading
         time. Rank Math @graph JSON-LD and article:published_time +03:00.
         The REPORT / EXPLAINER body is Gutenberg blocks made from the
         corpus text itself: short non-sentence lines become
         h2.wp-block-heading (with ids), short questions h3, runs of two or
         more marked lines («- », «* », «1 - », «•») a ul / ol.wp-block-list
         whose <li> keeps the whole line, marker included; with two or more
         headings a Foxiz «محتويات المقال» ruby-table-contents box (the
         headings again as links) after the first block. Also a Foxiz
         inline-related «اقرأ أيضاً» block, an AdSense «- إعلان -» slot and
         a closing Telegram prompt; after it tags, share, the author box
         (only with an author), WordPress comments in Iraqi dialect with
         Baghdad stamps, a sidebar, «قد يعجبك أيضاً» cards with relative
         ages. One site is windows-1256 (NCRs where it lacks letters).
  b31_3  LEBANESE DAILY's INTERVIEW page («حوار»; Al-Joumhouria / Al-Liwaa-
         like) on a custom PHP CMS (Bootstrap 3 RTL, jQuery 1.11, a
         <marquee> «آخر الأخبار» strip, .php?id= links): top bar with the
         NEXT day's print issue «الاثنين 10 آب 2015 | العدد …», Lebanese
         weather, the dollar at 1507.5 ل.ل; <title> «<site> - حوارات -
         headline». Kicker «حوار», h1, then only with an author «أجرى
         الحوار:» + span.interviewer-name with the name alone; the Beirut
         stamp «الأحد 09 آب 2015 - 02:32 بعد الظهر» (12-hour with «قبل
         الظهر» / «بعد الظهر», no zone printed); a print line «نُشر في العدد
         … الصادر الاثنين 10 آب 2015 - الصفحة 5» (the NEXT day: a decoy); a
         «ضيف الحوار» GUEST CARD (photo, the guest's name in <strong>, the
         role: a distractor name on every page), font / print / send tools,
         the guest's picture captioned with the guest's name. In the body
         the first paragraph is p.intro, question paragraphs (ending in «؟»)
         are bold p.q, short
         non-sentence lines h3.crosshead, the others p.a; a pull quote «…» (a sentence of the
         text) with <cite> = the guest, an «اقرأ أيضاً» list and an iframe
         «إعلان». After it keywords, share, «حوارات سابقة» (other titles
         «مع» + other guests, dates), numbered-less readers' comments
         «name - town» with Beirut stamps, the comment notice; sidebar
         most-read, «مقالات» (columnists' names: distractors), cartoon
         «ريشة: …». JSON-LD (PHP json_encode, \\u escapes) with
         datePublished in UTC «…T11:32:07+00:00»; <meta name="pubdate"
         content="20150809143207"> (Beirut wall clock, no zone). One site
         is windows-1256.
  b31_4  JORDANIAN LONG-FORM / investigative outlet (7iber / ARIJ-like;
         AMMAN time = UTC+3 in August 2015) on the HUGO static-site
         generator: a reading-progress bar, skip link, nav with «English»,
         «ادعم الصحافة المستقلة»; kicker «تحقيق / تقرير / قصة / تحليل» ·
         series name, h1, a DEK repeating the first sentence, then only with
         an author p.byline with the name alone in a.author (NO label); the
         Amman DAY ONLY «9 آب 2015» in <time datetime="…T14:32:07+03:00">,
         «N دقائق قراءة»; a full-bleed cover «رسم: <artist>» (a distractor
         name on every page). In the text the first paragraph's first
         letter in span.dropcap (the text reads the same with tags dropped),
         a wide figure with a «رسم:» credit, an aria-hidden pull quote (a
         sentence of the text), a section-break <hr>, a «من ملف «…»» series
         box of other stories and on half the pages a closing italic
         support note «أُنجز هذا العمل بدعم من …» as the LAST <p> of the
         body (boilerplate, not in the gold text). After it, only with an
         author, a credits <dl> «كتابة» (the name again) / «تحرير» / «رسوم»
         (other names); tags, share «شارك/ي», a CC BY-NC-SA licence note,
         newsletter, «قد يهمك أيضاً» cards with day-only dates, membership
         appeal, Amman footer. article:published_time and JSON-LD Article
         in +03:00. No ads, no comments.
  b31_5  ISTANBUL-based SYRIAN TV CHANNEL's site (Syria-TV-like; Damascus and
         Istanbul were UTC+3 in August 2015, the Riyadh wall clock) on
         LARAVEL + LIVEWIRE 2 + Alpine.js: csrf-token meta, Livewire's style
         block and boot script, components with wire:id and
         wire:initial-data (the serverMemo JSON HTML-escaped inside the
         attribute), x-data / @click attributes; top bar with «البث
         المباشر», the dollar in Damascus and Aleppo in Syrian pounds, the
         Turkish lira, weather; a polling (wire:poll) «عاجل» component with
         clocks. Breadcrumb, section link, h1; news-meta: only with an
         author the avatar + the name alone in a.news-meta__author-name,
         then «الأحد، 9 آب/أغسطس 2015 - 14:32» (Syrian DUAL month names,
         24-hour) and «(توقيت سوريا)»; the views counter component whose
         initial data carries publishedAt / updatedAt in Laravel's Carbon
         form «2015-08-09T11:32:07.000000Z» (UTC, microseconds). JSON-LD
         NewsArticle in +00:00. Lead picture «(إنترنت)»; in the text a bold
         «اقرأ أيضاً: <a>…</a>» paragraph, an Alpine «إعلان» slot and on a
         third of the pages a YouTube iframe with a caption (another
         story's title); after the text a WhatsApp-channel prompt, hashtags,
         share buttons; then a LIVE-LIKE polling «آخر التحديثات» component
         (other stories' titles with clocks and Carbon datetimes), «أخبار
         ذات صلة» cards with dual-month dates, most-watched with view counts,
         «برامجنا اليوم» («مع» + presenters: distractors), Istanbul footer.

Pages whose article has no author print no byline (no writer card, meta
author, interviewer line, credits list or author box). The author string is
printed whole, exactly as the corpus gives it, as the only text of its
element (and as a JSON-LD Person only where the page has an author). Gold
times are Asia/Riyadh (+03:00); all five show a UTC+3 wall clock or day
(Beirut, Baghdad, Beirut, Amman, Damascus/Istanbul in August 2015): b31_1
carries UTC «Z» in <time>, +03:00 in JSON-LD and epoch milliseconds in its
state; b31_2 shows only a relative age and carries +03:00; b31_3 carries UTC
(+00:00) in JSON-LD and a naive local pubdate; b31_4 shows the day only and
carries +03:00; b31_5 carries Carbon UTC «.000000Z» and +00:00. The
conversions are exact. On windows-1256 sites, characters the charset lacks
are written as numeric character references (\\u escapes inside scripts).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts internal/extract/testdata/blind31_layouts.py \\
      --layouts b31_1,b31_2,b31_3,b31_4,b31_5 --out /work/blind31/pages
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
LEV_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
              "تشرين الأول", "تشرين الثاني", "كانون الأول"]
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


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


def iso_off(d, off):
    """Naive Riyadh time -> ISO string in the zone UTC+off."""
    t = shift(d, off - 3)
    sign = "+" if off >= 0 else "-"
    return t.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{abs(off):02d}:00"


def iso_z(d, ms=None):
    t = shift(d, -3)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (f".{ms:03d}Z" if ms is not None else "Z")


def h12(d, pad=False):
    h = d.hour % 12 or 12
    return (f"{h:02d}" if pad else f"{h}") + f":{d.minute:02d}"


def am_pm(d):
    return "ص" if d.hour < 12 else "م"


HIJRI_STARTS = [((1436, 9), dt.date(2015, 6, 18)), ((1436, 10), dt.date(2015, 7, 17)),
                ((1436, 11), dt.date(2015, 8, 15)), ((1436, 12), dt.date(2015, 9, 14))]


def hijri(d):
    """Umm al-Qura (day, month name, year) for a date."""
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


def ldjson(obj, php=False):
    if php:  # PHP json_encode defaults: \u escapes and escaped slashes
        body = json.dumps(obj, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
    else:
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
    """A whole sentence from inside the text (for pull quotes), or ''."""
    sents = []
    for p in L.paragraphs(a.text)[1:]:
        for s in re.split(r"(?<=\.)\s+", p):
            if 60 <= len(s) <= 220:
                sents.append(s)
    return pick(a, salt, sents) if sents else ""


# --- shared date words ----------------------------------------------------------------------

EASTERN = L.EASTERN
EN_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
AR_ABBR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def wp_day(d):
    """WordPress Arabic default date format «j F، Y»."""
    return f"{d.day} {MONTHS[d.month - 1]}، {d.year}"


def comments_word(n):
    return {0: "لا توجد تعليقات", 1: "تعليق واحد", 2: "تعليقان"}.get(n, f"{n} تعليقات")



def lev_day(d, weekday=True, pad=False):
    """Levantine / Iraqi month names: «الأحد 9 آب 2015»."""
    day = f"{d.day:02d}" if pad else f"{d.day}"
    s = f"{day} {LEV_MONTHS[d.month - 1]} {d.year}"
    return f"{WEEKDAYS[d.weekday()]} {s}" if weekday else s


def epoch(d):
    """Naive Riyadh time -> Unix seconds."""
    return int((shift(d, -3) - dt.datetime(1970, 1, 1)).total_seconds())


# --- b31_1: Al-Mayadeen-like Beirut TV channel site, React SSR + Redux (Beirut = UTC+3) -------

MY_NAV = ["الرئيسية", "أخبار", "فلسطين", "لبنان", "سوريا", "العراق", "اليمن", "دولي", "اقتصاد",
          "ثقافة", "برامج", "وثائقيات", "بودكاست"]
MY_SECTIONS = ["أخبار", "دولي", "الخليج", "اقتصاد", "دولي", "منوعات", "رياضة"]
MY_SHOWS = [("حديث الساعة", "19:00", "سامر الحلبي"), ("المشهدية", "20:00", "رنا الأسعد"),
            ("الحصاد", "21:30", "وسيم الخوري"), ("لعبة الأمم", "22:00", "منى بشارة"),
            ("من الداخل", "23:00", "زياد الشامي"), ("نشرة منتصف الليل", "00:00", "لينا عاصي")]


def layout_b31_1(page):
    """Beirut TV channel's site on a React SSR front end with a Redux preloaded state: an
    always-present «المصدر» desk line, the writer as a.article-writer__name (only with an
    author), the Beirut stamp «الأحد 9 آب 2015 14:32» in <time datetime=…Z> with React's text
    separators, a later «آخر تحديث»; the state carries epoch milliseconds (UTC)."""
    a, site = page.article, page.site
    d = a.published  # Beirut (EEST) = Riyadh wall clock in summer 2015
    mod = d + dt.timedelta(minutes=num(a, "mod", 6, 150))
    ms = num(a, "ms", 0, 999)
    sec = pick(a, "sec", MY_SECTIONS)
    sid = 600000 + a.n
    paras = L.paragraphs(a.text)
    blocks = [f'<p>{esc(p)}</p>' for p in paras]
    boxes = []
    ra = page.others("read_also", 1)
    if ra:
        o = ra[0]
        boxes.append((0 if len(blocks) < 4 else 1,
                      f'<div class="read-also-card" data-testid="read-also"><span class="read-also-card__label">اقرأ أيضاً</span>'
                      f'<a class="read-also-card__link" href="{esc(page.url_of(o))}"><img class="read-also-card__img" src="/uploads/2015/08/{o.key}-320x180.jpg" alt="" loading="lazy"><h4 class="read-also-card__title">{esc(o.title)}</h4></a></div>'))
    if len(blocks) > 2:
        boxes.append((ratio_at(blocks, 0.5),
                      f'<div class="ad-slot ad-slot--inarticle" data-ad-unit="/21812462/{site.id}/article_mid"><span class="ad-slot__label">إعلان</span><div id="div-gpt-ad-{a.key[:10]}-0" style="min-height:250px"></div></div>'))
    vid = page.others("video", 1)
    if vid and num(a, "vid", 0, 1) == 0:
        v = vid[0]
        dur = f"{num(a, 'vm', 1, 14):02d}:{num(a, 'vs', 0, 59):02d}"
        boxes.append((ratio_at(blocks, 0.8) if len(blocks) > 2 else 99,
                      f'<div class="embedded-video" data-component="VideoEmbed"><div class="video-player" data-video-id="{num(a, "vidid", 10000, 99999)}"><img src="/uploads/videos/{v.key}.jpg" alt=""><button class="video-player__play" aria-label="تشغيل"></button><span class="video-player__duration">{dur}</span></div>'
                      f'<p class="embedded-video__caption">فيديو | {esc(v.title)}</p></div>'))
    boxes.append((99, f'<p class="follow-prompt"><a href="https://t.me/{site.id}_tv" target="_blank" rel="noopener">تابعوا آخر الأخبار والتطورات عبر قناة {esc(site.short)} على تلغرام</a></p>'))
    body = weave(blocks, boxes)
    sub = f'<p class="article-header__summary">{esc(lead_sentence(a.text))}</p>' if num(a, "sum", 0, 1) == 0 else ""
    wid = num(a, "wid", 100, 999)
    writer = ""
    if a.author:
        writer = (f'<div class="article-writer"><img class="article-writer__img" src="/uploads/writers/{wid}.jpg" alt="" width="40" height="40">'
                  f'<a class="article-writer__name" href="/authors/{wid}/{slug(a.author, 3)}">{esc(a.author)}</a></div>')
    source = f'{site.short} نت'
    tags = "".join(f'<a class="tags__item" href="/tags/{slug(t, 1)}">{esc(t)}</a>' for t in L.tags_for(a)[:5])
    more = "".join(
        f'<article class="card card--small"><a class="card__link" href="{esc(page.url_of(o))}"><div class="card__img"><img src="/uploads/2015/08/{o.key}-320x180.jpg" alt="" loading="lazy"></div>'
        f'<h3 class="card__title">{esc(o.title)}</h3></a><time class="card__date" datetime="{iso_z(o.published, 0)}">{lev_day(o.published, weekday=False)}</time></article>'
        for o in page.others("more", 4))
    popular = "".join(f'<li class="most-read__item"><span class="most-read__rank">{i + 1}</span><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                      for i, o in enumerate(page.others("popular", 5)))
    breaking = "".join(f'<li class="breaking-bar__item"><span class="breaking-bar__time">{o.published:%H:%M}</span><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                       for o in page.others("ticker", 5))
    shows = "".join(f'<li class="schedule__item"><span class="schedule__time">{t}</span><span class="schedule__show">{esc(n)}</span><span class="schedule__host">تقديم: {esc(h)}</span></li>'
                    for n, t, h in MY_SHOWS)
    nav = "".join(f'<li class="main-nav__item"><a class="main-nav__link" href="/{"" if i == 0 else "category/" + str(20 + i)}">{n}</a></li>' for i, n in enumerate(MY_NAV))
    state = {"router": {"location": {"pathname": site.path_of(a)}},
             "article": {"loading": False, "data": {
                 "id": sid, "title": a.title, "category": {"id": 21 + MY_SECTIONS.index(sec), "name": sec},
                 "publishDate": epoch(d) * 1000 + ms, "updateDate": epoch(mod) * 1000,
                 "source": source, "writers": [{"id": wid, "name": a.author}] if a.author else [],
                 "image": f"/uploads/2015/08/{a.key}.jpg",
                 "body": "".join(f"<p>{esc(p)}</p>" for p in paras),
                 "tags": L.tags_for(a)[:5]}},
             "related": [{"id": 600000 + o.n, "title": o.title, "publishDate": epoch(o.published) * 1000} for o in page.others("more", 4)],
             "breaking": [{"title": o.title, "time": o.published.strftime("%H:%M")} for o in page.others("ticker", 5)]}
    state_js = json.dumps(state, ensure_ascii=False).replace("</", "<\\/").replace("\u2028", "\\u2028")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical},
          "headline": a.title, "image": [f"{site.base}/uploads/2015/08/{a.key}.jpg"],
          "datePublished": iso_off(d, 3), "dateModified": iso_off(mod, 3),
          **({"author": [{"@type": "Person", "name": a.author}]} if a.author else {}),
          "publisher": {"@type": "Organization", "name": site.name, "logo": {"@type": "ImageObject", "url": f"{site.base}/static/logo.png"}}}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title data-react-helmet="true">{esc(a.title)} | {esc(site.name)}</title>
<meta data-react-helmet="true" name="description" content="{esc(L.first_sentence(a.text))}">
<meta data-react-helmet="true" property="og:type" content="article">
<meta data-react-helmet="true" property="og:title" content="{esc(a.title)}">
<meta data-react-helmet="true" property="og:url" content="{esc(page.canonical)}">
<meta data-react-helmet="true" property="og:image" content="{esc(site.base)}/uploads/2015/08/{a.key}.jpg">
<meta data-react-helmet="true" property="og:site_name" content="{esc(site.name)}">
<meta data-react-helmet="true" name="twitter:card" content="summary_large_image">
<link data-react-helmet="true" rel="canonical" href="{esc(page.canonical)}">
<link rel="stylesheet" href="/static/css/main.{a.key[:8]}.chunk.css">
{ldjson(ld)}
</head>
<body>
<noscript>يجب تفعيل JavaScript لتشغيل هذا الموقع.</noscript>
<div id="root"><div class="app" data-reactroot="">
<div class="top-strip"><div class="container"><a class="top-strip__live" href="/live"><span class="live-dot"></span>البث المباشر</a><ul class="top-strip__langs"><li><a href="/en" lang="en">English</a></li><li><a href="/es" lang="es">Español</a></li></ul><span class="top-strip__date">{lev_day(d)}</span></div></div>
<header class="site-header"><div class="container"><a class="site-header__logo" href="/"><img src="/static/media/logo.svg" alt="{esc(site.name)}"></a><button class="site-header__burger" aria-label="القائمة"></button><form class="site-header__search" action="/search"><input type="search" name="q" placeholder="ابحث في {esc(site.short)}"></form></div>
<nav class="main-nav"><ul class="main-nav__list">{nav}</ul></nav></header>
<div class="breaking-bar"><span class="breaking-bar__label">عاجل</span><ul class="breaking-bar__list">{breaking}</ul></div>
<main class="page page--article"><div class="container"><div class="row">
<div class="col-main">
<article class="article" data-id="{sid}">
<header class="article-header">
<nav class="breadcrumb"><a href="/">الرئيسية</a><!-- --> / <!-- --><a href="/category/{21 + MY_SECTIONS.index(sec)}">{esc(sec)}</a></nav>
<h1 class="article-header__title">{esc(a.title)}</h1>
{sub}
<div class="article-meta">
<div class="article-meta__source">المصدر: <!-- --><span class="article-meta__source-name">{esc(source)}</span></div>
{writer}
<div class="article-meta__dates"><time class="article-meta__published" datetime="{iso_z(d, ms)}">{lev_day(d)}<!-- --> <!-- -->{d:%H:%M}</time><span class="article-meta__updated">آخر تحديث: <!-- -->{lev_day(mod, weekday=False)}<!-- --> <!-- -->{mod:%H:%M}</span></div>
</div>
<div class="share-bar share-bar--top"><a class="share-bar__btn share-bar__btn--fb" href="https://www.facebook.com/sharer/sharer.php?u={esc(page.canonical)}" aria-label="فيسبوك"></a><a class="share-bar__btn share-bar__btn--tw" href="https://twitter.com/intent/tweet?url={esc(page.canonical)}" aria-label="تويتر"></a><a class="share-bar__btn share-bar__btn--wa" href="https://wa.me/?text={esc(page.canonical)}" aria-label="واتساب"></a><button class="share-bar__btn share-bar__btn--copy">نسخ الرابط</button></div>
</header>
<figure class="article-image"><img src="/uploads/2015/08/{a.key}.jpg" alt="{esc(a.title)}" width="960" height="540"><figcaption>{esc(short(a.title, 7))} (أرشيف)</figcaption></figure>
<div class="article-body" data-component="ArticleBody">
{body}
</div>
<div class="tags"><span class="tags__label">الكلمات المفتاحية</span>{tags}</div>
<div class="share-bar share-bar--bottom"><span class="share-bar__label">شارك</span><a class="share-bar__btn share-bar__btn--fb" href="#"></a><a class="share-bar__btn share-bar__btn--tw" href="#"></a><a class="share-bar__btn share-bar__btn--tg" href="#"></a><a class="share-bar__btn share-bar__btn--wa" href="#"></a></div>
</article>
<section class="more-section"><h2 class="section-title">المزيد من <!-- -->{esc(sec)}</h2><div class="cards-grid">{more}</div></section>
</div>
<aside class="col-side">
<section class="most-read"><h2 class="section-title">الأكثر قراءة</h2><ol class="most-read__list">{popular}</ol></section>
<section class="schedule"><h2 class="section-title">على الشاشة اليوم</h2><p class="schedule__note">المواعيد بتوقيت بيروت</p><ul class="schedule__list">{shows}</ul></section>
<div class="ad-slot ad-slot--side"><span class="ad-slot__label">إعلان</span><div id="div-gpt-ad-side-0" style="min-height:600px"></div></div>
</aside>
</div></div></main>
<footer class="site-footer"><div class="container"><ul class="site-footer__links"><li><a href="/about">من نحن</a></li><li><a href="/frequencies">الترددات</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/privacy">سياسة الخصوصية</a></li></ul>
<p class="site-footer__copy">© 2015 {esc(site.name)} - بيروت، لبنان. جميع الحقوق محفوظة.</p></div></footer>
</div></div>
<script>window.__PRELOADED_STATE__ = {state_js};</script>
<script src="/static/js/runtime-main.{a.key[2:10]}.js"></script>
<script src="/static/js/2.{a.key[4:12]}.chunk.js"></script>
<script src="/static/js/main.{a.key[:8]}.chunk.js"></script>
</body>
</html>"""
    return finish(out, page)


# --- b31_2: Baghdad-Today-like Iraqi site on WordPress + FOXIZ, report / explainer template ----

IQ_NAV = ["الرئيسية", "سياسة", "أمن", "اقتصاد", "محليات", "عربي ودولي", "تقارير", "رياضة", "منوعات", "فيديو"]
IQ_SECTIONS = ["تقارير", "عربي ودولي", "اقتصاد", "تقارير", "رياضة", "منوعات"]
IQ_COMMENTS = [
    ("أبو علي البغدادي", "والله خوش تقرير، مرتب ومفهوم."),
    ("حيدر الساعدي", "شكو ماكو بعد؟ ننتظر التفاصيل."),
    ("زينب الموسوي", "الله يحفظ العراق وأهله وكل البلاد العربية."),
    ("مصطفى الجبوري", "هاي المعلومات من وين؟ ياريت تذكرون المصدر."),
    ("علي كاظم", "تقرير يستاهل القراءة، عاشت ايديكم."),
]
LIST_RE = re.compile(r"^([-–•*]+\s*|\d+\s*[-–.)]\s*)\S")


def is_list_item(p):
    return bool(LIST_RE.match(p)) and len(p) < 600


def is_heading(p):
    if len(p) >= 60 or p.endswith((".", "،", ":", "»", '"', ")")) or ":" in p or "@" in p:
        return False
    words = [w for w in p.split() if re.search(r"[\u0621-\u064A]{2}", w)]
    return len(words) >= 2


def explainer_blocks(paras):
    """Gutenberg blocks for a report: short lines become headings, runs of marked lines lists
    (each item keeps the paragraph whole, marker included, as pasted into the editor)."""
    out, heads, i = [], [], 0
    while i < len(paras):
        p = paras[i]
        if is_list_item(p):
            j = i
            while j < len(paras) and is_list_item(paras[j]):
                j += 1
            if j - i >= 2:
                tag = "ol" if paras[i][0].isdigit() else "ul"
                out.append(f'<{tag} class="wp-block-list">' + "".join(f"<li>{esc(x)}</li>" for x in paras[i:j]) + f"</{tag}>")
                i = j
                continue
        if 0 < i < len(paras) - 1 and is_heading(p):
            hid = f"h-{len(heads) + 1}-{slug(p, 3)[:40]}"
            heads.append((hid, p))
            out.append(f'<h2 class="wp-block-heading" id="{esc(hid)}">{esc(p)}</h2>')
        elif 0 < i and len(p) < 140 and p.endswith("؟"):
            out.append(f'<h3 class="wp-block-heading">{esc(p)}</h3>')
        else:
            out.append(f"<p>{esc(p)}</p>")
        i += 1
    return out, heads


def ago(hours):
    if hours == 1:
        return "منذ ساعة واحدة"
    if hours == 2:
        return "منذ ساعتين"
    if hours <= 10:
        return f"منذ {hours} ساعات"
    if hours < 24:
        return f"منذ {hours} ساعة"
    return "منذ يوم واحد" if hours < 48 else f"منذ {hours // 24} أيام"


def layout_b31_2(page):
    """Foxiz (Themeruby) on an Iraqi news site: «بقلم» meta-label + the name alone in an <a>
    (only with an author), a RELATIVE «منذ 5 ساعات» in time.date.published whose datetime is
    Baghdad +03:00, a day-only «آخر تحديث»; RankMath @graph; report blocks with headings,
    lists and a ruby-table-contents box."""
    a, site = page.article, page.site
    d = a.published  # Baghdad = Riyadh wall clock
    age = num(a, "age", 1, 30)
    now = d + dt.timedelta(hours=age, minutes=num(a, "agem", 0, 50))
    mod = d + dt.timedelta(minutes=num(a, "mod", 20, 60 * min(age, 12)))
    sec = pick(a, "sec", IQ_SECTIONS)
    cid = 3 + IQ_NAV.index(sec)
    paras = L.paragraphs(a.text)
    blocks, heads = explainer_blocks(paras)
    boxes = []
    if len(heads) >= 2:
        links = "".join(f'<div class="toc-item"><a href="#{esc(h)}" class="table-link no-link anchor-link h2" data-index="rb-heading-index-{k}">{esc(t)}</a></div>' for k, (h, t) in enumerate(heads))
        boxes.append((0, f'<div class="ruby-table-contents rbtoc table-left"><div class="toc-header"><i class="rbi rbi-read"></i><span class="h3">محتويات المقال</span><div class="toc-toggle no-link"><i class="rbi rbi-angle-down"></i></div></div><div class="toc-content h5">{links}</div></div>'))
    ra = page.others("read_also", 2)
    if ra:
        items = "".join(f'<div class="p-wrap p-list-small-2"><div class="feat-holder"><a class="p-flink" href="{esc(page.url_of(o))}" title="{esc(o.title)}"><img loading="lazy" width="150" height="150" src="/wp-content/uploads/2015/08/{o.key}-150x150.jpg" alt=""></a></div>'
                        f'<div class="p-content"><h4 class="entry-title"><a class="p-url" href="{esc(page.url_of(o))}" rel="bookmark">{esc(o.title)}</a></h4></div></div>' for o in ra)
        boxes.append((1 if len(blocks) > 3 else 99,
                      f'<div class="inline-related-wrap is-gap-7 rb-small-container"><div class="block-h heading-layout-2"><div class="heading-inner"><h4 class="heading-title"><span>اقرأ أيضاً</span></h4></div></div><div class="block-inner">{items}</div></div>'))
    if len(blocks) > 2:
        boxes.append((ratio_at(blocks, 0.6),
                      f'<div class="inline-single-ad ad-wrap"><span class="ad-description h6">- إعلان -</span><div class="ad-script non-adsense edge-padding"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-{snum(site, "pub", 1000000000, 9999999999)}" data-ad-slot="{num(a, "slot", 1000000, 9999999)}" data-ad-format="auto" data-full-width-responsive="true"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div></div>'))
    boxes.append((99, f'<p class="has-text-align-center tg-prompt"><strong><a href="https://t.me/{site.id}_iq" target="_blank" rel="noopener">تابعوا آخر الأخبار العاجلة على قناتنا في تلغرام</a></strong></p>'))
    body = weave(blocks, boxes)
    explainer = bool(heads) or any(b.startswith(("<ul", "<ol")) for b in blocks)
    aslug = slug(a.author, 3) if a.author else ""
    gav = hashlib.md5((a.author or site.id).encode()).hexdigest()
    author_el = avatar = author_box = ""
    if a.author:
        avatar = f'<a class="meta-el meta-avatar" href="/author/{aslug}/"><img alt="" src="https://secure.gravatar.com/avatar/{gav}?s=44&amp;d=mm&amp;r=g" class="avatar avatar-44 photo" height="44" width="44" decoding="async"></a>'
        author_el = f'<div class="meta-el meta-author"><span class="meta-label">بقلم</span><a href="/author/{aslug}/">{esc(a.author)}</a></div>'
        author_box = (f'<div class="usr-holder entry-sec"><div class="ubox"><div class="ubox-header"><div class="author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{gav}?s=100&amp;d=mm&amp;r=g" class="avatar avatar-100 photo" height="100" width="100"></div>'
                      f'<div class="author-info-wrap"><div class="author-title"><a class="h4" href="/author/{aslug}/">{esc(a.author)}</a></div><div class="author-job">محرر</div></div></div>'
                      f'<div class="ubox-footer"><a class="view-all-author" href="/author/{aslug}/">عرض جميع المقالات</a></div></div></div>')
    ncom = num(a, "nc", 0, 4)
    coms = []
    for j in range(ncom):
        nm, tx = IQ_COMMENTS[(num(a, "cu", 0, 4) + j) % len(IQ_COMMENTS)]
        ct = d + dt.timedelta(minutes=num(a, f"c{j}", 15, 140) + 47 * j)
        cmid = num(a, f"cid{j}", 10000, 99999)
        coms.append(f'<li id="comment-{cmid}" class="comment even thread-even depth-1"><article id="div-comment-{cmid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/{cmid}?s=50&amp;d=mm" class="avatar avatar-50 photo" height="50" width="50"><b class="fn">{esc(nm)}</b> <span class="says">قال:</span></div>'
                    f'<div class="comment-metadata"><a href="#comment-{cmid}"><time datetime="{iso_off(ct, 3)}">{wp_day(ct)} في {h12(ct)} {am_pm(ct)}</time></a></div></footer><div class="comment-content"><p>{esc(tx)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">رد</a></div></article></li>')
    related = "".join(
        f'<div class="p-wrap p-grid p-grid-small-1"><div class="feat-holder"><a class="p-flink" href="{esc(page.url_of(o))}"><img loading="lazy" src="/wp-content/uploads/2015/08/{o.key}-330x220.jpg" alt=""></a></div>'
        f'<div class="p-content"><h4 class="entry-title"><a class="p-url" href="{esc(page.url_of(o))}">{esc(o.title)}</a></h4><div class="p-meta"><div class="meta-inner is-meta"><span class="meta-el meta-date"><time class="date published" datetime="{iso_off(o.published, 3)}">{ago(max(1, int((now - o.published).total_seconds() // 3600)))}</time></span></div></div></div></div>'
        for o in page.others("similar", 4))
    popular = "".join(f'<div class="p-wrap p-list-small-2"><span class="counter">{i + 1}</span><h5 class="entry-title"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></h5></div>' for i, o in enumerate(page.others("popular", 5)))
    ticker = "".join(f'<div class="breaking-news-item"><a class="p-url" href="{esc(page.url_of(o))}">{esc(o.title)}</a></div>' for o in page.others("ticker", 6))
    nav = "".join(f'<li id="menu-item-{80 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{80 + i}"><a href="/category/{slug(n, 2)}/"><span>{n}</span></a></li>' for i, n in enumerate(IQ_NAV))
    tags = "".join(f'<a href="/tag/{slug(t, 1)}/" rel="tag">{esc(t)}</a>' for t in L.tags_for(a)[:5])
    pid = site.base + "/#/schema/person/" + gav[:20]
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": ["Organization", "NewsMediaOrganization"], "@id": site.base + "/#organization", "name": site.name, "url": site.base},
        {"@type": "WebSite", "@id": site.base + "/#website", "url": site.base, "name": site.name, "inLanguage": "ar",
         "publisher": {"@id": site.base + "/#organization"}},
        {"@type": "WebPage", "@id": page.canonical + "#webpage", "url": page.canonical, "name": f"{a.title} - {site.name}",
         "datePublished": iso_off(d, 3), "dateModified": iso_off(mod, 3), "isPartOf": {"@id": site.base + "/#website"}, "inLanguage": "ar"},
    ] + ([{"@type": "Person", "@id": pid, "name": a.author, "url": f"{site.base}/author/{aslug}/",
           "image": {"@type": "ImageObject", "url": f"https://secure.gravatar.com/avatar/{gav}?s=96&d=mm&r=g"}}] if a.author else []) + [
        {"@type": "NewsArticle", "headline": f"{a.title} - {site.name}"[:110], "keywords": ",".join(L.tags_for(a)[:5]),
         "datePublished": iso_off(d, 3), "dateModified": iso_off(mod, 3), "articleSection": sec,
         **({"author": {"@id": pid, "name": a.author}} if a.author else {}),
         "publisher": {"@id": site.base + "/#organization"}, "description": L.first_sentence(a.text),
         "name": f"{a.title} - {site.name}", "@id": page.canonical + "#richSnippet", "isPartOf": {"@id": page.canonical + "#webpage"},
         "inLanguage": "ar", "mainEntityOfPage": {"@id": page.canonical + "#webpage"}}]}
    graph_js = json.dumps(graph, ensure_ascii=False).replace("</", "<\\/")
    usd = 1210 + num(a, "usd", 0, 30) * 5
    label = '<span class="explainer-label">تقرير موسّع</span>' if explainer else ""
    out = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar" data-theme="default">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}"/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{esc(page.canonical)}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)} - {esc(site.name)}" />
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:site_name" content="{esc(site.name)}" />
<meta property="article:section" content="{esc(sec)}" />
<meta property="og:updated_time" content="{iso_off(mod, 3)}" />
<meta property="article:published_time" content="{iso_off(d, 3)}" />
<meta property="article:modified_time" content="{iso_off(mod, 3)}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="كُتب بواسطة" />
<meta name="twitter:data1" content="{esc(a.author) if a.author else esc(site.name)}" />
<meta name="twitter:label2" content="مدة القراءة" />
<meta name="twitter:data2" content="{reading_minutes(a)} دقائق" />
<script type="application/ld+json" class="rank-math-schema">{graph_js}</script>
<link rel='stylesheet' id='foxiz-main-css' href='/wp-content/themes/foxiz/assets/css/main.css?ver=1.8.1' media='all' />
<link rel='stylesheet' id='foxiz-rtl-css' href='/wp-content/themes/foxiz/assets/css/rtl.css?ver=1.8.1' media='all' />
<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.6.1' id='jquery-core-js'></script>
<meta name="generator" content="WordPress 6.1.1" />
</head>
<body class="rtl post-template-default single single-post postid-{a.n} single-format-standard is-single-1 sync-bookmarks{' has-toc' if len(heads) >= 2 else ''}">
<div class="site-outer">
<div id="site-header" class="header-wrap rb-section header-set-1 header-1 header-wrapper style-shadow">
<div class="topsite-wrap fw-wrap style-shadow"><div class="edge-padding"><div class="navbar-inner rb-container">
<div class="navbar-left"><span class="top-date">{lev_day(now)}</span><span class="top-info">الدولار في بورصة الكفاح: {usd * 100:,} دينار لكل 100 دولار</span><span class="top-info">بغداد 49° | البصرة 50° | أربيل 43°</span></div>
<div class="navbar-right"><div class="header-social-list wnav-holder"><a class="social-link-facebook" aria-label="Facebook" href="https://facebook.com/" target="_blank" rel="noopener nofollow"><i class="rbi rbi-facebook"></i></a><a class="social-link-twitter" aria-label="Twitter" href="https://twitter.com/" target="_blank" rel="noopener nofollow"><i class="rbi rbi-twitter"></i></a><a class="social-link-telegram" aria-label="Telegram" href="https://t.me/" target="_blank" rel="noopener nofollow"><i class="rbi rbi-telegram"></i></a></div></div>
</div></div></div>
<div id="navbar-outer" class="navbar-outer"><div id="sticky-holder" class="sticky-holder"><div class="navbar-wrap"><div class="rb-container edge-padding"><div class="navbar-inner">
<div class="navbar-left"><div class="logo-wrap is-image-logo site-branding"><a href="/" class="logo" title="{esc(site.name)}"><img class="logo-default" height="60" width="200" src="/wp-content/uploads/2015/01/logo.png" alt="{esc(site.name)}"></a></div>
<nav id="site-navigation" class="main-menu-wrap" aria-label="main menu"><ul id="menu-main-1" class="main-menu rb-menu large-menu">{nav}</ul></nav></div>
<div class="navbar-right"><div class="wnav-holder w-header-search header-dropdown-outer"><a href="#" data-title="بحث" class="icon-holder header-element search-btn search-trigger"><i class="rbi rbi-search wnav-icon"></i></a></div></div>
</div></div></div></div></div>
</div>
<div class="header-ticker"><div class="rb-container edge-padding"><div class="breaking-news-wrap"><span class="breaking-news-heading"><i class="rbi rbi-flash"></i><span>عاجل</span></span><div class="breaking-news-slider swiper-container"><div class="swiper-wrapper">{ticker}</div></div></div></div></div>
<div class="site-wrap">
<div class="single-standard-1 is-sidebar-right sticky-sidebar">
<div class="rb-container edge-padding"><article id="post-{a.n}" class="post-{a.n} post type-post status-publish format-standard has-post-thumbnail category-{slug(sec, 2)}">
<header class="single-header">
<aside class="breadcrumb-wrap breadcrumb-navxt s-breadcrumb"><div class="breadcrumb-inner" vocab="https://schema.org/" typeof="BreadcrumbList"><span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="/" class="home"><span property="name">الرئيسية</span></a><meta property="position" content="1"></span> &gt; <span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="/category/{slug(sec, 2)}/" class="taxonomy category"><span property="name">{esc(sec)}</span></a><meta property="position" content="2"></span></div></aside>
<div class="s-cats ecat-bg-4 ecat-size-big"><div class="p-categories"><a class="p-category category-id-{cid}" href="/category/{slug(sec, 2)}/" rel="category">{esc(sec)}</a>{label}</div></div>
<h1 class="s-title fw-headline">{esc(a.title)}</h1>
<div class="single-meta meta-s-default yes-0"><div class="smeta-in">{avatar}<div class="smeta-sec"><div class="smeta-bottom meta-text"><time class="updated-date" datetime="{iso_off(mod, 3)}">آخر تحديث: {wp_day(mod).replace(MONTHS[mod.month - 1], LEV_MONTHS[mod.month - 1])}</time></div>
<div class="p-meta"><div class="meta-inner is-meta">{author_el}<div class="meta-el meta-date"><i class="rbi rbi-time"></i><time class="date published" datetime="{iso_off(d, 3)}">{ago(age)}</time></div><div class="meta-el meta-read"><i class="rbi rbi-watch"></i>{reading_minutes(a)} دقائق للقراءة</div></div></div></div></div>
<div class="smeta-extra"><div class="t-shared-sec tooltips-n"><div class="t-shared-header is-meta"><i class="rbi rbi-share"></i><span class="share-label">شارك</span></div><div class="effect-fadeout"><a class="share-action share-trigger icon-facebook" href="https://www.facebook.com/sharer.php?u={esc(page.canonical)}" data-title="Facebook" rel="nofollow"><i class="rbi rbi-facebook"></i></a><a class="share-action share-trigger icon-twitter" href="https://twitter.com/intent/tweet?url={esc(page.canonical)}" data-title="Twitter" rel="nofollow"><i class="rbi rbi-twitter"></i></a><a class="share-action icon-whatsapp is-web" href="https://web.whatsapp.com/send?text={esc(page.canonical)}" data-title="WhatsApp" rel="nofollow"><i class="rbi rbi-whatsapp"></i></a></div></div></div></div>
</header>
<div class="s-feat-outer"><div class="s-feat"><div class="featured-lightbox-trigger"><img width="860" height="484" src="/wp-content/uploads/2015/08/{a.key}-860x484.jpg" class="attachment-foxiz_crop_o1 size-foxiz_crop_o1 wp-post-image" alt="" decoding="async"></div></div><div class="feat-caption meta-text"><span class="caption-text meta-bold">{esc(short(a.title, 6))} - أرشيفية</span></div></div>
<div class="grid-container"><div class="s-ct">
<div class="s-ct-wrap has-lsl"><div class="s-ct-inner">
<div class="l-shared-sec-outer show-mobile"><div class="l-shared-sec"><div class="l-shared-header meta-text"><i class="rbi rbi-share"></i><span class="share-label">شارك</span></div><div class="l-shared-items effect-fadeout"><a class="share-action share-trigger icon-facebook" href="#" rel="nofollow"><i class="rbi rbi-facebook"></i></a><a class="share-action share-trigger icon-twitter" href="#" rel="nofollow"><i class="rbi rbi-twitter"></i></a></div></div></div>
<div class="e-ct-outer"><div class="entry-content rbct clearfix is-highlight-shares">
{body}
</div></div>
</div></div>
<div class="efoot"><div class="efoot-bar tag-bar"><span class="blabel is-meta"><i class="rbi rbi-tag"></i>الوسوم:</span>{tags}</div></div>
<div class="e-shared-sec entry-sec"><div class="e-shared-header h4"><i class="rbi rbi-share"></i><span>شارك هذا المقال</span></div><div class="rbbsl tooltips-n effect-fadeout is-bg"><a class="share-action share-trigger icon-facebook" href="#" rel="nofollow"><span class="share-label">فيسبوك</span></a><a class="share-action share-trigger icon-twitter" href="#" rel="nofollow"><span class="share-label">تويتر</span></a><a class="share-action icon-telegram" href="#" rel="nofollow"><span class="share-label">تلغرام</span></a><a class="share-action icon-copy copy-trigger" href="#" rel="nofollow"><span class="share-label">نسخ الرابط</span></a></div></div>
{author_box}
<div class="comment-box-wrap entry-sec"><div class="comment-box-header"><span class="comment-box-title h4"><i class="rbi rbi-comment"></i>{comments_word(ncom)}</span></div>
<div class="comment-holder"><div id="comments" class="comments-area"><ol class="comment-list">{"".join(coms)}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">اترك تعليقاً</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span></p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" placeholder="اترك تعليقك"></textarea></p><p class="comment-form-author"><input id="author" name="author" type="text" value="" size="30" placeholder="الاسم"></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق"></p></form></div>
</div></div></div>
</div>
<div class="sidebar-wrap single-sidebar"><div class="sidebar-inner clearfix">
<div id="widget-post-3" class="widget rb-section w-sidebar clearfix widget-post"><div class="block-h widget-heading heading-layout-2"><div class="heading-inner"><h4 class="heading-title"><span>الأكثر قراءة</span></h4></div></div><div class="widget-p-listing">{popular}</div></div>
<div id="widget-ad-image-2" class="widget rb-section w-sidebar clearfix widget-ad-image"><div class="ad-wrap ad-image-wrap"><span class="ad-description is-meta">- إعلان -</span><a class="ad-destination" target="_blank" rel="noopener nofollow" href="/go/side"><img loading="lazy" src="/wp-content/uploads/2015/07/asiacell-300x250.jpg" alt="إعلان" width="300" height="250"></a></div></div>
</div></div>
</div>
</article></div>
<aside class="sfoter-sec single-related"><div class="rb-container edge-padding"><div class="block-h heading-layout-2"><div class="heading-inner"><h3 class="heading-title"><span>قد يعجبك أيضاً</span></h3></div></div><div class="block-inner rb-columns rb-col-4">{related}</div></div></aside>
</div>
</div>
<footer class="footer-wrap rb-section left-dot"><div class="footer-inner footer-has-bg"><div class="footer-copyright"><div class="rb-container edge-padding"><div class="copyright-inner"><div class="copyright">© 2015 {esc(site.name)} - بغداد. جميع الحقوق محفوظة.</div><ul id="copyright-menu" class="copyright-menu"><li class="menu-item"><a href="/about/">من نحن</a></li><li class="menu-item"><a href="/contact/">اتصل بنا</a></li><li class="menu-item"><a href="/privacy-policy/">سياسة الخصوصية</a></li></ul></div></div></div></div></footer>
</div>
<script id='foxiz-core-js-extra'>var foxizCoreParams = {{"ajaxurl":"\\/wp-admin\\/admin-ajax.php","darkModeID":"RubyDarkMode","cookieDomain":"","cookiePath":"\\/"}};</script>
<script src='/wp-content/plugins/foxiz-core/assets/core.js?ver=1.8.1' id='foxiz-core-js'></script>
<script src='/wp-content/themes/foxiz/assets/js/global.js?ver=1.8.1' id='foxiz-global-js'></script>
</body>
</html>"""
    return finish(out, page)


# --- b31_3: Lebanese daily's INTERVIEW page on a custom PHP CMS (Beirut = UTC+3) -------------

LB_NAV = ["الرئيسية", "سياسة", "محليات", "اقتصاد", "عربي ودولي", "حوارات", "مقالات", "ثقافة", "رياضة", "كاريكاتير"]
LB_GUESTS = [("سمير طنوس", "أستاذ العلاقات الدولية في الجامعة اللبنانية"),
             ("ريما فرحات", "باحثة في الشؤون الخليجية"),
             ("نبيل الصايغ", "خبير اقتصادي ومصرفي"),
             ("جوزيف معلوف", "محلل سياسي"),
             ("هلا قاسم", "رئيسة جمعية حماية المستهلك"),
             ("كريم عسيران", "خبير في شؤون الطاقة")]
LB_COLUMNS = [("طوني عيسى", "بين السطور"), ("منى الحسيني", "على الطاولة"), ("فادي حمدان", "رأي"),
              ("نقولا أبو جودة", "من الذاكرة")]
LB_COMMENTS = [("جورج", "جونية", "مقابلة منيحة، بس كان لازم تسألوه عن الكهرباء."),
               ("أبو حسن", "صور", "كلام مهم ومنطقي، يعطيكم العافية."),
               ("رنا", "طرابلس", "وين الجزء التاني من المقابلة؟"),
               ("ميشال", "زحلة", "شكراً على الحوار، واضح ومفيد."),
               ("سامي", "بيروت", "الله يحمي لبنان والمنطقة.")]


def noon_word(d):
    return "قبل الظهر" if d.hour < 12 else "بعد الظهر"


def is_question(p):
    return len(p) < 320 and p.rstrip("\"».:) ").endswith(("؟", "?"))


def layout_b31_3(page):
    """Lebanese daily's «حوار» page on a custom PHP CMS: «أجرى الحوار:» + span.interviewer-name
    (only with an author), a «ضيف الحوار» guest card (another name), the Beirut stamp
    «الأحد 09 آب 2015 - 02:32 بعد الظهر», a print-issue line with the NEXT day (decoy);
    JSON-LD in UTC (+00:00), a naive local pubdate meta. Questions in bold p.q."""
    a, site = page.article, page.site
    d = a.published  # Beirut = Riyadh wall clock in August 2015
    nxt = d + dt.timedelta(days=1)
    issue = 4900 + (d.date() - dt.date(2015, 7, 1)).days
    aid = 150000 + a.n
    guest, role = pick(a, "guest", LB_GUESTS)
    paras = L.paragraphs(a.text)
    blocks = []
    for i, p in enumerate(paras):
        if i == 0:
            blocks.append(f'<p class="intro">{esc(p)}</p>')
        elif is_question(p):
            blocks.append(f'<p class="q"><strong>{esc(p)}</strong></p>')
        elif i < len(paras) - 1 and is_heading(p):
            blocks.append(f'<h3 class="crosshead">{esc(p)}</h3>')
        else:
            blocks.append(f'<p class="a">{esc(p)}</p>')
    boxes = []
    q = a_sentence(a, "pq")
    if q and len(blocks) > 2:
        boxes.append((ratio_at(blocks, 0.4), f'<blockquote class="quote-box"><p>«{esc(q)}»</p><cite>{esc(guest)}</cite></blockquote>'))
    ra = page.others("read_also", 2)
    if ra:
        boxes.append((1 if len(blocks) > 3 else 99,
                      '<div class="related-inline"><h5>اقرأ أيضاً</h5><ul>' + "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in ra) + "</ul></div>"))
    if len(blocks) > 3:
        boxes.append((ratio_at(blocks, 0.7), f'<div class="ad inarticle"><small>إعلان</small><iframe src="/ads/show.php?zone=7&amp;id={a.key[:6]}" width="300" height="250" frameborder="0" scrolling="no"></iframe></div>'))
    body = weave(blocks, boxes)
    interviewer = ""
    if a.author:
        interviewer = f'<div class="interviewer"><span class="lbl">أجرى الحوار:</span> <span class="interviewer-name">{esc(a.author)}</span></div>'
    stamp = f"{WEEKDAYS[d.weekday()]} {d.day:02d} {LEV_MONTHS[d.month - 1]} {d.year} - {h12(d, pad=True)} {noon_word(d)}"
    ncom = num(a, "nc", 0, 4)
    coms = "".join(
        f'<div class="comment" id="c{num(a, f"cid{j}", 1000, 9999)}"><div class="comment-head"><span class="c-name">{esc(LB_COMMENTS[(num(a, "cu", 0, 4) + j) % 5][0])}</span> - <span class="c-town">{esc(LB_COMMENTS[(num(a, "cu", 0, 4) + j) % 5][1])}</span>'
        f'<span class="c-date">{(d + dt.timedelta(minutes=num(a, f"c{j}", 20, 200) + 60 * j)):%d/%m/%Y %H:%M}</span></div><div class="comment-text">{esc(LB_COMMENTS[(num(a, "cu", 0, 4) + j) % 5][2])}</div></div>'
        for j in range(ncom))
    previous = "".join(
        f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a><span class="prev-guest">مع {esc(pick(o, "guest", LB_GUESTS)[0])}</span><span class="prev-date">{o.published:%d-%m-%Y}</span></li>'
        for o in page.others("interviews", 4))
    popular = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("popular", 6))
    cols = "".join(f'<li><img src="/images/writers/{k}.jpg" alt=""><span class="col-writer">{esc(n)}</span><a href="/articles.php?writer={k}" class="col-title">{esc(t)}: {esc(short(o.title, 6))}</a></li>'
                   for k, ((n, t), o) in enumerate(zip(LB_COLUMNS, page.others("cols", 4))))
    tags = " ".join(f'<a href="/search.php?tag={slug(t, 1)}">{esc(t)}</a>' for t in L.tags_for(a)[:5])
    active = ' class="active"'
    nav = "".join(f'<li{active if n == "حوارات" else ""}><a href="/category.php?id={i + 1}">{n}</a></li>' for i, n in enumerate(LB_NAV))
    latest = "".join(f'<li><span class="t">{o.published:%H:%M}</span> <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("ticker", 6))
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a.title, "url": page.canonical,
          "datePublished": iso_off(d, 0), "dateModified": iso_off(d + dt.timedelta(minutes=num(a, "mod", 5, 90)), 0),
          "articleSection": "حوارات", "genre": "interview",
          **({"author": {"@type": "Person", "name": a.author}} if a.author else {}),
          "image": f"{site.base}/uploads/images/{d:%Y/%m}/{a.key}.jpg",
          "publisher": {"@type": "Organization", "name": site.name, "logo": {"@type": "ImageObject", "url": f"{site.base}/images/logo.png"}}}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(site.name)} - حوارات - {esc(a.title)}</title>
<meta name="keywords" content="{esc(','.join(L.tags_for(a)[:5]))}">
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta name="pubdate" content="{d:%Y%m%d%H%M%S}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}/uploads/images/{d:%Y/%m}/{a.key}.jpg">
<link rel="canonical" href="{esc(page.canonical)}">
<link href="/css/bootstrap.min.css" rel="stylesheet">
<link href="/css/bootstrap-rtl.min.css" rel="stylesheet">
<link href="/css/style.css?v=3.2" rel="stylesheet">
{ldjson(ld, php=True)}
<script src="/js/jquery-1.11.3.min.js"></script>
</head>
<body class="article-page">
<div id="topbar"><div class="container"><div class="pull-right"><span class="today">{lev_day(nxt)}</span> | <span class="issue">العدد {issue + 1}</span> | <a href="/pdf.php?issue={issue + 1}">النسخة الورقية PDF</a></div>
<div class="pull-left"><span class="weather">بيروت 31° | طرابلس 30° | زحلة 34°</span> | <span class="fx">الدولار: 1507.5 ل.ل</span></div></div></div>
<div id="header"><div class="container"><a href="/" class="logo"><img src="/images/logo.png" alt="{esc(site.name)}"></a><div class="banner-top"><a href="/ads/click.php?id=3"><img src="/ads/banners/728x90-{snum(site, 'bn', 1, 9)}.gif" alt="" width="728" height="90"></a></div></div></div>
<nav class="navbar navbar-default" id="mainnav"><div class="container"><ul class="nav navbar-nav">{nav}</ul><form class="navbar-form navbar-left" action="/search.php"><input type="text" name="q" class="form-control" placeholder="بحث"></form></div></nav>
<div id="latest"><div class="container"><strong>آخر الأخبار</strong><marquee direction="right" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><ul>{latest}</ul></marquee></div></div>
<div class="container" id="content"><div class="row">
<div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/category.php?id=6">حوارات</a></li></ol>
<div class="article-page" id="article_{aid}">
<div class="article-kicker"><a href="/category.php?id=6">حوار</a></div>
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-info">
{interviewer}
<div class="article-date"><i class="glyphicon glyphicon-time"></i> {stamp}</div>
<div class="print-issue">نُشر في العدد {issue + 1} الصادر {lev_day(nxt)} - الصفحة {num(a, 'pg', 3, 9)}</div>
</div>
<div class="guest-card"><img src="/uploads/guests/{num(a, 'gid', 10, 99)}.jpg" alt="" class="guest-img"><div class="guest-meta"><span class="guest-lbl">ضيف الحوار</span><strong class="guest-name">{esc(guest)}</strong><span class="guest-role">{esc(role)}</span></div></div>
<div class="article-tools"><a href="javascript:fontUp()" title="تكبير الخط">A+</a><a href="javascript:fontDown()" title="تصغير الخط">A-</a><a href="/print.php?id={aid}" target="_blank">طباعة</a><a href="/send.php?id={aid}">أرسل لصديق</a></div>
<div class="article-image"><img src="/uploads/images/{d:%Y/%m}/{a.key}.jpg" alt="{esc(guest)}" class="img-responsive"><div class="caption">{esc(guest)}</div></div>
<div class="article-body" id="articleBody">
{body}
</div>
<div class="article-tags"><b>كلمات مفتاحية:</b> {tags}</div>
<div class="article-share"><span>شارك:</span><a href="https://www.facebook.com/sharer/sharer.php?u={esc(page.canonical)}" class="fb" target="_blank">فيسبوك</a><a href="https://twitter.com/share?url={esc(page.canonical)}" class="tw" target="_blank">تويتر</a><a href="whatsapp://send?text={esc(page.canonical)}" class="wa">واتساب</a></div>
</div>
<div class="box prev-interviews"><h3 class="box-title">حوارات سابقة</h3><ul>{previous}</ul></div>
<div class="box comments"><h3 class="box-title">التعليقات ({ncom})</h3>{coms}
<form class="comment-form" action="/comment.php" method="post"><input type="hidden" name="id" value="{aid}"><input type="text" name="name" placeholder="الاسم"><input type="text" name="town" placeholder="المدينة"><textarea name="comment" placeholder="تعليقك"></textarea><button type="submit">أرسل</button><p class="note">التعليقات لا تعبر بالضرورة عن رأي {esc(site.short)}، ويحتفظ الموقع بحق عدم نشر أي تعليق مسيء.</p></form></div>
</div>
<div class="col-md-4" id="sidebar">
<div class="box"><h3 class="box-title">الأكثر قراءة</h3><ol class="popular">{popular}</ol></div>
<div class="box writers"><h3 class="box-title">مقالات</h3><ul>{cols}</ul></div>
<div class="box cartoon"><h3 class="box-title">كاريكاتير اليوم</h3><img src="/uploads/cartoon/{nxt:%Y%m%d}.jpg" alt="" class="img-responsive"><span class="artist">ريشة: جان خوري</span></div>
<div class="ad side"><small>إعلان</small><a href="/ads/click.php?id=9"><img src="/ads/banners/300x250-{snum(site, 'sb', 1, 9)}.jpg" alt="" width="300" height="250"></a></div>
</div>
</div></div>
<div id="footer"><div class="container"><ul class="footer-links"><li><a href="/page.php?id=1">من نحن</a></li><li><a href="/page.php?id=2">أعلن معنا</a></li><li><a href="/page.php?id=3">الاشتراكات</a></li><li><a href="/contact.php">اتصل بنا</a></li></ul>
<p>جميع الحقوق محفوظة © {esc(site.name)} 2015 - بيروت، الأشرفية، شارع الاستقلال. هاتف: 01/200300</p><p class="powered">Developed by WebSolutions</p></div></div>
<script src="/js/bootstrap.min.js"></script>
<script src="/js/main.js?v=3.2"></script>
</body>
</html>"""
    return finish(out, page)


# --- b31_4: Jordanian long-form / investigative outlet on HUGO (Amman = UTC+3 in August) -----

JO_LF_NAV = ["تحقيقات", "تقارير", "مقالات", "ملفات", "بودكاست", "بيانات", "English"]
JO_LF_KINDS = ["تحقيق", "تقرير", "قصة", "تحليل"]
JO_EDITORS = ["لينا شنك", "عمار الشقيري", "دعاء علي", "محمد الفضيلات"]
JO_ARTISTS = ["هبة عريقات", "سارة زيدان", "يزن مقدادي"]
JO_SERIES = ["الماء في الأردن", "اقتصاد الظل", "العمل في الخليج", "مدن تحت الضغط"]


def layout_b31_4(page):
    """Long-form outlet on a Hugo static site: kicker, h1, a dek that repeats the first sentence,
    p.byline with the name alone in a.author (only with an author), the Amman DAY ONLY
    «9 آب 2015» in <time datetime="…+03:00">, reading time; a drop cap, a pull quote, a series
    box, a support note closing the text; credits dl after it (only with an author)."""
    a, site = page.article, page.site
    d = a.published  # Amman = Riyadh wall clock in August 2015
    mod = d + dt.timedelta(days=num(a, "modd", 0, 2), minutes=num(a, "mod", 10, 300))
    kind = pick(a, "kind", JO_LF_KINDS)
    editor = pick(a, "ed", JO_EDITORS)
    artist = pick(a, "art", JO_ARTISTS)
    series = pick(a, "ser", JO_SERIES)
    s = slug(a.title, 5)
    paras = L.paragraphs(a.text)
    blocks = []
    for i, p in enumerate(paras):
        if i == 0 and len(p) > 1:
            blocks.append(f'<p class="has-dropcap"><span class="dropcap">{esc(p[0])}</span>{esc(p[1:])}</p>')
        else:
            blocks.append(f"<p>{esc(p)}</p>")
    boxes = []
    if len(blocks) > 1:
        boxes.append((0, f'<figure class="wide"><img src="/ar/images/2015/08/{a.key}-1.jpg" alt="" loading="lazy"><figcaption>{esc(short(a.title, 7))}. <span class="credit">رسم: {esc(artist)}</span></figcaption></figure>'))
    q = a_sentence(a, "pq")
    if q and len(blocks) > 3:
        boxes.append((ratio_at(blocks, 0.45), f'<aside class="pullquote" aria-hidden="true"><p>{esc(q)}</p></aside>'))
    if len(blocks) >= 6:
        boxes.append((ratio_at(blocks, 0.66), '<hr class="section-break">'))
    parts = page.others("series", 3)
    if parts:
        boxes.append((ratio_at(blocks, 0.8) if len(blocks) > 2 else 99,
                      f'<aside class="series-box"><h4>من ملف «{esc(series)}»</h4><ol>' + "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in parts) + "</ol></aside>"))
    if num(a, "sup", 0, 1) == 0:
        boxes.append((99, '<p class="support-note"><em>أُنجز هذا العمل بدعم من برنامج منح الصحافة المستقلة، ولا يعبّر بالضرورة عن آراء الجهة المانحة.</em></p>'))
    body = weave(blocks, boxes)
    aslug = slug(a.author, 3) if a.author else ""
    byline = f'<p class="byline"><a class="author" href="/ar/authors/{aslug}/">{esc(a.author)}</a></p>' if a.author else ""
    credits = ""
    if a.author:
        credits = (f'<section class="credits"><h2 class="visually-hidden">فريق العمل</h2><dl>'
                   f'<dt>كتابة</dt><dd><a href="/ar/authors/{aslug}/">{esc(a.author)}</a></dd>'
                   f'<dt>تحرير</dt><dd>{esc(editor)}</dd><dt>رسوم</dt><dd>{esc(artist)}</dd></dl></section>')
    related = "".join(
        f'<li class="card"><a href="{esc(page.url_of(o))}"><img src="/ar/images/2015/08/{o.key}-thumb.jpg" alt="" loading="lazy"><span class="card-kind">{esc(pick(o, "kind", JO_LF_KINDS))}</span><h3>{esc(o.title)}</h3></a><time datetime="{o.published:%Y-%m-%d}">{lev_day(o.published, weekday=False)}</time></li>'
        for o in page.others("related", 3))
    tags = "".join(f'<li><a href="/ar/tags/{slug(t, 1)}/">{esc(t)}</a></li>' for t in L.tags_for(a)[:4])
    nav = "".join(f'<li><a href="/{"en" if n == "English" else "ar/" + slug(n, 1)}/"{" lang=en" if n == "English" else ""}>{n}</a></li>' for n in JO_LF_NAV)
    mins = max(3, reading_minutes(a))
    ld = {"@context": "https://schema.org", "@type": "Article", "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical},
          "headline": a.title, "description": lead_sentence(a.text), "inLanguage": "ar",
          "datePublished": iso_off(d, 3), "dateModified": iso_off(mod, 3), "wordCount": len(a.text.split()),
          **({"author": {"@type": "Person", "name": a.author, "url": f"{site.base}/ar/authors/{aslug}/"}} if a.author else {}),
          "publisher": {"@type": "Organization", "name": site.name, "logo": {"@type": "ImageObject", "url": f"{site.base}/images/logo.png"}},
          "license": "https://creativecommons.org/licenses/by-nc-sa/4.0/"}
    out = f"""<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="Hugo 0.74.3" />
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="description" content="{esc(lead_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="alternate" type="application/rss+xml" href="{esc(site.base)}/ar/index.xml" title="{esc(site.name)}">
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:description" content="{esc(lead_sentence(a.text))}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{esc(page.canonical)}" /><meta property="og:image" content="{esc(site.base)}/ar/images/2015/08/{a.key}-cover.jpg"/><meta property="article:section" content="{esc(kind)}" />
<meta property="article:published_time" content="{iso_off(d, 3)}" /><meta property="article:modified_time" content="{iso_off(mod, 3)}" />
<meta name="twitter:card" content="summary_large_image"/>
<meta name="twitter:title" content="{esc(a.title)}"/>
<link rel="stylesheet" href="/css/main.min.{a.key[:10]}.css" integrity="sha256-{hashlib.sha256(site.id.encode()).hexdigest()[:43]}=">
{ldjson(ld)}
</head>
<body class="single kind-page type-{slug(kind, 1)}">
<div class="progress" id="reading-progress" role="presentation"></div>
<a class="skip-link" href="#main">انتقل إلى المحتوى</a>
<header class="site-header"><div class="wrap"><a class="brand" href="/ar/"><img src="/images/logo.svg" alt="{esc(site.name)}" width="120" height="40"></a>
<nav class="site-nav" aria-label="القائمة الرئيسية"><ul>{nav}</ul></nav>
<a class="support-btn" href="/ar/support/">ادعم الصحافة المستقلة</a><button class="search-toggle" aria-label="بحث"></button></div></header>
<main id="main">
<article class="longform">
<header class="article-header">
<p class="kicker"><a href="/ar/{slug(kind, 1)}/">{esc(kind)}</a> · <a href="/ar/series/{slug(series, 3)}/">{esc(series)}</a></p>
<h1 class="title">{esc(a.title)}</h1>
<p class="dek">{esc(lead_sentence(a.text))}</p>
{byline}
<p class="meta"><time datetime="{iso_off(d, 3)}">{lev_day(d, weekday=False)}</time> <span class="sep">·</span> <span class="reading-time">{mins} دقائق قراءة</span></p>
</header>
<figure class="cover full-bleed"><img src="/ar/images/2015/08/{a.key}-cover.jpg" alt="" width="1600" height="900"><figcaption><span class="credit">رسم: {esc(artist)}</span></figcaption></figure>
<div class="article-body prose">
{body}
</div>
{credits}
<footer class="article-footer">
<ul class="tags" aria-label="مواضيع">{tags}</ul>
<div class="share"><span>شارك/ي</span><a href="https://www.facebook.com/sharer/sharer.php?u={esc(page.canonical)}" rel="noopener" target="_blank">فيسبوك</a><a href="https://twitter.com/intent/tweet?url={esc(page.canonical)}" rel="noopener" target="_blank">تويتر</a><a href="mailto:?subject={slug(a.title, 4)}&amp;body={esc(page.canonical)}">بريد</a></div>
<p class="license">هذا العمل مرخّص بموجب رخصة المشاع الإبداعي (نسب المصنّف - غير تجاري - الترخيص بالمثل 4.0). نرحّب بإعادة النشر مع ذكر المصدر ورابط المادة الأصلية.</p>
</footer>
</article>
<section class="newsletter"><div class="wrap"><h2>نشرتنا البريدية</h2><p>ملخص أسبوعي لأهم ما ننشر، يصلك كل خميس.</p><form action="https://list-manage.com/subscribe/post" method="post"><input type="email" name="EMAIL" placeholder="بريدك الإلكتروني" required><button type="submit">اشترك/ي</button></form></div></section>
<section class="related"><div class="wrap"><h2>قد يهمك أيضاً</h2><ul class="cards">{related}</ul></div></section>
<section class="membership"><div class="wrap"><p>نحن مؤسسة إعلامية مستقلة غير ربحية. دعمكم يساعدنا على إنتاج صحافة معمّقة ومستقلة.</p><a class="btn" href="/ar/support/">كن/كوني عضواً</a></div></section>
</main>
<footer class="site-footer"><div class="wrap"><ul class="footer-nav"><li><a href="/ar/about/">من نحن</a></li><li><a href="/ar/team/">فريقنا</a></li><li><a href="/ar/contribute/">اكتب/ي لنا</a></li><li><a href="/ar/contact/">تواصل معنا</a></li></ul>
<p class="address">عمّان - الأردن</p><p class="cc">© 2015 {esc(site.name)}. المحتوى مرخّص بموجب رخصة المشاع الإبداعي ما لم يُذكر خلاف ذلك.</p></div></footer>
<script src="/js/bundle.min.{a.key[3:11]}.js" defer></script>
</body>
</html>
"""
    return finish(out, page)


# --- b31_5: Istanbul-based Syrian TV channel's site on LARAVEL + LIVEWIRE (UTC+3 in August) -----

SY_NAV = ["الرئيسية", "سوريا", "عربي ودولي", "اقتصاد", "منوعات", "رياضة", "برامج", "تحقيقات", "بودكاست"]
SY_SECTIONS = ["عربي ودولي", "اقتصاد", "عربي ودولي", "رياضة", "منوعات"]
SY_SHOWS = [("سوريا اليوم", "18:00", "عمر الحاج"), ("ما وراء الخبر", "20:00", "ديما العلي"),
            ("تفاصيل", "21:00", "مازن السيد"), ("الشارع السوري", "22:30", "رهف الأحمد")]
AR_MONTH_DUAL = ["كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
                 "حزيران/يونيو", "تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
                 "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"]


def carbon(d):
    """Laravel's default date serialisation (Carbon, app timezone UTC): …T11:32:07.000000Z."""
    return shift(d, -3).strftime("%Y-%m-%dT%H:%M:%S") + ".000000Z"


def wire_attr(page, name, data, salt):
    """A Livewire 2 component's root attributes: wire:id and the HTML-escaped initial data."""
    a = page.article
    wid = hashlib.md5((a.key + salt).encode()).hexdigest()[:20]
    memo = {"fingerprint": {"id": wid, "name": name, "locale": "ar", "path": page.site.path_of(a).lstrip("/"), "method": "GET", "v": "acj"},
            "effects": {"listeners": []},
            "serverMemo": {"children": [], "errors": [], "htmlHash": hashlib.md5((salt + a.key).encode()).hexdigest()[:8],
                           "data": data, "dataMeta": [], "checksum": hashlib.sha256((a.key + name).encode()).hexdigest()}}
    js = json.dumps(memo, ensure_ascii=False, separators=(",", ":"))
    return f'wire:id="{wid}" wire:initial-data="{esc(js)}"'


def layout_b31_5(page):
    """Laravel + Livewire site of a Syrian TV channel in Istanbul: the writer as
    a.news-meta__author-name after an avatar (only with an author), «الأحد، 9 آب/أغسطس 2015 -
    14:32 (توقيت سوريا)»; Livewire wire:initial-data (HTML-escaped JSON) with Carbon UTC
    «…T11:32:07.000000Z», JSON-LD in +00:00; a polling «آخر التحديثات» component after it."""
    a, site = page.article, page.site
    d = a.published  # Damascus and Istanbul = Riyadh wall clock in August 2015
    upd = d + dt.timedelta(minutes=num(a, "upd", 5, 180))
    sec = pick(a, "sec", SY_SECTIONS)
    nid = 90000 + a.n
    views = num(a, "views", 150, 25000)
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    ra = page.others("read_also", 1)
    if ra:
        boxes.append((0 if len(blocks) < 3 else 1, f'<p><strong>اقرأ أيضاً: <a href="{esc(page.url_of(ra[0]))}">{esc(ra[0].title)}</a></strong></p>'))
    if len(blocks) > 2:
        boxes.append((ratio_at(blocks, 0.55), f'<div class="ads ads--inarticle" x-data="adSlot(\'article_middle\')"><span class="ads__label">إعلان</span><div id="gpt-article-middle-{a.key[:6]}"></div></div>'))
    if num(a, "yt", 0, 2) == 0:
        v = page.others("yt", 1)
        if v:
            boxes.append((ratio_at(blocks, 0.8) if len(blocks) > 1 else 99,
                          f'<div class="embed embed--youtube"><iframe width="100%" height="400" src="https://www.youtube.com/embed/{a.key[:11]}" title="{esc(v[0].title)}" frameborder="0" allowfullscreen loading="lazy"></iframe><p class="embed__caption">{esc(v[0].title)}</p></div>'))
    body = weave(blocks, boxes)
    aid = num(a, "aid", 10, 400)
    author = ""
    if a.author:
        author = (f'<div class="news-meta__author"><img class="news-meta__avatar" src="/storage/authors/{aid}.jpg" alt="" width="36" height="36">'
                  f'<a class="news-meta__author-name" href="/authors/{aid}">{esc(a.author)}</a></div>')
    stamp = f"{WEEKDAYS[d.weekday()]}، {d.day} {AR_MONTH_DUAL[d.month - 1]} {d.year} - {d:%H:%M}"
    ticker_items = page.others("ticker", 5)
    ticker = "".join(f'<li class="breaking__item"><span class="breaking__time">{o.published:%H:%M}</span><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in ticker_items)
    live_items = page.others("live", 6)
    live = "".join(f'<li class="updates__item"><time class="updates__time" datetime="{carbon(o.published)}">{o.published:%H:%M}</time><a class="updates__title" href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in live_items)
    related = "".join(
        f'<div class="news-card"><a class="news-card__link" href="{esc(page.url_of(o))}"><img class="news-card__img" src="/storage/news/{o.key}-400.jpg" alt="" loading="lazy"><h3 class="news-card__title">{esc(o.title)}</h3></a><span class="news-card__date">{o.published.day} {AR_MONTH_DUAL[o.published.month - 1]} {o.published.year}</span></div>'
        for o in page.others("related", 4))
    popular = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a><span class="views">{num(o, "views", 150, 25000)} مشاهدة</span></li>' for o in page.others("popular", 5))
    shows = "".join(f'<li><span class="show__time">{t}</span><span class="show__name">{esc(n)}</span><span class="show__host">مع {esc(h)}</span></li>' for n, t, h in SY_SHOWS)
    nav = "".join(f'<li class="nav__item"><a class="nav__link" href="/{"" if i == 0 else "section/" + str(i)}">{n}</a></li>' for i, n in enumerate(SY_NAV))
    tags = "".join(f'<a class="tag" href="/tags/{slug(t, 1)}">#{esc(t)}</a>' for t in L.tags_for(a)[:5])
    stats = wire_attr(page, "news.stats", {"newsId": nid, "views": views, "shares": num(a, "sh", 0, 400),
                                           "publishedAt": carbon(d), "updatedAt": carbon(upd)}, "stats")
    tick = wire_attr(page, "breaking-news", {"items": [{"id": 90000 + o.n, "title": o.title, "time": o.published.strftime("%H:%M")} for o in ticker_items]}, "tick")
    upds = wire_attr(page, "latest-updates", {"limit": 6, "items": [{"id": 90000 + o.n, "title": o.title, "created_at": carbon(o.published)} for o in live_items]}, "live")
    token = hashlib.sha256((site.id + "csrf").encode()).hexdigest()[:40]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "name": a.title, "headline": a.title,
          "datePublished": iso_off(d, 0), "dateModified": iso_off(upd, 0), "url": page.canonical,
          **({"author": {"@type": "Person", "name": a.author}} if a.author else {}),
          "image": f"{site.base}/storage/news/{a.key}.jpg",
          "publisher": {"@type": "Organization", "name": site.name}}
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{token}">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}"/>
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:image" content="{esc(site.base)}/storage/news/{a.key}.jpg" />
<meta property="og:site_name" content="{esc(site.name)}" />
<meta name="twitter:card" content="summary_large_image" />
{ldjson(ld)}
<link rel="stylesheet" href="/css/app.css?id={a.key[:20]}">
<style>[wire\\:loading], [wire\\:loading\\.delay], [wire\\:loading\\.inline-block], [wire\\:loading\\.inline], [wire\\:loading\\.block], [wire\\:loading\\.flex], [wire\\:loading\\.table], [wire\\:loading\\.grid], [wire\\:loading\\.inline-flex] {{display: none;}}[wire\\:offline] {{display: none;}}[wire\\:dirty]:not(textarea):not(input):not(select) {{display: none;}}input:-webkit-autofill, select:-webkit-autofill, textarea:-webkit-autofill {{animation-duration: 50000s;animation-name: livewireautofill;}}@keyframes livewireautofill {{ from {{}} }}</style>
<script defer src="/js/alpine.min.js"></script>
</head>
<body class="page-news">
<div class="topbar"><div class="container topbar__inner"><a class="topbar__live" href="/live"><span class="pulse"></span> البث المباشر</a>
<span class="topbar__fx">الدولار في دمشق: {300 + num(a, 'dm', 0, 40)} ل.س | حلب: {305 + num(a, 'al', 0, 40)} ل.س | الليرة التركية: {round(2.6 + num(a, 'tl', 0, 20) / 100, 2)}</span>
<span class="topbar__weather">دمشق 37° | حلب 39° | إدلب 36° | إسطنبول 29°</span></div></div>
<header class="header" x-data="{{ open: false }}"><div class="container header__inner"><a class="header__logo" href="/"><img src="/images/logo.svg" alt="{esc(site.name)}"></a><button class="header__burger" @click="open = !open" aria-label="القائمة"></button>
<nav class="nav" :class="{{ 'nav--open': open }}"><ul class="nav__list">{nav}</ul></nav><a class="header__search" href="/search" aria-label="بحث"></a></div></header>
<div class="breaking" {tick} wire:poll.60s>
<span class="breaking__label">عاجل</span><ul class="breaking__list">{ticker}</ul></div>
<main class="container main"><div class="grid">
<div class="grid__main">
<article class="news">
<nav class="crumbs"><a href="/">الرئيسية</a> / <a href="/section/{SY_NAV.index(sec)}">{esc(sec)}</a></nav>
<a class="news__section" href="/section/{SY_NAV.index(sec)}">{esc(sec)}</a>
<h1 class="news__title">{esc(a.title)}</h1>
<div class="news-meta">
{author}
<div class="news-meta__date"><svg class="icon icon-clock" aria-hidden="true"><use xlink:href="#clock"></use></svg><span>{stamp}</span> <span class="news-meta__tz">(توقيت سوريا)</span></div>
<div class="news-meta__stats" {stats}><span class="news-meta__views">{views} مشاهدة</span></div>
</div>
<figure class="news__image"><img src="/storage/news/{a.key}.jpg" alt="{esc(a.title)}" width="900" height="506"><figcaption>{esc(short(a.title, 6))} - (إنترنت)</figcaption></figure>
<div class="news__body" id="news-body">
{body}
</div>
<div class="whatsapp-follow"><a href="https://whatsapp.com/channel/{a.key[:16]}" target="_blank" rel="noopener">انضموا إلى قناة {esc(site.short)} على واتساب لمتابعة آخر الأخبار</a></div>
<div class="news__tags">{tags}</div>
<div class="share" x-data="share('{esc(page.canonical)}')"><span class="share__label">مشاركة</span><button class="share__btn share__btn--fb" @click="fb()">فيسبوك</button><button class="share__btn share__btn--tw" @click="tw()">تويتر</button><button class="share__btn share__btn--wa" @click="wa()">واتساب</button><button class="share__btn share__btn--copy" @click="copy()">نسخ الرابط</button></div>
</article>
<section class="updates" {upds} wire:poll.30s><h2 class="block-title"><span class="pulse"></span>آخر التحديثات</h2><ul class="updates__list">{live}</ul></section>
<section class="related"><h2 class="block-title">أخبار ذات صلة</h2><div class="related__grid">{related}</div></section>
</div>
<aside class="grid__side">
<div class="side-block"><h2 class="block-title">الأكثر مشاهدة</h2><ol class="popular">{popular}</ol></div>
<div class="side-block"><h2 class="block-title">برامجنا اليوم</h2><ul class="shows">{shows}</ul></div>
<div class="ads ads--side"><span class="ads__label">إعلان</span><div id="gpt-side-1"></div></div>
</aside>
</div></main>
<footer class="footer"><div class="container"><ul class="footer__links"><li><a href="/about">من نحن</a></li><li><a href="/frequencies">التردد</a></li><li><a href="/jobs">وظائف</a></li><li><a href="/contact">اتصل بنا</a></li></ul><p class="footer__copy">© 2015 {esc(site.name)}. جميع الحقوق محفوظة - إسطنبول، تركيا.</p></div></footer>
<script src="/vendor/livewire/livewire.js?id=90730a3b0e7144480175" data-turbo-eval="false" data-turbolinks-eval="false"></script><script data-turbo-eval="false" data-turbolinks-eval="false">window.livewire = new Livewire();window.Livewire = window.livewire;window.livewire_app_url = '';window.livewire_token = '{token}';window.deferLoadingAlpine = function (callback) {{window.addEventListener('livewire:load', function () {{callback();}});}};document.addEventListener("DOMContentLoaded", function () {{window.livewire.start();}});</script>
<script src="/js/app.js?id={a.key[2:22]}"></script>
</body>
</html>"""
    return finish(out, page)


LAYOUTS = {
    "b31_1": layout_b31_1,
    "b31_2": layout_b31_2,
    "b31_3": layout_b31_3,
    "b31_4": layout_b31_4,
    "b31_5": layout_b31_5,
}
