"""Blind test layouts (set 30) for newsfarm (--extra-layouts): five article
templates modelled on mainstream, high-traffic EGYPTIAN and MOROCCAN news
pages built on platforms and themes that no earlier layout file imitates,
written without reading Khabar's extractor. Each prints the whole page a
reader gets: top bar, header and menus, tickers, the article, the boxes real
sites put inside the text, and the tags, share bars, related lists,
comments, sidebars and footer around it.

Covered before and so not used here: Youm7 / Masrawy desktop (b18_1) and
mobile (b28_5), the Al-Ahram gate (b8_1) and its redesign (b24_1), JNews on
an Egyptian site (b27_1), Filfan (b25_3), a generic Egyptian daily (b4_2),
Hespress (b4_5), a Moroccan Blogger blog (b27_5); platforms: Jannah,
tagDiv Newspaper, Elementor, SmartMag, Publisher, Sahifa, JNews, Ghost,
Drupal 7-10, Joomla, Blogger, Wix, Next.js, Nuxt, Angular, Astro, Arc XP,
Pangea, Quintype, SharePoint, vBulletin, Substack, Telegraph.

  b30_1  EGYPTIAN private daily (Al-Masry-Al-Youm-like) on a custom CMS
         built with ASP.NET MVC (/bundles/… with ?v= hashes, /Home/Writers/
         links, __RequestVerificationToken anti-forgery inputs), CAIRO time =
         UTC+2 in August 2015 (Egypt kept no summer time that year), one
         hour BEHIND Riyadh so the day can roll back: top bar with the
         Cairo day in Gregorian + Umm al-Qura Hijri, Cairo / Alexandria /
         Aswan weather, the dollar and gold «عيار 21» in pounds, «المصري
         لايت» / English-edition / PDF links; GPT leaderboard; nav; «أخبار
         عاجلة» strip with Cairo clocks; breadcrumb, h1.article-title; the
         pinfo row with the DATE FIRST «الأحد 09-08-2015 13:32» (d-m-Y,
         24-hour Cairo, no zone printed), then «|», «كتب:» in its own span
         and the name alone in <a class="author"> (only with an author);
         a LATER «آخر تحديث: …» line (decoy); view count, tools. Lead
         picture «- صورة أرشيفية» or «- تصوير- <photographer>» (a
         distractor). In div#NewsStory: an «اقرأ أيضًا» list of three
         links, a GPT «إعلان» in-read slot, the «اشترك لتصلك أهم الأخبار»
         newsletter form (the site's signature in-text box) and on a third
         of the pages a «شاهد» YouTube box captioned with another story's
         headline. After it «الكلمات المفتاحية», share, «أخبار متعلقة» with
         Cairo stamps, readers' comments in Egyptian dialect with «09-08-2015
         14:20» stamps and a moderation note; sidebar most-read, «رأي»
         (columnists' names: distractors); footer naming the chairman and
         the editor-in-chief (distractors). article:published_time and
         JSON-LD in +02:00; a GTM dataLayer «publishDate» «2015-08-09
         13:32» (naive Cairo). <title> «headline | site».
  b30_2  EGYPTIAN mass «gate» portal (Sada-El-Balad-like) on a LARAVEL build:
         csrf-token meta, Vite /build/assets/app-<hash>.css|js, Alpine.js
         x-data / x-on attributes, a Livewire component (wire:id,
         wire:initial-data JSON) and livewire.js; CAIRO time (UTC+2): top
         bar with the Cairo day, Cairo prayer times, gold / currency links,
         weather; burger header, nav, «عاجل» bar, a leaderboard. Breadcrumb,
         h1.article-title; the meta row: the writer's avatar, «كتب» in its
         own span and the name alone in <a class="writer-name"> (only with
         an author), then the site's SLASHED month form «الأحد
         09/أغسطس/2015 - 01:32 م» (Cairo, 12-hour, zero-padded, no zone),
         a «تابعنا على جوجل نيوز» button; the <article> carries x-data with
         Carbon's UTC JSON «publishedAt: 2015-08-09T11:32:07.000000Z» (and
         a later updatedAt). In the text an «اقرأ أيضًا» block (bold label
         paragraph + link paragraphs), a GPT «إعلان», the Livewire «قد
         يهمك» strip of three cards, on half the pages a YouTube iframe
         captioned with another headline, and as the LAST element the
         «لمتابعة أحدث الأخبار العاجلة … تابعوا صفحة <short> على جوجل نيوز»
         line. After it «مواضيع متعلقة» chips, share with copy-link, «اقرأ
         المزيد» cards with slashed Cairo dates, most-read, a newsletter
         form, footer with the board (distractor names). No comments.
         JSON-LD datePublished / dateModified in +02:00 (author: the Person
         only with an author, else the site as an Organization — a decoy);
         og:updated_time later; no article:published_time. One site is
         windows-1256 (NCRs where it lacks letters).
  b30_3  MOROCCAN multi-edition outlet's ARABIC edition (Le360-Arabic-like)
         on a custom CMS built with SYMFONY (Webpack Encore /build/runtime
         and app bundles, Stimulus data-controller / data-action attributes,
         Turbo cache meta, LiipImagine /media/cache/… paths), CASABLANCA
         time = UTC+1 in August 2015 (DST, resumed 19 July after Ramadan),
         two hours BEHIND Riyadh so the day can roll back: edition bar
         (Français, English, Español, عربية), top bar with the Casablanca day
         in MOROCCAN month names («الأحد 09 غشت 2015»), Rabat prayer times,
         weather, dirham rates; «<short> TV» link; «آخر الأخبار» ticker with
         French-style clocks «12h05». Rubric, h1.article__title, a bold
         CHAPO repeating the first sentence; the meta row: «بقلم» in its own
         span and the name alone in <a class="article__author"> (only with
         an author), «في 09/08/2015 على الساعة 12h32» (Casablanca, the
         site's «12h32» hour form, no zone) and a LATER «تم التحديث في …»
         (decoy). Lead picture with «© Copyright : DR» or «© Copyright :
         <short> - <photographer>» (a distractor). In the text one or two
         «اقرأ أيضا :» cards (thumbnail + headline), an «إشهار» in-article
         ad, on a third of the pages a jwplayer video card «فيديو: <another
         headline>» with a duration. After it «كلمات مفتاحية :», share, «في
         نفس الركن» cards with Casablanca stamps, most-read, TV clips with
         durations, app links, footer. No comments. article:published_time
         in UTC (…T11:32:07+00:00); JSON-LD datePublished in +01:00.
         <title> «site : headline» (the site's name FIRST). One site is
         windows-1256 (NCRs).
  b30_4  MOROCCAN mass news portal (Alyaoum24 / Hibapress-like) on WordPress
         with the ZOX NEWS theme (MVP Themes: mvp-* ids and classes, the fly
         menu, the sticky-nav <h4> that repeats the headline), Rank Math SEO
         and the Ditty news ticker, WordPress locale «ary» (Moroccan
         Arabic months: غشت …) and the site TIMEZONE set to a fixed UTC+0
         (Morocco's standard time; the summer hour ignored), so every
         visible clock is UTC and the day can roll back: «أخبار عاجلة»
         ticker; h3.mvp-post-cat, h1.mvp-post-title, on half the pages
         span.mvp-post-excerpt repeating the first sentence; the author-info
         block: avatar, «نشر في» + «9 غشت 2015 - 11:32» in span.mvp-post-date
         (UTC clock, no zone printed), «آخر تحديث» + a LATER stamp in
         <time itemprop="dateModified" datetime="2015-08-09"> (decoy), then
         «بواسطة» + the name alone in <a rel="author"> inside
         span.author-name (only with an author). Microdata datePublished,
         article:published_time and the Rank Math @graph all in «+00:00»
         (the graph's headline carries « - site»). In #mvp-content-main: bold
         «اقرأ أيضا:» link lines, an Advanced-Ads «إشهار» AdSense slot, on a
         third of the pages a Facebook video embed (fb-xfbml-parse-ignore
         fallback with another headline and its own earlier date), and a
         closing «تابعوا آخر الأخبار من <short> على Google News» line.
         After it «المواضيع:» tags, «قد يعجبك أيضا» related posts,
         «التعليقات (n)» with WordPress comments in Darija and «9 غشت 2015 في
         12:10» UTC stamps, the reply form; sidebar mvp_pop_widget
         most-read with ary dates, Facebook page; footer with the legal
         deposit number.
  b30_5  EGYPTIAN private daily's portal (Al-Shorouk-like) on classic ASP.NET
         WEBFORMS (XHTML 1.0 Transitional, one aspnetForm round the page,
         __VIEWSTATE / __EVENTVALIDATION, ctl00_ContentPlaceHolder1_ ids,
         __doPostBack links), CAIRO time (UTC+2): top strip with the Cairo
         day, the group's sister links, pound rates, weather; leaderboard,
         menu, a <marquee> «آخر الأخبار» with 12-hour Cairo clocks. Path,
         <h1><span id=…lblTitle>; «كتب – » in its own span and the name
         alone in <a class="writer"> (only with an author); then «نشر في:
         الأحد 9 أغسطس 2015 - 1:32 م | آخر تحديث: الأحد 9 أغسطس 2015 - 2:05
         م» (Cairo, 12-hour, unpadded; the update the same or later); the
         form action carries the Cairo day as «view.aspx?cdate=09082015&id=
         <guid>». Tools with a short link; picture «- أرشيفية» or «- تصوير:
         <photographer>». In div.eventContent: an «اقرأ أيضا:» link
         paragraph, an «إعلان» GPT slot, on a third of the pages a «ألبوم
         صور» teaser with a picture count, on half the longer ones a
         WebForms reader poll «استطلاع رأي: …» with radio buttons. After it
         share, a Facebook-comments snapshot (Egyptian names, «أعجبني · رد
         · ٣ س»), «المزيد من <section>» with Cairo stamps, most-read /
         most-commented tabs, «أعمدة» (columnists: distractors), footer.
         The only machine-readable date is JSON-LD datePublished in +02:00
         (no article:published_time). <title> «بوابة <short> | headline».

Pages whose article has no author print no byline (no writer link, label,
meta author or JSON-LD Person). The author string is printed whole, exactly
as the corpus gives it, as the only text of its element. Gold times are
Asia/Riyadh (+03:00); b30_1, b30_2 and b30_5 show Cairo time (UTC+2; b30_1
and b30_5 carry +02:00, b30_2 +02:00 in JSON-LD and UTC «Z» in x-data);
b30_3 shows Casablanca time (UTC+1) and carries UTC +00:00 and +01:00;
b30_4 shows UTC (the site's fixed UTC+0) and carries +00:00. The
conversions are exact. Hijri dates follow Umm al-Qura (1 Shawwal 1436 = 17
July 2015). On windows-1256 sites, characters the charset lacks are written
as numeric character references (\\u escapes inside scripts).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts internal/extract/testdata/blind30_layouts.py \\
      --layouts b30_1,b30_2,b30_3,b30_4,b30_5 --out /work/blind30/pages
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


# --- b27_1: JNews theme, Egyptian news site, Cairo (UTC+2) ---------------------------------

EASTERN = L.EASTERN
EN_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
AR_ABBR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def wp_day(d):
    """WordPress Arabic default date format «j F، Y»."""
    return f"{d.day} {MONTHS[d.month - 1]}، {d.year}"


def comments_word(n):
    return {0: "لا توجد تعليقات", 1: "تعليق واحد", 2: "تعليقان"}.get(n, f"{n} تعليقات")




# --- shared for set 30 ------------------------------------------------------------------------

EG_COMMENTS = [
    ("محمد عبدالحميد", "ربنا يستر على البلد، خبر مهم والله."),
    ("أم يوسف", "يا ريت تتابعوا الموضوع ده وتكتبوا التفاصيل."),
    ("أحمد السيد - المنصورة", "الكلام ده محتاج تنفيذ على أرض الواقع مش تصريحات وبس."),
    ("مصطفى كمال", "شكراً على التغطية المحترمة دي."),
    ("هبة الله فتحي", "الخبر ناقص، فين المصدر الرسمي؟"),
    ("عم صابر", "كل سنة والناس بخير، ربنا يصلح الحال."),
]
EG_PHOTOGRAPHERS = ["محمد حسام الدين", "أحمد المصري", "طارق وجيه", "علي المالكي", "محمد راشد"]
EG_COLUMNISTS = [("نبيل عبدالفتاح سالم", "عن المدينة والذاكرة"), ("منى الشاذلي رضوان", "حكاية من الصعيد"),
                 ("عمرو الشوبكي الحداد", "قبل أن نخسر الفرصة"), ("سامح فوزي عبدالملك", "سؤال التعليم"),
                 ("هالة سرحان البنا", "ما بعد القناة")]
EG_SECTIONS = ["عرب وعالم", "أخبار", "اقتصاد", "رياضة", "عرب وعالم", "حوادث"]
AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MA_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر",
             "نونبر", "دجنبر"]
MA_COMMENTS = [
    ("مواطن مغربي", "الله يحفظ بلادنا، خبر مزيان والله."),
    ("ابن الرباط", "شكرا على المعلومة، ولكن خاصنا التفاصيل."),
    ("رشيد من فاس", "هادشي كيهمنا حتى حنا فالمغرب، الله يعطينا التوفيق."),
    ("فاطمة الزهراء", "مقال زوين ومختصر، تبارك الله عليكم."),
    ("Hamid", "فين هي المصادر ديال هاد الخبر؟"),
    ("مغربي حر", "نتمناو نشوفو بحال هاد القرارات عندنا."),
]


def cairo(d):
    """Naive Riyadh time -> naive Cairo wall clock (UTC+2 in August 2015)."""
    return shift(d, -1)


def casa(d):
    """Naive Riyadh time -> naive Casablanca wall clock (UTC+1, DST, in summer 2015)."""
    return shift(d, -2)


def utc(d):
    return shift(d, -3)


def ampm_long(d):
    return "صباحاً" if d.hour < 12 else "مساءً"


def gpt_slot(site, a, name, w, h, label="إعلان"):
    sid = f"div-gpt-ad-{snum(site, 'gpt', 1000000000000, 9999999999999)}-{num(a, name, 0, 9)}"
    return (f'<div class="ad-slot ad-{name}"><span class="ad-label">{label}</span><div id="{sid}" style="min-width:{w}px;min-height:{h}px;">'
            f"<script>googletag.cmd.push(function() {{ googletag.display('{sid}'); }});</script></div></div>")


# --- b30_1: Al-Masry-Al-Youm-like Egyptian private daily, custom CMS on ASP.NET MVC, Cairo -------

AMY_NAV = ["الرئيسية", "أخبار", "سياسة", "حوادث", "رياضة", "اقتصاد", "عرب وعالم", "محافظات", "فنون", "ثقافة",
           "رأي", "فيديو", "المصري لايت"]


def amy_stamp(c):
    """«الأحد 09-08-2015 13:32» (Cairo, d-m-Y, 24-hour)."""
    return f"{AR_DAYS[c.weekday()]} {c:%d-%m-%Y %H:%M}"


def layout_b30_1(page):
    """Al-Masry-Al-Youm-like: date first «الأحد 09-08-2015 13:32» (Cairo) then «كتب:» + the
    name alone in a.author, a later «آخر تحديث»; an inline newsletter form with an MVC
    anti-forgery token, a read-also list, a GPT ad, a video box; JSON-LD +02:00."""
    a, site = page.article, page.site
    d = a.published
    c = cairo(d)
    mod = c + dt.timedelta(minutes=num(a, "mod", 9, 240))
    sec = pick(a, "sec", EG_SECTIONS)
    nid = 790000 + a.n * 7 + num(a, "nid", 0, 6)
    token = hashlib.sha1((a.key + "rvt").encode()).hexdigest() + hashlib.md5(a.key.encode()).hexdigest()[:22]
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    ra = page.others("read_also", 3)
    if ra:
        items = "".join(f'<li><a href="{esc(page.url_of(o))}" title="{esc(o.title)}">{esc(o.title)}</a></li>' for o in ra)
        boxes.append((0 if len(blocks) < 4 else 1, f'<div class="related-inline"><div class="related-inline-title">اقرأ أيضًا</div><ul>{items}</ul></div>'))
    boxes.append((ratio_at(blocks, 0.45) if len(blocks) > 3 else 99, gpt_slot(site, a, "inread", 300, 250)))
    boxes.append((ratio_at(blocks, 0.7) if len(blocks) > 4 else 99,
                  '<div class="newsletter-inline"><div class="nl-title">اشترك لتصلك أهم الأخبار</div>'
                  '<form action="/Newsletter/Subscribe" method="post" class="nl-form">'
                  f'<input name="__RequestVerificationToken" type="hidden" value="{token}" />'
                  '<input type="email" name="Email" class="form-control" placeholder="البريد الإلكتروني" required />'
                  '<button type="submit" class="btn btn-red">اشترك</button></form></div>'))
    if num(a, "vid", 0, 2) == 0:
        vo = page.others("video", 1)
        if vo:
            boxes.append((99, f'<div class="video-box"><div class="video-box-title">شاهد</div><div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/{a.key[:11]}" allowfullscreen></iframe></div><p class="video-caption">{esc(vo[0].title)}</p></div>'))
    body = weave(blocks, boxes)
    byline = ""
    if a.author:
        byline = f'<span class="pinfo-sep">|</span><span class="writer-lbl">كتب:</span> <a class="author" href="/Home/Writers/{num(a, "wid", 1000, 9999)}">{esc(a.author)}</a>'
    cap = ("صورة أرشيفية" if num(a, "cap", 0, 1) else f"تصوير- {pick(a, 'ph', EG_PHOTOGRAPHERS)}")
    img = f"/News/ImageHandler/{nid}.jpg"
    tags = "".join(f'<li><a href="/Home/Tags/{slug(t, 1)}">{esc(t)}</a></li>' for t in L.tags_for(a)[:5])
    related = "".join(f'<li><a href="{esc(page.url_of(o))}"><img src="/News/ImageHandler/{o.n}_s.jpg" alt="" /><span class="rel-title">{esc(o.title)}</span></a><span class="rel-date">{amy_stamp(cairo(o.published))}</span></li>' for o in page.others("similar", 4))
    popular = "".join(f'<li><span class="num">{i + 1}</span><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for i, o in enumerate(page.others("popular", 6)))
    ticker = "".join(f'<li><span class="t-time">{cairo(o.published):%H:%M}</span><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("ticker", 6))
    nav = "".join(f'<li><a href="/Section/{i + 1}">{n}</a></li>' for i, n in enumerate(AMY_NAV))
    cols = "".join(f'<li><img src="/Content/writers/{j}.jpg" alt="" /><a href="/Home/Writers/{200 + j}" class="col-writer">{esc(n)}</a><a href="/Opinion/{200 + j}" class="col-title">{esc(t)}</a></li>' for j, (n, t) in enumerate(EG_COLUMNISTS[:4]))
    ncom = num(a, "nc", 0, 4)
    coms = []
    for j in range(ncom):
        nm, tx = EG_COMMENTS[(num(a, "cu", 0, 5) + j) % len(EG_COMMENTS)]
        ct = c + dt.timedelta(minutes=num(a, f"c{j}", 12, 150) + 41 * j)
        coms.append(f'<div class="comment-item"><div class="comment-head"><span class="c-name">{esc(nm)}</span><span class="c-date">{ct:%d-%m-%Y %H:%M}</span></div><p class="c-body">{esc(tx)}</p><div class="c-actions"><a href="#">رد</a> <span class="like">{num(a, f"lk{j}", 0, 40)}</span></div></div>')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical},
          "headline": a.title, "description": L.first_sentence(a.text), "image": [site.base + img],
          "datePublished": iso_off(d, 2), "dateModified": iso_off(shift(mod, 1), 2),
          **({"author": {"@type": "Person", "name": a.author, "url": f"{site.base}/Home/Writers/{num(a, 'wid', 1000, 9999)}"}} if a.author else {}),
          "publisher": {"@type": "NewsMediaOrganization", "name": site.name, "logo": {"@type": "ImageObject", "url": site.base + "/Content/images/logo.png"}},
          "articleSection": sec, "inLanguage": "ar"}
    dl = {"pageType": "article", "articleId": str(nid), "section": sec, "publishDate": f"{c:%Y-%m-%d %H:%M}",
          **({"author": a.author} if a.author else {}), "wordCount": len(a.text.split())}
    gold_rate = 312 + num(a, "gold", 0, 9)
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}" />
<meta name="keywords" content="{esc('، '.join(L.tags_for(a)[:5]))}" />
<link rel="canonical" href="{esc(page.canonical)}" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="{esc(site.name)}" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:image" content="{esc(site.base)}{img}" />
<meta property="article:published_time" content="{iso_off(d, 2)}" />
<meta property="article:modified_time" content="{iso_off(shift(mod, 1), 2)}" />
<meta property="article:section" content="{esc(sec)}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:site" content="@{site.id}" />
<link href="/Content/css?v={hashlib.md5(site.id.encode()).hexdigest()[:22]}1" rel="stylesheet"/>
<script src="/bundles/modernizr?v=wBEWDufH_8Md-Pbioxomt90vm6tJN2Pyy9u9zHtWsPo1"></script>
{ldjson(ld)}
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({json.dumps(dl, ensure_ascii=False)});</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.googletag = window.googletag || {{cmd: []}};</script>
</head>
<body class="article-page">
<div class="top-bar"><div class="container">
<span class="today">{AR_DAYS[c.weekday()]} {c.day} {MONTHS[c.month - 1]} {c.year} | {hijri(c)[0]} {hijri(c)[1]} {hijri(c)[2]} هـ</span>
<span class="weather">القاهرة 36° | الإسكندرية 31° | أسوان 43°</span>
<span class="rates">الدولار 7.83 جنيه | الذهب عيار 21: {gold_rate} جنيه</span>
<span class="editions"><a href="/Lite">المصري لايت</a> <a href="https://www.egyptindependent.example/">English Edition</a> <a href="/Pdf">العدد الورقي</a></span>
</div></div>
<header class="main-header"><div class="container"><a class="logo" href="/"><img src="/Content/images/logo.png" alt="{esc(site.name)}" /></a>
<div class="header-ad">{gpt_slot(site, a, "leader", 728, 90)}</div></div>
<nav class="main-nav"><div class="container"><ul>{nav}</ul><form class="search" action="/Home/Search" method="get"><input type="text" name="keyword" placeholder="ابحث" /></form></div></nav>
</header>
<div class="breaking"><div class="container"><span class="breaking-lbl">أخبار عاجلة</span><ul class="breaking-list">{ticker}</ul></div></div>
<div class="container main-wrap"><div class="row">
<div class="col-md-8 col-article">
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/Section/1">أخبار</a></li><li class="active">{esc(sec)}</li></ol>
<div class="article" id="article-{nid}">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="pinfo"><span class="pdate">{amy_stamp(c)}</span>{byline}</div>
<div class="pupdate">آخر تحديث: {amy_stamp(mod)}</div>
<div class="tools"><a class="font-up" href="#">A+</a> <a class="font-down" href="#">A-</a> <a class="print" href="/News/Print/{nid}">طباعة</a> <span class="views">{num(a, 'views', 200, 90000)} مشاهدة</span></div>
<div class="share-top"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={esc(page.canonical)}">فيسبوك</a><a class="tw" href="https://twitter.com/intent/tweet?url={esc(page.canonical)}">تويتر</a><a class="wa" href="whatsapp://send?text={esc(page.canonical)}">واتساب</a></div>
<figure class="main-img"><img src="{img}" alt="{esc(a.title)}" /><figcaption>{esc(short(a.title, 7))} - {esc(cap)}</figcaption></figure>
<div id="NewsStory" class="article-content">
{body}
</div>
<div class="tags"><span class="tags-title">الكلمات المفتاحية</span><ul>{tags}</ul></div>
<div class="share-bottom"><span>شارك</span><a class="fb" href="#">فيسبوك</a><a class="tw" href="#">تويتر</a><a class="tg" href="#">تيليجرام</a><a class="mail" href="#">بريد</a></div>
</div>
<section class="related"><h3 class="block-title">أخبار متعلقة</h3><ul>{related}</ul></section>
<section class="comments" id="comments"><h3 class="block-title">التعليقات ({ncom})</h3>
{"".join(coms)}
<form action="/Comments/Add" method="post" class="comment-form"><input name="__RequestVerificationToken" type="hidden" value="{token}" /><input type="hidden" name="NewsId" value="{nid}" /><input type="text" name="Name" placeholder="الاسم" /><textarea name="Body" placeholder="اكتب تعليقك"></textarea><button type="submit">أرسل</button><p class="note">التعليقات تخضع للمراجعة قبل النشر، ويرجى الالتزام بآداب الحوار.</p></form></section>
</div>
<aside class="col-md-4 sidebar">
<section class="most-read"><h3 class="block-title">الأكثر قراءة</h3><ol>{popular}</ol></section>
{gpt_slot(site, a, "side", 300, 600)}
<section class="opinion"><h3 class="block-title">رأي</h3><ul>{cols}</ul></section>
</aside>
</div></div>
<footer class="site-footer"><div class="container">
<ul class="footer-links"><li><a href="/Home/About">من نحن</a></li><li><a href="/Home/Contact">اتصل بنا</a></li><li><a href="/Home/Advertise">أعلن معنا</a></li><li><a href="/Home/Privacy">سياسة الخصوصية</a></li></ul>
<p class="board">رئيس مجلس الإدارة: عبدالمنعم سعيد الحسيني | رئيس التحرير: محمد السيد صالح عبدالله</p>
<p class="copy">جميع الحقوق محفوظة &copy; 2015 {esc(site.name)} - 24 شارع شريف، وسط البلد، القاهرة</p>
</div></footer>
<script src="/bundles/jquery?v=JzhfglzUfmVF2qo-weTo-kvXJ9AJvIRBLmu11PgpbVY1"></script>
<script src="/bundles/site?v={a.key}"></script>
</body>
</html>"""
    return finish(out, page)


