"""Byline dev layouts, set 4, for newsfarm (--extra-layouts): five templates of
Arabic news and opinion pages whose byline is printed as real sites print it,
with hashed class names so no rule can lean on a class.

Written at the start of session 4, before the extractor was changed for it.
First run (commit 3202f31, `khabar eval extract --set newsfarm`, 300 pages):
author 0.553 (precision 0.993), body F1 0.988; d4_role 0.895, d4_standfirst
0.057, d4_infobox 0.000, d4_sigrole 1.000, d4_h3name 0.970 (0.537 without
memory). It is a dev set: rules were then written with it in view.

  d4_role        the writer's line under the headline beside an avatar, a
                 staff writer's job title after the name («فلان، مراسل
                 الشؤون الخليجية»), the date on a line of its own;
  d4_standfirst  headline, a standfirst paragraph, then the byline as a plain
                 line, then the date and the text;
  d4_infobox     a "story card" beside the text: labelled rows (الكاتب,
                 القسم, تاريخ النشر), the only place the writer is named;
  d4_sigrole     an opinion page: the writer's name closing the text on a
                 line of its own with the job title on the next one;
  d4_h3name      the writer's name as a small heading between the headline
                 and the text, the date and a reading time under it.

  python3 ../shared/newsfarm/newsfarm.py pages --days '' --n 300 \
      --extra-layouts internal/extract/testdata/byline_dev4_layouts.py \
      --layouts d4_role,d4_standfirst,d4_infobox,d4_sigrole,d4_h3name --out DIR
"""

import hashlib
import random

import layouts as L

esc = L.esc

# Job titles a staff writer carries after the name; general newsroom titles.
ROLES = ["مراسل الشؤون الخليجية", "محرر الشؤون الاقتصادية", "مندوب الصحيفة في المنطقة الشرقية",
         "كاتب ومحلل سياسي", "باحث في الشؤون الاستراتيجية", "أستاذ الإعلام بجامعة الملك سعود",
         "مراسل الصحيفة في جدة", "رئيس قسم التحقيقات", "صحافي متخصص في شؤون الطاقة"]
SECTIONS = ["محليات", "اقتصاد", "رياضة", "دوليات", "ثقافة"]


def h(s, n=6):
    """A hashed class name, as CSS-in-JS front ends print them."""
    return "c" + hashlib.md5(s.encode()).hexdigest()[:n]


def single_name(author):
    """The site prints a job title only for one staff writer, not for a
    dateline, an agency or a team (any separator in the credit)."""
    return author and not any(c in author for c in "-–—:،,()/|ـ*&") and " و" not in author \
        and len(author.split()) <= 4


def role_of(a):
    return random.Random(a.key + "role").choice(ROLES)


def d4_role(page):
    a = page.article
    d = a.published
    paras = L.paragraphs(a.text)
    by = ""
    if a.author:
        role = f'<span class="{h("role")}">، {esc(role_of(a))}</span>' if single_name(a.author) else ""
        by = (f'<div class="{h("by")}"><img class="{h("av")}" src="/img/w/{a.key}.jpg" alt="">'
              f'<div class="{h("byt")}">{esc(a.author)}{role}</div></div>')
    body = L.body_with_inserts(page, paras, L.read_also_box(page))
    return f"""{L.head(page, L.og(page))}
<body>
<div class="{h("top")}"><a class="{h("logo")}" href="/">{esc(page.site.name)}</a>{L.nav(page)}</div>
{L.ticker(page)}
<div class="{h("grid")}">
<div class="{h("main")}">
<div class="{h("sec")}"><a href="/s/{len(a.title) % 5}">{esc(SECTIONS[len(a.title) % 5])}</a></div>
<h1 class="{h("t")}">{esc(a.title)}</h1>
{by}
<div class="{h("dt")}">{L.arabic_date(d)} | {L.clock(d)}</div>
<div class="{h("txt")}">
{body}
</div>
{L.share(page)}
{L.tag_list(page, "وسوم")}
</div>
<div class="{h("side")}">{L.most_read(page)}</div>
</div>
{L.similar(page, "قد يهمك أيضاً", 6)}
{L.footer(page)}
</body></html>"""


def d4_standfirst(page):
    a = page.article
    d = a.published
    paras = L.paragraphs(a.text)
    rnd = random.Random(a.key + "sf")
    sf = ("تقرير يتناول تفاصيل الحدث وتداعياته المحتملة على المشهد المحلي والإقليمي "
          "في ضوء التطورات الأخيرة وما يترقبه المتابعون خلال الأيام المقبلة")
    by = f'<p class="{h("bl")}">{esc(a.author)}</p>' if a.author else ""
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    return f"""{L.head(page, L.og(page))}
<body>
<header class="{h("hd")}"><a href="/" class="{h("br")}">{esc(page.site.name)}</a>{L.nav(page)}</header>
<div class="{h("wrap")}">
<article class="{h("art")}">
<h1 class="{h("ttl")}">{esc(a.title)}</h1>
<p class="{h("sf")}">{sf}</p>
{by}
<div class="{h("when")}"><time datetime="{d.isoformat()}+03:00">{L.arabic_date(d)}</time> - {L.clock(d)}</div>
<figure class="{h("fig")}"><img src="/img/{a.key}.jpg" alt=""><figcaption>{esc(rnd.choice(["جانب من الحدث", "صورة أرشيفية"]))}</figcaption></figure>
<div class="{h("body")}">
{body}
</div>
{L.share(page)}
</article>
{L.similar(page, "أخبار ذات صلة", 6)}
</div>
{L.comments(page)}
{L.footer(page)}
</body></html>"""


