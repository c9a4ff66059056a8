"""Blind test layouts (set 27) for newsfarm (--extra-layouts): five article
templates modelled on mainstream Arabic news pages built on widely used
PLATFORMS and THEMES that no earlier layout file imitates, written without
reading Khabar's extractor. Each prints the whole page a reader gets: top bar,
header and menus, tickers, the article, the boxes real sites put inside the
text, and the lists, comments, sidebars and footer around it.

Covered before and so not used here: Jannah (b7_1), tagDiv «Newspaper»
(b15_5), Elementor (b18_4), Ghost/Casper (b12_4), Medium (b6_3), Blogger's
classic template (b9_1), Joomla 2.5/3 + K2 (b9_3, b10_1), Wix (b15_1),
Next.js (b5_1, b22_4), headless WordPress under React (b20_1), Drupal 8/9,
Nuxt, Angular, Arc XP, Pangea, Quintype, AMP, Mailchimp, vBulletin,
MediaWiki, SharePoint, Telegram.

  b27_1  EGYPTIAN news site on WordPress with the JNEWS theme (Jegtheme),
         CAIRO time = UTC+2 (Egypt kept no summer time in 2015), one hour
         BEHIND Riyadh, so the day can roll back: jeg_topbar with the Cairo
         day «الأحد، 9 أغسطس، 2015», a gold / pound strip, Cairo weather;
         jeg_midbar logo and leaderboard; jeg_main_menu; a jeg_news_ticker
         «عاجل» with Cairo clocks. Breadcrumbs, h1.jeg_post_title, on about
         half the pages an h2.jeg_post_subtitle repeating the first sentence;
         jeg_meta_container: avatar, «بواسطة» in span.meta_text and the name
         alone in the next <a> (only with an author), jeg_meta_date with the
         Cairo DAY ONLY «9 أغسطس، 2015», «في» + category, comment count.
         The minute with its offset only in Yoast's article:published_time
         (+02:00); JNews's own JSON-LD Article is PHP-json_encoded (\\u
         escapes, «\\/» slashes) with a NAIVE local «2015-08-09 13:32:07»
         datePublished (no offset) and the whole text again in articleBody.
         Featured image with caption, jeg_share_top (share / view counts).
         In .content-inner a jnews_inline_related_post «إقرأ أيضاً» block of
         two posts, an AdSense «إعلان» slot, on a third of the pages a
         Twitter embed of a Saudi official account with its own date, and a
         closing «تابعوا … على Google News» line (Ad Inserter). After it
         «وسوم:», prev/next, the jeg_authorbox (only with an author),
         «مقالات ذات صلة» jeg_postblock_22 with Cairo dates, WordPress
         comments in Egyptian dialect with Cairo stamps, reply form, a
         sidebar of «الأكثر قراءة» / «اخترنا لك» blocks, footer.
  b27_2  YEMENI news site on WordPress with the SAHIFA theme (TieLabs,
         Jannah's predecessor; SANAA time = UTC+3, the Riyadh wall clock;
         one site is windows-1256, as early Arabic WordPress installs were,
         NCRs where it lacks letters): #top-nav with «today-date» (Sahifa's
         «الأحد , 9 أغسطس 2015») and a top menu, the Yemeni riyal at the
         official rate and on the parallel market, Sanaa / Aden / Taiz
         weather; #theme-header logo, e3lan ads, #main-nav; #breaking-news
         ticker. #crumbs (RDFa) ending in the title; single-post-thumb with
         caption; .post-inner: h1.name.post-title.entry-title, then
         p.post-meta: the name in span.post-meta-author after a user icon,
         alone in the author-posts link (only with an author; NO label),
         span.tie-date «الأحد 9 أغسطس 2015 - 2:32 م» (Sanaa, 12-hour, no zone
         printed), category, comment and view counts; article:published_time
         +03:00, no JSON-LD. In .entry an Inline-Related-Posts box (hashed
         class, inline <style>, «اقرأ أيضا» ctaText + postTitle), an
         e3lan-in-post ad, on some pages a YouTube iframe, and a Sahifa
         [box type="info"] shortcode box with the Telegram / WhatsApp
         prompt in prose; after it share-post flat-social, «الوسوم»,
         #author-box «حول الكاتب» (only with an author), post-navigation,
         #related_posts with tie-dates, #comments (Sahifa markup, Yemeni
         commenters, «… في 3:10 م» stamps), #respond; sidebar tabbed widget
         (الأكثر شعبية / الأحدث / تعليقات), «كتابات» (opinion writers'
         names), footer with «عن الموقع» prose.
  b27_3  OMANI news site on JOOMLA 4 core com_content with the CASSIOPEIA
         template (no K2; MUSCAT time = UTC+4, one hour AHEAD of Riyadh, the
         day can roll forward; one site is windows-1256, NCRs): container-
         topbar custom module with the Muscat day in Gregorian + Umm al-Qura
         Hijri, Muscat and Salalah (Khareef) weather, the Oman crude price;
         navbar-brand, mod-menu, mod-finder search; «أنت هنا:» breadcrumbs
         (schema.org microdata). com-content-article item-page:
         h1[itemprop=headline], then dl.article-info «التفاصيل»: dd.createdby
         «كتب بواسطة:» + span[itemprop=name] holding the name alone (only
         with an author; also <meta name="author">), dd.category-name
         «الفئة:», dd.published <time datetime="…+04:00"
         itemprop="datePublished"> «نشر بتاريخ: 09 آب/أغسطس 2015» (Joomla's
         dual month names; the DAY ONLY is visible, the minute with offset
         only in the datetime), dd.modified «آخر تحديث:» (later), dd.hits
         «الزيارات:». figure.item-image with caption; in the articleBody a
         loadposition mod-articles-category «اقرأ أيضاً» list, a mod-banners
         ad with «إعلان», a TinyMCE figure with «(تصوير: …)» (a
         photographer, a distractor name); after it tags (btn-info),
         pagenavigation «السابق / التالي» with visually-hidden titles, a
         share plugin, mod-relateditems, JComments (numbered, names,
         «09.08.2015 16:10» Muscat stamps, votes) and its form; sidebar
         cards: mostread, latest with dates, Muscat prayer times, rial rates;
         footer with the Muscat address, back-to-top link.
  b27_4  SUBSTACK newsletter post of a Gulf daily-briefing publication:
         Substack's ENGLISH chrome around Arabic content (Subscribe / Sign
         in, Home / Notes / Archive / About, «Thanks for reading …!
         Subscribe for free…», Share, «Discussion about this post»,
         «Ready for more?», «© 2015 … · Privacy ∙ Terms ∙ Collection
         notice», «Start Writing», «Get the app»), pencraft utility classes
         and hashed module class names. <title> «title - by NAME - pub»
         (without «by» on authorless pages). post-header: h1.post-title, on
         most pages an h3.subtitle repeating the first sentence, the byline
         wrapper: avatar + the name alone in an <a> to
         substack.com/@handle (only with an author), then the DATE in
         English, UTC day «Aug 9, 2015» (no clock, the day can roll back);
         the minute only in JSON-LD NewsArticle datePublished «…+00:00» and
         window._preloads (JSON.parse string: post_date «…Z», the body again
         as body_html, publishedBylines). In the body (div.body.markup, dir
         auto) a subscription-widget, a captioned-image-container with a
         «(Getty Images)» caption, on longer posts a pullquote repeating a
         sentence of the text, a «Share» button-wrapper and an
         embedded-post card of another story with its own English date.
         After it the post-ufi (likes, comments, restacks), comments with
         Arabic / English names, English dates and like counts, «More from
         …» list with dates, footer.
  b27_5  MOROCCAN news blog on BLOGGER with a MODERN Arabic template
         (Median-UI-like, short cryptic class names: pTtl, pInf, pEnt,
         pLbls, pShr, rPst…), CASABLANCA time = UTC+1 in August 2015 (DST,
         resumed 19 July after Ramadan), two hours BEHIND Riyadh (the day
         can roll back): Blogger's single-quoted XML attributes, widget
         sections (data-version='2'), _WidgetManager data context, a JS-
         rendered date and news ticker (empty in the HTML); breadcrumbs
         (home › label), h1.pTtl; the post info: avatar, the name alone in
         <bdi class='nm'> (only with an author), the DATE ONLY as a CSS
         data-text attribute on an empty <time> («أغسطس 09, 2015», Blogger's
         Arabic default format) whose datetime carries
         «…T12:32:00+01:00», a reading time; Blogger's postMetadataJSON
         JSON-LD BlogPosting in +01:00. The post body from the new editor:
         <p style="text-align: justify;"> paragraphs (some with inner
         <span> wrappers), a separator image, an AdSense <ins> unit, a
         Median «note» box with the WhatsApp / Telegram prompt and on some
         pages a YouTube iframe; after it labels, share buttons with a copy
         link, an «عن الكاتب» author box (only with an author), an empty
         JS related-posts holder, the blog pager «رسالة أحدث / رسالة أقدم»,
         Blogger threaded comments (Darija, «غير معرف» anonymous, «9 أغسطس
         2015 في 2:05 م» Casablanca stamps); sidebar PopularPosts with
         snippets, Labels cloud with counts, BlogArchive tree, FollowByEmail;
         footer «Powered by Blogger», template credit.

Pages whose article has no author print no byline (no meta author, author
span, author box or byline wrapper). The author string is printed whole,
exactly as the corpus gives it, as the only text of its element (b27_2:
followed by Sahifa's trailing space inside the link; b27_3: the
span[itemprop=name] after the «كتب بواسطة:» label in the same dd). Gold times
are Asia/Riyadh (+03:00); b27_1 shows the Cairo day (UTC+2) and carries
+02:00 in article:published_time and naive Cairo time in its JSON-LD; b27_2
shows the Sanaa = Riyadh wall clock and carries +03:00; b27_3 shows the
Muscat day (UTC+4) and carries +04:00; b27_4 shows the UTC day and carries
+00:00 / «Z»; b27_5 shows the Casablanca day (UTC+1) only in a data-text
attribute and carries +01:00. The conversions are exact. Hijri dates follow
Umm al-Qura (1 Shawwal 1436 = 17 July 2015). On windows-1256 sites,
characters the charset lacks are written as numeric character references
(\\u escapes inside scripts).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts internal/extract/testdata/blind27_layouts.py \\
      --layouts b27_1,b27_2,b27_3,b27_4,b27_5 --out /work/blind27/pages
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

EG_NAV = ["الرئيسية", "أخبار مصر", "عربي ودولي", "الخليج", "اقتصاد وبورصة", "رياضة", "حوادث وقضايا",
          "فن ومشاهير", "تكنولوجيا", "صحة وطب", "منوعات", "مقالات", "فيديو"]
EG_SECTIONS = ["الخليج", "عربي ودولي", "اقتصاد وبورصة", "الخليج", "رياضة عربية", "عربي ودولي"]
EG_HANDLES = [("واس العام", "spagov"), ("وزارة الصحة السعودية", "SaudiMOH"), ("وزارة الداخلية", "MOISaudiArabia"),
              ("أخبار السعودية", "SaudiNews50"), ("وزارة التجارة", "MCiGovSA")]
EG_COMMENTS = [
    ("محمد عبد العزيز", "ربنا يستر، الأخبار دي محتاجة متابعة أكتر من كده ومحتاجين نعرف التفاصيل كاملة."),
    ("أحمد السيد", "تغطية ممتازة كالعادة، شكراً للموقع وكل فريق العمل."),
    ("مصطفى الشناوي", "يا ريت تنشروا الخبر كامل بدل ما الواحد يدور عليه في مواقع تانية."),
    ("أم يوسف", "ربنا يحفظ بلادنا وبلاد المسلمين من كل شر."),
    ("كريم حسن", "الخبر ده اتنشر امبارح على فكرة، بس شكراً على التوضيح."),
    ("هشام فوزي", "مين المسؤول عن المتابعة؟ عايزين نعرف النتيجة النهائية إيه."),
]
EG_PICKS = ["شاهد.. أبرز لقطات افتتاح قناة السويس الجديدة", "أسعار الذهب اليوم في مصر",
            "تنسيق الجامعات 2015: الحدود الدنيا للكليات", "درجات الحرارة المتوقعة غداً على محافظات مصر"]


def jn_date(d):
    return f"{d.day} {MONTHS[d.month - 1]}، {d.year}"


def layout_b27_1(page):
    """JNews theme on an Egyptian WordPress news site: «بواسطة» + linked name in jeg_meta_author,
    the Cairo day only in jeg_meta_date, +02:00 in og and naive Cairo time in JNews's JSON-LD."""
    a, site = page.article, page.site
    d = a.published
    loc = shift(d, -1)  # Cairo, UTC+2
    mod = d + dt.timedelta(minutes=num(a, "mod", 6, 160))
    mloc = shift(mod, -1)
    sec = pick(a, "sec", EG_SECTIONS)
    sec_slug = slug(sec, 2)
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    ra = page.others("read_also", 2)
    if ra:
        items = "".join(
            f'<article class="jeg_post jeg_pl_sm format-standard"><div class="jeg_thumb">'
            f'<a href="{esc(page.url_of(o))}"><div class="thumbnail-container animate-lazy size-715">'
            f'<img width="120" height="86" src="/wp-content/uploads/2015/08/{o.key}-120x86.jpg" class="attachment-jnews-120x86 size-jnews-120x86 lazyload wp-post-image" alt=""></div></a></div>'
            f'<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></h3></div></article>'
            for o in ra)
        boxes.append((0 if len(blocks) < 4 else 1,
                      f'<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post">'
                      f'<div class="jeg_postblock_21 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3 jnews_module_{a.n}_0_{a.key[:8]}">'
                      f'<div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>إقرأ أيضاً</span></h3></div>'
                      f'<div class="jeg_block_container"><div class="jeg_posts "><div class="jeg_postsmall jeg_load_more_flag">{items}</div></div></div>'
                      f'</div></div></div>'))
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 3 else 99,
                  '<div class="jeg_ad jeg_ad_article jnews_content_inline_ads  "><div class="ads-wrapper align-center ">'
                  '<div class="ads_code"><ins class="adsbygoogle" style="display:inline-block;width:336px;height:280px" '
                  f'data-ad-client="ca-pub-{snum(site, "pub", 10**15, 10**16 - 1)}" data-ad-slot="{num(a, "slot", 10**9, 10**10 - 1)}"></ins>'
                  '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'
                  '<div class="ads-text">إعلان</div></div></div>'))
    if num(a, "tw", 0, 2) == 0 and len(blocks) > 2:
        hname, handle = pick(a, "twh", EG_HANDLES)
        tw = d - dt.timedelta(minutes=num(a, "twm", 15, 300))
        boxes.append((ratio_at(blocks, 0.75),
                      f'<blockquote class="twitter-tweet" data-lang="ar"><p lang="ar" dir="rtl">{esc(short(a.title, 11))} '
                      f'<a href="https://t.co/{a.key[:10]}">pic.twitter.com/{a.key[2:12]}</a></p>&mdash; {esc(hname)} (@{handle}) '
                      f'<a href="https://twitter.com/{handle}/status/6304{num(a, "tid", 10**13, 10**14 - 1)}">{tw.day} {MONTHS[tw.month - 1]}، {tw.year}</a></blockquote>'
                      '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'))
    boxes.append((99, f'<p class="gnews-follow" style="text-align: center;"><a href="https://news.google.com/publications/CAAqBwgKM{a.key[:6]}?hl=ar" target="_blank" rel="noopener">'
                      f'<strong>تابعوا آخر أخبار {esc(site.short)} عبر Google News</strong></a></p>'))
    body = weave(blocks, boxes)

    aslug = slug(a.author, 3) if a.author else ""
    gav = hashlib.md5((a.author or site.id).encode()).hexdigest()
    author_meta = ""
    author_box = ""
    if a.author:
        author_meta = (f'<div class="jeg_meta_author coauthor"><img alt="" src="https://secure.gravatar.com/avatar/{gav}?s=80&amp;d=mm&amp;r=g" '
                       f'class="avatar avatar-80 photo" height="80" width="80" loading="lazy"><span class="meta_text">بواسطة</span> '
                       f'<a href="/author/{aslug}/">{esc(a.author)}</a></div>')
        author_box = (f'<div class="jnews_author_box_container "><div class="jeg_authorbox"><div class="jeg_author_image">'
                      f'<img alt="" src="https://secure.gravatar.com/avatar/{gav}?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80"></div>'
                      f'<div class="jeg_author_content"><h3 class="jeg_author_name"><a href="/author/{aslug}/">{esc(a.author)}</a></h3>'
                      f'<p class="jeg_author_desc"></p><div class="jeg_author_socials"><a target="_blank" href="https://www.facebook.com/" class="facebook"><i class="fa fa-facebook-official"></i></a>'
                      f'<a target="_blank" href="https://twitter.com/" class="twitter"><i class="fa fa-twitter"></i></a></div></div></div></div>')
    subtitle = f'<h2 class="jeg_post_subtitle">{esc(lead_sentence(a.text))}</h2>' if num(a, "sub", 0, 1) else ""
    ncom = num(a, "nc", 0, 4)
    coms = []
    for j in range(ncom):
        nm, tx = EG_COMMENTS[(num(a, "cu", 0, 5) + j) % len(EG_COMMENTS)]
        ct = shift(d + dt.timedelta(minutes=num(a, f"c{j}", 8, 95) + 41 * j), -1)
        cid = num(a, f"cid{j}", 10000, 99999)
        coms.append(f'<li class="comment even thread-even depth-1" id="comment-{cid}"><div id="div-comment-{cid}" class="comment-body">'
                    f'<div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/{cid}?s=55&amp;d=mm" class="avatar avatar-55 photo" height="55" width="55">'
                    f'<cite class="fn">{esc(nm)}</cite> <span class="says">قال:</span></div>'
                    f'<div class="comment-meta commentmetadata"><a href="#comment-{cid}">{jn_date(ct)} الساعة {h12(ct)} {am_pm(ct)}</a></div>'
                    f'<p>{esc(tx)}</p><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">رد</a></div></div></li>')
    related = "".join(
        f'<article class="jeg_post jeg_pl_md_5 format-standard"><div class="jeg_thumb"><a href="{esc(page.url_of(o))}">'
        f'<div class="thumbnail-container animate-lazy size-715"><img width="350" height="250" src="/wp-content/uploads/2015/08/{o.key}-350x250.jpg" class="attachment-jnews-350x250 size-jnews-350x250 lazyload wp-post-image" alt=""></div></a>'
        f'<div class="jeg_post_category"><span><a href="/category/{sec_slug}/" class="category-{sec_slug}">{esc(sec)}</a></span></div></div>'
        f'<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></h3>'
        f'<div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{esc(page.url_of(o))}"><i class="fa fa-clock-o"></i> {jn_date(shift(o.published, -1))}</a></div></div></div></article>'
        for o in page.others("similar", 6))
    popular = "".join(
        f'<article class="jeg_post jeg_pl_sm format-standard"><div class="jeg_postblock_content"><span class="jeg_post_number">{i + 1}</span>'
        f'<h3 class="jeg_post_title"><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></h3>'
        f'<div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{esc(page.url_of(o))}"><i class="fa fa-clock-o"></i> {jn_date(shift(o.published, -1))}</a></div></div></div></article>'
        for i, o in enumerate(page.others("popular", 5)))
    picks = "".join(f'<li><a href="/{slug(t, 4)}/">{t}</a></li>' for t in EG_PICKS)
    ticker = "".join(f'<div class="jeg_news_ticker_item jeg_news_ticker_animated"><span><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></span>'
                     f'<span class="post-date">{h12(shift(o.published, -1))} {am_pm(shift(o.published, -1))}</span></div>'
                     for o in page.others("ticker", 6))
    nav = "".join(f'<li id="menu-item-{100 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{100 + i} bgnav" data-item-row="default"><a href="/category/{slug(n, 2)}/">{n}</a></li>'
                  for i, n in enumerate(EG_NAV))
    prev_next = page.others("prevnext", 2)
    pn = ""
    if len(prev_next) == 2:
        pn = (f'<div class="jnews_prev_next_container"><div class="jeg_prevnext_post">'
              f'<a href="{esc(page.url_of(prev_next[0]))}" class="post prev-post"><span class="caption">المقال السابق</span><h3 class="post-title">{esc(prev_next[0].title)}</h3></a>'
              f'<a href="{esc(page.url_of(prev_next[1]))}" class="post next-post"><span class="caption">المقال التالي</span><h3 class="post-title">{esc(prev_next[1].title)}</h3></a></div></div>')
    tags = "".join(f'<a href="/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in L.tags_for(a)[:5])
    shares = num(a, "sh", 0, 950)
    views = num(a, "vw", 120, 25000)
    views_s = f"{views / 1000:.1f}k" if views >= 1000 else str(views)
    ld = {"@context": "http://schema.org", "@type": "Article",
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical},
          "dateCreated": loc.strftime("%Y-%m-%d %H:%M:%S"), "datePublished": loc.strftime("%Y-%m-%d %H:%M:%S"),
          "dateModified": mloc.strftime("%Y-%m-%d %H:%M:%S"), "url": page.canonical, "headline": a.title, "name": a.title,
          "articleBody": " ".join(paras), "articleSection": sec,
          "image": {"@type": "ImageObject", "url": f"{site.base}/wp-content/uploads/2015/08/{a.key}.jpg", "width": 750, "height": 375},
          "publisher": {"@type": "Organization", "name": site.name, "url": site.base + "/",
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/wp-content/uploads/2015/05/logo.png"}}}
    if a.author:
        ld["author"] = {"@type": "Person", "url": f"{site.base}/author/{aslug}/", "name": a.author}
    out = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head itemscope="itemscope" itemtype="http://schema.org/WebSite">
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11" />
<script type="text/javascript">var jnews_ajax_url = '/?ajax-request=jnews'</script>
<title>{esc(a.title)} - {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}"/>
<link rel="canonical" href="{esc(page.canonical)}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)} - {esc(site.name)}" />
<meta property="og:description" content="{esc(L.first_sentence(a.text))}" />
<meta property="og:url" content="{esc(page.canonical)}" />
<meta property="og:site_name" content="{esc(site.name)}" />
<meta property="article:section" content="{esc(sec)}" />
<meta property="article:published_time" content="{iso_off(d, 2)}" />
<meta property="article:modified_time" content="{iso_off(mod, 2)}" />
<meta property="og:image" content="{esc(site.base)}/wp-content/uploads/2015/08/{a.key}.jpg" />
<meta name="twitter:card" content="summary_large_image"/>
<meta name="generator" content="WordPress 4.2.4" />
<link rel='stylesheet' id='jnews-frontend-css' href='/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=1.0.0' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-style-css' href='/wp-content/themes/jnews/style.css?ver=1.0.0' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-rtl-css' href='/wp-content/themes/jnews/assets/css/rtl.css?ver=1.0.0' type='text/css' media='all' />
<meta name="generator" content="Powered by WPBakery Page Builder - drag and drop page builder for WordPress."/>
{ldjson(ld, php=True)}
</head>
<body class="rtl post-template-default single single-post postid-{a.n} single-format-standard jeg_toggle_light jeg_single_tpl_1 jnews jsc_normal wpb-js-composer js-comp-ver-4.11 vc_responsive">
<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class="ads-wrapper  "></div></div>
<div class="jeg_viewport">
<div class="jeg_header_wrapper">
<div class="jeg_header normal">
<div class="jeg_topbar jeg_container jeg_navbar_wrapper dark"><div class="container"><div class="jeg_nav_row">
<div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft">
<div class="jeg_nav_item jeg_top_date">{WEEKDAYS[loc.weekday()]}، {jn_date(loc)}</div>
<div class="jeg_nav_item jeg_nav_html">الدولار: 7.83 جنيه | اليورو: 8.60 جنيه | الذهب عيار 21: 268 جنيهاً | القاهرة 36&deg;</div>
</div></div>
<div class="jeg_nav_col jeg_nav_right jeg_nav_normal"><div class="item_wrap jeg_nav_alignright">
<div class="jeg_nav_item socials_widget jeg_social_icon_block nobg"><a href="https://www.facebook.com/" target="_blank" class="jeg_facebook"><i class="fa fa-facebook"></i> </a><a href="https://twitter.com/" target="_blank" class="jeg_twitter"><i class="fa fa-twitter"></i> </a><a href="https://www.youtube.com/" target="_blank" class="jeg_youtube"><i class="fa fa-youtube-play"></i> </a></div>
</div></div>
</div></div></div>
<div class="jeg_midbar jeg_container normal"><div class="container"><div class="jeg_nav_row">
<div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_logo jeg_desktop_logo">
<div class="site-title"><a href="/" style="padding: 0 0 0 0;"><img class="jeg_logo_img" src="/wp-content/uploads/2015/05/logo.png" alt="{esc(site.name)}" data-light-src="/wp-content/uploads/2015/05/logo.png"></a></div></div></div></div>
<div class="jeg_nav_col jeg_nav_right jeg_nav_grow"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item jeg_ad jeg_ad_top jnews_header_ads"><div class="ads-wrapper"><a href="/ads/" target="_blank"><img src="/wp-content/uploads/2015/06/banner-728x90.jpg" alt=""></a><div class="ads-text">إعلان</div></div></div></div></div>
</div></div></div>
<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_dark"><div class="container"><div class="jeg_nav_row">
<div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate">{nav}</ul></div></div></div></div>
<div class="jeg_nav_col jeg_nav_right jeg_nav_normal"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item jeg_search_wrapper search_icon jeg_search_popup_expand"><a href="#" class="jeg_search_toggle"><i class="fa fa-search"></i></a>
<form action="/" method="get" class="jeg_search_form" target="_top"><input name="s" class="jeg_search_input" placeholder="بحث..." type="text" value="" autocomplete="off"><button type="submit" class="jeg_search_button btn"><i class="fa fa-search"></i></button></form></div></div></div>
</div></div></div>
<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal"><div class="container"><div class="jeg_nav_item jeg_news_ticker">
<div class="jeg_news_ticker_wrapper"><div class="jeg_news_ticker_title"><i class="fa fa-bolt"></i><span class="breaking-news-title">عاجل</span></div>
<div class="jeg_news_ticker_items">{ticker}</div></div></div></div></div>
</div>
</div>
<div class="jeg_main ">
<div class="jeg_container">
<div class="jeg_content jeg_singlepage">
<div class="container">
<div class="jeg_ad jeg_article jnews_article_top_ads"><div class="ads-wrapper  "></div></div>
<div class="row">
<div class="jeg_main_content col-md-8">
<div class="jeg_inner_content">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="/">الرئيسية</a></span><i class="fa fa-angle-left"></i><span class="breadcrumb_last_link"><a href="/category/{sec_slug}/">{esc(sec)}</a></span></div></div>
<div class="entry-header">
<h1 class="jeg_post_title">{esc(a.title)}</h1>
{subtitle}
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">
<div class="meta_left">
{author_meta}
<div class="jeg_meta_date"><a href="{esc(page.canonical)}">{jn_date(loc)}</a></div>
<div class="jeg_meta_category"><span><span class="meta_text">في</span> <a href="/category/{sec_slug}/" rel="category tag">{esc(sec)}</a></span></div>
</div>
<div class="meta_right"><div class="jeg_meta_comment"><a href="#comments"><i class="fa fa-comment-o"></i> {ncom}</a></div></div>
</div></div>
</div>
<div class="jeg_featured featured_image"><a href="/wp-content/uploads/2015/08/{a.key}.jpg"><div class="thumbnail-container animate-lazy" style="padding-bottom:50%"><img width="750" height="375" src="/wp-content/uploads/2015/08/{a.key}-750x375.jpg" class="attachment-jnews-750x375 size-jnews-750x375 lazyload wp-post-image" alt="{esc(short(a.title, 6))}"></div></a>
<p class="wp-caption-text">{esc(short(a.title, 7))} - صورة أرشيفية</p></div>
<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_share_stats">
<div class="jeg_share_count"><div class="counts">{shares}</div><span class="sharetext">مشاركة</span></div>
<div class="jeg_views_count"><div class="counts">{views_s}</div><span class="sharetext">مشاهدة</span></div></div>
<div class="jeg_sharelist"><a href="http://www.facebook.com/sharer.php?u={esc(page.canonical)}" rel="nofollow" class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>شارك على فيسبوك</span></a><a href="https://twitter.com/intent/tweet?text={slug(a.title, 5)}" rel="nofollow" class="jeg_btn-twitter expanded"><i class="fa fa-twitter"></i><span>شارك على تويتر</span></a><a href="whatsapp://send?text={esc(page.canonical)}" rel="nofollow" class="jeg_btn-whatsapp "><i class="fa fa-whatsapp"></i></a></div></div></div>
<div class="jeg_ad jeg_article jnews_content_top_ads "><div class="ads-wrapper  "></div></div>
<div class="entry-content no-share">
<div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"><div class="jeg_share_float_container"></div></div>
<div class="content-inner ">
{body}
</div>
<div class="jeg_post_tags"><span>وسوم:</span> {tags}</div>
</div>
<div class="jeg_share_bottom_container"></div>
<div class="jeg_ad jeg_article jnews_content_bottom_ads "><div class="ads-wrapper  "></div></div>
{pn}
{author_box}
<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3">
<div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>مقالات ذات صلة</span></h3></div>
<div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">{related}</div></div></div></div></div>
<div class="jnews_popup_post_container"></div>
<div class="jnews_comment_container"><div id="comments" class="jeg_comments">
<h3 class="comments-title">{ncom} تعليقات</h3>
<ol class="commentlist">{"".join(coms)}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">اترك تعليقاً</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span> الحقول الإلزامية مشار إليها بـ <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">التعليق</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>
<p class="comment-form-author"><label for="author">الاسم <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30"></p>
<p class="comment-form-email"><label for="email">البريد الإلكتروني <span class="required">*</span></label><input id="email" name="email" type="text" value="" size="30"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق"></p></form></div>
</div></div>
</div>
</div>
<div class="jeg_sidebar jeg_sticky_sidebar col-md-4"><div class="jegStickyHolder"><div class="theiaStickySidebar">
<div class="widget widget_jnews_module_block_5"><div class="jeg_postblock_5 jeg_postblock"><div class="jeg_block_heading jeg_block_heading_5"><h3 class="jeg_block_title"><span>الأكثر قراءة</span></h3></div>
<div class="jeg_block_container"><div class="jeg_posts">{popular}</div></div></div></div>
<div class="widget widget_jnews_module_element_ads"><div class="jeg_ad jnews_module_ads"><div class="ads-wrapper"><img src="/wp-content/uploads/2015/06/banner-300x250.jpg" alt=""><div class="ads-text">إعلان</div></div></div></div>
<div class="widget widget_nav_menu"><div class="jeg_block_heading jeg_block_heading_5"><h3 class="jeg_block_title"><span>اخترنا لك</span></h3></div><ul class="menu">{picks}</ul></div>
<div class="widget widget_jnews_social_counter"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>تابعنا</span></h3></div><ul><li class="jeg_facebook"><span class="counts">1.2M</span> معجب</li><li class="jeg_twitter"><span class="counts">540K</span> متابع</li><li class="jeg_youtube"><span class="counts">210K</span> مشترك</li></ul></div>
</div></div></div>
</div>
</div>
</div>
</div>
</div>
<div class="footer-holder" id="footer" data-id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container">
<div class="jeg_footer_content"><div class="container"><div class="row">
<div class="jeg_footer_primary clearfix"><div class="col-md-4 footer_column"><div class="widget widget_jnews_about"><div class="jeg_about"><img class="footer_logo" src="/wp-content/uploads/2015/05/logo-white.png" alt="{esc(site.name)}"><p>{esc(site.name)} موقع إخباري مصري مستقل يقدم تغطية شاملة لأخبار مصر والعالم العربي على مدار الساعة.</p></div></div></div>
<div class="col-md-4 footer_column"><div class="widget widget_nav_menu"><h3 class="jeg_footer_heading">أقسام</h3><ul class="menu"><li><a href="/category/misr/">أخبار مصر</a></li><li><a href="/category/arab/">عربي ودولي</a></li><li><a href="/category/sport/">رياضة</a></li><li><a href="/category/eco/">اقتصاد وبورصة</a></li></ul></div></div>
<div class="col-md-4 footer_column"><div class="widget widget_nav_menu"><h3 class="jeg_footer_heading">روابط</h3><ul class="menu"><li><a href="/about/">من نحن</a></li><li><a href="/contact/">اتصل بنا</a></li><li><a href="/privacy/">سياسة الخصوصية</a></li><li><a href="/ads/">أعلن معنا</a></li></ul></div></div></div>
</div></div></div>
<div class="jeg_footer_bottom"><div class="container"><p class="copyright"> &copy; 2015 <a href="/" title="{esc(site.name)}">{esc(site.name)}</a> - جميع الحقوق محفوظة.</p></div></div>
</div></div></div>
</div>
<div class="jscroll-to-top"><a href="#back-to-top" class="jscroll-to-top_link"><i class="fa fa-angle-up"></i></a></div>
<script type='text/javascript' src='/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=1.0.0'></script>
</body>
</html>"""
    return finish(out, page)


# --- b27_2: Sahifa theme, Yemeni news site, Sanaa (UTC+3) -----------------------------------

YE_NAV = ["الرئيسية", "أخبار محلية", "عربي ودولي", "تقارير", "حوارات", "اقتصاد", "رياضة", "كتابات", "منوعات", "فيديو"]
YE_SECTIONS = ["عربي ودولي", "الخليج", "اقتصاد", "عربي ودولي", "رياضة", "منوعات"]
YE_WRITERS = [("د. عبدالعزيز المقالح", "اليمن وسؤال المستقبل"), ("محمد علي اللوزي", "عن الهدنة التي لم تأتِ"),
              ("نبيل الصوفي", "قراءة في المشهد"), ("عبدالباري طاهر", "الصحافة في زمن الحرب"),
              ("سامية الأغبري", "أطفال تعز"), ("فتحي أبو النصر", "مدينة بلا كهرباء")]
YE_COMMENTS = [
    ("أبو عمار الصنعاني", "الله يفرجها على اليمن وأهله ويحفظ الجميع، شكراً على الخبر."),
    ("عبدالله الحميري", "خبر مهم، نشكر الموقع على المتابعة المستمرة والمصداقية."),
    ("محمد من تعز", "ياريت تهتموا أكثر بأخبار المحافظات وما يعانيه الناس من انقطاع الكهرباء والماء."),
    ("فؤاد", "كلام طيب بس العبرة بالتنفيذ على الواقع."),
    ("أم أحمد", "ربي يحفظ بلاد الحرمين واليمن من كل شر ويجمع الكلمة."),
    ("صالح العولقي", "متابعين لكم دائماً من عدن، بالتوفيق."),
]


def sh_date(d):
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} - {h12(d)} {am_pm(d)}"


def layout_b27_2(page):
    """Sahifa (TieLabs) on a Yemeni WordPress site: the name alone in span.post-meta-author's link
    (no label) and a weekday date with a 12-hour clock in span.tie-date; og +03:00, no JSON-LD."""
    a, site = page.article, page.site
    d = a.published  # Sanaa = Riyadh wall clock
    mod = d + dt.timedelta(minutes=num(a, "mod", 5, 120))
    sec = pick(a, "sec", YE_SECTIONS)
    sec_slug = slug(sec, 2)
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    ra = page.others("read_also", 1)
    if ra:
        o = ra[0]
        cls = "u" + hashlib.md5((a.key + "irp").encode()).hexdigest()[:32]
        boxes.append((0 if len(blocks) < 4 else 1,
                      f'<div style="clear:both; margin-top:0em; margin-bottom:1em;"><a href="{esc(page.url_of(o))}" target="_blank" rel="nofollow" class="{cls}">'
                      f'<style> .{cls} {{ padding:0px; margin: 0; padding-top:1em!important; padding-bottom:1em!important; width:100%; display: block; font-weight:bold; background-color:#eaeaea; border:0!important; border-right:4px solid #c0392b!important; text-decoration:none; }} .{cls}:active, .{cls}:hover {{ opacity: 1; transition: opacity 250ms; text-decoration:none; }} .{cls} .ctaText {{ font-weight:bold; color:#c0392b; text-decoration:none; font-size: 16px; }} .{cls} .postTitle {{ color:#000000; text-decoration: underline!important; font-size: 16px; }}</style>'
                      f'<div style="padding-left:1em; padding-right:1em;"><span class="ctaText">اقرأ أيضا</span>&nbsp; <span class="postTitle">{esc(o.title)}</span></div></a></div>'))
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 3 else 99,
                  f'<div class="e3lan e3lan-in-post1"><a href="/go/ad{num(a, "ad", 10, 99)}" title="" target="_blank"><img src="/wp-content/uploads/2015/07/ad-468x60-{num(a, "ad", 10, 99)}.gif" alt="" /></a></div>'))
    if num(a, "yt", 0, 3) == 0 and len(blocks) > 2:
        boxes.append((ratio_at(blocks, 0.7),
                      f'<p><iframe width="660" height="371" src="https://www.youtube.com/embed/{a.key[:11]}?feature=oembed" frameborder="0" allowfullscreen></iframe></p>'))
    boxes.append((99, f'<div class="box info  "><div class="box-inner-block"><i class="fa tie-shadow-icon"></i>'
                      f'تابعوا آخر أخبار {esc(site.short)} لحظة بلحظة عبر قناتنا على تيليجرام، ويمكنكم إرسال أخباركم وصوركم عبر واتساب على الرقم 00967771{num(a, "wa", 100000, 999999)}</div></div>'))
    body = weave(blocks, boxes)
    aslug = slug(a.author, 3) if a.author else ""
    author_meta = ""
    author_box = ""
    if a.author:
        author_meta = (f'<span class="post-meta-author"><i class="fa fa-user"></i><a href="/author/{aslug}/" title="">{esc(a.author)} </a></span>\n')
        gav = hashlib.md5(a.author.encode()).hexdigest()
        author_box = (f'<section id="author-box">\n<div class="block-head"><h3>حول الكاتب </h3><div class="stripe-line"></div></div>\n'
                      f'<div class="post-listing"><div class="author-bio"><div class="author-avatar">'
                      f'<img alt="" src="http://1.gravatar.com/avatar/{gav}?s=90&amp;d=mm&amp;r=g" class="avatar avatar-90 photo" height="90" width="90" /></div>'
                      f'<div class="author-description"><h4 class="author-name-box"><a href="/author/{aslug}/">{esc(a.author)}</a></h4></div>'
                      f'<div class="author-social flat-social"><a class="social-site" target="_blank" href="/author/{aslug}/"><i class="fa fa-home"></i></a>'
                      f'<a class="social-twitter" target="_blank" href="https://twitter.com/"><i class="fa fa-twitter"></i></a></div>'
                      f'<div class="clear"></div></div></div>\n</section>')
    ncom = num(a, "nc", 0, 4)
    coms = []
    for j in range(ncom):
        nm, tx = YE_COMMENTS[(num(a, "cu", 0, 5) + j) % len(YE_COMMENTS)]
        ct = d + dt.timedelta(minutes=num(a, f"c{j}", 6, 90) + 47 * j)
        cid = num(a, f"cid{j}", 10000, 99999)
        coms.append(f'<li id="li-comment-{cid}"><div class="comment even thread-even depth-1 comment-wrap" id="comment-{cid}">'
                    f'<div class="comment-avatar"><img alt="" src="http://0.gravatar.com/avatar/{cid}?s=65&amp;d=mm" class="avatar avatar-65 photo" height="65" width="65" /></div>'
                    f'<div class="comment-content"><div class="author-comment"><cite class="fn">{esc(nm)}</cite>'
                    f'<div class="comment-meta commentmetadata"><a href="#comment-{cid}">{ct.day} {MONTHS[ct.month - 1]}، {ct.year} في {h12(ct)} {am_pm(ct)}</a></div><div class="clear"></div></div>'
                    f'<p>{esc(tx)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">رد</a></div></div></li>')
    comments_title = {0: "لا توجد تعليقات", 1: "تعليق واحد", 2: "تعليقان"}.get(ncom, f"{ncom} تعليقات")
    related = "".join(
        f'<div class="related-item"><div class="post-thumbnail"><a href="{esc(page.url_of(o))}"><img width="310" height="165" src="/wp-content/uploads/2015/08/{o.key}-310x165.jpg" class="attachment-tie-medium size-tie-medium wp-post-image" alt="" /><span class="fa overlay-icon"></span></a></div>'
        f'<h3><a href="{esc(page.url_of(o))}" rel="bookmark">{esc(o.title)}</a></h3><p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>{o.published.day} {MONTHS[o.published.month - 1]}، {o.published.year}</span></p></div>'
        for o in page.others("similar", 3))
    popular = "".join(f'<li><div class="post-thumbnail"><a href="{esc(page.url_of(o))}" rel="bookmark"><img width="110" height="75" src="/wp-content/uploads/2015/08/{o.key}-110x75.jpg" class="attachment-tie-small size-tie-small wp-post-image" alt="" /></a></div>'
                      f'<h3><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></h3><span class="tie-date"><i class="fa fa-clock-o"></i>{o.published.day} {MONTHS[o.published.month - 1]}، {o.published.year}</span></li>'
                      for o in page.others("popular", 5))
    recent = "".join(f'<li><h3><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></h3><span class="tie-date"><i class="fa fa-clock-o"></i>{o.published.day} {MONTHS[o.published.month - 1]}، {o.published.year}</span></li>'
                     for o in page.others("recent", 5))
    writers = "".join(f'<li><div class="post-thumbnail"><img src="/wp-content/uploads/writers/w{i}.jpg" alt="" width="55" height="55" /></div>'
                      f'<h3><a href="/category/articles/">{t}</a></h3><span class="author-name-widget">{w}</span></li>'
                      for i, (w, t) in enumerate(YE_WRITERS[:5]))
    ticker = "".join(f'<li><a href="{esc(page.url_of(o))}" title="{esc(o.title)}">{esc(o.title)}</a></li>' for o in page.others("ticker", 8))
    nav = "".join(f'<li id="menu-item-{200 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{200 + i}"><a href="/category/{slug(n, 2)}/">{n}</a></li>'
                  for i, n in enumerate(YE_NAV))
    prev_next = page.others("prevnext", 2)
    pn = ""
    if len(prev_next) == 2:
        pn = (f'<div class="post-navigation"><div class="post-previous"><a href="{esc(page.url_of(prev_next[0]))}" rel="prev"><span>السابق</span> {esc(prev_next[0].title)}</a></div>'
              f'<div class="post-next"><a href="{esc(page.url_of(prev_next[1]))}" rel="next"><span>التالي</span> {esc(prev_next[1].title)}</a></div></div>')
    tags = "".join(f'<a href="/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in L.tags_for(a)[:5])
    views = num(a, "vw", 40, 9000)
    hd, hm, hy = hijri(d)
    out = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="{site.encoding}" />
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="pingback" href="{esc(site.base)}/xmlrpc.php" />
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta property="og:title" content="{esc(a.title)} - {esc(site.name)}"/>
<meta property="og:type" content="article"/>
<meta property="og:description" content="{esc(L.first_sentence(a.text))}"/>
<meta property="og:url" content="{esc(page.canonical)}"/>
<meta property="og:site_name" content="{esc(site.name)}"/>
<meta property="og:image" content="{esc(site.base)}/wp-content/uploads/2015/08/{a.key}.jpg" />
<link rel="canonical" href="{esc(page.canonical)}" />
<meta property="og:locale" content="ar_AR" />
<meta property="article:section" content="{esc(sec)}" />
<meta property="article:published_time" content="{iso_off(d, 3)}" />
<meta property="article:modified_time" content="{iso_off(mod, 3)}" />
<meta property="og:updated_time" content="{iso_off(mod, 3)}" />
<link rel="alternate" type="application/rss+xml" title="{esc(site.name)} &raquo; الخلاصة" href="{esc(site.base)}/feed/" />
<link rel='stylesheet' id='tie-style-css'  href='/wp-content/themes/sahifa/style.css' type='text/css' media='all' />
<link rel='stylesheet' id='Droid+Sans-css'  href='https://fonts.googleapis.com/css?family=Droid+Sans%3Aregular%2C700' type='text/css' media='all' />
<link rel='stylesheet' id='rtl-css'  href='/wp-content/themes/sahifa/rtl.css' type='text/css' media='all' />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.js?ver=1.11.2'></script>
<meta name="generator" content="WordPress 4.2.4" />
<link rel='shortlink' href='{esc(site.base)}/?p={a.n}' />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<style type="text/css" media="screen">body{{font-family: 'droid arabic kufi';}} #main-nav, .cat-box-content, #sidebar .widget-container, .post-listing, #commentform {{border-bottom-color: #c0392b;}}</style>
</head>
<body id="top" class="rtl single single-post postid-{a.n} single-format-standard lazy-enabled">
<div class="wrapper-outer">
<div class="background-cover"></div>
<aside id="slide-out"><div class="search-mobile"><form method="get" id="searchform-mobile" action="/"><button class="search-button" type="submit" value="بحث"><i class="fa fa-search"></i></button><input type="text" id="s-mobile" name="s" title="بحث" value="بحث" /></form></div><div id="mobile-menu" ></div></aside>
<div id="wrapper" class="wide-layout">
<div class="inner-wrapper">
<header id="theme-header" class="theme-header">
<div id="top-nav" class="top-nav"><div class="container">
<span class="today-date">{WEEKDAYS[d.weekday()]} , {d.day} {MONTHS[d.month - 1]} {d.year}</span>
<div class="top-menu"><ul id="menu-top" class="menu"><li class="menu-item"><a href="/about/">من نحن</a></li><li class="menu-item"><a href="/contact/">اتصل بنا</a></li><li class="menu-item"><a href="/ads/">للإعلان</a></li></ul></div>
<div class="search-block"><form method="get" id="searchform-header" action="/"><button class="search-button" type="submit" value="بحث"><i class="fa fa-search"></i></button><input class="search-live" type="text" id="s-header" name="s" title="بحث" value="بحث" onfocus="if (this.value == 'بحث') {{this.value = '';}}" onblur="if (this.value == '') {{this.value = 'بحث';}}"  /></form></div>
<div class="social-icons"><a class="ttip-none" title="Rss" href="/feed/" target="_blank"><i class="fa fa-rss"></i></a><a class="ttip-none" title="Facebook" href="https://www.facebook.com/" target="_blank"><i class="fa fa-facebook"></i></a><a class="ttip-none" title="Twitter" href="https://twitter.com/" target="_blank"><i class="fa fa-twitter"></i></a><a class="ttip-none" title="Youtube" href="https://www.youtube.com/" target="_blank"><i class="fa fa-youtube"></i></a></div>
</div></div>
<div class="header-content">
<a id="slide-out-open" class="slide-out-open" href="#"><span></span></a>
<div class="logo" style=" margin-top:15px; margin-bottom:15px;"><h2><a title="{esc(site.name)}" href="/"><img src="/wp-content/uploads/2015/03/logo.png" alt="{esc(site.name)}"  /><strong>{esc(site.name)} أخبار اليمن والعالم</strong></a></h2></div>
<div class="e3lan e3lan-top"><a href="/go/top" title="" target="_blank"><img src="/wp-content/uploads/2015/07/banner-728.gif" alt="" /></a></div>
<div class="clear"></div>
</div>
<div class="ye-strip">{hd} {hm} {hy}هـ | الدولار: 214.9 ريال (رسمي) - 250 ريال (السوق الموازية) | صنعاء 26&deg; عدن 35&deg; تعز 29&deg; الحديدة 37&deg;</div>
<nav id="main-nav" class="fixed-enabled"><div class="container"><div class="main-menu"><ul id="menu-main" class="menu">{nav}</ul></div></div></nav>
</header>
<div class="clear"></div>
<div id="breaking-news" class="breaking-news">
<span class="breaking-news-title"><i class="fa fa-bolt"></i> <span>عاجل</span></span>
<ul>{ticker}</ul>
<script type="text/javascript">jQuery(document).ready(function(){{ createTicker(); }});</script>
</div>
<div id="main-content" class="container sidebar-left">
<div class="content">
<div xmlns:v="http://rdf.data-vocabulary.org/#"  id="crumbs"><span typeof="v:Breadcrumb"><a rel="v:url" property="v:title" class="crumbs-home" href="/"><i class="fa fa-home"></i>الرئيسية</a></span> <span class="delimiter">/</span> <span typeof="v:Breadcrumb"><a rel="v:url" property="v:title" href="/category/{sec_slug}/">{esc(sec)}</a></span> <span class="delimiter">/</span> <span class="current">{esc(a.title)}</span></div>
<div class="e3lan e3lan-post"><a href="/go/post" target="_blank"><img src="/wp-content/uploads/2015/07/banner-post.gif" alt="" /></a></div>
<article class="post-listing post-{a.n} post type-post status-publish format-standard has-post-thumbnail hentry category-{sec_slug}" id="the-post">
<div class="single-post-thumb"><img width="660" height="330" src="/wp-content/uploads/2015/08/{a.key}-660x330.jpg" class="attachment-slider wp-post-image" alt="{esc(short(a.title, 6))}" /></div>
<div class="single-post-caption">{esc(short(a.title, 8))} (أرشيفية)</div>
<div class="post-inner">
<h1 class="name post-title entry-title"><span itemprop="name">{esc(a.title)}</span></h1>
<p class="post-meta">
{author_meta}<span class="tie-date"><i class="fa fa-clock-o"></i>{sh_date(d)}</span>
<span class="post-cats"><i class="fa fa-folder"></i><a href="/category/{sec_slug}/" rel="category tag">{esc(sec)}</a></span>
<span class="post-comments"><i class="fa fa-comments"></i><a href="#comments">{comments_title}</a></span>
<span class="post-views"><i class="fa fa-eye"></i>{views:,} مشاهدة</span>
</p>
<div class="clear"></div>
<div class="entry">
{body}
</div>
<span style="display:none" class="updated">{d:%Y-%m-%d}</span>
<div class="share-post"><span class="share-text">شاركها</span>
<ul class="flat-social"><li><a href="http://www.facebook.com/sharer.php?u={esc(site.base)}/?p={a.n}" class="social-facebook" rel="external" target="_blank"><i class="fa fa-facebook"></i> <span>فيسبوك</span></a></li>
<li><a href="https://twitter.com/intent/tweet?text={slug(a.title, 5)}&amp;url={esc(site.base)}/?p={a.n}" class="social-twitter" rel="external" target="_blank"><i class="fa fa-twitter"></i> <span>تويتر</span></a></li>
<li><a href="https://plusone.google.com/_/+1/confirm?hl=en&amp;url={esc(site.base)}/?p={a.n}" class="social-google-plus" rel="external" target="_blank"><i class="fa fa-google-plus"></i> <span>جوجل +</span></a></li>
<li><a href="whatsapp://send?text={esc(site.base)}/?p={a.n}" class="social-whatsapp" rel="external"><i class="fa fa-whatsapp"></i> <span>واتساب</span></a></li></ul>
<div class="clear"></div></div>
<div class="clear"></div>
</div>
</article>
<p class="post-tag">الوسوم{tags}</p>
{author_box}
{pn}
<section id="related_posts">
<div class="block-head"><h3>مقالات ذات صلة</h3><div class="stripe-line"></div></div>
<div class="post-listing">{related}<div class="clear"></div></div>
</section>
<div id="comments">
<div id="comments-box"><div class="block-head"><h3 id="comments-title">{comments_title}</h3><div class="stripe-line"></div></div>
<div class="post-listing"><ol class="commentlist">{"".join(coms)}</ol></div></div>
<div class="clear"></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">اترك تعليقاً <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">إلغاء الرد</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span> الحقول الإلزامية مشار إليها بـ <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">التعليق</label> <textarea id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></p>
<p class="comment-form-author"><label for="author">الاسم <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" aria-required='true' /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /></p></form></div>
</div>
</div>
<aside id="sidebar"><div class="theiaStickySidebar">
<div class="widget" id="tabbed-widget"><div class="widget-container"><div class="widget-top"><ul class="tabs posts-taps"><li class="tabs"><a href="#tab1">الأكثر شعبية</a></li><li class="tabs"><a href="#tab2">الأحدث</a></li><li class="tabs"><a href="#tab3">تعليقات</a></li></ul></div>
<div id="tab1" class="tabs-wrap"><ul>{popular}</ul></div>
<div id="tab2" class="tabs-wrap"><ul>{recent}</ul></div>
<div id="tab3" class="tabs-wrap"><ul><li><a href="#">{esc(YE_COMMENTS[0][0])}</a>: {esc(YE_COMMENTS[0][1][:40])}...</li></ul></div></div></div>
<div id="ads300_250-widget-2" class="widget e3lan300_250-widget"><div class="e3lan-widget-content e3lan300-250"><div class="e3lan-cell"><a href="/go/side" target="_blank"><img src="/wp-content/uploads/2015/07/ad-300x250.gif" alt="" /></a></div></div></div>
<div id="posts-list-widget-3" class="widget posts-list"><div class="widget-top"><h4>كتابات</h4><div class="stripe-line"></div></div><div class="widget-container"><ul>{writers}</ul><div class="clear"></div></div></div>
<div id="facebook-widget-2" class="widget facebook-widget"><div class="widget-top"><h4>تابعنا على فيسبوك</h4><div class="stripe-line"></div></div><div class="widget-container"><div class="facebook-box"><iframe src="https://www.facebook.com/plugins/likebox.php?href=https://www.facebook.com/&amp;width=300&amp;height=250&amp;show_faces=true&amp;header=false&amp;stream=false&amp;show_border=false" scrolling="no" frameborder="0" style="border:none; overflow:hidden; width:300px; height:250px;" allowTransparency="true"></iframe></div></div></div>
</div></aside>
<div class="clear"></div>
</div>
<footer id="theme-footer">
<div id="footer-widget-area" class="footer-3c"><div id="footer-first" class="footer-widgets-box"><div id="text-2" class="footer-widget widget_text"><div class="footer-widget-top"><h4>عن الموقع</h4></div><div class="footer-widget-container"><div class="textwidget">{esc(site.name)} موقع إخباري يمني مستقل، يهتم بتقديم الخبر بمهنية وحياد، ويغطي الشأن اليمني والعربي والدولي على مدار الساعة.</div></div></div></div>
<div id="footer-second" class="footer-widgets-box"><div class="footer-widget posts-list"><div class="footer-widget-top"><h4>روابط</h4></div><div class="footer-widget-container"><ul><li><a href="/about/">من نحن</a></li><li><a href="/contact/">اتصل بنا</a></li><li><a href="/privacy/">سياسة الخصوصية</a></li></ul></div></div></div></div>
<div class="clear"></div>
</footer>
<div class="clear"></div>
<div class="footer-bottom"><div class="container"><div class="alignright">جميع الحقوق محفوظة لـ {esc(site.name)} &copy; 2015</div><div class="alignleft">صنعاء - الجمهورية اليمنية</div><div class="clear"></div></div></div>
</div>
</div>
</div>
<div id="topcontrol" class="fa fa-angle-up" title="إلى الأعلى"></div>
<div id="fb-root"></div>
<script type='text/javascript'>var tie = {{"mobile_menu_active":"true","mobile_menu_top":"","lightbox_all":"true","lightbox_gallery":"true","woocommerce_lightbox":"","lightbox_skin":"dark","lightbox_thumb":"vertical","lightbox_arrows":"","sticky_sidebar":"1","is_singular":"1","SmothScroll":"true","reading_indicator":"","lang_no_results":"لا يوجد نتائج","lang_results_found":"نتائج"}};</script>
<script type='text/javascript' src='/wp-content/themes/sahifa/js/tie-scripts.js'></script>
</body>
</html>"""
    return finish(out, page)


# --- b27_3: Joomla 4 core + Cassiopeia, Omani news site, Muscat (UTC+4) ---------------------

OM_NAV = ["الرئيسية", "محليات", "اقتصاد", "الخليج", "عربي ودولي", "رياضة", "ثقافة وفنون", "آراء", "منوعات", "اتصل بنا"]
OM_SECTIONS = ["الخليج", "عربي ودولي", "اقتصاد", "الخليج", "رياضة", "منوعات"]
OM_PHOTOGRAPHERS = ["سالم الراشدي", "محمد البوسعيدي", "خالد المعولي", "حمد الشكيلي"]
OM_COMMENTS = [
    ("سالم البلوشي", "خبر جميل، الله يوفق الجميع لما فيه الخير."),
    ("أحمد الحارثي", "شكراً على التغطية المميزة، ننتظر المزيد من التفاصيل."),
    ("مواطن من صحار", "نتمنى أن نرى مثل هذه المبادرات عندنا في السلطنة أيضاً."),
    ("خالد الكندي", "متابع للموقع يومياً، استمروا في هذا العمل الرائع."),
    ("أم سعيد", "الله يحفظ عمان وجميع دول الخليج."),
    ("يوسف المعمري", "هل من تفاصيل إضافية حول الموضوع؟ الخبر مختصر جداً."),
]


def jm_date(d):
    return f"{d:%d} {LEV_MONTHS[d.month - 1]}/{MONTHS[d.month - 1]} {d.year}"


def layout_b27_3(page):
    """Joomla 4 com_content article in Cassiopeia on an Omani site: dl.article-info with «كتب
    بواسطة:» + span[itemprop=name], the Muscat day in <time datetime="…+04:00">, JComments."""
    a, site = page.article, page.site
    d = a.published
    loc = shift(d, 1)  # Muscat, UTC+4
    mod = d + dt.timedelta(minutes=num(a, "mod", 20, 600))
    mloc = shift(mod, 1)
    sec = pick(a, "sec", OM_SECTIONS)
    sec_slug = slug(sec, 2)
    catid = 8 + OM_SECTIONS.index(sec)
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    ra = page.others("read_also", 3)
    if ra:
        items = "".join(f'<li><a class="mod-articles-category-title " href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in ra)
        boxes.append((0 if len(blocks) < 4 else 1,
                      f'<div class="moduletable inarticle-related"><h3>اقرأ أيضاً</h3><ul class="mod-articlescategory category-module mod-list">{items}</ul></div>'))
    bid = num(a, "bid", 2, 19)
    boxes.append((ratio_at(blocks, 0.5) if len(blocks) > 3 else 99,
                  f'<div class="mod-banners bannergroup"><div class="mod-banners__item banneritem"><a href="/component/banners/click/{bid}" target="_blank" rel="noopener noreferrer" title="إعلان">'
                  f'<img src="/images/banners/banner-{bid}.jpg" alt="إعلان" width="728" height="90"></a></div><div class="mod-banners__footer bannerfooter">إعلان</div></div>'))
    if len(blocks) > 2:
        boxes.append((ratio_at(blocks, 0.75),
                      f'<figure class="image"><img src="/images/2015/08/{a.key}-2.jpg" alt="" width="640" height="400"><figcaption>{esc(short(a.title, 7))} (تصوير: {pick(a, "ph", OM_PHOTOGRAPHERS)})</figcaption></figure>'))
    body = weave(blocks, boxes)
    createdby = ""
    meta_author = ""
    if a.author:
        createdby = (f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">\n'
                     f'<span class="icon-user icon-fw" aria-hidden="true"></span>\nكتب بواسطة: <span itemprop="name">{esc(a.author)}</span>\t</dd>\n')
        meta_author = f'<meta name="author" content="{esc(a.author)}">\n'
    hits = num(a, "hits", 30, 6000)
    hd, hm, hy = hijri(loc)
    nav = "".join(f'<li class="nav-item item-{101 + i}{" default" if i == 0 else ""}{" current active" if n == sec else ""}"><a href="/{"" if i == 0 else slug(n, 2)}">{n}</a></li>'
                  for i, n in enumerate(OM_NAV))
    ticker = "".join(f'<li><span class="ticker-time">{shift(o.published, 1):%H:%M}</span> <a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                     for o in page.others("ticker", 6))
    mostread = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(page.url_of(o))}" itemprop="url"><span itemprop="name">{esc(o.title)}</span></a></li>'
                       for o in page.others("popular", 5))
    latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(page.url_of(o))}" itemprop="url"><span itemprop="name">{esc(o.title)}</span></a>'
                     f' <small class="mod-articles-latest-date">{jm_date(shift(o.published, 1))}</small></li>'
                     for o in page.others("latest", 5))
    relitems = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("similar", 5))
    tags = "".join(f'<li class="list-inline-item tag-{20 + i} tag-list{i}" itemprop="keywords"><a href="/component/tags/tag/{esc(t)}" class="btn btn-sm btn-info">{esc(t)}</a></li>'
                   for i, t in enumerate(L.tags_for(a)[:4]))
    prev_next = page.others("prevnext", 2)
    pn = ""
    if len(prev_next) == 2:
        pn = (f'<nav class="pagenavigation" aria-label="التنقل بين الصفحات"><span class="pagination ms-0">'
              f'<a class="btn btn-sm btn-secondary previous" href="{esc(page.url_of(prev_next[0]))}" rel="prev"><span class="visually-hidden">المقال السابق: {esc(prev_next[0].title)}</span>'
              f'<span class="icon-chevron-right" aria-hidden="true"></span> <span aria-hidden="true">السابق</span></a>'
              f'<a class="btn btn-sm btn-secondary next" href="{esc(page.url_of(prev_next[1]))}" rel="next"><span class="visually-hidden">المقال التالي: {esc(prev_next[1].title)}</span>'
              f'<span aria-hidden="true">التالي</span> <span class="icon-chevron-left" aria-hidden="true"></span></a></span></nav>')
    ncom = num(a, "nc", 0, 5)
    coms = []
    for j in range(ncom):
        nm, tx = OM_COMMENTS[(num(a, "cu", 0, 5) + j) % len(OM_COMMENTS)]
        ct = shift(d + dt.timedelta(minutes=num(a, f"c{j}", 10, 120) + 63 * j), 1)
        cid = num(a, f"cid{j}", 1000, 9999)
        coms.append(f'<div class="{"odd" if j % 2 else "even"}" id="comment-item-{cid}"><div class="rbox"><div class="comment-box usertype-guest">'
                    f'<span class="comments-vote"><span id="comment-vote-holder-{cid}"><a href="#" class="vote-good" title="جيد!"></a><a href="#" class="vote-poor" title="سيء!"></a>'
                    f'<span class="vote-none">{num(a, f"v{j}", 0, 14)}</span></span></span>'
                    f'<a class="comment-anchor" href="#comment-{cid}" id="comment-{cid}">#{j + 1}</a> <span class="comment-author">{esc(nm)}</span> '
                    f'<span class="comment-date">{ct:%d.%m.%Y %H:%M}</span><div class="comment-body" id="comment-body-{cid}">{esc(tx)}</div>'
                    f'<span class="comments-buttons"><a href="#" onclick="jcomments.quoteComment({cid}); return false;">اقتباس</a> | <a href="#" onclick="jcomments.reply({cid}); return false;">رد</a></span></div></div></div>')
    out = f"""<!DOCTYPE html>
<html lang="ar-aa" dir="rtl">
<head>
<meta charset="{site.encoding}">
{meta_author}<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(a.title)} - {esc(site.name)}</title>
<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
<link href="/media/system/css/joomla-fontawesome.min.css?4.3.3" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?4.3.3" rel="stylesheet"></noscript>
<link href="/media/templates/site/cassiopeia/css/template-rtl.min.css?4.3.3" rel="stylesheet">
<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
<link href="/components/com_jcomments/tpl/default/style.css?v=3002" rel="stylesheet">
<style>:root {{ --hue: 214; --template-bg-light: #f0f4fb; --template-text-dark: #495057; --template-special-color: #001B4C; }}</style>
<script type="application/json" class="joomla-script-options new">{{"csrf.token":"{hashlib.md5((a.key + 'csrf').encode()).hexdigest()}","system.paths":{{"root":"","rootFull":"{site.base}\\/","base":"","baseFull":"{site.base}\\/"}},"joomla.jtext":{{"ERROR":"خطأ","MESSAGE":"رسالة","NOTICE":"تنبيه","WARNING":"تحذير","JCLOSE":"إغلاق","JOK":"موافق","JOPEN":"فتح"}}}}</script>
<script src="/media/system/js/core.min.js?576eb51da909dcf692c98643faa6fc89629ead18"></script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4.3.3" defer></script>
<script src="/components/com_jcomments/js/jcomments-v2.3.js?v=12"></script>
<link rel="canonical" href="{esc(page.canonical)}">
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-{105 + catid} has-sidebar-right">
<header class="header container-header full-width">
<div class="container-topbar">
<div class="mod-custom custom banner-overlay" id="mod-custom91"><p><span class="om-date">{WEEKDAYS[loc.weekday()]} {loc.day} {MONTHS[loc.month - 1]} {loc.year}م - {hd} {hm} {hy}هـ</span> | <span class="om-weather">مسقط 38&deg; - صلالة 26&deg; (موسم الخريف)</span> | <span class="om-oil">نفط عُمان: 52.30 دولار للبرميل</span></p></div>
</div>
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo.png" alt="{esc(site.name)}" width="260" height="70"></a>
<div class="site-description">أخبار السلطنة والخليج والعالم</div></div></div>
<div class="grid-child container-nav">
<nav class="navbar navbar-expand-lg" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="تبديل التصفح"><span class="icon-menu" aria-hidden="true"></span></button>
<div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">{nav}</ul></div></nav>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/component/finder/search?Itemid=101" method="get" role="search"><label for="mod-finder-searchword93" class="visually-hidden finder">بحث</label><input type="text" name="q" id="mod-finder-searchword93" class="js-finder-search-query form-control" value="" placeholder="بحث ..."><input type="hidden" name="Itemid" value="101"></form></div>
</div>
</header>
<div class="site-grid">
<div class="container-banner full-width"><div class="moduletable breaking"><h3>عاجل</h3><ul class="breaking-list">{ticker}</ul></div></div>
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__here float-start">أنت هنا: &#160;</li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">الرئيسية</span></a><meta itemprop="position" content="1"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/{sec_slug}" class="pathway"><span itemprop="name">{esc(sec)}</span></a><meta itemprop="position" content="2"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">{esc(a.title)}</span><meta itemprop="position" content="3"></li>
</ol></nav>
<div id="system-message-container" aria-live="polite"></div>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="ar-AA">
<div class="page-header">
<h1 itemprop="headline">
{esc(a.title)}    </h1>
</div>
<dl class="article-info text-muted">
<dt class="article-info-term">
التفاصيل    </dt>
{createdby}<dd class="category-name">
<span class="icon-folder-open icon-fw" aria-hidden="true"></span>                        الفئة: <a href="/{sec_slug}" itemprop="genre">{esc(sec)}</a>    </dd>
<dd class="published">
<span class="icon-calendar icon-fw" aria-hidden="true"></span>
<time datetime="{iso_off(d, 4)}" itemprop="datePublished">
نشر بتاريخ: {jm_date(loc)}    </time>
</dd>
<dd class="modified">
<span class="icon-calendar icon-fw" aria-hidden="true"></span>
<time datetime="{iso_off(mod, 4)}" itemprop="dateModified">
آخر تحديث: {jm_date(mloc)}    </time>
</dd>
<dd class="hits">
<span class="icon-eye icon-fw" aria-hidden="true"></span>
<meta itemprop="interactionCount" content="UserPageVisits:{hits}">
الزيارات: {hits}    </dd>
</dl>
<figure class="left item-image">
<img src="/images/2015/08/{a.key}.jpg" itemprop="image" width="800" height="450" loading="lazy">
<figcaption class="caption">{esc(short(a.title, 8))}</figcaption>
</figure>
<div itemprop="articleBody" class="com-content-article__body">
{body}
</div>
<ul class="tags list-inline">{tags}</ul>
<div class="social-share-buttons"><span>شارك:</span> <a class="ssb-facebook" href="https://www.facebook.com/sharer/sharer.php?u={esc(page.canonical)}" rel="nofollow">فيسبوك</a> <a class="ssb-twitter" href="https://twitter.com/intent/tweet?url={esc(page.canonical)}" rel="nofollow">تويتر</a> <a class="ssb-whatsapp" href="whatsapp://send?text={esc(page.canonical)}">واتساب</a> <a class="ssb-print" href="?tmpl=component&amp;print=1" rel="nofollow">طباعة</a></div>
{pn}
</div>
</main>
<div class="moduletable related"><h3>مقالات ذات صلة</h3><ul class="mod-relateditems relateditems mod-list">{relitems}</ul></div>
<script>if (typeof jcomments != 'undefined') {{ var jcomments = new JComments({a.n}, 'com_content', '/component/jcomments/'); jcomments.setList('comments-list'); }}</script>
<div id="jc">
<div id="comments"><h4>التعليقات ({ncom})</h4>
<div class="comments-list" id="comments-list-0">{"".join(coms) or '<p class="jcomments-empty">لا توجد تعليقات بعد، كن أول من يعلق.</p>'}</div></div>
<a id="addcomments" href="#addcomments"></a>
<form id="comments-form" name="comments-form" action="javascript:void(null);"><h4>أضف تعليق</h4>
<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1"><label for="comments-form-name">الاسم (مطلوب)</label></span></p>
<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2"><label for="comments-form-email">البريد الإلكتروني</label></span></p>
<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>
<div id="comments-form-buttons"><div class="btn-left"><div class="btn-right"><a href="#" id="comments-form-send" onclick="jcomments.saveComment();return false;" tabindex="7" title="إرسال (Ctrl+Enter)">إرسال</a></div></div></div></form>
<div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments" target="_blank">JComments</a></div>
</div>
</div>
<div class="grid-child container-sidebar-right">
<div class="sidebar-right card "><h3 class="card-header ">الأكثر قراءة</h3><div class="card-body"><ul class="mostread mod-list">{mostread}</ul></div></div>
<div class="sidebar-right card "><h3 class="card-header ">آخر الأخبار</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div>
<div class="sidebar-right card "><h3 class="card-header ">مواقيت الصلاة - مسقط</h3><div class="card-body"><ul class="prayer"><li>الفجر 4:18</li><li>الشروق 5:38</li><li>الظهر 12:12</li><li>العصر 3:38</li><li>المغرب 6:45</li><li>العشاء 8:02</li></ul></div></div>
<div class="sidebar-right card "><h3 class="card-header ">أسعار العملات</h3><div class="card-body"><table class="rates"><tr><td>الدولار الأمريكي</td><td>0.385 ر.ع</td></tr><tr><td>اليورو</td><td>0.423 ر.ع</td></tr><tr><td>الريال السعودي</td><td>0.103 ر.ع</td></tr><tr><td>الدرهم الإماراتي</td><td>0.105 ر.ع</td></tr></table></div></div>
</div>
</div>
<footer class="container-footer footer full-width">
<div class="grid-child">
<div class="mod-custom custom" id="mod-custom95"><p>{esc(site.name)} - مسقط، سلطنة عُمان، ص.ب 974 الرمز البريدي 112 روي - هاتف: 24649200 968+</p></div>
<div class="mod-footer"><div class="footer1">حقوق الطبع والنشر &#169; 2015 {esc(site.name)}. جميع الحقوق محفوظة.</div></div>
<ul class="mod-menu mod-list nav menu-footer"><li class="nav-item"><a href="/about">من نحن</a></li><li class="nav-item"><a href="/privacy">سياسة الخصوصية</a></li><li class="nav-item"><a href="/advertise">أعلن معنا</a></li></ul>
</div>
</footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="عودة للأعلى"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body>
</html>"""
    return finish(out, page)