# --- b30_2: Sada-El-Balad-like Egyptian portal on a Laravel build (Livewire / Alpine), Cairo -----

SB_NAV = ["الرئيسية", "أخبار مصر", "سياسة", "حوادث", "رياضة", "اقتصاد", "توك شو", "فن وثقافة", "المرأة", "دين",
          "محافظات", "العالم", "فيديو"]


def sb_stamp(c):
    """«الأحد 09/أغسطس/2015 - 01:32 م» (Cairo, 12-hour, month name between slashes)."""
    return f"{AR_DAYS[c.weekday()]} {c.day:02d}/{MONTHS[c.month - 1]}/{c.year} - {h12(c, pad=True)} {am_pm(c)}"


def carbon_z(d):
    """Laravel's Carbon JSON serialisation: UTC with microseconds."""
    return f"{utc(d):%Y-%m-%dT%H:%M:%S}.000000Z"


def layout_b30_2(page):
    """Sada-El-Balad-like Laravel site: «كتب» + the name alone in a link (only with an author)
    and «الأحد 09/أغسطس/2015 - 01:32 م» (Cairo); Alpine x-data with Carbon's UTC string;
    Livewire «قد يهمك» strip with wire:initial-data inside the text; JSON-LD +02:00."""
    a, site = page.article, page.site
    d = a.published
    c = cairo(d)
    upd = c + dt.timedelta(minutes=num(a, "upd", 15, 300))
    sec = pick(a, "sec", EG_SECTIONS)
    aid = 3300000 + a.n * 13 + num(a, "aid", 0, 12)
    csrf = hashlib.sha1((a.key + "csrf").encode()).hexdigest()[:40]
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    ra = page.others("read_also", 2)
    if ra:
        links = "".join(f'<p class="read-also-link"><a href="{esc(page.url_of(o))}" target="_blank">{esc(o.title)}</a></p>' for o in ra)
        boxes.append((0 if len(blocks) < 3 else 1, f'<div class="read-also"><p><strong>اقرأ أيضًا</strong></p>{links}</div>'))
    may = page.others("may_interest", 3)
    if may:
        init = {"fingerprint": {"id": hashlib.md5((a.key + "lw").encode()).hexdigest()[:20], "name": "article.related-strip",
                                "locale": "ar", "path": f"{a.n}", "method": "GET"},
                "serverMemo": {"data": {"articleId": aid, "limit": 3}, "checksum": hashlib.sha1(a.key.encode()).hexdigest()[:40]}}
        init_js = esc(json.dumps(init, ensure_ascii=True, separators=(",", ":")))
        cards = "".join(f'<div class="may-card"><a href="{esc(page.url_of(o))}"><img src="/storage/uploads/2015/08/{o.key}_thumb.jpg" alt="" loading="lazy" /><h4>{esc(o.title)}</h4></a></div>' for o in may)
        boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 3 else 99,
                      f'<div wire:id="{hashlib.md5((a.key + "wid").encode()).hexdigest()[:20]}" wire:initial-data="{init_js}" class="may-interest"><div class="may-title">قد يهمك</div><div class="may-cards">{cards}</div></div>'))
    boxes.append((ratio_at(blocks, 0.3) if len(blocks) > 2 else 99, gpt_slot(site, a, "in1", 336, 280)))
    if num(a, "yt", 0, 1) == 0 and len(blocks) > 2:
        vo = page.others("video", 1)
        cap = esc(vo[0].title) if vo else ""
        boxes.append((ratio_at(blocks, 0.8), f'<div class="video-embed"><iframe width="100%" height="360" src="https://www.youtube.com/embed/{a.key[-11:]}" frameborder="0" allowfullscreen></iframe><span class="video-caption">{cap}</span></div>'))
    boxes.append((99, f'<p class="gnews-line">لمتابعة أحدث الأخبار العاجلة والتقارير الحصرية تابعوا صفحة {esc(site.short)} على <a href="https://news.google.com/publications/{a.key}" target="_blank" rel="nofollow">جوجل نيوز</a></p>'))
    body = weave(blocks, boxes)
    writer = ""
    if a.author:
        writer = (f'<div class="article-writer"><img class="writer-avatar" src="/storage/writers/{num(a, "wr", 100, 999)}.jpg" alt="" width="36" height="36" />'
                  f'<span class="writer-label">كتب</span> <a href="/Author/{num(a, "wr", 100, 999)}" class="writer-name">{esc(a.author)}</a></div>')
    xdata = esc(json.dumps({"publishedAt": carbon_z(d), "updatedAt": carbon_z(shift(upd, 1)), "fontSize": 18}))
    img = f"/storage/uploads/2015/08/{a.key}.jpg"
    tags = "".join(f'<a href="/tags/{slug(t, 1)}" class="tag-chip">{esc(t)}</a>' for t in L.tags_for(a)[:5])
    more = "".join(f'<div class="more-card"><a href="{esc(page.url_of(o))}"><img src="/storage/uploads/2015/08/{o.key}_thumb.jpg" alt="" /><h3>{esc(o.title)}</h3></a><span class="card-date">{sb_stamp(cairo(o.published))}</span></div>' for o in page.others("similar", 4))
    popular = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("popular", 6))
    ticker = "".join(f'<li x-show="true"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("ticker", 6))
    nav = "".join(f'<li><a href="/category/{i + 1}">{n}</a></li>' for i, n in enumerate(SB_NAV))
    prayers = "الفجر 4:01 | الظهر 12:59 | العصر 4:36 | المغرب 7:37 | العشاء 8:59"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "mainEntityOfPage": page.canonical, "image": {"@type": "ImageObject", "url": site.base + img, "width": 800, "height": 450},
          "datePublished": iso_off(d, 2), "dateModified": iso_off(shift(upd, 1), 2),
          "author": ({"@type": "Person", "name": a.author} if a.author else {"@type": "Organization", "name": site.name}),
          "publisher": {"@type": "Organization", "name": site.name, "logo": {"@type": "ImageObject", "url": site.base + "/images/logo.png"}},
          "description": L.first_sentence(a.text)}
    out = f"""<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{csrf}">
<title>{esc(a.title)} - {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="amphtml" href="{esc(page.canonical)}/amp">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:image" content="{esc(site.base)}{img}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:updated_time" content="{iso_off(shift(upd, 1), 2)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="preload" as="style" href="/build/assets/app-{hashlib.md5(site.id.encode()).hexdigest()[:8]}.css"><link rel="stylesheet" href="/build/assets/app-{hashlib.md5(site.id.encode()).hexdigest()[:8]}.css">
<link rel="modulepreload" href="/build/assets/app-{hashlib.md5(site.id.encode()).hexdigest()[8:16]}.js"><script type="module" src="/build/assets/app-{hashlib.md5(site.id.encode()).hexdigest()[8:16]}.js"></script>
<style>[wire\\:loading], [wire\\:offline], [wire\\:dirty]:not(textarea):not(input):not(select) {{display: none;}}</style>
{ldjson(ld)}
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.googletag = window.googletag || {{cmd: []}};</script>
</head>
<body class="antialiased" x-data="{{ menuOpen: false, searchOpen: false }}">
<div class="topbar"><div class="container">
<span class="topbar-date">{AR_DAYS[c.weekday()]} {c.day:02d} {MONTHS[c.month - 1]} {c.year}</span>
<span class="topbar-prayer">مواقيت الصلاة بالقاهرة: {prayers}</span>
<a href="/gold-price" class="topbar-link">أسعار الذهب اليوم</a> <a href="/currency" class="topbar-link">أسعار العملات</a>
<span class="topbar-weather">القاهرة 37°</span>
</div></div>
<header class="site-header"><div class="container header-row"><button class="burger" x-on:click="menuOpen = !menuOpen" aria-label="القائمة"><span></span></button><a href="/" class="logo"><img src="/images/logo.png" alt="{esc(site.name)}"></a><button class="search-btn" x-on:click="searchOpen = true" aria-label="بحث"></button></div>
<nav class="main-menu" x-bind:class="{{ 'open': menuOpen }}"><ul>{nav}</ul></nav></header>
<div class="breaking-bar"><span class="breaking-label">عاجل</span><ul class="breaking-items" x-data="{{ i: 0 }}">{ticker}</ul></div>
<div class="leaderboard">{gpt_slot(site, a, "top", 970, 90)}</div>
<main class="container page-grid">
<div class="article-col">
<nav class="crumbs"><a href="/">الرئيسية</a> / <a href="/category/{num(a, 'cat', 1, 12)}">{esc(sec)}</a></nav>
<article class="article" x-data="{xdata}">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-meta">{writer}<div class="article-date"><i class="far fa-clock"></i> <span>{sb_stamp(c)}</span></div>
<a href="https://news.google.com/publications/{a.key}" class="gnews-btn" target="_blank" rel="nofollow">تابعنا على جوجل نيوز</a></div>
<div class="article-tools"><button x-on:click="fontSize++">+A</button><button x-on:click="fontSize--">-A</button><a href="/print/{aid}">طباعة</a></div>
<figure class="article-img"><img src="{img}" alt="{esc(a.title)}" width="800" height="450"><figcaption>{esc(short(a.title, 6))}</figcaption></figure>
<div class="article-body" x-bind:style="'font-size:' + fontSize + 'px'">
{body}
</div>
<div class="article-tags"><span class="tags-label">مواضيع متعلقة</span>{tags}</div>
<div class="article-share"><a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={esc(page.canonical)}" target="_blank">فيسبوك</a><a class="share-tw" href="https://twitter.com/intent/tweet?url={esc(page.canonical)}" target="_blank">تويتر</a><a class="share-wa" href="https://wa.me/?text={esc(page.canonical)}" target="_blank">واتساب</a><button class="share-copy" x-on:click="navigator.clipboard.writeText('{esc(page.canonical)}')">نسخ الرابط</button></div>
</article>
<section class="more-news"><h2 class="section-title">اقرأ المزيد</h2><div class="more-grid">{more}</div></section>
</div>
<aside class="side-col">
<section class="most-read"><h2 class="section-title">الأكثر قراءة</h2><ol>{popular}</ol></section>
{gpt_slot(site, a, "side", 300, 250)}
<section class="newsletter-side"><h2 class="section-title">النشرة البريدية</h2><form method="POST" action="/newsletter"><input type="hidden" name="_token" value="{csrf}"><input type="email" name="email" placeholder="بريدك الإلكتروني"><button type="submit">اشترك</button></form></section>
</aside>
</main>
<footer class="site-footer"><div class="container">
<div class="footer-links"><a href="/page/about">من نحن</a><a href="/page/contact">اتصل بنا</a><a href="/page/privacy">سياسة الخصوصية</a><a href="/sitemap">خريطة الموقع</a></div>
<p class="footer-board">رئيس مجلس الإدارة: حسن عبدالحليم راتب | رئيس التحرير: أحمد صبري زايد</p>
<p class="footer-copy">جميع الحقوق محفوظة &copy; {esc(site.name)} 2015</p>
</div></footer>
<script src="/livewire/livewire.js?id={hashlib.md5(site.id.encode()).hexdigest()[:20]}" data-turbo-eval="false" data-turbolinks-eval="false"></script>
<script data-turbo-eval="false" data-turbolinks-eval="false">window.livewire = new Livewire();window.Livewire = window.livewire;window.livewire_app_url = '';window.livewire_token = '{csrf}';</script>
</body>
</html>"""
    return finish(out, page)