def d4_infobox(page):
    a = page.article
    d = a.published
    paras = L.paragraphs(a.text)
    rows = []
    if a.author:
        rows.append(f'<li><span class="{h("k")}">الكاتب</span><span class="{h("v")}">{esc(a.author)}</span></li>')
    rows.append(f'<li><span class="{h("k")}">القسم</span><span class="{h("v")}">'
                f'<a href="/s/{len(a.title) % 5}">{esc(SECTIONS[len(a.title) % 5])}</a></span></li>')
    rows.append(f'<li><span class="{h("k")}">تاريخ النشر</span><span class="{h("v")}">'
                f'{L.arabic_date(d)} {L.clock(d)}</span></li>')
    rows.append(f'<li><span class="{h("k")}">عدد المشاهدات</span><span class="{h("v")}">'
                f'{random.Random(a.key).randint(120, 9000)}</span></li>')
    body = "\n".join(f'<div class="{h("p")}">{esc(p)}</div>' for p in paras)
    return f"""{L.head(page, L.og(page))}
<body>
<div class="{h("bar")}"><a href="/">{esc(page.site.name)}</a>{L.nav(page)}</div>
<div class="{h("cols")}">
<div class="{h("c1")}">
<h1>{esc(a.title)}</h1>
<div class="{h("img")}"><img src="/img/{a.key}.jpg" alt="{esc(a.title)}"></div>
<div class="{h("text")}">
{body}
</div>
{L.share(page)}
{L.tag_list(page)}
</div>
<div class="{h("c2")}">
<div class="{h("card")}"><h4>بطاقة الخبر</h4><ul>{''.join(rows)}</ul></div>
{L.most_read(page)}
</div>
</div>
{L.similar(page)}
{L.footer(page)}
</body></html>"""


def d4_sigrole(page):
    a = page.article
    d = a.published
    paras = L.paragraphs(a.text)
    sig = ""
    if a.author:
        role = f'<p class="{h("r")}">{esc(role_of(a))}</p>' if single_name(a.author) else ""
        sig = f'<div class="{h("sig")}"><p class="{h("n")}">{esc(a.author)}</p>{role}</div>'
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    return f"""{L.head(page, L.og(page))}
<body>
<header><a href="/">{esc(page.site.name)}</a>{L.nav(page)}</header>
<main class="{h("m")}">
<div class="{h("kick")}">كتاب وآراء</div>
<h1 class="{h("h")}">{esc(a.title)}</h1>
<div class="{h("d")}">{L.arabic_date(d)}</div>
<div class="{h("col")}">
{body}
{sig}
</div>
{L.share(page)}
<div class="{h("more")}"><h3>مقالات أخرى للكاتب</h3><ul>{''.join(f"<li>{L.link(page, o)}</li>" for o in page.others("writer", 4))}</ul></div>
</main>
{L.comments(page)}
{L.footer(page)}
</body></html>"""


def d4_h3name(page):
    a = page.article
    d = a.published
    paras = L.paragraphs(a.text)
    name = f'<h3 class="{h("wn")}">{esc(a.author)}</h3>' if a.author else ""
    mins = max(1, len(a.text.split()) // 200)
    body = L.body_with_inserts(page, paras, L.read_also_box(page, "اقرأ المزيد"))
    return f"""{L.head(page, L.og(page))}
<body>
<div class="{h("nv")}"><a href="/">{esc(page.site.name)}</a>{L.nav(page)}</div>
<div class="{h("pg")}">
<section class="{h("s")}">
<h1 class="{h("h1")}">{esc(a.title)}</h1>
{name}
<div class="{h("meta")}"><span>{L.arabic_date(d)} - {L.clock(d)}</span> <span>{mins} دقائق للقراءة</span></div>
<div class="{h("b")}">
{body}
</div>
{L.tag_list(page, "الكلمات الدالة:")}
{L.share(page)}
</section>
<aside>{L.most_read(page)}</aside>
</div>
{L.similar(page, "المزيد", 6)}
{L.footer(page)}
</body></html>"""


LAYOUTS = {"d4_role": d4_role, "d4_standfirst": d4_standfirst, "d4_infobox": d4_infobox,
           "d4_sigrole": d4_sigrole, "d4_h3name": d4_h3name}
