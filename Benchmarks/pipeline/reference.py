#!/usr/bin/env python3
"""The pipeline a user would write instead of citegraph, as the benchmark's yardstick.

Reads every feed-*.xml of FEEDS_DIR with ElementTree iterparse (clearing each entry once read),
resolves authors (a simple version of citegraph's: same normalized name is one person; a name
with an initial for a given name joins the one full name it can stand for), builds with networkx
the views `citegraph run --from-feeds` writes (the full typed graph, co-authors without papers of
more than 50 authors, category co-occurrence; feeds have no sections), writes each as GraphML with
networkx.write_graphml and as DOT (a small writer of its own: networkx's DOT export needs pydot or
pygraphviz), and writes a monthly timeline CSV. It does not do what citegraph run does besides
(corpus.json, authors.csv, stats.json with centralities and communities, SVG charts).

Usage: reference.py FEEDS_DIR OUT_DIR
       reference.py --parse-only FEEDS_DIR   (read the feeds, print the number of papers)
Prints one line to stdout: papers, authors and edges per view, for a sanity check against citegraph.
"""

import csv
import glob
import os
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

import networkx as nx

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"
MAX_AUTHORS = 50  # citegraph's GraphOptions.maxAuthors: larger papers add no co-author edges


def taxonomy_codes():
    """arXiv category codes, to tell them from ACM/MSC class terms as citegraph does."""
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "data", "arxiv-categories.tsv")
    codes = set()
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            codes.add(line.split("\t", 1)[0])
    alias_path = os.path.join(here, "..", "..", "data", "arxiv-category-aliases.tsv")
    if os.path.exists(alias_path):
        with open(alias_path, encoding="utf-8") as f:
            next(f)
            for line in f:
                if line and not line.startswith("#"):
                    codes.add(line.split("\t", 1)[0])
    return codes


def read_papers(feeds_dir, codes):
    """One tuple per entry: (id, title, published, [author names], [categories])."""
    papers = []
    for path in sorted(glob.glob(os.path.join(feeds_dir, "feed-*.xml"))):
        context = ET.iterparse(path, events=("start", "end"))
        _, root = next(context)
        for event, elem in context:
            if event != "end" or elem.tag != ATOM + "entry":
                continue
            raw_id = elem.findtext(ATOM + "id", "")
            paper_id = raw_id.rsplit("/abs/", 1)[-1]
            base, _, version = paper_id.rpartition("v")
            if base and version.isdigit():
                paper_id = base
            title = " ".join(elem.findtext(ATOM + "title", "").split())
            published = elem.findtext(ATOM + "published", "") or ""
            authors = [a.findtext(ATOM + "name", "").strip() for a in elem.findall(ATOM + "author")]
            primary = elem.find(ARXIV + "primary_category")
            categories = []
            if primary is not None:
                categories.append(primary.get("term"))
            for c in elem.findall(ATOM + "category"):
                term = c.get("term")
                if term in codes and term not in categories:
                    categories.append(term)
            papers.append((paper_id, title, published, authors, categories))
            root.clear()  # drop what has been read: memory follows papers, not bytes
    return papers


def fold(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def name_parts(name):
    """(given names, surname) after folding accents and case; initials without their dots."""
    tokens = fold(name).replace(".", ". ").split()
    if not tokens:
        return [], ""
    return [t.rstrip(".") for t in tokens[:-1]], tokens[-1]


def resolve_authors(papers):
    """Canonical author key for every author position of every paper."""
    forms = {}  # raw name -> (given tokens, surname)
    for _, _, _, authors, _ in papers:
        for name in authors:
            if name not in forms:
                forms[name] = name_parts(name)
    # Full given names by (surname, first initial): an initial-only form joins the single full
    # given name it can stand for, and stays apart when there are several (or none).
    full = defaultdict(set)
    for given, surname in forms.values():
        if given and len(given[0]) > 1:
            full[(surname, given[0][0])].add(given[0])
    canonical = {}
    for name, (given, surname) in forms.items():
        if not given:
            canonical[name] = surname
        elif len(given[0]) > 1:
            canonical[name] = given[0] + " " + surname
        else:
            candidates = full.get((surname, given[0]), set())
            canonical[name] = (next(iter(candidates)) if len(candidates) == 1 else given[0]) + " " + surname
    return canonical


def build_views(papers, canonical):
    full = nx.Graph(name="full")
    coauthor = nx.Graph(name="coauthor")
    category = nx.Graph(name="category")
    for paper_id, title, published, authors, categories in papers:
        paper = "paper:" + paper_id
        full.add_node(paper, kind="paper", label=title, published=published)
        people = sorted({canonical[a] for a in authors})
        for person in people:
            full.add_node("author:" + person, kind="author", label=person)
            full.add_edge(paper, "author:" + person, kind="authored", weight=1.0)
            coauthor.add_node("author:" + person, kind="author", label=person)
        for code in categories:
            full.add_node("category:" + code, kind="category", label=code)
            full.add_edge(paper, "category:" + code, kind="in_category", weight=1.0)
            category.add_node("category:" + code, kind="category", label=code)
        if len(people) <= MAX_AUTHORS:
            for i, a in enumerate(people):
                for b in people[i + 1:]:
                    add_weight(coauthor, "author:" + a, "author:" + b, "coauthor")
        cats = sorted(set(categories))
        for i, a in enumerate(cats):
            for b in cats[i + 1:]:
                add_weight(category, "category:" + a, "category:" + b, "cooccurs")
    return [full, coauthor, category]


def add_weight(graph, a, b, kind):
    if graph.has_edge(a, b):
        graph[a][b]["weight"] += 1.0
    else:
        graph.add_edge(a, b, kind=kind, weight=1.0)


def dot_quote(text):
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def write_dot(graph, path):
    with open(path, "w", encoding="utf-8") as out:
        out.write("graph %s {\n" % dot_quote(graph.name))
        for node in sorted(graph.nodes):
            data = graph.nodes[node]
            out.write("  %s [label=%s, kind=%s];\n" % (dot_quote(node), dot_quote(data.get("label", node)), data.get("kind", "")))
        for a, b, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1])):
            out.write("  %s -- %s [kind=%s, weight=%g];\n" % (dot_quote(a), dot_quote(b), data["kind"], data["weight"]))
        out.write("}\n")


def write_timeline(papers, canonical, path):
    by_month = Counter()
    new_authors = Counter()
    seen = set()
    for paper_id, _, published, authors, _ in sorted(papers, key=lambda p: (p[2], p[0])):
        month = published[:7]
        by_month[month] += 1
        for a in authors:
            person = canonical[a]
            if person not in seen:
                seen.add(person)
                new_authors[month] += 1
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["month", "papers", "new_authors", "cumulative_papers"])
        total = 0
        for month in sorted(by_month):
            total += by_month[month]
            writer.writerow([month, by_month[month], new_authors[month], total])


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--parse-only":
        print(len(read_papers(sys.argv[2], taxonomy_codes())))
        return
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    feeds_dir, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    papers = read_papers(feeds_dir, taxonomy_codes())
    canonical = resolve_authors(papers)
    views = build_views(papers, canonical)
    for graph in views:
        nx.write_graphml(graph, os.path.join(out_dir, graph.name + ".graphml"))
        write_dot(graph, os.path.join(out_dir, graph.name + ".dot"))
    write_timeline(papers, canonical, os.path.join(out_dir, "timeline.csv"))
    print("papers=%d authors=%d %s" % (
        len(papers), len(set(canonical.values())),
        " ".join("%s_edges=%d" % (g.name, g.number_of_edges()) for g in views)))


if __name__ == "__main__":
    main()