# --- b27_4: Substack newsletter post, UTC ---------------------------------------------------

SS_COMMENTERS = [
    ("Faisal A.", "شكراً على هذا الملخص المفيد، أتابع النشرة كل صباح."),
    ("نورة", "أتمنى لو كان هناك رابط للمصدر الأصلي في نهاية كل خبر."),
    ("Omar Al-Harbi", "تحليل ممتاز ومختصر، بانتظار العدد القادم."),
    ("سارة م.", "هل يمكن تخصيص عدد كامل لهذا الموضوع؟ يستحق التوسع."),
    ("Khalid", "Great summary, thanks for putting this together!"),
    ("عبدالرحمن الشهري", "أفضل نشرة عربية أقرأها حالياً، استمروا."),
]


def ss_date(d):
    """English Substack date of a naive Riyadh time, in UTC."""
    t = shift(d, -3)
    return f"{EN_MONTHS[t.month - 1]} {t.day}, {t.year}"


def ss_cls(a, name):
    return f"{name}-{hashlib.md5((name + 'ss').encode()).hexdigest()[:6]}"


def layout_b27_4(page):
    """Substack post: English chrome, the name alone in a byline link, the UTC day in English
    («Aug 9, 2015»); the minute only in JSON-LD (+00:00) and window._preloads (Z)."""
    a, site = page.article, page.site
    d = a.published
    pub = f"نشرة {site.short} الصباحية"
    sub = site.id.replace("3", "three")
    handle = f"{sub}{num(a, 'hd', 10, 99)}" if a.author else ""
    paras = L.paragraphs(a.text)
    blocks = [f"<p>{esc(p)}</p>" for p in paras]
    boxes = []
    subscribe = (f'<div class="subscription-widget-wrap-editor" data-attrs="{{&quot;url&quot;:&quot;https://{sub}.substack.com/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;,&quot;language&quot;:&quot;en&quot;}}" data-component-name="SubscribeWidgetToDOM">'
                 f'<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading {esc(pub)}! Subscribe for free to receive new posts and support my work.</p></div>'
                 f'<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe">'
                 f'<div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>')
    boxes.append((0, subscribe))
    if num(a, "img", 0, 1) and len(blocks) > 1:
        boxes.append((ratio_at(blocks, 0.34),
                      f'<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.com/image/fetch/f_auto,q_auto:good/{a.key}.jpeg" data-component-name="Image2ToDOM">'
                      f'<div class="image2-inset"><picture><img src="https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto,q_auto:good/{a.key}.jpeg" width="1456" height="819" alt="" loading="lazy" class="sizing-normal"></picture></div></a>'
                      f'<figcaption class="image-caption">{esc(short(a.title, 8))} (Getty Images)</figcaption></figure></div>'))
    quote = a_sentence(a, "pq")
    if quote and len(blocks) > 4:
        boxes.append((ratio_at(blocks, 0.6), f'<div class="pullquote"><p>{esc(quote)}</p></div>'))
    boxes.append((ratio_at(blocks, 0.8) if len(blocks) > 3 else 99,
                  f'<p class="button-wrapper" data-attrs="{{&quot;url&quot;:&quot;https://{sub}.substack.com/p/{a.n}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;,&quot;text&quot;:&quot;Share&quot;}}" data-component-name="ButtonCreateButton">'
                  f'<a class="button primary" href="https://{sub}.substack.com/p/{a.n}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>'))
    emb = page.others("read_also", 1)
    if emb and len(blocks) > 2:
        o = emb[0]
        boxes.append((99, f'<div class="embedded-post-wrap" data-attrs="{{&quot;id&quot;:{o.n}}}" data-component-name="EmbeddedPostToDOM"><a class="embedded-post" native="true" href="{esc(page.url_of(o))}">'
                          f'<div class="embedded-post-header"><img class="embedded-post-publication-logo" src="https://substackcdn.com/image/fetch/w_56,c_limit/{sub}-logo.png" loading="lazy"><span class="embedded-post-publication-name">{esc(pub)}</span></div>'
                          f'<div class="embedded-post-title-wrapper"><div class="embedded-post-title">{esc(o.title)}</div></div>'
                          f'<div class="embedded-post-body">{esc(short(o.text, 22))}</div><div class="embedded-post-cta-wrapper"><span class="embedded-post-cta">Read more</span></div>'
                          f'<div class="embedded-post-meta">{ss_date(o.published)} · {num(o, "lk", 1, 60)} likes</div></a></div>'))
    body = weave(blocks, boxes)
    subtitle = ""
    if num(a, "sub", 0, 3):
        subtitle = f'<h3 dir="auto" class="subtitle {ss_cls(a, "subtitle")}">{esc(lead_sentence(a.text))}</h3>'
    byline = ""
    if a.author:
        byline = (f'<div class="pencraft pc-display-flex pc-gap-8 pc-reset"><div class="profile-hover-card-target {ss_cls(a, "profileHoverCardTarget")}">'
                  f'<a href="https://substack.com/@{handle}" class="pencraft pc-reset {ss_cls(a, "link")}"><div class="pencraft pc-display-flex pc-width-32 pc-height-32 pc-justifyContent-center pc-alignItems-center pc-position-relative pc-reset bg-secondary-themed flex-auto-j3S2WA animate-XFJxE4" style="--scale:32px;">'
                  f'<img src="https://substackcdn.com/image/fetch/w_64,h_64,c_fill/{hashlib.md5(a.author.encode()).hexdigest()}.jpg" width="32" height="32" alt="" class="img-OACg1c"></div></a></div></div>'
                  f'<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset"><div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">'
                  f'<span class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ"><div class="profile-hover-card-target {ss_cls(a, "profileHoverCardTarget")}"><a href="https://substack.com/@{handle}" class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ">{esc(a.author)}</a></div></span></div>')
    else:
        byline = '<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset">'
    date_row = (f'<div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">{ss_date(d)}</div></div></div>')
    likes = num(a, "lk", 0, 140)
    ncom = num(a, "nc", 0, 4)
    restacks = num(a, "rs", 0, 12)
    ufi = (f'<div class="post-ufi style-compressed themed"><div class="like-button-container post-ufi-button style-compressed"><button class="post-ufi-button style-compressed has-label with-border"><svg role="img" width="20" height="20" viewBox="0 0 24 24"><g><title></title><path d="M20.84 4.61a5.5 5.5 0 0 0-7.78 0L12 5.67"></path></g></svg><div class="label">{likes}</div></button></div>'
           f'<a role="button" href="#comments" class="post-ufi-button style-compressed has-label with-border"><svg role="img" width="20" height="20" viewBox="0 0 24 24"><g><title></title><path d="M21 11.5a8.38 8.38 0 0 1-.9 3.8"></path></g></svg><div class="label">{ncom}</div></a>'
           f'<a role="button" class="post-ufi-button style-compressed has-label with-border"><div class="label">{restacks}</div></a>'
           f'<div class="post-ufi-button style-compressed no-label with-border"><div class="label">Share</div></div></div>')
    coms = []
    for j in range(ncom):
        nm, tx = SS_COMMENTERS[(num(a, "cu", 0, 5) + j) % len(SS_COMMENTERS)]
        ct = d + dt.timedelta(minutes=num(a, f"c{j}", 30, 900) + 120 * j)
        coms.append(f'<div class="comment" data-test-id="comment-{j}"><div class="comment-content"><div class="comment-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@reader{num(a, f"r{j}", 100, 999)}" class="commenter-name">{esc(nm)}</a></div>'
                    f'<a class="comment-timestamp" href="#comment-{num(a, f"cid{j}", 10**7, 10**8 - 1)}" title="{ss_date(ct)}">{ss_date(ct)}</a></div>'
                    f'<div class="comment-body"><p dir="auto">{esc(tx)}</p></div>'
                    f'<div class="comment-actions"><button class="like-button">♡ {num(a, f"cl{j}", 0, 9) or ""}</button><button>Reply</button><button>Share</button></div></div></div>')
    more = "".join(f'<div class="post-preview portable-archive-post" data-testid="post-preview"><a class="pencraft pc-reset color-pub-primary-text-NyXPlw font-pub-headings-FE5byy" href="{esc(page.url_of(o))}" data-testid="post-preview-title">{esc(o.title)}</a>'
                   f'<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">{esc(short(o.text, 14))}</div>'
                   f'<div class="pencraft pc-reset meta-EgzBVA"><time datetime="{iso_z(o.published, 0)}">{ss_date(o.published)}</time></div></div>'
                   for o in page.others("similar", 5))
    title_tag = f"{a.title} - by {a.author} - {pub}" if a.author else f"{a.title} - {pub}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": page.canonical,
          "mainEntityOfPage": page.canonical, "headline": a.title, "description": lead_sentence(a.text),
          "image": [{"@type": "ImageObject", "url": f"https://substackcdn.com/image/fetch/w_1200,h_600,c_fill/{a.key}.jpeg"}],
          "datePublished": iso_off(d, 0), "dateModified": iso_off(d, 0), "isAccessibleForFree": True,
          "publisher": {"@type": "Organization", "name": pub, "url": f"https://{sub}.substack.com",
                        "description": f"موجز يومي لأهم أخبار السعودية والخليج من فريق {site.short}",
                        "identifier": f"pub:{snum(site, 'pub', 100000, 999999)}",
                        "logo": {"@type": "ImageObject", "url": f"https://substackcdn.com/image/fetch/w_500/{sub}-logo.png"}}}
    if a.author:
        ld["author"] = [{"@type": "Person", "name": a.author, "url": f"https://substack.com/@{handle}",
                         "identifier": f"user:{num(a, 'uid', 10**6, 10**8)}"}]
    ms = num(a, "ms", 0, 999)
    preload = {"isEU": False, "language": "en", "base_url": f"https://{sub}.substack.com",
               "pub": {"id": snum(site, "pub", 100000, 999999), "name": pub, "subdomain": sub, "language": "ar",
                       "author_name": None, "theme_var_background_pop": "#FF6719"},
               "post": {"id": a.n * 1000 + num(a, "pid", 0, 999), "publication_id": snum(site, "pub", 100000, 999999),
                        "title": a.title, "social_title": a.title, "search_engine_title": None,
                        "type": "newsletter", "slug": f"{a.n}", "post_date": iso_z(d, ms), "audience": "everyone",
                        "canonical_url": page.canonical, "reactions": {"❤": likes}, "subtitle": lead_sentence(a.text),
                        "write_comment_permissions": "everyone", "restacks": restacks, "comment_count": ncom,
                        "publishedBylines": ([{"id": num(a, "uid", 10**6, 10**8), "name": a.author, "handle": handle,
                                                "is_guest": True, "bestseller_tier": None}] if a.author else []),
                        "body_html": "".join(f"<p>{esc(p)}</p>" for p in paras),
                        "truncated_body_text": short(a.text, 40), "wordcount": len(a.text.split())},
               "canonicalUrl": page.canonical, "features": {}, "browser": {"name": "Chrome", "version": "114.0.0.0"}}
    preload_js = json.dumps(json.dumps(preload, ensure_ascii=False), ensure_ascii=False).replace("</", "<\\/")
    nav = "".join(f'<a class="pencraft pc-reset nav-link" href="{h}">{t}</a>' for t, h in
                  [("Home", "/"), ("Notes", "/notes"), ("السعودية", "/s/saudi"), ("الخليج", "/s/gulf"), ("Archive", "/archive"), ("About", "/about")])
    out = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<meta name="norton-safeweb-site-verification" content="24usqpep0ejc5w6hod3dulxwciwp0djs6c6ufp96av3t4whuxovj72wfkdjxu82yacb7430qjm8adbd5ezlt4592dq4zrvadcn9j9n-0btgdzpiojfzno16-fnsnu7xd">
