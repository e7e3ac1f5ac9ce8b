#!/usr/bin/env python3
"""usage: sample_records.py OUTPUT.jsonl events|agreements|entities N SEED
Prints N records drawn at random (fixed seed) from a thoisu extract batch output, with the
article's title, published date and the record's sentence, numbered for judging."""
import json, random, sys
path, kind, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
pool = []
for line in open(path, encoding='utf-8'):
    d = json.loads(line)
    for i, r in enumerate(d.get(kind) or []):
        if kind == 'entities':
            # An entity has no sentence field: its first mention's sentence, by
            # byte offsets into the body.
            span = (r.get('spans') or [{}])[0]
            body = (d.get('body') or '').encode()
            r = dict(r, sentence=body[span.get('sentence_start', 0):span.get('sentence_end', 0)]
                     .decode(errors='replace'))
        pool.append((d.get('id'), d.get('title'), d.get('published'), d.get('anchor_date'), i, r))
random.Random(seed).shuffle(pool)
print(f'# {n} of {len(pool)} {kind} from {path} (seed {seed})\n')
for k, (aid, title, pub, anchor, i, r) in enumerate(pool[:n], 1):
    print(f'## {k}. article {aid} ({pub or anchor}): {title}')
    if kind == 'events':
        s, t = r['source'], r['target']
        loc = r.get('location') or {}
        print(f"- {r['code']} {r['label']} | {s['name']} ({s.get('actor')}) -> {t['name']} ({t.get('actor')}) | date {r.get('date')} | place {loc.get('name')} | rule {r.get('rule')}")
    elif kind == 'entities':
        mentions = ' / '.join(r.get('mentions') or [])
        print(f"- {r['type']} {r['name']} | country {r.get('country')} | actor {r.get('actor')} | roles {', '.join(r.get('roles') or [])} | mentions {mentions}")
    else:
        parties = '; '.join(f"{p['name']} ({p.get('country')})" for p in r['parties'])
        print(f"- {r['kind']}: {r['title']} | parties {parties} | date {r.get('date')} | place {r.get('location')}")
    print(f"- sentence: {r['sentence']}\n")
