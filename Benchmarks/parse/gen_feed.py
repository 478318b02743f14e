#!/usr/bin/env python3
"""Writes an arXiv-shaped Atom feed (classic layout) with N entries, deterministic, for the parse
benchmark: python3 gen_feed.py N OUT.xml"""
import random
import sys

WORDS = ("alignment preference model reward policy language human feedback learning optimization "
         "gradient transformer attention token training inference scaling evaluation benchmark data "
         "robust safety instruction tuning contrastive latent diffusion sampling theorem bound").split()
CATS = ["cs.CL", "cs.LG", "cs.AI", "stat.ML", "cs.CV", "math.OC", "hep-th", "quant-ph"]


def words(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def wrap(text, indent=""):
    out, line = [], ""
    for w in text.split():
        if len(line) + len(w) + 1 > 78:
            out.append(line)
            line = indent + w
        else:
            line = (line + " " + w) if line.strip() else (line + w)
    out.append(line)
    return "\n".join(out)


def entry(rng, i):
    yymm = 2001 + (i // 90000) % 12
    num = f"{yymm:04d}.{(i % 90000) + 10000:05d}"
    v = 1 + i % 3
    cats = rng.sample(CATS, 1 + i % 3)
    authors = []
    for a in range(1 + i % 6):
        aff = (f'\n      <arxiv:affiliation xmlns:arxiv="http://arxiv.org/schemas/atom">University {a} &amp; Lab</arxiv:affiliation>'
               if a % 3 == 0 else "")
        authors.append(f"    <author>\n      <name>Author{i % 997} Surname{a}</name>{aff}\n    </author>\n")
    extra = ""
    if i % 4 == 0:
        extra += (f'    <arxiv:doi xmlns:arxiv="http://arxiv.org/schemas/atom">10.1000/bench.{i}</arxiv:doi>\n'
                  f'    <link title="doi" href="http://dx.doi.org/10.1000/bench.{i}" rel="related"/>\n')
    if i % 2 == 0:
        extra += f'    <arxiv:comment xmlns:arxiv="http://arxiv.org/schemas/atom">{8 + i % 30} pages, {i % 7} figures</arxiv:comment>\n'
    classes = '    <category term="I.2.6; 68T05" scheme="http://arxiv.org/schemas/atom"/>\n' if i % 10 == 0 else ""
    return (
        "  <entry>\n"
        f"    <id>http://arxiv.org/abs/{num}v{v}</id>\n"
        f"    <updated>2023-0{1 + i % 9}-1{i % 10}T12:0{i % 10}:00Z</updated>\n"
        f"    <published>2022-0{1 + i % 9}-2{i % 8}T08:30:00Z</published>\n"
        f"    <title>{wrap(words(rng, 8 + i % 10).title(), '  ')}</title>\n"
        f"    <summary>  {wrap(words(rng, 120 + i % 80))}\n</summary>\n"
        + "".join(authors) + extra +
        f'    <link href="http://arxiv.org/abs/{num}v{v}" rel="alternate" type="text/html"/>\n'
        f'    <link title="pdf" href="http://arxiv.org/pdf/{num}v{v}" rel="related" type="application/pdf"/>\n'
        f'    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="{cats[0]}" scheme="http://arxiv.org/schemas/atom"/>\n'
        + "".join(f'    <category term="{c}" scheme="http://arxiv.org/schemas/atom"/>\n' for c in cats) + classes +
        "  </entry>\n"
    )


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(42)
    with open(out, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
                '  <link href="http://arxiv.org/api/query?search_query%3Dall%3Abench" rel="self" type="application/atom+xml"/>\n'
                '  <title type="html">ArXiv Query: search_query=all:bench</title>\n'
                '  <id>http://arxiv.org/api/benchmark</id>\n  <updated>2026-11-30T00:00:00-05:00</updated>\n'
                f'  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">{n}</opensearch:totalResults>\n'
                '  <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:startIndex>\n'
                f'  <opensearch:itemsPerPage xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">{n}</opensearch:itemsPerPage>\n')
        for i in range(n):
            f.write(entry(rng, i))
        f.write("</feed>\n")


if __name__ == "__main__":
    main()