# --- b30_3: Le360-Arabic-like Moroccan outlet, custom CMS on Symfony (Twig, Stimulus, Turbo),
#            Casablanca (UTC+1) ---------------------------------------------------------------

LE_NAV = ["سياسة", "اقتصاد", "مجتمع", "رياضة", "ثقافة", "العالم", "بورتريه", "فيديو", "صحة"]
LE_SECTIONS = ["سياسة", "العالم", "اقتصاد", "مجتمع", "رياضة", "العالم"]
LE_PHOTOGRAPHERS = ["عادل كدروز", "يوسف الحراق", "سعيد بوشريط", "محمد الإدريسي"]


def le_stamp(m):
    """«09/08/2015 على الساعة 12h32» (the site's French-style hour)."""
    return f"{m:%d/%m/%Y} على الساعة {m.hour:02d}h{m.minute:02d}"


def ma_day(m):
    return f"{AR_DAYS[m.weekday()]} {m.day:02d} {MA_MONTHS[m.month - 1]} {m.year}"


def layout_b30_3(page):
    """Le360-Arabic-like Symfony site: chapo, «بقلم» + the name alone in a.author (only with an
    author), «في 09/08/2015 على الساعة 12h32» (Casablanca, UTC+1, no zone) and a later «تم
    التحديث»; article:published_time in UTC (+00:00), JSON-LD in +01:00; «اقرأ أيضا» cards,
    «إشهار», a video player inside the text; no comments."""
    a, site = page.article, page.site
    d = a.published
    m = casa(d)
    upd = m + dt.timedelta(minutes=num(a, "upd", 6, 180))
    u = utc(d)
    sec = pick(a, "sec", LE_SECTIONS)
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    ra = page.others("read_also", 2)
    for j, o in enumerate(ra):
        at = (1 if len(blocks) > 3 else 0) if j == 0 else (ratio_at(blocks, 0.75) if len(blocks) > 4 else 99)
        boxes.append((at, f'<div class="read-also" data-controller="read-also"><span class="read-also__label">اقرأ أيضا :</span><a class="read-also__link" href="{esc(page.url_of(o))}"><img src="/media/cache/thumb_small/{o.key}.jpg" alt="" loading="lazy"><span class="read-also__title">{esc(o.title)}</span></a></div>'))
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 2 else 99,
                   f'<div class="ad ad--inarticle" data-controller="ad" data-ad-slot-value="/{snum(site, "net", 10000000, 99999999)}/{site.id}_ar/article_inread"><span class="ad__label">إشهار</span></div>'))
    if num(a, "vid", 0, 2) == 0:
        vo = page.others("video", 1)
        if vo:
            boxes.append((99, f'<div class="video-player" data-controller="jwplayer" data-jwplayer-media-value="{a.key[:8].upper()}"><div class="video-player__poster"><img src="/media/cache/video/{vo[0].key}.jpg" alt=""><span class="video-player__play">▶</span><span class="video-player__duration">0{num(a, "dm", 1, 4)}:{num(a, "ds", 10, 59)}</span></div><p class="video-player__title">فيديو: {esc(vo[0].title)}</p></div>'))
    body = weave(blocks, boxes)
    author_html = ""
    if a.author:
        author_html = f'<span class="article__by">بقلم</span> <a class="article__author" href="/auteurs/{slug(a.author, 3)}">{esc(a.author)}</a>'
    cap = (f"© Copyright : DR" if num(a, "cap", 0, 1) else f"© Copyright : {esc(site.short)} - {pick(a, 'ph', LE_PHOTOGRAPHERS)}")
    img = f"/media/cache/article_main/{a.key}.jpg"
    tags = "".join(f'<li><a href="/tags/{slug(t, 1)}">{esc(t)}</a></li>' for t in L.tags_for(a)[:5])
    same = "".join(f'<article class="card"><a href="{esc(page.url_of(o))}"><img src="/media/cache/card/{o.key}.jpg" alt="" loading="lazy"><h3 class="card__title">{esc(o.title)}</h3></a><span class="card__date">{le_stamp(casa(o.published))}</span></article>' for o in page.others("similar", 4))
    popular = "".join(f'<li><span class="rank">{i + 1}</span><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for i, o in enumerate(page.others("popular", 5)))
    tv = "".join(f'<li><a href="/video/{o.n}"><span class="dur">0{num(o, "dm", 1, 6)}:{num(o, "ds", 10, 59)}</span>{esc(short(o.title, 9))}</a></li>' for o in page.others("tv", 3))
    ticker = "".join(f'<li><time>{casa(o.published).hour:02d}h{casa(o.published).minute:02d}</time> <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("ticker", 6))
    nav = "".join(f'<li class="nav__item"><a class="nav__link" href="/{slug(n, 1)}">{n}</a></li>' for n in LE_NAV)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "url": page.canonical, "datePublished": iso_off(d, 1), "dateModified": iso_off(shift(upd, 2), 1),
          "image": [site.base + img], "articleSection": sec, "inLanguage": "ar",
          **({"author": [{"@type": "Person", "name": a.author, "url": f"{site.base}/auteurs/{slug(a.author, 3)}"}]} if a.author else {}),
          "publisher": {"@type": "NewsMediaOrganization", "name": site.name, "logo": {"@type": "ImageObject", "url": site.base + "/build/images/logo.svg"}},
          "isAccessibleForFree": True}
    hashbuild = hashlib.md5(site.id.encode()).hexdigest()
    out = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(site.name)} : {esc(a.title)}</title>
