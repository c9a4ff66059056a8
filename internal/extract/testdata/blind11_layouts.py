"""Blind test layouts (set 11) for newsfarm (--extra-layouts): five article
templates modelled on kinds of real Arabic news pages that no earlier layout
file imitates, written without reading Khabar's extractor. Each prints the
whole page a reader gets: header and menus, a strip or ticker, the article,
the boxes sites put inside the text, and the lists, comments and footer
after it.

  b11_1  Arabic edition of an Algerian francophone news site (TSA-arabi-
         like): the French parent site's chrome (edition switch, French top
         menu, «Flash info» strip, cookie banner, French promos, «Mentions
         légales» footer) around an Arabic article; the theme's labels left
         untranslated: «Par» + the writer as a link in the infos row under
         the headline, «Publié le» + the date in Algerian month names in
         ALGIERS time («الأحد 09 أوت 2015 - 12:32», no zone printed) and
         «Mis à jour» with a later clock; the offset is only in
         article:published_time and JSON-LD (…T12:32:00+01:00). In the
         text a «اقرأ أيضا» box, an in-read ad, an embedded tweet and a
         French «TSA en français» promo; French-labelled tags, share,
         newsletter and comments with their own dates.
  b11_2  Sudanese Facebook-first news site (Sudan is UTC+3): the story is
         drawn as a social post card: page avatar, the page's name, then
         «مع» + the writer as a tagged-person link in the post header (no
         other byline), the timestamp as Facebook prints it «٩ أغسطس، ٢٠١٥
         الساعة ٢:٣٢ م» (Eastern digits on UTF-8 sites, Western on
         windows-1256 ones), «· عام»; the headline bold in the card; a
         link-preview card and a video-plugin embed inside the post text,
         hashtags, reaction / comment / share counts, FB-style comments
         with «أعجبني · رد · ٣ س», a «منشورات أخرى» feed. NO
         machine-readable date anywhere.
  b11_3  Arabic site of a Kurdish (Erbil) multi-language TV and news
         network (Rudaw-like): language bar with Kurdish Sorani/Badini,
         Persian, Turkish and English names (numeric character references
         where the charset lacks letters), live-TV button, broadcast
         schedule with clock times; under the headline only «أربيل» and
         the date «09-08-2015» (no clock); the minute only in schema.org
         microdata <meta itemprop="datePublished" content="…+03:00">; the
         credit in the TV report's credits list between the video player
         and the text («تقرير» + name, beside «تصوير» and «مونتاج» rows
         naming the crew; pages without an author keep only the crew
         rows); a «مواضيع ذات صلة» box, an infographic and an app promo
         inside the text; most-watched videos with durations.
  b11_4  Syrian opposition news site (Zaman-al-Wasl / Enab-Baladi-like):
         revolution banner, a daily casualty-count widget with numbers,
         «عاجل» strip, donation box; the date under the headline in
         Levantine months with «بتوقيت دمشق» («الأحد 9 آب 2015 - الساعة
         14:32 بتوقيت دمشق»), NOTHING machine-readable; the credit in the
         bold lead-in line above the first paragraph, «<site> - » in one
         <strong> and the writer in the next <strong> (no lead-in line on
         pages without an author); in the text a «اقرأ أيضاً» link list, a
         YouTube embed with a caption and a documentation note; after it
         «المصدر» line, tags, opinion-writers rail, comments.
  b11_5  Saudi market-data economic portal (Argaam-like): index strip
         (TASI, sectors, oil) and a company-price strip, the companies
         mentioned as chips with prices above the text, the date under the
         headline as «09/08/2015 م | 02:32 م» (dd/mm, 12-hour); the minute
         also in a dataLayer push «"publishDate":"2015-08-09 14:32"» (no
         offset); a financial-results table, a company mini-profile card
         and an «اقرأ المزيد» box inside the text; the credit in the tools
         row AFTER the text as «إعداد:» + the name in its own span beside
         the view count and an alert button; analysts' picks and a
         disclaimer after it.

Pages whose article has no author print no byline. The author string is
printed whole, exactly as the corpus gives it, as the only text of its
element. All times are Asia/Riyadh (+03:00) unless the page states another
offset or zone (b11_1: +01:00 in its metadata; b11_4 says «بتوقيت دمشق»,
which is +03:00 in August 2015).

  python3 /work/shared/newsfarm/newsfarm.py pages --days '' --n 300 \\
      --extra-layouts /work/blind11/blind11_layouts.py \\
      --layouts b11_1,b11_2,b11_3,b11_4,b11_5 --out /work/blind11/pages
"""

import datetime as dt
import hashlib
import json
import sys

sys.path.insert(0, "/work/shared/newsfarm")
import layouts as L  # noqa: E402

esc = L.esc
MONTHS = L.MONTHS
WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
DZ_MONTHS = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر",
             "أكتوبر", "نوفمبر", "ديسمبر"]
LEV_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
              "تشرين الأول", "تشرين الثاني", "كانون الأول"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
FR_DAYS = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]
PEOPLE = ["أحمد الخطيب", "سامر العلي", "محمد عثمان", "هيثم البدري", "ريبوار كريم", "آزاد حسن",
          "نوزاد محمود", "عمر الأمين", "خالد صالح", "ياسين بكر"]


def num(a, salt, lo, hi):
    h = int(hashlib.md5((a.key + salt).encode()).hexdigest()[:8], 16)
    return lo + h % (hi - lo + 1)


def ncr(s, page):
    """Characters the site's charset lacks become numeric character references,
    as old CMSs write them."""
    enc = page.site.encoding
    out = []
    for ch in s:
        try:
            ch.encode(enc)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(f"&#{ord(ch)};")
    return "".join(out)


def digits(s, page):
    return s.translate(L.EASTERN) if page.site.encoding == "utf-8" else s


def ampm(d, am="ص", pm="م"):
    return f"{d.hour % 12 or 12}:{d.minute:02d} {am if d.hour < 12 else pm}"