<title>{esc(title_tag)}</title>
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta name="twitter:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(lead_sentence(a.text))}">
<meta name="description" content="{esc(lead_sentence(a.text))}">
<meta property="og:image" content="https://substackcdn.com/image/fetch/w_1200,h_600,c_fill/{a.key}.jpeg">
<meta name="twitter:card" content="summary_large_image">
{f'<meta name="author" content="{esc(a.author)}">' if a.author else ''}
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="alternate" type="application/rss+xml" href="https://{sub}.substack.com/feed" title="{esc(pub)}">
<link rel="preconnect" href="https://substackcdn.com">
<link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/theme/main.css">
<link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/assets/entry-2b6a2c3e.css">
<style>:root{{--web_bg_color:#ffffff;--background_pop:#FF6719;--color_theme_bg_pop:#FF6719;--print_on_pop:#ffffff;}}</style>
{ldjson(ld)}
</head>
<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu-content">
<div class="topbar-content"><div class="pencraft pc-display-flex pc-alignItems-center pc-reset">
<a href="/" class="navbar-logo-container"><img src="https://substackcdn.com/image/fetch/w_80,h_80,c_fill/{sub}-logo.png" width="40" height="40" alt="" class="navbar-logo"></a>
<h1 class="navbar-title"><a class="navbar-title-link" href="/">{esc(pub)}</a></h1>
<div class="navbar-buttons"><button tabindex="0" type="button" class="pencraft pc-reset pencraft buttonBase-GK1x3M buttonStyle-r7yGCK priority_primary-RfbeYt size_sm-G3LciD">Subscribe</button>
<button tabindex="0" type="button" class="pencraft pc-reset pencraft buttonBase-GK1x3M buttonStyle-r7yGCK priority_tertiary-rlke8z size_sm-G3LciD">Sign in</button></div>
</div>
<div class="pencraft pc-display-flex pc-gap-16 pc-reset nav-menu" role="navigation">{nav}</div>
</div>
</div>
<div class="container"><div class="single-post-container"><div class="container"><div class="single-post">
<article class="typography newsletter-post post">
<div role="region" aria-label="Post header" class="post-header">
<h1 dir="auto" class="post-title published title-X77sOw">{esc(a.title)}</h1>
{subtitle}
<div class="pencraft pc-display-flex pc-flexDirection-column pc-gap-16 pc-reset"><div class="pencraft pc-display-flex pc-alignItems-center pc-gap-12 pc-reset byline-wrapper byline-wrapper--swap-on-mobile-Cs2Jac">
{byline}
{date_row}
</div>
{ufi}
</div>
</div>
<div class="available-content"><div dir="auto" class="body markup">
{body}
</div></div>
<div class="visibility-check"></div>
<div class="post-footer use-separators">{ufi}</div>
</article>
<div class="single-post-section comments-section" id="comments"><div class="container">
<h4 class="comments-heading">Discussion about this post</h4>
<div class="pencraft pc-display-flex pc-reset tabs"><button class="tab active">Comments</button><button class="tab">Restacks</button></div>
<div class="comment-input"><div class="comment-input-placeholder">Write a comment...</div></div>
<div class="comment-list-container"><div class="comment-list">{"".join(coms)}</div></div>
</div></div>
<div class="single-post-section"><div class="container"><div class="post-end-cta-full"><h3>Ready for more?</h3>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…"><input type="submit" class="button primary" value="Subscribe"></form></div></div></div>
<div class="single-post-section more-from"><div class="container"><h4 class="more-from-heading">More from {esc(pub)}</h4>{more}</div></div>
</div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer themed-background"><div class="container">
<div class="footer-blurbs"><div class="footer-copyright-blurb">&copy; 2015 {esc(pub)}</div><div class="footer-terms-blurb"><a href="https://substack.com/privacy" target="_blank" rel="noopener">Privacy</a> ∙ <a href="https://substack.com/tos" target="_blank" rel="noopener">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected" target="_blank" rel="noopener">Collection notice</a></div></div>
<div class="footer-buttons"><a href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer" class="footer-substack-cta">Start Writing</a><a href="https://substack.com/app/app-store-redirect?utm_campaign=app-marketing&amp;utm_content=web-footer-button" class="footer-substack-cta">Get the app</a></div>
<div class="footer-slogan-blurb"><a href="https://substack.com" target="_blank">Substack</a> is the home for great culture</div>
</div></div></div>
</div></div>
<script>window._preloads = JSON.parse({preload_js})</script>
<script src="https://substackcdn.com/bundle/assets/entry-4c3b5a1d.js" type="module" charset="utf-8"></script>
</body>
</html>"""
    return finish(out, page)


# --- b27_5: Blogger with a modern (Median-UI-like) Arabic template, Morocco (UTC+1) ---------

MA_NAV = ["الرئيسية", "أخبار وطنية", "أخبار جهوية", "دولية", "اقتصاد", "رياضة", "مجتمع", "فن وثقافة", "رأي", "فيديو"]
MA_LABELS = ["أخبار دولية", "الخليج العربي", "اقتصاد", "رياضة", "أخبار دولية", "مجتمع"]
MA_COMMENTS = [
    ("يوسف المراكشي", "الله يعطيكم الصحة على هاد الأخبار، ديما فالمستوى."),
    ("سعيد من أكادير", "شكرا على المجهود، ديما سباقين للخبر."),
    ("غير معرف", "خبر مهم ولكن خاصكم تكتبو المصدر ديالو."),
    ("فاطمة الزهراء", "بغينا نعرفو التفاصيل أكثر على هاد الموضوع."),
    ("Hicham", "merci pour l'info, bon courage"),
    ("عبد الرحيم", "الله يحفظ بلادنا وجميع بلاد المسلمين."),
]


def bl_date(d):
    """Blogger's Arabic default date («أغسطس 09, 2015»)."""
    return f"{MONTHS[d.month - 1]} {d:%d}, {d.year}"


def bl_stamp(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year} في {h12(d)} {am_pm(d)}"


def layout_b27_5(page):
    """Median-UI-like Blogger template on a Moroccan news blog: the name alone in <bdi class='nm'>,
    the date only in a data-text attribute, the minute in <time datetime> and JSON-LD (+01:00)."""
    a, site = page.article, page.site
    d = a.published
    loc = shift(d, -2)  # Casablanca, UTC+1 (DST) in August 2015
    blog_id = f"{snum(site, 'b1', 10**8, 10**9 - 1)}{snum(site, 'b2', 10**9, 10**10 - 1)}"
    post_id = f"{num(a, 'p1', 10**8, 10**9 - 1)}{num(a, 'p2', 10**9, 10**10 - 1)}"
    label = pick(a, "lab", MA_LABELS)
    labels = [label] + ([MA_LABELS[(MA_LABELS.index(label) + 2) % len(MA_LABELS)]] if num(a, "l2", 0, 1) else [])
    paras = L.paragraphs(a.text)
    blocks = []
    for i, p in enumerate(paras):
        if num(a, f"sp{i}", 0, 3) == 0:
            blocks.append(f'<p style="text-align: justify;"><span style="font-size: medium;">{esc(p)}</span></p>')
        else:
            blocks.append(f'<p style="text-align: justify;">{esc(p)}</p>')
    boxes = [(-1, f'<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/{a.key}/s1600/{a.n}.jpg" style="margin-left: 1em; margin-right: 1em;">'
                  f'<img border="0" data-original-height="450" data-original-width="800" height="360" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/{a.key}/w640-h360/{a.n}.jpg" width="640" /></a></div>')]
    boxes.append((ratio_at(blocks, 0.4) if len(blocks) > 2 else 99,
                  f"<div class='pAd'><ins class='adsbygoogle' data-ad-client='ca-pub-{snum(site, 'pub', 10**15, 10**16 - 1)}' data-ad-format='fluid' data-ad-layout='in-article' data-ad-slot='{num(a, 'slot', 10**9, 10**10 - 1)}' style='display:block; text-align:center;'></ins>"
                  "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>"))
    if num(a, "yt", 0, 2) == 0 and len(blocks) > 2:
        boxes.append((ratio_at(blocks, 0.7),
                      f'<div class="separator" style="clear: both; text-align: center;"><iframe allowfullscreen="" class="BLOG_video_class" height="360" src="https://www.youtube.com/embed/{a.key[1:12]}" width="640" youtube-src-id="{a.key[1:12]}"></iframe></div>'))
    boxes.append((99, f'<div class="note">تابعوا آخر الأخبار عبر قناة {esc(site.short)} على واتساب وتيليغرام، ولا تنسوا الاشتراك في صفحتنا على فيسبوك.</div>'))
    # the separator picture goes before the first paragraph
    body = boxes[0][1] + "\n" + weave(blocks, boxes[1:])
    author_info = ""
    author_box = ""
    if a.author:
        author_info = (f"<div class='pIm'><div class='im lazy' data-style='background-image: url(https://blogger.googleusercontent.com/img/b/R29vZ2xl/avatar-{num(a, 'av', 100, 999)}/s72-c/avatar.png)'></div></div>"
                       f"<div class='pNm'><a class='g-profile' href='https://www.blogger.com/profile/{num(a, 'prof', 10**9, 10**10 - 1)}{num(a, 'prof2', 10**9, 10**10 - 1)}' rel='author' title='author profile'><bdi class='nm'>{esc(a.author)}</bdi></a></div>")
        author_box = (f"<div class='admPs'><div class='admIm'><div class='im lazy' data-style='background-image: url(https://blogger.googleusercontent.com/img/b/R29vZ2xl/avatar-{num(a, 'av', 100, 999)}/s72-c/avatar.png)'></div></div>"
                      f"<div class='admI'><bdi class='admN' data-text='عن الكاتب'></bdi><div class='admA'>{esc(a.author)}</div>"
                      f"<div class='admD'>محرر في {esc(site.name)}</div></div></div>")
    rt = reading_minutes(a)
    ncom = num(a, "nc", 0, 4)
    coms = []
    for j in range(ncom):
        nm, tx = MA_COMMENTS[(num(a, "cu", 0, 5) + j) % len(MA_COMMENTS)]
        ct = shift(d + dt.timedelta(minutes=num(a, f"c{j}", 12, 150) + 57 * j), -2)
        cid = f"{num(a, f'cid{j}', 10**8, 10**9 - 1)}{num(a, f'cid2{j}', 10**9, 10**10 - 1)}"
        anon = nm == "غير معرف"
        who = f"<cite class='user'>{esc(nm)}</cite>" if anon else f"<cite class='user'><a href='https://www.blogger.com/profile/{cid[:20]}' rel='nofollow'>{esc(nm)}</a></cite>"
        coms.append(f"<li class='comment' id='c{cid}'><div class='avatar-image-container'><img src='//resources.blogblog.com/img/blank.gif' width='35' height='35'/></div>"
                    f"<div class='comment-block'><div class='comment-header'>{who}<span class='icon user'></span>"
                    f"<span class='datetime secondary-text'><a rel='nofollow' href='?showComment={num(a, f'ts{j}', 10**12, 10**13 - 1)}#c{cid}'>{bl_stamp(ct)}</a></span></div>"
                    f"<p class='comment-content'>{esc(tx)}</p><span class='comment-actions secondary-text'><a class='comment-reply' data-comment-id='{cid}' target='_self'>رد</a></span></div>"
                    f"<div class='comment-replies'></div><div class='comment-replybox-single' id='c{cid}-ce'></div></li>")
    popular = "".join(f"<div class='itm'><div class='iThmb pThmb'><a class='thmb' href='{esc(page.url_of(o))}'><img class='imgThm lazy' data-src='https://blogger.googleusercontent.com/img/b/R29vZ2xl/{o.key}/w240-h160-c/{o.n}.jpg' alt=''/></a></div>"
                      f"<div class='iCtnt'><div class='iInr'><h3 class='iTtl aTtl'><a href='{esc(page.url_of(o))}'>{esc(o.title)}</a></h3><div class='pSnpt'>{esc(L.first_sentence(o.text))}</div></div></div></div>"
                      for o in page.others("popular", 5))
    label_cloud = "".join(f"<li><a class='lbN' href='/search/label/{slug(n, 3)}'><span class='lbT'>{n}</span><span class='lbC' data-count='({snum(site, n, 40, 2400)})'></span></a></li>"
                          for n in MA_NAV[1:9])
    nav = "".join(f"<li><a href='{'/' if i == 0 else '/search/label/' + slug(n, 3)}'>{n}</a></li>" for i, n in enumerate(MA_NAV))
    prev_next = page.others("prevnext", 2)
    pager = ""
    if len(prev_next) == 2:
        pager = (f"<div class='blPg nPst' id='blog-pager'><a class='blPgNewer newerLink' href='{esc(page.url_of(prev_next[0]))}' id='Blog1_blog-pager-newer-link' title='رسالة أحدث'><span data-text='رسالة أحدث'></span></a>"
                 f"<a class='blPgOlder olderLink' href='{esc(page.url_of(prev_next[1]))}' id='Blog1_blog-pager-older-link' title='رسالة أقدم'><span data-text='رسالة أقدم'></span></a></div>")
    labels_html = "".join(f"<a aria-label='{n}' data-text='{n}' href='/search/label/{slug(n, 3)}' rel='tag'></a>" for n in labels)
    ld = {"@context": "http://schema.org", "@type": "BlogPosting",
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical}, "headline": a.title,
          "description": L.first_sentence(a.text), "datePublished": iso_off(d, 1), "dateModified": iso_off(d + dt.timedelta(minutes=num(a, "mod", 1, 40)), 1),
          "image": {"@type": "ImageObject", "url": f"https://blogger.googleusercontent.com/img/b/R29vZ2xl/{a.key}/w1200-h630-p-k-no-nu/{a.n}.jpg", "height": 630, "width": 1200},
          "publisher": {"@type": "Organization", "name": "Blogger",
                        "logo": {"@type": "ImageObject", "url": "https://blogger.googleusercontent.com/img/b/U2hvZWJveA/AVvXsEgfMvYAhAbdHksiBA24JKmb2Tav6K0GviwztID3Cq4VpV96HaJfy0viIu8z1SSw_G9n5FQHZWSRao61M3e58ImahqBtr7LiOUS6m_w59IvDYwjmMcbq3fKW4JSbacqkbxTo8B90dWp0Cese92xfLMPe_tg11g/h60/", "width": 206, "height": 60}},
          }
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    ld_html = "<script type='application/ld+json'>" + json.dumps(ld, ensure_ascii=False, indent=1).replace("</", "<\\/") + "</script>"
    widget_ctx = ("_WidgetManager._Init('//www.blogger.com/rearrange?blogID=" + blog_id + "', '//" + site.id + ".blogspot.com/2015/08/" + str(a.n) + ".html','" + blog_id + "');\n"
                  "_WidgetManager._SetDataContext([{'name': 'blog', 'data': {'blogId': '" + blog_id + "', 'title': " + json.dumps(site.name, ensure_ascii=False).replace('"', "'") +
                  ", 'url': '" + page.canonical + "', 'canonicalUrl': '" + page.canonical + "', 'homepageUrl': '" + site.base + "/', 'bloggerUrl': 'https://www.blogger.com', 'hasCustomDomain': true, 'httpsEnabled': true, "
                  "'enabledCommentProfileImages': true, 'adultContent': false, 'encoding': 'UTF-8', 'locale': 'ar', 'localeUnderscoreDelimited': 'ar', 'languageDirection': 'rtl', 'isPrivate': false, 'isMobile': false, "
                  "'adsenseHasAds': true, 'view': '', 'template': {'name': 'custom', 'localizedName': '\\u0645\\u062e\\u0635\\u0635', 'isResponsive': true, 'isAlternateRendering': false, 'isCustom': true}, "
                  "'postId': '" + post_id + "', 'type': 'item', 'isSingleItem': true, 'isPost': true, 'isHomepage': false, 'pageName': " + json.dumps(a.title, ensure_ascii=False).replace("'", "\\'").replace('"', "'") +
                  ", 'pageTitle': " + json.dumps(site.name + ": " + a.title, ensure_ascii=False).replace("'", "\\'").replace('"', "'") + "}}]);")
    out = f"""<!DOCTYPE html>
<html class='v2' dir='rtl' lang='ar' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=device-width, initial-scale=1, user-scalable=1, minimum-scale=1, maximum-scale=5' name='viewport'/>
<meta content='IE=edge' http-equiv='X-UA-Compatible'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{esc(site.base)}/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{esc(page.canonical)}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{esc(site.name)} - Atom" href="{esc(site.base)}/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="{esc(site.name)} - RSS" href="{esc(site.base)}/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="{esc(site.name)} - Atom" href="https://www.blogger.com/feeds/{blog_id}/posts/default" />
<link rel="alternate" type="application/atom+xml" title="{esc(site.name)} - Atom" href="{esc(site.base)}/feeds/{post_id}/comments/default" />
<link rel="image_src" href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/{a.key}/s640/{a.n}.jpg" />
<meta content='{esc(page.canonical)}' property='og:url'/>
<meta content='{esc(a.title)}' property='og:title'/>
<meta content='{esc(L.first_sentence(a.text))}' property='og:description'/>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/{a.key}/w1200-h630-p-k-no-nu/{a.n}.jpg' property='og:image'/>
<title>{esc(a.title)}</title>
<meta content='{esc(site.name)}' property='og:site_name'/>
<meta content='article' property='og:type'/>
<meta content='summary_large_image' name='twitter:card'/>
<style id='page-skin-1' type='text/css'><!--
/* -----------------------------------------------
Blogger Template Style
Name     : Median UI
Version  : 1.5
----------------------------------------------- */
:root{{--bodyB:#fefefe;--linkC:#482dff;--headerH:60px}}
.pTtl{{font-size:1.7rem;line-height:1.4em}} .pInf .nm::before{{content:attr(data-text)}} .pDt time::before{{content:attr(data-text)}} .pLbls a::before{{content:attr(data-text)}}
--></style>
<script async='async' src='https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-{snum(site, "pub", 10**15, 10**16 - 1)}' crossorigin='anonymous'></script>
{ld_html}
</head>
<body class='onIndx onItm onPs'>
<input class='navi hidden' id='offNav' type='checkbox'/>
<div class='mainWrp'>
<header class='header' id='header'>
<div class='section' id='header-widget'><div class='widget Header' data-version='2' id='Header1'>
<div class='headInnr'><h2 class='headH'><a href='/'>{esc(site.name)}</a></h2><div class='headD'>جريدة إلكترونية مغربية - أخبار المغرب والعالم</div></div>
</div></div>
<div class='headTicker'><span class='tkrT'>آخر الأخبار</span><div class='tkrC' id='ticker-news' data-label='أخبار'><span class='tkrLd'>جاري التحميل...</span></div><span class='headDt' id='today-date'></span></div>
<div class='headSr'><form action='/search' method='get' target='_top'><input aria-label='بحث' autocomplete='off' name='q' placeholder='ابحث في هذه المدونة' value=''/><button aria-label='بحث' type='submit'></button></form></div>
</header>
<div class='mainNav'><div class='section' id='header-Menu'><div class='widget LinkList' data-version='2' id='LinkList1'><ul class='htmlMenu'>{nav}</ul></div></div></div>
<div class='mainIn'>
<div class='blogCont'>
<div class='secIn'>
<main class='blogItm mainbar'>
<div class='section' id='main-widget'>
<div class='widget Blog' data-version='2' id='Blog1'>
<div class='blogPts'>
<article class='ntry ps post'>
<div class='brdCmb' itemscope='itemscope' itemtype='https://schema.org/BreadcrumbList'>
<div class='hm' itemprop='itemListElement' itemscope='itemscope' itemtype='https://schema.org/ListItem'><a href='/' itemprop='item'><span itemprop='name'>الرئيسية</span></a><meta content='1' itemprop='position'/></div>
<div class='tl' itemprop='itemListElement' itemscope='itemscope' itemtype='https://schema.org/ListItem'><a href='/search/label/{slug(label, 3)}' itemprop='item'><span itemprop='name'>{label}</span></a><meta content='2' itemprop='position'/></div>
</div>
<h1 class='pTtl aTtl sml itm'><span>{esc(a.title)}</span></h1>
<div class='pDesc'>
<div class='pInf pSml'>
{author_info}
<div class='pDr'>
<bdi class='pDt pIn'><time class='aTtmp iTtmp pTtmp pbl' data-text='{bl_date(loc)}' datetime='{iso_off(d, 1)}' title='تاريخ النشر: {bl_date(loc)}'></time></bdi>
<div class='pRd pIn'><bdi id='rdTime'>قراءة {rt} {"دقيقة" if rt < 3 or rt > 10 else "دقائق"}</bdi></div>
</div>
</div>
</div>
<div class='pInr'>
<div class='pEnt' id='postID-{post_id}'>
<div class='pS post-body postBody' id='postBody'>
{body}
</div>
</div>
<div class='pFoot'>
<div class='pLbls' data-text='التصنيفات:'>{labels_html}</div>
<div class='pShr'><div class='shL'><span class='shT'>مشاركة</span>
<a aria-label='Facebook' data-text='Share' href='https://www.facebook.com/sharer.php?u={esc(page.canonical)}' rel='noopener' role='button' target='_blank'>فيسبوك</a>
<a aria-label='Twitter' href='https://twitter.com/intent/tweet?url={esc(page.canonical)}' rel='noopener' role='button' target='_blank'>تويتر</a>
<a aria-label='WhatsApp' href='https://api.whatsapp.com/send?text={esc(page.canonical)}' rel='noopener' role='button' target='_blank'>واتساب</a>
<label aria-label='نسخ الرابط' for='forShare'>نسخ الرابط</label><input class='shIn fixi hidden' id='forShare' type='checkbox'/></div></div>
</div>
{author_box}
</div>
</article>
<div class='rPst' id='rPst' data-label='{label}' data-id='{post_id}'><div class='rPstH'><h2 class='title'>إقرأ أيضا</h2></div><div class='rPstC'></div>
<script>/*<![CDATA[*/ relatedPosts({{"label":"{label}","max":6}}); /*]]>*/</script></div>
{pager}
<section class='cm cmBr fixL' data-embed='true' data-num-comments='{ncom}' id='comments'>
<div class='cmShw'><h3 class='title'>{ncom} تعليقات</h3></div>
<div class='cmAl'><div class='comments threaded' id='comments-block'><div class='comments-content'><div class='comment-thread'><ol id='top-ra'>{"".join(coms)}</ol></div></div></div></div>
<div class='cmFrm'><div class='cmBtn button ln'>إرسال تعليق</div><iframe allowtransparency='allowtransparency' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='https://www.blogger.com/comment/frame/{blog_id}?po={post_id}&amp;hl=ar&amp;saa=85391&amp;origin={esc(site.base)}' width='100%'></iframe></div>
</section>
</div>
</div>
</div>
</main>
<aside class='blogItm sidebar'>
<div class='sideIn'>
<div class='section' id='side-widget'>
<div class='widget PopularPosts' data-version='2' id='PopularPosts1'><h2 class='title dt'>الأكثر قراءة</h2><div class='itemPp' role='feed'>{popular}</div></div>
<div class='widget Label' data-version='2' id='Label1'><h2 class='title dt'>الأقسام</h2><div class='wL pSml cl'><ul>{label_cloud}</ul></div></div>
<div class='widget BlogArchive' data-version='2' id='BlogArchive1'><h2 class='title dt'>أرشيف المدونة</h2><div class='wAr'><details class='ars'><summary class='arL'><span class='arT'>2015</span><i class='arN'>{snum(site, 'y', 3000, 9000)}</i></summary>
<details class='ars' open><summary class='arL'><span class='arT'>أغسطس</span><i class='arN'>{snum(site, 'm8', 300, 900)}</i></summary></details><details class='ars'><summary class='arL'><span class='arT'>يوليو</span><i class='arN'>{snum(site, 'm7', 300, 900)}</i></summary></details></details></div></div>
<div class='widget FollowByEmail' data-version='2' id='FollowByEmail1'><h3 class='title'>اشترك ليصلك جديد الأخبار</h3><div class='widget-content'><div class='follow-by-email-inner'><form action='https://feedburner.google.com/fb/a/mailverify?uri={site.id}' method='post' target='_blank'><input class='follow-by-email-address' name='email' placeholder='عنوان البريد الإلكتروني' type='text'/><input class='follow-by-email-submit' type='submit' value='إرسال'/></form></div></div></div>
<div class='widget HTML' data-version='2' id='HTML3'><h3 class='title'>تابعونا على فيسبوك</h3><div class='widget-content'><div class='fb-page' data-href='https://www.facebook.com/' data-width='300'></div></div></div>
</div>
</div>
</aside>
</div>
</div>
</div>
<footer class='footer'>
<div class='fotIn'>
<div class='section' id='footer-widget-1'><div class='widget PageList' data-version='2' id='PageList1'><ul><li><a href='/p/about.html'>من نحن</a></li><li><a href='/p/contact.html'>اتصل بنا</a></li><li><a href='/p/privacy-policy.html'>سياسة الخصوصية</a></li><li><a href='/p/disclaimer.html'>إخلاء المسؤولية</a></li></ul></div></div>
<div class='creditInner'><span class='credit'>جميع الحقوق محفوظة &#169; 2015 <a href='/'>{esc(site.name)}</a></span> <span class='creator'>Design by <a href='https://www.jagodesain.com/' rel='noopener' target='_blank'>Median UI</a></span>
<div class='section' id='footer-attr'><div class='widget Attribution' data-version='2' id='Attribution1'><div class='widget-content'>يتم التشغيل بواسطة <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></div>
</div>
</footer>
</div>
<script type='text/javascript'>document.getElementById('today-date').textContent = new Date().toLocaleDateString('ar-MA');</script>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/3845888474-widgets.js"></script>
<script type='text/javascript'>
window['__wavt'] = 'AOuZoY{a.key}:{num(a, "wavt", 10**12, 10**13 - 1)}';
{widget_ctx}
_WidgetManager._RegisterWidget('_BlogView', new _WidgetInfo('Blog1', 'main-widget', document.getElementById('Blog1'), {{'cmtInteractionsEnabled': false, 'lightboxEnabled': true}}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_PopularPostsView', new _WidgetInfo('PopularPosts1', 'side-widget', document.getElementById('PopularPosts1'), {{}}, 'displayModeFull'));
</script>
</body>
</html>"""
    return finish(out, page)


LAYOUTS = {
    "b27_1": layout_b27_1,
    "b27_2": layout_b27_2,
    "b27_3": layout_b27_3,
    "b27_4": layout_b27_4,
    "b27_5": layout_b27_5,
}