<meta name="description" content="{esc(lead_sentence(a.text))}">
<meta name="turbo-cache-control" content="no-preview">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="alternate" hreflang="fr" href="{esc(site.base)}/fr/">
<link rel="alternate" hreflang="ar" href="{esc(page.canonical)}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(lead_sentence(a.text))}">
<meta property="og:image" content="{esc(site.base)}{img}">
<meta property="og:locale" content="ar_MA">
<meta property="article:published_time" content="{u:%Y-%m-%dT%H:%M:%S}+00:00">
<meta property="article:modified_time" content="{utc(shift(upd, 2)):%Y-%m-%dT%H:%M:%S}+00:00">
<meta property="article:section" content="{esc(sec)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/build/app.{hashbuild[:8]}.css">
<script src="/build/runtime.{hashbuild[8:16]}.js" defer></script>
<script src="/build/app.{hashbuild[16:24]}.js" defer></script>
{ldjson(ld)}
</head>
<body data-controller="page" data-page-locale-value="ar">
<div class="editions"><ul class="editions__list"><li><a href="{esc(site.base)}/fr/">Français</a></li><li><a href="{esc(site.base)}/en/">English</a></li><li><a href="{esc(site.base)}/es/">Español</a></li><li class="is-active"><a href="/">عربية</a></li></ul></div>
<div class="topbar"><span class="topbar__date">{ma_day(m)}</span><span class="topbar__prayer">الرباط: الفجر 05:02 - الظهر 13:39 - العصر 17:19 - المغرب 20:23 - العشاء 21:51</span><span class="topbar__weather">الدار البيضاء 27° | الرباط 29° | مراكش 38°</span><span class="topbar__rates">الأورو 10.76 درهم | الدولار 9.81 درهم</span></div>
<header class="header"><a class="header__logo" href="/"><img src="/build/images/logo.svg" alt="{esc(site.name)}"></a><a class="header__tv" href="/video">{esc(site.short)} TV</a>
<nav class="nav" data-controller="menu"><ul class="nav__list">{nav}</ul></nav>
<form class="search" action="/recherche" method="get"><input type="search" name="q" placeholder="بحث"></form></header>
<div class="flash-news" data-controller="ticker"><span class="flash-news__label">آخر الأخبار</span><ul>{ticker}</ul></div>
<main class="layout">
<div class="layout__main">
<article class="article" data-controller="article" data-article-id-value="{a.n}">
<div class="article__rubric"><a href="/{slug(sec, 1)}">{esc(sec)}</a></div>
<h1 class="article__title">{esc(a.title)}</h1>
<p class="article__chapo"><strong>{esc(lead_sentence(a.text))}</strong></p>
<div class="article__meta">{author_html}<span class="article__date">في {le_stamp(m)}</span><span class="article__updated">تم التحديث في {le_stamp(upd)}</span></div>
<figure class="article__figure"><img src="{img}" alt="{esc(a.title)}"><figcaption>{esc(short(a.title, 6))}. <span class="copyright">{cap}</span></figcaption></figure>
<div class="share" data-controller="share"><a data-action="share#facebook" href="https://www.facebook.com/sharer/sharer.php?u={esc(page.canonical)}">Facebook</a><a data-action="share#twitter" href="https://twitter.com/intent/tweet?url={esc(page.canonical)}">Twitter</a><a data-action="share#whatsapp" href="https://wa.me/?text={esc(page.canonical)}">WhatsApp</a><a data-action="share#linkedin" href="#">LinkedIn</a></div>
<div class="article__body">
{body}
</div>
<div class="article__tags"><span>كلمات مفتاحية :</span><ul>{tags}</ul></div>
<div class="share share--bottom" data-controller="share"><span>شارك المقال</span><a data-action="share#facebook" href="#">Facebook</a><a data-action="share#twitter" href="#">Twitter</a><a data-action="share#copy" href="#">نسخ الرابط</a></div>
</article>
<section class="same-rubric"><h2 class="block__title">في نفس الركن</h2><div class="cards">{same}</div></section>
</div>
<aside class="layout__side">
<section class="most-read"><h2 class="block__title">الأكثر قراءة</h2><ol>{popular}</ol></section>
<div class="ad ad--side"><span class="ad__label">إشهار</span></div>
<section class="tv"><h2 class="block__title">{esc(site.short)} TV</h2><ul>{tv}</ul></section>
<section class="apps"><h2 class="block__title">حمّل التطبيق</h2><a href="#">App Store</a> <a href="#">Google Play</a></section>
</aside>
</main>
<footer class="footer"><ul class="footer__links"><li><a href="/qui-sommes-nous">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/mentions-legales">الشروط القانونية</a></li><li><a href="/cookies">ملفات تعريف الارتباط</a></li></ul>
<p class="footer__copy">&copy; 2015 {esc(site.name)}. جميع الحقوق محفوظة. الدار البيضاء - المغرب</p></footer>
</body>
</html>"""
    return finish(out, page)


# --- b30_4: Moroccan mass portal on WordPress with the ZOX NEWS theme (MVP Themes), site
#            timezone set to a fixed UTC+0 (Morocco's standard time; WordPress ignores the DST) --

MA_NAV = ["الرئيسية", "سياسة", "مجتمع", "اقتصاد", "جهات", "رياضة", "فن وثقافة", "دولي", "حوادث", "فيديو", "رأي"]
MA_SECTIONS = ["دولي", "دولي", "اقتصاد", "رياضة", "مجتمع", "دولي"]


def ary_day(t):
    """WordPress «ary» (Moroccan Arabic) locale, «j F Y»."""
    return f"{t.day} {MA_MONTHS[t.month - 1]} {t.year}"


def layout_b30_4(page):
    """Zox News on a Moroccan WordPress portal, timezone UTC+0: «نشر في» + «9 غشت 2015 - 11:32»
    (ary month names) in span.mvp-post-date, «بواسطة» + the name alone in a[rel=author] inside
    span.author-name (only with an author); Rank Math @graph and article:published_time
    «…+00:00»; inline «اقرأ أيضا» line, «إشهار» Advanced Ads slot, a Facebook video embed."""
    a, site = page.article, page.site
    d = a.published
    u = utc(d)  # the site clock
    mod = u + dt.timedelta(minutes=num(a, "mod", 5, 200))
    sec = pick(a, "sec", MA_SECTIONS)
    sslug = slug(sec, 1)
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    ra = page.others("read_also", 2)
    if ra:
        boxes.append((0 if len(blocks) < 3 else 1, f'<p><strong>اقرأ أيضا: </strong><a href="{esc(page.url_of(ra[0]))}">{esc(ra[0].title)}</a></p>'))
        if len(ra) > 1 and len(blocks) > 4:
            boxes.append((ratio_at(blocks, 0.7), f'<p><strong>اقرأ أيضا: </strong><a href="{esc(page.url_of(ra[1]))}">{esc(ra[1].title)}</a></p>'))
    boxes.append((ratio_at(blocks, 0.4) if len(blocks) > 2 else 99,
                  f'<div class="{site.id}-inside-content {site.id}-target" id="{site.id}-{num(a, "adid", 100000, 999999)}"><span class="{site.id}-adlabel">إشهار</span>'
                  f'<ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-{snum(site, "pub", 1000000000, 9999999999)}" data-ad-slot="{num(a, "slot", 1000000000, 9999999999)}"></ins>'
                  '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'))
    if num(a, "fbv", 0, 2) == 0 and len(blocks) > 2:
        vo = page.others("fbvideo", 1)
        vt = esc(vo[0].title) if vo else ""
        vid = num(a, "vid", 10**15, 10**16 - 1)
        boxes.append((ratio_at(blocks, 0.85),
                      f'<div class="fb-video" data-href="https://www.facebook.com/{site.id}/videos/{vid}/" data-width="640" data-show-text="false"><blockquote cite="https://www.facebook.com/{site.id}/videos/{vid}/" class="fb-xfbml-parse-ignore"><a href="https://www.facebook.com/{site.id}/videos/{vid}/">{vt}</a><p>{esc(site.name)}</p>'
                      f'تم النشر بواسطة ‏<a href="https://www.facebook.com/{site.id}">{esc(site.name)}</a>‏ في {AR_DAYS[(u - dt.timedelta(hours=num(a, "fbh", 2, 20))).weekday()]}، {ary_day(u - dt.timedelta(hours=num(a, "fbh", 2, 20)))}</blockquote></div>'))
    boxes.append((99, f'<p class="gn-follow">تابعوا آخر الأخبار من {esc(site.short)} على <a href="https://news.google.com/publications/{a.key}" target="_blank" rel="noopener">Google News</a></p>'))
    body = weave(blocks, boxes)
    gav = hashlib.md5((a.author or site.id).encode()).hexdigest()
    aslug = slug(a.author, 3) if a.author else ""
    author_name = ""
    if a.author:
        author_name = (f'<div class="mvp-author-info-name left relative" itemprop="author" itemscope itemtype="https://schema.org/Person">'
                       f'<p>بواسطة</p> <span class="author-name vcard fn author" itemprop="name"><a href="{esc(site.base)}/author/{aslug}/" title="مقالات {esc(a.author)}" rel="author">{esc(a.author)}</a></span> </div>')
    thumb = (f'<div class="mvp-author-info-thumb left relative"><img alt="" src="https://secure.gravatar.com/avatar/{gav}?s=46&#038;d=mm&#038;r=g" class="avatar avatar-46 photo" height="46" width="46" loading="lazy"></div>')
    excerpt = ""
    if num(a, "exc", 0, 1) == 0:
        excerpt = f'<span class="mvp-post-excerpt left"><p>{esc(lead_sentence(a.text))}</p></span>'
    img = f"/wp-content/uploads/2015/08/{a.key}-1000x600.jpg"
    tags = "".join(f'<a href="{esc(site.base)}/tag/{slug(t, 1)}/" rel="tag">{esc(t)}</a>' for t in L.tags_for(a)[:5])
    related = "".join(f'<li><div class="mvp-related-img left relative"><a href="{esc(page.url_of(o))}" rel="bookmark" title="{esc(o.title)}"><img width="400" height="240" src="/wp-content/uploads/2015/08/{o.key}-400x240.jpg" class="mvp-reg-img wp-post-image" alt="" loading="lazy"></a></div><div class="mvp-related-text left relative"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></div></li>' for o in page.others("similar", 6))
    popular = "".join(f'<a href="{esc(page.url_of(o))}" rel="bookmark"><div class="mvp-widget-feat2-side-story left relative"><div class="mvp-widget-feat2-side-text left relative"><div class="mvp-cat-date-wrap left relative"><span class="mvp-cd-cat left relative">{esc(pick(o, "sec", MA_SECTIONS))}</span><span class="mvp-cd-date left relative">{ary_day(utc(o.published))}</span></div><h2>{esc(o.title)}</h2></div></div></a>' for o in page.others("popular", 5))
    ticker = "".join(f'<div class="mtphr-dnt-tick mtphr-dnt-default-tick mtphr-dnt-clearfix"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></div>' for o in page.others("ticker", 6))
    nav = "".join(f'<li id="menu-item-{500 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{500 + i}"><a href="{esc(site.base)}/category/{slug(n, 1)}/">{n}</a></li>' for i, n in enumerate(MA_NAV))
    ncom = num(a, "nc", 0, 5)
    coms = []
    for j in range(ncom):
        nm, tx = MA_COMMENTS[(num(a, "cu", 0, 5) + j) % len(MA_COMMENTS)]
        ct = u + dt.timedelta(minutes=num(a, f"c{j}", 8, 160) + 37 * j)
        cid = num(a, f"cid{j}", 100000, 999999)
        coms.append(f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><div class="comment-wrapper" id="comment-{cid}"><div class="comment-inner"><div class="comment-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{cid}?s=46&#038;d=mm" class="avatar avatar-46 photo" height="46" width="46"></div>'
                    f'<div class="commentmeta"><p class="comment-meta-1"><cite class="fn">{esc(nm)}</cite></p><p class="comment-meta-2">{ary_day(ct)} في {ct:%H:%M}</p></div>'
                    f'<div class="text"><div class="c"><p>{esc(tx)}</p></div></div><div class="comment-reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}">رد</a></div></div></div></li>')
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": ["Person", "Organization"], "@id": site.base + "/#person", "name": site.name},
        {"@type": "WebSite", "@id": site.base + "/#website", "url": site.base, "name": site.name, "inLanguage": "ar"},
        {"@type": "WebPage", "@id": page.canonical + "#webpage", "url": page.canonical, "name": f"{a.title} - {site.name}",
         "datePublished": f"{u:%Y-%m-%dT%H:%M:%S}+00:00", "dateModified": f"{mod:%Y-%m-%dT%H:%M:%S}+00:00",
         "isPartOf": {"@id": site.base + "/#website"}, "inLanguage": "ar"},
        {"@type": "NewsArticle", "headline": f"{a.title} - {site.name}", "datePublished": f"{u:%Y-%m-%dT%H:%M:%S}+00:00",
         "dateModified": f"{mod:%Y-%m-%dT%H:%M:%S}+00:00", "articleSection": sec,
         **({"author": {"@type": "Person", "name": a.author}} if a.author else {}),
         "publisher": {"@id": site.base + "/#person"}, "description": L.first_sentence(a.text),
         "name": f"{a.title} - {site.name}", "@id": page.canonical + "#richSnippet", "isPartOf": {"@id": page.canonical + "#webpage"},
         "inLanguage": "ar", "mainEntityOfPage": {"@id": page.canonical + "#webpage"}}]}
    graph_js = json.dumps(graph, ensure_ascii=False).replace("</", "<\\/")
    out = f"""<!DOCTYPE html>
