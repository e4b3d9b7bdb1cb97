#!/usr/bin/env python3
"""Writes a WordPress export (WXR 1.2) with N published posts, for timing `kiosque import --format wxr`.

Posts take their titles and texts from a JSON Lines corpus (the Wikinews one in ../shared/data) in
turn, so the bodies are real French prose; each becomes a classic-editor post (blank-line
paragraphs, a [caption], a [gallery]) with categories, tags, an author, a featured image. One item
in ten is something the import leaves out (a draft, a page, an attachment), as in real exports.

    bench/wxr-export.py --posts 10000 ../shared/data/wikinews-fr/articles.jsonl.gz > /tmp/wp.xml
"""
import argparse, gzip, json, re, sys
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

def corpus(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]

def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"

def plain(html):
    text = re.sub(r"</p>\s*<p>", "\n\n", html or "")
    return re.sub(r"<[^>]+>", "", text).strip()

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=10000)
    parser.add_argument("corpus")
    args = parser.parse_args()
    source = corpus(args.corpus)
    out = sys.stdout
    out.write('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
              'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
              'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
              'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n'
              '<channel>\n<title>Banc d&#039;essai</title>\n<link>https://banc.example.ma</link>\n'
              '<wp:wxr_version>1.2</wp:wxr_version>\n<wp:base_blog_url>https://banc.example.ma</wp:base_blog_url>\n')
    for n in range(5):
        out.write(f"<wp:author><wp:author_login>{cdata('auteur' + str(n))}</wp:author_login>"
                  f"<wp:author_display_name>{cdata('Auteur ' + str(n))}</wp:author_display_name></wp:author>\n")
    start = datetime(2015, 1, 1, tzinfo=timezone.utc)
    post_id, written = 1000, 0
    while written < args.posts:
        post_id += 1
        a = source[post_id % len(source)]
        when = start + timedelta(minutes=37 * post_id)
        kind = post_id % 10
        post_type, status = ("page", "publish") if kind == 1 else ("attachment", "inherit") if kind == 2 \
            else ("post", "draft") if kind == 3 else ("post", "publish")
        body = plain(a.get("body", ""))
        parts = body.split("\n\n")
        parts.insert(1, f'[caption id="attachment_{post_id}" width="800"]<img src="https://banc.example.ma/wp-content/'
                        f'uploads/{post_id}.jpg" alt="" /> Une légende pour {post_id}[/caption]')
        parts.append('[gallery ids="1,2,3"]')
        tags = "".join(f'<category domain="post_tag" nicename="t{i}">{cdata(t)}</category>'
                       for i, t in enumerate(a.get("tags", [])[:4]))
        section = a.get("section") or "Monde"
        out.write(f"<item><title>{cdata(escape(a['title']) + ' ' + str(post_id))}</title>"
                  f"<link>https://banc.example.ma/{when:%Y/%m/%d}/article-{post_id}/</link>"
                  f"<pubDate>{when:%a, %d %b %Y %H:%M:%S} +0000</pubDate>"
                  f"<dc:creator>{cdata('auteur' + str(post_id % 5))}</dc:creator>"
                  f"<content:encoded>{cdata(chr(10).join(p + chr(10) for p in parts))}</content:encoded>"
                  f"<excerpt:encoded>{cdata(a.get('summary') or '')}</excerpt:encoded>"
                  f"<wp:post_id>{post_id}</wp:post_id><wp:post_date_gmt>{when:%Y-%m-%d %H:%M:%S}</wp:post_date_gmt>"
                  f"<wp:post_name>{cdata('article-' + str(post_id))}</wp:post_name>"
                  f"<wp:status>{status}</wp:status><wp:post_type>{post_type}</wp:post_type>"
                  f"<wp:attachment_url>https://banc.example.ma/wp-content/uploads/{post_id}.jpg</wp:attachment_url>"
                  f'<category domain="category" nicename="s">{cdata(section)}</category>{tags}'
                  f"<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>{post_id - post_id % 10 + 2}</wp:meta_value>"
                  f"</wp:postmeta></item>\n")
        written += 1
    out.write("</channel>\n</rss>\n")

if __name__ == "__main__":
    main()