def weave(paras, boxes, p_open="<p>", p_close="</p>"):
    """Paragraphs in order, each box after the paragraph of its index; boxes
    whose index is past the end go after the last paragraph."""
    out = []
    last = len(paras) - 1
    for i, p in enumerate(paras):
        out.append(f"{p_open}{esc(p)}{p_close}")
        for at, box in boxes:
            if at == i or (i == last and at > last):
                out.append(box)
    if not paras:
        out += [box for _, box in boxes]
    return "\n".join(out)


def short(text, n=14):
    w = text.split()
    return " ".join(w[:n]) + ("..." if len(w) > n else "")


def links(page, kind, n, fmt="<li>{a}</li>"):
    return "".join(fmt.format(a=L.link(page, o), o=o) for o in page.others(kind, n))


# --- b11_1 -----------------------------------------------------------------------------

FR_PROMOS = ["Importations : le gouvernement durcit les conditions",
             "Le dinar poursuit sa chute face à l'euro sur le marché noir",
             "Baccalauréat 2015 : les résultats attendus cette semaine",
             "Sonatrach : un nouveau PDG nommé",
             "Canicule : pic de consommation d'électricité à Alger"]


def layout_b11_1(page):
    """Arabic edition of an Algerian francophone site: French chrome, untranslated
    «Par» / «Publié le» labels, Algiers time, +01:00 only in the metadata."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    loc = a.published - dt.timedelta(hours=2)  # Algiers, UTC+1
    upd = loc + dt.timedelta(minutes=num(a, "upd", 25, 240))
    iso_loc = loc.strftime("%Y-%m-%dT%H:%M:%S") + "+01:00"
    iso_upd = upd.strftime("%Y-%m-%dT%H:%M:%S") + "+01:00"
    dz_date = f"{WEEKDAYS[loc.weekday()]} {loc.day:02d} {DZ_MONTHS[loc.month - 1]} {loc.year} - {loc:%H:%M}"
    fr_today = f"{FR_DAYS[loc.weekday()]} {loc.day} {FR_MONTHS[loc.month - 1]} {loc.year}"
    rubs = [("الجزائر", "algerie"), ("اقتصاد", "economie"), ("دولي", "international"), ("مجتمع", "societe")]
    rub, rslug = rubs[num(a, "rub", 0, len(rubs) - 1)]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": iso_loc, "dateModified": iso_upd,
          "image": [f"{site.base}/ar/content/uploads/2015/{loc:%m}/{a.key[:8]}.jpg"],
          "publisher": {"@type": "Organization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"{site.base}/logo-ar.png"}},
          "mainEntityOfPage": page.canonical}
    if a.author:
        ld["author"] = {"@type": "Person", "name": a.author}
    head = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - {esc(site.name)} عربي</title>
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="alternate" hreflang="fr" href="{esc(site.base)}/fr/">
<link rel="alternate" hreflang="ar" href="{esc(site.base)}/ar/">
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:locale" content="ar_DZ">
<meta property="og:locale:alternate" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{esc(page.canonical)}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="article:section" content="{esc(rub)}">
<meta property="article:published_time" content="{iso_loc}">
<meta property="article:modified_time" content="{iso_upd}">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/ar/wp-content/themes/tsa-v3/css/main-rtl.css?ver=3.4.1">
<script>var tsa_edition = "ar"; var tsa_lang_switch = {{"fr":"/fr/","ar":"/ar/"}};</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>"""
    top_menu = "".join(f'<li><a href="/fr/{s}/">{esc(n)}</a></li>' for n, s in
                       [("Accueil", ""), ("Actualité", "actualite"), ("Économie", "economie"),
                        ("International", "international"), ("Sport", "sport"), ("Culture", "culture"),
                        ("Contributions", "contributions"), ("Vidéos", "videos")])
    ar_menu = "".join(f'<li class="{"current" if n == rub else ""}"><a href="/ar/{s}/">{esc(n)}</a></li>'
                      for n, s in [("الرئيسية", "")] + rubs + [("رياضة", "sport"), ("ثقافة", "culture"), ("آراء", "opinions")])
    flash = "".join(f'<li><span class="heure">{(o.published - dt.timedelta(hours=2)):%H:%M}</span> {L.link(page, o)}</li>'
                    for o in page.others("ticker", 6))
    read_also = page.others("read_also", 1)
    ra = ""
    if read_also:
        o = read_also[0]
        ra = (f'<div class="lire-aussi"><span class="lire-aussi-label">اقرأ أيضا</span>'
              f'<a href="{esc(page.url_of(o))}"><img src="/ar/content/uploads/2015/08/{o.key[:8]}-150x100.jpg" alt="">'
              f'<span class="lire-aussi-titre">{esc(o.title)}</span></a></div>')
    ad = ('<div class="pub pub-inread" id="div-gpt-ad-inread"><span class="pub-label">Publicité</span>'
          '<script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-inread");});</script></div>')
    handles = [("وزارة الداخلية الجزائرية", "Interieur_dz"), ("الإذاعة الجزائرية", "radioalgerie_ar"),
               ("وكالة الأنباء الجزائرية", "APS_Algerie")]
    hn, hh = handles[num(a, "tw", 0, 2)]
    tweet = (f'<blockquote class="twitter-tweet" data-lang="fr"><p lang="ar" dir="rtl">متابعة: {esc(short(page.others("tweet", 1)[0].title if page.others("tweet", 1) else a.title, 10))}</p>'
             f'&mdash; {esc(hn)} (@{hh}) <a href="https://twitter.com/{hh}/status/6{num(a, "st", 10**9, 10**10)}">{loc.day} {FR_MONTHS[loc.month - 1]} {loc.year}</a></blockquote>'
             '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')
    promo = (f'<div class="encart-fr" dir="ltr" lang="fr"><span>TSA en français :</span> '
             f'<a href="/fr/actualite/{num(a, "fr", 100000, 199999)}/">{esc(FR_PROMOS[num(a, "frp", 0, len(FR_PROMOS) - 1)])}</a></div>')
    boxes = [(0, ra), (2, ad), (4, tweet), (6, promo)] if len(paras) > 5 else [(0, ra), (1, ad), (3, promo)]
    body = weave(paras, boxes)
    auteur = ""
    if a.author:
        auteur = (f'<div class="article-auteur"><span class="par">Par</span> '
                  f'<a class="auteur" href="/ar/author/u{num(a, "uid", 10, 400)}/" rel="author">{esc(a.author)}</a></div>')
    nc = num(a, "nc", 0, 4)
    names = ["جزائري حر", "Karim", "ابن البليدة", "مواطن", "Samir DZ", "نور الهدى"]
    comms = "".join(
        f'<li class="commentaire"><div class="commentaire-auteur">{esc(names[num(a, "cn" + str(k), 0, 5)])}</div>'
        f'<div class="commentaire-date">{(loc + dt.timedelta(minutes=40 + 33 * k)):%d/%m/%Y à %H:%M}</div>'
        f'<p>{esc(L.COMMENTS[num(a, "ct" + str(k), 0, len(L.COMMENTS) - 1)])}</p></li>' for k in range(nc))
    tags = "".join(f'<a href="/ar/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in L.tags_for(a))
    return f"""{head}
<body class="post-template-default single single-post postid-{a.n} edition-ar">
<div id="cookie-notice" dir="ltr" lang="fr"><p>En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies pour vous proposer des contenus adaptés. <a href="/fr/cookies/">En savoir plus</a></p><button>OK</button></div>
<div class="topbar" dir="ltr" lang="fr"><div class="container"><span class="topbar-date">{fr_today}</span>
<ul class="edition-switch"><li><a href="/fr/">Français</a></li><li class="active"><a href="/ar/">عربي</a></li></ul>
<ul class="topbar-social"><li><a href="https://www.facebook.com/">Facebook</a></li><li><a href="https://twitter.com/">Twitter</a></li><li><a href="/fr/newsletter/">Newsletter</a></li></ul></div></div>
<header class="site-header"><div class="container"><a class="logo" href="/ar/">{esc(site.name)} <small>عربي</small></a>
<nav class="menu-fr" dir="ltr" lang="fr"><ul>{top_menu}</ul></nav>
<nav class="menu-ar"><ul>{ar_menu}</ul></nav>
<form class="search" action="/ar/"><input type="search" name="s" placeholder="Rechercher"></form></div></header>
<div class="flash-info"><div class="container"><span class="flash-label" lang="fr">Flash info</span><ul>{flash}</ul></div></div>
<div class="pub pub-top"><span class="pub-label">Publicité</span></div>
<main class="container"><div class="row">
<div class="col-main">
<article class="article-detail post-{a.n}">
<div class="article-rubrique"><a href="/ar/{rslug}/">{esc(rub)}</a></div>
<h1 class="article-titre">{esc(a.title)}</h1>
<div class="article-infos">
{auteur}
<div class="article-date"><span class="label-date">Publié le</span> <span class="date-pub">{dz_date}</span></div>
<div class="article-maj"><span class="label-date">Mis à jour</span> <span class="date-maj">{upd:%H:%M}</span></div>
<a class="nb-commentaires" href="#commentaires">{nc} تعليقات</a>
</div>
<figure class="article-image"><img src="/ar/content/uploads/2015/{loc:%m}/{a.key[:8]}.jpg" alt="{esc(a.title)}"><figcaption>صورة أرشيفية <span class="credit">© NewPress</span></figcaption></figure>
<div class="article-corps">
{body}
</div>
<div class="article-tags"><span lang="fr">Mots-clés :</span> {tags}</div>
<div class="article-partage" lang="fr"><span>Partager :</span> <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a> <a href="https://twitter.com/intent/tweet">Twitter</a> <a href="mailto:?subject=">E-mail</a> <a href="javascript:window.print()">Imprimer</a></div>
</article>
<div class="newsletter-box" dir="ltr" lang="fr"><h3>Newsletter</h3><p>Recevez chaque matin l'essentiel de l'actualité algérienne.</p><form><input type="email" placeholder="Votre e-mail"><button>S'inscrire</button></form></div>
<section class="meme-sujet"><h3>في نفس الموضوع</h3><ul>{links(page, "similar", 5)}</ul></section>
<section id="commentaires" class="commentaires"><h3 lang="fr">Commentaires ({nc})</h3>
<ol>{comms}</ol>
<form class="commentaire-form" lang="fr"><label>Votre nom</label><input name="author"><label>Votre commentaire</label><textarea name="comment"></textarea><button>Envoyer</button>
<p class="charte">Les commentaires sont modérés. Merci de respecter la charte.</p></form></section>
</div>
<aside class="col-side"><div class="widget plus-lus"><h3>الأكثر قراءة</h3><ol>{links(page, "popular", 6)}</ol></div>
<div class="widget fr-a-la-une" dir="ltr" lang="fr"><h3>À la une de TSA</h3><ul>{"".join(f'<li><a href="/fr/actualite/{num(a, "u" + str(k), 100000, 199999)}/">{esc(t)}</a></li>' for k, t in enumerate(FR_PROMOS))}</ul></div>
<div class="pub pub-carre"><span class="pub-label">Publicité</span></div></aside>
</div></main>
<footer class="site-footer" dir="ltr" lang="fr"><div class="container">
<ul><li><a href="/fr/qui-sommes-nous/">Qui sommes-nous</a></li><li><a href="/fr/contact/">Contact</a></li><li><a href="/fr/publicite/">Publicité</a></li><li><a href="/fr/mentions-legales/">Mentions légales</a></li></ul>
<p>© 2015 {esc(site.name)} - Tous droits réservés</p></div></footer>
</body></html>"""


# --- b11_2 -----------------------------------------------------------------------------

def fb_time(d, page):
    return digits(f"{d.day} {MONTHS[d.month - 1]}، {d.year} الساعة ", page) + digits(ampm(d), page)


def fb_count(n, page):
    if n >= 1000:
        return digits(f"{n / 1000:.1f}".replace(".", "٫" if page.site.encoding == "utf-8" else ","), page) + " ألف"
    return digits(str(n), page)


def layout_b11_2(page):
    """Sudanese Facebook-first site: the story as a post card, «مع» + tagged
    writer in the post header, FB-style timestamp, nothing machine-readable."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    pid = f"{num(a, 'pid', 10**14, 10**15)}"
    head = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:image" content="{esc(site.base)}/uploads/posts/{a.key[:10]}.jpg">
<meta property="fb:app_id" content="{num(a, 'app', 10**14, 10**15)}">
<meta property="fb:pages" content="{num(a, 'fbp', 10**14, 10**15)}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="stylesheet" href="/assets/css/feed.css?v=27">
<script src="/assets/js/jquery-1.11.3.min.js"></script>
</head>"""
    navs = "".join(f'<li><a href="/c/{k}">{n}</a></li>' for k, n in
                   enumerate(["الرئيسية", "أخبار السودان", "الخرطوم", "الولايات", "اقتصاد", "رياضة", "منوعات", "فيديو"]))
    breaking = "".join(f"<li>{L.link(page, o)}</li>" for o in page.others("ticker", 5))
    preview = ""
    pv = page.others("preview", 1)
    if pv:
        o = pv[0]
        preview = (f'<div class="link-preview"><a href="{esc(page.url_of(o))}" class="lp-link">'
                   f'<img class="lp-img" src="/uploads/posts/{o.key[:10]}_s.jpg" alt="">'
                   f'<div class="lp-body"><span class="lp-domain">{esc(site.base.split("//")[1].upper())}</span>'
                   f'<span class="lp-title">{esc(o.title)}</span><span class="lp-desc">{esc(short(o.text, 18))}</span></div></a></div>')
    video = (f'<div class="fb-video" data-href="https://www.facebook.com/sudan.news/videos/{pid}/" data-width="560" data-show-text="false">'
             f'<blockquote cite="https://www.facebook.com/sudan.news/videos/{pid}/" class="fb-xfbml-parse-ignore">'
             f'<a href="https://www.facebook.com/sudan.news/videos/{pid}/">فيديو</a>'
             f'<p>شاهد الفيديو على صفحتنا</p>تم النشر بواسطة <a href="https://www.facebook.com/sudan.news/">{esc(site.name)}</a></blockquote></div>')
    boxes = [(1, preview), (3, video)] if len(paras) > 3 else [(0, preview)]
    text = weave(paras, boxes)
    tagged = ""
    if a.author:
        tagged = (f' <span class="with">مع</span> '
                  f'<a class="tagged" href="/profile/{num(a, "uid", 1000, 99999)}">{esc(a.author)}</a>')
    hashtags = " ".join(f'<a href="/hashtag/{esc(t)}">#{esc(t)}</a>' for t in (["السودان"] + L.tags_for(a)[:2]))
    likes, nco, nsh = num(a, "lk", 40, 4800), num(a, "nco", 0, 4), num(a, "sh", 3, 900)
    cnames = ["عوض الكريم", "ود المدني", "أم أحمد", "Mohamed Osman", "هاشم الطيب", "سودانية حرة"]
    comm = "".join(
        f'<li class="fb-comment"><img class="c-avatar" src="/assets/img/avatar.png" alt=""><div class="c-bubble">'
        f'<a class="c-name" href="/profile/{num(a, "cu" + str(k), 1000, 99999)}">{esc(cnames[num(a, "cn" + str(k), 0, 5)])}</a>'
        f'<span class="c-text">{esc(L.COMMENTS[num(a, "ct" + str(k), 0, len(L.COMMENTS) - 1)])}</span></div>'
        f'<div class="c-actions"><a href="#">أعجبني</a> · <a href="#">رد</a> · <span>{digits(str(k + 1), page)} س</span></div></li>'
        for k in range(nco))
    others = "".join(
        f'<div class="feed-item"><div class="fi-head"><span class="page-name">{esc(site.name)}</span> '
        f'<span class="fi-time">{fb_time(o.published, page)}</span></div>'
        f'<h3><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></h3><p>{esc(short(o.text, 22))}</p>'
        f'<a class="more" href="{esc(page.url_of(o))}">عرض المزيد</a></div>'
        for o in page.others("feed", 5))
    return f"""{head}
<body class="post-page">
<div id="fb-root"></div>
<header class="top-header"><div class="wrap"><a class="brand" href="/"><img src="/assets/img/logo.png" alt="{esc(site.name)}"><span>{esc(site.name)}</span></a>
<form class="search" action="/search"><input name="q" placeholder="ابحث في المنشورات"></form>
<div class="followers"><a href="https://www.facebook.com/sudan.news/" class="fb-like-btn">تابعنا على فيسبوك</a> <span>{fb_count(num(a, "fol", 150000, 900000), page)} متابع</span></div></div>
<nav class="main-menu"><ul>{navs}</ul></nav></header>
<div class="breaking"><span class="breaking-label">الآن</span><ul>{breaking}</ul></div>
<div class="wrap layout">
<div class="feed-column">
<div class="post-card" id="post-{pid}">
<div class="post-header">
<img class="page-avatar" src="/assets/img/page-avatar.png" alt="">
<div class="post-head-text">
<div class="post-who"><a class="page-name" href="/">{esc(site.name)}</a>{tagged}</div>
<div class="post-when"><a class="timestamp" href="{esc(page.canonical)}">{fb_time(d, page)}</a> · <span class="audience">عام</span></div>
</div>
<button class="post-menu" title="خيارات">...</button>
</div>
<h1 class="post-title">{esc(a.title)}</h1>
<div class="post-media"><img src="/uploads/posts/{a.key[:10]}.jpg" alt=""></div>
<div class="post-text">
{text}
</div>
<div class="post-hashtags">{hashtags}</div>
<div class="post-stats"><span class="reactions">{fb_count(likes, page)}</span><span class="counts">{digits(str(nco), page)} تعليقات · {fb_count(nsh, page)} مشاركة</span></div>
<div class="post-actions"><a href="#like">أعجبني</a><a href="#comment">تعليق</a><a href="https://www.facebook.com/sharer/sharer.php">مشاركة</a><a href="whatsapp://send">واتساب</a></div>
<div class="post-comments"><a class="more-comments" href="#">عرض التعليقات السابقة</a><ul>{comm}</ul>
<form class="write-comment"><input placeholder="اكتب تعليقًا..."></form></div>
</div>
<h2 class="feed-title">منشورات أخرى</h2>
{others}
</div>
<aside class="side-column">
<div class="box page-box"><img src="/assets/img/cover.jpg" alt=""><h3>{esc(site.name)}</h3><p>صفحة إخبارية سودانية مستقلة · أخبار السودان لحظة بلحظة</p></div>
<div class="box trending"><h3>الأكثر تفاعلاً</h3><ol>{links(page, "popular", 6)}</ol></div>
<div class="box"><h3>أسعار العملات في السوق الموازي</h3><ul><li>الدولار: {digits(str(num(a, "usd", 900, 990) / 100), page)} جنيه</li><li>الريال السعودي: {digits(str(num(a, "sar", 230, 260) / 100), page)} جنيه</li></ul></div>
</aside>
</div>
<footer class="site-footer"><p>© 2015 {esc(site.name)} · <a href="/about">عن الصفحة</a> · <a href="/privacy">الخصوصية</a> · <a href="/contact">راسلنا</a></p></footer>
<script>(function(d,s,id){{var js,fjs=d.getElementsByTagName(s)[0];if(d.getElementById(id))return;js=d.createElement(s);js.id=id;js.src="//connect.facebook.net/ar_AR/sdk.js#xfbml=1&version=v2.4";fjs.parentNode.insertBefore(js,fjs);}}(document,'script','facebook-jssdk'));</script>
</body></html>"""


# --- b11_3 -----------------------------------------------------------------------------

LANGS = [("کوردی", "sorani"), ("بادینی", "kurmanci"), ("Kurmancî", "kurmanci-latin"), ("English", "english"),
         ("Türkçe", "turkish"), ("فارسی", "persian"), ("عربي", "arabic")]


def layout_b11_3(page):
    """Kurdish multi-language TV network's Arabic site: date only (no clock) on
    the page, the minute in microdata, credit in the TV report's credits list."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    vid = 100000 + num(a, "vid", 0, 899999)
    secs = [("كوردستان", "kurdistan"), ("العراق", "iraq"), ("الشرق الأوسط", "middleeast"), ("العالم", "world"),
            ("اقتصاد", "economy")]
    sec, sslug = secs[num(a, "sec", 0, len(secs) - 1)]
    cities = ["أربيل", "السليمانية", "دهوك", "بغداد", "كركوك"]
    city = cities[num(a, "city", 0, len(cities) - 1)]
    langbar = "".join(f'<li class="{"active" if s == "arabic" else ""}"><a href="/{s}">{ncr(n, page)}</a></li>'
                      for n, s in LANGS)
    menu = "".join(f'<li><a href="/arabic/{s}">{esc(n)}</a></li>' for n, s in
                   [("الرئيسية", "")] + secs + [("رياضة", "sports"), ("برامج", "programs"), ("فيديو", "video"), ("صور", "photos")])
    latest = "".join(f'<li><span class="t">{o.published:%H:%M}</span> {L.link(page, o)}</li>' for o in page.others("ticker", 6))
    progs = ["نشرة الأخبار", "حوار خاص", "ملف اليوم", "رياضة", "وثائقي", "نشرة الأخبار"]
    start = num(a, "sch", 8, 15)
    schedule = "".join(f'<li><span class="time">{(start + 2 * k) % 24:02d}:00</span> <span class="prog">{esc(p)}</span></li>'
                       for k, p in enumerate(progs))
    crew = [PEOPLE[num(a, "cam", 0, 4)], PEOPLE[num(a, "mon", 5, 9)]]
    credits = ""
    if a.author:
        credits += f'<li><span class="role">تقرير</span> <span class="person">{esc(a.author)}</span></li>'
    credits += (f'<li><span class="role">تصوير</span> <span class="person">{esc(crew[0])}</span></li>'
                f'<li><span class="role">مونتاج</span> <span class="person">{esc(crew[1])}</span></li>')
    rel = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("related", 3))
    related = f'<div class="related-inline"><h4>مواضيع ذات صلة</h4><ul>{rel}</ul></div>'
    info = (f'<figure class="infographic"><img src="/arabic/Images/Infographic/{a.key[:8]}.png" alt="إنفوغرافيك">'
            f'<figcaption>إنفوغرافيك: {esc(site.name)}</figcaption></figure>')
    app = ('<div class="app-promo"><a href="https://play.google.com/store/apps/">حمّل تطبيقنا على أندرويد</a> | '
           '<a href="https://itunes.apple.com/app/">آيفون</a> وتابع البث المباشر أينما كنت</div>')
    boxes = [(1, related), (3, info), (5, app)] if len(paras) > 4 else [(0, related), (2, app)]
    body = weave(paras, boxes)
    watched = "".join(f'<li><a href="{esc(page.url_of(o))}"><img src="/arabic/Images/Videos/{o.key[:8]}_t.jpg" alt="">'
                      f'<span class="dur">{num(o, "dur", 1, 9)}:{num(o, "dus", 0, 59):02d}</span><span class="ttl">{esc(o.title)}</span></a></li>'
                      for o in page.others("watched", 5))
    tags = "".join(f'<a href="/arabic/tag/{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a))
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(site.name)} | {esc(a.title)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta name="keywords" content="{esc(",".join(L.tags_for(a)))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="video.other">
<meta property="og:image" content="{esc(site.base)}/arabic/Images/News/{a.key[:8]}.jpg">
<meta property="og:url" content="{esc(page.canonical)}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="stylesheet" href="/arabic/Content/css/site.min.css?v=2.3">
<script src="/arabic/Scripts/jwplayer/jwplayer.js"></script>
<script>jwplayer.key="Xx{a.key[:10]}";</script>
</head>
<body class="rtl arabic">
<div class="lang-bar"><ul>{langbar}</ul><a class="live-tv" href="/arabic/live">مباشر <span>&#9679;</span></a></div>
<header class="header"><a class="logo" href="/arabic">{esc(site.name)}</a><span class="slogan">شبكة إعلامية كوردستانية</span>
<nav class="nav"><ul>{menu}</ul></nav><form action="/arabic/search"><input name="keyword" placeholder="بحث"></form></header>
<div class="latest-strip"><span class="label">آخر الأخبار</span><ul>{latest}</ul></div>
<div class="container">
<div class="main-col">
<ol class="breadcrumb"><li><a href="/arabic">الرئيسية</a></li><li><a href="/arabic/{sslug}">{esc(sec)}</a></li></ol>
<div class="article" itemscope itemtype="http://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{d:%Y-%m-%dT%H:%M:%S}+03:00">
<meta itemprop="mainEntityOfPage" content="{esc(page.canonical)}">
<span class="article-section"><a href="/arabic/{sslug}">{esc(sec)}</a></span>
<h1 class="article-title" itemprop="headline">{esc(a.title)}</h1>
<div class="article-meta"><span class="location">{esc(city)}</span> <span class="sep">|</span> <span class="date">{d:%d-%m-%Y}</span></div>
<div class="share-top"><a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="https://twitter.com/share">Twitter</a> <a href="#print">طباعة</a> <a href="#font-plus">A+</a> <a href="#font-minus">A-</a></div>
<div class="video-report">
<div id="player-{vid}" class="jw-player"><img src="/arabic/Images/Videos/{a.key[:8]}.jpg" alt=""><span class="play">تشغيل الفيديو</span></div>
<script>jwplayer("player-{vid}").setup({{file:"/arabic/videos/{vid}.mp4",image:"/arabic/Images/Videos/{a.key[:8]}.jpg",width:"100%",aspectratio:"16:9"}});</script>
<div class="video-meta"><span class="video-dur">{num(a, "vd", 1, 6)}:{num(a, "vs", 0, 59):02d}</span> <span class="views">{num(a, "views", 300, 40000)} مشاهدة</span></div>
<ul class="report-credits">{credits}</ul>
</div>
<div class="article-body" itemprop="articleBody">
{body}
</div>
<div class="tags"><span>الكلمات الدالة:</span> {tags}</div>
</div>
<section class="most-watched"><h3>الأكثر مشاهدة</h3><ul>{watched}</ul></section>
<section class="more-news"><h3>المزيد من {esc(sec)}</h3><ul>{links(page, "similar", 6)}</ul></section>
<div class="comments-fb"><h3>التعليقات</h3><div class="fb-comments" data-href="{esc(page.canonical)}" data-numposts="5"></div>
<p class="note">التعليقات المنشورة تعبر عن آراء أصحابها فقط.</p></div>
</div>
<aside class="side-col">
<div class="widget live-box"><h3>البث المباشر</h3><a href="/arabic/live"><img src="/arabic/Images/live.jpg" alt=""></a></div>
<div class="widget schedule"><h3>جدول البث (بتوقيت أربيل)</h3><ul>{schedule}</ul></div>
<div class="widget"><h3>الأكثر قراءة</h3><ol>{links(page, "popular", 5)}</ol></div>
</aside>
</div>
<footer class="footer"><ul class="footer-langs">{langbar}</ul>
<p>{esc(site.name)} © 2015 جميع الحقوق محفوظة</p><p><a href="/arabic/about">من نحن</a> - <a href="/arabic/contact">اتصل بنا</a> - <a href="/arabic/frequencies">الترددات</a></p></footer>
</body></html>"""


# --- b11_4 -----------------------------------------------------------------------------

def layout_b11_4(page):
    """Syrian opposition site: Levantine date «بتوقيت دمشق», nothing machine-
    readable, the writer in the bold lead-in line above the text."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    date_line = f"{WEEKDAYS[d.weekday()]} {d.day} {LEV_MONTHS[d.month - 1]} {d.year} - الساعة {d:%H:%M} بتوقيت دمشق"
    secs = ["أخبار سوريا", "تقارير", "تحقيقات", "عربي ودولي", "اقتصاد"]
    sec = secs[num(a, "sec", 0, len(secs) - 1)]
    menu = "".join(f'<li><a href="/{k}">{esc(n)}</a></li>' for k, n in
                   enumerate(["الرئيسية"] + secs + ["آراء", "ملفات", "English"]))
    counts = [("حلب", num(a, "c1", 0, 19)), ("إدلب", num(a, "c2", 0, 15)), ("ريف دمشق", num(a, "c3", 0, 22)),
              ("درعا", num(a, "c4", 0, 9)), ("حمص", num(a, "c5", 0, 9))]
    total = sum(c for _, c in counts)
    widget = ('<div class="toll-widget"><h3>حصيلة اليوم</h3>'
              f'<div class="toll-total"><span class="num">{total}</span> <span>شهيداً</span></div><ul>'
              + "".join(f'<li><span class="gov">{g}</span> <span class="num">{c}</span></li>' for g, c in counts)
              + '</ul><p class="toll-src">المصدر: مراكز التوثيق المحلية</p></div>')
    ra_items = "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in page.others("read_also", 2))
    ra = f'<div class="read-more-box"><span class="rmb-title">اقرأ أيضاً</span><ul>{ra_items}</ul></div>'
    yt = (f'<div class="video-embed"><iframe width="640" height="360" src="https://www.youtube.com/embed/{a.key[1:12]}" frameborder="0" allowfullscreen></iframe>'
          '<p class="video-caption">تسجيل مصور نشره ناشطون على مواقع التواصل</p></div>')
    note = ('<div class="doc-note"><strong>ملاحظة:</strong> لا يمكن التحقق من صحة المقاطع المصورة بشكل مستقل، '
            'ويلتزم الموقع بمعايير التوثيق في نقل الأخبار الميدانية.</div>')
    boxes = [(1, ra), (3, yt), (5, note)] if len(paras) > 4 else [(0, ra), (1, note)]
    body = weave(paras, boxes)
    lead = ""
    if a.author:
        lead = (f'<div class="lead-in"><strong class="lead-site">{esc(site.name)} - </strong>'
                f'<strong class="lead-writer">{esc(a.author)}</strong></div>')
    opinion = "".join(f'<li><span class="op-writer">{esc(PEOPLE[num(a, "op" + str(k), 0, 9)])}</span> '
                      f'<a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>'
                      for k, o in enumerate(page.others("opinion", 4)))
    nco = num(a, "nco", 0, 3)
    cn = ["أبو محمد الحلبي", "ابن الشام", "حر", "سوري مغترب", "أم خالد"]
    comms = "".join(f'<li><div class="c-head"><b>{esc(cn[num(a, "cn" + str(k), 0, 4)])}</b> <span>{digits(str(k + 1), page)} - سوريا</span></div>'
                    f'<p>{esc(L.COMMENTS[num(a, "ct" + str(k), 0, len(L.COMMENTS) - 1)])}</p></li>' for k in range(nco))
    tags = " ".join(f'<a href="/tags/{esc(t)}">{esc(t)}</a>' for t in L.tags_for(a))
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<title>{esc(site.name)}: {esc(a.title)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:image" content="{esc(site.base)}/images/news/{a.key[:10]}.jpg">
<meta property="og:url" content="{esc(page.canonical)}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="stylesheet" href="/css/style.css?2015">
</head>
<body class="news-page">
<div class="revolution-banner"><img src="/images/flag.png" alt="علم الثورة"> <span>صوت الثورة السورية منذ 2011</span></div>
<div class="top-links"><a href="/en">English</a> | <a href="/rss">RSS</a> | <a href="https://t.me/">تلغرام</a> | <a href="/donate">ادعم الصحافة المستقلة</a></div>
<header class="masthead"><a class="logo" href="/">{esc(site.name)}</a><nav class="menu"><ul>{menu}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="بحث في الموقع"></form></header>
<div class="urgent"><span class="urgent-label">عاجل</span><ul>{"".join(f"<li>{L.link(page, o)}</li>" for o in page.others("ticker", 5))}</ul></div>
<div class="page-wrap">
<div class="content">
<div class="crumbs"><a href="/">الرئيسية</a> &raquo; <a href="/sec/{num(a, "sec", 0, 4)}">{esc(sec)}</a></div>
<div class="news-item">
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-date">{date_line}</div>
<div class="news-pic"><img src="/images/news/{a.key[:10]}.jpg" alt=""><span class="pic-caption">أرشيف</span></div>
<div class="news-text">
{lead}
{body}
</div>
<div class="news-source"><span>المصدر:</span> {esc(site.name)}</div>
<div class="news-tags">{tags}</div>
<div class="news-share"><a href="https://www.facebook.com/sharer/sharer.php">فيسبوك</a> <a href="https://twitter.com/intent/tweet">تويتر</a> <a href="#print">طباعة</a> <a href="#send">إرسال</a></div>
</div>
<div class="same-sec"><h3>أخبار ذات صلة</h3><ul>{links(page, "similar", 6)}</ul></div>
<div class="comments"><h3>تعليقات القراء ({nco})</h3><ul>{comms}</ul>
<form><input placeholder="الاسم"><input placeholder="البلد"><textarea placeholder="التعليق"></textarea><button>أرسل</button></form>
<p class="comment-rules">التعليقات المسيئة أو الطائفية لن تنشر.</p></div>
</div>
<aside class="rail">
{widget}
<div class="box donate"><h3>ادعمنا</h3><p>ساهم في استمرار الصحافة السورية المستقلة.</p><a href="/donate">تبرع الآن</a></div>
<div class="box opinion"><h3>مقالات الرأي</h3><ul>{opinion}</ul></div>
<div class="box"><h3>الأكثر قراءة</h3><ol>{links(page, "popular", 6)}</ol></div>
</aside>
</div>
<footer class="foot"><p>جميع الحقوق محفوظة © {esc(site.name)} 2015</p><p><a href="/about">من نحن</a> | <a href="/policy">سياسة النشر</a> | <a href="/contact">راسلونا</a></p></footer>
</body></html>"""


# --- b11_5 -----------------------------------------------------------------------------

COMPANIES = [("سابك", "2010"), ("الراجحي", "1120"), ("الاتصالات", "7010"), ("المراعي", "2280"),
             ("معادن", "1211"), ("سافكو", "2020"), ("الأهلي", "1180"), ("اسمنت اليمامة", "3020"),
             ("جرير", "4190"), ("الكهرباء", "5110")]


def layout_b11_5(page):
    """Argaam-like market-data portal: dd/mm + 12-hour clock, dataLayer date,
    «إعداد:» + writer in the tools row after the text."""
    a, site = page.article, page.site
    paras = L.paragraphs(a.text)
    d = a.published
    up, down = "&#9650;", "&#9660;"

    def chg(salt):
        v = (num(a, salt, 0, 400) - 200) / 100
        return f'<span class="{"up" if v >= 0 else "down"}">{up if v >= 0 else down} {abs(v):.2f}%</span>'

    tasi = 8000 + num(a, "tasi", 0, 900) + num(a, "tasid", 0, 99) / 100
    idx = (f'<li><b>تاسي</b> {tasi:,.2f} {chg("t")}</li><li><b>نمو</b> {2800 + num(a, "nomu", 0, 300)}.{num(a, "nd", 10, 99)} {chg("n")}</li>'
           f'<li><b>برنت</b> {48 + num(a, "br", 0, 900) / 100:.2f} $ {chg("b")}</li><li><b>نايمكس</b> {43 + num(a, "wt", 0, 900) / 100:.2f} $ {chg("w")}</li>'
           f'<li><b>دبي</b> {3900 + num(a, "dfm", 0, 200)}.{num(a, "dd", 10, 99)} {chg("df")}</li>')
    chips_c = [COMPANIES[num(a, "co" + str(k), 0, len(COMPANIES) - 1)] for k in range(3)]
    chips_c = list(dict.fromkeys(chips_c))
    price_strip = "".join(f'<li><a href="/ar/company/{s}">{esc(n)} <small>{s}</small></a> {num(a, "p" + s, 1000, 12000) / 100:.2f} {chg("c" + s)}</li>'
                          for n, s in COMPANIES[:7])
    chips = "".join(f'<a class="company-chip" href="/ar/company/{s}"><span class="cname">{esc(n)}</span>'
                    f'<span class="csym">{s}</span><span class="cprice">{num(a, "p" + s, 1000, 12000) / 100:.2f}</span>{chg("c" + s)}</a>'
                    for n, s in chips_c)
    cn, cs = chips_c[0]
    qs = ["الربع الثاني 2014", "الربع الأول 2015", "الربع الثاني 2015"]
    rows = "".join(f'<tr><td>{q}</td><td>{num(a, "r" + q, 200, 9000):,}</td><td>{num(a, "np" + q, 20, 2500):,}</td></tr>' for q in qs)
    table = ('<div class="fin-table"><table><caption>النتائج المالية (مليون ريال)</caption>'
             f'<thead><tr><th>الفترة</th><th>الإيرادات</th><th>صافي الربح</th></tr></thead><tbody>{rows}</tbody></table>'
             '<p class="table-note">المصدر: تداول، أرقام</p></div>')
    profile = (f'<div class="company-card"><h4>{esc(cn)} ({cs})</h4><ul><li>رأس المال: {num(a, "cap", 1, 30) * 1000:,} مليون ريال</li>'
               f'<li>القيمة السوقية: {num(a, "mcap", 5, 300):,} مليار ريال</li><li>مكرر الربحية: {num(a, "pe", 80, 320) / 10:.1f}</li></ul>'
               f'<a href="/ar/company/{cs}/financials">القوائم المالية</a></div>')
    more = page.others("read_more", 2)
    more_box = ('<div class="read-more"><h5>اقرأ المزيد</h5><ul>'
                + "".join(f'<li><a href="{esc(page.url_of(o))}">{esc(o.title)}</a></li>' for o in more) + '</ul></div>')
    boxes = [(0, table), (2, more_box), (4, profile)] if len(paras) > 3 else [(0, table), (1, more_box)]
    body = weave(paras, boxes)
    byline = ""
    if a.author:
        byline = (f'<div class="prepared"><span class="prepared-label">إعداد:</span> '
                  f'<span class="prepared-name">{esc(a.author)}</span></div>')
    dl = {"event": "articleView", "articleId": str(a.n), "section": "السوق السعودية",
          "publishDate": d.strftime("%Y-%m-%d %H:%M"), "companies": [s for _, s in chips_c]}
    picks = "".join(f'<li><a href="/ar/company/{s}">{esc(n)}</a> <span class="rec">{["شراء", "احتفاظ", "بيع"][num(a, "rec" + s, 0, 2)]}</span> '
                    f'<span class="tp">السعر المستهدف {num(a, "tp" + s, 1000, 15000) / 100:.2f}</span></li>'
                    for n, s in COMPANIES[5:9])
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{site.encoding}">
<title>{esc(a.title)} | {esc(site.name)}</title>
<meta name="description" content="{esc(L.first_sentence(a.text))}">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:site_name" content="{esc(site.name)}">
<meta property="og:url" content="{esc(page.canonical)}">
<link rel="canonical" href="{esc(page.canonical)}">
<link rel="stylesheet" href="/content/css/ar.bundle.css?v=5.1.7">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({json.dumps(dl, ensure_ascii=False)});</script>
</head>
<body class="article-details ar">
<div class="market-bar"><span class="market-status">السوق مغلق</span><ul class="indices">{idx}</ul></div>
<header class="main-header"><a class="logo" href="/ar">{esc(site.name)}</a>
<nav><ul>{"".join(f'<li><a href="/ar/{k}">{esc(n)}</a></li>' for k, n in enumerate(["الرئيسية", "السوق السعودية", "الأسواق الخليجية", "النتائج المالية", "الاكتتابات", "السلع", "العملات", "تحليلات", "الشركات"]))}</ul></nav>
<div class="user"><a href="/ar/login">تسجيل الدخول</a> | <a href="/ar/subscribe">اشترك في أرقام المميز</a></div></header>
<div class="prices-strip"><ul>{price_strip}</ul></div>
<div class="wrapper">
<div class="main">
<div class="article-page">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-date"><span class="d">{d:%d/%m/%Y} م</span> <span class="sep">|</span> <span class="t">{d.hour % 12 or 12:02d}:{d.minute:02d} {"ص" if d.hour < 12 else "م"}</span></div>
<div class="related-companies"><span class="rc-label">الشركات المذكورة:</span>{chips}</div>
<div class="article-image"><img src="/content/ArticlesImages/{a.key[:10]}.jpg" alt=""></div>
<div class="article-text">
{body}
</div>
<div class="article-tools">
{byline}
<div class="views"><span>المشاهدات</span> <span>{num(a, "views", 150, 25000):,}</span></div>
<button class="alert-btn">نبهني عند نشر أخبار {esc(cn)}</button>
<a href="#print" class="print">طباعة</a> <a href="#mail" class="mail">أرسل</a>
</div>
<div class="share"><a href="https://twitter.com/intent/tweet">تويتر</a> <a href="https://www.linkedin.com/shareArticle">لينكد إن</a> <a href="whatsapp://send">واتساب</a></div>
</div>
<section class="more-news"><h3>أخبار أخرى</h3><ul>{"".join(f'<li>{L.link(page, o)} <span class="date">{o.published:%d/%m/%Y}</span></li>' for o in page.others("similar", 6))}</ul></section>
<div class="disclaimer">المعلومات الواردة لا تمثل توصية بالشراء أو البيع، ولا يتحمل الموقع مسؤولية أي قرار استثماري.</div>
</div>
<aside class="side">
<div class="widget picks"><h3>توصيات المحللين</h3><ul>{picks}</ul></div>
<div class="widget"><h3>الأكثر قراءة</h3><ol>{links(page, "popular", 6)}</ol></div>
<div class="widget app"><h3>تطبيق {esc(site.name)}</h3><p>أسعار لحظية ونتائج مالية على جوالك</p></div>
</aside>
</div>
<footer><p>جميع الحقوق محفوظة © 2015 {esc(site.name)}</p><p><a href="/ar/about">عن الموقع</a> | <a href="/ar/terms">شروط الاستخدام</a> | <a href="/ar/contact">اتصل بنا</a> | <a href="/ar/advertise">أعلن معنا</a></p>
<p class="data-note">أسعار الأسهم متأخرة 15 دقيقة</p></footer>
</body></html>"""


LAYOUTS = {
    "b11_1": layout_b11_1,
    "b11_2": layout_b11_2,
    "b11_3": layout_b11_3,
    "b11_4": layout_b11_4,
    "b11_5": layout_b11_5,
}