<html dir="rtl" lang="ary">
<head>
<meta charset="{site.encoding}" >
<meta name="viewport" id="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, minimum-scale=1.0, user-scalable=no" />
<link rel="pingback" href="{esc(site.base)}/xmlrpc.php" />
<meta property="og:type" content="article" />
<meta property="og:image" content="{esc(site.base)}{img}" />
<meta name="twitter:image" content="{esc(site.base)}{img}" />
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:description" content="{esc(L.first_sentence(a.text))}" />
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:url" content="{esc(page.canonical)}">
<meta name="twitter:title" content="{esc(a.title)}">
<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->
<title>{esc(a.title)} - {esc(site.name)}</title>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{esc(page.canonical)}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:site_name" content="{esc(site.name)}" />
<meta property="article:section" content="{esc(sec)}" />
<meta property="og:updated_time" content="{mod:%Y-%m-%dT%H:%M:%S}+00:00" />
<meta property="article:published_time" content="{u:%Y-%m-%dT%H:%M:%S}+00:00" />
<meta property="article:modified_time" content="{mod:%Y-%m-%dT%H:%M:%S}+00:00" />
{('<meta name="twitter:label1" content="كُتب بواسطة" /><meta name="twitter:data1" content="' + esc(a.author) + '" />') if a.author else ''}
<meta name="twitter:label2" content="مدة القراءة" /><meta name="twitter:data2" content="{reading_minutes(a)} دقائق" />
<script type="application/ld+json" class="rank-math-schema">{graph_js}</script>
<!-- /Rank Math WordPress SEO plugin -->
<link rel='stylesheet' id='mvp-custom-style-css' href='{esc(site.base)}/wp-content/themes/zox-news/style.css?ver=3.15.0' type='text/css' media='all' />
<link rel='stylesheet' id='mvp-rtl-css' href='{esc(site.base)}/wp-content/themes/zox-news/css/rtl.css?ver=3.15.0' type='text/css' media='all' />
<link rel='stylesheet' id='mtphr-dnt-css' href='{esc(site.base)}/wp-content/plugins/ditty-news-ticker/assets/css/style.css?ver=3.0.32' type='text/css' media='all' />
<script type='text/javascript' src='{esc(site.base)}/wp-includes/js/jquery/jquery.min.js?ver=3.6.0' id='jquery-core-js'></script>
<meta name="generator" content="WordPress 6.0.2" />
</head>
<body class="rtl post-template-default single single-post postid-{a.n} single-format-standard">
<div id="mvp-fly-wrap"><div id="mvp-fly-menu-top" class="left relative"><div class="mvp-fly-top-out left relative"><div class="mvp-fly-top-in"><div id="mvp-fly-logo" class="left relative"><a href="{esc(site.base)}/"><img src="/wp-content/uploads/2015/01/logo-fly.png" alt="{esc(site.name)}" /></a></div></div><div class="mvp-fly-but-wrap mvp-fly-but-menu mvp-fly-but-click"><span></span><span></span><span></span><span></span></div></div></div>
<div id="mvp-fly-menu-wrap"><nav class="mvp-fly-nav-menu left relative"><div class="menu-main-container"><ul id="menu-main" class="menu">{nav}</ul></div></nav></div></div>
<div id="mvp-site" class="left relative"><div id="mvp-search-wrap"><div id="mvp-search-box"><form method="get" id="searchform" action="{esc(site.base)}/"><input type="text" name="s" id="s" value="بحث" onfocus='if (this.value == "بحث") {{ this.value = ""; }}' onblur='if (this.value == "") {{ this.value = "بحث"; }}' /><input type="hidden" id="searchsubmit" value="بحث" /></form></div></div>
<div id="mvp-site-wall" class="left relative"><div id="mvp-leader-wrap"><a href="/go/leader"><img src="/wp-content/uploads/2015/07/banner-970x90.jpg" width="970" height="90" alt="" /></a></div>
<div id="mvp-site-main" class="left relative">
<header id="mvp-main-head-wrap" class="left relative"><nav id="mvp-main-nav-wrap" class="left relative">
<div id="mvp-main-nav-top" class="left relative"><div class="mvp-main-box"><div id="mvp-nav-top-wrap" class="left relative"><div class="mvp-nav-top-right-out left relative"><div class="mvp-nav-top-right-in"><div class="mvp-nav-top-cont left relative"><div class="mvp-nav-top-left-out relative"><div class="mvp-nav-top-left"><div class="mvp-nav-soc-wrap"><a href="https://www.facebook.com/{site.id}" target="_blank"><span class="mvp-nav-soc-but fab fa-facebook-f"></span></a><a href="https://twitter.com/{site.id}" target="_blank"><span class="mvp-nav-soc-but fab fa-twitter"></span></a><a href="https://www.youtube.com/{site.id}" target="_blank"><span class="mvp-nav-soc-but fab fa-youtube"></span></a></div><div class="mvp-fly-but-wrap mvp-fly-but-click left relative"><span></span><span></span><span></span><span></span></div></div>
<div class="mvp-nav-top-left-in"><div class="mvp-nav-top-mid left relative" itemscope itemtype="http://schema.org/Organization"><a class="mvp-nav-logo-reg" itemprop="url" href="{esc(site.base)}/"><img itemprop="logo" src="/wp-content/uploads/2015/01/logo.png" alt="{esc(site.name)}" data-rjs="2" /></a><h2 class="mvp-logo-title">{esc(site.name)}</h2><div class="mvp-drop-nav-title left"><h4>{esc(a.title)}</h4></div></div></div></div></div></div>
<div class="mvp-nav-top-right"><span class="mvp-nav-search-but fa fa-search fa-2 mvp-search-click"></span></div></div></div></div></div>
<div id="mvp-main-nav-bot" class="left relative"><div id="mvp-main-nav-bot-cont" class="left"><div class="mvp-main-box"><div id="mvp-nav-bot-wrap" class="left"><div class="mvp-nav-bot-right-out left"><div class="mvp-nav-bot-right-in"><div class="mvp-nav-bot-cont left"><div class="mvp-nav-bot-left-out"><div class="mvp-nav-bot-left-in"><div class="mvp-nav-menu left"><div class="menu-main-container"><ul id="menu-main-1" class="menu">{nav}</ul></div></div></div></div></div></div></div></div></div></div></div>
</nav></header>
<div class="mtphr-dnt mtphr-dnt-{snum(site, 'dnt', 100, 999)} mtphr-dnt-default mtphr-dnt-scroll mtphr-dnt-scroll-right"><div class="mtphr-dnt-wrapper mtphr-dnt-clearfix"><h3 class="mtphr-dnt-title">أخبار عاجلة</h3><div class="mtphr-dnt-tick-container"><div class="mtphr-dnt-tick-contents">{ticker}</div></div></div></div>
<div id="mvp-main-body-wrap" class="left relative">
<article id="mvp-article-wrap" itemscope itemtype="http://schema.org/NewsArticle">
<meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="{esc(page.canonical)}"/>
<div id="mvp-article-cont" class="left relative"><div class="mvp-main-box"><div id="mvp-post-main" class="left relative">
<header id="mvp-post-head" class="left relative">
<h3 class="mvp-post-cat left relative"><a class="mvp-post-cat-link" href="{esc(site.base)}/category/{sslug}/"><span class="mvp-post-cat left">{esc(sec)}</span></a></h3>
<h1 class="mvp-post-title left entry-title" itemprop="headline">{esc(a.title)}</h1>
{excerpt}
<div class="mvp-author-info-wrap left relative">{thumb}<div class="mvp-author-info-text left relative">
<div class="mvp-author-info-date left relative"><p>نشر في</p> <span class="mvp-post-date">{ary_day(u)} - {u:%H:%M}</span> <p>آخر تحديث</p> <span class="mvp-post-date updated"><time class="post-date updated" itemprop="dateModified" datetime="{mod:%Y-%m-%d}">{ary_day(mod)} - {mod:%H:%M}</time></span><meta itemprop="datePublished" content="{u:%Y-%m-%dT%H:%M:%S}+00:00"></div>
{author_name}
</div></div>
</header>
<div id="mvp-post-content" class="left relative">
<div id="mvp-post-feat-img" class="left relative mvp-post-feat-img-wide2" itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><img width="1000" height="600" src="{img}" class="attachment- size- wp-post-image" alt="" decoding="async" /><meta itemprop="url" content="{esc(site.base)}{img}"><meta itemprop="width" content="1000"><meta itemprop="height" content="600"></div>
<span class="mvp-post-img-cap">{esc(short(a.title, 6))} (صورة أرشيفية)</span>
<div id="mvp-content-wrap" class="left relative"><div class="mvp-post-soc-out right relative"><div id="mvp-post-soc-wrap" class="left relative"><ul class="mvp-post-soc-list left relative"><a href="#" onclick="window.open('https://www.facebook.com/sharer.php?u={esc(page.canonical)}', 'facebookShare', 'width=626,height=436'); return false;" title="شارك على فيسبوك"><li class="mvp-post-soc-fb"><i class="fab fa-facebook-f" aria-hidden="true"></i></li></a><a href="#" title="شارك على تويتر"><li class="mvp-post-soc-twit"><i class="fab fa-twitter" aria-hidden="true"></i></li></a><a href="whatsapp://send?text={esc(page.canonical)}"><li class="mvp-post-soc-what"><i class="fab fa-whatsapp" aria-hidden="true"></i></li></a><a href="#mvp-comments-button"><li class="mvp-post-soc-com mvp-com-click"><i class="far fa-comment" aria-hidden="true"></i></li></a></ul></div></div>
<div class="mvp-post-soc-in"><div id="mvp-content-body" class="left relative"><div id="mvp-content-body-top" class="left relative">
<div id="mvp-content-main" class="left relative">
{body}
</div>
<div id="mvp-content-bot" class="left"><div class="mvp-post-tags"><span class="mvp-post-tags-header">المواضيع:</span><span itemprop="keywords">{tags}</span></div>
<div class="posts-nav-link"></div>
<div class="mvp-org-wrap" itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><div class="mvp-org-logo" itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><img src="/wp-content/uploads/2015/01/logo.png" /><meta itemprop="url" content="/wp-content/uploads/2015/01/logo.png"></div><meta itemprop="name" content="{esc(site.name)}"></div>
</div></div>
<div id="mvp-content-bot-wrap" class="left relative"><div id="mvp-related-posts" class="left relative"><h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">قد يعجبك أيضا</span></h4><ul class="mvp-related-posts-list left related">{related}</ul></div>
<div id="mvp-comments-button" class="left relative mvp-com-click"><span class="mvp-comment-but-text">التعليقات ({ncom})</span></div>
<div id="comments" class="mvp-com-click-id-{a.n} mvp-com-click-main"><h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">{ncom} تعليقات</span></h4><ol class="commentlist">{"".join(coms)}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">اترك تعليقا</span></h4></h3><form action="{esc(site.base)}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span></p><p class="comment-form-comment"><label for="comment">التعليق</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="comment-form-author"><label for="author">الاسم</label><input id="author" name="author" type="text" value="" size="30" maxlength="245" /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /><input type='hidden' name='comment_post_ID' value='{a.n}' id='comment_post_ID' /></p></form></div>
</div></div>
</div></div></div></div></div>
</div></div>
<div id="mvp-side-wrap" class="left relative theiaStickySidebar"><section id="mvp_pop_widget-2" class="mvp-side-widget mvp_pop_widget"><div class="mvp-widget-home-head"><h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">الأكثر قراءة</span></h4></div><div class="mvp-widget-feat2-side-list left relative">{popular}</div></section>
<section id="custom_html-3" class="widget_text mvp-side-widget widget_custom_html"><div class="textwidget custom-html-widget"><div class="fb-page" data-href="https://www.facebook.com/{site.id}" data-tabs="" data-small-header="false"></div></div></section></div>
</div></article>
</div>
<footer id="mvp-foot-wrap" class="left relative"><div id="mvp-foot-top" class="left relative"><div class="mvp-main-box"><div id="mvp-foot-logo" class="left relative"><a href="{esc(site.base)}/"><img src="/wp-content/uploads/2015/01/logo-foot.png" alt="{esc(site.name)}" /></a></div><div id="mvp-foot-soc" class="left relative"><ul class="mvp-foot-soc-list left relative"><li><a href="#" class="fab fa-facebook-f"></a></li><li><a href="#" class="fab fa-twitter"></a></li><li><a href="#" class="fab fa-youtube"></a></li></ul></div><div id="mvp-foot-menu-wrap" class="left relative"><div id="mvp-foot-menu" class="left relative"><div class="menu-footer-container"><ul id="menu-footer" class="menu"><li><a href="{esc(site.base)}/about/">من نحن</a></li><li><a href="{esc(site.base)}/contact/">اتصل بنا</a></li><li><a href="{esc(site.base)}/privacy/">سياسة الخصوصية</a></li></ul></div></div></div></div></div>
<div id="mvp-foot-bot" class="left relative"><div class="mvp-main-box"><div id="mvp-foot-copy" class="left relative"><p>جميع الحقوق محفوظة &copy; 2015 {esc(site.name)} - جريدة إلكترونية مغربية. رقم الإيداع القانوني: 2015/{num(a, 'dep', 10, 99)} ص ح</p></div></div></div></footer>
</div></div></div>
<script type='text/javascript' src='{esc(site.base)}/wp-content/themes/zox-news/js/mvpcustom.js?ver=3.15.0' id='mvp-custom-js'></script>
<script type='text/javascript' src='{esc(site.base)}/wp-content/plugins/ditty-news-ticker/assets/js/ditty-news-ticker.min.js?ver=3.0.32' id='ditty-news-ticker-js'></script>
</body>
</html>"""
    return finish(out, page)


# --- b30_5: Al-Shorouk-like Egyptian daily, custom CMS on classic ASP.NET WebForms, Cairo ---------

SH_NAV = ["الرئيسية", "أخبار مصر", "العرب والعالم", "اقتصاد", "رياضة", "حوادث وقضايا", "ثقافة", "فن", "مقالات",
          "منوعات", "صحة", "تكنولوجيا", "صور وفيديو"]


def sh_stamp(c):
    """«الأحد 9 أغسطس 2015 - 1:32 م» (Cairo, 12-hour, no padding)."""
    return f"{AR_DAYS[c.weekday()]} {c.day} {MONTHS[c.month - 1]} {c.year} - {h12(c)} {am_pm(c)}"


def layout_b30_5(page):
    """Al-Shorouk-like WebForms page: «كتب – » + the name alone in a.writer (only with an
    author) then «نشر في: الأحد 9 أغسطس 2015 - 1:32 م | آخر تحديث: …» (Cairo, 12-hour);
    the Cairo day also in the cdate=ddmmyyyy form action; JSON-LD +02:00 only. Inside the text
    a read-also link, an ad, a photo-album teaser and a reader poll."""
    a, site = page.article, page.site
    d = a.published
    c = cairo(d)
    upd = c + dt.timedelta(minutes=num(a, "upd", 0, 150))
    sec = pick(a, "sec", ["العرب والعالم", "أخبار مصر", "اقتصاد", "رياضة", "العرب والعالم", "منوعات"])
    gid = hashlib.md5((a.key + "guid").encode()).hexdigest()
    guid = f"{gid[:8]}-{gid[8:12]}-{gid[12:16]}-{gid[16:20]}-{gid[20:32]}"
    cp = "ctl00_ContentPlaceHolder1_"
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    ra = page.others("read_also", 1)
    if ra:
        boxes.append((0 if len(blocks) < 3 else 1, f'<p class="readalso"><span>اقرأ أيضا:</span> <a href="{esc(page.url_of(ra[0]))}" target="_blank">{esc(ra[0].title)}</a></p>'))
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 2 else 99,
                  f'<div class="ads-in"><div class="ads-lbl">إعلان</div><div id="div-gpt-ad-{snum(site, "gpt", 10**12, 10**13 - 1)}-3"></div></div>'))
    if num(a, "alb", 0, 2) == 0:
        ao = page.others("album", 1)
        if ao:
            boxes.append((ratio_at(blocks, 0.75) if len(blocks) > 3 else 99,
                          f'<div class="album-teaser"><a href="/gallery/view.aspx?id={num(a, "gal", 1000, 9999)}"><img src="/uploadedimages/Gallery/{ao[0].key}.jpg" alt="" /><span class="album-count">{num(a, "pc", 6, 24)} صورة</span><span class="album-title">ألبوم صور: {esc(short(ao[0].title, 8))}</span></a></div>'))
    if num(a, "poll", 0, 1) == 0 and len(blocks) > 3:
        boxes.append((99, f'<div class="poll-box" id="{cp}pollBox"><div class="poll-q">استطلاع رأي: هل تتابع أخبار {esc(sec)} يوميًا؟</div><label><input type="radio" name="ctl00$ContentPlaceHolder1$rblPoll" value="1" /> نعم</label><label><input type="radio" name="ctl00$ContentPlaceHolder1$rblPoll" value="2" /> أحيانًا</label><label><input type="radio" name="ctl00$ContentPlaceHolder1$rblPoll" value="3" /> لا</label><input type="submit" name="ctl00$ContentPlaceHolder1$btnVote" value="صوّت" id="{cp}btnVote" /></div>'))
    body = weave(blocks, boxes)
    writer = ""
    if a.author:
        writer = f'<div class="writer"><span class="writer-lbl">كتب – </span><a id="{cp}hlWriter" class="writer" href="/authors/view.aspx?id={num(a, "au", 100, 9999)}">{esc(a.author)}</a></div>'
    img = f"/uploadedimages/Sections/Egypt/original/{a.key}.jpg"
    cap = ("أرشيفية" if num(a, "cap", 0, 1) else f"تصوير: {pick(a, 'ph', EG_PHOTOGRAPHERS)}")
    viewstate = hashlib.sha256((a.key + "vs").encode()).hexdigest() * 3
    evv = hashlib.sha1((a.key + "ev").encode()).hexdigest()
    more = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a><span class="date">{sh_stamp(cairo(o.published))}</span></li>' for o in page.others("similar", 5))
    popular = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("popular", 5))
    commented = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("commented", 4))
    ticker = "".join(f'<li><span class="time">{h12(cairo(o.published))} {am_pm(cairo(o.published))}</span> <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("ticker", 6))
    cols = "".join(f'<li><a href="/columns/view.aspx?id={700 + j}"><span class="col-name">{esc(n)}</span><span class="col-title">{esc(t)}</span></a></li>' for j, (n, t) in enumerate(EG_COLUMNISTS[1:]))
    nav = "".join(f'<li><a id="ctl00_hlNav{i}" href="/{slug(n, 1)}">{n}</a></li>' for i, n in enumerate(SH_NAV))
    fbc = []
    for j in range(num(a, "nfc", 0, 3)):
        nm, tx = EG_COMMENTS[(num(a, "fcu", 0, 5) + j) % len(EG_COMMENTS)]
        fbc.append(f'<div class="fb-comment"><span class="fb-name">{esc(nm)}</span><p>{esc(tx)}</p><span class="fb-act">أعجبني · رد · {num(a, f"fh{j}", 1, 9)} س</span></div>')
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": page.canonical,
          "headline": a.title, "datePublished": iso_off(d, 2), "dateModified": iso_off(shift(upd, 1), 2),
          "image": {"@type": "ImageObject", "url": site.base + img},
          **({"author": {"@type": "Person", "name": a.author}} if a.author else {}),
          "publisher": {"@type": "Organization", "name": site.name, "logo": {"@type": "ImageObject", "url": site.base + "/images/logo.png"}}}
    out = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset={site.encoding}" />
<title>
	بوابة {esc(site.short)} | {esc(a.title)}
</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}" />
<meta name="keywords" content="{esc(','.join(L.tags_for(a)[:5]))}" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:image" content="{esc(site.base)}{img}" />
<meta property="og:site_name" content="بوابة {esc(site.short)}" />
<link rel="canonical" href="{esc(page.canonical)}" />
<link href="/App_Themes/Default/style.css?v=2015.8" type="text/css" rel="stylesheet" />
{ldjson(ld)}
<script type="text/javascript" src="/js/jquery-1.11.1.min.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="./view.aspx?cdate={c:%d%m%Y}&amp;id={guid}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{viewstate[:150]}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<div class="topstrip"><div class="wrap"><span id="ctl00_lblToday" class="today">{AR_DAYS[c.weekday()]} {c.day} {MONTHS[c.month - 1]} {c.year}</span>
<span class="group-links"><a href="/">بوابة {esc(site.short)}</a> | <a href="/newspaper">{esc(site.short)} الجديد</a> | <a href="/books">دار {esc(site.short)}</a></span>
<span class="rates">الدولار: 7.83 | اليورو: 8.61 | الريال السعودي: 2.08</span><span class="weather">القاهرة: 35/24</span></div></div>
<div class="header"><div class="wrap"><a href="/" class="logo"><img src="/images/logo.png" alt="بوابة {esc(site.short)}" /></a><div class="banner728"><div id="div-gpt-ad-{snum(site, "gpt", 10**12, 10**13 - 1)}-0"></div></div></div></div>
<div class="menu"><div class="wrap"><ul>{nav}</ul><div class="search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" /><input type="submit" name="ctl00$btnSearch" value="بحث" id="ctl00_btnSearch" /></div></div></div>
<div class="lastnews"><div class="wrap"><span class="lbl">آخر الأخبار</span><marquee direction="right" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><ul>{ticker}</ul></marquee></div></div>
<div class="wrap content">
<div class="rightcol">
<div class="path"><a href="/">الرئيسية</a> &raquo; <a href="/{slug(sec, 1)}">{esc(sec)}</a></div>
<div class="newsdetails" id="{cp}divNews">
<h1><span id="{cp}lblTitle">{esc(a.title)}</span></h1>
{writer}
<div class="time"><span id="{cp}lblDate">نشر في: {sh_stamp(c)}</span> | <span id="{cp}lblUpdate">آخر تحديث: {sh_stamp(upd)}</span></div>
<div class="tools"><a href="javascript:window.print()">طباعة</a> <a href="/send.aspx?id={guid}">أرسل لصديق</a> <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkFontUp','')">تكبير الخط</a> <span class="shortlink">الرابط المختصر: {esc(site.base)}/s/{a.key[:6]}</span></div>
<div class="mainimg"><img id="{cp}imgNews" src="{img}" alt="{esc(a.title)}" /><span class="caption">{esc(short(a.title, 6))} - {esc(cap)}</span></div>
<div class="eventContent" id="{cp}divBody">
{body}
</div>
<div class="share"><span>شارك</span><a href="https://www.facebook.com/sharer.php?u={esc(page.canonical)}" target="_blank">فيسبوك</a><a href="https://twitter.com/share?url={esc(page.canonical)}" target="_blank">تويتر</a><a href="https://plus.google.com/share?url={esc(page.canonical)}" target="_blank">جوجل+</a></div>
<div class="fbcomments"><div class="fbc-head">{len(fbc)} تعليق</div>{"".join(fbc)}<div class="fb-comments" data-href="{esc(page.canonical)}" data-numposts="5" data-width="100%"></div></div>
</div>
<div class="moreSection"><h3>المزيد من {esc(sec)}</h3><ul>{more}</ul></div>
</div>
<div class="leftcol">
<div class="box tabs"><h3><a href="#mostread">الأكثر قراءة</a> | <a href="#mostcomment">الأكثر تعليقًا</a></h3><ol id="mostread">{popular}</ol><ol id="mostcomment" style="display:none">{commented}</ol></div>
<div class="box banner300"><div id="div-gpt-ad-{snum(site, "gpt", 10**12, 10**13 - 1)}-1"></div></div>
<div class="box columns"><h3>أعمدة</h3><ul>{cols}</ul></div>
</div>
</div>
<div class="footer"><div class="wrap"><ul><li><a href="/about.aspx">من نحن</a></li><li><a href="/contactus.aspx">اتصل بنا</a></li><li><a href="/advertise.aspx">أعلن معنا</a></li><li><a href="/rss.aspx">RSS</a></li></ul>
<p>جميع حقوق النشر محفوظة لبوابة {esc(site.short)} &copy; 2015</p></div></div>
<div>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{evv[:8].upper()}" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBgL{evv}" />
</div></form>
</body>
</html>"""
    return finish(out, page)


LAYOUTS = {
    "b30_1": layout_b30_1,
    "b30_2": layout_b30_2,
    "b30_3": layout_b30_3,
    "b30_4": layout_b30_4,
    "b30_5": layout_b30_5,
}
